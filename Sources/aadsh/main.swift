import AadshShell

#if canImport(Glibc)
  import Glibc
#endif

exit(AadshShell.main(arguments: Array(CommandLine.arguments.dropFirst())))
