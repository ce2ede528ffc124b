# An instance with five or more visible properties shows as a list.
class Server {
  [string]$Name = 'web1'
  [string]$Role = 'frontend'
  [int]$Cpu = 4
  [int]$MemoryGB = 16
  [bool]$Online = $true
  hidden [string]$Password = 'secret'
}

[Server]::new()
