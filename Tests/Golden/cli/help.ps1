# -Help prints the usage and every option.
#golden: args=-Help
