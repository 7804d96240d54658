"""Pipelines as data: configs, records of what was applied, and replay.

New in this library (0.4.0 had none of it). Functions, all reachable as
``iaa.<name>``:

* :func:`to_dict`, :func:`from_dict`, :func:`save`, :func:`load` -- write any
  augmenter (nested to any depth, with all its stochastic parameters) to a
  JSON-compatible dict or a JSON/YAML file and read it back. The round trip is
  exact: the loaded augmenter has the same ``str()``, the same RNG states and so
  gives bit-identical outputs.
* :func:`record` -- augment like :meth:`Augmenter.augment` and also return a
  :class:`Record`: per row, which augmenters ran (class, name and path in the tree)
  and the values they sampled for that row, small and JSON-convertible.
* :func:`replay` -- apply a record to other data of the same rows (predictions, a
  second modality, a label map made later): the result equals what the original
  call gave for those kinds.

Inverting a record (test-time augmentation) lives in
:mod:`imgaug.augmenters.inversion`.

Configs store an augmenter as the call that made it: the class and the arguments
it was created with (augmenters record them on construction), its current
children, its name and its RNG state. Objects in the arguments (stochastic
parameters, point samplers, ...) are stored by their state; functions and classes
by import name. Loading imports the modules named in a file, so load only files
you trust (as with pickle).
"""

from __future__ import annotations

import inspect
import json
import os
from typing import Any

from imgaug import random as iarandom
from imgaug.augmenters import _codec
from imgaug.augmenters._codec import (
    NotSerializableError,
    PipelineFormatError,
    UnknownAugmenterError,
)
from imgaug.augmenters.meta import _CHILD_ARGUMENT, Augmenter
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "PipelineFormatError",
    "UnknownAugmenterError",
    "NotSerializableError",
    "to_dict",
    "from_dict",
    "save",
    "load",
]

#: value of the ``"format"`` field of configs
FORMAT_NAME = "imgaug.pipeline"
#: version of the config layout; files of other versions are refused
FORMAT_VERSION = 1

#: constructor arguments whose effect is stored as the augmenter's runtime state
#: (RNG, deterministic flag) instead; integer seeds are kept as given
_STATE_ARGUMENTS = ("seed", "random_state", "deterministic")


# ---------------------------------------------------------------- registry
_REGISTRY: dict[str, type] = {}


def _registry() -> dict[str, type]:
    """Public augmenter classes by their ``iaa`` name (``pillike.X`` etc.)."""
    if not _REGISTRY:
        import imgaug.augmenters as iaa  # noqa: PLC0415  (iaa imports this module)

        for module, prefix in (
            (iaa, ""),
            (iaa.pillike, "pillike."),
            (iaa.imgcorruptlike, "imgcorruptlike."),
        ):
            for name, obj in sorted(vars(module).items()):
                if (
                    not name.startswith("_")
                    and isinstance(obj, type)
                    and issubclass(obj, Augmenter)
                ):
                    _REGISTRY.setdefault(prefix + name, obj)
    return _REGISTRY


def _class_name(cls: type) -> str | None:
    for name, registered in _registry().items():
        if registered is cls:
            return name
    return _codec.ref_name(cls)


def _resolve_class(name: Any) -> type:
    if not isinstance(name, str):
        raise PipelineFormatError(f"Expected an augmenter class name, got {name!r}.")
    if ":" in name:
        cls = _codec.resolve_ref(name)
        if not (isinstance(cls, type) and issubclass(cls, Augmenter)):
            raise UnknownAugmenterError(f"'{name}' is not an augmenter class.")
        return cls
    cls = _registry().get(name)
    if cls is None:
        raise UnknownAugmenterError(
            f"Unknown augmenter '{name}' in the config. Public augmenters are named "
            "as in imgaug.augmenters (e.g. 'Fliplr', 'pillike.Affine'); others by "
            "import name ('module:Class')."
        )
    return cls


def _describe(augmenter: Augmenter) -> str:
    return f"{type(augmenter).__name__} '{augmenter.name}'"


def _units(augmenter: Augmenter) -> list[Augmenter]:
    """The direct children of an augmenter, counting list augmenters as one child.

    A container such as :class:`Sometimes` keeps its children in a
    :class:`Sequential`; that ``Sequential`` (with its own name and RNG) is the
    unit here, while :meth:`Augmenter.get_all_children` skips it.
    """
    units = []
    for lst in augmenter.get_children_lists():
        if isinstance(lst, Augmenter) and lst is not augmenter:
            units.append(lst)
        else:
            units.extend(lst)
    return units


def _walk(augmenter: Augmenter) -> list[Augmenter]:
    """The augmenter and every augmenter below it, depth first."""
    result = [augmenter]
    for unit in _units(augmenter):
        result.extend(_walk(unit))
    return result


# ---------------------------------------------------------------- writing
def _rng_sharing(augmenter: Augmenter) -> set[int]:
    """Ids of the (non-global) generators used by more than one augmenter."""
    counts: dict[int, int] = {}
    for aug in _walk(augmenter):
        rng = aug.random_state
        if not rng.is_global_rng():
            key = id(rng.generator)
            counts[key] = counts.get(key, 0) + 1
    return {key for key, count in counts.items() if count > 1}


class _Writer:
    """Builds the node of an augmenter tree (see :func:`to_dict`)."""

    def __init__(self, root: Augmenter) -> None:
        self.shared = _rng_sharing(root)
        self.shared_ids: dict[int, int] = {}
        self.stack: list[str] = []
        self.encode = _codec.Encoder(self.augmenter, self.where)

    def where(self) -> str:
        return " > ".join(self.stack) if self.stack else "the pipeline"

    def runtime_state(self, aug: Augmenter) -> dict:
        state: dict[str, Any] = {"name": aug.name}
        rng = aug.random_state
        key = id(rng.generator)
        if key in self.shared:
            first = key not in self.shared_ids
            if first:
                self.shared_ids[key] = len(self.shared_ids)
            state["rng"] = {"shared": self.shared_ids[key]}
            if first:
                state["rng"]["state"] = _codec.rng_to_json(rng)
        else:
            state["rng"] = _codec.rng_to_json(rng)
        if aug.deterministic:
            state["deterministic"] = True
        if not aug.activated:
            state["activated"] = False
        return state

    def augmenter(self, aug: Augmenter) -> dict:
        cls_name = _class_name(type(aug))
        self.stack.append(_describe(aug))
        try:
            if cls_name is None:
                raise NotSerializableError(
                    f"Cannot write {self.where()}: its class {type(aug).__qualname__} "
                    "is not importable by its qualified name. Define it at the top "
                    "level of a module."
                )
            node: dict[str, Any] = {"class": cls_name}
            args, arg_children = self.arguments(aug)
            node["args"] = args
            node.update(self.runtime_state(aug))
            internal = [
                sub
                for unit in _units(aug)
                if id(unit) not in arg_children
                for sub in _walk(unit)
            ]
            if internal:
                node["internal"] = [
                    {"class": _class_name(type(sub)) or type(sub).__qualname__}
                    | self.runtime_state(sub)
                    for sub in internal
                ]
            return node
        finally:
            self.stack.pop()

    def arguments(self, aug: Augmenter) -> tuple[dict, set[int]]:
        recorded = aug.__dict__.get("_init_args")
        if recorded is None:
            raise NotSerializableError(
                f"Cannot write {self.where()}: it has no recorded constructor "
                "arguments (it was not created by calling its class)."
            )
        args, kwargs = recorded
        try:
            bound = inspect.signature(type(aug)).bind(*args, **kwargs)
        except TypeError as exc:
            raise NotSerializableError(
                f"Cannot write {self.where()}: its recorded arguments do not match "
                f"its signature ({exc})."
            ) from None
        result = {}
        arg_children: set[int] = set()
        for name, value in bound.arguments.items():
            if name in _STATE_ARGUMENTS and not (
                value is None or type(value) is int
            ):
                continue
            if value is _CHILD_ARGUMENT:
                value = _current_children(aug, name, self.where)
                for child in value if isinstance(value, list) else [value]:
                    arg_children.add(id(child))
            self.stack.append(f"argument '{name}'")
            try:
                result[name] = self.encode(value)
            finally:
                self.stack.pop()
        return result, arg_children


def _current_children(aug: Augmenter, argname: str, where: Any) -> Any:
    """The children that a constructor argument became (read from `aug`)."""
    if isinstance(aug, list) and argname == "children":
        return list(aug)
    value = aug.__dict__.get(argname, _CHILD_ARGUMENT)
    if value is None or isinstance(value, Augmenter):
        return value
    lists = aug.get_children_lists()
    if len(lists) == 1:
        return lists[0]
    raise NotSerializableError(
        f"Cannot write {where()}: cannot tell which of its children came from its "
        f"argument '{argname}' (store them in an attribute of that name)."
    )


def to_dict(augmenter):
    """Return a JSON-compatible dict that describes an augmenter exactly.

    Parameters
    ----------
    augmenter : imgaug.augmenters.meta.Augmenter
        The augmenter (any depth of children).

    Returns
    -------
    dict
        ``{"format": "imgaug.pipeline", "version": 1, "augmenter": node}``. A node
        holds ``"class"`` (the ``iaa`` name, or ``"module:Class"`` for other
        classes), ``"args"`` (the constructor arguments it was created with; child
        augmenters as nodes), ``"name"``, ``"rng"`` (``"global"`` or the state of
        its own generator) and, if set, ``"deterministic"`` and ``"activated"``.

    Raises
    ------
    NotSerializableError
        If a value cannot be written, e.g. a lambda given to :class:`Lambda`; the
        message names the augmenter and the argument.

    Examples
    --------
    >>> import imgaug.augmenters as iaa
    >>> config = iaa.to_dict(iaa.Fliplr(0.5, seed=1))
    >>> config["augmenter"]["class"], config["augmenter"]["args"]
    ('Fliplr', {'p': 0.5})

    """
    if not isinstance(augmenter, Augmenter):
        raise InvalidTypeError(
            "Expected argument 'augmenter' to be an Augmenter, got "
            f"{type(augmenter).__name__}."
        )
    node = _Writer(augmenter).augmenter(augmenter)
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "augmenter": node}


# ---------------------------------------------------------------- reading
class _Reader:
    """Builds augmenters from nodes (see :func:`from_dict`)."""

    def __init__(self) -> None:
        self.shared: dict[int, iarandom.RNG] = {}
        self.decode = _codec.Decoder(self.augmenter)

    def augmenter(self, node: dict) -> Augmenter:
        cls = _resolve_class(node.get("class"))
        raw_args = node.get("args", {})
        if not isinstance(raw_args, dict):
            raise PipelineFormatError(
                f"Expected 'args' of augmenter '{node.get('class')}' to be a mapping."
            )
        args = {name: self.decode(value) for name, value in raw_args.items()}
        arg_children = set()
        for value in args.values():
            for item in value if isinstance(value, (list, tuple)) else [value]:
                if isinstance(item, Augmenter):
                    arg_children.add(id(item))
        signature = inspect.signature(cls)
        positional, keywords = _call_arguments(cls, signature, args)
        aug = cls(*positional, **keywords)
        self.apply_state(aug, node)
        internal_states = node.get("internal")
        if internal_states is not None:
            internal = [
                sub
                for unit in _units(aug)
                if id(unit) not in arg_children
                for sub in _walk(unit)
            ]
            if len(internal) != len(internal_states):
                raise PipelineFormatError(
                    f"Augmenter '{node.get('class')}' created {len(internal)} inner "
                    f"augmenters, but the config describes {len(internal_states)}."
                )
            for sub, state in zip(internal, internal_states):
                self.apply_state(sub, state)
        return aug

    def apply_state(self, aug: Augmenter, state: dict) -> None:
        if "name" in state:
            aug.name = state["name"]
        if "rng" in state:
            aug.random_state = self.rng(state["rng"])
        aug.deterministic = bool(state.get("deterministic", False))
        aug.activated = bool(state.get("activated", True))

    def rng(self, value: Any) -> iarandom.RNG:
        if isinstance(value, dict) and "shared" in value:
            key = value["shared"]
            if key not in self.shared:
                if "state" not in value:
                    raise PipelineFormatError(f"Shared RNG {key} has no state.")
                self.shared[key] = _codec.rng_from_json(value["state"])
            return self.shared[key]
        return _codec.rng_from_json(value)


def _call_arguments(cls: type, signature: inspect.Signature, args: dict):
    """Split named arguments into a call ``cls(*positional, **keywords)``."""
    args = dict(args)
    params = list(signature.parameters.values())
    var_positional = next(
        (p for p in params if p.kind is inspect.Parameter.VAR_POSITIONAL), None
    )
    positional: list = []
    keywords: dict = {}
    spread = var_positional is not None and args.get(var_positional.name)
    for param in params:
        if param.kind is inspect.Parameter.VAR_POSITIONAL:
            positional.extend(args.pop(param.name, ()))
            spread = False
        elif param.kind is inspect.Parameter.VAR_KEYWORD:
            keywords.update(args.pop(param.name, {}))
        elif param.name not in args:
            if param.kind is inspect.Parameter.POSITIONAL_ONLY or spread:
                if param.default is inspect.Parameter.empty:
                    raise PipelineFormatError(
                        f"Augmenter {cls.__name__} misses argument '{param.name}'."
                    )
                positional.append(param.default)
        elif param.kind is inspect.Parameter.POSITIONAL_ONLY or spread:
            positional.append(args.pop(param.name))
        else:
            keywords[param.name] = args.pop(param.name)
    if args:
        raise PipelineFormatError(
            f"Augmenter {cls.__name__} has no argument(s) {sorted(args)} (found in the "
            "config)."
        )
    return positional, keywords


def _check_format(data: Any) -> dict:
    if not isinstance(data, dict):
        raise PipelineFormatError(
            f"Expected a pipeline config (a dict), got {type(data).__name__}."
        )
    if data.get("format") != FORMAT_NAME:
        raise PipelineFormatError(
            f"Expected a config with \"format\": \"{FORMAT_NAME}\", got "
            f"{data.get('format')!r}."
        )
    if data.get("version") != FORMAT_VERSION:
        raise PipelineFormatError(
            f"Pipeline config version {data.get('version')!r} is not supported; this "
            f"version of imgaug reads version {FORMAT_VERSION}."
        )
    node = data.get("augmenter")
    if not isinstance(node, dict) or "class" not in node:
        raise PipelineFormatError("Expected the config to hold an 'augmenter' node.")
    return node


def from_dict(data):
    """Build the augmenter described by a dict of :func:`to_dict`.

    Parameters
    ----------
    data : dict
        The config. Hand-written configs may leave out everything but ``"class"``
        and ``"args"`` (and write stochastic parameters as
        ``{"class": "imgaug.parameters:Uniform", "args": {"a": 0, "b": 1}}``).

    Returns
    -------
    imgaug.augmenters.meta.Augmenter
        The augmenter.

    Raises
    ------
    PipelineFormatError
        If the config is not a pipeline config of this format version, or an
        argument is unknown.
    UnknownAugmenterError
        If it names an augmenter class that does not exist.

    Examples
    --------
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.from_dict(iaa.to_dict(iaa.Fliplr(0.5)))
    >>> type(aug).__name__
    'Fliplr'

    """
    node = _check_format(data)
    return _Reader().augmenter(node)


_FORMATS = {".json": "json", ".yaml": "yaml", ".yml": "yaml"}


def _yaml():
    try:
        import yaml  # noqa: PLC0415  (optional dependency)
    except ImportError:
        raise ImportError(
            "Reading and writing YAML needs PyYAML: pip install imgaug[yaml]"
        ) from None
    return yaml


def _file_format(path: Any, format: Any) -> str:  # noqa: A002  (reads naturally)
    if format is None:
        extension = os.path.splitext(os.fspath(path))[1].lower()
        if extension not in _FORMATS:
            raise InvalidValueError(
                f"Cannot tell the format of '{os.fspath(path)}' from its extension; "
                f"expected one of {sorted(_FORMATS)} or argument format='json' or "
                "'yaml'."
            )
        return _FORMATS[extension]
    if format not in ("json", "yaml"):
        raise InvalidValueError(
            f"Expected argument 'format' to be None, 'json' or 'yaml', got {format!r}."
        )
    return format


def save(augmenter, path, format=None):  # noqa: A002
    """Write an augmenter to a JSON or YAML file (see :func:`to_dict`).

    Parameters
    ----------
    augmenter : imgaug.augmenters.meta.Augmenter
        The augmenter.
    path : str or os.PathLike
        Target file; ``.json``, ``.yaml`` or ``.yml`` choose the format.
    format : None or {"json", "yaml"}, optional
        Format, overriding the extension. YAML needs PyYAML
        (``pip install imgaug[yaml]``).

    Raises
    ------
    NotSerializableError
        If the augmenter holds a value that cannot be written (nothing is written
        then).

    """
    kind = _file_format(path, format)
    data = to_dict(augmenter)
    if kind == "json":
        text = json.dumps(data, indent=1)
    else:
        text = _yaml().safe_dump(data, sort_keys=False, allow_unicode=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def load(path, format=None):  # noqa: A002
    """Read an augmenter written by :func:`save`.

    Parameters
    ----------
    path : str or os.PathLike
        The file; ``.json``, ``.yaml`` or ``.yml`` choose the format.
    format : None or {"json", "yaml"}, optional
        Format, overriding the extension.

    Returns
    -------
    imgaug.augmenters.meta.Augmenter
        The augmenter, with the RNG states it had when it was saved.

    Raises
    ------
    PipelineFormatError
        If the file is not a pipeline config of this format version.
    UnknownAugmenterError
        If it names an augmenter class that does not exist.

    """
    kind = _file_format(path, format)
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    try:
        data = json.loads(text) if kind == "json" else _yaml().safe_load(text)
    except ValueError as exc:
        raise PipelineFormatError(f"'{os.fspath(path)}' is not valid JSON: {exc}") from None
    except Exception as exc:
        if type(exc).__module__.startswith("yaml"):
            raise PipelineFormatError(
                f"'{os.fspath(path)}' is not valid YAML: {exc}"
            ) from None
        raise
    return from_dict(data)
