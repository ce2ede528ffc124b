# A prefix matching several switches lists the candidates, as pwsh does.
#golden: args=-No
