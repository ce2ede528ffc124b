import AadshSyntax

/// A script block value: `{ ... }`, a function body or a whole script.
///
/// The compiled form is cached on first run (`compiled`), so `ForEach-Object { }` over a million
/// items compiles its block once.
public final class ScriptBlock: @unchecked Sendable {
  public let ast: ScriptBlockAst
  /// The engine's compiled form; opaque to everyone else.
  public var compiled: AnyObject?
  /// True for a `filter` body: its statements form the process block.
  public let isFilter: Bool

  public init(ast: ScriptBlockAst, isFilter: Bool = false) {
    self.ast = ast
    self.isFilter = isFilter
  }

  /// The source text between the braces, as PowerShell's `ScriptBlock.ToString()` gives it.
  public var text: String {
    let t = ast.span.text
    if t.hasPrefix("{") && t.hasSuffix("}") && t.count >= 2 {
      return String(t.dropFirst().dropLast())
    }
    return t
  }
}
