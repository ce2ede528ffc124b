import AadshRuntime
import Foundation

/// A `System.IO.FileInfo` or `System.IO.DirectoryInfo` as the FileSystem provider returns it, with the
/// provider's note properties (PSPath, PSIsContainer, ...) and the Unix code properties of pwsh 7.
final class FileSystemItem: NativeObject {
  /// The absolute path.
  let fullName: String
  let isDirectory: Bool
  private var info: stat

  init?(path: String) {
    var st = stat()
    guard lstat(path, &st) == 0 else { return nil }
    var target = stat()
    let followed = (st.st_mode & S_IFMT) == S_IFLNK && stat(path, &target) == 0
    self.fullName = path
    self.info = st
    self.isDirectory = (followed ? target.st_mode : st.st_mode) & S_IFMT == S_IFDIR
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

  var propertyNames: [String] {
    let head = ["PSPath", "PSParentPath", "PSChildName", "PSDrive", "PSProvider", "PSIsContainer", "Mode",
      "ModeWithoutHardLink", "BaseName", "Target", "LinkType"]
    let tail = ["Exists", "FullName", "Extension", "Name", "CreationTime", "CreationTimeUtc", "LastAccessTime",
      "LastAccessTimeUtc", "LastWriteTime", "LastWriteTimeUtc", "LinkTarget", "UnixFileMode", "Attributes",
      "UnixMode", "User", "Group"]
    if isDirectory { return head + ["Parent", "Root"] + tail }
    return head + ["Length", "DirectoryName", "Directory", "IsReadOnly"] + tail
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

  func getProperty(_ propertyName: String) -> PSValue? {
    switch propertyName.lowercased() {
    case "pspath": return .string("Microsoft.PowerShell.Core\\FileSystem::" + fullName)
    case "psparentpath":
      return .string(fullName == "/" ? "" : "Microsoft.PowerShell.Core\\FileSystem::" + FileSystemPaths.parent(fullName))
    case "pschildname": return .string(name)
    case "psdrive": return .string("/")
    case "psprovider": return .string("Microsoft.PowerShell.Core\\FileSystem")
    case "psiscontainer": return .bool(isDirectory)
    case "mode": return .string(mode(excludeHardLink: false))
    case "modewithouthardlink": return .string(mode(excludeHardLink: true))
    case "basename": return .string(baseName)
    case "target", "linktarget", "resolvedtarget":
      guard isLink, let dest = try? FileManager.default.destinationOfSymbolicLink(atPath: fullName) else {
        return propertyName.lowercased() == "resolvedtarget" ? .string(fullName) : .null
      }
      return .string(dest)
    case "linktype": return isLink ? .string("SymbolicLink") : .null
    case "length" where !isDirectory: return .long(Int64(info.st_size))
    case "directoryname" where !isDirectory: return .string(FileSystemPaths.parent(fullName))
    case "directory" where !isDirectory, "parent" where isDirectory:
      if fullName == "/" { return .null }
      return FileSystemItem(path: FileSystemPaths.parent(fullName))?.value ?? .null
    case "root" where isDirectory: return FileSystemItem(path: "/")?.value ?? .null
    case "isreadonly" where !isDirectory: return .bool(access(fullName, W_OK) != 0)
    case "exists": return .bool(FileSystemPaths.exists(fullName))
    case "fullname": return .string(fullName)
    case "extension": return .string(extensionText)
    case "name": return .string(name)
    case "creationtime": return .dateTime(FileSystemItem.time(info.st_ctim, local: true))
    case "creationtimeutc": return .dateTime(FileSystemItem.time(info.st_ctim, local: false))
    case "lastaccesstime": return .dateTime(FileSystemItem.time(info.st_atim, local: true))
    case "lastaccesstimeutc": return .dateTime(FileSystemItem.time(info.st_atim, local: false))
    case "lastwritetime": return .dateTime(writeTime)
    case "lastwritetimeutc": return .dateTime(FileSystemItem.time(info.st_mtim, local: false))
    case "attributes": return .string(attributes.joined(separator: ", "))
    case "unixmode": return .string(unixMode)
    case "unixfilemode": return .int(Int32(info.st_mode & 0o7777))
    case "user": return .string(userName)
    case "group": return .string(groupName)
    default: return nil
    }
  }

  func invokeMethod(_ methodName: String, _ arguments: [PSValue]) throws -> PSValue? {
    switch methodName.lowercased() {
    case "tostring": return .string(fullName)
    case "delete":
      try? FileManager.default.removeItem(atPath: fullName)
      return .null
    case "refresh":
      var st = stat()
      if lstat(fullName, &st) == 0 { info = st }
      return .null
    default: return nil
    }
  }

  func toString() -> String { fullName }

  var attributes: [String] {
    var out: [String] = []
    if access(fullName, W_OK) != 0 && !isDirectory { out.append("ReadOnly") }
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

  /// `drwxr-xr-x` / `-rw-r--r--`.
  var unixMode: String {
    let m = info.st_mode
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
    let bits: [(mode_t, Character)] = [
      (S_IRUSR, "r"), (S_IWUSR, "w"), (S_IXUSR, "x"), (S_IRGRP, "r"), (S_IWGRP, "w"), (S_IXGRP, "x"),
      (S_IROTH, "r"), (S_IWOTH, "w"), (S_IXOTH, "x"),
    ]
    for (bit, c) in bits { s.append(m & bit != 0 ? c : "-") }
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
