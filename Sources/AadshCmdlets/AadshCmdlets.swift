// Core utility cmdlets.
