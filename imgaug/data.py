"""Bundled example data: a photo with hand-made annotations.

The 0.4.0 names (``quokka``, ``quokka_square``, ``quokka_heatmap``, ...) are kept so
that existing scripts run unchanged, but the photo is "Chelsea the cat" by Stefan van
der Walt (CC0, distributed with scikit-image), resized to the 643x960 (H x W) size of
the original sample so that every shape-based behaviour stays the same. The
keypoints, bounding box, polygon, depth map and segmentation map were made for this
photo by the imgaug authors.
"""

import functools
import json
import os

import cv2
import numpy as np

from imgaug import imgaug as ia
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.polys import Polygon, PolygonsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "quokka",
    "quokka_square",
    "quokka_heatmap",
    "quokka_segmentation_map",
    "quokka_keypoints",
    "quokka_bounding_boxes",
    "quokka_polygons",
]

_FILE_DIR = os.path.dirname(os.path.abspath(__file__))
_QUOKKA_FP = os.path.join(_FILE_DIR, "quokka.jpg")
_QUOKKA_ANNOTATIONS_FP = os.path.join(_FILE_DIR, "quokka_annotations.json")
_QUOKKA_DEPTH_MAP_HALFRES_FP = os.path.join(_FILE_DIR, "quokka_depth_map_halfres.png")
_QUOKKA_SHAPE = (643, 960, 3)


@functools.lru_cache(maxsize=1)
def _read_rgb(path):
    image = cv2.imread(path, cv2.IMREAD_COLOR)
    if image is None:
        raise FileNotFoundError(f"Could not read the bundled sample file {path!r}.")
    image = np.ascontiguousarray(image[:, :, ::-1])
    image.setflags(write=False)
    return image


@functools.lru_cache(maxsize=1)
def _read_annotations():
    with open(_QUOKKA_ANNOTATIONS_FP, encoding="utf-8") as handle:
        return json.load(handle)


def _quokka_normalize_extract(extract):
    """Turn the ``extract`` argument into the `BoundingBox` to cut out."""
    if extract == "square":
        return BoundingBox(x1=0, y1=0, x2=643, y2=643)
    if isinstance(extract, tuple) and len(extract) == 4:
        return BoundingBox(x1=extract[0], y1=extract[1], x2=extract[2], y2=extract[3])
    if isinstance(extract, BoundingBox):
        return extract
    if isinstance(extract, BoundingBoxesOnImage):
        if len(extract.bounding_boxes) != 1:
            raise InvalidValueError(
                "Expected 'extract' to contain exactly one bounding box, "
                f"got {len(extract.bounding_boxes)}."
            )
        if tuple(extract.shape[0:2]) != _QUOKKA_SHAPE[0:2]:
            raise InvalidValueError(
                "Expected 'extract' to be placed on an image of shape "
                f"{_QUOKKA_SHAPE[0:2]}, got {extract.shape[0:2]}."
            )
        return extract.bounding_boxes[0]
    raise InvalidTypeError(
        "Expected 'square' or tuple of four entries or BoundingBox or "
        "BoundingBoxesOnImage for parameter 'extract', "
        f"got {type(extract).__name__}."
    )


def _compute_resized_shape(from_shape, to_shape):
    """Compute the shape that ``size``/``to_shape`` asks for, given ``from_shape``."""
    if ia.is_np_array(from_shape):
        from_shape = from_shape.shape
    if ia.is_np_array(to_shape):
        to_shape = to_shape.shape
    from_shape = tuple(from_shape)
    if to_shape is None:
        return from_shape
    if isinstance(to_shape, tuple):
        if len(to_shape) not in (2, 3):
            raise InvalidValueError(
                f"Expected 'to_shape' to have 2 or 3 entries, got {len(to_shape)}."
            )
        if len(from_shape) == 3 and len(to_shape) == 3 and from_shape[2] != to_shape[2]:
            raise InvalidValueError(
                "Expected the channel counts of 'from_shape' and 'to_shape' to match, "
                f"got {from_shape[2]} and {to_shape[2]}."
            )
        new_hw = [
            _resize_axis(old, new, "to_shape")
            for old, new in zip(from_shape[0:2], to_shape[0:2])
        ]
        channels = to_shape[2:3] or from_shape[2:3]
        return tuple(new_hw) + tuple(channels)
    if ia.is_single_number(to_shape):
        new_hw = [_resize_axis(old, to_shape, "to_shape") for old in from_shape[0:2]]
        return tuple(new_hw) + tuple(from_shape[2:])
    raise InvalidTypeError(
        "Expected 'to_shape' to be None, a number or a tuple of 2-3 entries, "
        f"got {type(to_shape).__name__}."
    )


def _resize_axis(old, new, name):
    if new is None:
        return old
    if ia.is_single_integer(new):
        return int(new)
    if ia.is_single_float(new):
        return int(round(old * new))
    raise InvalidTypeError(
        f"Expected entries of {name!r} to be None, int or float, "
        f"got {type(new).__name__}."
    )


def quokka(size=None, extract=None):
    """Return the bundled sample photo as an RGB uint8 array.

    Parameters
    ----------
    size : None or float or tuple of int or tuple of float, optional
        Size of the output image (see ``imresize_single_image``); None keeps
        643x960.
    extract : None or 'square' or tuple or BoundingBox or BoundingBoxesOnImage
        Subregion to cut out before resizing; ``"square"`` is the left 643x643 area.

    Returns
    -------
    ndarray
        ``(H, W, 3)`` uint8 image.

    Examples
    --------
    >>> import imgaug.data
    >>> imgaug.data.quokka(size=(32, 48)).shape
    (32, 48, 3)
    """
    image = np.copy(_read_rgb(_QUOKKA_FP))
    if extract is not None:
        bb = _quokka_normalize_extract(extract)
        image = bb.extract_from_image(image)
    if size is not None:
        shape_resized = _compute_resized_shape(image.shape, size)
        image = ia.imresize_single_image(image, shape_resized[0:2])
    return image


def quokka_square(size=None):
    """Return the square 643x643 crop of the sample photo (see `quokka`)."""
    return quokka(size=size, extract="square")


def quokka_heatmap(size=None, extract=None):
    """Return a depth-like heatmap of the sample photo (0.0 = near, 1.0 = far).

    Returns
    -------
    HeatmapsOnImage
        One-channel float32 heatmap with values in ``[0.0, 1.0]``.
    """
    depth = _read_rgb(_QUOKKA_DEPTH_MAP_HALFRES_FP)
    depth = ia.imresize_single_image(depth, _QUOKKA_SHAPE[0:2], interpolation="cubic")
    if extract is not None:
        bb = _quokka_normalize_extract(extract)
        depth = bb.extract_from_image(depth)
    if size is not None:
        shape_resized = _compute_resized_shape(depth.shape, size)
        depth = ia.imresize_single_image(depth, shape_resized[0:2])
    arr = 1.0 - depth[..., 0:1].astype(np.float32) / 255.0
    return HeatmapsOnImage(arr, shape=arr.shape[0:2] + (3,))


def quokka_segmentation_map(size=None, extract=None):
    """Return the segmentation map of the sample photo (class 1 = the animal).

    Returns
    -------
    SegmentationMapsOnImage
        int32 map with one channel.
    """
    from skimage.draw import polygon as draw_polygon  # lazy: keeps import fast

    points = _read_annotations()["polygons"][0]["keypoints"]
    xx = np.float32([point["x"] for point in points])
    yy = np.float32([point["y"] for point in points])
    arr = np.zeros(_QUOKKA_SHAPE[0:2] + (1,), dtype=np.int32)
    rows, cols = draw_polygon(yy, xx, shape=_QUOKKA_SHAPE[0:2])
    arr[rows, cols, 0] = 1
    if extract is not None:
        bb = _quokka_normalize_extract(extract)
        arr = bb.extract_from_image(arr)
    segmap = SegmentationMapsOnImage(arr, shape=arr.shape[0:2] + (3,))
    if size is not None:
        shape_resized = _compute_resized_shape(arr.shape, size)
        segmap = segmap.resize(shape_resized[0:2])
        segmap.shape = tuple(shape_resized[0:2]) + (3,)
    return segmap


def _extract_offset_and_shape(extract):
    if extract is None:
        return 0.0, 0.0, _QUOKKA_SHAPE
    bb = _quokka_normalize_extract(extract)
    shape = (int(round(bb.height)), int(round(bb.width)), 3)
    return bb.x1, bb.y1, shape


def _finish_on_image(cbaoi, size):
    if size is not None:
        return cbaoi.on(_compute_resized_shape(cbaoi.shape, size))
    return cbaoi


def quokka_keypoints(size=None, extract=None):
    """Return the hand-made keypoints of the sample photo (ears, eyes, nose, mouth).

    Returns
    -------
    KeypointsOnImage
    """
    left, top, shape = _extract_offset_and_shape(extract)
    keypoints = [
        Keypoint(x=point["x"] - left, y=point["y"] - top)
        for point in _read_annotations()["keypoints"]
    ]
    return _finish_on_image(KeypointsOnImage(keypoints, shape=shape), size)


def quokka_bounding_boxes(size=None, extract=None):
    """Return the hand-made bounding box of the sample photo.

    Returns
    -------
    BoundingBoxesOnImage
    """
    left, top, shape = _extract_offset_and_shape(extract)
    bbs = [
        BoundingBox(
            x1=entry["x1"] - left,
            y1=entry["y1"] - top,
            x2=entry["x2"] - left,
            y2=entry["y2"] - top,
        )
        for entry in _read_annotations()["bounding_boxes"]
    ]
    return _finish_on_image(BoundingBoxesOnImage(bbs, shape=shape), size)


def quokka_polygons(size=None, extract=None):
    """Return the hand-made polygon around the animal in the sample photo.

    Returns
    -------
    PolygonsOnImage
    """
    left, top, shape = _extract_offset_and_shape(extract)
    polygons = [
        Polygon([(point["x"] - left, point["y"] - top) for point in entry["keypoints"]])
        for entry in _read_annotations()["polygons"]
    ]
    return _finish_on_image(PolygonsOnImage(polygons, shape=shape), size)
