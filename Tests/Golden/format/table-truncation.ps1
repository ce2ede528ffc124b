#golden: width=40
[pscustomobject]@{Name='short';Description='a rather long description that cannot fit in forty columns'}
[pscustomobject]@{Name='second';Description='tiny'}
