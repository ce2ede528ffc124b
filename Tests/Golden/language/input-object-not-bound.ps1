# Piping to an advanced function with no pipeline parameter reports InputObjectNotBound per object; the end block runs.
function NoPipe { [CmdletBinding()] param($A) 'end block ran' }
'x' | NoPipe
'after'
