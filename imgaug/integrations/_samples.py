"""One sample in, one augmented sample out, by the ``(seed, epoch, index)`` rule.

A *sample* is what a dataset returns for one index: a dict of arrays (the usual
form), an image array alone, or a tuple whose first element is the image and whose
other elements pass through (classification datasets). Arrays are turned into
imgaug's augmentables for the call and back into arrays of the same layout.
"""

import importlib
import numbers
import pickle

import numpy as np

from imgaug.augmentables.bbs import BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import KeypointsOnImage
from imgaug.augmentables.lines import LineString, LineStringsOnImage
from imgaug.augmentables.polys import Polygon, PolygonsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.validation import InvalidTypeError, InvalidValueError

#: What a sample's values can be: the kinds of ``augment()`` (``image`` is one
#: image) plus ``bounding_box_labels``, one entry per bounding box that is kept
#: aligned with the boxes when a pipeline removes some.
KINDS = (
    "image",
    "heatmaps",
    "segmentation_maps",
    "keypoints",
    "bounding_boxes",
    "polygons",
    "line_strings",
    "bounding_box_labels",
)

_ON_IMAGE = {
    "heatmaps": HeatmapsOnImage,
    "segmentation_maps": SegmentationMapsOnImage,
    "keypoints": KeypointsOnImage,
    "bounding_boxes": BoundingBoxesOnImage,
    "polygons": PolygonsOnImage,
    "line_strings": LineStringsOnImage,
}


def require(module_name, extra):
    """Import an optional dependency or raise an ImportError naming the extra.

    Parameters
    ----------
    module_name : str
        The module to import, e.g. ``"torch"``.
    extra : str
        The name of the ``imgaug`` extra that installs it.

    Returns
    -------
    module
        The imported module.

    """
    try:
        return importlib.import_module(module_name)
    except ImportError as exc:
        raise ImportError(
            f"This part of imgaug needs the optional dependency '{module_name}', "
            f"which could not be imported ({exc}). Install it with: "
            f"pip install imgaug[{extra}]"
        ) from exc


def check_picklable(augmenter, purpose):
    """Return ``pickle.dumps(augmenter)`` or raise a TypeError naming the culprit.

    Parameters
    ----------
    augmenter : imgaug.augmenters.meta.Augmenter
        The pipeline.
    purpose : str
        Where the pipeline is sent, for the message (e.g. "DataLoader workers").

    Returns
    -------
    bytes
        The pickled pipeline.

    """
    try:
        return pickle.dumps(augmenter, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # noqa: BLE001  (any pickling failure, reported)
        culprit = _find_unpicklable(augmenter)
        where = f" (first failing augmenter: {culprit})" if culprit else ""
        raise TypeError(
            f"The augmentation pipeline cannot be pickled for {purpose}{where}: "
            f"{type(exc).__name__}: {exc}. Pipelines sent to other processes must "
            "be picklable: define the functions of Lambda/AssertLambda augmenters "
            "at module level (not as lambdas or nested functions)."
        ) from exc


def _find_unpicklable(augmenter):
    """Name of the deepest augmenter of the tree that does not pickle, or None."""
    for children in augmenter.get_children_lists():
        for child in children:
            found = _find_unpicklable(child)
            if found is not None:
                return found
    try:
        pickle.dumps(augmenter, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001
        return f"{type(augmenter).__name__}(name={augmenter.name!r})"
    return None


class _KindMapping(dict):
    """A resolved ``{sample key: kind}`` mapping (resolving it again is a no-op)."""


def resolve_kinds(kinds):
    """Return the ``{sample key: kind}`` mapping (defaults plus `kinds`)."""
    if isinstance(kinds, _KindMapping):
        return kinds
    mapping = _KindMapping((kind, kind) for kind in KINDS)
    if kinds is None:
        return mapping
    if not isinstance(kinds, dict):
        raise InvalidTypeError(
            "Expected argument 'kinds' to be None or a dict mapping sample keys to "
            f"kinds, got {type(kinds).__name__}."
        )
    for key, kind in kinds.items():
        if kind is not None and kind not in KINDS:
            raise InvalidValueError(
                f"Expected argument 'kinds' to map sample keys to one of {KINDS} "
                f"(or None to pass a key through), got {key!r}: {kind!r}."
            )
    mapping.update(kinds)
    return mapping


def check_seed(seed, argname="seed"):
    """Return `seed` as an int after checking that it is an int >= 0."""
    if isinstance(seed, (bool, np.bool_)) or not isinstance(seed, numbers.Integral):
        raise InvalidTypeError(
            f"Expected argument '{argname}' to be an int, got {type(seed).__name__}."
        )
    if seed < 0:
        raise InvalidValueError(
            f"Expected argument '{argname}' to be >= 0, got {seed}."
        )
    return int(seed)


def augment_sample(augmenter, sample, seed_key, kinds=None):
    """Augment one sample with randomness fixed by `seed_key`.

    The same `seed_key` gives the same result in any process, thread or machine:
    this is ``augmenter.augment(..., seed_key=seed_key)`` applied to a sample in
    the forms datasets use.

    Parameters
    ----------
    augmenter : imgaug.augmenters.meta.Augmenter
        The pipeline.
    sample : dict or numpy.ndarray or tuple
        A dict whose values are augmented according to `kinds` (other keys pass
        through unchanged); or an image array; or a tuple/list whose first element
        is the image and whose other elements pass through. Array forms:
        ``image`` ``(H,W[,C])`` (PIL images are converted); ``heatmaps`` float
        ``(H,W[,C])`` in ``[0, 1]``; ``segmentation_maps`` int or bool
        ``(H,W[,C])``; ``keypoints`` ``(N,2)`` xy; ``bounding_boxes`` ``(N,4)``
        xyxy; ``polygons``/``line_strings`` a list of ``(K,2)`` arrays;
        ``bounding_box_labels`` one entry per box. The ``*OnImage`` objects of
        :mod:`imgaug.augmentables` are accepted too and returned as objects.
    seed_key : int or tuple of int
        The key, usually ``(seed, epoch, index)``.
    kinds : None or dict, optional
        Extra ``{sample key: kind}`` entries for a dict sample, e.g.
        ``{"mask": "segmentation_maps", "boxes": "bounding_boxes", "labels":
        "bounding_box_labels"}``; a kind of ``None`` passes the key through. The
        kind names of :data:`KINDS` are always mapped to themselves.

    Returns
    -------
    dict or numpy.ndarray or tuple
        The augmented sample in the input's structure: arrays in, arrays out
        (same layout; coordinates as float32 unless given as float64). Boxes that
        the pipeline removes take their ``bounding_box_labels`` entries along.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> from imgaug.integrations import augment_sample
    >>> sample = {"image": np.zeros((8, 8, 3), dtype=np.uint8),
    ...           "keypoints": np.array([[1.0, 2.0]]), "label": 3}
    >>> out = augment_sample(iaa.Fliplr(1.0), sample, seed_key=(0, 0, 5))
    >>> out["keypoints"].tolist(), out["label"]
    ([[7.0, 2.0]], 3)

    """
    if isinstance(sample, dict):
        return _augment_dict(augmenter, sample, seed_key, resolve_kinds(kinds))
    if isinstance(sample, (tuple, list)):
        if len(sample) == 0:
            raise InvalidValueError("Expected a non-empty tuple sample, got ().")
        image = augment_sample(augmenter, sample[0], seed_key)
        return type(sample)([image, *sample[1:]])
    image = _as_image(sample, "sample")
    return augmenter.augment(image=image, seed_key=seed_key)


def _as_image(value, key):
    image = value if isinstance(value, np.ndarray) else np.asarray(value)
    if image.ndim not in (2, 3) or image.dtype.kind not in "biuf":
        raise InvalidValueError(
            f"Expected the image under {key!r} to be a numeric (H,W) or (H,W,C) "
            f"array, got {image.dtype} with shape {image.shape}."
        )
    return image


def _augment_dict(augmenter, sample, seed_key, mapping):
    by_kind = {}
    for key, value in sample.items():
        kind = mapping.get(key)
        if kind is None or value is None:
            continue
        if kind in by_kind:
            raise InvalidValueError(
                f"Expected at most one key of kind {kind!r} per sample, got "
                f"{by_kind[kind]!r} and {key!r}."
            )
        by_kind[kind] = key
    image_key = by_kind.get("image")
    shape = None
    kwargs = {}
    if image_key is not None:
        kwargs["image"] = _as_image(sample[image_key], image_key)
        shape = kwargs["image"].shape
    labels_key = by_kind.pop("bounding_box_labels", None)
    boxes_key = by_kind.get("bounding_boxes")
    if labels_key is not None and boxes_key is None:
        labels_key = None  # nothing to keep aligned with: pass through
    for kind, key in by_kind.items():
        if kind != "image":
            kwargs[kind] = _to_augmentable(kind, sample[key], key, shape)
    if labels_key is not None:
        kwargs["bounding_boxes"] = _index_labelled(
            kwargs["bounding_boxes"], sample[labels_key], labels_key, boxes_key
        )
    if not kwargs:
        return dict(sample)
    results = augmenter.augment(**kwargs, seed_key=seed_key)
    if len(kwargs) == 1:
        results = (results,)
    out = dict(sample)
    for kind, result in zip(kwargs, results):
        key = by_kind[kind]
        if kind == "bounding_boxes" and labels_key is not None:
            kept = [bb.label for bb in result.bounding_boxes]
            out[labels_key] = _take(sample[labels_key], kept)
            result = _restore_labels(result, sample[key], kept)
        out[key] = result if kind == "image" else _from_augmentable(sample[key], result)
    return out


def _to_augmentable(kind, value, key, shape):
    if isinstance(value, _ON_IMAGE[kind]):
        return value
    if shape is None:
        raise InvalidValueError(
            f"Expected an image in a sample whose {key!r} ({kind}) is given as an "
            "array: the image shape is needed to place it. Add the image or pass "
            f"an {_ON_IMAGE[kind].__name__}."
        )
    if kind in ("polygons", "line_strings"):
        cls = Polygon if kind == "polygons" else LineString
        items = [cls(np.asarray(coords, dtype=np.float32)) for coords in value]
        return _ON_IMAGE[kind](items, shape=shape)
    arr = np.asarray(value)
    if kind == "heatmaps":
        return HeatmapsOnImage(arr.astype(np.float32, copy=False), shape=shape)
    if kind == "segmentation_maps":
        return SegmentationMapsOnImage(arr, shape=shape)
    width = 2 if kind == "keypoints" else 4
    if arr.ndim != 2 or arr.shape[1] != width or arr.dtype.kind not in "iuf":
        raise InvalidValueError(
            f"Expected {key!r} ({kind}) to be a numeric (N,{width}) array, got "
            f"{arr.dtype} with shape {arr.shape}."
        )
    if kind == "keypoints":
        return KeypointsOnImage.from_xy_array(arr.astype(np.float32), shape=shape)
    return BoundingBoxesOnImage.from_xyxy_array(arr.astype(np.float32), shape=shape)


def _from_augmentable(original, result):
    if isinstance(original, tuple(_ON_IMAGE.values())):
        return result  # objects in, objects out
    if isinstance(result, (HeatmapsOnImage, SegmentationMapsOnImage)):
        return result.get_arr()
    if isinstance(result, (PolygonsOnImage, LineStringsOnImage)):
        dtype = _coords_dtype(original[0] if len(original) else None)
        is_polygons = isinstance(result, PolygonsOnImage)
        items = result.polygons if is_polygons else result.line_strings
        return [item.coords.astype(dtype, copy=False) for item in items]
    if isinstance(result, KeypointsOnImage):
        return result.to_xy_array().astype(_coords_dtype(original), copy=False)
    return result.to_xyxy_array().astype(_coords_dtype(original), copy=False)


def _coords_dtype(original):
    dtype = getattr(np.asarray(original), "dtype", None)
    return np.float64 if dtype == np.float64 else np.float32


def _index_labelled(bbsoi, labels, labels_key, boxes_key):
    if len(labels) != len(bbsoi.bounding_boxes):
        raise InvalidValueError(
            f"Expected one entry of {labels_key!r} per bounding box in "
            f"{boxes_key!r}, got {len(labels)} labels for "
            f"{len(bbsoi.bounding_boxes)} boxes."
        )
    boxes = [bb.copy(label=i) for i, bb in enumerate(bbsoi.bounding_boxes)]
    return BoundingBoxesOnImage(boxes, shape=bbsoi.shape)


def _restore_labels(result, original, kept):
    if not isinstance(original, BoundingBoxesOnImage):
        return result
    labels = [original.bounding_boxes[i].label for i in kept]
    boxes = [bb.copy(label=label) for bb, label in zip(result.bounding_boxes, labels)]
    return BoundingBoxesOnImage(boxes, shape=result.shape)


def _take(values, indices):
    if isinstance(values, np.ndarray):
        return values[np.asarray(indices, dtype=np.intp)]
    taken = [values[i] for i in indices]
    return type(values)(taken) if isinstance(values, tuple) else taken
