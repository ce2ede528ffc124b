// Benchmarks: see Scripts/bench.
print("no benchmarks yet")
