# -ParseOnly with -File - parses standard input.
#golden: args=-ParseOnly -File - {script}
#golden: stdin=parse-only-stdin.txt
