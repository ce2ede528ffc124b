# Preference variables are typed: they hold engine enum values, assigned strings are converted to the enum, and an
# unknown name is rejected (a MetadataError naming the enum's members) while the variable keeps its value.
$ErrorActionPreference.GetType().Name
$ConfirmPreference.GetType().Name
$ErrorView.GetType().Name
$ErrorActionPreference = 'stop'
"$ErrorActionPreference"
$ErrorActionPreference = 'Continue'
try { $VerbosePreference = 'bogus' } catch { 'rejected' }
$VerbosePreference
try { $WarningPreference = 'nope' } catch {
  "$($_.CategoryInfo.Category) | $($_.FullyQualifiedErrorId)"
  $_.Exception.Message
}
$WarningPreference
$ConfirmPreference = 'low'
"$ConfirmPreference"
$ErrorActionPreference -eq 'Continue'
$DebugPreference = 1
$DebugPreference
$DebugPreference = 'SilentlyContinue'
