"""Small validation helpers and the exception types used for bad arguments.

Upstream 0.4.0 used plain ``assert`` statements, so callers may catch
``AssertionError``. Our errors are clear ``ValueError``/``TypeError`` subclasses that
also derive from ``AssertionError``, so both kinds of ``except`` keep working.
"""


class InvalidValueError(ValueError, AssertionError):
    """An argument has the right type but an unacceptable value."""


class InvalidTypeError(TypeError, AssertionError):
    """An argument has an unacceptable type."""
