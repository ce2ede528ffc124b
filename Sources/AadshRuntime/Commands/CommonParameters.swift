/// The common parameters of cmdlets and advanced functions (`-ErrorAction`, `-Verbose`, ...).
enum CommonParameters {
  static let names: [ParameterSpec] = [
    ParameterSpec("Verbose", type: .bool, aliases: ["vb"], isSwitch: true),
    ParameterSpec("Debug", type: .bool, aliases: ["db"], isSwitch: true),
    ParameterSpec("ErrorAction", type: .string, aliases: ["ea"]),
    ParameterSpec("WarningAction", type: .string, aliases: ["wa"]),
    ParameterSpec("InformationAction", type: .string, aliases: ["infa"]),
    ParameterSpec("ProgressAction", type: .string, aliases: ["proga"]),
    ParameterSpec("ErrorVariable", type: .string, aliases: ["ev"]),
    ParameterSpec("WarningVariable", type: .string, aliases: ["wv"]),
    ParameterSpec("InformationVariable", type: .string, aliases: ["iv"]),
    ParameterSpec("OutVariable", type: .string, aliases: ["ov"]),
    ParameterSpec("OutBuffer", type: .int32, aliases: ["ob"]),
    ParameterSpec("PipelineVariable", type: .string, aliases: ["pv"]),
  ]
  static let shouldProcess: [ParameterSpec] = [
    ParameterSpec("WhatIf", type: .bool, aliases: ["wi"], isSwitch: true),
    ParameterSpec("Confirm", type: .bool, aliases: ["cf"], isSwitch: true),
  ]
  static let nameSet: Set<String> = Set((names + shouldProcess).map { $0.name.lowercased() })
}
