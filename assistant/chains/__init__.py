"""Chains: answer, compare (and later translate, digest). Each takes its collaborators as keyword arguments."""
