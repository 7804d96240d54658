"""Placeholder: being written."""


class DeprecationWarning(Warning):  # noqa: A001
    """imgaug's own deprecation warning (shown by default)."""
