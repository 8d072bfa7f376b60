"""Digest parsers: every supported file format becomes `Paper`s plus a report of what was skipped."""

from assistant.sources.base import detect_format, merge_papers, parse_file, parse_paths

__all__ = ["detect_format", "merge_papers", "parse_file", "parse_paths"]
