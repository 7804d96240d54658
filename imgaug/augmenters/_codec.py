"""JSON-compatible encoding of augmenter arguments and RNG states (private).

Used by :mod:`imgaug.augmenters.pipelines`. Values map to JSON as follows:

* ``None``, ``bool``, ``int``, ``str`` and finite ``float`` stay as they are; a
  ``list`` becomes a JSON array and a ``dict`` with string keys a JSON object.
* Everything else becomes a one-key object naming its type: ``{"tuple": [...]}``,
  ``{"float": "nan"}``, ``{"numpy": ["float32", 0.5]}`` (numpy scalars),
  ``{"ndarray": {...}}``, ``{"dtype": "uint8"}``, ``{"set": [...]}``,
  ``{"dict": [[key, value], ...]}`` (other keys), ``{"ref": "module:qualname"}``
  (functions and classes, by import name), ``{"rng": ...}`` (an
  :class:`imgaug.random.RNG`), ``{"call": ...}`` (other objects rebuilt by a call).
* An object with a ``"class"`` key is a node: an augmenter (see ``pipelines``) or
  another object, ``{"class": "module:QualName", "state": ...}``, rebuilt from its
  pickled state like :mod:`copy` does, or ``{"class": ..., "args": {...}}``, built by
  calling the class (for hand-written configs).
"""

from __future__ import annotations

import base64
import copyreg
import importlib
import math
import types
from typing import Any

import numpy as np

from imgaug import random as iarandom
from imgaug.validation import InvalidTypeError, InvalidValueError

#: one-key objects that stand for a typed value
MARKERS = frozenset(
    ("tuple", "float", "numpy", "ndarray", "dtype", "set", "dict", "ref", "rng", "call")
)
#: arrays up to this many values are written as readable nested lists
_MAX_LISTED_VALUES = 64


class PipelineFormatError(InvalidValueError):
    """A pipeline config or record cannot be read (version, names, structure)."""


class UnknownAugmenterError(PipelineFormatError):
    """A config names an augmenter class that does not exist."""


class NotSerializableError(InvalidTypeError):
    """A value of an augmenter cannot be written to a config."""


# ---------------------------------------------------------------- references
def ref_name(obj: Any) -> str | None:
    """Return ``"module:qualname"`` if importing that gives `obj` back, else None."""
    module = getattr(obj, "__module__", None)
    qualname = getattr(obj, "__qualname__", None)
    if not isinstance(module, str) or not isinstance(qualname, str):
        return None
    if "<locals>" in qualname or "<lambda>" in qualname:
        return None
    try:
        found = resolve_ref(f"{module}:{qualname}")
    except PipelineFormatError:
        return None
    return f"{module}:{qualname}" if found is obj else None


def resolve_ref(name: Any) -> Any:
    """Import and return the object named ``"module:qualname"``."""
    if not isinstance(name, str) or name.count(":") != 1:
        raise PipelineFormatError(
            f"Expected an import name 'module:qualname', got {name!r}."
        )
    module_name, qualname = name.split(":")
    try:
        obj = importlib.import_module(module_name)
    except ImportError as exc:
        raise PipelineFormatError(
            f"Cannot import module '{module_name}' of '{name}': {exc}"
        ) from None
    for part in qualname.split("."):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            raise PipelineFormatError(
                f"Module '{module_name}' has no attribute '{qualname}' (from '{name}')."
            ) from None
    return obj


# ---------------------------------------------------------------- RNG states
def rng_state_to_json(state: dict) -> Any:
    """Return a JSON value for a numpy bit-generator state.

    SFC64 states are compact: ``"sfc64:<its four words, base64url>"``, followed
    by ``":<has_uint32>:<uinteger>"`` only when a half word is cached.
    """
    if state.get("bit_generator") == "SFC64":
        words = np.asarray(state["state"]["state"], dtype="<u8").tobytes()
        text = base64.urlsafe_b64encode(words).decode("ascii").rstrip("=")
        cached = int(state["has_uint32"]), int(state["uinteger"])
        return f"sfc64:{text}" + (":{}:{}".format(*cached) if any(cached) else "")
    return encode_plain(state)


def rng_state_from_json(value: Any) -> dict:
    """Invert :func:`rng_state_to_json`."""
    if isinstance(value, str):
        parts = value.split(":")
        if len(parts) not in (2, 4) or parts[0] != "sfc64" or len(parts[1]) != 43:
            raise PipelineFormatError(f"Invalid RNG state {value!r}.")
        try:
            words = base64.urlsafe_b64decode(parts[1] + "=")
            cached = [int(part) for part in parts[2:]] or [0, 0]
            if len(words) != 32:
                raise ValueError
        except ValueError:
            raise PipelineFormatError(f"Invalid RNG state {value!r}.") from None
        return {
            "bit_generator": "SFC64",
            "state": {"state": np.frombuffer(words, dtype="<u8").astype(np.uint64)},
            "has_uint32": cached[0],
            "uinteger": cached[1],
        }
    state = decode_plain(value)
    if not isinstance(state, dict) or "bit_generator" not in state:
        raise PipelineFormatError(f"Invalid RNG state {value!r}.")
    return state


def rng_to_json(rng: iarandom.RNG) -> Any:
    """Return ``"global"`` for the global RNG, else its state as JSON."""
    if rng.is_global_rng():
        return "global"
    return rng_state_to_json(rng.state)


def rng_from_json(value: Any) -> iarandom.RNG:
    """Return an RNG for a value of :func:`rng_to_json` (the global RNG itself)."""
    if value == "global":
        return iarandom.RNG(None)
    state = rng_state_from_json(value)
    name = state["bit_generator"]
    bit_generator_class = getattr(np.random, name, None)
    if not isinstance(bit_generator_class, type) or not issubclass(
        bit_generator_class, np.random.BitGenerator
    ):
        raise PipelineFormatError(f"Unknown bit generator {name!r} in an RNG state.")
    generator = np.random.Generator(bit_generator_class())
    generator.bit_generator.state = state
    rng = iarandom.RNG(0)
    rng.generator = generator
    return rng


# ---------------------------------------------------------------- arrays
def _encode_array(arr: np.ndarray, encode: Any) -> dict:
    if arr.dtype.kind == "O":
        return {
            "ndarray": {
                "dtype": "object",
                "shape": list(arr.shape),
                "items": [encode(item) for item in arr.ravel().tolist()],
            }
        }
    if arr.dtype.kind not in "biufcUS" or arr.dtype.fields is not None:
        raise NotSerializableError(f"Cannot write arrays of dtype {arr.dtype}.")
    spec = {"dtype": arr.dtype.str, "shape": list(arr.shape)}
    finite = arr.dtype.kind not in "fc" or bool(np.all(np.isfinite(arr)))
    if arr.size <= _MAX_LISTED_VALUES and finite and arr.dtype.kind in "biuU":
        spec["data"] = arr.tolist()
    elif arr.size <= _MAX_LISTED_VALUES and finite and arr.dtype.kind == "f":
        spec["data"] = arr.tolist()  # Python floats hold every float16/32/64 exactly
    else:
        spec["base64"] = base64.b64encode(np.ascontiguousarray(arr).tobytes()).decode()
    return {"ndarray": spec}


def _decode_array(spec: Any, decode: Any) -> np.ndarray:
    if not isinstance(spec, dict) or "dtype" not in spec or "shape" not in spec:
        raise PipelineFormatError(f"Invalid array {spec!r}.")
    shape = tuple(int(size) for size in spec["shape"])
    if spec["dtype"] == "object":
        items = [decode(item) for item in spec["items"]]
        arr = np.empty(len(items), dtype=object)
        arr[:] = items
        return arr.reshape(shape)
    dtype = np.dtype(spec["dtype"])
    if "data" in spec:
        return np.array(spec["data"], dtype=dtype).reshape(shape)
    raw = base64.b64decode(spec["base64"])
    return np.frombuffer(raw, dtype=dtype).reshape(shape).copy()


# ---------------------------------------------------------------- plain values
def _is_plain_key_dict(value: dict) -> bool:
    if not all(isinstance(key, str) for key in value):
        return False
    if "class" in value:
        return False
    return not (len(value) == 1 and next(iter(value)) in MARKERS)


class Encoder:
    """Turn values into JSON values; `augmenter_hook` encodes augmenters.

    Parameters
    ----------
    augmenter_hook : callable
        Called with an augmenter; returns its node.
    where : callable
        Returns a description of the current position (for error messages).

    """

    def __init__(self, augmenter_hook: Any, where: Any) -> None:
        self.augmenter_hook = augmenter_hook
        self.where = where
        self._active: set[int] = set()

    def __call__(self, value: Any) -> Any:
        if value is None or isinstance(value, (bool, str)):
            return value
        kind = type(value)
        if kind is int:
            return value
        if kind is float:
            if math.isfinite(value):
                return value
            return {"float": repr(value)}
        if kind is list:
            return [self(item) for item in value]
        if kind is tuple:
            return {"tuple": [self(item) for item in value]}
        if kind is dict:
            if _is_plain_key_dict(value):
                return {key: self(item) for key, item in value.items()}
            return {"dict": [[self(key), self(item)] for key, item in value.items()]}
        if kind in (set, frozenset):
            return {"set": [self(item) for item in value]}
        if isinstance(value, np.generic):
            return {"numpy": [value.dtype.str, self(value.item())]}
        if isinstance(value, np.ndarray):
            return _encode_array(value, self)
        if isinstance(value, np.dtype):
            return {"dtype": value.str}
        if isinstance(value, iarandom.RNG):
            return {"rng": rng_to_json(value)}
        from imgaug.augmenters.meta import Augmenter  # noqa: PLC0415  (cycle)

        if isinstance(value, Augmenter):
            return self.augmenter_hook(value)
        if isinstance(value, (type, types.FunctionType, types.BuiltinFunctionType)):
            return {"ref": self._ref(value)}
        if isinstance(value, np.ufunc):
            return {"ref": self._ref(value)}
        return self._object(value)

    def _ref(self, value: Any) -> str:
        name = ref_name(value)
        if name is None:
            raise NotSerializableError(
                f"Cannot write {self.where()}: {value!r} is not importable by its "
                "qualified name (lambdas, nested functions and classes defined "
                "inside functions are not). Define it at the top level of a module."
            )
        return name

    def _object(self, value: Any) -> dict:
        if id(value) in self._active:
            raise NotSerializableError(f"Cannot write {self.where()}: it is cyclic.")
        try:
            reduced = value.__reduce_ex__(4)
        except TypeError as exc:
            raise NotSerializableError(
                f"Cannot write {self.where()}: {type(value).__name__} objects cannot "
                f"be pickled or serialized ({exc})."
            ) from None
        if isinstance(reduced, str):
            module = getattr(value, "__module__", None) or type(value).__module__
            return {"ref": self._ref_by_name(module, reduced, value)}
        self._active.add(id(value))
        try:
            return self._reduced(value, reduced)
        finally:
            self._active.discard(id(value))

    def _ref_by_name(self, module: str, name: str, value: Any) -> str:
        full = f"{module}:{name}"
        try:
            found = resolve_ref(full)
        except PipelineFormatError:
            found = None
        if found is not value:
            raise NotSerializableError(
                f"Cannot write {self.where()}: {value!r} is not importable as {full}."
            )
        return full

    def _reduced(self, value: Any, reduced: tuple) -> dict:
        func, args = reduced[0], reduced[1]
        state = reduced[2] if len(reduced) > 2 else None
        listitems = list(reduced[3]) if len(reduced) > 3 and reduced[3] else None
        dictitems = list(reduced[4]) if len(reduced) > 4 and reduced[4] else None
        if func is copyreg.__newobj__:
            node = {"class": self._ref(args[0])}
            if len(args) > 1:
                node["newargs"] = [self(arg) for arg in args[1:]]
        else:
            node = {"call": self._ref(func), "args": [self(arg) for arg in args]}
        if state is not None:
            node["state"] = self(state)
        if listitems:
            node["listitems"] = [self(item) for item in listitems]
        if dictitems:
            node["dictitems"] = [[self(k), self(v)] for k, v in dictitems]
        return node if "class" in node else {"call": node}


class Decoder:
    """Invert :class:`Encoder`; `augmenter_hook` builds augmenter nodes."""

    def __init__(self, augmenter_hook: Any) -> None:
        self.augmenter_hook = augmenter_hook

    def __call__(self, value: Any) -> Any:
        if value is None or isinstance(value, (bool, int, float, str)):
            return value
        if isinstance(value, list):
            return [self(item) for item in value]
        if not isinstance(value, dict):
            raise PipelineFormatError(
                f"Unexpected value of type {type(value).__name__} in a config."
            )
        if "class" in value:
            return self._node(value)
        if len(value) == 1:
            key, item = next(iter(value.items()))
            if key in MARKERS:
                return self._marked(key, item)
        return {key: self(item) for key, item in value.items()}

    def _marked(self, key: str, item: Any) -> Any:
        if key == "tuple":
            return tuple(self(element) for element in item)
        if key == "float":
            return float(item)
        if key == "numpy":
            dtype, scalar = item
            return np.array(self(scalar), dtype=np.dtype(dtype))[()]
        if key == "ndarray":
            return _decode_array(item, self)
        if key == "dtype":
            return np.dtype(item)
        if key == "set":
            return {self(element) for element in item}
        if key == "dict":
            return {self(k): self(v) for k, v in item}
        if key == "ref":
            return resolve_ref(item)
        if key == "rng":
            return rng_from_json(item)
        return self._call(item)

    def _node(self, node: dict) -> Any:
        name = node["class"]
        if isinstance(name, str) and ":" not in name:
            return self.augmenter_hook(node)
        try:
            cls = resolve_ref(name)
        except PipelineFormatError as exc:
            raise UnknownAugmenterError(f"Unknown class: {exc}") from None
        from imgaug.augmenters.meta import Augmenter  # noqa: PLC0415  (cycle)

        if isinstance(cls, type) and issubclass(cls, Augmenter):
            return self.augmenter_hook(node)
        if "args" in node:
            args = self(node["args"])
            if not isinstance(args, dict):
                raise PipelineFormatError(f"Expected 'args' of {name} to be a mapping.")
            try:
                return cls(**args)
            except (TypeError, ValueError) as exc:
                raise PipelineFormatError(
                    f"Cannot build {name} from the arguments in the config: {exc}"
                ) from None
        newargs = [self(arg) for arg in node.get("newargs", [])]
        obj = cls.__new__(cls, *newargs)
        return _restore(obj, node, self)

    def _call(self, item: Any) -> Any:
        if not isinstance(item, dict) or "call" not in item:
            raise PipelineFormatError(f"Invalid call entry {item!r}.")
        func = resolve_ref(item["call"])
        obj = func(*[self(arg) for arg in item.get("args", [])])
        return _restore(obj, item, self)


def _restore(obj: Any, node: dict, decode: Decoder) -> Any:
    """Set state and items of a newly made object, as :mod:`copy` does."""
    if "state" in node:
        state = decode(node["state"])
        setstate = getattr(obj, "__setstate__", None)
        if setstate is not None and not _is_default_setstate(obj):
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                obj.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(obj, key, value)
    for item in node.get("listitems", []):
        obj.append(decode(item))
    for key, value in node.get("dictitems", []):
        obj[decode(key)] = decode(value)
    return obj


def _is_default_setstate(obj: Any) -> bool:
    # Python 3.11+ objects inherit object.__setstate__? (no: only __getstate__)
    return getattr(type(obj), "__setstate__", None) is getattr(
        object, "__setstate__", object()
    )


def encode_plain(value: Any) -> Any:
    """Encode a value that holds no augmenters."""

    def refuse(augmenter: Any) -> Any:
        raise NotSerializableError("Unexpected augmenter in a plain value.")

    return Encoder(refuse, lambda: "a value")(value)


def decode_plain(value: Any) -> Any:
    """Decode a value written by :func:`encode_plain`."""

    def refuse(node: Any) -> Any:
        raise PipelineFormatError("Unexpected augmenter in a plain value.")

    return Decoder(refuse)(value)
