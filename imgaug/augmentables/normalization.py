"""Conversion of user inputs to canonical augmentable lists and back.

Users may hand data to augmenters in many forms (arrays, lists of tuples, single
objects, nested lists, ...). Each input is first classified into a *type string* by
:func:`estimate_normalization_type`, e.g. ``"iterable-tuple[number,size=2]"`` for a
list of ``(x, y)`` tuples. The ``normalize_*`` functions turn every accepted form into
the canonical form used inside augmentation (a 4D array or list of 3D arrays for
images, a list of ``*OnImage`` objects for everything else, or ``None``), and the
``invert_normalize_*`` functions rebuild the user's original form from the augmented
canonical data.
"""

from __future__ import annotations

import collections.abc
import copy as copylib
import functools
import numbers

import numpy as np

import imgaug.dtypes as iadt
from imgaug.augmentables import bbs as _bbslib
from imgaug.augmentables import heatmaps as _heatmapslib
from imgaug.augmentables import kps as _kpslib
from imgaug.augmentables import lines as _lineslib
from imgaug.augmentables import polys as _polyslib
from imgaug.augmentables import segmaps as _segmapslib
from imgaug.augmentables.base import IAugmentable
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "estimate_bounding_boxes_norm_type",
    "estimate_heatmaps_norm_type",
    "estimate_keypoints_norm_type",
    "estimate_line_strings_norm_type",
    "estimate_normalization_type",
    "estimate_polygons_norm_type",
    "estimate_segmaps_norm_type",
    "find_first_nonempty",
    "invert_normalize_bounding_boxes",
    "invert_normalize_heatmaps",
    "invert_normalize_images",
    "invert_normalize_keypoints",
    "invert_normalize_line_strings",
    "invert_normalize_polygons",
    "invert_normalize_segmentation_maps",
    "normalize_bounding_boxes",
    "normalize_heatmaps",
    "normalize_images",
    "normalize_keypoints",
    "normalize_line_strings",
    "normalize_polygons",
    "normalize_segmentation_maps",
    "restore_dtype_and_merge",
]

_MAX_NESTING = 4
_COORD_ARRAY_TYPES = ("array[float]", "array[int]", "array[uint]")
_DTYPE_KIND_NAMES = {"f": "float", "u": "uint", "i": "int", "b": "bool"}


def _prefixed(prefix, names):
    return tuple(prefix + name for name in names)


# ---------------------------------------------------------------------------------
# Type estimation
# ---------------------------------------------------------------------------------


def _is_number(val):
    return isinstance(val, numbers.Real) and not isinstance(val, (bool, np.bool_))


def _is_raw_iterable(attr):
    """Whether ``attr`` is a plain container to descend into (not a leaf)."""
    if isinstance(attr, (str, bytes, np.ndarray, IAugmentable)):
        return False
    if not isinstance(attr, collections.abc.Iterable):
        return False
    if not hasattr(attr, "__len__"):
        return False  # generators etc.: reported by their class name, then rejected
    # bounding boxes, polygons and line strings are iterable, but are leaves
    return not hasattr(attr, "coords")


def find_first_nonempty(attr, parents=None):
    """Find the first leaf in a possibly nested input.

    Raw iterables (not strings, arrays, ``IAugmentable`` containers or objects with a
    ``coords`` attribute) are descended into, element by element, until a leaf is
    found. If every branch ends in an empty iterable, the deepest branch is reported.

    Parameters
    ----------
    attr : object
        The input to inspect.
    parents : None or list, optional
        Containers already descended through (used by the recursion).

    Returns
    -------
    tuple
        ``(nonempty, success, parents)``: the leaf (or ``None``), whether a leaf was
        found, and the list of containers descended through to reach it.

    Examples
    --------
    >>> from imgaug.augmentables.normalization import find_first_nonempty
    >>> leaf, success, parents = find_first_nonempty([[], [(1, 2)]])
    >>> leaf, success, len(parents)
    (1, True, 3)
    """
    if parents is None:
        parents = []
    if attr is None or not _is_raw_iterable(attr):
        return attr, True, parents
    if len(parents) > _MAX_NESTING:
        # Already too deep: stop here (also guards self-containing lists); the type
        # string conversion reports the error.
        return attr, True, parents
    if len(attr) == 0:
        return None, False, parents

    parents_sub = parents + [attr]
    deepest = parents_sub
    for item in attr:
        nonempty, success, parents_i = find_first_nonempty(item, parents=parents_sub)
        if success:
            return nonempty, True, parents_i
        if len(parents_i) > len(deepest):
            deepest = parents_i
    return None, False, deepest


def _nonempty_info_to_type_str(nonempty, success, parents):
    """Convert the output of :func:`find_first_nonempty` to a type string."""
    if len(parents) > _MAX_NESTING:
        raise InvalidValueError(
            f"Got an input nested {len(parents)} levels deep, but at most "
            f"{_MAX_NESTING} levels of iterables are supported."
        )
    parent_iters = "iterable-" * len(parents)

    if not success:
        return parent_iters + "iterable[empty]"

    if parents and isinstance(parents[-1], tuple):
        tpl = parents[-1]
        if len(tpl) > 0 and all(_is_number(val) for val in tpl):
            return "iterable-" * (len(parents) - 1) + f"tuple[number,size={len(tpl)}]"

    if nonempty is None:
        return "None"
    if isinstance(nonempty, np.ndarray):
        kind = nonempty.dtype.kind
        return f"{parent_iters}array[{_DTYPE_KIND_NAMES.get(kind, kind)}]"
    return parent_iters + type(nonempty).__name__


def estimate_normalization_type(inputs):
    """Classify an input into a normalization type string.

    Parameters
    ----------
    inputs : object
        Any user input, e.g. an array, a list of tuples or a ``KeypointsOnImage``.

    Returns
    -------
    str
        E.g. ``"None"``, ``"array[uint]"``, ``"KeypointsOnImage"``,
        ``"iterable-tuple[number,size=2]"`` or ``"iterable-iterable[empty]"``.

    Examples
    --------
    >>> from imgaug.augmentables.normalization import estimate_normalization_type
    >>> estimate_normalization_type([(1, 2), (3, 4)])
    'iterable-tuple[number,size=2]'
    >>> estimate_normalization_type([[]])
    'iterable-iterable[empty]'
    """
    nonempty, success, parents = find_first_nonempty(inputs)
    return _nonempty_info_to_type_str(nonempty, success, parents)


def _estimate_and_check(inputs, valid_types, arg_name):
    type_str = estimate_normalization_type(inputs)
    if type_str not in valid_types:
        raise InvalidTypeError(
            f"Got an unknown datatype for argument '{arg_name}'. Expected datatypes "
            f"were: {', '.join(valid_types)}. Got: {type_str}."
        )
    return type_str


_HEATMAPS_TYPES = (
    "None",
    "array[float]",
    "HeatmapsOnImage",
    "iterable[empty]",
    "iterable-array[float]",
    "iterable-HeatmapsOnImage",
)
_SEGMAPS_ARRAY_TYPES = ("array[int]", "array[uint]", "array[bool]")
_SEGMAPS_TYPES = (
    ("None",)
    + _SEGMAPS_ARRAY_TYPES
    + ("SegmentationMapsOnImage", "iterable[empty]")
    + _prefixed("iterable-", _SEGMAPS_ARRAY_TYPES)
    + ("iterable-SegmentationMapsOnImage",)
)


def _point_like_types(tuple_size, cls_single, cls_oi):
    tpl = f"tuple[number,size={tuple_size}]"
    return (
        ("None",)
        + _COORD_ARRAY_TYPES
        + (tpl, cls_single, cls_oi, "iterable[empty]")
        + _prefixed("iterable-", _COORD_ARRAY_TYPES)
        + (
            f"iterable-{tpl}",
            f"iterable-{cls_single}",
            f"iterable-{cls_oi}",
            "iterable-iterable[empty]",
            f"iterable-iterable-{tpl}",
            f"iterable-iterable-{cls_single}",
        )
    )


def _shape_like_types(cls_single, cls_oi):
    tpl = "tuple[number,size=2]"
    return (
        ("None",)
        + _COORD_ARRAY_TYPES
        + (cls_single, cls_oi, "iterable[empty]")
        + _prefixed("iterable-", _COORD_ARRAY_TYPES)
        + (
            f"iterable-{tpl}",
            "iterable-Keypoint",
            f"iterable-{cls_single}",
            f"iterable-{cls_oi}",
            "iterable-iterable[empty]",
        )
        + _prefixed("iterable-iterable-", _COORD_ARRAY_TYPES)
        + (
            f"iterable-iterable-{tpl}",
            "iterable-iterable-Keypoint",
            f"iterable-iterable-{cls_single}",
            "iterable-iterable-iterable[empty]",
            f"iterable-iterable-iterable-{tpl}",
            "iterable-iterable-iterable-Keypoint",
        )
    )


_KEYPOINTS_TYPES = _point_like_types(2, "Keypoint", "KeypointsOnImage")
_BOUNDING_BOXES_TYPES = _point_like_types(4, "BoundingBox", "BoundingBoxesOnImage")
_POLYGONS_TYPES = _shape_like_types("Polygon", "PolygonsOnImage")
_LINE_STRINGS_TYPES = _shape_like_types("LineString", "LineStringsOnImage")


def estimate_heatmaps_norm_type(heatmaps):
    """Estimate and validate the normalization type string of heatmaps input.

    Parameters
    ----------
    heatmaps : object
        Heatmaps in any form accepted by :func:`normalize_heatmaps`.

    Returns
    -------
    str
        The type string (an AssertionError-compatible error if not accepted).
    """
    return _estimate_and_check(heatmaps, _HEATMAPS_TYPES, "heatmaps")


def estimate_segmaps_norm_type(segmentation_maps):
    """Estimate and validate the normalization type of segmentation map input.

    Parameters
    ----------
    segmentation_maps : object
        Segmentation maps in any form accepted by
        :func:`normalize_segmentation_maps`.

    Returns
    -------
    str
        The type string.
    """
    return _estimate_and_check(segmentation_maps, _SEGMAPS_TYPES, "segmentation_maps")


def estimate_keypoints_norm_type(keypoints):
    """Estimate and validate the normalization type string of keypoint input.

    Parameters
    ----------
    keypoints : object
        Keypoints in any form accepted by :func:`normalize_keypoints`.

    Returns
    -------
    str
        The type string.
    """
    return _estimate_and_check(keypoints, _KEYPOINTS_TYPES, "keypoints")


def estimate_bounding_boxes_norm_type(bounding_boxes):
    """Estimate and validate the normalization type of bounding box input.

    Parameters
    ----------
    bounding_boxes : object
        Bounding boxes in any form accepted by :func:`normalize_bounding_boxes`.

    Returns
    -------
    str
        The type string.
    """
    return _estimate_and_check(bounding_boxes, _BOUNDING_BOXES_TYPES, "bounding_boxes")


def estimate_polygons_norm_type(polygons):
    """Estimate and validate the normalization type string of polygon input.

    Parameters
    ----------
    polygons : object
        Polygons in any form accepted by :func:`normalize_polygons`.

    Returns
    -------
    str
        The type string.
    """
    return _estimate_and_check(polygons, _POLYGONS_TYPES, "polygons")


def estimate_line_strings_norm_type(line_strings):
    """Estimate and validate the normalization type of line string input.

    Parameters
    ----------
    line_strings : object
        Line strings in any form accepted by :func:`normalize_line_strings`.

    Returns
    -------
    str
        The type string.
    """
    return _estimate_and_check(line_strings, _LINE_STRINGS_TYPES, "line_strings")


# ---------------------------------------------------------------------------------
# Shape and array checks
# ---------------------------------------------------------------------------------


def _preprocess_shapes(shapes):
    """Turn ``shapes`` (None, image array, list of shapes/arrays) into tuples."""
    if shapes is None:
        return None
    if isinstance(shapes, np.ndarray):
        if shapes.ndim not in (3, 4):
            raise InvalidValueError(
                "Expected array 'shapes' to be 3- or 4-dimensional (an array of "
                f"images), got {shapes.ndim} dimensions and shape {shapes.shape}."
            )
        return [tuple(shapes.shape[1:])] * len(shapes)
    if not isinstance(shapes, (list, tuple)):
        raise InvalidTypeError(
            "Expected argument 'shapes' to be None, an array or a list of shapes or "
            f"arrays, got type {type(shapes).__name__}."
        )
    result = []
    for shape_i in shapes:
        if isinstance(shape_i, tuple):
            result.append(shape_i)
        elif isinstance(shape_i, np.ndarray):
            result.append(shape_i.shape)
        else:
            raise InvalidTypeError(
                "Expected each entry of 'shapes' to be a tuple or an array, got type "
                f"{type(shape_i).__name__}."
            )
    return result


def _assert_exactly_n_shapes(shapes, n, from_ntype, to_ntype):
    if shapes is None:
        raise InvalidValueError(
            f"Tried to convert data of form '{from_ntype}' to '{to_ntype}'. This "
            f"requires {n} corresponding image shape(s), but no images were provided "
            "(argument 'shapes' was None). Provide the images in the same call or "
            "batch, or pass the data as *OnImage objects (e.g. KeypointsOnImage), "
            "which carry their image shape."
        )
    if len(shapes) != n:
        raise InvalidValueError(
            f"Tried to convert data of form '{from_ntype}' to '{to_ntype}'. This "
            f"requires exactly {n} corresponding image shape(s), but {len(shapes)} "
            "were provided (one per image). This happens e.g. if 10 images but only "
            "5 segmentation maps are given, or if a list of N (x,y) tuples meant as "
            "one keypoint per image is read as N keypoints on one image. Using the "
            "*OnImage classes (e.g. KeypointsOnImage) avoids such ambiguities."
        )


def _assert_single_array_ndim(arr, ndim, shape_str, to_ntype):
    if arr.ndim != ndim:
        raise InvalidValueError(
            f"Tried to convert an array to a list of {to_ntype}. Expected that array "
            f"to be of shape {shape_str}, i.e. {ndim}-dimensional, but got "
            f"{arr.ndim} dimensions (shape {arr.shape}) instead."
        )


def _assert_single_array_last_dim_exactly(arr, size, to_ntype):
    if arr.shape[-1] != size:
        raise InvalidValueError(
            f"Tried to convert an array to a list of {to_ntype}. Expected the last "
            f"dimension of that array to have size {size}, but got shape {arr.shape}."
        )


def _flatten_arrays(arrs, to_ntype):
    flat = []
    for arr in arrs:
        if isinstance(arr, np.ndarray):
            flat.append(arr)
        elif _is_raw_iterable(arr):
            flat.extend(_flatten_arrays(arr, to_ntype))
        else:
            raise InvalidTypeError(
                f"Tried to convert an iterable of arrays to a list of {to_ntype}, but "
                f"found an entry of type {type(arr).__name__} among the arrays."
            )
    return flat


def _assert_many_arrays_ndim(arrs, ndim, shape_str, to_ntype):
    arrs_flat = _flatten_arrays(arrs, to_ntype)
    if any(arr.ndim != ndim for arr in arrs_flat):
        raise InvalidValueError(
            f"Tried to convert an iterable of arrays to a list of {to_ntype}. "
            f"Expected each array to be of shape {shape_str}, i.e. "
            f"{ndim}-dimensional, but got array shapes "
            f"{', '.join(str(arr.shape) for arr in arrs_flat)}."
        )


def _assert_many_arrays_last_dim_exactly(arrs, size, to_ntype):
    arrs_flat = _flatten_arrays(arrs, to_ntype)
    if any(arr.shape[-1] != size for arr in arrs_flat):
        raise InvalidValueError(
            f"Tried to convert an iterable of arrays to a list of {to_ntype}. "
            f"Expected the last dimension of each array to have size {size}, but got "
            f"array shapes {', '.join(str(arr.shape) for arr in arrs_flat)}."
        )


def _check_tuple(value, size, arg_name):
    if not isinstance(value, tuple) or len(value) != size:
        raise InvalidValueError(
            f"Expected every coordinate entry of '{arg_name}' to be a tuple of "
            f"{size} numbers (like the first one), got {value!r}."
        )
    return value


def _points_to_xy(points, arg_name):
    """Turn an array, a list of ``(x, y)`` tuples or of Keypoints into (P,2)."""
    if isinstance(points, np.ndarray):
        xy = points
    else:
        rows = []
        for point in points:
            if isinstance(point, tuple):
                rows.append(_check_tuple(point, 2, arg_name))
            elif hasattr(point, "x") and hasattr(point, "y"):
                rows.append((point.x, point.y))
            else:
                raise InvalidTypeError(
                    f"Expected the points in '{arg_name}' to be (x, y) tuples or "
                    f"Keypoints, got type {type(point).__name__}."
                )
        if not rows:
            return np.zeros((0, 2), dtype=np.float32)
        xy = np.array(rows, dtype=np.float32)
    if xy.ndim != 2 or xy.shape[1] != 2:
        raise InvalidValueError(
            f"Expected the points of each item in '{arg_name}' to form an array of "
            f"shape (#points, 2), got shape {xy.shape}."
        )
    return xy


# ---------------------------------------------------------------------------------
# dtype restoration
# ---------------------------------------------------------------------------------


def restore_dtype_and_merge(arr, input_dtype):
    """Convert arrays back to the input dtype and stack equally shaped lists.

    Parameters
    ----------
    arr : ndarray or list
        An array, or a (possibly nested) list of arrays.
    input_dtype : numpy.dtype
        The dtype to restore. Integer dtypes get rounded and clipped values.

    Returns
    -------
    ndarray or list
        A single array if ``arr`` was an array or a non-empty list of arrays with
        identical shapes, otherwise a list.

    Examples
    --------
    >>> import numpy as np
    >>> from imgaug.augmentables.normalization import restore_dtype_and_merge
    >>> restore_dtype_and_merge([np.float32([1.4, 2.6]), np.float32([-1, 3])], np.uint8)
    array([[1, 3],
           [0, 3]], dtype=uint8)
    """
    if isinstance(arr, list):
        arr = [restore_dtype_and_merge(arr_i, input_dtype) for arr_i in arr]
        if (
            arr
            and all(isinstance(arr_i, np.ndarray) for arr_i in arr)
            and len({arr_i.shape for arr_i in arr}) == 1
        ):
            return np.stack(arr)
        return arr
    if isinstance(arr, np.ndarray):
        return _change_dtype(arr, input_dtype)
    return arr


def _change_dtype(arr, dtype):
    """Convert to ``dtype`` (rounding/clipping for integers) without mutating arr."""
    dtype = np.dtype(dtype)
    if arr.dtype == dtype:
        return arr
    if not (arr.dtype.kind == "f" and dtype.kind in "uib"):
        # only float->int conversions round into a new array first; the other
        # routes of change_dtype_ may clip in place
        arr = np.copy(arr)
    return iadt.change_dtype_(arr, dtype)


def _restore_stacked(arrays, arr_old):
    """Restore a per-image list of arrays into the form of the old N-array."""
    if len(arrays) == 0:
        return np.zeros((0,) + arr_old.shape[1:], dtype=arr_old.dtype)
    return restore_dtype_and_merge(arrays, arr_old.dtype)


def _first_array_dtype(inputs_old):
    nonempty, success, _ = find_first_nonempty(inputs_old)
    if success and isinstance(nonempty, np.ndarray):
        return nonempty.dtype
    return np.dtype(np.float32)


# ---------------------------------------------------------------------------------
# Helpers for the inverse functions
# ---------------------------------------------------------------------------------


def _expect_none(value, ntype, arg_name):
    if value is not None:
        raise InvalidValueError(
            f"Expected augmented '{arg_name}' to be None, as the input was of form "
            f"'{ntype}', got type {type(value).__name__}."
        )


def _expect_len(values, n, ntype, arg_name, what="augmented items"):
    """Check that ``values`` holds ``n`` entries; return it (``[]`` for None, n=0)."""
    if values is None and n == 0:
        return []
    if values is None or len(values) != n:
        got = "None" if values is None else len(values)
        raise InvalidValueError(
            f"Cannot restore '{arg_name}' to its input form '{ntype}': expected "
            f"exactly {n} {what}, got {got}."
        )
    return values


# ---------------------------------------------------------------------------------
# Images
# ---------------------------------------------------------------------------------


def _check_image_dtype(image):
    if image.dtype.kind not in "biuf":
        raise InvalidTypeError(
            "Expected argument 'images' to contain numeric arrays (bool, int, uint "
            f"or float dtype), got dtype {image.dtype.name}."
        )


def normalize_images(images):
    """Normalize images to a 4D array or a list of 3D arrays.

    Parameters
    ----------
    images : None or ndarray or iterable of ndarray
        A 2D array is one image ``(H,W)``; a 3D array is **N grayscale images**
        ``(N,H,W)``; a 4D array is ``(N,H,W,C)``. An iterable may contain 2D
        ``(H,W)`` and 3D ``(H,W,C)`` arrays.

    Returns
    -------
    None or ndarray or list of ndarray
        ``(N,H,W,C)`` array or list of ``(H,W,C)`` arrays.

    Examples
    --------
    >>> import numpy as np
    >>> from imgaug.augmentables.normalization import normalize_images
    >>> normalize_images(np.zeros((2, 4, 5), dtype=np.uint8)).shape
    (2, 4, 5, 1)
    """
    if images is None:
        return None
    if type(images) is list and len(images) == 1:
        # one image per call: the common case, without the generic checks below
        image = images[0]
        if type(image) is np.ndarray and image.ndim == 3 and image.dtype.kind in "biuf":
            return [image]
    if isinstance(images, np.ndarray):
        _check_image_dtype(images)
        if images.ndim == 2:
            return images[np.newaxis, :, :, np.newaxis]
        if images.ndim == 3:
            return images[..., np.newaxis]
        if images.ndim == 4:
            return images
        raise InvalidValueError(
            "Expected an array given as 'images' to be 2D (H,W), 3D (N,H,W) or 4D "
            f"(N,H,W,C), got shape {images.shape}."
        )
    if isinstance(images, collections.abc.Iterable) and not isinstance(
        images, (str, bytes)
    ):
        result = []
        for image in images:
            if not isinstance(image, np.ndarray):
                raise InvalidTypeError(
                    "Expected each entry of iterable 'images' to be an array, got "
                    f"type {type(image).__name__}."
                )
            _check_image_dtype(image)
            if image.ndim == 2:
                result.append(image[:, :, np.newaxis])
            elif image.ndim == 3:
                result.append(image)
            else:
                raise InvalidValueError(
                    "Expected each image in iterable 'images' to be 2D (H,W) or 3D "
                    f"(H,W,C), got shape {image.shape}."
                )
        return result
    raise InvalidValueError(
        "Expected argument 'images' to be None, an array or an iterable of arrays, "
        f"got type {type(images).__name__}."
    )


def _drop_added_channel_axis(image):
    if image.ndim == 3 and image.shape[2] == 1:
        return image[:, :, 0]
    return image  # an augmenter produced more channels: nothing to drop


def invert_normalize_images(images, images_old):
    """Convert augmented images back into the form of the input images.

    Parameters
    ----------
    images : None or ndarray or list of ndarray
        Augmented images in normalized form.
    images_old : None or ndarray or iterable of ndarray
        The images as originally given by the user.

    Returns
    -------
    None or ndarray or list of ndarray
        Images in the original form; a list if the original was an array but the
        augmented images no longer fit into one (e.g. different sizes).
    """
    if images_old is None:
        _expect_none(images, "None", "images")
        return None
    if isinstance(images_old, np.ndarray):
        if not isinstance(images, np.ndarray):
            # the images turned into a list, e.g. after crops of different sizes
            if images_old.ndim == 2:
                _expect_len(images, 1, "array (H,W)", "images", "images")
                return [_drop_added_channel_axis(images[0])]
            if images_old.ndim == 3:
                return [_drop_added_channel_axis(image) for image in images]
            return list(images)
        if images_old.ndim == 2:
            _expect_len(images, 1, "array (H,W)", "images", "images")
            return _drop_added_channel_axis(images[0])
        if images_old.ndim == 3 and images.ndim == 4 and images.shape[3] == 1:
            return images[:, :, :, 0]
        return images
    if type(images_old) is list and len(images_old) == 1:
        # one image per call: the common case, without the generic checks below
        image_old = images_old[0]
        if type(image_old) is np.ndarray and type(images) is list and len(images) == 1:
            image = images[0]
            return [_drop_added_channel_axis(image) if image_old.ndim == 2 else image]
    if not isinstance(images_old, collections.abc.Iterable) or isinstance(
        images_old, (str, bytes)
    ):
        raise InvalidValueError(
            "Expected argument 'images_old' to be None, an array or an iterable of "
            f"arrays, got type {type(images_old).__name__}."
        )
    images_old = list(images_old)
    for image_old in images_old:
        if not isinstance(image_old, np.ndarray):
            raise InvalidValueError(
                "Expected argument 'images_old' to contain only arrays, got "
                f"{type(image_old).__name__}."
            )
    images = _expect_len(
        images, len(images_old), "iterable of arrays", "images", "images"
    )
    return [
        _drop_added_channel_axis(image) if image_old.ndim == 2 else image
        for image, image_old in zip(images, images_old)
    ]


# ---------------------------------------------------------------------------------
# Heatmaps and segmentation maps
# ---------------------------------------------------------------------------------


def normalize_heatmaps(inputs, shapes=None):
    """Normalize heatmaps to a list of ``HeatmapsOnImage``.

    Parameters
    ----------
    inputs : None or ndarray or HeatmapsOnImage or iterable
        ``(N,H,W,C)`` float32 array, a ``HeatmapsOnImage``, an iterable of
        ``(H,W,C)`` float32 arrays or an iterable of ``HeatmapsOnImage``.
    shapes : None or ndarray or list of tuple or list of ndarray, optional
        Image shapes (or the images), needed by the array forms.

    Returns
    -------
    None or list of HeatmapsOnImage
        Canonical form.
    """
    hm_cls = _heatmapslib.HeatmapsOnImage
    shapes = _preprocess_shapes(shapes)
    ntype = estimate_heatmaps_norm_type(inputs)
    assert_n_shapes = functools.partial(
        _assert_exactly_n_shapes,
        shapes=shapes,
        from_ntype=ntype,
        to_ntype="List[HeatmapsOnImage]",
    )

    if ntype in ("None", "iterable[empty]"):
        return None
    if ntype == "array[float]":
        _assert_single_array_ndim(inputs, 4, "(N,H,W,C)", "HeatmapsOnImage")
        if len(inputs) == 0:
            return []
        assert_n_shapes(n=len(inputs))
        return [hm_cls(arr_i, shape=shape_i) for arr_i, shape_i in zip(inputs, shapes)]
    if ntype == "HeatmapsOnImage":
        return [inputs]
    if ntype == "iterable-array[float]":
        _assert_many_arrays_ndim(inputs, 3, "(H,W,C)", "HeatmapsOnImage")
        assert_n_shapes(n=len(inputs))
        return [hm_cls(arr_i, shape=shape_i) for arr_i, shape_i in zip(inputs, shapes)]
    # iterable-HeatmapsOnImage; the count may differ from the number of images
    return list(inputs)


def invert_normalize_heatmaps(heatmaps, heatmaps_old):
    """Convert augmented heatmaps back into the form of the input heatmaps.

    Parameters
    ----------
    heatmaps : None or list of HeatmapsOnImage
        Augmented heatmaps in canonical form.
    heatmaps_old : object
        The heatmaps as originally given by the user.

    Returns
    -------
    object
        Heatmaps in the original form (arrays with the original dtype, stacked
        into one array if all shapes agree).
    """
    ntype = estimate_heatmaps_norm_type(heatmaps_old)
    if ntype == "None":
        _expect_none(heatmaps, ntype, "heatmaps")
        return None
    if ntype == "array[float]":
        heatmaps = _expect_len(heatmaps, len(heatmaps_old), ntype, "heatmaps")
        return _restore_stacked([hm.arr_0to1 for hm in heatmaps], heatmaps_old)
    if ntype == "HeatmapsOnImage":
        _expect_len(heatmaps, 1, ntype, "heatmaps")
        return heatmaps[0]
    if ntype == "iterable[empty]":
        _expect_none(heatmaps, ntype, "heatmaps")
        return []
    if ntype == "iterable-array[float]":
        heatmaps = _expect_len(heatmaps, len(heatmaps_old), ntype, "heatmaps")
        return [
            restore_dtype_and_merge(hm.arr_0to1, arr_old.dtype)
            for hm, arr_old in zip(heatmaps, heatmaps_old)
        ]
    return heatmaps  # iterable-HeatmapsOnImage


def normalize_segmentation_maps(inputs, shapes=None):
    """Normalize segmentation maps to a list of ``SegmentationMapsOnImage``.

    Parameters
    ----------
    inputs : None or ndarray or SegmentationMapsOnImage or iterable
        ``(N,H,W,C)`` int/uint/bool array, a ``SegmentationMapsOnImage``, an iterable
        of ``(H,W,C)`` int/uint/bool arrays or an iterable of
        ``SegmentationMapsOnImage``.
    shapes : None or ndarray or list of tuple or list of ndarray, optional
        Image shapes (or the images), needed by the array forms.

    Returns
    -------
    None or list of SegmentationMapsOnImage
        Canonical form.
    """
    segmap_cls = _segmapslib.SegmentationMapsOnImage
    shapes = _preprocess_shapes(shapes)
    ntype = estimate_segmaps_norm_type(inputs)
    assert_n_shapes = functools.partial(
        _assert_exactly_n_shapes,
        shapes=shapes,
        from_ntype=ntype,
        to_ntype="List[SegmentationMapsOnImage]",
    )

    if ntype in ("None", "iterable[empty]"):
        return None
    if ntype in _SEGMAPS_ARRAY_TYPES:
        _assert_single_array_ndim(inputs, 4, "(N,H,W,C)", "SegmentationMapsOnImage")
        if len(inputs) == 0:
            return []
        assert_n_shapes(n=len(inputs))
        return [
            segmap_cls(arr_i, shape=shape_i) for arr_i, shape_i in zip(inputs, shapes)
        ]
    if ntype == "SegmentationMapsOnImage":
        return [inputs]
    if ntype == "iterable-SegmentationMapsOnImage":
        return list(inputs)
    _assert_many_arrays_ndim(inputs, 3, "(H,W,C)", "SegmentationMapsOnImage")
    assert_n_shapes(n=len(inputs))
    return [segmap_cls(arr_i, shape=shape_i) for arr_i, shape_i in zip(inputs, shapes)]


def invert_normalize_segmentation_maps(segmentation_maps, segmentation_maps_old):
    """Convert augmented segmentation maps back into the form of the input.

    Parameters
    ----------
    segmentation_maps : None or list of SegmentationMapsOnImage
        Augmented segmentation maps in canonical form.
    segmentation_maps_old : object
        The segmentation maps as originally given by the user.

    Returns
    -------
    object
        Segmentation maps in the original form (arrays with the original dtype).
    """
    segmaps, segmaps_old = segmentation_maps, segmentation_maps_old
    name = "segmentation_maps"
    ntype = estimate_segmaps_norm_type(segmaps_old)
    if ntype == "None":
        _expect_none(segmaps, ntype, name)
        return None
    if ntype in _SEGMAPS_ARRAY_TYPES:
        segmaps = _expect_len(segmaps, len(segmaps_old), ntype, name)
        return _restore_stacked([segmap.get_arr() for segmap in segmaps], segmaps_old)
    if ntype == "SegmentationMapsOnImage":
        _expect_len(segmaps, 1, ntype, name)
        return segmaps[0]
    if ntype == "iterable[empty]":
        _expect_none(segmaps, ntype, name)
        return []
    if ntype == "iterable-SegmentationMapsOnImage":
        return segmaps
    segmaps = _expect_len(segmaps, len(segmaps_old), ntype, name)
    return [
        restore_dtype_and_merge(segmap.get_arr(), arr_old.dtype)
        for segmap, arr_old in zip(segmaps, segmaps_old)
    ]


# ---------------------------------------------------------------------------------
# Keypoints and bounding boxes
# ---------------------------------------------------------------------------------


def normalize_keypoints(inputs, shapes=None):
    """Normalize keypoints to a list of ``KeypointsOnImage``.

    Parameters
    ----------
    inputs : object
        Any form listed in the keypoints table of the normalization spec, e.g. an
        ``(N,K,2)`` array, an ``(x, y)`` tuple, a ``Keypoint``, a
        ``KeypointsOnImage``, lists of those, or a list (per image) of lists of
        tuples or Keypoints.
    shapes : None or ndarray or list of tuple or list of ndarray, optional
        Image shapes (or the images), needed by forms without an image shape.

    Returns
    -------
    None or list of KeypointsOnImage
        Canonical form.

    Examples
    --------
    >>> from imgaug.augmentables.normalization import normalize_keypoints
    >>> kpsois = normalize_keypoints([(1, 2), (3, 4)], shapes=[(10, 10, 3)])
    >>> len(kpsois), len(kpsois[0].keypoints)
    (1, 2)
    """
    kp_cls = _kpslib.Keypoint
    kpsoi_cls = _kpslib.KeypointsOnImage
    shapes = _preprocess_shapes(shapes)
    ntype = estimate_keypoints_norm_type(inputs)
    assert_n_shapes = functools.partial(
        _assert_exactly_n_shapes,
        shapes=shapes,
        from_ntype=ntype,
        to_ntype="List[KeypointsOnImage]",
    )

    def _kps_from_tuples(tuples):
        return [
            kp_cls(x=x, y=y)
            for x, y in (_check_tuple(t, 2, "keypoints") for t in tuples)
        ]

    if ntype in ("None", "iterable[empty]", "iterable-iterable[empty]"):
        return None
    if ntype in _COORD_ARRAY_TYPES:
        _assert_single_array_ndim(inputs, 3, "(N,K,2)", "KeypointsOnImage")
        _assert_single_array_last_dim_exactly(inputs, 2, "KeypointsOnImage")
        if len(inputs) == 0:
            return []
        assert_n_shapes(n=len(inputs))
        return [
            kpsoi_cls.from_xy_array(arr_i, shape=shape_i)
            for arr_i, shape_i in zip(inputs, shapes)
        ]
    if ntype == "tuple[number,size=2]":
        assert_n_shapes(n=1)
        return [kpsoi_cls([kp_cls(x=inputs[0], y=inputs[1])], shape=shapes[0])]
    if ntype == "Keypoint":
        assert_n_shapes(n=1)
        return [kpsoi_cls([inputs], shape=shapes[0])]
    if ntype == "KeypointsOnImage":
        return [inputs]
    if ntype in _prefixed("iterable-", _COORD_ARRAY_TYPES):
        _assert_many_arrays_ndim(inputs, 2, "(K,2)", "KeypointsOnImage")
        _assert_many_arrays_last_dim_exactly(inputs, 2, "KeypointsOnImage")
        assert_n_shapes(n=len(inputs))
        return [
            kpsoi_cls.from_xy_array(arr_i, shape=shape_i)
            for arr_i, shape_i in zip(inputs, shapes)
        ]
    if ntype == "iterable-tuple[number,size=2]":
        assert_n_shapes(n=1)
        return [kpsoi_cls(_kps_from_tuples(inputs), shape=shapes[0])]
    if ntype == "iterable-Keypoint":
        assert_n_shapes(n=1)
        return [kpsoi_cls(list(inputs), shape=shapes[0])]
    if ntype == "iterable-KeypointsOnImage":
        return list(inputs)
    if ntype == "iterable-iterable-tuple[number,size=2]":
        assert_n_shapes(n=len(inputs))
        return [
            kpsoi_cls(_kps_from_tuples(tuples_i), shape=shape_i)
            for tuples_i, shape_i in zip(inputs, shapes)
        ]
    # iterable-iterable-Keypoint
    assert_n_shapes(n=len(inputs))
    return [
        kpsoi_cls(list(kps_i), shape=shape_i) for kps_i, shape_i in zip(inputs, shapes)
    ]


def invert_normalize_keypoints(keypoints, keypoints_old):
    """Convert augmented keypoints back into the form of the input keypoints.

    Parameters
    ----------
    keypoints : None or list of KeypointsOnImage
        Augmented keypoints in canonical form.
    keypoints_old : object
        The keypoints as originally given by the user.

    Returns
    -------
    object
        Keypoints in the original form: arrays keep their dtype, ``(x, y)`` tuples
        are rebuilt from the keypoints' ``x``/``y`` attributes, single objects stay
        single objects, empty iterables come back as ``[]``.
    """
    name = "keypoints"
    ntype = estimate_keypoints_norm_type(keypoints_old)
    if ntype == "None":
        _expect_none(keypoints, ntype, name)
        return None
    if ntype in _COORD_ARRAY_TYPES:
        keypoints = _expect_len(keypoints, len(keypoints_old), ntype, name)
        return _restore_stacked(
            [kpsoi.to_xy_array() for kpsoi in keypoints], keypoints_old
        )
    if ntype == "tuple[number,size=2]":
        _expect_len(keypoints, 1, ntype, name)
        _expect_len(keypoints[0].keypoints, 1, ntype, name, "keypoints")
        kp = keypoints[0].keypoints[0]
        return (kp.x, kp.y)
    if ntype == "Keypoint":
        _expect_len(keypoints, 1, ntype, name)
        _expect_len(keypoints[0].keypoints, 1, ntype, name, "keypoints")
        return keypoints[0].keypoints[0]
    if ntype == "KeypointsOnImage":
        _expect_len(keypoints, 1, ntype, name)
        return keypoints[0]
    if ntype == "iterable[empty]":
        _expect_none(keypoints, ntype, name)
        return []
    if ntype in _prefixed("iterable-", _COORD_ARRAY_TYPES):
        keypoints = _expect_len(keypoints, len(keypoints_old), ntype, name)
        return [
            restore_dtype_and_merge(kpsoi.to_xy_array(), arr_old.dtype)
            for kpsoi, arr_old in zip(keypoints, keypoints_old)
        ]
    if ntype == "iterable-tuple[number,size=2]":
        _expect_len(keypoints, 1, ntype, name)
        return [(kp.x, kp.y) for kp in keypoints[0].keypoints]
    if ntype == "iterable-Keypoint":
        _expect_len(keypoints, 1, ntype, name)
        return list(keypoints[0].keypoints)
    if ntype == "iterable-KeypointsOnImage":
        return keypoints
    if ntype == "iterable-iterable[empty]":
        _expect_none(keypoints, ntype, name)
        return copylib.deepcopy(keypoints_old)
    keypoints = _expect_len(keypoints, len(keypoints_old), ntype, name)
    if ntype == "iterable-iterable-tuple[number,size=2]":
        return [[(kp.x, kp.y) for kp in kpsoi.keypoints] for kpsoi in keypoints]
    # iterable-iterable-Keypoint
    return [list(kpsoi.keypoints) for kpsoi in keypoints]


def normalize_bounding_boxes(inputs, shapes=None):
    """Normalize bounding boxes to a list of ``BoundingBoxesOnImage``.

    Parameters
    ----------
    inputs : object
        Any form listed in the bounding box table of the normalization spec, e.g.
        an ``(N,B,4)`` array, an ``(x1, y1, x2, y2)`` tuple, a ``BoundingBox``, a
        ``BoundingBoxesOnImage``, lists of those, or a list (per image) of lists of
        tuples or BoundingBoxes.
    shapes : None or ndarray or list of tuple or list of ndarray, optional
        Image shapes (or the images), needed by forms without an image shape.

    Returns
    -------
    None or list of BoundingBoxesOnImage
        Canonical form.
    """
    bb_cls = _bbslib.BoundingBox
    bbsoi_cls = _bbslib.BoundingBoxesOnImage
    shapes = _preprocess_shapes(shapes)
    ntype = estimate_bounding_boxes_norm_type(inputs)
    assert_n_shapes = functools.partial(
        _assert_exactly_n_shapes,
        shapes=shapes,
        from_ntype=ntype,
        to_ntype="List[BoundingBoxesOnImage]",
    )

    def _bbs_from_tuples(tuples):
        return [
            bb_cls(x1=x1, y1=y1, x2=x2, y2=y2)
            for x1, y1, x2, y2 in (_check_tuple(t, 4, "bounding_boxes") for t in tuples)
        ]

    if ntype in ("None", "iterable[empty]", "iterable-iterable[empty]"):
        return None
    if ntype in _COORD_ARRAY_TYPES:
        _assert_single_array_ndim(inputs, 3, "(N,B,4)", "BoundingBoxesOnImage")
        _assert_single_array_last_dim_exactly(inputs, 4, "BoundingBoxesOnImage")
        if len(inputs) == 0:
            return []
        assert_n_shapes(n=len(inputs))
        return [
            bbsoi_cls.from_xyxy_array(arr_i, shape=shape_i)
            for arr_i, shape_i in zip(inputs, shapes)
        ]
    if ntype == "tuple[number,size=4]":
        assert_n_shapes(n=1)
        return [bbsoi_cls(_bbs_from_tuples([inputs]), shape=shapes[0])]
    if ntype == "BoundingBox":
        assert_n_shapes(n=1)
        return [bbsoi_cls([inputs], shape=shapes[0])]
    if ntype == "BoundingBoxesOnImage":
        return [inputs]
    if ntype in _prefixed("iterable-", _COORD_ARRAY_TYPES):
        _assert_many_arrays_ndim(inputs, 2, "(B,4)", "BoundingBoxesOnImage")
        _assert_many_arrays_last_dim_exactly(inputs, 4, "BoundingBoxesOnImage")
        assert_n_shapes(n=len(inputs))
        return [
            bbsoi_cls.from_xyxy_array(arr_i, shape=shape_i)
            for arr_i, shape_i in zip(inputs, shapes)
        ]
    if ntype == "iterable-tuple[number,size=4]":
        assert_n_shapes(n=1)
        return [bbsoi_cls(_bbs_from_tuples(inputs), shape=shapes[0])]
    if ntype == "iterable-BoundingBox":
        assert_n_shapes(n=1)
        return [bbsoi_cls(list(inputs), shape=shapes[0])]
    if ntype == "iterable-BoundingBoxesOnImage":
        return list(inputs)
    if ntype == "iterable-iterable-tuple[number,size=4]":
        assert_n_shapes(n=len(inputs))
        return [
            bbsoi_cls(_bbs_from_tuples(tuples_i), shape=shape_i)
            for tuples_i, shape_i in zip(inputs, shapes)
        ]
    # iterable-iterable-BoundingBox
    assert_n_shapes(n=len(inputs))
    return [
        bbsoi_cls(list(bbs_i), shape=shape_i) for bbs_i, shape_i in zip(inputs, shapes)
    ]


def invert_normalize_bounding_boxes(bounding_boxes, bounding_boxes_old):
    """Convert augmented bounding boxes back into the form of the input.

    Parameters
    ----------
    bounding_boxes : None or list of BoundingBoxesOnImage
        Augmented bounding boxes in canonical form.
    bounding_boxes_old : object
        The bounding boxes as originally given by the user.

    Returns
    -------
    object
        Bounding boxes in the original form (see
        :func:`invert_normalize_keypoints`; tuples are ``(x1, y1, x2, y2)``).
    """
    bbsois, bbs_old = bounding_boxes, bounding_boxes_old
    name = "bounding_boxes"
    ntype = estimate_bounding_boxes_norm_type(bbs_old)

    def _as_tuple(bb):
        return (bb.x1, bb.y1, bb.x2, bb.y2)

    if ntype == "None":
        _expect_none(bbsois, ntype, name)
        return None
    if ntype in _COORD_ARRAY_TYPES:
        bbsois = _expect_len(bbsois, len(bbs_old), ntype, name)
        return _restore_stacked([bbsoi.to_xyxy_array() for bbsoi in bbsois], bbs_old)
    if ntype == "tuple[number,size=4]":
        _expect_len(bbsois, 1, ntype, name)
        _expect_len(bbsois[0].bounding_boxes, 1, ntype, name, "bounding boxes")
        return _as_tuple(bbsois[0].bounding_boxes[0])
    if ntype == "BoundingBox":
        _expect_len(bbsois, 1, ntype, name)
        _expect_len(bbsois[0].bounding_boxes, 1, ntype, name, "bounding boxes")
        return bbsois[0].bounding_boxes[0]
    if ntype == "BoundingBoxesOnImage":
        _expect_len(bbsois, 1, ntype, name)
        return bbsois[0]
    if ntype == "iterable[empty]":
        _expect_none(bbsois, ntype, name)
        return []
    if ntype in _prefixed("iterable-", _COORD_ARRAY_TYPES):
        bbsois = _expect_len(bbsois, len(bbs_old), ntype, name)
        return [
            restore_dtype_and_merge(bbsoi.to_xyxy_array(), arr_old.dtype)
            for bbsoi, arr_old in zip(bbsois, bbs_old)
        ]
    if ntype == "iterable-tuple[number,size=4]":
        _expect_len(bbsois, 1, ntype, name)
        return [_as_tuple(bb) for bb in bbsois[0].bounding_boxes]
    if ntype == "iterable-BoundingBox":
        _expect_len(bbsois, 1, ntype, name)
        return list(bbsois[0].bounding_boxes)
    if ntype == "iterable-BoundingBoxesOnImage":
        return bbsois
    if ntype == "iterable-iterable[empty]":
        _expect_none(bbsois, ntype, name)
        return copylib.deepcopy(bbs_old)
    bbsois = _expect_len(bbsois, len(bbs_old), ntype, name)
    if ntype == "iterable-iterable-tuple[number,size=4]":
        return [[_as_tuple(bb) for bb in bbsoi.bounding_boxes] for bbsoi in bbsois]
    # iterable-iterable-BoundingBox
    return [list(bbsoi.bounding_boxes) for bbsoi in bbsois]


# ---------------------------------------------------------------------------------
# Polygons and line strings
# ---------------------------------------------------------------------------------


def normalize_polygons(inputs, shapes=None):
    """Normalize polygons to a list of ``PolygonsOnImage``.

    Parameters
    ----------
    inputs : object
        Any form listed in the polygon table of the normalization spec, e.g. an
        ``(N,#polys,#points,2)`` array, a ``Polygon``, a ``PolygonsOnImage``, a list
        of ``(x, y)`` tuples (one polygon on one image), or nested lists of those.
    shapes : None or ndarray or list of tuple or list of ndarray, optional
        Image shapes (or the images), needed by forms without an image shape.

    Returns
    -------
    None or list of PolygonsOnImage
        Canonical form.
    """
    return _normalize_polygons_and_line_strings(
        cls_single=_polyslib.Polygon,
        cls_oi=_polyslib.PolygonsOnImage,
        axis_names=["#polys", "#points"],
        estimate_ntype_func=estimate_polygons_norm_type,
        inputs=inputs,
        shapes=shapes,
    )


def normalize_line_strings(inputs, shapes=None):
    """Normalize line strings to a list of ``LineStringsOnImage``.

    Parameters
    ----------
    inputs : object
        Same forms as for :func:`normalize_polygons`, with ``LineString`` and
        ``LineStringsOnImage`` in place of the polygon classes.
    shapes : None or ndarray or list of tuple or list of ndarray, optional
        Image shapes (or the images), needed by forms without an image shape.

    Returns
    -------
    None or list of LineStringsOnImage
        Canonical form.
    """
    return _normalize_polygons_and_line_strings(
        cls_single=_lineslib.LineString,
        cls_oi=_lineslib.LineStringsOnImage,
        axis_names=["#lines", "#points"],
        estimate_ntype_func=estimate_line_strings_norm_type,
        inputs=inputs,
        shapes=shapes,
    )


def _normalize_polygons_and_line_strings(
    cls_single, cls_oi, axis_names, estimate_ntype_func, inputs, shapes=None
):
    """Shared implementation of :func:`normalize_polygons`/`normalize_line_strings`."""
    single_name = cls_single.__name__
    oi_name = cls_oi.__name__
    arg_name = "polygons" if single_name == "Polygon" else "line_strings"
    axes_4d = f"(N,{axis_names[0]},{axis_names[1]},2)"
    axes_3d = f"({axis_names[0]},{axis_names[1]},2)"
    axes_2d = f"({axis_names[1]},2)"

    shapes = _preprocess_shapes(shapes)
    ntype = estimate_ntype_func(inputs)
    assert_n_shapes = functools.partial(
        _assert_exactly_n_shapes,
        shapes=shapes,
        from_ntype=ntype,
        to_ntype=f"List[{oi_name}]",
    )

    def _make_item(points):
        return cls_single(_points_to_xy(points, arg_name))

    def _make_oi(items_points, shape):
        return cls_oi([_make_item(points) for points in items_points], shape=shape)

    if ntype in (
        "None",
        "iterable[empty]",
        "iterable-iterable[empty]",
        "iterable-iterable-iterable[empty]",
    ):
        return None
    if ntype in _COORD_ARRAY_TYPES:
        _assert_single_array_ndim(inputs, 4, axes_4d, oi_name)
        _assert_single_array_last_dim_exactly(inputs, 2, oi_name)
        if len(inputs) == 0:
            return []
        assert_n_shapes(n=len(inputs))
        return [_make_oi(arr_i, shape_i) for arr_i, shape_i in zip(inputs, shapes)]
    if ntype == single_name:
        assert_n_shapes(n=1)
        return [cls_oi([inputs], shape=shapes[0])]
    if ntype == oi_name:
        return [inputs]
    if ntype in _prefixed("iterable-", _COORD_ARRAY_TYPES):
        _assert_many_arrays_ndim(inputs, 3, axes_3d, oi_name)
        _assert_many_arrays_last_dim_exactly(inputs, 2, oi_name)
        assert_n_shapes(n=len(inputs))
        return [_make_oi(arr_i, shape_i) for arr_i, shape_i in zip(inputs, shapes)]
    if ntype in ("iterable-tuple[number,size=2]", "iterable-Keypoint"):
        # the points of ONE item on ONE image
        assert_n_shapes(n=1)
        return [_make_oi([inputs], shapes[0])]
    if ntype == f"iterable-{single_name}":
        assert_n_shapes(n=1)
        return [cls_oi(list(inputs), shape=shapes[0])]
    if ntype == f"iterable-{oi_name}":
        return list(inputs)
    if ntype in _prefixed("iterable-iterable-", _COORD_ARRAY_TYPES):
        _assert_many_arrays_ndim(inputs, 2, axes_2d, oi_name)
        _assert_many_arrays_last_dim_exactly(inputs, 2, oi_name)
        assert_n_shapes(n=len(inputs))
        return [_make_oi(arrs_i, shape_i) for arrs_i, shape_i in zip(inputs, shapes)]
    if ntype in (
        "iterable-iterable-tuple[number,size=2]",
        "iterable-iterable-Keypoint",
    ):
        # several items on ONE image
        assert_n_shapes(n=1)
        return [_make_oi(inputs, shapes[0])]
    if ntype == f"iterable-iterable-{single_name}":
        assert_n_shapes(n=len(inputs))
        return [
            cls_oi(list(items_i), shape=shape_i)
            for items_i, shape_i in zip(inputs, shapes)
        ]
    # iterable-iterable-iterable-tuple[number,size=2] / -Keypoint: per image lists
    assert_n_shapes(n=len(inputs))
    return [_make_oi(items_i, shape_i) for items_i, shape_i in zip(inputs, shapes)]


def _invert_normalize_polygons_and_line_strings(
    inputs,
    inputs_old,
    estimate_ntype_func,
    cls_single_name,
    cls_oi_name,
    arg_name,
    items_attr,
    points_attr,
):
    ntype = estimate_ntype_func(inputs_old)
    kp_cls = _kpslib.Keypoint

    def _items(oi):
        return list(getattr(oi, items_attr))

    def _points(item):
        return getattr(item, points_attr)

    def _as_tuples(item):
        return [tuple(point) for point in _points(item).tolist()]

    def _as_keypoints(item):
        return [kp_cls(x=x, y=y) for x, y in _points(item).tolist()]

    def _single_item(ois):
        _expect_len(ois, 1, ntype, arg_name)
        items = _items(ois[0])
        _expect_len(items, 1, ntype, arg_name, "items")
        return items[0]

    if ntype == "None":
        _expect_none(inputs, ntype, arg_name)
        return None
    if ntype in (
        "iterable[empty]",
        "iterable-iterable[empty]",
        "iterable-iterable-iterable[empty]",
    ):
        _expect_none(inputs, ntype, arg_name)
        return [] if ntype == "iterable[empty]" else copylib.deepcopy(inputs_old)
    if ntype in _COORD_ARRAY_TYPES:
        inputs = _expect_len(inputs, len(inputs_old), ntype, arg_name)
        dtype = inputs_old.dtype
        per_image = [
            _restore_points_of_items(_items(oi), _points, dtype, inputs_old.shape[2:])
            for oi in inputs
        ]
        return _restore_stacked(per_image, inputs_old)
    if ntype == cls_single_name:
        return _single_item(inputs)
    if ntype == cls_oi_name:
        _expect_len(inputs, 1, ntype, arg_name)
        return inputs[0]
    if ntype in _prefixed("iterable-", _COORD_ARRAY_TYPES):
        inputs = _expect_len(inputs, len(inputs_old), ntype, arg_name)
        return [
            _restore_points_of_items(
                _items(oi), _points, arr_old.dtype, arr_old.shape[1:]
            )
            for oi, arr_old in zip(inputs, inputs_old)
        ]
    if ntype == "iterable-tuple[number,size=2]":
        return _as_tuples(_single_item(inputs))
    if ntype == "iterable-Keypoint":
        return _as_keypoints(_single_item(inputs))
    if ntype == f"iterable-{cls_single_name}":
        _expect_len(inputs, 1, ntype, arg_name)
        return _items(inputs[0])
    if ntype == f"iterable-{cls_oi_name}":
        return inputs
    if ntype in _prefixed("iterable-iterable-", _COORD_ARRAY_TYPES):
        inputs = _expect_len(inputs, len(inputs_old), ntype, arg_name)
        dtype = _first_array_dtype(inputs_old)
        return [
            [restore_dtype_and_merge(_points(item), dtype) for item in _items(oi)]
            for oi in inputs
        ]
    if ntype == "iterable-iterable-tuple[number,size=2]":
        _expect_len(inputs, 1, ntype, arg_name)
        return [_as_tuples(item) for item in _items(inputs[0])]
    if ntype == "iterable-iterable-Keypoint":
        _expect_len(inputs, 1, ntype, arg_name)
        return [_as_keypoints(item) for item in _items(inputs[0])]
    inputs = _expect_len(inputs, len(inputs_old), ntype, arg_name)
    if ntype == f"iterable-iterable-{cls_single_name}":
        return [_items(oi) for oi in inputs]
    if ntype == "iterable-iterable-iterable-tuple[number,size=2]":
        return [[_as_tuples(item) for item in _items(oi)] for oi in inputs]
    # iterable-iterable-iterable-Keypoint
    return [[_as_keypoints(item) for item in _items(oi)] for oi in inputs]


def _restore_points_of_items(items, get_points, dtype, item_shape):
    """Per image: (#items,#points,2) array, or a list of (#points,2) arrays."""
    if len(items) == 0:
        return np.zeros((0,) + tuple(item_shape), dtype=dtype)
    return restore_dtype_and_merge([get_points(item) for item in items], dtype)


def invert_normalize_polygons(polygons, polygons_old):
    """Convert augmented polygons back into the form of the input polygons.

    Parameters
    ----------
    polygons : None or list of PolygonsOnImage
        Augmented polygons in canonical form.
    polygons_old : object
        The polygons as originally given by the user.

    Returns
    -------
    object
        Polygons in the original form; arrays keep their dtype (lists where the
        number of polygons or points changed), ``(x, y)`` tuples and Keypoints are
        rebuilt from the exterior points.
    """
    return _invert_normalize_polygons_and_line_strings(
        polygons,
        polygons_old,
        estimate_polygons_norm_type,
        "Polygon",
        "PolygonsOnImage",
        "polygons",
        "polygons",
        "exterior",
    )


def invert_normalize_line_strings(line_strings, line_strings_old):
    """Convert augmented line strings back into the form of the input.

    Parameters
    ----------
    line_strings : None or list of LineStringsOnImage
        Augmented line strings in canonical form.
    line_strings_old : object
        The line strings as originally given by the user.

    Returns
    -------
    object
        Line strings in the original form (see :func:`invert_normalize_polygons`).
    """
    return _invert_normalize_polygons_and_line_strings(
        line_strings,
        line_strings_old,
        estimate_line_strings_norm_type,
        "LineString",
        "LineStringsOnImage",
        "line_strings",
        "line_strings",
        "coords",
    )
