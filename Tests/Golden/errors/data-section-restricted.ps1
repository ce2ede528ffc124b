# A data section allows only the restricted language: this one calls a command it may not.
$texts = data {
  ConvertFrom-StringData 'Hello = hi'
  Get-Date
}
'not reached'
