/// The parameter binder's message texts (PowerShell's ParameterBinderStrings.resx), by error id.
enum BinderMessages {
  static func namedParameterNotFound(_ name: String) -> String {
    "A parameter cannot be found that matches parameter name '\(name)'."
  }
  static func ambiguousParameter(_ name: String, _ candidates: [String]) -> String {
    "Parameter cannot be processed because the parameter name '\(name)' is ambiguous. Possible matches include:"
      + candidates.map { " -\($0)" }.joined() + "."
  }
  static func positionalParameterNotFound(_ arg: String) -> String {
    "A positional parameter cannot be found that accepts argument '\(arg)'."
  }
  static func missingMandatory(_ names: [String]) -> String {
    "Cannot process command because of one or more missing mandatory parameters:" + names.map { " \($0)" }.joined() + "."
  }
  static func missingArgument(_ name: String, _ type: String) -> String {
    "Missing an argument for parameter '\(name)'. Specify a parameter of type '\(type)' and try again."
  }
  static func parameterAlreadyBound(_ name: String) -> String {
    "Cannot bind parameter because parameter '\(name)' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, \"-parameter value1,value2,value3\"."
  }
  static func ambiguousParameterSet() -> String {
    "Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided."
  }
  static func inputObjectNotBound() -> String {
    "The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input."
  }
  static func nullNotAllowed(_ name: String) -> String {
    "Cannot bind argument to parameter '\(name)' because it is null."
  }
  static func emptyStringNotAllowed(_ name: String) -> String {
    "Cannot bind argument to parameter '\(name)' because it is an empty string."
  }
  static func cannotConvert(_ name: String, _ detail: String) -> String {
    "Cannot bind parameter '\(name)'. \(detail)"
  }
  static func transformation(_ name: String, _ detail: String) -> String {
    "Cannot process argument transformation on parameter '\(name)'. \(detail)"
  }
  static func validation(_ name: String, _ detail: String) -> String {
    "Cannot validate argument on parameter '\(name)'. \(detail)"
  }
  static func validateSet(_ value: String, _ set: [String]) -> String {
    "The argument \"\(value)\" does not belong to the set \"\(set.joined(separator: ","))\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again."
  }
  static let notNullOrEmpty =
    "The argument is null or empty. Provide an argument that is not null or empty, and then try the command again."
  static let notNull = "The argument is null. Provide a valid value for the argument, and then try running the command again."
  static func rangeTooBig(_ v: String, _ max: String) -> String {
    "The \(v) argument is greater than the maximum allowed range of \(max). Supply an argument that is less than or equal to \(max) and then try the command again."
  }
  static func rangeTooSmall(_ v: String, _ min: String) -> String {
    "The \(v) argument is less than the minimum allowed range of \(min). Supply an argument that is greater than or equal to \(min) and then try the command again."
  }
  static func pattern(_ v: String, _ p: String) -> String {
    "The argument \"\(v)\" does not match the \"\(p)\" pattern. Supply an argument that matches \"\(p)\" and try the command again."
  }
  static func script(_ v: String, _ s: String) -> String {
    "The \"\(s)\" validation script for the argument with value \"\(v)\" did not return a result of True. Determine why the validation script failed, and then try the command again."
  }
  static func lengthTooShort(_ length: Int, _ n: Int) -> String {
    "The character length (\(length)) of the argument is too short. Specify an argument with a length that is greater than or equal to \"\(n)\", and then try the command again."
  }
  static func lengthTooLong(_ length: Int, _ n: Int) -> String {
    "The character length (\(length)) of the argument is too long. Specify an argument with a length that is shorter than or equal to \"\(n)\", and then try the command again."
  }
  static let lengthNotString =
    "The ValidateLength attribute cannot be applied to a parameter that is not a string or string[] parameter. Make the parameter a string or string[] parameter."
  static func countExact(_ n: Int, _ given: Int) -> String {
    "The parameter requires exactly \(n) value(s) - \(given) value(s) were provided."
  }
  static func countMinMax(_ lo: Int, _ hi: Int, _ given: Int) -> String {
    "The parameter requires at least \(lo) value(s) and no more than \(hi) value(s) - \(given) value(s) were provided."
  }
  static let countNotArray =
    "The ValidateCount attribute cannot be applied to a non-array parameter. Either remove the attribute from the parameter or make the parameter an array parameter."
  static let notNullOrEmptyCollection =
    "The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again."
  static let notNullCollection =
    "The argument has a null value, or an element of the argument collection contains a null value. Provide a collection that does not contain any null values, and then try the command again."
  /// `Cannot convert value "T" to type "U". Boolean parameters accept only ...` (InvalidCastExceptionForBooleanArgumentValue).
  static func booleanArgument(_ given: String, _ type: String) -> String {
    "Cannot convert value \"\(given)\" to type \"\(type)\". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0."
  }

  // $PSDefaultParameterValues
  static func keyInBadFormat(_ keys: [String]) -> String {
    keys.count > 1
      ? "The keys '\(keys.joined(separator: ", "))' do not have valid formats. For information about the correct format, see about_Parameters_Default_Values at https://go.microsoft.com/fwlink/?LinkId=228266."
      : "The key '\(keys.joined())' does not have a valid format. For information about the correct format, see about_Parameters_Default_Values at https://go.microsoft.com/fwlink/?LinkId=228266."
  }
  static func differentDefaultValues(_ name: String) -> String {
    "Multiple different default values are defined in $PSDefaultParameterValues for the parameter matching the following name or alias: \(name). These defaults have been ignored."
  }
  static func multipleParametersMatched(_ name: String) -> String {
    "The following name or alias defined in $PSDefaultParameterValues for this cmdlet resolves to multiple parameters: \(name). The default has been ignored."
  }
  static func failToBindDefault(_ value: String, _ name: String, _ detail: String) -> String {
    "The binding of default value '\(value)' to parameter '\(name)' failed: \(detail)"
  }
  /// A binding error raised once `$PSDefaultParameterValues` supplied some of the arguments.
  static func defaultBindingElaboration(_ message: String, _ bound: [String]) -> String {
    let names = bound.map { " -\($0)" }.joined()
    return bound.count > 1
      ? "\(message) This error might have been caused by applying the default parameter binding. You can disable the default parameter binding in $PSDefaultParameterValues by setting $PSDefaultParameterValues[\"Disabled\"] to be $true, and then trying again. The following default parameters were successfully bound for this cmdlet when the error occurred:\(names)"
      : "\(message) This failure might be caused by applying the default parameter binding. You can disable the default parameter binding in $PSDefaultParameterValues by setting $PSDefaultParameterValues[\"Disabled\"] to be $true, and retry. The following default parameter was successfully bound for this cmdlet when the error occurred:\(names)"
  }
}
