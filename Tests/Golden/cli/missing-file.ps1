# A -File path that does not exist is a usage error.
#golden: args=-NoProfile -File ./no-such-script.ps1 {script}
