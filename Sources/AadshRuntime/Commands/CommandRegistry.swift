import Foundation

/// All cmdlets of the session and the built-in aliases, and command-name resolution.
///
/// Resolution order is PowerShell's: alias → function → cmdlet → script file → program on `PATH`.
public final class CommandRegistry: @unchecked Sendable {
  /// Cmdlets by lower-cased name.
  public private(set) var cmdlets: [String: CmdletInfo] = [:]
  /// Cmdlets in registration order (for `Get-Command`).
  public private(set) var cmdletList: [CmdletInfo] = []

  public init() {}

  /// Registers cmdlet types; a later registration of the same name replaces the earlier one.
  public func register(_ types: [any Cmdlet.Type]) {
    for t in types {
      let info = CmdletInfo(t)
      if cmdlets[info.name.lowercased()] == nil { cmdletList.append(info) } else {
        cmdletList.removeAll { $0.name.caseInsensitiveEquals(info.name) }
        cmdletList.append(info)
      }
      cmdlets[info.name.lowercased()] = info
    }
  }

  /// The built-in aliases of pwsh on Linux (no `ls`/`cat`-style aliases that shadow programs, except those pwsh keeps).
  public static let builtinAliases: [String: String] = [
    "?": "Where-Object", "%": "ForEach-Object", "where": "Where-Object", "foreach": "ForEach-Object",
    "select": "Select-Object", "sort": "Sort-Object", "group": "Group-Object", "measure": "Measure-Object",
    "ft": "Format-Table", "fl": "Format-List", "fw": "Format-Wide", "gm": "Get-Member", "gcm": "Get-Command",
    "gci": "Get-ChildItem", "dir": "Get-ChildItem", "ls": "Get-ChildItem", "gc": "Get-Content", "cat": "Get-Content",
    "echo": "Write-Output", "write": "Write-Output", "cd": "Set-Location", "sl": "Set-Location", "chdir": "Set-Location",
    "pwd": "Get-Location", "gl": "Get-Location", "cls": "Clear-Host", "clear": "Clear-Host", "iex": "Invoke-Expression",
    "icm": "Invoke-Command", "ipmo": "Import-Module", "gmo": "Get-Module", "gal": "Get-Alias", "sal": "Set-Alias",
    "nal": "New-Alias", "gv": "Get-Variable", "sv": "Set-Variable", "nv": "New-Variable", "rv": "Remove-Variable",
    "clv": "Clear-Variable", "set": "Set-Variable", "gi": "Get-Item", "ni": "New-Item", "ri": "Remove-Item",
    "rm": "Remove-Item", "del": "Remove-Item", "erase": "Remove-Item", "rd": "Remove-Item", "rmdir": "Remove-Item",
    "cp": "Copy-Item", "copy": "Copy-Item", "cpi": "Copy-Item", "mv": "Move-Item", "move": "Move-Item", "mi": "Move-Item",
    "tee": "Tee-Object", "compare": "Compare-Object", "diff": "Compare-Object", "ghy": "Get-History", "h": "Get-History",
    "history": "Get-History", "r": "Invoke-History", "ihy": "Invoke-History", "clhy": "Clear-History",
    "sleep": "Start-Sleep", "oh": "Out-Host", "ogv": "Out-GridView", "epcsv": "Export-Csv", "ipcsv": "Import-Csv",
    "pushd": "Push-Location", "popd": "Pop-Location", "ac": "Add-Content", "sc": "Set-Content", "clc": "Clear-Content",
    "rvpa": "Resolve-Path", "gu": "Get-Unique", "gp": "Get-ItemProperty", "ii": "Invoke-Item", "man": "Get-Help", "help": "Get-Help",
  ]

  /// Resolves a command name as typed in scope `scope`; `nil` when nothing matches.
  public func resolve(_ name: String, in scope: Scope, cwd: String) -> ResolvedCommand? {
    var current = name
    var seen: Set<String> = []
    while true {
      let key = current.lowercased()
      if seen.contains(key) { break }
      seen.insert(key)
      if let a = scope.lookupAlias(key) {
        current = a.definition
        continue
      }
      if let f = scope.lookupFunction(key) { return .function(f) }
      if let c = cmdlets[key] { return .cmdlet(c) }
      if let target = CommandRegistry.builtinAliases[key], !seen.contains(target.lowercased()) {
        current = target
        continue
      }
      // Module-qualified names: Microsoft.PowerShell.Utility\Select-Object.
      if let slash = current.lastIndex(of: "\\"), !current.contains("/") {
        let short = String(current[current.index(after: slash)...])
        if let c = cmdlets[short.lowercased()] { return .cmdlet(c) }
      }
      break
    }
    return resolvePath(current, cwd: cwd)
  }

  /// Finds a script or program by path or on `PATH`.
  func resolvePath(_ name: String, cwd: String) -> ResolvedCommand? {
    let fm = FileManager.default
    var isDir: ObjCBool = false
    if name.contains("/") || name.contains("\\") || name.hasPrefix(".") || name.hasPrefix("~") {
      let path = ScriptFiles.absolutePath(name, base: cwd)
      if fm.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue {
        if path.lowercased().hasSuffix(".ps1") { return .script(path: path) }
        if fm.isExecutableFile(atPath: path) { return .application(path: path) }
      }
      if !path.lowercased().hasSuffix(".ps1"), fm.fileExists(atPath: path + ".ps1") { return .script(path: path + ".ps1") }
      return nil
    }
    let pathVar = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in pathVar.split(separator: ":") {
      let candidate = String(dir) + "/" + name
      if fm.isExecutableFile(atPath: candidate), fm.fileExists(atPath: candidate, isDirectory: &isDir), !isDir.boolValue {
        return .application(path: candidate)
      }
    }
    return nil
  }
}
