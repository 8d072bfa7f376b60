"""Benchmarks: run as `python -m bench.<name>`; each writes bench/results/*.json and a section of RESULTS.md."""
