// swift-tools-version: 6.0
// aadsh: a PowerShell-compatible shell for Azure AD tenant administration.
import PackageDescription

let strict: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  // The interpreter is single-threaded; dynamic exclusivity checks cost ~10% of run time in release.
  .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let package = Package(
  name: "aadsh",
  products: [
    .executable(name: "aadsh", targets: ["aadsh"])
  ],
  dependencies: [
    // OrderedDictionary for property bags and [ordered] hashtables.
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0")
  ],
  targets: [
    // Front end: source, tokens, lexer, AST, parser, parse errors. Standard library only.
    .target(name: "AadshSyntax", swiftSettings: strict),
    // Values, conversions, the evaluator, the command protocol and the binder.
    .target(
      name: "AadshRuntime",
      dependencies: ["AadshSyntax", .product(name: "OrderedCollections", package: "swift-collections")],
      swiftSettings: strict),
    // Table, list and wide layout; Out-Default and the Format-* cmdlets.
    .target(name: "AadshFormat", dependencies: ["AadshRuntime", "AadshSyntax"], swiftSettings: strict),
    // Core utility cmdlets.
    .target(name: "AadshCmdlets", dependencies: ["AadshRuntime", "AadshSyntax"], swiftSettings: strict),
    .target(name: "AadshTenantCmdlets", dependencies: ["AadshRuntime"], swiftSettings: strict),
    .systemLibrary(
      name: "CLibedit", pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]),
    // Composition root: command line, console host, REPL.
    .target(
      name: "AadshShell",
      dependencies: ["AadshSyntax", "AadshRuntime", "AadshFormat", "AadshCmdlets", "AadshTenantCmdlets", "CLibedit"],
      swiftSettings: strict),
    .executableTarget(name: "aadsh", dependencies: ["AadshShell"], swiftSettings: strict),
    .executableTarget(name: "aadsh-bench", dependencies: ["AadshShell", "AadshSyntax"], swiftSettings: strict),
    .target(
      name: "AadshTestSupport",
      dependencies: ["AadshShell", "AadshSyntax", "AadshRuntime"],
      swiftSettings: strict),
    .testTarget(name: "AadshSyntaxTests", dependencies: ["AadshSyntax", "AadshTestSupport"], swiftSettings: strict),
    .testTarget(name: "AadshRuntimeTests", dependencies: ["AadshRuntime", "AadshSyntax"], swiftSettings: strict),
    .testTarget(name: "AadshFormatTests", dependencies: ["AadshFormat", "AadshRuntime"], swiftSettings: strict),
    .testTarget(
      name: "AadshCmdletsTests", dependencies: ["AadshCmdlets", "AadshFormat", "AadshRuntime", "AadshSyntax"],
      swiftSettings: strict),
    .testTarget(
      name: "AadshShellTests", dependencies: ["AadshShell", "AadshTestSupport"], swiftSettings: strict),
    .testTarget(
      name: "AadshGoldenTests", dependencies: ["AadshTestSupport", "AadshShell"],
      exclude: [], swiftSettings: strict),
  ],
  swiftLanguageModes: [.v6]
)
