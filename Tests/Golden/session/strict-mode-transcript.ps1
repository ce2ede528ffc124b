# Set-StrictMode accepts versions and -Off; Stop-Transcript without a transcript is an error.
Set-StrictMode -Version Latest
Set-StrictMode -Version 2.0
Set-StrictMode -Off
Stop-Transcript
'end'
