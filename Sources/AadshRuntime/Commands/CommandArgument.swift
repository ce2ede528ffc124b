import AadshSyntax

/// One evaluated argument of a command, before binding.
public enum CommandArgument {
  /// `-Name`, `-Name:value` (value set), or a splatted `Name = value` (value set, `hasColon` true).
  case parameter(name: String, value: PSValue?, hasColon: Bool, span: SourceSpan?)
  /// A positional argument; `text` is the bare-word/literal text when it was written as a constant.
  case positional(PSValue, span: SourceSpan?)
  /// `--%` and the rest of the line: a native command gets the text; other commands get `--%` and
  /// the text as two arguments.
  case verbatim(String, span: SourceSpan?)

  /// The span the argument was written at.
  var span: SourceSpan? {
    switch self {
    case .parameter(_, _, _, let s): return s
    case .positional(_, let s): return s
    case .verbatim(_, let s): return s
    }
  }
}
