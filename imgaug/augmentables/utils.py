"""Helpers shared by the augmentable classes.

Shape normalization, coordinate projection between image sizes, point
interpolation along polylines, copying, and conversion of coordinate-based
augmentables (keypoints, bounding boxes, polygons, line strings) to and from
keypoints.
"""

import copy as copylib
import numbers

import numpy as np

from imgaug import imgaug as ia
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "copy_augmentables",
    "deepcopy_fast",
    "normalize_shape",
    "project_coords_",
    "project_coords",
    "interpolate_point_pair",
    "interpolate_points",
    "interpolate_points_by_max_distance",
    "convert_cbaois_to_kpsois",
    "invert_convert_cbaois_to_kpsois_",
]


def copy_augmentables(augmentables):
    """Copy an array or every item of an iterable of augmentables.

    Parameters
    ----------
    augmentables : ndarray or iterable
        An array (copied with ``np.copy``) or an iterable whose arrays are copied
        with ``np.copy`` and whose other items are copied via ``.deepcopy()``.

    Returns
    -------
    ndarray or list
        The copy.

    """
    if isinstance(augmentables, np.ndarray):
        return np.copy(augmentables)
    return [
        np.copy(item) if isinstance(item, np.ndarray) else item.deepcopy()
        for item in augmentables
    ]


def deepcopy_fast(obj):
    """Deep-copy an object, taking shortcuts for common immutable or known types.

    Parameters
    ----------
    obj : object
        ``None``, numbers and strings are returned as they are; lists and tuples are
        copied recursively (keeping the container type); arrays are copied with
        ``np.copy``; objects with a ``deepcopy()`` method use it; everything else goes
        through :func:`copy.deepcopy`.

    Returns
    -------
    object
        The copy.

    Examples
    --------
    >>> deepcopy_fast([1, (2.0, "a")])
    [1, (2.0, 'a')]

    """
    if obj is None or isinstance(obj, (numbers.Number, str)):
        return obj
    if isinstance(obj, list):
        return [deepcopy_fast(item) for item in obj]
    if isinstance(obj, tuple):
        return tuple(deepcopy_fast(item) for item in obj)
    if isinstance(obj, np.ndarray):
        return np.copy(obj)
    if hasattr(obj, "deepcopy"):
        return obj.deepcopy()
    return copylib.deepcopy(obj)


def normalize_shape(shape):
    """Turn a shape tuple or an array into a shape tuple.

    Parameters
    ----------
    shape : tuple of int or ndarray
        A shape tuple (returned unchanged) or an array (its ``.shape`` is returned).

    Returns
    -------
    tuple of int
        The shape.

    Examples
    --------
    >>> normalize_shape(np.zeros((4, 5, 3)))
    (4, 5, 3)

    """
    return _normalize_shape(shape, "shape")


def _normalize_shape(shape, name):
    """Implement :func:`normalize_shape`; errors name the argument `name`."""
    if isinstance(shape, tuple):
        _check_shape_tuple(shape, name)
        return shape
    if isinstance(shape, np.ndarray):
        return shape.shape
    raise InvalidTypeError(
        f"Expected '{name}' to be a shape tuple or a numpy array, got type "
        f"{type(shape).__name__}."
    )


_INT_TYPE_SET = frozenset((int,))


def _check_shape_tuple(shape, name="shape"):
    """Reject image shapes that are not ``(H, W[, C, ...])`` of non-negative ints."""
    # fast path (every augmentable construction): Python ints only
    if len(shape) >= 2 and set(map(type, shape)) == _INT_TYPE_SET and min(shape) >= 0:
        return
    if len(shape) < 2 or not all(
        isinstance(size, numbers.Integral) and not isinstance(size, bool) and size >= 0
        for size in shape
    ):
        raise InvalidValueError(
            f"Expected '{name}' to be an image shape (H, W) or (H, W, C) of "
            f"non-negative integers, got {shape!r}."
        )


_COMMON_COORDINATE_TYPES = frozenset(
    (int, float, np.float32, np.float64, np.int32, np.int64)
)


def _check_coordinate(value, name):
    """Reject coordinates that are not real numbers (e.g. None, strings, tuples)."""
    if type(value) in _COMMON_COORDINATE_TYPES:
        return
    if isinstance(value, numbers.Real) or (
        isinstance(value, np.ndarray) and value.ndim == 0 and value.dtype.kind in "iuf"
    ):
        return
    raise InvalidTypeError(
        f"Expected '{name}' to be a number, got type {type(value).__name__}."
    )


def _as_float_array(values, name, dtype=np.float32):
    """Convert coordinates to a new float array, naming `name` if not numeric."""
    try:
        return np.array(values, dtype=dtype)
    except (TypeError, ValueError) as exc:
        raise InvalidValueError(
            f"Expected '{name}' to contain numeric coordinates, got an error while "
            f"converting them to {np.dtype(dtype).name}: {exc}"
        ) from None


def _check_draw_image(image, name="image"):
    """Raise unless `image` is a 2D or 3D numpy array."""
    if not isinstance(image, np.ndarray):
        raise InvalidTypeError(
            f"Expected '{name}' to be a numpy array, got type {type(image).__name__}."
        )
    if image.ndim not in (2, 3):
        raise InvalidValueError(
            f"Expected '{name}' to be a 2D (H, W) or 3D (H, W, C) array, got shape "
            f"{image.shape}."
        )


def _check_draw_color(
    color, name, value_range=(0, 255), nb_channels=None, optional=False
):
    """Raise unless `color` is a number or a flat iterable of numbers in range.

    `value_range` is ``(min, max)`` or None (no range check). An iterable must have
    one value or `nb_channels` values (if given). None is accepted if `optional`
    (optional colours default to others).
    """
    if color is None and optional:
        return
    try:
        arr = np.asarray(color)
    except (TypeError, ValueError):
        arr = np.asarray(None)
    if arr.dtype.kind not in "biuf" or arr.ndim > 1 or arr.size == 0:
        raise InvalidTypeError(
            f"Expected '{name}' to be a number or an iterable of numbers, got "
            f"{color!r}."
        )
    if nb_channels is not None and arr.ndim == 1 and arr.size not in (1, nb_channels):
        raise InvalidValueError(
            f"Expected '{name}' to contain one value or {nb_channels} values (one per "
            f"image channel), got {arr.size}."
        )
    if value_range is not None:
        low, high = value_range
        if not (low <= arr.min() and arr.max() <= high):
            raise InvalidValueError(
                f"Expected '{name}' to contain values in [{low}, {high}], got "
                f"{color!r}."
            )


def _nb_channels(image):
    """Return the number of channels of a 2D or 3D image array (1 for 2D)."""
    return image.shape[2] if image.ndim == 3 else 1


def _draw_color_range(image):
    """Return the value range a colour must fit into `image` (None: no limit)."""
    if image.dtype.kind in "ui":
        info = np.iinfo(image.dtype)
        return info.min, info.max
    return None


def _check_draw_alpha(alpha, name, optional=False):
    """Raise unless `alpha` is a number in ``[0, 1]`` (or None if `optional`)."""
    if alpha is None and optional:
        return
    if not isinstance(alpha, numbers.Real) or isinstance(alpha, bool):
        raise InvalidTypeError(
            f"Expected '{name}' to be a number in [0, 1], got type "
            f"{type(alpha).__name__}."
        )
    if not 0 <= alpha <= 1:
        raise InvalidValueError(
            f"Expected '{name}' to be a number in [0, 1], got {alpha!r}."
        )


def _check_draw_size(size, name, optional=False):
    """Raise unless `size` is an int ``>= 0`` (or None if `optional`)."""
    if size is None and optional:
        return
    if not isinstance(size, numbers.Integral) or isinstance(size, bool):
        raise InvalidTypeError(
            f"Expected '{name}' to be an int >= 0, got type {type(size).__name__}."
        )
    if size < 0:
        raise InvalidValueError(f"Expected '{name}' to be an int >= 0, got {size}.")


def _check_draw_args(nb_channels=None, **kwargs):
    """Check ``color*``, ``alpha*`` and ``size*`` drawing arguments by name.

    ``color``, ``alpha`` and ``size`` are required, the suffixed variants (e.g.
    ``color_lines``) may be None.
    """
    for name, value in kwargs.items():
        optional = "_" in name
        if name.startswith("color"):
            _check_draw_color(value, name, nb_channels=nb_channels, optional=optional)
        elif name.startswith("alpha"):
            _check_draw_alpha(value, name, optional=optional)
        else:
            _check_draw_size(value, name, optional=optional)


def _check_instance(value, cls, name):
    """Raise unless `value` is an instance of `cls`."""
    if not isinstance(value, cls):
        raise InvalidTypeError(
            f"Expected '{name}' to be a {cls.__name__}, got type "
            f"{type(value).__name__}."
        )


def _check_point(point, name):
    """Raise unless `point` is an ``(x, y)`` tuple/list of two numbers."""
    if not isinstance(point, (tuple, list)) or len(point) != 2:
        raise InvalidTypeError(
            f"Expected '{name}' to be a Keypoint or an (x, y) tuple, got {point!r}."
        )
    _check_coordinate(point[0], f"{name}[0]")
    _check_coordinate(point[1], f"{name}[1]")


def _renamed(exc, name):
    """Return a copy of a validation error that names the user's argument."""
    return type(exc)(f"Invalid argument '{name}': {exc}")


def _check_shift(x, y):
    """Check the `x` and `y` arguments of a ``shift_()`` call."""
    _check_coordinate(x, "x")
    _check_coordinate(y, "y")


def _check_items(items, cls, name):
    """Return `items` as a list after checking that every item is a `cls`."""
    if isinstance(items, (str, bytes, dict)) or not hasattr(items, "__iter__"):
        raise InvalidTypeError(
            f"Expected '{name}' to be an iterable of {cls.__name__}, got type "
            f"{type(items).__name__}."
        )
    if not isinstance(items, list):
        items = list(items)
    # one pass in C over the item types; subclasses take the slow path
    item_types = set(map(type, items))
    if item_types and item_types != {cls}:
        for item in items:
            if not isinstance(item, cls):
                raise InvalidTypeError(
                    f"Expected '{name}' to contain only {cls.__name__} instances, got "
                    f"an item of type {type(item).__name__}."
                )
    return items


def _copy_shape(shape):
    """Turn an image shape given to ``copy()``/``deepcopy()`` into a tuple."""
    if isinstance(shape, np.ndarray):
        return shape.shape
    if isinstance(shape, (str, bytes)) or not hasattr(shape, "__iter__"):
        raise InvalidTypeError(
            "Expected 'shape' to be a tuple, a list or a numpy array, got type "
            f"{type(shape).__name__}."
        )
    return normalize_shape(tuple(shape))


def project_coords_(coords, from_shape, to_shape):
    """Rescale ``(N, 2)`` xy-coordinates from one image size to another, in place.

    ``x' = x / W_from * W_to`` and ``y' = y / H_from * H_to``. Float arrays are
    modified in place; any other input is first converted to a new float32 array.

    Parameters
    ----------
    coords : ndarray or iterable of tuple of number
        The ``(N, 2)`` coordinates.
    from_shape : tuple of int or ndarray
        Shape (or array) of the image the coordinates currently refer to.
    to_shape : tuple of int or ndarray
        Shape (or array) of the image the coordinates are projected onto.

    Returns
    -------
    ndarray or iterable
        The projected coordinates. ``coords`` itself if both shapes have the same
        height and width.

    Examples
    --------
    >>> project_coords_(np.float32([[1.0, 2.0]]), (10, 10), (20, 40))
    array([[4., 4.]], dtype=float32)

    """
    from_shape = _normalize_shape(from_shape, "from_shape")
    to_shape = _normalize_shape(to_shape, "to_shape")
    if from_shape[0:2] == to_shape[0:2]:
        return coords
    from_height, from_width = from_shape[0:2]
    to_height, to_width = to_shape[0:2]
    if not (from_height > 0 and from_width > 0 and to_height > 0 and to_width > 0):
        raise InvalidValueError(
            "Expected 'from_shape' and 'to_shape' to have heights and widths above "
            f"zero, got from_shape={from_shape} and to_shape={to_shape}."
        )
    if isinstance(coords, np.ndarray) and coords.dtype.kind == "f":
        coords_proj = coords
    else:
        coords_proj = np.array(coords, dtype=np.float32)
    if coords_proj.size == 0:
        return coords_proj.reshape((-1, 2)) if coords_proj.ndim < 2 else coords_proj
    # same dtype for the factors so that float32 input stays float32 arithmetic
    dt = coords_proj.dtype
    coords_proj /= np.array([from_width, from_height], dtype=dt)
    coords_proj *= np.array([to_width, to_height], dtype=dt)
    return coords_proj


def project_coords(coords, from_shape, to_shape):
    """Rescale ``(N, 2)`` xy-coordinates from one image size to another.

    Same as :func:`project_coords_`, but the input is never modified.

    Parameters
    ----------
    coords : ndarray or iterable of tuple of number
        The ``(N, 2)`` coordinates.
    from_shape : tuple of int or ndarray
        Shape (or array) of the image the coordinates currently refer to.
    to_shape : tuple of int or ndarray
        Shape (or array) of the image the coordinates are projected onto.

    Returns
    -------
    ndarray or iterable
        The projected coordinates.

    """
    if isinstance(coords, np.ndarray):
        coords = np.copy(coords)
    return project_coords_(coords, from_shape, to_shape)


def _segment_arrays(xy, closed):
    """Return start and end points of the consecutive segments of ``xy``."""
    if closed:
        return xy, np.roll(xy, -1, axis=0)
    return xy[:-1], xy[1:]


def _interpolate_segments(starts, ends, nb_steps_per_segment):
    """Emit each segment's start point followed by its interpolated points.

    Parameters
    ----------
    starts, ends : ndarray
        ``(S, 2)`` float32 start and end points of the segments.
    nb_steps_per_segment : ndarray
        ``(S,)`` non-negative ints, number of points to insert per segment.

    Returns
    -------
    ndarray
        ``(S + sum(nb_steps), 2)`` float32 points.
    ndarray
        ``(S,)`` row indices of the start points in the output.

    """
    counts = nb_steps_per_segment.astype(np.intp) + 1
    offsets = np.zeros((len(counts),), dtype=np.intp)
    np.cumsum(counts[:-1], out=offsets[1:])
    total = int(counts.sum())
    seg_idx = np.repeat(np.arange(len(counts)), counts)
    k = (np.arange(total) - offsets[seg_idx]).astype(np.float32)
    steps = (ends - starts) / counts.astype(np.float32)[:, np.newaxis]
    points = starts[seg_idx] + k[:, np.newaxis] * steps[seg_idx]
    return points.astype(np.float32, copy=False), offsets


def _interpolate_points_array(points, nb_steps, closed=True):
    """Vectorised :func:`interpolate_points` returning an ``(M, 2)`` float32 array.

    Used internally by polygons and line strings.
    """
    xy = np.asarray(points, dtype=np.float32).reshape((-1, 2))
    if len(xy) <= 1:
        return np.array(xy, dtype=np.float32)
    starts, ends = _segment_arrays(xy, closed)
    nb = np.full((len(starts),), max(int(nb_steps), 0), dtype=np.intp)
    result, _ = _interpolate_segments(starts, ends, nb)
    if not closed:
        result = np.concatenate([result, xy[-1:]], axis=0)
    return result


def _nb_steps_by_max_distance(points_f64, max_distance, closed):
    """Per-segment point counts used by the max-distance interpolation."""
    starts, ends = _segment_arrays(points_f64, closed)
    dists = np.sqrt(np.sum((ends - starts) ** 2, axis=1))
    # int() truncates toward zero; negative counts mean "no points"
    nb = np.trunc(dists / max_distance - 1)
    return np.maximum(nb, 0).astype(np.intp)


def _check_max_distance(max_distance):
    if not max_distance > 0:
        raise InvalidValueError(
            f"Expected 'max_distance' to be above zero, got {max_distance}."
        )


def _interpolate_points_by_max_distance_array(points, max_distance, closed=True):
    """Vectorised :func:`interpolate_points_by_max_distance` returning an array.

    Returns an ``(M, 2)`` float32 array. Used internally by polygons and line strings.
    """
    _check_max_distance(max_distance)
    xy64 = np.asarray(points, dtype=np.float64).reshape((-1, 2))
    xy = xy64.astype(np.float32)
    if len(xy) <= 1:
        return xy
    nb = _nb_steps_by_max_distance(xy64, max_distance, closed)
    starts, ends = _segment_arrays(xy, closed)
    result, _ = _interpolate_segments(starts, ends, nb)
    if not closed:
        result = np.concatenate([result, xy[-1:]], axis=0)
    return result


def _interleave_original_points(points, nb, closed):
    """Build the list form: original start points plus interpolated tuples."""
    points = list(points)
    xy = np.asarray(points, dtype=np.float32).reshape((-1, 2))
    starts, ends = _segment_arrays(xy, closed)
    arr, offsets = _interpolate_segments(starts, ends, nb)
    result = [tuple(point) for point in arr.tolist()]
    for i, offset in enumerate(offsets.tolist()):
        result[offset] = points[i]
    if not closed:
        result.append(points[-1])
    return result


def interpolate_point_pair(point_a, point_b, nb_steps):
    """Compute evenly spaced points strictly between two points.

    Parameters
    ----------
    point_a : tuple of number
        Start point ``(x, y)`` (not part of the output).
    point_b : tuple of number
        End point ``(x, y)`` (not part of the output).
    nb_steps : int
        Number of points to place between the two points.

    Returns
    -------
    list of tuple of number
        ``nb_steps`` interpolated ``(x, y)`` points (empty if ``nb_steps < 1``).

    Examples
    --------
    >>> interpolate_point_pair((0, 0), (4, 0), 3)
    [(1.0, 0.0), (2.0, 0.0), (3.0, 0.0)]

    """
    if nb_steps < 1:
        return []
    start = np.array([point_a[0], point_a[1]], dtype=np.float32)
    end = np.array([point_b[0], point_b[1]], dtype=np.float32)
    step = (end - start) / np.float32(1 + nb_steps)
    k = np.arange(1, nb_steps + 1, dtype=np.float32)[:, np.newaxis]
    points = start + k * step
    return [tuple(point) for point in points.tolist()]


def interpolate_points(points, nb_steps, closed=True):
    """Insert ``nb_steps`` evenly spaced points on every segment of a polyline.

    Parameters
    ----------
    points : iterable of tuple of number
        The ``(x, y)`` points of the polyline.
    nb_steps : int
        Number of points to insert per segment.
    closed : bool, optional
        Whether the last point is connected back to the first one.

    Returns
    -------
    list of tuple of number
        Each segment's start point followed by its interpolated points (and, for an
        open polyline, the final point). Inputs with at most one point are returned
        unchanged.

    Examples
    --------
    >>> interpolate_points([(0, 0), (2, 0)], 1, closed=False)
    [(0, 0), (1.0, 0.0), (2, 0)]

    """
    if len(points) <= 1:
        return points
    nb_segments = len(points) if closed else len(points) - 1
    nb = np.full((nb_segments,), max(int(nb_steps), 0), dtype=np.intp)
    return _interleave_original_points(points, nb, closed)


def interpolate_points_by_max_distance(points, max_distance, closed=True):
    """Insert points on every segment so that neighbours are at most a distance apart.

    Per segment of length ``d``, ``int(d / max_distance - 1)`` points are inserted.

    Parameters
    ----------
    points : iterable of tuple of number
        The ``(x, y)`` points of the polyline.
    max_distance : number
        Maximum allowed distance between consecutive output points. Must be above 0.
    closed : bool, optional
        Whether the last point is connected back to the first one.

    Returns
    -------
    list of tuple of number
        The interpolated polyline (see :func:`interpolate_points`).

    Examples
    --------
    >>> interpolate_points_by_max_distance([(0, 0), (3, 0)], 1.0, closed=False)
    [(0, 0), (1.0, 0.0), (2.0, 0.0), (3, 0)]

    """
    _check_max_distance(max_distance)
    if len(points) <= 1:
        return points
    points = list(points)
    xy64 = np.asarray(points, dtype=np.float64).reshape((-1, 2))
    nb = _nb_steps_by_max_distance(xy64, max_distance, closed)
    return _interleave_original_points(points, nb, closed)


def convert_cbaois_to_kpsois(cbaois):
    """Convert one coordinate-based augmentable container (or a list) to keypoints.

    Parameters
    ----------
    cbaois : object or list of object
        A ``*OnImage`` container with ``to_keypoints_on_image()`` or a list of them.

    Returns
    -------
    KeypointsOnImage or list of KeypointsOnImage
        The converted container(s).

    """
    if isinstance(cbaois, (list, tuple)):
        return [cbaoi.to_keypoints_on_image() for cbaoi in cbaois]
    return cbaois.to_keypoints_on_image()


def invert_convert_cbaois_to_kpsois_(cbaois, kpsois):
    """Write keypoints back into the containers they were converted from.

    Parameters
    ----------
    cbaois : object or list of object
        The containers that :func:`convert_cbaois_to_kpsois` was applied to.
    kpsois : KeypointsOnImage or list of KeypointsOnImage
        The (augmented) keypoints, single or list matching ``cbaois``.

    Returns
    -------
    object or list of object
        The updated containers (modified in place).

    """
    if isinstance(cbaois, (list, tuple)):
        if not isinstance(kpsois, (list, tuple)):
            raise InvalidTypeError(
                "Expected 'kpsois' to be a list because 'cbaois' is a list, got "
                f"type {type(kpsois).__name__}."
            )
        if len(cbaois) != len(kpsois):
            raise InvalidValueError(
                "Expected 'cbaois' and 'kpsois' to have the same length, got "
                f"{len(cbaois)} and {len(kpsois)}."
            )
        return [
            cbaoi.invert_to_keypoints_on_image_(kpsoi)
            for cbaoi, kpsoi in zip(cbaois, kpsois)
        ]
    if isinstance(kpsois, (list, tuple)):
        raise InvalidTypeError(
            "Expected 'kpsois' to be a single KeypointsOnImage because 'cbaois' is "
            f"not a list, got a {type(kpsois).__name__}."
        )
    return cbaois.invert_to_keypoints_on_image_(kpsois)


def _check_fraction(fraction):
    """Check the `fraction` argument of ``remove_out_of_image_fraction_()``."""
    _check_coordinate(fraction, "fraction")
    if fraction != fraction:
        raise InvalidValueError("Expected 'fraction' to be a number, got NaN.")


def _remove_out_of_image_fraction_(cbaoi, fraction):
    """Drop items whose out-of-image fraction is ``>= fraction`` (in place)."""
    _check_fraction(fraction)
    shape = cbaoi.shape
    cbaoi.items = [
        item
        for item in cbaoi.items
        if item.compute_out_of_image_fraction(shape) < fraction
    ]
    return cbaoi


def _normalize_shift_args(x, y, top=None, right=None, bottom=None, left=None):
    """Fold the deprecated ``top/right/bottom/left`` shift arguments into x and y."""
    if top is None and right is None and bottom is None and left is None:
        return x, y
    sides = {"top": top, "right": right, "bottom": bottom, "left": left}
    for name, value in sides.items():
        if value is not None:
            _check_coordinate(value, name)
    ia.warn_deprecated(
        f"Got one of the arguments `top` ({top}), `right` ({right}), "
        f"`bottom` ({bottom}), `left` ({left}) in a shift() call. "
        "These are deprecated. Use `x` and `y` instead.",
        stacklevel=3,
    )
    top = 0 if top is None else top
    right = 0 if right is None else right
    bottom = 0 if bottom is None else bottom
    left = 0 if left is None else left
    return x + left - right, y + top - bottom
