/// The `aadsh` entry point.
public enum AadshShell {
  /// Runs aadsh with `arguments` (without the program name) and returns the exit code.
  public static func main(arguments: [String]) -> Int32 { 0 }
}
