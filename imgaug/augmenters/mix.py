"""Augmenters that mix an image with other images ("donors").

List of augmenters:

* :class:`Mosaic`
* :class:`MixUp`
* :class:`CutMix`
* :class:`CopyAndPaste`
* :class:`OverlayElements`
* :class:`HistogramMatching`
* :class:`PixelDistributionAdaptation`

None of them existed in imgaug 0.4.0. They follow one policy:

* **The augmenter never chooses donors.** The caller passes the final list and it
  is used as given, in order (class-balanced pasting, curricula and hard-example
  mining need that control).
* Donors arrive under the keyword named by the augmenter's ``metadata_key``
  (defaults: ``mosaic_metadata``, ``mixup_metadata``, ``cutmix_metadata``,
  ``copy_paste_metadata``, ``overlay_metadata``, ``hm_metadata``,
  ``pda_metadata``), e.g. ``aug(image=img, bounding_boxes=bbs,
  mosaic_metadata=[donor1, donor2, donor3])``. With ``images=...`` (a batch) the
  keyword holds one such list per row. Inside ``Sequential``, ``SomeOf``,
  ``Sometimes``, ... the metadata reaches the mixing augmenter untouched; other
  augmenters ignore it. A keyword that no augmenter of the pipeline declares raises.
  For :class:`~imgaug.augmentables.batches.UnnormalizedBatch` and
  :class:`~imgaug.augmentables.batches.Batch` set ``batch.metadata = {key: rows}``.
* A donor is a dict with the keys (and accepted forms) of the call itself:
  ``image``, ``heatmaps``, ``segmentation_maps``, ``keypoints``,
  ``bounding_boxes``, ``polygons``, ``line_strings``; labels ride on the
  annotation objects (``BoundingBox.label``, ``Polygon.label``, ...). A single map
  may be given as an ``(H,W[,C])`` array. :class:`CopyAndPaste` takes one object
  instance per dict (``image`` + ``mask``, optional ``bounding_box``, ``polygon``,
  ``keypoints``, ``label``, ...), :class:`OverlayElements` one element per dict.
* Missing or empty metadata returns the input unchanged (no error).
* Donors are only read, never changed. Their image must have the dtype and channel
  count of the image they are mixed into.

Annotations of every kind follow their pixels: coordinates are scaled and shifted to
where their source pixels land and clipped to the visible region of their source;
boxes and polygons whose visible area drops below ``min_visibility`` of their area
are removed; keypoints outside the visible region of their source are removed;
occlusion by pasted content shrinks boxes to their visible part where that is still
a rectangle (otherwise the box keeps its extent and gets an attribute
``visibility``, the visible fraction of its area); heatmaps and segmentation maps
are composed like the image. Sampled values (window positions, mixing weights,
patch sizes, positions) come from the augmenter's RNG: same seed and same donors
give the same result, and ``to_deterministic()`` repeats it.
"""

from __future__ import annotations

import math
import numbers

import numpy as np

import imgaug.dtypes as iadt
import imgaug.parameters as iap
from imgaug._kernels import blend as _blend
from imgaug._kernels import cv2util
from imgaug._kernels import lut as _lut
from imgaug._kernels import mix as _mix
from imgaug.augmentables import normalization as _norm
from imgaug.augmentables.base import IAugmentable
from imgaug.augmentables.bbs import BoundingBox
from imgaug.augmentables.polys import Polygon
from imgaug.augmenters import size as _size
from imgaug.augmenters._sampled import _SampledAugmenter
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "Mosaic",
    "MixUp",
    "CutMix",
    "CopyAndPaste",
    "OverlayElements",
    "HistogramMatching",
    "PixelDistributionAdaptation",
]

_IMAGE_KEYS = (
    "image",
    "heatmaps",
    "segmentation_maps",
    "keypoints",
    "bounding_boxes",
    "polygons",
    "line_strings",
)
_OBJECT_KEYS = (
    "image",
    "mask",
    "label",
    "bounding_box",
    "polygon",
    "keypoints",
    "line_strings",
    "heatmaps",
    "segmentation_maps",
)
_OVERLAY_KEYS = ("image", "mask", "bounding_box", "label")
_REFERENCE_KEYS = ("image",)
_COORD_KINDS = ("keypoints", "bounding_boxes", "polygons", "line_strings")
_NORMALIZERS = {
    "heatmaps": _norm.normalize_heatmaps,
    "segmentation_maps": _norm.normalize_segmentation_maps,
    "keypoints": _norm.normalize_keypoints,
    "bounding_boxes": _norm.normalize_bounding_boxes,
    "polygons": _norm.normalize_polygons,
    "line_strings": _norm.normalize_line_strings,
}
_DATA_KEYWORDS = ("image", "images", *_NORMALIZERS, "return_batch", "hooks")

#: dtypes of every augmenter that resizes donors (the cv2 interpolation routes)
_RESIZE_DTYPES = cv2util.DTYPES_INTERPOLATED
#: dtypes of the histogram and distribution matching (integers up to 16 bit, floats)
_MATCH_DTYPES = {
    "allowed": ["uint8", "uint16", "int8", "int16", "float16", "float32", "float64"],
    "disallowed": ["bool", "uint32", "uint64", "int32", "int64", "float128"],
}


# ------------------------------------------------------------------ arguments


def _is_int(value):
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def _unit(value):
    """Clip one sample to ``[0, 1]`` as a Python float (np.clip is slow on scalars)."""
    return min(max(float(value), 0.0), 1.0)


def _is_number(value):
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _handle_int_pair(value, name, allow_none=False):
    if value is None and allow_none:
        return None
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise InvalidTypeError(
            f"Expected argument '{name}' to be a tuple of two ints (height, width)"
            f"{' or None' if allow_none else ''}, got {value!r}."
        )
    if not all(_is_int(v) for v in value):
        raise InvalidTypeError(
            f"Expected argument '{name}' to contain two ints, got {value!r}."
        )
    if not all(v >= 1 for v in value):
        raise InvalidValueError(
            f"Expected both values of argument '{name}' to be >= 1, got {value!r}."
        )
    return (int(value[0]), int(value[1]))


def _handle_choice(value, name, valid):
    if not isinstance(value, str):
        raise InvalidTypeError(
            f"Expected argument '{name}' to be one of {list(valid)}, got "
            f"{type(value).__name__}."
        )
    if value not in valid:
        raise InvalidValueError(
            f"Expected argument '{name}' to be one of {list(valid)}, got {value!r}."
        )
    return value


def _handle_interpolation(value):
    if isinstance(value, str):
        return _handle_choice(value, "interpolation", _mix.INTERPOLATIONS)
    if _is_int(value):
        names = {code: name for name, code in _mix.INTERPOLATIONS.items()}
        if value in names:
            return names[value]
        raise InvalidValueError(
            "Expected argument 'interpolation' to be one of "
            f"{list(_mix.INTERPOLATIONS)} or their cv2.INTER_* codes, got {value!r}."
        )
    raise InvalidTypeError(
        f"Expected argument 'interpolation' to be one of {list(_mix.INTERPOLATIONS)}, "
        f"got {type(value).__name__}."
    )


def _handle_fraction(value, name):
    if not _is_number(value):
        raise InvalidTypeError(
            f"Expected argument '{name}' to be a number in [0, 1], got "
            f"{type(value).__name__}."
        )
    if not 0.0 <= value <= 1.0:
        raise InvalidValueError(
            f"Expected argument '{name}' to be in [0, 1], got {value!r}."
        )
    return float(value)


def _handle_metadata_key(value):
    if not isinstance(value, str):
        raise InvalidTypeError(
            "Expected argument 'metadata_key' to be a string, got "
            f"{type(value).__name__}."
        )
    if not value.isidentifier() or value in _DATA_KEYWORDS:
        raise InvalidValueError(
            "Expected argument 'metadata_key' to be a keyword name other than "
            f"{list(_DATA_KEYWORDS)}, got {value!r}."
        )
    return value


def _handle_position(position):
    """Handle ``position`` as PadToFixedSize does (0 = left/top, 1 = right/bottom).

    ``"uniform"`` becomes one parameter that draws the ``(x, y)`` pairs in a single
    call: the same law at half the sampling cost.
    """
    if isinstance(position, str) and position == "uniform":
        return iap.Uniform(0.0, 1.0)
    return _size._handle_position_parameter(position)


def _handle_cval(value):
    if not _is_number(value):
        raise InvalidTypeError(
            f"Expected argument 'cval' to be a number, got {type(value).__name__}."
        )
    if value != value:
        raise InvalidValueError("Expected argument 'cval' to be a number, got NaN.")
    return value


# ------------------------------------------------------------------ donors


class _Donor:
    """One validated donor dict; annotation columns are normalized on first use.

    Attributes: ``image`` (``(H,W,C)`` array or None), ``shape`` (of the image, or
    of its annotations if it has none), ``mask`` (2D bool or None), ``label``.
    """

    __slots__ = (
        "raw",
        "where",
        "image",
        "shape",
        "mask",
        "label",
        "_columns",
        "_is_object",
    )

    def __init__(self, raw, where, keys):
        if not isinstance(raw, dict):
            raise InvalidTypeError(
                f"Expected {where} to be a dict with keys from {list(keys)}, got "
                f"{type(raw).__name__}."
            )
        unknown = sorted(str(key) for key in raw if key not in keys)
        if unknown:
            raise InvalidValueError(
                f"Got unknown key(s) {unknown} in {where}; expected keys from "
                f"{list(keys)}."
            )
        self.raw = raw
        self.where = where
        self._is_object = keys is _OBJECT_KEYS
        self.label = raw.get("label")
        self._columns = {}
        self.image = _donor_image(raw.get("image"), where)
        self.shape = self._find_shape()
        self.mask = _donor_mask(raw.get("mask"), self.shape, where)

    def _find_shape(self):
        if self.image is not None:
            return self.image.shape
        for key in _IMAGE_KEYS[1:]:
            value = self.raw.get(key)
            if isinstance(value, IAugmentable):
                return tuple(value.shape)
        raise InvalidValueError(
            f"Expected {self.where} to contain an 'image' (or annotations given as "
            "*OnImage objects, which carry the image size), got neither."
        )

    def column(self, kind):
        """Return the donor's data of one kind as one ``*OnImage`` object (or None)."""
        if kind not in self._columns:
            self._columns[kind] = self._normalize(kind)
        return self._columns[kind]

    def _normalize(self, kind):
        value = self.raw.get(kind)
        if kind == "bounding_boxes" and "bounding_box" in self.raw:
            value = self._single_item(self.raw["bounding_box"], BoundingBox, 4)
        elif kind == "polygons" and "polygon" in self.raw:
            value = self._single_item(self.raw["polygon"], Polygon, None)
        elif kind == "bounding_boxes" and self._is_object and value is None:
            value = self._box_of_mask()
        if value is None:
            return None
        if kind in ("heatmaps", "segmentation_maps") and isinstance(value, np.ndarray):
            if value.ndim == 2:
                value = value[:, :, np.newaxis]
            if value.ndim == 3:
                value = [value]
        try:
            result = _NORMALIZERS[kind](value, shapes=[self.shape])
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"Invalid '{kind}' in {self.where}: {exc}") from None
        if result is None or len(result) == 0:
            return None
        if len(result) != 1:
            raise InvalidValueError(
                f"Expected '{kind}' in {self.where} to belong to one image, got "
                f"{len(result)}."
            )
        item = result[0]
        if kind in _COORD_KINDS and tuple(item.shape[0:2]) != tuple(self.shape[0:2]):
            item = item.deepcopy().on_(self.shape)
        return item

    def _box_of_mask(self):
        """Return the tight box of the mask (or image) of an object without a box."""
        height, width = self.shape[0:2]
        rect = (
            (0, height, 0, width) if self.mask is None else _mix.tight_rect(self.mask)
        )
        if rect is None or height == 0 or width == 0:
            return None
        return [BoundingBox(rect[2], rect[0], rect[3], rect[1], label=self.label)]

    def _single_item(self, value, cls, size):
        if isinstance(value, cls):
            item = value
        elif cls is BoundingBox:
            if not isinstance(value, (tuple, list, np.ndarray)) or len(value) != size:
                raise InvalidTypeError(
                    f"Expected 'bounding_box' in {self.where} to be a BoundingBox or "
                    f"(x1, y1, x2, y2), got {value!r}."
                )
            item = BoundingBox(*[float(v) for v in value])
        else:
            item = Polygon(value)
        if item.label is None and self.label is not None:
            item = item.deepcopy(label=self.label)
        return [item]


def _donor_image(image, where):
    if image is None:
        return None
    if not isinstance(image, np.ndarray) or image.dtype.kind not in "biuf":
        raise InvalidTypeError(
            f"Expected 'image' in {where} to be a numeric numpy array, got "
            f"{getattr(image, 'dtype', type(image).__name__)}."
        )
    if image.ndim == 2:
        return image[:, :, np.newaxis]
    if image.ndim != 3:
        raise InvalidValueError(
            f"Expected 'image' in {where} to have shape (H, W) or (H, W, C), got "
            f"{image.shape}."
        )
    return image


def _donor_mask(mask, shape, where):
    if mask is None:
        return None
    if not isinstance(mask, np.ndarray) or mask.dtype.kind not in "biuf":
        raise InvalidTypeError(
            f"Expected 'mask' in {where} to be a numeric or bool numpy array, got "
            f"{getattr(mask, 'dtype', type(mask).__name__)}."
        )
    if mask.ndim == 3 and mask.shape[2] == 1:
        mask = mask[:, :, 0]
    if mask.ndim != 2 or mask.shape != tuple(shape[0:2]):
        raise InvalidValueError(
            f"Expected 'mask' in {where} to match its image: shape {tuple(shape[0:2])}"
            f", got {mask.shape}."
        )
    return mask if mask.dtype == np.bool_ else mask > 0


def _read_donors(batch, key, keys):
    """Donors per row (lists of `_Donor`), or None if the batch carries none."""
    metadata = batch.metadata
    rows = None if metadata is None else metadata.get(key)
    if rows is None:
        return None
    result = []
    for row, entries in enumerate(rows):
        if entries is None:
            result.append([])
            continue
        if isinstance(entries, dict) or not isinstance(entries, (list, tuple)):
            raise InvalidTypeError(
                f"Expected argument '{key}' to hold a list of donor dicts per image "
                f"(with images=..., one list per row), got {type(entries).__name__} "
                f"for row {row}."
            )
        result.append(
            [
                _Donor(entry, f"'{key}' (row {row}, donor {index})", keys)
                for index, entry in enumerate(entries)
            ]
        )
    if not any(result):
        return None
    return result


def _check_donor_images(donors, image):
    """Raise unless every donor has an image of the primary's dtype and channels."""
    for donor in donors:
        if donor.image is None:
            raise InvalidValueError(
                f"Expected {donor.where} to contain an 'image', because the call "
                "contains images."
            )
        if donor.image.dtype != image.dtype:
            raise InvalidValueError(
                f"Expected 'image' in {donor.where} to have the dtype of the image "
                f"({image.dtype.name}), got {donor.image.dtype.name}."
            )
        if donor.image.shape[2] != image.shape[2]:
            raise InvalidValueError(
                f"Expected 'image' in {donor.where} to have the channel count of the "
                f"image ({image.shape[2]}), got {donor.image.shape[2]}."
            )


# ------------------------------------------------------------------ plans


class _Piece:
    """One source region placed on the output.

    The pixels ``src`` of source ``source`` are resized into the rectangle ``dst``
    of the output, optionally only where ``mask`` (a bool array of the ``dst`` size)
    is True. ``source`` 0 is the primary row, ``i > 0`` the donor ``i - 1``.
    """

    __slots__ = ("source", "dst", "src", "mask")

    def __init__(self, source, dst, src, mask=None):
        self.source = source
        self.dst = dst
        self.src = src
        self.mask = mask

    def scales(self):
        """``(scale_y, scale_x)`` from source to output pixels."""
        return (
            (self.dst[1] - self.dst[0]) / (self.src[1] - self.src[0]),
            (self.dst[3] - self.dst[2]) / (self.src[3] - self.src[2]),
        )


class _LayoutPlan:
    """How one row is composed from pieces (Mosaic, CutMix, copy-paste, overlays).

    ``base``: the primary is the background with unchanged coordinates and the
    pieces lie on top of it (in order); otherwise the output starts as ``fill``.
    """

    __slots__ = ("donors", "out_hw", "pieces", "base", "labels", "_owner")

    def __init__(self, donors, out_hw, pieces, base, labels=None):
        self.donors = donors
        self.out_hw = out_hw
        self.pieces = pieces
        self.base = base
        self.labels = labels  # class id per piece for segmentation maps (or None)
        self._owner = None

    def source(self, piece):
        return None if piece.source == 0 else self.donors[piece.source - 1]

    def owner(self):
        """``(H, W)`` int16 map: index of the topmost piece per pixel, -1 = base."""
        if self._owner is None:
            owner = np.full(self.out_hw, -1, dtype=np.int16)
            for index, piece in enumerate(self.pieces):
                _mix.paste_(owner, piece.dst, index, piece.mask)
            self._owner = owner
        return self._owner


class _BlendPlan:
    """MixUp of one row: the donors and the weight of every source (primary first)."""

    __slots__ = ("donors", "weights")

    def __init__(self, donors, weights):
        self.donors = donors
        self.weights = weights


class _ReferencePlan:
    """Histogram/distribution matching of one row: reference donors and blend."""

    __slots__ = ("donors", "blend")

    def __init__(self, donors, blend):
        self.donors = donors
        self.blend = blend


class _MixSamples:
    __slots__ = ("plans",)

    def __init__(self, plans):
        self.plans = plans  # one plan per row, None = row stays unchanged


# ------------------------------------------------------------------ composition


def _fill_value(cval, dtype):
    if dtype.kind == "b":
        return cval > 0.5
    if dtype.kind in "ui":
        info = np.iinfo(dtype)
        return int(np.clip(round(cval), info.min, info.max))
    return cval


def _compose_image(plan, image, interpolation, cval):
    """Compose the output image of a layout plan (never writes into `image`)."""
    height, width = plan.out_hw
    if plan.base:
        out = image.copy()
    else:
        covered = sum(
            (p.dst[1] - p.dst[0]) * (p.dst[3] - p.dst[2]) for p in plan.pieces
        )
        shape = (height, width, image.shape[2])
        if covered == height * width and all(p.mask is None for p in plan.pieces):
            out = np.empty(shape, dtype=image.dtype)
        else:
            out = np.full(shape, _fill_value(cval, image.dtype), dtype=image.dtype)
    code = _mix.INTERPOLATIONS[interpolation]
    for piece in plan.pieces:
        donor = plan.source(piece)
        source = image if donor is None else donor.image
        dst = piece.dst
        patch = _mix.resize_region(
            source, piece.src, dst[1] - dst[0], dst[3] - dst[2], code
        )
        _mix.paste_(out, dst, patch, piece.mask)
    return out


def _map_ratio(item, arr):
    """Map pixels per image pixel ``(y, x)`` of a map (1 for empty images)."""
    return (
        arr.shape[0] / item.shape[0] if item.shape[0] > 0 else 1.0,
        arr.shape[1] / item.shape[1] if item.shape[1] > 0 else 1.0,
    )


def _check_map_channels(arr, primary_arr, kind, where):
    if arr.shape[2] != primary_arr.shape[2]:
        raise InvalidValueError(
            f"Expected '{kind}' in {where} to have as many channels as the call's "
            f"{kind} ({primary_arr.shape[2]}), got {arr.shape[2]}."
        )


def _compose_map(plan, item, kind):
    """Compose heatmaps or segmentation maps of one row like its image."""
    attr = "arr_0to1" if kind == "heatmaps" else "arr"
    arr = getattr(item, attr)
    ratio = _map_ratio(item, arr)
    out_h = int(round(plan.out_hw[0] * ratio[0]))
    out_w = int(round(plan.out_hw[1] * ratio[1]))
    if plan.base:
        out = arr.copy()
    else:
        out = np.zeros((out_h, out_w, arr.shape[2]), dtype=arr.dtype)
    factor_y = out_h / plan.out_hw[0] if plan.out_hw[0] else 1.0
    factor_x = out_w / plan.out_hw[1] if plan.out_hw[1] else 1.0
    code = _mix.INTERPOLATIONS["linear" if kind == "heatmaps" else "nearest"]
    for index, piece in enumerate(plan.pieces):
        dst = _mix.intersect(
            _mix.scale_rect(piece.dst, factor_y, factor_x), (0, out_h, 0, out_w)
        )
        if dst is None:
            continue
        height, width = dst[1] - dst[0], dst[3] - dst[2]
        donor = plan.source(piece)
        source = item if donor is None else donor.column(kind)
        if source is None:
            value = 0
            if kind == "segmentation_maps" and plan.labels is not None:
                value = plan.labels[index]
            patch = np.full((height, width, arr.shape[2]), value, dtype=arr.dtype)
        else:
            source_arr = getattr(source, attr)
            _check_map_channels(source_arr, arr, kind, donor.where if donor else "")
            source_ratio = _map_ratio(source, source_arr)
            src = _mix.scale_rect(piece.src, *source_ratio)
            src = _mix.intersect(
                src, (0, source_arr.shape[0], 0, source_arr.shape[1])
            ) or (0, 1, 0, 1)
            patch = _mix.resize_region(source_arr, src, height, width, code)
            patch = patch.astype(arr.dtype, copy=False)
        mask = None
        if piece.mask is not None:
            mask = _mix.resize_mask(piece.mask, height, width)
        _mix.paste_(out, dst, patch, mask)
    setattr(item, attr, out)
    item.shape = tuple(plan.out_hw) + tuple(item.shape[2:])
    return item


def _map_coords_(container, piece, out_shape):
    """Move a container's coordinates from its source onto the output, in place."""
    scale_y, scale_x = piece.scales()
    if container.items:
        xy = container.to_xy_array().astype(np.float64)
        xy[:, 0] = (xy[:, 0] - piece.src[2]) * scale_x + piece.dst[2]
        xy[:, 1] = (xy[:, 1] - piece.src[0]) * scale_y + piece.dst[0]
        container.fill_from_xy_array_(xy)
    container.shape = out_shape
    return container


def _clip_to_rect_(container, rect, out_shape):
    """Clip polygons/line strings (or drop keypoints) outside `rect`, in place."""
    y0, y1, x0, x1 = rect
    container.shift_(x=-x0, y=-y0)
    container.shape = (y1 - y0, x1 - x0) + tuple(out_shape[2:])
    container.clip_out_of_image_()
    container.shift_(x=x0, y=y0)
    container.shape = out_shape
    return container


def _pixel_span(lo, hi, size):
    """Return ``(start, stop)`` of the pixels whose centres lie in ``[lo, hi)``.

    At least the pixel holding the middle is included; clipped to ``[0, size)``.
    """
    start, stop = int(np.ceil(lo - 0.5)), int(np.ceil(hi - 0.5))
    if stop <= start:
        start = int(np.floor((lo + hi) / 2))
        stop = start + 1
    return max(start, 0), min(stop, size)


def _layer_region(plan, layer):
    if layer < 0:
        return (0, plan.out_hw[0], 0, plan.out_hw[1]), None
    piece = plan.pieces[layer]
    return piece.dst, piece.mask


def _visibility(plan, layer, rect, shape_mask, full_area):
    """Visible part of an annotation of `layer` within pixel rectangle `rect`.

    `shape_mask` (bool, `rect`-sized, or None for the whole rectangle) marks the
    annotation's pixels. Returns ``(fraction, visible_mask, occluded)``;
    `full_area` is the annotation's area before clipping (None: its pixels in the
    layer's region).
    """
    region, footprint = _layer_region(plan, layer)
    inside = _mix.intersect(rect, region)
    if inside is None:
        return 0.0, None, False
    y0, y1, x0, x1 = inside
    visible = plan.owner()[y0:y1, x0:x1] == layer
    own = np.ones(visible.shape, dtype=bool)
    if footprint is not None:
        own = footprint[
            y0 - region[0] : y1 - region[0], x0 - region[2] : x1 - region[2]
        ].copy()
    if shape_mask is not None:
        shape_inside = shape_mask[
            y0 - rect[0] : y1 - rect[0], x0 - rect[2] : x1 - rect[2]
        ]
        own &= shape_inside
        visible &= shape_inside
    visible &= own
    count_own = int(own.sum())
    count_visible = int(visible.sum())
    before = count_own if (full_area is None or footprint is not None) else full_area
    if before <= 0:
        return 0.0, None, False
    full = np.zeros((rect[1] - rect[0], rect[3] - rect[2]), dtype=bool)
    full[y0 - rect[0] : y1 - rect[0], x0 - rect[2] : x1 - rect[2]] = visible
    return count_visible / before, full, count_visible < count_own


def _update_boxes(bbsoi, layer, plan, min_visibility):
    """Clip boxes of `layer` to what is visible of them; drop hidden ones."""
    height, width = plan.out_hw
    region, _ = _layer_region(plan, layer)
    kept = []
    for bb in bbsoi.bounding_boxes:
        x1, x2 = sorted((bb.x1, bb.x2))
        y1, y2 = sorted((bb.y1, bb.y2))
        full_area = None
        if layer >= 0:  # a piece: only its region shows the source
            full_area = max((x2 - x1) * (y2 - y1), 1.0)
            x1, x2 = max(x1, region[2]), min(x2, region[3])
            y1, y2 = max(y1, region[0]), min(y2, region[1])
            if x1 >= x2 or y1 >= y2:
                continue
        elif x2 <= 0 or y2 <= 0 or x1 >= width or y1 >= height:
            kept.append(bb)  # outside of the image: no paste can hide it
            continue
        px = _pixel_span(x1, x2, width)
        py = _pixel_span(y1, y2, height)
        if px[0] >= px[1] or py[0] >= py[1]:
            if layer < 0:
                kept.append(bb)
            continue
        rect = (py[0], py[1], px[0], px[1])
        fraction, visible, occluded = _visibility(plan, layer, rect, None, full_area)
        if visible is None or fraction <= 0 or fraction < min_visibility:
            continue
        if occluded or layer >= 0:
            tight = _mix.tight_rect(visible)
            ty0, ty1, tx0, tx1 = (
                tight[0] + rect[0],
                tight[1] + rect[0],
                tight[2] + rect[2],
                tight[3] + rect[2],
            )
            if occluded:
                x1 = tx0 if tx0 > px[0] else x1
                x2 = tx1 if tx1 < px[1] else x2
                y1 = ty0 if ty0 > py[0] else y1
                y2 = ty1 if ty1 < py[1] else y2
            bb.x1, bb.x2, bb.y1, bb.y2 = x1, x2, y1, y2
            if occluded and int(visible.sum()) < (ty1 - ty0) * (tx1 - tx0):
                bb.visibility = fraction
        kept.append(bb)
    bbsoi.bounding_boxes = kept
    return bbsoi


def _update_polygons(psoi, layer, plan, min_visibility):
    """Drop polygons of `layer` that are hidden; clip those of pieces."""
    height, width = plan.out_hw
    kept = []
    for poly in psoi.polygons:
        xy = np.asarray(poly.exterior, dtype=np.float64)
        if len(xy) == 0:
            continue
        px = _pixel_span(xy[:, 0].min(), xy[:, 0].max(), width)
        py = _pixel_span(xy[:, 1].min(), xy[:, 1].max(), height)
        if px[0] >= px[1] or py[0] >= py[1]:
            if layer < 0:
                kept.append(poly)
            continue
        rect = (py[0], py[1], px[0], px[1])
        raster = _mix.rasterize_polygon(xy, rect)
        full_area = None if layer < 0 else max(float(poly.area), 1.0)
        if layer < 0 and not raster.any():
            kept.append(poly)
            continue
        fraction, visible, _ = _visibility(plan, layer, rect, raster, full_area)
        if visible is None or fraction <= 0 or fraction < min_visibility:
            continue
        kept.append(poly)
    psoi.polygons = kept
    if layer >= 0:
        _clip_to_rect_(psoi, plan.pieces[layer].dst, psoi.shape)
    return psoi


def _keep_keypoints_in_(kpsoi, rect):
    y0, y1, x0, x1 = rect
    kpsoi.keypoints = [
        kp for kp in kpsoi.keypoints if x0 <= kp.x < x1 and y0 <= kp.y < y1
    ]
    return kpsoi


def _compose_coords(plan, item, kind, min_visibility):
    """Compose the coordinate annotations of one row like its image."""
    out_shape = tuple(plan.out_hw) + tuple(item.shape[2:])
    parts = [(-1, item)] if plan.base else []
    for layer, piece in enumerate(plan.pieces):
        donor = plan.source(piece)
        source = item if donor is None else donor.column(kind)
        if source is None or not source.items:
            continue
        container = source.deepcopy()
        parts.append((layer, _map_coords_(container, piece, out_shape)))
    items = []
    for layer, container in parts:
        if kind == "bounding_boxes":
            container = _update_boxes(container, layer, plan, min_visibility)
        elif kind == "polygons":
            container = _update_polygons(container, layer, plan, min_visibility)
        elif layer >= 0 and kind == "keypoints":
            container = _keep_keypoints_in_(container, plan.pieces[layer].dst)
        elif layer >= 0:
            container = _clip_to_rect_(container, plan.pieces[layer].dst, out_shape)
        items += container.items
    item.items = items
    item.shape = out_shape
    return item


# ------------------------------------------------------------------ placement


def _towards_centre(index, count):
    """Alignment (0, 0.5, 1) that pushes cell `index` of `count` towards the middle."""
    middle = (count - 1) / 2
    if index < middle:
        return 1.0
    if index > middle:
        return 0.0
    return 0.5


def _object_crop(donor):
    """Find the donor region to paste: the mask's extent plus the annotations'.

    Returns ``(rect, mask)`` or None for an empty object.
    """
    height, width = donor.shape[0:2]
    if height == 0 or width == 0:
        return None
    mask = donor.mask
    if mask is None:
        box = donor.column("bounding_boxes")
        if box is None or not box.items:
            mask = np.ones((height, width), dtype=bool)
        else:
            mask = np.zeros((height, width), dtype=bool)
            for bb in box.items:
                bb_c = bb.clip_out_of_image((height, width))
                mask[bb_c.y1_int : bb_c.y2_int, bb_c.x1_int : bb_c.x2_int] = True
    rect = _mix.tight_rect(mask)
    if rect is None:
        return None
    points = [
        donor.column(kind).to_xy_array()
        for kind in ("keypoints", "bounding_boxes", "polygons")
        if donor.column(kind) is not None and donor.column(kind).items
    ]
    if points:
        xy = np.concatenate(points)
        rect = (
            max(0, min(rect[0], int(np.floor(xy[:, 1].min())))),
            min(height, max(rect[1], int(np.ceil(xy[:, 1].max())))),
            max(0, min(rect[2], int(np.floor(xy[:, 0].min())))),
            min(width, max(rect[3], int(np.ceil(xy[:, 0].max())))),
        )
    return rect, mask


def _segmap_label(donor):
    """Class id a pasted object writes into segmentation maps without its own map."""
    return int(donor.label) if _is_int(donor.label) else 0


def _place_object(donor, source, shape, scale, x, y):
    """Place one object, scaled by `scale`, at relative position (x, y)."""
    crop = _object_crop(donor)
    height, width = shape[0:2]
    if crop is None or height == 0 or width == 0:
        return None
    rect, mask = crop
    crop_h, crop_w = rect[1] - rect[0], rect[3] - rect[2]
    scale = min(max(scale, 1e-4), height / crop_h, width / crop_w)
    new_h = min(max(1, int(round(crop_h * scale))), height)
    new_w = min(max(1, int(round(crop_w * scale))), width)
    top = int(round(_unit(y) * (height - new_h)))
    left = int(round(_unit(x) * (width - new_w)))
    footprint = _mix.resize_mask(
        mask[rect[0] : rect[1], rect[2] : rect[3]], new_h, new_w
    )
    if not footprint.any():
        return None
    return _Piece(source, (top, top + new_h, left, left + new_w), rect, footprint)


class _ElementsOnly(_LayoutPlan):
    """A layout plan whose pieces hide the base but bring no annotations."""

    __slots__ = ()

    def __init__(self, plan):
        super().__init__(plan.donors, plan.out_hw, plan.pieces, True, plan.labels)
        self._owner = plan._owner

    def source(self, piece):
        return _NO_ANNOTATIONS


class _NoAnnotations:
    where = "overlay element"

    @staticmethod
    def column(kind):
        return None


_NO_ANNOTATIONS = _NoAnnotations()


def _place_element(donor, source, shape, x, y):
    """Place one overlay element."""
    height, width = shape[0:2]
    el_h, el_w = donor.shape[0:2]
    if height == 0 or width == 0 or el_h == 0 or el_w == 0:
        return None
    mask = donor.mask
    box = donor.raw.get("bounding_box")
    if box is not None:
        if isinstance(box, BoundingBox):
            box = (box.x1, box.y1, box.x2, box.y2)
        if not isinstance(box, (tuple, list, np.ndarray)) or len(box) != 4:
            raise InvalidTypeError(
                f"Expected 'bounding_box' in {donor.where} to be a BoundingBox or "
                f"(x1, y1, x2, y2), got {box!r}."
            )
        x1, y1, x2, y2 = (float(v) for v in box)
        placed = (int(round(y1)), int(round(y2)), int(round(x1)), int(round(x2)))
        if placed[1] <= placed[0] or placed[3] <= placed[2]:
            return None
    else:
        scale = min(1.0, height / el_h, width / el_w)
        new_h, new_w = (
            max(1, int(round(el_h * scale))),
            max(1, int(round(el_w * scale))),
        )
        top = int(round(_unit(y) * (height - new_h)))
        left = int(round(_unit(x) * (width - new_w)))
        placed = (top, top + new_h, left, left + new_w)
    dst = _mix.intersect(placed, (0, height, 0, width))
    if dst is None:
        return None
    scale = ((placed[1] - placed[0]) / el_h, (placed[3] - placed[2]) / el_w)
    src = _mix.source_rect(dst, (placed[0], placed[2]), scale, (el_h, el_w))
    footprint = None
    if mask is not None:
        footprint = _mix.resize_mask(
            mask[src[0] : src[1], src[2] : src[3]], dst[1] - dst[0], dst[3] - dst[2]
        )
        if not footprint.any():
            return None
    return _Piece(source, dst, src, footprint)


def _restore_dtype(result, dtype):
    """Round (integers), clip to the dtype's range and cast a float64 result."""
    if dtype.kind in "ui":
        info = np.iinfo(dtype)
        return np.clip(np.round(result), info.min, info.max).astype(dtype)
    if dtype == np.float16:
        limit = float(np.finfo(np.float16).max)
        return np.clip(result, -limit, limit).astype(dtype)
    return result.astype(dtype)


def _most_donors(donors):
    return max(len(row) for row in donors)


def _shape_argument(alpha):
    """Return one float if all rows share it (draws ~10x faster), else a column."""
    values = alpha.tolist()
    if len(set(values)) == 1:
        return values[0]
    return alpha[:, np.newaxis]


def _draw_position_grid(position, shape, random_state):
    """Positions ``(xs, ys)`` of shape `shape` from a position parameter."""
    count = math.prod(shape)
    xs, ys = _size._draw_positions(position, count, random_state)
    return xs.reshape(shape), ys.reshape(shape)


# ------------------------------------------------------------------ base class


class _MixingAugmenter(_SampledAugmenter):
    """Shared engine of the mixing augmenters: donors in, one plan per row.

    Subclasses set ``_DONOR_KEYS`` and implement ``_plan_rows(shapes, donors,
    random_state)`` returning one plan per row (None = unchanged).
    """

    _DONOR_KEYS = _IMAGE_KEYS
    _IMAGES_OUT_OF_PLACE = True  # results are new arrays; the input is only read

    def __init__(self, metadata_key, seed, name, random_state, deterministic):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.metadata_key = _handle_metadata_key(metadata_key)

    def _draw_samples(self, batch, random_state):
        donors = _read_donors(batch, self.metadata_key, self._DONOR_KEYS)
        if donors is None:
            return _MixSamples([None] * batch.nb_rows)
        shapes = batch.get_rowwise_shapes()
        return _MixSamples(self._plan_rows(shapes, donors, random_state))

    def _plan_rows(self, shapes, donors, random_state):
        raise NotImplementedError

    def _dtypes(self):
        return self._DTYPES

    # ------------------------------------------------------------- per kind
    def _augment_images_by_samples(self, images, samples):
        results = list(images)
        rows = [i for i, plan in enumerate(samples.plans) if plan is not None]
        if not rows:
            return images
        mixed = [images[i] for i in rows]
        if any(image.dtype != np.uint8 for image in mixed):  # uint8: always allowed
            dtypes = self._dtypes()
            iadt.gate_dtypes(
                mixed,
                allowed=dtypes["allowed"],
                disallowed=dtypes["disallowed"],
                augmenter=self,
            )
        for i in rows:
            plan = samples.plans[i]
            _check_donor_images(plan.donors, images[i])
            results[i] = self._mix_image(plan, images[i])
        return _size._to_image_container(images, results)

    def _augment_maps_by_samples(self, maps, kind, samples):
        for i, plan in enumerate(samples.plans):
            if plan is not None:
                maps[i] = self._mix_map(plan, maps[i], kind)
        return maps

    def _augment_coords(self, ois, kind, samples):
        for i, plan in enumerate(samples.plans):
            if plan is not None:
                ois[i] = self._mix_coords(plan, ois[i], kind)
        return ois

    def _augment_keypoints_by_samples(self, kpsois, samples):
        return self._augment_coords(kpsois, "keypoints", samples)

    def _augment_bounding_boxes_by_samples(self, bbsois, samples):
        return self._augment_coords(bbsois, "bounding_boxes", samples)

    def _augment_polygons_by_samples(self, psois, samples):
        return self._augment_coords(psois, "polygons", samples)

    def _augment_line_strings_by_samples(self, lsois, samples):
        return self._augment_coords(lsois, "line_strings", samples)


class _LayoutAugmenter(_MixingAugmenter):
    """Mixing augmenters whose rows are `_LayoutPlan`s (pieces on a canvas)."""

    _DTYPES = _RESIZE_DTYPES

    def __init__(
        self, min_visibility, metadata_key, seed, name, random_state, deterministic
    ):
        super().__init__(metadata_key, seed, name, random_state, deterministic)
        self.min_visibility = _handle_fraction(min_visibility, "min_visibility")

    def _mix_image(self, plan, image):
        interpolation = getattr(self, "interpolation", "linear")
        return _compose_image(plan, image, interpolation, getattr(self, "cval", 0))

    def _mix_map(self, plan, item, kind):
        return _compose_map(plan, item, kind)

    def _mix_coords(self, plan, item, kind):
        return _compose_coords(plan, item, kind, self.min_visibility)


# ------------------------------------------------------------------ augmenters


class Mosaic(_LayoutAugmenter):
    """Combine the image and donor images into a grid, then cut out a window.

    The primary image fills the top-left cell of a ``grid_yx`` grid of
    ``cell_shape`` cells, the donors the following cells in row-major order (their
    order is kept; cells without a donor stay filled with `cval`; more donors than
    cells raise). A `target_size` window whose centre is sampled from
    `center_range` is cut out of the grid; only the visible parts of the cells are
    resized, so the cost depends on the output size, not on the donors' sizes.

    Annotations of every source are scaled and shifted with their cell and clipped
    to the visible part of it; boxes and polygons keeping less than
    `min_visibility` of their area are removed, as are keypoints outside of their
    cell's visible part. Heatmaps and segmentation maps are composed like the
    image (at the resolution ratio of the primary's map; donors without such a map
    contribute zeros).

    Supported dtypes
    ----------------
    * ``uint8``, ``uint16``, ``int16``, ``float32``, ``float64``: yes; fully tested
    * ``bool``, ``int8``, ``float16``: yes; tested (resized as in
      :func:`imgaug.imgaug.imresize_many_images`)
    * ``uint32``, ``uint64``, ``int32``, ``int64``, ``float128``: no

    Parameters
    ----------
    grid_yx : tuple of int, optional
        Rows and columns of the grid (each ``>= 1``).
    target_size : tuple of int, optional
        ``(height, width)`` of the output.
    cell_shape : None or tuple of int, optional
        ``(height, width)`` of one cell; ``None`` means `target_size`.
    center_range : number or tuple or list or StochasticParameter, optional
        Where the window centre lies between the leftmost/topmost (``0``) and
        rightmost/bottommost (``1``) centre that keeps the window inside the grid;
        sampled per axis and image. A tuple ``(a, b)`` samples uniformly.
    fit_mode : {"cover", "contain"}, optional
        ``"cover"`` scales a source to fill its cell (centre crop), ``"contain"``
        scales it to fit inside (the free space is on the side away from the grid
        centre).
    interpolation : {"nearest", "linear", "area", "cubic"} or int, optional
        Interpolation of the image resizing (also the ``cv2.INTER_*`` codes).
        Heatmaps always use linear, segmentation maps nearest interpolation.
    cval : number, optional
        Value of pixels that no source covers.
    min_visibility : float, optional
        Boxes and polygons keeping less than this fraction of their area are
        removed.
    metadata_key : str, optional
        Keyword of the call that carries the donors.
    seed, name, random_state, deterministic
        See :class:`~imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.Mosaic(target_size=(4, 6), center_range=0.5)
    >>> image = np.zeros((4, 6, 3), dtype=np.uint8)
    >>> donors = [{"image": np.full((4, 6, 3), 50 * i, dtype=np.uint8)}
    ...           for i in range(1, 4)]
    >>> mosaic = aug(image=image, mosaic_metadata=donors)
    >>> mosaic[:, :, 0].tolist()[0], mosaic[:, :, 0].tolist()[3]
    ([0, 0, 0, 50, 50, 50], [100, 100, 100, 150, 150, 150])

    """

    def __init__(
        self,
        grid_yx=(2, 2),
        target_size=(512, 512),
        cell_shape=None,
        center_range=(0.3, 0.7),
        fit_mode="cover",
        interpolation="linear",
        cval=0,
        min_visibility=0.1,
        metadata_key="mosaic_metadata",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            min_visibility, metadata_key, seed, name, random_state, deterministic
        )
        self.grid_yx = _handle_int_pair(grid_yx, "grid_yx")
        self.target_size = _handle_int_pair(target_size, "target_size")
        self.cell_shape = _handle_int_pair(cell_shape, "cell_shape", allow_none=True)
        self.center_range = iap.handle_continuous_param(
            center_range, "center_range", value_range=(0.0, 1.0)
        )
        self.fit_mode = _handle_choice(fit_mode, "fit_mode", ("cover", "contain"))
        self.interpolation = _handle_interpolation(interpolation)
        self.cval = _handle_cval(cval)

    def _dtypes(self):
        if self.interpolation == "nearest":
            return cv2util.DTYPES_NEAREST
        return _RESIZE_DTYPES

    # sampling order: window centre y, window centre x (one value per row each)
    def _plan_rows(self, shapes, donors, random_state):
        nb_rows = len(shapes)
        centre_y = self.center_range.draw_samples((nb_rows,), random_state=random_state)
        centre_x = self.center_range.draw_samples((nb_rows,), random_state=random_state)
        return [
            self._plan(shapes[i], donors[i], float(centre_y[i]), float(centre_x[i]))
            if donors[i]
            else None
            for i in range(nb_rows)
        ]

    def _plan(self, shape, donors, centre_y, centre_x):
        grid_h, grid_w = self.grid_yx
        if len(donors) > grid_h * grid_w - 1:
            raise InvalidValueError(
                f"Expected argument '{self.metadata_key}' to contain at most "
                f"{grid_h * grid_w - 1} donors per image (grid_yx={self.grid_yx}), "
                f"got {len(donors)}."
            )
        cell_h, cell_w = self.cell_shape or self.target_size
        target_h, target_w = self.target_size
        top = _mix.window_origin(grid_h * cell_h, target_h, _unit(centre_y))
        left = _mix.window_origin(grid_w * cell_w, target_w, _unit(centre_x))
        window = (top, top + target_h, left, left + target_w)
        pieces = []
        for index, source_shape in enumerate([shape] + [d.shape for d in donors]):
            row, col = divmod(index, grid_w)
            if source_shape[0] == 0 or source_shape[1] == 0:
                continue
            cell = (row * cell_h, (row + 1) * cell_h, col * cell_w, (col + 1) * cell_w)
            align = (_towards_centre(row, grid_h), _towards_centre(col, grid_w))
            scaled, offset = _mix.cell_content(
                (cell_h, cell_w), source_shape[0:2], self.fit_mode, align
            )
            content = (
                cell[0] + offset[0],
                cell[0] + offset[0] + scaled[0],
                cell[2] + offset[1],
                cell[2] + offset[1] + scaled[1],
            )
            visible = _mix.intersect(cell, window)
            visible = None if visible is None else _mix.intersect(visible, content)
            if visible is None:
                continue
            scale = (scaled[0] / source_shape[0], scaled[1] / source_shape[1])
            src = _mix.source_rect(
                visible, (content[0], content[2]), scale, source_shape[0:2]
            )
            dst = (
                visible[0] - top,
                visible[1] - top,
                visible[2] - left,
                visible[3] - left,
            )
            pieces.append(_Piece(index, dst, src))
        return _LayoutPlan(donors, self.target_size, pieces, base=False)

    def get_parameters(self):
        """See :meth:`~imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [
            self.grid_yx,
            self.target_size,
            self.cell_shape,
            self.center_range,
            self.fit_mode,
            self.interpolation,
            self.cval,
            self.min_visibility,
            self.metadata_key,
        ]


class MixUp(_MixingAugmenter):
    """Blend the image with donor images, weights drawn from a Beta/Dirichlet law.

    With one donor the output is ``lam * image + (1 - lam) * donor`` with ``lam``
    drawn from ``Beta(alpha, alpha)``; with ``k`` donors the ``k + 1`` weights are
    drawn from ``Dirichlet(alpha, ..., alpha)`` (which is the same law for ``k =
    1``). Donors are resized to the image's size first.

    Annotations: coordinates of the donors are scaled onto the image and appended
    after the image's own (all are kept, labels intact). Heatmaps are blended with
    the same weights (a donor without heatmaps counts as zeros). Segmentation maps
    cannot be blended: the output takes the segmentation map of the source with the
    largest weight (zeros if that donor has none).

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested (``cv2.addWeighted`` for one donor)
    * ``uint16``, ``int16``, ``float32``, ``float64``: yes; fully tested
    * ``bool``, ``int8``, ``float16``: yes; tested
    * ``uint32``, ``uint64``, ``int32``, ``int64``, ``float128``: no

    Parameters
    ----------
    alpha : number or tuple or list or StochasticParameter, optional
        Concentration of the weight distribution (``> 0``, sampled per image). The
        default ``32`` keeps weights near ``0.5`` as in YOLO training; values
        below 1 (e.g. ``0.2`` for classification) favour one dominant source.
    metadata_key : str, optional
        Keyword of the call that carries the donors.
    seed, name, random_state, deterministic
        See :class:`~imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.MixUp(alpha=1.0, seed=1)
    >>> image = np.zeros((2, 2, 3), dtype=np.uint8)
    >>> donor = {"image": np.full((4, 4, 3), 200, dtype=np.uint8)}
    >>> mixed = aug(image=image, mixup_metadata=[donor])
    >>> mixed.shape, bool(0 <= mixed.min() <= mixed.max() <= 200)
    ((2, 2, 3), True)

    """

    _DTYPES = _RESIZE_DTYPES

    def __init__(
        self,
        alpha=32.0,
        metadata_key="mixup_metadata",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(metadata_key, seed, name, random_state, deterministic)
        self.alpha = iap.handle_continuous_param(
            alpha, "alpha", value_range=(1e-4, None)
        )

    # sampling order: alpha (per row), gamma variates (rows x (1 + most donors))
    def _plan_rows(self, shapes, donors, random_state):
        nb_rows = len(shapes)
        alpha = self.alpha.draw_samples((nb_rows,), random_state=random_state)
        alpha = np.maximum(np.asarray(alpha, dtype=np.float64), 1e-4)
        width = 1 + _most_donors(donors)
        gammas = random_state.gamma(_shape_argument(alpha), size=(nb_rows, width))
        plans = []
        for i in range(nb_rows):
            if not donors[i]:
                plans.append(None)
                continue
            values = gammas[i, 0 : 1 + len(donors[i])]
            total = values.sum()
            if not total > 0:
                values = np.ones_like(values)
                total = values.sum()
            plans.append(_BlendPlan(donors[i], values / total))
        return plans

    def _mix_image(self, plan, image):
        height, width = image.shape[0:2]
        if image.size == 0:
            return image.copy()
        result = image
        total = plan.weights[0]
        code = _mix.INTERPOLATIONS["linear"]
        for donor, weight in zip(plan.donors, plan.weights[1:], strict=True):
            other = _mix.resize_region(
                donor.image, (0, donor.shape[0], 0, donor.shape[1]), height, width, code
            )
            total += weight
            # foreground = everything mixed so far, which holds total - weight
            alpha = _unit((total - weight) / total)
            if result.dtype == np.uint8:
                # route: tests/perf/test_mix_perf.py::test_mixup_uint8_add_weighted
                result = _blend._blend_uint8_scalar(result, other, alpha)
            else:
                result = _blend.blend_alpha(result, other, alpha, eps=0.0)
        return result if result is not image else image.copy()

    def _mix_map(self, plan, item, kind):
        attr = "arr_0to1" if kind == "heatmaps" else "arr"
        arr = getattr(item, attr)
        height, width = arr.shape[0:2]
        if kind == "segmentation_maps":
            winner = int(np.argmax(plan.weights))
            if winner == 0:
                return item
            donor = plan.donors[winner - 1]
            source = donor.column(kind)
            if source is None:
                item.arr = np.zeros_like(arr)
                return item
            source_arr = source.arr
            _check_map_channels(source_arr, arr, kind, donor.where)
            code = _mix.INTERPOLATIONS["nearest"]
            full = (0, source_arr.shape[0], 0, source_arr.shape[1])
            item.arr = _mix.resize_region(source_arr, full, height, width, code).copy()
            return item
        out = arr * np.float32(plan.weights[0])
        code = _mix.INTERPOLATIONS["linear"]
        for donor, weight in zip(plan.donors, plan.weights[1:], strict=True):
            source = donor.column(kind)
            if source is None:
                continue
            source_arr = source.arr_0to1
            _check_map_channels(source_arr, arr, kind, donor.where)
            full = (0, source_arr.shape[0], 0, source_arr.shape[1])
            out += np.float32(weight) * _mix.resize_region(
                source_arr, full, height, width, code
            )
        item.arr_0to1 = np.clip(out, 0.0, 1.0).astype(arr.dtype, copy=False)
        return item

    def _mix_coords(self, plan, item, kind):
        items = list(item.items)
        for donor in plan.donors:
            source = donor.column(kind)
            if source is not None and source.items:
                items += source.deepcopy().on_(item.shape).items
        item.items = items
        return item

    def get_parameters(self):
        """See :meth:`~imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.alpha, self.metadata_key]


class CutMix(_LayoutAugmenter):
    """Paste a rectangular patch of each donor into the image.

    For every donor (in order) an area fraction ``1 - lam`` is drawn with ``lam``
    from ``Beta(alpha, alpha)``; the patch has the image's aspect ratio and that
    fraction of its area, sits at a sampled `position` (fully inside the image)
    and shows the same region of the donor, after the donor was resized to the
    image's size. Later patches cover earlier ones.

    Annotations: the image's boxes shrink to their visible part where that is still
    a rectangle (else they keep their extent and get a ``visibility`` attribute);
    boxes and polygons keeping less than `min_visibility` of their area are
    removed. Donor annotations are clipped to their patch (same rule, keypoints
    outside the patch are removed) and appended. Heatmaps and segmentation maps
    take the donor's values inside each patch (zeros where a donor has no map).

    Supported dtypes
    ----------------
    See :class:`Mosaic` (linear interpolation).

    Parameters
    ----------
    alpha : number or tuple or list or StochasticParameter, optional
        Concentration of the Beta law of ``lam`` (``> 0``, sampled per image). The
        default ``1`` draws the patch area uniformly.
    position : str or tuple or StochasticParameter, optional
        Where a patch lies: ``(x, y)`` with ``0`` at the left/top and ``1`` at
        the right/bottom border, sampled per patch; the strings of
        :class:`~imgaug.augmenters.size.PadToFixedSize` (``"uniform"``,
        ``"normal"``, ``"center"``, ``"left-top"``, ...) are accepted too.
    min_visibility : float, optional
        Boxes and polygons keeping less than this fraction of their area are
        removed.
    metadata_key : str, optional
        Keyword of the call that carries the donors.
    seed, name, random_state, deterministic
        See :class:`~imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.CutMix(seed=2)
    >>> image = np.zeros((8, 8, 3), dtype=np.uint8)
    >>> donor = {"image": np.full((8, 8, 3), 255, dtype=np.uint8)}
    >>> patched = aug(image=image, cutmix_metadata=[donor])
    >>> sorted(np.unique(patched).tolist())
    [0, 255]

    """

    def __init__(
        self,
        alpha=1.0,
        position="uniform",
        min_visibility=0.1,
        metadata_key="cutmix_metadata",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            min_visibility, metadata_key, seed, name, random_state, deterministic
        )
        self.alpha = iap.handle_continuous_param(
            alpha, "alpha", value_range=(1e-4, None)
        )
        self.position = _handle_position(position)

    # sampling order: alpha (per row), lam (rows x most donors), positions x and y
    # (rows x most donors each)
    def _plan_rows(self, shapes, donors, random_state):
        nb_rows = len(shapes)
        width = _most_donors(donors)
        alpha = self.alpha.draw_samples((nb_rows,), random_state=random_state)
        alpha = _shape_argument(np.maximum(np.asarray(alpha, dtype=np.float64), 1e-4))
        lam = random_state.beta(alpha, alpha, size=(nb_rows, width))
        xs, ys = _draw_position_grid(self.position, (nb_rows, width), random_state)
        plans = []
        for i, shape in enumerate(shapes):
            if not donors[i]:
                plans.append(None)
                continue
            height, width_i = shape[0:2]
            pieces = []
            for j, donor in enumerate(donors[i]):
                side = math.sqrt(max(1.0 - float(lam[i, j]), 0.0))
                patch_h = min(int(round(height * side)), height)
                patch_w = min(int(round(width_i * side)), width_i)
                if patch_h == 0 or patch_w == 0 or 0 in donor.shape[0:2]:
                    continue
                top = int(round(_unit(ys[i, j]) * (height - patch_h)))
                left = int(round(_unit(xs[i, j]) * (width_i - patch_w)))
                dst = (top, top + patch_h, left, left + patch_w)
                scale = (height / donor.shape[0], width_i / donor.shape[1])
                src = _mix.source_rect(dst, (0, 0), scale, donor.shape[0:2])
                pieces.append(_Piece(j + 1, dst, src))
            plans.append(_LayoutPlan(donors[i], tuple(shape[0:2]), pieces, base=True))
        return plans

    def get_parameters(self):
        """See :meth:`~imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.alpha, self.position, self.min_visibility, self.metadata_key]


class CopyAndPaste(_LayoutAugmenter):
    """Paste object instances (image + mask) onto the image.

    Each donor dict is one object: ``image`` and ``mask`` (same height and width,
    nonzero = object) and optionally ``bounding_box`` (a ``BoundingBox`` or
    ``(x1, y1, x2, y2)``), ``polygon`` (a ``Polygon`` or ``(N, 2)`` points),
    ``keypoints``, ``line_strings``, ``heatmaps``, ``segmentation_maps`` and
    ``label`` (used for the box/polygon when they have no label; an int label is
    also the class written into segmentation maps). Without a mask the object is
    its bounding box (or the whole donor image).

    The object region (the mask's extent, widened to its annotations) is scaled by
    a sampled `scale` (but never beyond the image's size) and pasted at a sampled
    `position` fully inside the image, only where the mask is set; objects are
    pasted in the given order, later ones on top.

    Annotations: the image's boxes shrink to their visible part where that is still
    a rectangle (else they keep their extent and get a ``visibility`` attribute);
    boxes and polygons keeping less than `min_visibility` of their area are
    removed (also pasted objects hidden by later ones). Every pasted object adds its
    box (its given box, or the tight box of its mask, with ``label``), polygon,
    keypoints and line strings, clipped to its region. Segmentation maps and
    heatmaps are overwritten under the masks with the object's maps (or its int
    ``label`` / zeros).

    Supported dtypes
    ----------------
    See :class:`Mosaic` (linear interpolation).

    Parameters
    ----------
    scale : number or tuple or list or StochasticParameter, optional
        Size factor of each object relative to its own size (``> 0``), sampled per
        object and capped so that the object fits into the image.
    position : str or tuple or StochasticParameter, optional
        Where an object lies, see :class:`CutMix`.
    min_visibility : float, optional
        Boxes and polygons keeping less than this fraction of their area are
        removed.
    metadata_key : str, optional
        Keyword of the call that carries the objects.
    seed, name, random_state, deterministic
        See :class:`~imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> from imgaug.augmentables.bbs import BoundingBoxesOnImage
    >>> aug = iaa.CopyAndPaste(position="left-top")
    >>> image = np.zeros((6, 6, 3), dtype=np.uint8)
    >>> obj = {"image": np.full((2, 3, 3), 255, dtype=np.uint8),
    ...        "mask": np.ones((2, 3), dtype=bool), "label": "car"}
    >>> image_aug, bbs_aug = aug(
    ...     image=image, bounding_boxes=BoundingBoxesOnImage([], image.shape),
    ...     copy_paste_metadata=[obj])
    >>> bbs_aug.bounding_boxes[0].coords.tolist(), bbs_aug.bounding_boxes[0].label
    ([[0.0, 0.0], [3.0, 2.0]], 'car')

    """

    _DONOR_KEYS = _OBJECT_KEYS

    def __init__(
        self,
        scale=1.0,
        position="uniform",
        min_visibility=0.05,
        metadata_key="copy_paste_metadata",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            min_visibility, metadata_key, seed, name, random_state, deterministic
        )
        self.scale = iap.handle_continuous_param(
            scale, "scale", value_range=(1e-4, None)
        )
        self.position = _handle_position(position)

    # sampling order: scale (rows x most objects), positions x and y (same shape)
    def _plan_rows(self, shapes, donors, random_state):
        nb_rows = len(shapes)
        width = _most_donors(donors)
        scales = self.scale.draw_samples((nb_rows, width), random_state=random_state)
        xs, ys = _draw_position_grid(self.position, (nb_rows, width), random_state)
        plans = []
        for i, shape in enumerate(shapes):
            if not donors[i]:
                plans.append(None)
                continue
            pieces, labels = [], []
            for j, donor in enumerate(donors[i]):
                piece = _place_object(
                    donor, j + 1, shape, float(scales[i, j]), xs[i, j], ys[i, j]
                )
                if piece is not None:
                    pieces.append(piece)
                    labels.append(_segmap_label(donor))
            plans.append(
                _LayoutPlan(donors[i], tuple(shape[0:2]), pieces, True, labels)
            )
        return plans

    def get_parameters(self):
        """See :meth:`~imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.scale, self.position, self.min_visibility, self.metadata_key]


class OverlayElements(_LayoutAugmenter):
    """Paste overlay elements (stickers, logos, distractors) onto the image.

    Each donor dict is one element: ``image``, optionally ``mask`` (same height and
    width, nonzero = opaque), ``bounding_box`` (where to put it, in pixels of the
    image: a ``BoundingBox`` or ``(x1, y1, x2, y2)``; the element is resized to it)
    and ``label`` (an int is written into segmentation maps under the element,
    otherwise 0). Elements without a box keep their size (shrunk to fit if needed)
    and lie at a sampled `position`. Elements are pasted in order.

    Elements are not objects: they add no annotations. The image's annotations are
    updated for occlusion as in :class:`CopyAndPaste`; heatmaps become zero under
    the elements.

    Supported dtypes
    ----------------
    See :class:`Mosaic` (linear interpolation).

    Parameters
    ----------
    position : str or tuple or StochasticParameter, optional
        Where an element without ``bounding_box`` lies, see :class:`CutMix`.
    min_visibility : float, optional
        Boxes and polygons keeping less than this fraction of their area are
        removed.
    metadata_key : str, optional
        Keyword of the call that carries the elements.
    seed, name, random_state, deterministic
        See :class:`~imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.OverlayElements()
    >>> image = np.zeros((4, 4, 1), dtype=np.uint8)
    >>> logo = {"image": np.full((2, 2, 1), 9, dtype=np.uint8),
    ...         "bounding_box": (1, 1, 3, 3)}
    >>> aug(image=image, overlay_metadata=[logo])[:, :, 0].tolist()
    [[0, 0, 0, 0], [0, 9, 9, 0], [0, 9, 9, 0], [0, 0, 0, 0]]

    """

    _DONOR_KEYS = _OVERLAY_KEYS

    def __init__(
        self,
        position="uniform",
        min_visibility=0.05,
        metadata_key="overlay_metadata",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            min_visibility, metadata_key, seed, name, random_state, deterministic
        )
        self.position = _handle_position(position)

    # sampling order: positions x and y (rows x most elements each)
    def _plan_rows(self, shapes, donors, random_state):
        nb_rows = len(shapes)
        xs, ys = _draw_position_grid(
            self.position, (nb_rows, _most_donors(donors)), random_state
        )
        plans = []
        for i, shape in enumerate(shapes):
            if not donors[i]:
                plans.append(None)
                continue
            pieces, labels = [], []
            for j, donor in enumerate(donors[i]):
                piece = _place_element(donor, j + 1, shape, xs[i, j], ys[i, j])
                if piece is not None:
                    pieces.append(piece)
                    labels.append(_segmap_label(donor))
            plans.append(
                _LayoutPlan(donors[i], tuple(shape[0:2]), pieces, True, labels)
            )
        return plans

    def _mix_coords(self, plan, item, kind):
        # elements add no annotations, they only hide parts of the image's ones
        return _compose_coords(_ElementsOnly(plan), item, kind, self.min_visibility)

    def get_parameters(self):
        """See :meth:`~imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.position, self.min_visibility, self.metadata_key]


class HistogramMatching(_MixingAugmenter):
    """Match each channel's histogram to that of reference images.

    Every donor dict is a reference (``{"image": ...}``); all references of an
    image are pooled into one histogram per channel (none is picked). Each channel
    is mapped so that its cumulative distribution matches the reference's, then
    blended with the original by a sampled `blend_ratio`. Only images change.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested (one lookup table per channel)
    * ``uint16``, ``int8``, ``int16``: yes; tested (counting histograms)
    * ``float16``, ``float32``, ``float64``: yes; tested (sorted values)
    * ``bool``, ``uint32``, ``uint64``, ``int32``, ``int64``, ``float128``: no

    Parameters
    ----------
    blend_ratio : number or tuple or list or StochasticParameter, optional
        Strength in ``[0, 1]``: ``0`` keeps the image, ``1`` gives the matched
        image. Sampled per image.
    metadata_key : str, optional
        Keyword of the call that carries the references.
    seed, name, random_state, deterministic
        See :class:`~imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.HistogramMatching(blend_ratio=1.0)
    >>> image = np.array([[0, 10], [20, 30]], dtype=np.uint8)
    >>> reference = {"image": np.array([[100, 110], [120, 130]], dtype=np.uint8)}
    >>> aug(image=image, hm_metadata=[reference]).tolist()
    [[100, 110], [120, 130]]

    """

    _KINDS = ("images",)
    _DONOR_KEYS = _REFERENCE_KEYS
    _DTYPES = _MATCH_DTYPES

    def __init__(
        self,
        blend_ratio=(0.5, 1.0),
        metadata_key="hm_metadata",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(metadata_key, seed, name, random_state, deterministic)
        self.blend_ratio = iap.handle_continuous_param(
            blend_ratio, "blend_ratio", value_range=(0.0, 1.0)
        )

    # sampling order: blend ratio (per row)
    def _plan_rows(self, shapes, donors, random_state):
        blend = self.blend_ratio.draw_samples((len(shapes),), random_state=random_state)
        return [
            _ReferencePlan(row, _unit(b)) if row else None
            for row, b in zip(donors, blend, strict=True)
        ]

    def _mix_image(self, plan, image):
        if image.size == 0:
            return image.copy()
        channels = []
        tables = []
        for c in range(image.shape[2]):
            reference = _mix.merge_histograms(
                [
                    _mix.value_histogram(d.image[:, :, c])
                    for d in plan.donors
                    if d.image.size > 0
                ]
                or [_mix.value_histogram(image[:, :, c])]
            )
            if image.dtype == np.uint8:
                tables.append(
                    _mix.match_channel_table_uint8(
                        image[:, :, c], reference, plan.blend
                    )
                )
            else:
                channels.append(
                    _mix.match_channel(image[:, :, c], reference, plan.blend)
                )
        if image.dtype == np.uint8:
            # route: tests/perf/test_mix_perf.py::test_histogram_matching_uint8_lut
            return _lut.apply_lut(image, np.stack(tables, axis=-1))
        result = np.stack(channels, axis=-1)
        return _restore_dtype(result, image.dtype)

    def get_parameters(self):
        """See :meth:`~imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.blend_ratio, self.metadata_key]


class PixelDistributionAdaptation(_MixingAugmenter):
    """Move the image's pixel statistics to those of reference images.

    A statistical transform is fitted to the image's pixels and to the pooled
    pixels of all references (donor dicts ``{"image": ...}``); the image is mapped
    through the image's transform and the inverse of the references' one, then
    blended with the original by a sampled `blend_ratio`. Only images change.

    ``transform_type``:

    * ``"pca"``: whitening with the image's channel covariance, colouring with the
      references' (matches means and the full covariance);
    * ``"standard"``: per-channel mean and standard deviation;
    * ``"minmax"``: per-channel minimum and maximum.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested (``cv2.transform`` with up to 4 channels)
    * ``uint16``, ``int8``, ``int16``, ``float16``, ``float32``, ``float64``: yes;
      tested
    * ``bool``, ``uint32``, ``uint64``, ``int32``, ``int64``, ``float128``: no

    Parameters
    ----------
    blend_ratio : number or tuple or list or StochasticParameter, optional
        Strength in ``[0, 1]``: ``0`` keeps the image, ``1`` gives the adapted
        image. Sampled per image.
    transform_type : {"pca", "standard", "minmax"}, optional
        The statistical transform (see above).
    metadata_key : str, optional
        Keyword of the call that carries the references.
    seed, name, random_state, deterministic
        See :class:`~imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.PixelDistributionAdaptation(1.0, transform_type="minmax")
    >>> image = np.array([[0, 10], [20, 30]], dtype=np.uint8)
    >>> reference = {"image": np.array([[100, 130]], dtype=np.uint8)}
    >>> aug(image=image, pda_metadata=[reference]).tolist()
    [[100, 110], [120, 130]]

    """

    _KINDS = ("images",)
    _DONOR_KEYS = _REFERENCE_KEYS
    _DTYPES = _MATCH_DTYPES

    def __init__(
        self,
        blend_ratio=(0.25, 1.0),
        transform_type="pca",
        metadata_key="pda_metadata",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(metadata_key, seed, name, random_state, deterministic)
        self.blend_ratio = iap.handle_continuous_param(
            blend_ratio, "blend_ratio", value_range=(0.0, 1.0)
        )
        self.transform_type = _handle_choice(
            transform_type, "transform_type", ("pca", "standard", "minmax")
        )

    # sampling order: blend ratio (per row)
    def _plan_rows(self, shapes, donors, random_state):
        blend = self.blend_ratio.draw_samples((len(shapes),), random_state=random_state)
        return [
            _ReferencePlan(row, _unit(b)) if row else None
            for row, b in zip(donors, blend, strict=True)
        ]

    def _mix_image(self, plan, image):
        nb_channels = image.shape[2]
        references = [
            d.image.reshape(-1, nb_channels).astype(np.float64)
            for d in plan.donors
            if d.image.size > 0
        ]
        if image.size == 0 or not references:
            return image.copy()
        pixels = image.reshape(-1, nb_channels).astype(np.float64)
        matrix, offset = _mix.adaptation_affine(pixels, references, self.transform_type)
        # blend into the map: x + b * (x @ M + t - x) = x @ (b M + (1 - b) I) + b t
        blend = plan.blend
        matrix = blend * matrix + (1.0 - blend) * np.eye(nb_channels)
        offset = blend * offset
        result = _mix.apply_affine(image, matrix, offset)
        if result.dtype == image.dtype:
            return result
        return _restore_dtype(result, image.dtype)

    def get_parameters(self):
        """See :meth:`~imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.blend_ratio, self.transform_type, self.metadata_key]
