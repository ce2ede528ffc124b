import AadshRuntime

/// `Set-Content`: writes new content or replaces existing content in a file.
struct SetContent: Cmdlet {
  static let path = Parameter<[String]>(
    "Path", sets: [.path: .init(position: 0, mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the path of the item that receives the content. Wildcard characters are permitted.")
  static let literalPath = Parameter<[String]>(
    "LiteralPath", aliases: ["PSPath", "LP"], sets: [.literalPath: .init(mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies a path to one or more locations; the value is used exactly as it is typed.")
  static let value = Parameter<[PSValue]>(
    "Value", sets: [.all: .init(position: 1, mandatory: true, pipeline: [.byValue, .byPropertyName])], allowNull: true,
    help: "Specifies the content to write. Each item is written on its own line.")
  static let noNewline = Parameter<Switch>(
    "NoNewline", help: "The string representations of the input objects are concatenated without newlines.")
  static let encoding = Parameter<String>("Encoding", help: "Specifies the encoding of the file. The default is utf8NoBOM.")
  static let force = Parameter<Switch>("Force", help: "Forces the cmdlet to write even to read-only files.")
  static let passThru = Parameter<Switch>("PassThru", help: "Returns the content that was written.")
  static let filter = Parameter<String>("Filter", help: "Specifies a filter to qualify the Path parameter.")
  static let include = Parameter<[String]>("Include", help: "Specifies wildcard patterns of the items to write.")
  static let exclude = Parameter<[String]>("Exclude", help: "Specifies wildcard patterns of the items to omit.")
  static let asByteStream = Parameter<Switch>("AsByteStream", help: "Writes the content as a stream of bytes.")

  static let signature = CmdletSignature(
    "Set-Content", module: "Microsoft.PowerShell.Management", defaultSet: .path,
    parameters: [path.spec, literalPath.spec, value.spec, noNewline.spec, encoding.spec, force.spec, passThru.spec, filter.spec, include.spec, exclude.spec, asByteStream.spec],
    supportsShouldProcess: true,
    synopsis: "Writes new content or replaces existing content in a file.",
    examples: [.init("Set-Content -Path ./notes.txt -Value 'first line'", remark: "Replaces the file's content with one line.")])

  var content = ContentWriting(append: false)
  var targets: [TextFileWriter]?

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    if targets == nil {
      targets = try content.open(
        call[Self.path] ?? call[Self.literalPath] ?? [], literal: call[Self.literalPath] != nil, ctx)
    }
    let values = call.raw("Value").map { v -> PSValue in
      if case .array = v { return v }
      return .array(PSArray([v]))
    } ?? .null
    try content.write(values, to: targets ?? [], noNewline: call.isSet(Self.noNewline))
    if call.isSet(Self.passThru) { try ctx.writeEnumerated(values) }
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    if targets == nil, !call.hasPipelineInput, false == false {
      targets = try content.open(
        call[Self.path] ?? call[Self.literalPath] ?? [], literal: call[Self.literalPath] != nil, ctx)
    }
    try content.close()
  }
}

extension ParameterSetName {
  fileprivate static let path: Self = "Path"
  fileprivate static let literalPath: Self = "LiteralPath"
}
