import AadshRuntime

/// The AzureAD module's model classes that scripts build with `New-Object` and pass to cmdlets
/// (`New-AzureADUser -PasswordProfile`, `Set-AzureADUserLicense -AssignedLicenses`), with their
/// properties in the module's order.
enum AzureADModelTypes {
  static let namespace = "Microsoft.Open.AzureAD.Model."

  static let all: [ModelType] = [
    ModelType(
      namespace + "PasswordProfile",
      [
        .init("Password", .string, secret: true),
        .init("ForceChangePasswordNextLogin", .nullableBool),
        .init("EnforceChangePasswordPolicy", .nullableBool),
      ]),
    ModelType(namespace + "AssignedLicense", [.init("DisabledPlans", .stringList), .init("SkuId", .string)]),
    ModelType(
      namespace + "AssignedLicenses",
      [.init("AddLicenses", .modelList(namespace + "AssignedLicense")), .init("RemoveLicenses", .stringList)]),
    ModelType(namespace + "GroupIdsForMembershipCheck", [.init("GroupIds", .stringList)]),
  ]
}
