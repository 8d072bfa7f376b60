"""Error hierarchy: the CLI and UI catch only `AssistantError` and show its message."""

from __future__ import annotations


class AssistantError(Exception):
    """Base class for every error a user may see (one clear line, no traceback)."""


class InputError(AssistantError):
    """A path, file or argument the user gave cannot be used."""


class UnknownFormatError(InputError):
    """A file is neither a markdown digest nor a JSONL data file."""


class StoreError(AssistantError):
    """The vector store (embedded or server) cannot be opened or written."""


class EmbeddingError(AssistantError):
    """The embedding model failed or is misconfigured."""


class LLMUnavailable(AssistantError):
    """The LLM endpoint is down, timed out, or returned something unusable."""


class EmptyAnswer(LLMUnavailable):
    """The endpoint answered, with no text at all: a caller that showed nothing yet may ask once more."""


class ModelFileError(AssistantError):
    """The bundled model file is missing or does not match its checksum."""
