# An unknown switch is taken as a script path, which does not exist: usage error 64.
#golden: args=-Foo
#golden: process
