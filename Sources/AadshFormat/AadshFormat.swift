// Formatting subsystem: table, list and wide layout, and the output cmdlets.
