# A closing brace with nothing to close.
Write-Output 'before'
}
