# -Version prints the version and exits before anything else is read.
#golden: args=-Version
#golden: process
this would not parse {
