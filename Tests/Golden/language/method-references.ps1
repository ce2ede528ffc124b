# A method named without parentheses is a PSMethod value that can be invoked later; .Where() returns a Collection.
$m = 'abc'.ToUpper
$m.Name
$m.MemberType
$m.Invoke()
$m.OverloadDefinitions[0]
$r = (1, 2).Where({ $true })
$r.GetType().Name
