# A GenericMeasureInfo has no view: seven properties render as a list, unrequested values empty.
1, 2, 3 | Measure-Object -Sum
