"""Generic helpers of imgaug 0.4.0 (reachable as ``imgaug.<name>``).

Contents: constants, imgaug's own ``DeprecationWarning`` and warning helpers, the
``deprecated`` decorator, type checks, seeding and the deprecated RNG functions,
geometry helpers, resizing, pooling, lookup tables, text drawing, image grids and
display, hook classes, the sample-data (``quokka*``) functions and the deprecated
forwarders of names that moved to other modules (``MOVED``).

The array work is done by the private kernels in ``imgaug._kernels``.
"""

from __future__ import annotations

import collections.abc
import functools
import importlib
import inspect
import math
import numbers
import os
import sys
import types
import warnings

import cv2
import numpy as np

import imgaug.random as iarandom
from imgaug._kernels import cv2util as _cv2util
from imgaug._kernels import draw as _draw
from imgaug._kernels import lut as _lut
from imgaug._kernels import pool as _pool
from imgaug._kernels import resize as _resize
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    # constants
    "ALL",
    "FILE_DIR",
    "QUOKKA_FP",
    "QUOKKA_ANNOTATIONS_FP",
    "QUOKKA_DEPTH_MAP_HALFRES_FP",
    "DEFAULT_FONT_FP",
    "NP_FLOAT_TYPES",
    "NP_INT_TYPES",
    "NP_UINT_TYPES",
    "IMSHOW_BACKEND_DEFAULT",
    "IMRESIZE_VALID_INTERPOLATIONS",
    "MOVED",
    # warnings
    "DeprecationWarning",
    "warn",
    "warn_deprecated",
    "deprecated",
    # type checks
    "is_np_array",
    "is_np_scalar",
    "is_single_integer",
    "is_single_float",
    "is_single_number",
    "is_iterable",
    "is_string",
    "is_single_bool",
    "is_integer_array",
    "is_float_array",
    "is_callable",
    "is_generator",
    "flatten",
    "caller_name",
    "do_assert",
    # randomness
    "seed",
    "normalize_random_state",
    "current_random_state",
    "new_random_state",
    "dummy_random_state",
    "copy_random_state",
    "derive_random_state",
    "derive_random_states",
    "forward_random_state",
    # example data
    "quokka",
    "quokka_square",
    "quokka_heatmap",
    "quokka_segmentation_map",
    "quokka_keypoints",
    "quokka_bounding_boxes",
    "quokka_polygons",
    # geometry, drawing, resizing, pooling, lookup tables
    "angle_between_vectors",
    "compute_line_intersection_point",
    "draw_text",
    "imresize_many_images",
    "imresize_single_image",
    "pool",
    "avg_pool",
    "max_pool",
    "min_pool",
    "median_pool",
    "draw_grid",
    "show_grid",
    "imshow",
    "apply_lut",
    "apply_lut_",
    # hooks
    "HooksImages",
    "HooksHeatmaps",
    "HooksKeypoints",
    # deprecated forwarders (MOVED)
    "Keypoint",
    "KeypointsOnImage",
    "compute_geometric_median",
    "BoundingBox",
    "BoundingBoxesOnImage",
    "Polygon",
    "PolygonsOnImage",
    "MultiPolygon",
    "HeatmapsOnImage",
    "SegmentationMapsOnImage",
    "Batch",
    "BatchLoader",
    "BackgroundAugmenter",
    "pad",
    "pad_to_aspect_ratio",
    "pad_to_multiples_of",
    "compute_paddings_for_aspect_ratio",
    "compute_paddings_to_reach_multiples_of",
    "compute_paddings_to_reach_exponents_of",
]

# ---------------------------------------------------------------------------
# Constants
# ---------------------------------------------------------------------------

ALL = "ALL"

FILE_DIR = os.path.dirname(os.path.abspath(__file__))
QUOKKA_FP = os.path.join(FILE_DIR, "quokka.jpg")
QUOKKA_ANNOTATIONS_FP = os.path.join(FILE_DIR, "quokka_annotations.json")
QUOKKA_DEPTH_MAP_HALFRES_FP = os.path.join(FILE_DIR, "quokka_depth_map_halfres.png")
# DejaVu Sans from the package dir, matplotlib or the system; None -> Pillow's font
DEFAULT_FONT_FP = _draw.DEFAULT_FONT_FP

NP_FLOAT_TYPES = {np.float16, np.float32, np.float64}
if hasattr(np, "float128"):
    NP_FLOAT_TYPES.add(np.float128)
NP_INT_TYPES = {np.int8, np.int16, np.int32, np.int64}
NP_UINT_TYPES = {np.uint8, np.uint16, np.uint32, np.uint64}

IMSHOW_BACKEND_DEFAULT = "matplotlib"

IMRESIZE_VALID_INTERPOLATIONS = list(_resize.IMRESIZE_VALID_INTERPOLATIONS)

# (old name in imgaug.imgaug, module it moved to, new name or None = same name).
# Unlike 0.4.0, every entry points at a target that exists.
MOVED = [
    ("Keypoint", "imgaug.augmentables.kps", None),
    ("KeypointsOnImage", "imgaug.augmentables.kps", None),
    ("compute_geometric_median", "imgaug.augmentables.kps", None),
    ("BoundingBox", "imgaug.augmentables.bbs", None),
    ("BoundingBoxesOnImage", "imgaug.augmentables.bbs", None),
    ("Polygon", "imgaug.augmentables.polys", None),
    ("PolygonsOnImage", "imgaug.augmentables.polys", None),
    ("MultiPolygon", "imgaug.augmentables.polys", None),
    ("_ConcavePolygonRecoverer", "imgaug.augmentables.polys", None),
    ("_convert_points_to_shapely_line_string", "imgaug.augmentables.polys", None),
    ("_interpolate_point_pair", "imgaug.augmentables.utils", "interpolate_point_pair"),
    ("_interpolate_points", "imgaug.augmentables.utils", "interpolate_points"),
    (
        "_interpolate_points_by_max_distance",
        "imgaug.augmentables.utils",
        "interpolate_points_by_max_distance",
    ),
    ("HeatmapsOnImage", "imgaug.augmentables.heatmaps", None),
    ("SegmentationMapsOnImage", "imgaug.augmentables.segmaps", None),
    ("Batch", "imgaug.augmentables.batches", None),
    ("BatchLoader", "imgaug.multicore", None),
    ("BackgroundAugmenter", "imgaug.multicore", None),
    ("pad", "imgaug.augmenters.size", None),
    ("pad_to_aspect_ratio", "imgaug.augmenters.size", None),
    ("pad_to_multiples_of", "imgaug.augmenters.size", None),
    (
        "compute_paddings_for_aspect_ratio",
        "imgaug.augmenters.size",
        "compute_paddings_to_reach_aspect_ratio",
    ),
    ("compute_paddings_to_reach_multiples_of", "imgaug.augmenters.size", None),
    (
        "compute_paddings_to_reach_exponents_of",
        "imgaug.augmenters.size",
        "compute_paddings_to_reach_powers_of",
    ),
]


# ---------------------------------------------------------------------------
# Warnings and deprecation
# ---------------------------------------------------------------------------


class DeprecationWarning(Warning):  # noqa: A001
    """imgaug's own deprecation warning.

    Deliberately not a subclass of the builtin ``DeprecationWarning``, so that
    Python shows it by default.
    """


def warn(msg, category=UserWarning, stacklevel=2):
    """Emit a warning (thin wrapper around ``warnings.warn``).

    Parameters
    ----------
    msg : str
        The warning text.
    category : type, optional
        Warning class.
    stacklevel : int, optional
        As in ``warnings.warn``, counted from the function that calls `warn`:
        ``2`` attributes the warning to that function's caller.

    """
    warnings.warn(msg, category=category, stacklevel=stacklevel + 1)


def warn_deprecated(msg, stacklevel=2):
    """Emit an ``imgaug.imgaug.DeprecationWarning``.

    Parameters
    ----------
    msg : str
        The warning text.
    stacklevel : int, optional
        See `warn`.

    """
    warn(msg, category=DeprecationWarning, stacklevel=stacklevel + 1)


class deprecated:  # noqa: N801
    """Decorator marking a function or method as deprecated.

    Each call of the decorated callable warns (or raises) with a message such as
    "Function `foo()` is deprecated. Use `bar` instead.".

    Parameters
    ----------
    alt_func : None or str, optional
        Name of the replacement.
    behavior : {"warn", "raise"}, optional
        ``"warn"`` emits an ``imgaug.imgaug.DeprecationWarning`` and calls the
        function; ``"raise"`` raises that class as an exception instead.
    removed_version : None or str, optional
        Version in which the callable will be removed.
    comment : None or str, optional
        Extra sentence appended to the message.

    """

    def __init__(
        self, alt_func=None, behavior="warn", removed_version=None, comment=None
    ):
        if behavior not in ("warn", "raise"):
            raise InvalidValueError(
                f"Expected 'behavior' to be 'warn' or 'raise', got {behavior!r}."
            )
        self.alt_func = alt_func
        self.behavior = behavior
        self.removed_version = removed_version
        self.comment = comment

    def _addendum(self):
        parts = []
        if self.alt_func is not None:
            parts.append(f"Use `{self.alt_func}` instead.")
        if self.removed_version is not None:
            parts.append(f"It will be removed in version {self.removed_version}.")
        if self.comment is not None:
            parts.append(self.comment.rstrip(". ") + ".")
        return " ".join(parts)

    def __call__(self, func):
        try:
            arg_names = list(inspect.signature(func).parameters)
        except (TypeError, ValueError):
            arg_names = []
        is_method = "self" in arg_names or "cls" in arg_names
        addendum = self._addendum()
        behavior = self.behavior

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if is_method and args:
                owner = args[0] if isinstance(args[0], type) else type(args[0])
                msg = f"Method `{owner.__name__}.{func.__name__}()` is deprecated."
            else:
                msg = f"Function `{func.__name__}()` is deprecated."
            if addendum:
                msg = f"{msg} {addendum}"
            if behavior == "raise":
                raise DeprecationWarning(msg)
            warn_deprecated(msg, stacklevel=2)
            return func(*args, **kwargs)

        doc = "**Deprecated**. " + addendum if addendum else "**Deprecated**."
        if func.__doc__:
            doc = doc + "\n\n" + inspect.cleandoc(func.__doc__)
        wrapper.__doc__ = doc
        return wrapper


# ---------------------------------------------------------------------------
# Type checks and small utilities
# ---------------------------------------------------------------------------


def is_np_array(val):
    """Tell whether `val` is a numpy array (numpy scalars are not)."""
    return isinstance(val, np.ndarray)


def is_np_scalar(val):
    """Tell whether `val` is a numpy scalar such as ``np.float32(1)``."""
    return isinstance(val, np.generic)


def is_single_integer(val):
    """Tell whether `val` is one integer (Python or numpy, but not bool)."""
    return isinstance(val, numbers.Integral) and not isinstance(val, (bool, np.bool_))


def is_single_float(val):
    """Tell whether `val` is one float (Python or numpy)."""
    return (
        isinstance(val, numbers.Real)
        and not is_single_integer(val)
        and not isinstance(val, (bool, np.bool_))
    )


def is_single_number(val):
    """Tell whether `val` is one integer or float (not bool)."""
    return is_single_integer(val) or is_single_float(val)


def is_iterable(val):
    """Tell whether `val` is iterable (strings and arrays are)."""
    return isinstance(val, collections.abc.Iterable)


def is_string(val):
    """Tell whether `val` is a ``str``."""
    return isinstance(val, str)


def is_single_bool(val):
    """Tell whether `val` is exactly a Python ``bool`` (numpy bools are not)."""
    return type(val) is bool


def is_integer_array(val):
    """Tell whether `val` is a numpy array with an integer dtype."""
    return is_np_array(val) and np.issubdtype(val.dtype, np.integer)


def is_float_array(val):
    """Tell whether `val` is a numpy array with a floating point dtype."""
    return is_np_array(val) and np.issubdtype(val.dtype, np.floating)


def is_callable(val):
    """Tell whether `val` is callable."""
    return callable(val)


def is_generator(val):
    """Tell whether `val` is a generator."""
    return isinstance(val, types.GeneratorType)


def flatten(nested_iterable):
    """Yield the leaves of nested lists/tuples (a generator).

    Only lists and tuples are descended into; arrays, strings and other objects
    are yielded as they are. A non-list/tuple input yields itself.

    Examples
    --------
    >>> list(flatten([1, (2, [3, "ab"])]))
    [1, 2, 3, 'ab']

    """
    if not isinstance(nested_iterable, (list, tuple)):
        yield nested_iterable
        return
    for item in nested_iterable:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


def caller_name():
    """Return the name of the function that called `caller_name`."""
    return sys._getframe(1).f_code.co_name


def do_assert(condition, message="Assertion failed."):
    """Raise ``AssertionError(str(message))`` if `condition` is falsy.

    Unlike ``assert`` this is never removed by ``python -O``.
    """
    if not condition:
        raise AssertionError(str(message))


def _assert_two_or_three_dims(shape_or_arr):
    """Raise if `shape_or_arr` (an array or a shape) does not have 2 or 3 axes."""
    shape = shape_or_arr.shape if hasattr(shape_or_arr, "shape") else shape_or_arr
    if len(shape) not in (2, 3):
        raise InvalidValueError(
            "Expected an image with two or three dimensions, but got "
            f"{len(shape)} dimensions and shape {tuple(shape)}."
        )


def _normalize_cv2_input_arr_(arr):
    """Return `arr` C-contiguous and owning its memory (copy only if needed)."""
    return _cv2util.normalize_cv2_input_(arr)


# ---------------------------------------------------------------------------
# Seeding and deprecated RNG functions (all forward to imgaug.random)
# ---------------------------------------------------------------------------


def seed(entropy=None, seedval=None):
    """Seed imgaug's global random number generator.

    Parameters
    ----------
    entropy : int, optional
        The seed.
    seedval : int, optional
        Deprecated name of `entropy`.

    """
    if entropy is None and seedval is None:
        raise InvalidValueError(
            "Expected 'entropy' or 'seedval' to be set, got neither."
        )
    if seedval is not None:
        if entropy is not None:
            raise InvalidValueError(
                "Expected only one of 'entropy' and 'seedval' to be set, got both."
            )
        warn_deprecated(
            "Parameter `seedval` of `imgaug.imgaug.seed()` is deprecated. "
            "Use `entropy` instead."
        )
        entropy = seedval
    iarandom.seed(entropy)


@deprecated(alt_func="imgaug.random.normalize_generator")
def normalize_random_state(random_state):
    """Turn a seed, RNG or ``None`` into a numpy generator (``None``: global)."""
    return iarandom.normalize_generator_(random_state)


@deprecated(alt_func="imgaug.random.get_global_rng")
def current_random_state():
    """Return the global ``imgaug.random.RNG``."""
    return iarandom.get_global_rng()


@deprecated(alt_func="imgaug.random.convert_seed_to_generator")
def new_random_state(seed=None, fully_random=False):
    """Create a new ``imgaug.random.RNG`` from a seed or from fresh entropy."""
    if seed is not None:
        return iarandom.RNG(seed)
    if fully_random:
        return iarandom.RNG.create_fully_random()
    return iarandom.RNG.create_pseudo_random_()


@deprecated(alt_func="imgaug.random.convert_seed_to_generator(1)")
def dummy_random_state():
    """Return ``imgaug.random.RNG(1)``."""
    return iarandom.RNG(1)


@deprecated(alt_func="imgaug.random.copy_generator")
def copy_random_state(random_state, force_copy=False):
    """Copy a generator (the global one only if `force_copy` is set)."""
    if force_copy:
        return iarandom.copy_generator(random_state)
    return iarandom.copy_generator_unless_global_generator(random_state)


@deprecated(alt_func="imgaug.random.derive_generator_")
def derive_random_state(random_state):
    """Derive a child generator from `random_state`."""
    return iarandom.derive_generator_(random_state)


@deprecated(alt_func="imgaug.random.derive_generators_")
def derive_random_states(random_state, n=1):
    """Derive `n` child generators from `random_state`."""
    return iarandom.derive_generators_(random_state, n=n)


@deprecated(alt_func="imgaug.random.advance_generator_")
def forward_random_state(random_state):
    """Advance the state of `random_state`."""
    return iarandom.advance_generator_(random_state)


# ---------------------------------------------------------------------------
# Example data (implemented in imgaug.data)
# ---------------------------------------------------------------------------


def _data_module():
    # imgaug.data needs the augmentables (a layer above this module), so it is
    # imported at call time: the spec keeps the quokka* names in imgaug.imgaug
    return importlib.import_module("imgaug.data")


def quokka(size=None, extract=None):
    """Return the sample image, see ``imgaug.data.quokka``."""
    return _data_module().quokka(size=size, extract=extract)


def quokka_square(size=None):
    """Return a square crop of the sample image, see ``imgaug.data.quokka_square``."""
    return _data_module().quokka_square(size=size)


def quokka_heatmap(size=None, extract=None):
    """Return the sample depth map, see ``imgaug.data.quokka_heatmap``."""
    return _data_module().quokka_heatmap(size=size, extract=extract)


def quokka_segmentation_map(size=None, extract=None):
    """Return the sample segmentation map, see ``imgaug.data``."""
    return _data_module().quokka_segmentation_map(size=size, extract=extract)


def quokka_keypoints(size=None, extract=None):
    """Return the sample keypoints, see ``imgaug.data.quokka_keypoints``."""
    return _data_module().quokka_keypoints(size=size, extract=extract)


def quokka_bounding_boxes(size=None, extract=None):
    """Return the sample bounding boxes, see ``imgaug.data``."""
    return _data_module().quokka_bounding_boxes(size=size, extract=extract)


def quokka_polygons(size=None, extract=None):
    """Return the sample polygons, see ``imgaug.data.quokka_polygons``."""
    return _data_module().quokka_polygons(size=size, extract=extract)


def _quokka_normalize_extract(extract):
    """Forward to ``imgaug.data._quokka_normalize_extract``."""
    return _data_module()._quokka_normalize_extract(extract)


def _compute_resized_shape(from_shape, to_shape):
    """Forward to ``imgaug.data._compute_resized_shape``."""
    return _data_module()._compute_resized_shape(from_shape, to_shape)


# ---------------------------------------------------------------------------
# Geometry
# ---------------------------------------------------------------------------


def angle_between_vectors(v1, v2):
    """Return the angle in radians (``[0, pi]``) between two vectors.

    A zero-length vector counts as orthogonal to everything (result ``pi/2``).

    Examples
    --------
    >>> import numpy as np
    >>> angle = angle_between_vectors(np.float32([1, 0]), np.float32([0, 1]))
    >>> round(float(angle), 4)
    1.5708

    """
    v1 = np.asarray(v1, dtype=np.float64)
    v2 = np.asarray(v2, dtype=np.float64)
    length1 = np.linalg.norm(v1)
    length2 = np.linalg.norm(v2)
    unit1 = v1 / length1 if length1 > 0 else np.zeros_like(v1)
    unit2 = v2 / length2 if length2 > 0 else np.zeros_like(v2)
    return np.arccos(np.clip(np.dot(unit1, unit2), -1.0, 1.0))


def compute_line_intersection_point(x1, y1, x2, y2, x3, y3, x4, y4):
    """Intersect two infinite lines, each given by two points.

    The first line runs through ``(x1, y1)`` and ``(x2, y2)``, the second one
    through ``(x3, y3)`` and ``(x4, y4)``.

    Returns
    -------
    tuple of number or bool
        ``(x, y)`` of the intersection, or ``False`` if the lines are parallel
        or identical.

    Examples
    --------
    >>> compute_line_intersection_point(0, 0, 2, 2, 0, 2, 2, 0)
    (1.0, 1.0)

    """
    # each line as a*x + b*y = c, solved with Cramer's rule
    a1, b1 = y2 - y1, x1 - x2
    c1 = a1 * x1 + b1 * y1
    a2, b2 = y4 - y3, x3 - x4
    c2 = a2 * x3 + b2 * y3
    det = a1 * b2 - a2 * b1
    if det == 0:
        return False
    return (c1 * b2 - c2 * b1) / det, (a1 * c2 - a2 * c1) / det


# ---------------------------------------------------------------------------
# Image kernels (implemented in imgaug._kernels)
# ---------------------------------------------------------------------------

draw_text = _draw.draw_text
imresize_many_images = _resize.imresize_many_images
apply_lut_ = _lut.apply_lut_


def imresize_single_image(image, sizes, interpolation=None):
    """Resize one ``(H, W)`` or ``(H, W, C)`` image.

    Calls `imresize_many_images` on a batch of one; see there for the supported
    dtypes and arguments. A 2D image gives a 2D result.

    Examples
    --------
    >>> import numpy as np
    >>> imresize_single_image(np.zeros((4, 4), dtype=np.uint8), 0.5).shape
    (2, 2)

    """
    if not isinstance(image, np.ndarray):
        raise InvalidTypeError(
            f"Expected 'image' to be a numpy array, got {type(image)}."
        )
    if image.ndim not in (2, 3):
        raise InvalidValueError(
            f"Expected 'image' to have shape (H, W) or (H, W, C), got {image.shape}."
        )
    copy = _resize.same_size_copy(image, sizes, interpolation)
    if copy is not None:
        return copy
    return imresize_many_images(image[np.newaxis], sizes, interpolation=interpolation)[
        0
    ]


def apply_lut(image, table):
    """Apply a uint8 lookup table to a copy of `image`, see `apply_lut_`."""
    if not isinstance(image, np.ndarray):
        raise InvalidTypeError(
            f"Expected 'image' to be a numpy array, got {type(image).__name__}."
        )
    return apply_lut_(np.copy(image), table)


def pool(
    arr,
    block_size,
    func,
    pad_mode="constant",
    pad_cval=0,
    preserve_dtype=True,
    cval=None,
):
    """Pad an array to multiples of `block_size` and reduce every block with `func`.

    Supported dtypes
    ----------------
    * ``bool``, ``uint8``, ``uint16``, ``uint32``, ``int8``, ``int16``,
      ``int32``, ``float16``, ``float32``, ``float64``, ``float128``: yes; fully
      tested (results cast back with a plain ``astype``, i.e. truncated)
    * ``uint64``, ``int64``: no (``ValueError``)

    Parameters
    ----------
    arr : ndarray
        ``(H, W)`` or ``(H, W, C)`` array.
    block_size : int or tuple of int
        ``b``, ``(bh, bw)`` or ``(bh, bw, bc)``, all ``>= 1``.
    func : callable
        Reduction taking an ``axis`` tuple, e.g. ``np.average``.
    pad_mode : str, optional
        Padding mode, see ``imgaug.augmenters.size.pad``.
    pad_cval : number, optional
        Padding value for ``constant`` mode.
    preserve_dtype : bool, optional
        Cast the result back to the input dtype.
    cval : None or number, optional
        Deprecated name of `pad_cval`.

    Returns
    -------
    ndarray
        Pooled array.

    """
    if cval is not None:
        warn_deprecated(
            "`pool()` argument `cval` is deprecated. Use `pad_cval` instead."
        )
        pad_cval = cval
    return _pool.pool(
        arr,
        block_size,
        func,
        pad_mode=pad_mode,
        pad_cval=pad_cval,
        preserve_dtype=preserve_dtype,
    )


def avg_pool(
    arr, block_size, pad_mode="reflect", pad_cval=128, preserve_dtype=True, cval=None
):
    """Average pooling: `pool` with ``np.average``.

    Examples
    --------
    >>> import numpy as np
    >>> avg_pool(np.array([[1, 2], [3, 5]], dtype=np.uint8), 2).tolist()
    [[2]]

    """
    if cval is not None:
        warn_deprecated(
            "`avg_pool()` argument `cval` is deprecated. Use `pad_cval` instead."
        )
        pad_cval = cval
    return pool(
        arr,
        block_size,
        np.average,
        pad_mode=pad_mode,
        pad_cval=pad_cval,
        preserve_dtype=preserve_dtype,
    )


def max_pool(
    arr, block_size, pad_mode="edge", pad_cval=0, preserve_dtype=True, cval=None
):
    """Max pooling: `pool` with ``np.max``."""
    if cval is not None:
        warn_deprecated(
            "`max_pool()` argument `cval` is deprecated. Use `pad_cval` instead."
        )
        pad_cval = cval
    return pool(
        arr,
        block_size,
        np.max,
        pad_mode=pad_mode,
        pad_cval=pad_cval,
        preserve_dtype=preserve_dtype,
    )


def min_pool(arr, block_size, pad_mode="edge", pad_cval=255, preserve_dtype=True):
    """Min pooling: `pool` with ``np.min``."""
    return pool(
        arr,
        block_size,
        np.min,
        pad_mode=pad_mode,
        pad_cval=pad_cval,
        preserve_dtype=preserve_dtype,
    )


def median_pool(arr, block_size, pad_mode="reflect", pad_cval=128, preserve_dtype=True):
    """Median pooling: `pool` with ``np.median``."""
    return pool(
        arr,
        block_size,
        np.median,
        pad_mode=pad_mode,
        pad_cval=pad_cval,
        preserve_dtype=preserve_dtype,
    )


# ---------------------------------------------------------------------------
# Grids and display
# ---------------------------------------------------------------------------


def draw_grid(images, rows=None, cols=None):
    """Paste images into a grid, row by row, each into the top-left of its cell.

    Every cell is as high as the highest and as wide as the widest image; unused
    space is black (zero).

    Parameters
    ----------
    images : ndarray or list of ndarray
        ``(N, H, W, C)`` array or list of ``(H, W, C)`` arrays with one dtype and
        one channel count.
    rows, cols : None or int, optional
        Grid size. Both ``None``: ``ceil(sqrt(N))`` each. As in 0.4.0, a given
        `rows` decides: the columns are then ``ceil(N / rows)`` and `cols` is
        ignored; otherwise a given `cols` gives ``ceil(N / cols)`` rows.

    Returns
    -------
    ndarray
        ``(rows * H_max, cols * W_max, C)`` image with the input dtype.

    Examples
    --------
    >>> import numpy as np
    >>> draw_grid(np.ones((3, 2, 2, 1), dtype=np.uint8)).shape
    (4, 4, 1)

    """
    if isinstance(images, np.ndarray):
        if images.ndim != 4:
            raise InvalidValueError(
                f"Expected 'images' given as an array to be 4D (N, H, W, C), got "
                f"shape {images.shape}."
            )
    elif not is_iterable(images):
        raise InvalidTypeError(
            "Expected 'images' to be a 4D array or a list of 3D arrays, "
            f"got {type(images)}."
        )
    images = list(images)
    nb_images = len(images)
    if nb_images == 0:
        raise InvalidValueError("Expected 'images' to contain at least one image.")
    for i, image in enumerate(images):
        if not isinstance(image, np.ndarray) or image.ndim != 3:
            raise InvalidValueError(
                f"Expected every image in 'images' to be a 3D array (H, W, C), got "
                f"{getattr(image, 'shape', type(image))} at index {i}."
            )
    dtypes = {image.dtype for image in images}
    if len(dtypes) != 1:
        raise InvalidValueError(
            "Expected all images to have the same dtype, "
            f"got {sorted(d.name for d in dtypes)}."
        )
    channels = {image.shape[2] for image in images}
    if len(channels) != 1:
        raise InvalidValueError(
            "Expected all images to have the same number of channels, "
            f"got {sorted(channels)}."
        )

    for name, value in (("rows", rows), ("cols", cols)):
        if value is not None and (
            not isinstance(value, numbers.Integral)
            or isinstance(value, bool)
            or value < 1
        ):
            raise InvalidValueError(
                f"Expected '{name}' to be None or an int >= 1, got {value!r}."
            )
    cell_height = max(image.shape[0] for image in images)
    cell_width = max(image.shape[1] for image in images)
    if rows is None and cols is None:
        rows = cols = int(math.ceil(math.sqrt(nb_images)))
    elif rows is not None:
        cols = int(math.ceil(nb_images / rows))
    else:
        rows = int(math.ceil(nb_images / cols))

    grid = np.zeros(
        (cell_height * rows, cell_width * cols, channels.pop()), dtype=dtypes.pop()
    )
    for i, image in enumerate(images):
        row, col = divmod(i, cols)
        top, left = row * cell_height, col * cell_width
        grid[top : top + image.shape[0], left : left + image.shape[1]] = image
    return grid


def show_grid(images, rows=None, cols=None):
    """Show images in a grid, see `draw_grid` and `imshow`."""
    grid = draw_grid(images, rows=rows, cols=cols)
    imshow(grid)


def imshow(image, backend=IMSHOW_BACKEND_DEFAULT):
    """Show an image in a window.

    Without a display (no ``DISPLAY`` on Linux, matplotlib on a non-interactive
    backend such as Agg, matplotlib not installed, or a headless OpenCV) nothing
    is shown and a ``UserWarning`` explains why.

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` image.
    backend : {"matplotlib", "cv2"}, optional
        Library used to show the image.

    """
    if backend not in ("matplotlib", "cv2"):
        raise InvalidValueError(
            f"Expected 'backend' to be 'matplotlib' or 'cv2', got {backend!r}."
        )
    if backend == "cv2":
        _imshow_cv2(image)
    else:
        _imshow_matplotlib(image)


def _has_display():
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _imshow_cv2(image):
    if not _has_display():
        warn("imshow(): no display available, the image is not shown.")
        return
    image_bgr = image
    if image.ndim == 3 and image.shape[2] in (3, 4):
        order = [2, 1, 0] + ([3] if image.shape[2] == 4 else [])
        image_bgr = np.ascontiguousarray(image[:, :, order])
    window = "imgaug-default-window"
    try:
        cv2.namedWindow(window, cv2.WINDOW_NORMAL)
        cv2.imshow(window, image_bgr)
        cv2.waitKey(0)
        cv2.destroyWindow(window)
    except cv2.error as err:
        warn(f"imshow(): OpenCV cannot open a window ({err}); the image is not shown.")


def _matplotlib_is_interactive(matplotlib):
    backend = str(matplotlib.get_backend()).lower()
    non_interactive = {"agg", "cairo", "pdf", "pgf", "ps", "svg", "template"}
    try:
        from matplotlib.backends import BackendFilter, backend_registry

        non_interactive |= {
            name.lower()
            for name in backend_registry.list_builtin(BackendFilter.NON_INTERACTIVE)
        }
    except ImportError:
        pass
    return backend not in non_interactive


def _imshow_matplotlib(image):
    try:
        import matplotlib
        import matplotlib.pyplot as plt
    except ImportError:
        warn("imshow(): matplotlib is not installed, the image is not shown.")
        return
    if not _matplotlib_is_interactive(matplotlib):
        warn(
            f"imshow(): matplotlib uses the non-interactive backend "
            f"'{matplotlib.get_backend()}', the image is not shown."
        )
        return
    dpi = 96
    height, width = image.shape[0:2]
    fig, ax = plt.subplots(figsize=(max(width / dpi, 6), height / dpi), dpi=dpi)
    manager = getattr(fig.canvas, "manager", None)
    if manager is not None:
        manager.set_window_title(f"imgaug.imshow({image.shape})")
    ax.imshow(image, cmap="gray")
    plt.show()


# ---------------------------------------------------------------------------
# Hooks
# ---------------------------------------------------------------------------


class HooksImages:
    """Callbacks that steer augmentation of images (and other columns).

    Parameters
    ----------
    activator : None or callable, optional
        ``activator(images, augmenter, parents, default) -> bool``: whether the
        augmenter may change the data.
    propagator : None or callable, optional
        ``propagator(images, augmenter, parents, default) -> bool``: whether the
        augmenter's children see the data.
    preprocessor : None or callable, optional
        ``preprocessor(images, augmenter, parents) -> images``, called before
        the augmenter runs.
    postprocessor : None or callable, optional
        ``postprocessor(images, augmenter, parents) -> images``, called after it.

    Examples
    --------
    >>> hooks = HooksImages(activator=lambda images, augmenter, parents, default: False)
    >>> hooks.is_activated([], augmenter=None, parents=[], default=True)
    False

    """

    def __init__(
        self, activator=None, propagator=None, preprocessor=None, postprocessor=None
    ):
        self.activator = activator
        self.propagator = propagator
        self.preprocessor = preprocessor
        self.postprocessor = postprocessor

    def is_activated(self, images, augmenter, parents, default):
        """Return whether `augmenter` may change `images`."""
        if self.activator is None:
            return default
        return self.activator(images, augmenter, parents, default)

    def is_propagating(self, images, augmenter, parents, default):
        """Return whether the children of `augmenter` may see `images`."""
        if self.propagator is None:
            return default
        return self.propagator(images, augmenter, parents, default)

    def preprocess(self, images, augmenter, parents):
        """Return `images` after the preprocessor (unchanged if there is none)."""
        if self.preprocessor is None:
            return images
        return self.preprocessor(images, augmenter, parents)

    def postprocess(self, images, augmenter, parents):
        """Return `images` after the postprocessor (unchanged if there is none)."""
        if self.postprocessor is None:
            return images
        return self.postprocessor(images, augmenter, parents)


class HooksHeatmaps(HooksImages):
    """Hooks for heatmaps; identical to `HooksImages`."""


class HooksKeypoints(HooksImages):
    """Hooks for keypoints; identical to `HooksImages`."""


# ---------------------------------------------------------------------------
# Deprecated forwarders for names that moved (see MOVED)
# ---------------------------------------------------------------------------

_MOVED_TARGETS = {old: (module, new or old) for old, module, new in MOVED}


def _make_moved_forwarder(old_name):
    module_name, new_name = _MOVED_TARGETS[old_name]

    def forwarder(*args, **kwargs):
        warn_deprecated(
            f"Using imgaug.imgaug.{old_name} is deprecated. "
            f"Use {module_name}.{new_name} instead."
        )
        # upward reference forced by the 0.4.0 API: the targets live in layers above
        # this module, so they are imported at call time
        module = importlib.import_module(module_name)
        return getattr(module, new_name)(*args, **kwargs)

    forwarder.__name__ = old_name
    forwarder.__qualname__ = old_name
    forwarder.__doc__ = (
        f"**Deprecated**. Forwards to ``{module_name}.{new_name}``; "
        f"use that name instead."
    )
    return forwarder


Keypoint = _make_moved_forwarder("Keypoint")
KeypointsOnImage = _make_moved_forwarder("KeypointsOnImage")
compute_geometric_median = _make_moved_forwarder("compute_geometric_median")
BoundingBox = _make_moved_forwarder("BoundingBox")
BoundingBoxesOnImage = _make_moved_forwarder("BoundingBoxesOnImage")
Polygon = _make_moved_forwarder("Polygon")
PolygonsOnImage = _make_moved_forwarder("PolygonsOnImage")
MultiPolygon = _make_moved_forwarder("MultiPolygon")
_ConcavePolygonRecoverer = _make_moved_forwarder("_ConcavePolygonRecoverer")
_convert_points_to_shapely_line_string = _make_moved_forwarder(
    "_convert_points_to_shapely_line_string"
)
_interpolate_point_pair = _make_moved_forwarder("_interpolate_point_pair")
_interpolate_points = _make_moved_forwarder("_interpolate_points")
_interpolate_points_by_max_distance = _make_moved_forwarder(
    "_interpolate_points_by_max_distance"
)
HeatmapsOnImage = _make_moved_forwarder("HeatmapsOnImage")
SegmentationMapsOnImage = _make_moved_forwarder("SegmentationMapsOnImage")
Batch = _make_moved_forwarder("Batch")
BatchLoader = _make_moved_forwarder("BatchLoader")
BackgroundAugmenter = _make_moved_forwarder("BackgroundAugmenter")
pad = _make_moved_forwarder("pad")
pad_to_aspect_ratio = _make_moved_forwarder("pad_to_aspect_ratio")
pad_to_multiples_of = _make_moved_forwarder("pad_to_multiples_of")
compute_paddings_for_aspect_ratio = _make_moved_forwarder(
    "compute_paddings_for_aspect_ratio"
)
compute_paddings_to_reach_multiples_of = _make_moved_forwarder(
    "compute_paddings_to_reach_multiples_of"
)
compute_paddings_to_reach_exponents_of = _make_moved_forwarder(
    "compute_paddings_to_reach_exponents_of"
)
