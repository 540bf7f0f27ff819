"""Exceptions. Per-file problems are data (ExtractionError); pack and config problems stop the run."""

from __future__ import annotations


class SecreviewError(Exception):
    """Base class of every error secreview raises on purpose."""


class ExtractionError(SecreviewError):
    """A file could not be read; the message is one line, in Chinese, for the officer."""


class RulePackError(SecreviewError):
    """A rule pack is malformed; the message names the file, the rule and the field."""


class ConfigError(SecreviewError):
    """A configuration file or option is invalid."""


class OutputError(SecreviewError):
    """An output file cannot be written, or would overwrite a file being checked; names the file."""
