# Preference variables start with pwsh's defaults; $OFS is unset and $PSDefaultParameterValues is empty.
$ErrorActionPreference
$WarningPreference
$VerbosePreference
$DebugPreference
$InformationPreference
$ProgressPreference
$ConfirmPreference
$WhatIfPreference
$WhatIfPreference.GetType().Name
$FormatEnumerationLimit
$ErrorView
$null -eq $OFS
$PSDefaultParameterValues.Count
