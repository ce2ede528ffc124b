import AadshSyntax

/// Parses generated PowerShell scripts of 1 MB and 8 MB and prints the throughput.
enum ParseWorkload {
  static func run(_ arguments: [String]) -> Int32 {
    let options = BenchOptions(arguments)
    let repeats = max(1, options.int("repeat", default: 3))
    for megabytes in options.ints("sizes", default: [1, 8]) {
      let text = ScriptGenerator.script(bytes: megabytes << 20)
      let file = SourceFile(text: text)
      var best = Duration.seconds(1_000_000)
      var errors = 0
      for _ in 0..<repeats {
        let clock = ContinuousClock()
        let start = clock.now
        let result = Parser.parse(file)
        best = min(best, clock.now - start)
        errors = result.errors.count
      }
      let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
      let rate = Double(file.bytes.count) / Double(1 << 20) / max(seconds, 1e-9)
      print("parse \(megabytes) MB: \(milliseconds(best)) best of \(repeats), \(decimal(rate, places: 1)) MB/s"
        + (errors > 0 ? " (\(errors) parse errors!)" : ""))
    }
    return 0
  }
}

/// Builds realistic scripts: functions, pipelines, hashtables, strings, if and foreach.
enum ScriptGenerator {
  static func script(bytes target: Int) -> String {
    var text = ""
    text.reserveCapacity(target + 4096)
    var index = 0
    while text.utf8.count < target {
      text += block(index)
      index += 1
    }
    return text
  }

  static func block(_ n: Int) -> String {
    """
    # Block \(n): licence report for department \(n % 17)
    function Get-Report\(n) {
      [CmdletBinding()]
      param(
        [Parameter(Mandatory = $true)][string]$Department,
        [int]$Limit = \(n % 100 + 1)
      )
      $users = Get-MsolUser -All | Where-Object { $_.Department -eq $Department -and $_.IsLicensed }
      $summary = @{ Name = "Dept-\(n)"; Count = $users.Count; Ratio = \(n % 7).5; Tags = @('a', 'b', "c$n") }
      foreach ($user in $users | Select-Object -First $Limit) {
        if ($user.UserPrincipalName -like '*@contoso.com') {
          Write-Output "User $($user.DisplayName) <$($user.UserPrincipalName)> in $Department"
        } elseif ($user.BlockCredential) {
          Write-Warning ('Blocked: {0}' -f $user.DisplayName)
        } else {
          $summary['Other'] += 1
        }
      }
      $summary.GetEnumerator() | Sort-Object Name | ForEach-Object { '{0,-12} {1}' -f $_.Key, $_.Value }
      return [pscustomobject]$summary
    }
    $result\(n) = Get-Report\(n) -Department 'Sales' -Limit \(n % 50 + 1)
    $total = ($result\(n).Count * 2 + 10) / 3 -band 0xFF

    """
  }
}
