# Numeric literal type suffixes: u, ul, y, uy, s, us and n give UInt32, UInt64, SByte, Byte, Int16, UInt16 and
# BigInteger; hex and binary literals with a narrow suffix keep their sign bit; a multiplier may follow a suffix.
function Show($v) { '{0} {1}' -f $v, $v.GetType().Name }
Show (5u)
Show (5ul)
Show (5y)
Show (5uy)
Show (5s)
Show (5us)
Show (5n)
Show (0xFFFFFFFFu)
Show (0xFFy)
Show (0xFFFFs)
Show (0b11111111u)
Show (2ukb)
Show (12345678901234567890n)
