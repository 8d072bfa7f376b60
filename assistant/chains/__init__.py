"""Chains: answer, compare, translate, digest. Each takes its collaborators as keyword arguments."""
