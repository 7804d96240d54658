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

import numpy as np

from imgaug import random as iarandom
from imgaug.augmentables.batches import UnnormalizedBatch, _BatchInAugmentation
from imgaug.augmenters import _codec, _recording
from imgaug.augmenters._codec import (
    NotSerializableError,
    PipelineFormatError,
    UnknownAugmenterError,
)
from imgaug.augmenters._construction import CHILD_ARGUMENT as _CHILD_ARGUMENT
from imgaug.augmenters.meta import _AUGMENT_KWARGS, Augmenter
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "PipelineFormatError",
    "UnknownAugmenterError",
    "NotSerializableError",
    "to_dict",
    "from_dict",
    "save",
    "load",
    "ReplayError",
    "Record",
    "record",
    "replay",
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
        try:
            cls = _codec.resolve_ref(name)
        except PipelineFormatError as exc:
            raise UnknownAugmenterError(f"Unknown augmenter class: {exc}") from None
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
    return _recording.units(augmenter)


def _walk(augmenter: Augmenter) -> list[Augmenter]:
    return [aug for _, aug in _recording.tree(augmenter)]


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
        for name in bound.signature.parameters:
            if name in bound.arguments:
                value = bound.arguments[name]
                if value is _CHILD_ARGUMENT:
                    value = _current_children(aug, name, self.where)
            else:
                # children added after construction (e.g. Sequential().append(...))
                value = _added_children(aug, name)
                if value is None:
                    continue
            if name in _STATE_ARGUMENTS and not (value is None or type(value) is int):
                continue
            for child in _arg_items(value):
                if isinstance(child, Augmenter):
                    arg_children.add(id(child))
            self.stack.append(f"argument '{name}'")
            try:
                result[name] = self.encode(value)
            finally:
                self.stack.pop()
        return result, arg_children


def _arg_items(value: Any) -> list:
    """Return an argument as a list of its items (an augmenter is one item)."""
    if isinstance(value, Augmenter) or not isinstance(value, (list, tuple)):
        return [value]
    return list(value)


def _added_children(aug: Augmenter, argname: str) -> Any:
    """Children held under the name of an argument that was not given, or None."""
    if isinstance(aug, list) and argname == "children":
        return list(aug) if len(aug) > 0 else None
    value = aug.__dict__.get(argname)
    return value if isinstance(value, Augmenter) and len(_units(value)) > 0 else None


def _current_children(aug: Augmenter, argname: str, where: Any) -> Any:
    """Return the children that a constructor argument became (read from `aug`)."""
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
    ('Fliplr', {'p': 0.5, 'seed': 1})

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
            for item in _arg_items(value):
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
            f'Expected a config with "format": "{FORMAT_NAME}", got '
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
        raise PipelineFormatError(
            f"'{os.fspath(path)}' is not valid JSON: {exc}"
        ) from None
    except Exception as exc:
        if type(exc).__module__.startswith("yaml"):
            raise PipelineFormatError(
                f"'{os.fspath(path)}' is not valid YAML: {exc}"
            ) from None
        raise
    return from_dict(data)


# ---------------------------------------------------------------- records
RECORD_FORMAT_NAME = "imgaug.record"
RECORD_FORMAT_VERSION = 1

#: arrays and lists with more values than this are left out of a record's values
_MAX_RECORDED_VALUES = 16
_SKIP = object()


class ReplayError(InvalidValueError):
    """A record does not fit the data or the pipeline it is applied to."""


def _jsonable(value: Any) -> Any:
    """Return a small JSON value for a sampled value (``_SKIP`` if too large)."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, (np.bool_, np.integer)):
        return value.item()
    if isinstance(value, (float, np.floating)):
        if not np.isfinite(value):
            return str(float(value))
        # the shortest text that reads back as the sampled (e.g. float32) value
        return float(str(value)) if isinstance(value, np.floating) else value
    if isinstance(value, int):
        return value
    if isinstance(value, np.str_):
        return str(value)
    if isinstance(value, (np.ndarray, list, tuple)):
        if len(value) > _MAX_RECORDED_VALUES or (
            isinstance(value, np.ndarray) and value.size > _MAX_RECORDED_VALUES
        ):
            return _SKIP
        items = [_jsonable(item) for item in value]
        return _SKIP if any(item is _SKIP for item in items) else items
    return _SKIP


def _sample_fields(samples: Any) -> list[tuple[str, Any]]:
    if isinstance(samples, dict):
        return list(samples.items())
    if isinstance(samples, (list, tuple)):
        return [(str(index), value) for index, value in enumerate(samples)]
    names = []
    for klass in type(samples).__mro__:
        slots = klass.__dict__.get("__slots__", ())
        names.extend([slots] if isinstance(slots, str) else slots)
    names.extend(getattr(samples, "__dict__", {}))
    return [(name, getattr(samples, name, None)) for name in names]


def _is_samples_object(value: Any) -> bool:
    return not isinstance(
        value, (np.ndarray, np.generic, str, bytes, int, float, iarandom.RNG)
    ) and (hasattr(value, "__slots__") or hasattr(value, "__dict__"))


def _row_values(samples: Any, row: int, nb_rows: int) -> dict:
    """Return the values that `samples` (of `nb_rows` rows) hold for one row."""
    reader = _ROW_VALUE_READERS.get(type(samples).__name__)
    if reader is not None:
        return reader(samples, row, nb_rows)
    values = {}
    for name, value in _sample_fields(samples):
        if name.startswith("_") or value is None:
            continue
        if isinstance(value, np.ndarray) and value.ndim >= 1 and len(value) == nb_rows:
            item = _jsonable(value[row])
        elif isinstance(value, (list, tuple)) and len(value) == nb_rows:
            item = value[row]
            item = (
                _row_values(item, 0, 1) or _SKIP
                if _is_samples_object(item)
                else _jsonable(item)
            )
        elif _is_samples_object(value):
            item = _row_values(value, row, nb_rows) or _SKIP
        else:
            continue
        if item is not _SKIP:
            values[name] = item
    return values


def _flip_values(samples: Any, row: int, nb_rows: int) -> dict:
    return {"flipped": bool(np.any(np.asarray(samples.rows) == row))}


def _cutout_values(samples: Any, row: int, nb_rows: int) -> dict:
    areas = []
    for k in np.flatnonzero(np.asarray(samples.rows) == row):
        area = {
            "rect": _jsonable(list(samples.rects[k])),
            "fill_mode": str(samples.fill_modes[k]),
            "cval": _jsonable(samples.cvals[k]),
        }
        areas.append({key: value for key, value in area.items() if value is not _SKIP})
    return {"areas": areas}


#: row readers for samples whose arrays are not one entry per row
_ROW_VALUE_READERS = {"_FlipSamples": _flip_values, "_CutoutSamples": _cutout_values}


class _Call:
    """What a recorded call shares between its rows (shapes, kinds, RNG states)."""

    __slots__ = ("nb_rows", "shapes", "out_shapes", "kinds", "dtype", "states",
                 "augmenters", "global_for_all")  # fmt: skip

    def __init__(self, nb_rows, shapes, out_shapes, kinds, dtype, states, augmenters):
        self.nb_rows = nb_rows
        self.shapes = shapes  # image shape of every row before the call
        self.out_shapes = out_shapes  # ... and after it
        self.kinds = kinds  # the kinds the call augmented
        self.dtype = dtype  # image dtype (None without images)
        self.states = states  # generator key -> state at the start of the call
        self.augmenters = augmenters  # path -> (class name, generator key)
        # the global RNG drew for something that does not own it: every row needs
        # its state (else only rows with an augmenter on the global RNG)
        self.global_for_all = "g" in states and all(
            key != "g" for _, key in augmenters.values()
        )


class _Row:
    __slots__ = ("call", "index", "steps", "paths")

    def __init__(self, call, index, steps, paths):
        self.call = call
        self.index = index  # row of the recorded call
        self.steps = steps
        self.paths = paths  # augmenters whose RNG states a replay of this row needs


def _shape_runs(shapes: list) -> list:
    runs: list = []
    for shape in shapes:
        shape = [int(size) for size in shape]
        if runs and runs[-1][0] == shape:
            runs[-1][1] += 1
        else:
            runs.append([shape, 1])
    return runs


def _shapes_from_runs(runs: Any) -> list:
    try:
        return [
            tuple(int(v) for v in shape) for shape, count in runs for _ in range(count)
        ]
    except (TypeError, ValueError):
        raise PipelineFormatError(f"Invalid shapes {runs!r} in a record.") from None


class Record:
    """What a call of :func:`record` applied to each row, and how to repeat it.

    A record is a sequence of rows: ``len(record)`` rows, ``record[i]`` is the
    record of row ``i`` alone (also a :class:`Record`), and :meth:`concatenate`
    joins records. Row records can be kept per training sample: they hold only
    the steps of their row and the RNG states needed to replay it, no image data
    (noise is reproduced from the RNG states).

    Attributes
    ----------
    rows : list of list of dict
        Per row, the augmenters that ran on it, in the order they started:
        ``{"path": "4.1", "class": "Affine", "name": "UnnamedAffine",
        "values": {...}}``. ``path`` gives the position in the tree (child
        indices; the root is ``""``, ``Sometimes`` counts its ``then``/``else``
        lists as one child each). ``values`` (leaves only) holds the samples the
        augmenter drew for that row, small arrays as lists; large arrays (e.g.
        noise) are left out.

    """

    def __init__(self, rows: list[_Row]) -> None:
        self._rows = list(rows)

    @property
    def rows(self) -> list[list[dict]]:
        return [[dict(step) for step in row.steps] for row in self._rows]

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, index: Any) -> Record:
        if isinstance(index, slice):
            return Record(self._rows[index])
        return Record([self._rows[index]])

    def __iter__(self):
        return (Record([row]) for row in self._rows)

    def __repr__(self) -> str:
        return f"Record({len(self)} rows: {self.rows!r})"

    @classmethod
    def concatenate(cls, records: Any) -> Record:
        """Join records (e.g. of single rows) into one, in the given order."""
        rows = []
        for record in records:
            if not isinstance(record, Record):
                raise InvalidTypeError(
                    f"Expected Record objects, got {type(record).__name__}."
                )
            rows.extend(record._rows)
        return cls(rows)

    def to_dict(self) -> dict:
        """Return the record as a JSON-compatible dict (see :meth:`from_dict`)."""
        calls: list = []
        call_ids: dict = {}
        rows = []
        for row in self._rows:
            index = call_ids.get(id(row.call))
            if index is None:
                index = call_ids[id(row.call)] = len(calls)
                calls.append((row.call, set()))
            calls[index][1].update(row.paths)
            steps = [_compact_step(step) for step in row.steps]
            rows.append({"call": index, "row": row.index, "steps": steps})
        return {
            "format": RECORD_FORMAT_NAME,
            "version": RECORD_FORMAT_VERSION,
            "calls": [_call_to_dict(call, paths) for call, paths in calls],
            "rows": rows,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Record:
        """Read a record written by :meth:`to_dict`."""
        if not isinstance(data, dict) or data.get("format") != RECORD_FORMAT_NAME:
            raise PipelineFormatError(
                f'Expected a record with "format": "{RECORD_FORMAT_NAME}".'
            )
        if data.get("version") != RECORD_FORMAT_VERSION:
            raise PipelineFormatError(
                f"Record version {data.get('version')!r} is not supported; this "
                f"version of imgaug reads version {RECORD_FORMAT_VERSION}."
            )
        try:
            calls = [_call_from_dict(call) for call in data["calls"]]
            rows = [
                _Row(
                    calls[row["call"]],
                    int(row["row"]),
                    [_full_step(step) for step in row["steps"]],
                    set(calls[row["call"]].augmenters),
                )  # fmt: skip
                for row in data["rows"]
            ]
        except (KeyError, TypeError, IndexError, ValueError) as exc:
            raise PipelineFormatError(f"Invalid record: {exc!r}.") from None
        return cls(rows)

    def to_json(self) -> str:
        """Return the record as compact JSON text."""
        return json.dumps(self.to_dict(), separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Record:
        """Read a record written by :meth:`to_json`."""
        return cls.from_dict(json.loads(text))


def _default_name(class_name: Any) -> str:
    # "Unnamed" + the class's own name (module and outer classes dropped)
    return "Unnamed" + str(class_name).replace(":", ".").rpartition(".")[2]


def _compact_step(step: dict) -> dict:
    # default names are left out of the JSON form
    if step["name"] == _default_name(step["class"]):
        return {key: value for key, value in step.items() if key != "name"}
    return step


def _full_step(step: dict) -> dict:
    if "name" in step:
        return dict(step)
    name = _default_name(step["class"])
    return {"path": step["path"], "class": step["class"], "name": name, **step}


def _call_to_dict(call: _Call, paths: set) -> dict:
    augmenters = {path: list(call.augmenters[path]) for path in sorted(paths)}
    keys = {key for _, key in augmenters.values()}
    if call.global_for_all:
        keys.add("g")
    return {
        "nb_rows": call.nb_rows,
        "shapes": _shape_runs(call.shapes),
        "out_shapes": _shape_runs(call.out_shapes),
        "kinds": list(call.kinds),
        "dtype": None if call.dtype is None else np.dtype(call.dtype).str,
        "rngs": {key: call.states[key] for key in sorted(keys)},
        "augmenters": augmenters,
    }


def _call_from_dict(data: dict) -> _Call:
    augmenters = {
        str(path): (str(entry[0]), str(entry[1]))
        for path, entry in data["augmenters"].items()
    }
    states = dict(data["rngs"])
    for state in states.values():
        _codec.rng_state_from_json(state)  # fail early on broken states
    shapes = _shapes_from_runs(data["shapes"])
    if len(shapes) != int(data["nb_rows"]):
        raise PipelineFormatError("The shapes of a record do not match its rows.")
    return _Call(
        int(data["nb_rows"]),
        shapes,
        _shapes_from_runs(data["out_shapes"]),
        [str(kind) for kind in data["kinds"]],
        None if data["dtype"] is None else np.dtype(data["dtype"]),
        states,
        augmenters,
    )


def _build_record(recorder: _recording.Recorder) -> Record:
    if recorder.states is None:
        return Record([])
    events = recorder.events
    nb_rows = len(recorder.shapes)
    out_shapes = (
        recorder.root_event.out_shapes
        if recorder.root_event is not None
        else recorder.shapes
    )
    rng_of = recorder.states["rng_of"]
    # Only augmenters that drew from their RNG need its state for a replay (those
    # in deterministic mode restore it after every call, so it never looks drawn).
    # Of those on the global RNG, only the ones that drew from it themselves.
    drawing = {
        event.path
        for event in events
        if event.augmenter.deterministic
        or (
            rng_of[event.path] in recorder.drawn
            and (rng_of[event.path] != "g" or event.path in recorder.global_draws)
        )
    }
    classes = {
        path: _class_name(type(aug)) or type(aug).__qualname__
        for path, aug in recorder.paths.values()
    }
    augmenters = {path: (classes[path], rng_of[path]) for path in drawing}
    key_counts: dict = {}
    for _, key in augmenters.values():
        key_counts[key] = key_counts.get(key, 0) + 1
    # draws from one generator interleave: then every drawing augmenter counts;
    # so do draws from the global RNG by something that does not own it
    stray_global_draws = any(rng_of.get(path) != "g" for path in recorder.global_draws)
    shared = any(count > 1 for count in key_counts.values()) or stray_global_draws
    call = _Call(
        nb_rows,
        list(recorder.shapes),
        list(out_shapes),
        list(recorder.kinds),
        recorder.dtype,
        {
            key: state
            for key, state in recorder.states["states"].items()
            if key in key_counts or (key == "g" and "g" in recorder.drawn)
        },
        augmenters,
    )
    call.global_for_all = stray_global_draws
    steps: list[list] = [[] for _ in range(nb_rows)]
    paths: list[set] = [set(drawing) if shared else set() for _ in range(nb_rows)]
    for event in events:
        relevant = event.path in drawing
        if event.rows is None:
            for row_paths in paths:
                row_paths.update([event.path] if relevant else [])
            continue
        aug = event.augmenter
        base = {"path": event.path, "class": classes[event.path], "name": aug.name}
        for j, row in enumerate(event.rows):
            step = dict(base)
            if event.samples is not None:
                step["values"] = _row_values(event.samples, j, len(event.rows))
            steps[row].append(step)
            if relevant:
                paths[row].add(event.path)
    return Record([_Row(call, i, steps[i], paths[i]) for i in range(nb_rows)])


def record(augmenter, **kwargs):
    """Augment like ``augmenter.augment(**kwargs)`` and record what was applied.

    Parameters
    ----------
    augmenter : imgaug.augmenters.meta.Augmenter
        The pipeline.
    **kwargs
        As for :meth:`imgaug.augmenters.meta.Augmenter.augment` (``image`` or
        ``images``, ``heatmaps``, ``keypoints``, ... and mixing metadata).

    Returns
    -------
    result : object
        Exactly what ``augmenter.augment(**kwargs)`` returns (recording does not
        change the results).
    record : Record
        One row per image (or per item of the first given kind).

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.Sequential([iaa.Fliplr(1.0), iaa.Affine(rotate=(-10, 10))])
    >>> images = np.zeros((2, 8, 8, 3), dtype=np.uint8)
    >>> images_aug, rec = iaa.record(aug, images=images)
    >>> [step["class"] for step in rec.rows[0]]
    ['Sequential', 'Fliplr', 'Affine']
    >>> rec.rows[0][1]["values"]
    {'flipped': True}

    """
    _check_augmenter(augmenter)
    with _recording.Recorder(augmenter) as recorder:
        # through the batch (augment()'s images-only shortcut skips the hooks)
        batch = augmenter.augment(return_batch=True, **kwargs)
    data_keys = [key for key in kwargs if key in _AUGMENT_KWARGS]
    result = [
        batch.images_aug[0] if key == "image" else getattr(batch, key + "_aug")
        for key in data_keys
    ]
    result = result[0] if len(result) == 1 else tuple(result)
    return result, _build_record(recorder)


def _check_augmenter(augmenter: Any) -> None:
    if not isinstance(augmenter, Augmenter):
        raise InvalidTypeError(
            "Expected argument 'augmenter' to be an Augmenter, got "
            f"{type(augmenter).__name__}."
        )


def _rows_of(record_arg: Any) -> list[_Row]:
    if isinstance(record_arg, Record):
        return list(record_arg._rows)
    if isinstance(record_arg, (list, tuple)) and all(
        isinstance(item, Record) for item in record_arg
    ):
        return list(Record.concatenate(record_arg)._rows)
    raise InvalidTypeError(
        "Expected argument 'record' to be a Record (or a list of them), got "
        f"{type(record_arg).__name__}."
    )


class _Data:
    """The data keywords of a replay or inversion call, normalized."""

    def __init__(self, augmenter: Augmenter, kwargs: dict, entry: str) -> None:
        metadata = None
        unknown = [key for key in kwargs if key not in _AUGMENT_KWARGS]
        if unknown:
            kwargs, metadata = augmenter._split_metadata_kwargs(kwargs, unknown)
        if not kwargs:
            raise InvalidValueError(
                f"Expected {entry}() to receive data, one of the named arguments "
                f"{list(_AUGMENT_KWARGS)}."
            )
        if "image" in kwargs and "images" in kwargs:
            raise InvalidValueError(
                f"Expected {entry}() to receive either 'image' or 'images', got both."
            )
        self.keys = list(kwargs)
        columns = dict(kwargs)
        if "image" in columns:
            columns["images"] = [columns.pop("image")]
        self.unnormalized = UnnormalizedBatch(**columns)
        self.normalized = self.unnormalized.to_normalized_batch()
        self.batch = self.normalized.to_batch_in_augmentation()
        self.metadata = metadata
        self.kinds = [column.name for column in self.batch.columns]
        self.nb_rows = self.batch.nb_rows

    def item_shape(self, kind: str, row: int) -> tuple:
        item = getattr(self.batch, kind)[row]
        return tuple(item.shape)

    def result(self, batch: _BatchInAugmentation) -> Any:
        """Return `batch` (augmented rows) in the forms of the input keywords."""
        self.normalized.fill_from_batch_in_augmentation_(batch)
        unnormalized = self.unnormalized.fill_from_augmented_normalized_batch(
            self.normalized
        )
        result = []
        for key in self.keys:
            if key == "image":
                result.append(unnormalized.images_aug[0])
            else:
                result.append(getattr(unnormalized, key + "_aug"))
        return result[0] if len(result) == 1 else tuple(result)


def _check_rows(data: _Data, rows: list[_Row], shape_attr: str, entry: str) -> None:
    if data.nb_rows != len(rows):
        raise ReplayError(
            f"The record has {len(rows)} row(s), but {entry}() received "
            f"{data.nb_rows} row(s) of data."
        )
    for i, row in enumerate(rows):
        expected = tuple(getattr(row.call, shape_attr)[row.index])
        for kind in data.kinds:
            shape = data.item_shape(kind, i)
            if shape != expected:
                raise ReplayError(
                    f"Row {i} of '{kind}' belongs to an image of shape {shape}, but "
                    f"the recorded row had image shape {expected}."
                )


def _pipeline_generators(augmenter: Augmenter, call: _Call, paths: set) -> dict:
    """Map the record's generator keys to the pipeline's generators (checked)."""
    by_path = dict(_recording.tree(augmenter))
    generators: dict = {}
    owners: dict = {}
    for path in sorted(paths):
        class_name, key = call.augmenters[path]
        aug = by_path.get(path)
        found = (
            None if aug is None else (_class_name(type(aug)) or type(aug).__qualname__)
        )
        if found != class_name:
            raise ReplayError(
                f"The record was made with a {class_name} at path '{path}', but the "
                f"pipeline has {found or 'nothing'} there: it is another pipeline."
            )
        rng = aug.random_state
        if (key == "g") != rng.is_global_rng():
            raise ReplayError(
                f"The RNG of {_describe(aug)} (path '{path}') changed between "
                "recording and replay (e.g. by seed_()); the record cannot be replayed."
            )
        generator = rng.generator
        if generators.setdefault(key, generator) is not generator or (
            owners.setdefault(id(generator), key) != key
        ):
            raise ReplayError(
                "The augmenters of the pipeline share their RNGs differently than "
                "when the record was made (e.g. after seed_()); the record cannot be "
                "replayed."
            )
    return generators


def _run_call(
    augmenter: Augmenter,
    call: _Call,
    placement: dict,
    data: _Data,
    capture: bool = False,
) -> tuple[_BatchInAugmentation, Any]:
    """Replay one recorded call on a batch holding `data` rows at their old places.

    `placement` maps rows of the call to rows of `data`; the other rows and the
    recorded kinds that `data` lacks are placeholders. Returns the augmented full
    batch and the recorder (if `capture`).
    """
    paths = set()
    for row in placement.values():
        paths |= row[1].paths
    generators = _pipeline_generators(augmenter, call, paths)
    kinds = list(dict.fromkeys([*call.kinds, *data.kinds]))
    columns = {}
    for kind in kinds:
        dtype = call.dtype if call.dtype is not None else np.uint8
        values = [
            _recording.placeholder(kind, call.shapes[i], dtype)
            for i in range(call.nb_rows)
        ]
        if kind in data.kinds:
            source = getattr(data.batch, kind)
            for index, (data_row, _) in placement.items():
                values[index] = source[data_row]
            if isinstance(source, np.ndarray) and (
                len({(value.shape, value.dtype) for value in values}) == 1
            ):
                # images given as one array run through the augmenters as one array
                values = np.stack(values)
        columns[kind] = values
    batch = _BatchInAugmentation(**columns)
    if data.metadata is not None:
        if sorted(placement) != list(range(call.nb_rows)) or any(
            index != data_row for index, (data_row, _) in placement.items()
        ):
            raise ReplayError(
                "Mixing metadata can only be replayed for all rows of a recorded "
                "call, in their recorded order."
            )
        batch._take_metadata_(data.metadata)
    skip_pixels = "images" not in data.kinds
    snapshot = _recording.snapshot_generators(augmenter)
    try:
        if "g" in call.states:
            generators.setdefault("g", iarandom.get_global_rng().generator)
        for key, generator in generators.items():
            state = _codec.rng_state_from_json(call.states[key])
            iarandom.set_generator_state_(generator, state)
        with _recording.Recorder(augmenter, skip_pixel_work=skip_pixels) as recorder:
            batch = augmenter.augment_batch_(batch)
    finally:
        _recording.restore_generators(snapshot)
    return batch, (recorder if capture else None)


def _placements(rows: list[_Row]) -> list[tuple[_Call, dict]]:
    """Group data rows into runs: per recorded call, each recorded row once."""
    runs: list[tuple[_Call, dict]] = []
    for data_row, row in enumerate(rows):
        for call, placement in runs:
            if call is row.call and row.index not in placement:
                placement[row.index] = (data_row, row)
                break
        else:
            runs.append((row.call, {row.index: (data_row, row)}))
    return runs


def replay(augmenter, record, **kwargs):
    """Apply a record to other data of the same rows, as the recorded call did.

    Parameters
    ----------
    augmenter : imgaug.augmenters.meta.Augmenter
        The pipeline the record was made with (its RNG states are left as they
        are).
    record : Record or list of Record
        The record; its rows are matched to the rows of the data in order.
    **kwargs
        The data, as for :meth:`imgaug.augmenters.meta.Augmenter.augment`; row
        ``i`` must belong to an image of the shape that row ``i`` of the record
        had (before augmentation).

    Returns
    -------
    object
        As ``augment()`` returns: what the recorded call would have given for
        this data.

    Raises
    ------
    ReplayError
        If the record has another number of rows than the data, a row has
        another image shape, or the pipeline is not the recorded one. Nothing is
        applied then.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> from imgaug.augmentables.kps import KeypointsOnImage
    >>> aug = iaa.Affine(rotate=(-30, 30))
    >>> image = np.zeros((10, 10, 3), dtype=np.uint8)
    >>> image_aug, rec = iaa.record(aug, image=image)
    >>> kps = KeypointsOnImage.from_xy_array([[2.0, 3.0]], shape=image.shape)
    >>> kps_aug = iaa.replay(aug, rec, keypoints=kps)

    """
    _check_augmenter(augmenter)
    rows = _rows_of(record)
    data = _Data(augmenter, kwargs, "replay")
    _check_rows(data, rows, "shapes", "replay")
    outputs = {kind: [None] * data.nb_rows for kind in data.kinds}
    images_as_array = True
    for call, placement in _placements(rows):
        batch, _ = _run_call(augmenter, call, placement, data)
        for kind in data.kinds:
            values = getattr(batch, kind)
            for index, (data_row, _) in placement.items():
                outputs[kind][data_row] = values[index]
        images_as_array &= isinstance(batch.images, np.ndarray)
    images = outputs.get("images")
    if images and images_as_array and len({image.shape for image in images}) == 1:
        # as augment() gives them: one array unless the recorded calls gave lists
        outputs["images"] = np.stack(images)
    result = _BatchInAugmentation(**outputs)
    return data.result(result)
