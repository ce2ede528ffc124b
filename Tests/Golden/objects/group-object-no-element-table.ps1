# GroupInfoNoElement objects render with Count and Name only.
'a', 'b', 'a' | Group-Object -NoElement
