# $PSVersionTable.PSVersion is a SemanticVersion: pwsh's table view, comparisons with text and versions.
$PSVersionTable.PSVersion
"$($PSVersionTable.PSVersion)"
$PSVersionTable.PSVersion -ge '7.0'
$PSVersionTable.PSVersion -eq '7.4'
$PSVersionTable.PSVersion -lt [version]'7.10'
$PSVersionTable.PSVersion.GetType().FullName
$v = [semver]'1.2.3-beta.1+exp'
"$($v.Major) $($v.Patch) $($v.PreReleaseLabel) $($v.BuildLabel) $v"
