import AadshRuntime

/// Parameters Format-Table, Format-List and Format-Wide declare alike.
enum FormatParameters {
  static let inputObject = Parameter<PSValue>(
    "InputObject", sets: [.all: .init(pipeline: .byValue)], help: "Specifies the objects to format.")
  static let excludeProperty = Parameter<[String]>(
    "ExcludeProperty", help: "Specifies properties to omit from the display. Wildcards are permitted.")
  static let groupBy = Parameter<PSValue>(
    "GroupBy", help: "Formats the output in groups based on a shared property or value.")
  static let showError = Parameter<Switch>("ShowError", help: "Sends errors through the pipeline.")
  static let displayError = Parameter<Switch>("DisplayError", help: "Displays errors at the command line.")
  static let force = Parameter<Switch>("Force", help: "Directs the cmdlet to display all the error information.")
  static let expand = Parameter<String>(
    "Expand", validations: [.set(FormatCommandSupport.expandValues, ignoreCase: true)],
    help: "Specifies the format of the collection object and the objects in the collection.")
  static let autoSize = Parameter<Switch>(
    "AutoSize", help: "Adjusts the column size and number of columns based on the width of the data.")
}
