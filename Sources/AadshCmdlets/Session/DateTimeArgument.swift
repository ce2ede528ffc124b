import AadshRuntime

/// A `[datetime]` parameter value: the binder converts arguments to DateTime before the cmdlet sees them.
struct DateTimeArgument: ParameterValue {
  let value: PSDateTime
  static var psType: PSType? { .dateTime }
  static func extract(_ value: PSValue) -> DateTimeArgument? {
    if case .dateTime(let d) = value.unwrapped { return DateTimeArgument(value: d) }
    return nil
  }
}
