"""Small validation helpers and the exception types used for bad arguments.

Upstream 0.4.0 used plain ``assert`` statements, so callers may catch
``AssertionError``. Our errors are clear ``ValueError``/``TypeError`` subclasses that
also derive from ``AssertionError``, so both kinds of ``except`` keep working.
"""

from collections.abc import Iterable

# 0.4.0 names; the two exception classes are additions of this rewrite
__all__ = [
    "convert_iterable_to_string_of_types",
    "is_iterable_of",
    "assert_is_iterable_of",
]


class InvalidValueError(ValueError, AssertionError):
    """An argument has the right type but an unacceptable value."""


class InvalidTypeError(TypeError, AssertionError):
    """An argument has an unacceptable type."""


def convert_iterable_to_string_of_types(iterable_var):
    """Return the types of all items of an iterable as one comma-separated string.

    Parameters
    ----------
    iterable_var : iterable
        The items.

    Returns
    -------
    str
        ``str(type(item))`` of every item, joined by ``", "``.

    Examples
    --------
    >>> convert_iterable_to_string_of_types([1, "a"])
    "<class 'int'>, <class 'str'>"

    """
    return ", ".join(str(type(item)) for item in iterable_var)


def is_iterable_of(iterable_var, classes):
    """Return whether a value is iterable and all of its items are instances of classes.

    Parameters
    ----------
    iterable_var : object
        The value to check.
    classes : type or tuple of type
        The accepted class(es) of the items.

    Returns
    -------
    bool
        ``False`` if `iterable_var` is not iterable, else whether every item is an
        instance of `classes` (``True`` for empty iterables).

    Examples
    --------
    >>> is_iterable_of([1, 2], int), is_iterable_of([1, "a"], int)
    (True, False)
    >>> is_iterable_of(1, int)
    False

    """
    if not isinstance(iterable_var, Iterable):
        return False
    return all(isinstance(item, classes) for item in iterable_var)


def assert_is_iterable_of(iterable_var, classes):
    """Raise unless a value is an iterable whose items are all instances of classes.

    Parameters
    ----------
    iterable_var : object
        The value to check.
    classes : type or tuple of type
        The accepted class(es) of the items.

    Raises
    ------
    InvalidTypeError
        (a subclass of ``AssertionError`` and ``TypeError``) if the check fails.

    """
    if is_iterable_of(iterable_var, classes):
        return
    if isinstance(classes, tuple):
        expected = ", ".join(cls.__name__ for cls in classes)
    else:
        expected = classes.__name__
    if not isinstance(iterable_var, Iterable):
        raise InvalidTypeError(
            f"Expected an iterable of {expected}, got a non-iterable of type "
            f"{type(iterable_var)}."
        )
    raise InvalidTypeError(
        f"Expected an iterable of {expected}, got an iterable containing items of "
        f"types {convert_iterable_to_string_of_types(iterable_var)}."
    )
