"""The metaclass of :class:`imgaug.augmenters.meta.Augmenter`.

It keeps the arguments of every construction, which
:mod:`imgaug.augmenters.pipelines` turns into a config. This module has no imports
from the rest of the package, so :mod:`imgaug.augmenters.meta` can use it without
an import cycle.
"""

from __future__ import annotations

import inspect
from abc import ABCMeta


class _ChildArgument:
    """Stands in a recorded constructor argument for the augmenters it held.

    Children are read from the augmenter itself when it is serialized (they may
    have changed since, e.g. by ``to_deterministic()`` or ``append()``), so the
    recorded arguments do not keep the original children alive.
    """

    __slots__ = ()

    def __repr__(self):
        return "<child augmenters>"

    def __reduce__(self):
        return "CHILD_ARGUMENT"  # pickles and copies as the module singleton


CHILD_ARGUMENT = _ChildArgument()


def _is_augmenter(value):
    # augmenters are exactly the instances of classes made by the metaclass below
    return isinstance(type(value), _RecordsArguments)


def _holds_augmenters(value):
    if _is_augmenter(value):
        return True
    if isinstance(value, (list, tuple)):
        return any(map(_is_augmenter, value))
    # a consumed iterator (e.g. children given as a generator) is no argument to keep
    return hasattr(value, "__next__")


class _RecordsArguments(ABCMeta):
    """Metaclass of ``Augmenter``: keeps the arguments of every construction.

    ``augmenter._init_args`` holds ``(args, kwargs)`` as passed to the class (with
    augmenter arguments replaced by :data:`CHILD_ARGUMENT`). Only construction pays
    for it; augmentation does not.
    """

    @property
    def __signature__(cls):
        # ``inspect.signature(cls)`` would otherwise describe ``__call__`` below
        signature = inspect.signature(cls.__init__)
        return signature.replace(parameters=list(signature.parameters.values())[1:])

    def __call__(cls, *args, **kwargs):
        augmenter = super().__call__(*args, **kwargs)
        if any(map(_holds_augmenters, args)) or any(
            map(_holds_augmenters, kwargs.values())
        ):
            args = tuple(
                CHILD_ARGUMENT if _holds_augmenters(value) else value for value in args
            )
            kwargs = {
                key: CHILD_ARGUMENT if _holds_augmenters(value) else value
                for key, value in kwargs.items()
            }
        augmenter.__dict__["_init_args"] = (args, kwargs)
        return augmenter
