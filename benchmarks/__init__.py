"""The benchmark suite of issue 10: `python benchmarks/run.py --sizes 10k 100k 1M --runs 5`."""
