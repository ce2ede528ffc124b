import AadshSyntax

/// The kinds of command PowerShell resolves a name to (`Get-Command`'s CommandType).
public enum CommandKind: String, Sendable {
  case alias = "Alias", function = "Function", filter = "Filter", cmdlet = "Cmdlet"
  case externalScript = "ExternalScript", application = "Application"
}

/// A function or filter defined by a script.
public final class FunctionInfo {
  public let name: String
  public let scriptBlock: ScriptBlock
  public let isFilter: Bool
  public init(name: String, scriptBlock: ScriptBlock, isFilter: Bool) {
    self.name = name
    self.scriptBlock = scriptBlock
    self.isFilter = isFilter
  }
}

/// An alias: a name standing for another command name.
public struct AliasInfo: Sendable {
  public let name: String
  public let definition: String
  public let description: String
  public init(name: String, definition: String, description: String = "") {
    self.name = name
    self.definition = definition
    self.description = description
  }
}

/// A cmdlet implemented in Swift.
public final class CmdletInfo: @unchecked Sendable {
  public let type: any Cmdlet.Type
  public let signature: CmdletSignature
  /// The signature's parameters plus the common parameters.
  public let allParameters: [ParameterSpec]
  public var name: String { signature.name }

  public init(_ type: any Cmdlet.Type) {
    self.type = type
    self.signature = type.signature
    var params = type.signature.parameters
    params += CommonParameters.names
    if type.signature.supportsShouldProcess { params += CommonParameters.shouldProcess }
    self.allParameters = params
  }
}

/// What a command name resolved to.
public enum ResolvedCommand {
  case function(FunctionInfo)
  case cmdlet(CmdletInfo)
  /// A `.ps1` file to run as a script.
  case script(path: String)
  /// A program found on `PATH` or given by path.
  case application(path: String)
}

extension CmdletInfo {
  /// The .NET class that implements the cmdlet (`Microsoft.PowerShell.Commands.NewObjectCommand`).
  public var implementingTypeName: String { CmdletProcessor.implementingType(self) }
}
