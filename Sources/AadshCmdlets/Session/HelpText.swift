import AadshRuntime

/// Renders cmdlet and function help in pwsh's text layout (NAME, SYNOPSIS, SYNTAX, DESCRIPTION, PARAMETERS, ...).
struct HelpText {
  enum Detail { case normal, detailed, full, examples }

  let name: String
  let synopsis: String
  let description: String
  let syntax: [String]
  let parameters: [ParameterSpec]
  let examples: [CmdletExample]
  let inputs: [String]
  let outputs: [String]
  let width: Int

  /// Help for a cmdlet from its signature.
  init(cmdlet info: CmdletInfo, width: Int) {
    let s = info.signature
    name = s.name
    synopsis = s.synopsis
    description = s.description
    syntax = CommandSyntax.lines(name: s.name, params: info.allParameters, defaultSet: s.defaultSet, common: true)
    parameters =
      s.parameters
      + (s.supportsShouldProcess ? info.allParameters.filter { ["WhatIf", "Confirm"].contains($0.name) } : [])
    examples = s.examples
    inputs = Array(
      Set(
        s.parameters.filter { $0.sets.values.contains { $0.pipeline.contains(.byValue) } }
          .map { $0.typeDisplayName })
    ).sorted()
    outputs = s.outputTypes
    self.width = width
  }

  /// Help for a function (no comment-based help: name and syntax only).
  init(function f: FunctionInfo, width: Int) {
    name = f.name
    synopsis = ""
    description = ""
    let info = f.scriptBlock.parameterInfo
    syntax = CommandSyntax.lines(
      name: f.name, params: info?.parameters ?? [], defaultSet: info?.defaultSet, common: info?.isAdvanced ?? false)
    parameters = info?.parameters ?? []
    examples = []
    inputs = []
    outputs = []
    self.width = width
  }

  func render(_ detail: Detail) -> String {
    var out = "\nNAME\n    \(name)\n\n"
    if !synopsis.isEmpty { out += "SYNOPSIS\n" + wrap(synopsis, indent: 4) + "\n\n" }
    if detail == .examples { return out + examplesText() }
    out += "\nSYNTAX\n" + syntax.map { "    " + $0 + "\n" }.joined(separator: "\n") + "\n\n"
    if !description.isEmpty { out += "DESCRIPTION\n" + wrap(description, indent: 4) + "\n\n\n" }
    if detail == .detailed || detail == .full {
      out += "PARAMETERS\n"
      for p in parameters { out += parameterText(p, full: detail == .full) }
      out += "    <CommonParameters>\n" + wrap(Self.commonText, indent: 8) + "\n\n"
      if detail == .full {
        out += "INPUTS\n" + (inputs.isEmpty ? "    None\n" : inputs.map { "    \($0)\n" }.joined()) + "\n\n"
        out += "OUTPUTS\n" + (outputs.isEmpty ? "    None\n" : outputs.map { "    \($0)\n" }.joined()) + "\n\n"
      }
      out += examplesText()
    }
    out += "REMARKS\n"
    if synopsis.isEmpty && description.isEmpty {
      return out + "    None\n\n"
    }
    if detail == .normal {
      out += "    To see the examples, type: \"Get-Help \(name) -Examples\"\n"
      out += "    For more information, type: \"Get-Help \(name) -Detailed\"\n"
      out += "    For technical information, type: \"Get-Help \(name) -Full\"\n"
    } else {
      out += "    To see the examples, type: \"Get-Help \(name) -Examples\"\n"
      out += "    For more information, type: \"Get-Help \(name) -Detailed\"\n"
    }
    return out + "\n"
  }

  func examplesText() -> String {
    var out = ""
    for (i, e) in examples.enumerated() {
      out += "    -------------------------- Example \(i + 1) --------------------------\n\n"
      out += "    PS > \(e.code)\n\n"
      if let o = e.output {
        out += o.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)\n" }.joined() + "\n"
      }
      out += wrap(e.remark, indent: 4) + "\n\n\n"
    }
    return out
  }

  func parameterText(_ p: ParameterSpec, full: Bool) -> String {
    let t = p.isSwitch ? "" : " <\(full ? p.typeDisplayName : CommandSyntax.typeText(p.type))>"
    var out = "    -\(p.name)\(t)\n" + wrap(p.help, indent: 8) + "\n\n"
    if full {
      let m = p.sets.values.first ?? ParameterSetMembership()
      let mandatory = p.sets.values.contains { $0.mandatory }
      var pipe: [String] = []
      if p.sets.values.contains(where: { $0.pipeline.contains(.byPropertyName) }) { pipe.append("ByPropertyName") }
      if p.sets.values.contains(where: { $0.pipeline.contains(.byValue) }) { pipe.append("ByValue") }
      out += "        Required?                    \(mandatory ? "true" : "false")\n"
      out += "        Position?                    \(m.position.map { String($0) } ?? "Named")\n"
      out += "        Default value                None\n"
      out +=
        "        Accept pipeline input?       \(pipe.isEmpty ? "False" : "True (\(pipe.joined(separator: ", ")))")\n"
      out += "        Accept wildcard characters?  false\n"
      if !p.aliases.isEmpty { out += "        Aliases                      \(p.aliases.joined(separator: ", "))\n" }
      out += "\n"
    }
    return out
  }

  static let commonText =
    "This cmdlet supports the common parameters: Verbose, Debug, ErrorAction, ErrorVariable, "
    + "WarningAction, WarningVariable, OutBuffer, PipelineVariable, and OutVariable. For more information, see "
    + "about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216)."

  /// Word-wraps `text` to the console width, every line indented by `indent` spaces.
  func wrap(_ text: String, indent: Int) -> String {
    let limit = max(40, width - 1)
    let pad = String(repeating: " ", count: indent)
    var lines: [String] = []
    for para in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = pad
      for word in para.split(separator: " ") {
        if line.count > indent && line.count + 1 + word.count > limit {
          lines.append(line)
          line = pad + word
        } else {
          line += (line.count > indent ? " " : "") + word
        }
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }
}
