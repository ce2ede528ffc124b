import AadshRuntime

/// `Install-Module`: offline; the built-in modules are reported as already installed, others are not found.
struct InstallModule: Cmdlet {
  static let name = Parameter<[String]>(
    "Name", sets: [.nameSet: .init(position: 0, mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the exact names of modules to install from the online gallery.")
  static let requiredVersion = Parameter<String>(
    "RequiredVersion", sets: [.nameSet: .init(pipeline: .byPropertyName)],
    help: "Specifies the exact version of a single module to install.")
  static let minimumVersion = Parameter<String>(
    "MinimumVersion", sets: [.nameSet: .init(pipeline: .byPropertyName)],
    help: "Specifies the minimum version of a single module to install.")
  static let repository = Parameter<[String]>(
    "Repository", sets: [.nameSet: .init(pipeline: .byPropertyName)],
    help: "Use the Repository parameter to specify the name of repository.")
  static let scope = Parameter<String>(
    "Scope", validations: [.set(["CurrentUser", "AllUsers"], ignoreCase: true)],
    help: "Specifies the installation scope of the module.")
  static let force = Parameter<Switch>(
    "Force", help: "Installs a module and overrides warning messages about module installation conflicts.")
  static let allowClobber = Parameter<Switch>(
    "AllowClobber", help: "Overrides warning messages about installation conflicts about existing commands.")
  static let skipPublisherCheck = Parameter<Switch>(
    "SkipPublisherCheck",
    help: "Allows you to install a newer version of a module that already exists on your computer.")
  static let allowPrerelease = Parameter<Switch>(
    "AllowPrerelease", help: "Allows you to install a module marked as a pre-release.")
  static let passThru = Parameter<Switch>(
    "PassThru", help: "Returns an object representing the item with which you're working.")

  static let signature = CmdletSignature(
    "Install-Module", module: "PowerShellGet", defaultSet: .nameSet,
    parameters: [
      name.spec, requiredVersion.spec, minimumVersion.spec, repository.spec, scope.spec, force.spec, allowClobber.spec,
      skipPublisherCheck.spec, allowPrerelease.spec, passThru.spec,
    ],
    supportsShouldProcess: true,
    synopsis: "Downloads one or more modules from a repository, and installs them on the local computer.",
    description: "aadsh works offline: MSOnline, AzureAD and AzureADPreview are built in, so installing them reports "
      + "that the version is already installed (shown with -Verbose). Other modules are not found.",
    examples: [.init("Install-Module MSOnline -Verbose", remark: "Reports that MSOnline is already installed.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    for n in call[Self.name] ?? [] {
      guard let m = BuiltinModules.find(n) else {
        var e = RuntimeError(
          "No match was found for the specified search criteria and module name '\(n)'. Try Get-PSRepository to "
            + "see all "
            + "available registered module repositories.",
          errorId: "NoMatchFoundForCriteria,Microsoft.PowerShell.PackageManagement.Cmdlets.InstallPackage",
          category: .objectNotFound, exceptionType: "System.Exception", targetObject: .string(n))
        e.commandName = "Install-Package"
        // The error comes from inside the PowerShellGet module, so the concise view shows no position.
        e.commandSpan = WriteError.siteless(ctx)
        try ctx.writeError(e)
        continue
      }
      try ctx.writeVerbose(
        "Version '\(m.version)' of module '\(m.name)' is already installed at '\(BuiltinModules.base(m))'.")
      if call.isSet(Self.passThru) { try ctx.write(ModuleInfoObject.make(m, ctx.exec)) }
    }
  }
}

extension ParameterSetName {
  fileprivate static let nameSet: Self = "NameParameterSet"
}
