import AadshRuntime
import Foundation

/// A `System.IO.FileInfo` or `System.IO.DirectoryInfo` as the FileSystem provider returns it, with the
/// provider's note properties (PSPath, PSIsContainer, ...) and the Unix code properties of pwsh 7.
final class FileSystemItem: NativeObject {
  /// The absolute path.
  let fullName: String
  let isDirectory: Bool
  /// The item's own status (`lstat`).
  private var info: stat
  /// The permission bits .NET reports: a symbolic link's target's when the target exists, else the item's.
  private var permissions: mode_t

  init?(path: String) {
    var st = stat()
    guard lstat(path, &st) == 0 else { return nil }
    var target = stat()
    let followed = (st.st_mode & S_IFMT) == S_IFLNK && stat(path, &target) == 0
    self.fullName = path
    self.info = st
    self.permissions = (followed ? target.st_mode : st.st_mode) & 0o7777
    self.isDirectory = (followed ? target.st_mode : st.st_mode) & S_IFMT == S_IFDIR
    _ = FileSystemViews.installed
  }

  /// Wraps the item in a PSObject.
  var value: PSValue { .object(PSObject(native: self)) }

  var name: String { fullName == "/" ? "/" : FileSystemPaths.leaf(fullName) }
  var isLink: Bool { info.st_mode & S_IFMT == S_IFLNK }

  var typeNames: [String] {
    isDirectory
      ? ["System.IO.DirectoryInfo", "System.IO.FileSystemInfo", "System.MarshalByRefObject", "System.Object"]
      : ["System.IO.FileInfo", "System.IO.FileSystemInfo", "System.MarshalByRefObject", "System.Object"]
  }

  /// The visible properties; the hidden `NameString`, `LengthString` and `LastWriteTimeString` the views use
  /// are readable but not listed, as in pwsh.
  var propertyNames: [String] {
    let notes = ["PSPath", "PSParentPath", "PSChildName", "PSDrive", "PSProvider", "PSIsContainer", "Mode",
      "ModeWithoutHardLink"]
    let links = ["BaseName", "ResolvedTarget", "Target", "LinkType"]
    let tail = ["Exists", "FullName", "Extension", "Name", "CreationTime", "CreationTimeUtc", "LastAccessTime",
      "LastAccessTimeUtc", "LastWriteTime", "LastWriteTimeUtc", "LinkTarget", "UnixFileMode", "Attributes",
      "UnixMode", "User", "Group", "Size"]
    if isDirectory { return notes + links + ["Parent", "Root"] + tail }
    return notes + ["VersionInfo"] + links + ["Length", "DirectoryName", "Directory", "IsReadOnly"] + tail
  }

  var extensionText: String {
    let n = name
    guard let dot = n.lastIndex(of: "."), n.index(after: dot) != n.endIndex else { return "" }
    return String(n[dot...])
  }

  var baseName: String {
    if isDirectory { return name }
    let ext = extensionText
    return ext.isEmpty ? name : String(name.dropLast(ext.count))
  }

  static func time(_ spec: timespec, local: Bool) -> PSDateTime {
    let ticks = PSDateTime.unixEpochTicks + Int64(spec.tv_sec) * PSDateTime.ticksPerSecond + Int64(spec.tv_nsec) / 100
    let utc = PSDateTime(ticks: ticks, kind: .utc)
    return local ? utc.toLocalTime() : utc
  }

  var writeTime: PSDateTime { FileSystemItem.time(info.st_mtim, local: true) }

  /// .NET's creation time where the file system keeps no birth time: the older of the change and write times.
  var creationSpec: timespec {
    let m = info.st_mtim
    let c = info.st_ctim
    return m.tv_sec < c.tv_sec || (m.tv_sec == c.tv_sec && m.tv_nsec < c.tv_nsec) ? m : c
  }

  /// The raw text of a symbolic link (`LinkTarget`), `nil` for other items.
  var linkTarget: String? {
    guard isLink else { return nil }
    return try? FileManager.default.destinationOfSymbolicLink(atPath: fullName)
  }

  /// The path a chain of symbolic links ends at (`ResolvedTarget`); the item's own path when it is no link.
  var resolvedTarget: String {
    var path = fullName
    for _ in 0..<40 {
      guard let dest = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else { return path }
      path = FileSystemPaths.absolute(dest, base: FileSystemPaths.parent(path))
    }
    return path
  }

  /// `Name`, or `Name -> target` for a symbolic link (FileSystemProvider.NameString, without colours).
  var nameString: String {
    guard let target = linkTarget else { return name }
    return "\(name) -> \(target)"
  }

  func getProperty(_ propertyName: String) -> PSValue? {
    switch propertyName.lowercased() {
    case "pspath": return .string("Microsoft.PowerShell.Core\\FileSystem::" + fullName)
    case "psparentpath":
      if fullName == "/" { return .string("") }
      return .string("Microsoft.PowerShell.Core\\FileSystem::" + FileSystemPaths.parent(fullName))
    case "pschildname": return .string(name)
    case "psdrive": return .string("/")
    case "psprovider": return .string("Microsoft.PowerShell.Core\\FileSystem")
    case "psiscontainer": return .bool(isDirectory)
    case "mode": return .string(mode(excludeHardLink: false))
    case "modewithouthardlink": return .string(mode(excludeHardLink: true))
    case "basename": return .string(baseName)
    case "target", "linktarget": return linkTarget.map { .string($0) } ?? .null
    case "resolvedtarget": return .string(resolvedTarget)
    case "linktype": return isLink ? .string("SymbolicLink") : .null
    case "length" where !isDirectory: return .long(Int64(info.st_size))
    case "directoryname" where !isDirectory: return .string(FileSystemPaths.parent(fullName))
    case "directory" where !isDirectory, "parent" where isDirectory:
      if fullName == "/" { return .null }
      return FileSystemItem(path: FileSystemPaths.parent(fullName))?.value ?? .null
    case "root" where isDirectory: return FileSystemItem(path: "/")?.value ?? .null
    case "isreadonly" where !isDirectory: return .bool(isReadOnly)
    case "exists": return .bool(FileSystemPaths.exists(fullName))
    case "fullname": return .string(fullName)
    case "extension": return .string(extensionText)
    case "name": return .string(name)
    case "creationtime": return .dateTime(FileSystemItem.time(creationSpec, local: true))
    case "creationtimeutc": return .dateTime(FileSystemItem.time(creationSpec, local: false))
    case "lastaccesstime": return .dateTime(FileSystemItem.time(info.st_atim, local: true))
    case "lastaccesstimeutc": return .dateTime(FileSystemItem.time(info.st_atim, local: false))
    case "lastwritetime": return .dateTime(writeTime)
    case "lastwritetimeutc": return .dateTime(FileSystemItem.time(info.st_mtim, local: false))
    case "attributes": return .string(attributes.joined(separator: ", "))
    case "unixmode": return .string(unixMode)
    case "unixfilemode": return .int(Int32(permissions))
    case "user": return .string(userName)
    case "group": return .string(groupName)
    case "size": return .long(Int64(info.st_size))
    case "namestring": return .string(nameString)
    case "lengthstring": return .string(isDirectory ? "" : String(info.st_size))
    case "lastwritetimestring":
      return .string((try? PSFormat.format("{0,10:d} {0,8:t}", [.dateTime(writeTime)])) ?? "")
    case "versioninfo" where !isDirectory: return .object(PSObject(native: FileVersionInfoObject(fileName: fullName)))
    default: return nil
    }
  }

  /// The time setters: `LastWriteTime`, `LastAccessTime` (local, or UTC for the `...Utc` forms) change the item's
  /// own times (a symbolic link's, not its target's); `CreationTime` sets the write time, as .NET does where no
  /// birth time can be set.
  func setProperty(_ propertyName: String, _ value: PSValue) throws -> Bool {
    let lower = propertyName.lowercased()
    let isAccess: Bool
    switch lower {
    case "lastwritetime", "lastwritetimeutc", "creationtime", "creationtimeutc": isAccess = false
    case "lastaccesstime", "lastaccesstimeutc": isAccess = true
    default: return false
    }
    let converted: PSValue
    do {
      converted = try PSConvert.convert(value, to: .dateTime)
    } catch {
      throw setError(propertyName, error.message, error.exceptionType, value)
    }
    guard case .dateTime(let given) = converted else { return false }
    let when = lower.hasSuffix("utc") ? PSDateTime(ticks: given.ticks, kind: .utc) : given.toUniversalTime()
    let sinceEpoch = when.ticks - PSDateTime.unixEpochTicks
    var seconds = sinceEpoch / PSDateTime.ticksPerSecond
    var remainder = sinceEpoch % PSDateTime.ticksPerSecond
    if remainder < 0 {
      seconds -= 1
      remainder += PSDateTime.ticksPerSecond
    }
    let stamp = timespec(tv_sec: Int(seconds), tv_nsec: Int(remainder * 100))
    refresh()
    var times = isAccess ? [stamp, info.st_mtim] : [info.st_atim, stamp]
    if utimensat(AT_FDCWD, fullName, &times, AT_SYMLINK_NOFOLLOW) != 0 {
      throw setError(propertyName, FileSystemPaths.posixMessage(errno, path: fullName), "System.IO.IOException", value)
    }
    refresh()
    return true
  }

  /// `Exception setting "P": "inner"` (SetValueInvocationException), as a failed .NET property setter reports.
  private func setError(
    _ propertyName: String, _ inner: String, _ innerType: String, _ value: PSValue
  ) -> RuntimeError {
    var err = RuntimeError(
      "Exception setting \"\(propertyName)\": \"\(inner)\"", errorId: "ExceptionWhenSetting",
      exceptionType: "System.Management.Automation.SetValueInvocationException", targetObject: value)
    err.innerMessage = inner
    err.innerExceptionType = innerType
    return err
  }

  /// Reads the item's status again.
  private func refresh() {
    var st = stat()
    guard lstat(fullName, &st) == 0 else { return }
    info = st
    var target = stat()
    let followed = (st.st_mode & S_IFMT) == S_IFLNK && stat(fullName, &target) == 0
    permissions = (followed ? target.st_mode : st.st_mode) & 0o7777
  }

  /// .NET's ReadOnly attribute on Unix: readable but not writable for whoever the current user is to the item
  /// (owner, group member or other); when the three classes agree, their common answer.
  var isReadOnly: Bool {
    func readOnly(_ read: mode_t, _ write: mode_t) -> Bool { permissions & read != 0 && permissions & write == 0 }
    let user = readOnly(S_IRUSR, S_IWUSR)
    let group = readOnly(S_IRGRP, S_IWGRP)
    let other = readOnly(S_IROTH, S_IWOTH)
    if user == group && group == other { return user }
    if info.st_uid == geteuid() { return user }
    return FileSystemItem.isMemberOfGroup(info.st_gid) ? group : other
  }

  private static func isMemberOfGroup(_ gid: gid_t) -> Bool {
    if getegid() == gid { return true }
    let count = getgroups(0, nil)
    guard count > 0 else { return false }
    var groups = [gid_t](repeating: 0, count: Int(count))
    let filled = getgroups(count, &groups)
    return filled > 0 && groups.prefix(Int(filled)).contains(gid)
  }

  func invokeMethod(_ methodName: String, _ arguments: [PSValue]) throws -> PSValue? {
    switch methodName.lowercased() {
    case "tostring": return .string(fullName)
    case "delete":
      try? FileManager.default.removeItem(atPath: fullName)
      return .null
    case "refresh":
      refresh()
      return .null
    default: return nil
    }
  }

  func toString() -> String { fullName }

  var attributes: [String] {
    var out: [String] = []
    if isReadOnly { out.append("ReadOnly") }
    if name.hasPrefix(".") && name.count > 1 { out.append("Hidden") }
    if isDirectory { out.append("Directory") }
    if isLink { out.append("ReparsePoint") }
    if out.isEmpty { out.append("Normal") }
    return out
  }

  /// `d----`, `-----`, `l----`, `d-r--`... (FileSystemProvider.Mode).
  func mode(excludeHardLink: Bool) -> String {
    let attrs = attributes
    let hardLink = !excludeHardLink && !isDirectory && info.st_nlink > 1
    let first: Character = isLink || hardLink ? "l" : (isDirectory ? "d" : "-")
    return String(first) + "-" + (attrs.contains("ReadOnly") ? "r" : "-") + (attrs.contains("Hidden") ? "h" : "-") + "-"
  }

  /// `drwxr-xr-x`, `-rwsr-xr-x`, `drwxrwxrwt`... (CommonStat.GetModeString, from the item's own status). As in
  /// pwsh, permissions 0444 and 0644 always read `-r--r--r--` and `-rw-r--r--`, whatever the item type.
  var unixMode: String {
    let m = info.st_mode
    switch m & 0o7777 {
    case 0o444: return "-r--r--r--"
    case 0o644: return "-rw-r--r--"
    default: break
    }
    var s: String
    switch m & S_IFMT {
    case S_IFDIR: s = "d"
    case S_IFLNK: s = "l"
    case S_IFCHR: s = "c"
    case S_IFBLK: s = "b"
    case S_IFIFO: s = "p"
    case S_IFSOCK: s = "s"
    default: s = "-"
    }
    let triples: [(read: mode_t, write: mode_t, exec: mode_t, special: mode_t, set: Character, unset: Character)] = [
      (S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "s", "S"), (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "s", "S"),
      (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "t", "T"),
    ]
    for t in triples {
      s.append(m & t.read != 0 ? "r" : "-")
      s.append(m & t.write != 0 ? "w" : "-")
      let exec = m & t.exec != 0
      s.append(m & t.special != 0 ? (exec ? t.set : t.unset) : (exec ? "x" : "-"))
    }
    return s
  }

  var userName: String {
    guard let pw = getpwuid(info.st_uid), let n = pw.pointee.pw_name else { return String(info.st_uid) }
    return String(cString: n)
  }

  var groupName: String {
    guard let gr = getgrgid(info.st_gid), let n = gr.pointee.gr_name else { return String(info.st_gid) }
    return String(cString: n)
  }
}

/// `System.Diagnostics.FileVersionInfo` of a file (`VersionInfo`): on Linux a file carries no version resource,
/// so every text is empty, every number 0 and every flag false; `ToString()` is .NET's multi-line summary.
final class FileVersionInfoObject: NativeObject {
  let fileName: String

  init(fileName: String) { self.fileName = fileName }

  var typeNames: [String] { ["System.Diagnostics.FileVersionInfo", "System.Object"] }

  static let texts = [
    "Comments", "CompanyName", "FileDescription", "FileVersion", "InternalName", "Language", "LegalCopyright",
    "LegalTrademarks", "OriginalFilename", "PrivateBuild", "ProductName", "ProductVersion", "SpecialBuild",
  ]
  static let numbers = [
    "FileBuildPart", "FileMajorPart", "FileMinorPart", "FilePrivatePart", "ProductBuildPart", "ProductMajorPart",
    "ProductMinorPart", "ProductPrivatePart",
  ]
  static let flags = ["IsDebug", "IsPatched", "IsPrivateBuild", "IsPreRelease", "IsSpecialBuild"]

  var propertyNames: [String] { Self.names }

  static let names = [
    "FileVersionRaw", "ProductVersionRaw", "Comments", "CompanyName", "FileBuildPart", "FileDescription",
    "FileMajorPart", "FileMinorPart", "FileName", "FilePrivatePart", "FileVersion", "InternalName", "IsDebug",
    "IsPatched", "IsPrivateBuild", "IsPreRelease", "IsSpecialBuild", "Language", "LegalCopyright",
    "LegalTrademarks", "OriginalFilename", "PrivateBuild", "ProductBuildPart", "ProductMajorPart",
    "ProductMinorPart", "ProductName", "ProductPrivatePart", "ProductVersion", "SpecialBuild",
  ]

  func getProperty(_ propertyName: String) -> PSValue? {
    let lower = propertyName.lowercased()
    if lower == "filename" { return .string(fileName) }
    if lower == "fileversionraw" || lower == "productversionraw" {
      return .object(PSObject(native: VersionValue(major: 0, minor: 0, build: 0, revision: 0)))
    }
    if Self.texts.contains(where: { $0.caseInsensitiveEquals(lower) }) { return .null }
    if Self.numbers.contains(where: { $0.caseInsensitiveEquals(lower) }) { return .int(0) }
    if Self.flags.contains(where: { $0.caseInsensitiveEquals(lower) }) { return .bool(false) }
    return nil
  }

  func toString() -> String {
    let rows: [(String, String)] = [
      ("File:             ", fileName), ("InternalName:     ", ""), ("OriginalFilename: ", ""),
      ("FileVersion:      ", ""), ("FileDescription:  ", ""), ("Product:          ", ""), ("ProductVersion:   ", ""),
      ("Debug:            ", "False"), ("Patched:          ", "False"), ("PreRelease:       ", "False"),
      ("PrivateBuild:     ", "False"), ("SpecialBuild:     ", "False"), ("Language:         ", ""),
    ]
    return rows.map { $0.0 + $0.1 + "\n" }.joined()
  }
}
