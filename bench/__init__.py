"""Benchmarks.  ``python -m bench [NAME ...]`` runs them and updates docs/benchmarks.md."""
