"""Augmenters that blend the results of two branches of child augmenters.

Every blend augmenter runs its ``foreground`` and ``background`` children on copies
of the batch (a missing branch means "the unchanged input") and mixes the two
results: images pixel by pixel with an opacity ``alpha`` (a factor per image or
channel, or a mask per pixel), all other data by choosing per image (or per
keypoint) one of the two results.

List of augmenters:

* :class:`BlendAlpha`
* :class:`BlendAlphaMask`
* :class:`BlendAlphaElementwise`
* :class:`BlendAlphaSimplexNoise`
* :class:`BlendAlphaFrequencyNoise`
* :class:`BlendAlphaSomeColors`
* :class:`BlendAlphaHorizontalLinearGradient`
* :class:`BlendAlphaVerticalLinearGradient`
* :class:`BlendAlphaRegularGrid`
* :class:`BlendAlphaCheckerboard`
* :class:`BlendAlphaSegMapClassIds`
* :class:`BlendAlphaBoundingBoxes`

Mask generators (used by :class:`BlendAlphaMask` and its subclasses):

* :class:`IBatchwiseMaskGenerator`
* :class:`StochasticParameterMaskGen`
* :class:`SomeColorsMaskGen`
* :class:`HorizontalLinearGradientMaskGen`
* :class:`VerticalLinearGradientMaskGen`
* :class:`RegularGridMaskGen`
* :class:`CheckerboardMaskGen`
* :class:`SegMapClassIdsMaskGen`
* :class:`BoundingBoxesMaskGen`
* :class:`InvertMaskGen`

The deprecated functions ``Alpha``, ``AlphaElementwise``, ``SimplexNoiseAlpha`` and
``FrequencyNoiseAlpha`` create the corresponding ``BlendAlpha*`` augmenters.
"""

from __future__ import annotations

import math
from abc import ABCMeta, abstractmethod

import cv2
import numpy as np

import imgaug.dtypes as iadt
import imgaug.imgaug as ia
import imgaug.parameters as iap
import imgaug.random as iarandom
from imgaug._kernels import colorspace as _cs
from imgaug._kernels import pad as _pad
from imgaug._kernels import resize as _resize
from imgaug._kernels.blend import _BLEND_DTYPES, blend_alpha
from imgaug.augmentables import utils as _augm_utils
from imgaug.augmentables.batches import _AUGMENTABLE_NAMES, _BatchInAugmentation
from imgaug.augmenters import meta
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "blend_alpha",
    "BlendAlpha",
    "BlendAlphaMask",
    "BlendAlphaElementwise",
    "BlendAlphaSimplexNoise",
    "BlendAlphaFrequencyNoise",
    "BlendAlphaSomeColors",
    "BlendAlphaHorizontalLinearGradient",
    "BlendAlphaVerticalLinearGradient",
    "BlendAlphaRegularGrid",
    "BlendAlphaCheckerboard",
    "BlendAlphaSegMapClassIds",
    "BlendAlphaBoundingBoxes",
    "IBatchwiseMaskGenerator",
    "StochasticParameterMaskGen",
    "SomeColorsMaskGen",
    "HorizontalLinearGradientMaskGen",
    "VerticalLinearGradientMaskGen",
    "RegularGridMaskGen",
    "CheckerboardMaskGen",
    "SegMapClassIdsMaskGen",
    "BoundingBoxesMaskGen",
    "InvertMaskGen",
    "Alpha",
    "AlphaElementwise",
    "SimplexNoiseAlpha",
    "FrequencyNoiseAlpha",
]

#: alphas within this distance of 0 or 1 count as "only background/foreground"
_EPSILON = 1e-2

_UINT8_ONLY = {
    "allowed": ["uint8"],
    "disallowed": [
        "bool",
        "uint16",
        "uint32",
        "uint64",
        "int8",
        "int16",
        "int32",
        "int64",
        "float16",
        "float32",
        "float64",
        "float128",
    ],
}

_MAP_ATTRS = {"heatmaps": "arr_0to1", "segmentation_maps": "arr"}
_CBA_KINDS = ("bounding_boxes", "polygons", "line_strings")

# upscaling methods of the noise masks (0.4.0 defaults) and their probabilities
_NOISE_UPSCALE_METHODS = ["nearest", "linear", "cubic"]
_NOISE_UPSCALE_PROBS = [0.05, 0.6, 0.35]


# --------------------------------------------------------------------------------
# branch handling shared by BlendAlpha and BlendAlphaMask
# --------------------------------------------------------------------------------
def _handle_branches(aug, foreground, background):
    """Normalise both children lists; at least one of them must be given."""
    fg = meta._handle_children_list(
        foreground, aug.name, "foreground", default=None, argname="foreground"
    )
    bg = meta._handle_children_list(
        background, aug.name, "background", default=None, argname="background"
    )
    if fg is None and bg is None:
        raise InvalidValueError(
            f"Expected 'foreground' and/or 'background' of {type(aug).__name__} to "
            "be an augmenter or a list of augmenters, got None for both."
        )
    return fg, bg


def _branch_copy(batch):
    """Return a copy of `batch` for one branch; its images are borrowed.

    The branch's children copy an image before writing into it, so the input's
    images are shared instead of copied up front.
    """
    copy = _BatchInAugmentation(
        heatmaps=_copy_column(batch.heatmaps),
        segmentation_maps=_copy_column(batch.segmentation_maps),
        keypoints=_copy_column(batch.keypoints),
        bounding_boxes=_copy_column(batch.bounding_boxes),
        polygons=_copy_column(batch.polygons),
        line_strings=_copy_column(batch.line_strings),
        data=batch.data,
    )
    copy.metadata = batch.metadata
    if batch.images is not None:
        copy.borrow_images_(batch.images)
    return copy


def _copy_column(value):
    return None if value is None else _augm_utils.copy_augmentables(value)


def _run_branches(aug, batch, parents, hooks, fg_needed, bg_needed):
    """Run both branches; return the two result batches (None: not needed).

    A missing branch stands for the unchanged input, i.e. `batch` itself. A branch
    whose result no row uses is not run at all.
    """
    subparents = [*parents, aug]
    results = []
    for branch, needed in ((aug.foreground, fg_needed), (aug.background, bg_needed)):
        if not needed:
            results.append(None)
        elif branch is None:
            results.append(batch)
        else:
            results.append(
                branch.augment_batch_(
                    _branch_copy(batch), parents=subparents, hooks=hooks
                )
            )
    return results


def _check_same_length(name, values_fg, values_bg, aug):
    if len(values_fg) != len(values_bg):
        raise InvalidValueError(
            f"The branches of {type(aug).__name__} '{aug.name}' returned different "
            f"numbers of {name} ({len(values_fg)} vs. {len(values_bg)}); they must "
            "keep the number of rows."
        )


def _blend_images(images_fg, images_bg, alphas, aug):
    """Blend every row of two image containers with its alpha (scalar/vector/mask).

    A row whose alphas are all near 0 (1) is the background (foreground) image
    itself, without a copy.
    """
    eps = aug.epsilon
    container = images_fg if images_fg is not None else images_bg
    _gate_images(container, aug)
    rows = []
    for i, alpha in enumerate(alphas):
        low, high = _alpha_range(alpha)
        if high <= eps:
            rows.append(images_bg[i])
        elif low >= 1.0 - eps:
            rows.append(images_fg[i])
        else:
            rows.append(blend_alpha(images_fg[i], images_bg[i], alpha, eps))
    if not isinstance(container, np.ndarray):
        return rows
    if len(rows) == 1:
        return rows[0][np.newaxis]
    if any(row.shape != rows[0].shape or row.dtype != rows[0].dtype for row in rows):
        return rows
    return np.stack(rows)


def _gate_images(images, aug):
    """Apply the dtype gate of `blend_alpha` (rows that skip it need it too)."""
    arrays = [images] if isinstance(images, np.ndarray) else list(images)
    if any(image.dtype != np.uint8 for image in arrays):
        iadt.gate_dtypes(arrays, augmenter=aug, **_BLEND_DTYPES)


def _alpha_range(alpha):
    if isinstance(alpha, np.ndarray):
        if alpha.size == 0:
            return 0.0, 0.0
        return float(alpha.min()), float(alpha.max())
    return float(alpha), float(alpha)


def _pick_rows(name, batch, batch_fg, batch_bg, use_fg, aug):
    """Set column `name` of `batch` row by row from the fg or bg result."""
    values_fg = getattr(batch_fg, name) if batch_fg is not None else None
    values_bg = getattr(batch_bg, name) if batch_bg is not None else None
    if values_fg is not None and values_bg is not None:
        _check_same_length(name, values_fg, values_bg, aug)
    reference = values_fg if values_fg is not None else values_bg
    setattr(
        batch,
        name,
        [values_fg[i] if use_fg[i] else values_bg[i] for i in range(len(reference))],
    )


def _nb_channels(shape):
    return shape[2] if len(shape) >= 3 else 1


# --------------------------------------------------------------------------------
# BlendAlpha
# --------------------------------------------------------------------------------
class BlendAlpha(meta.Augmenter):
    """Blend the images of two branches with one opacity per image (or channel).

    Both branches run on copies of the input; the result is
    ``alpha * foreground + (1 - alpha) * background``. Heatmaps, segmentation maps
    and coordinates of an image are taken completely from the foreground branch if
    the image's mean alpha is at least ``0.5``, otherwise from the background
    branch. A branch whose result no image uses is skipped.

    Supported dtypes
    ----------------
    Those of :func:`blend_alpha` that the children support:

    * ``uint8``: yes; fully tested
    * ``uint16``, ``uint32``, ``uint64``, ``int8``, ``int16``, ``int32``,
      ``int64``, ``float16``, ``float32``, ``float64``, ``bool``: yes; tested
    * ``float128``: no

    Parameters
    ----------
    factor : number or tuple of number or list of number or imgaug.parameters.StochasticParameter, optional
        Opacity of the foreground in ``[0, 1]``: a number, ``(a, b)`` for a
        uniform sample per image, a list to pick from, or a parameter.
    foreground : None or Augmenter or list of Augmenter, optional
        Children of the foreground branch (``None``: the unchanged input).
    background : None or Augmenter or list of Augmenter, optional
        Children of the background branch (``None``: the unchanged input).
    per_channel : bool or float or imgaug.parameters.StochasticParameter, optional
        Sample one factor per channel (for a float ``p``: for that fraction of
        the images).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.BlendAlpha(0.5, iaa.Add(100))
    >>> aug(image=np.zeros((1, 2, 3), dtype=np.uint8))[0, 0].tolist()
    [50, 50, 50]

    """  # noqa: E501

    _BORROWS_IMAGES = True  # builds new image rows, never writes into the input

    def __init__(
        self,
        factor=(0.0, 1.0),
        foreground=None,
        background=None,
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.factor = iap.handle_continuous_param(
            factor,
            "factor",
            value_range=(0, 1.0),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        self.per_channel = iap.handle_probability_param(per_channel, "per_channel")
        self.foreground, self.background = _handle_branches(
            self, foreground, background
        )
        self.epsilon = _EPSILON

    def _augment_batch_(self, batch, random_state, parents, hooks):
        return meta._augment_children_with_hooks(
            self, batch, random_state, parents, hooks
        )

    # sampling order: per_channel (one per row), factor (one per row and channel)
    def _draw_alphas(self, batch, random_state):
        shapes = batch.get_rowwise_shapes()
        nb_rows = len(shapes)
        nb_channels = [_nb_channels(shape) for shape in shapes]
        per_channel = self.per_channel.draw_samples(
            (nb_rows,), random_state=random_state
        )
        factors = self.factor.draw_samples(
            (nb_rows, max(max(nb_channels), 1)), random_state=random_state
        )
        factors = np.asarray(factors, dtype=np.float64)
        alphas = []
        for i in range(nb_rows):
            if per_channel[i] > 0.5:
                alphas.append(factors[i, 0 : max(nb_channels[i], 1)])
            else:
                alphas.append(float(factors[i, 0]))
        return alphas

    def _augment_children(self, batch, random_state, parents, hooks):
        if batch.nb_rows == 0:
            return batch
        alphas = self._draw_alphas(batch, random_state)
        use_fg = [float(np.mean(alpha)) >= 0.5 for alpha in alphas]
        # a branch is skipped only if no row can use it, whatever kinds the batch
        # holds (so that the children's random numbers do not depend on them)
        ranges = [_alpha_range(alpha) for alpha in alphas]
        fg_needed = any(high > self.epsilon for _, high in ranges)
        bg_needed = any(low < 1.0 - self.epsilon for low, _ in ranges)
        batch_fg, batch_bg = _run_branches(
            self, batch, parents, hooks, fg_needed, bg_needed
        )
        for name in _AUGMENTABLE_NAMES[1:]:
            if getattr(batch, name) is not None:
                _pick_rows(name, batch, batch_fg, batch_bg, use_fg, self)
        if batch.images is not None:
            images_fg = batch_fg.images if batch_fg is not None else None
            images_bg = batch_bg.images if batch_bg is not None else None
            batch.images = _blend_images(images_fg, images_bg, alphas, self)
        return batch

    def _to_deterministic(self):
        aug = super()._to_deterministic()
        aug.foreground = (
            self.foreground.to_deterministic() if self.foreground is not None else None
        )
        aug.background = (
            self.background.to_deterministic() if self.background is not None else None
        )
        return aug

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.factor, self.per_channel]

    def get_children_lists(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_children_lists`."""
        return [lst for lst in (self.foreground, self.background) if lst is not None]

    def __str__(self):
        return (
            f"{type(self).__name__}(factor={self.factor}, "
            f"per_channel={self.per_channel}, name={self.name}, "
            f"foreground={self.foreground}, background={self.background}, "
            f"deterministic={self.deterministic})"
        )


# --------------------------------------------------------------------------------
# BlendAlphaMask
# --------------------------------------------------------------------------------
def _check_masks(masks, shapes, generator):
    """Raise unless `masks` holds one ``(H, W)``/``(H, W, C)`` mask per row."""
    name = f"'mask_generator' ({type(generator).__name__})"
    if not isinstance(masks, (list, tuple)) or len(masks) != len(shapes):
        count = len(masks) if isinstance(masks, (list, tuple)) else type(masks)
        raise InvalidValueError(
            f"Expected {name} to return a list of {len(shapes)} masks (one per "
            f"row), got {count}."
        )
    checked = []
    for i, (mask, shape) in enumerate(zip(masks, shapes)):
        mask = np.asarray(mask)
        valid_channels = mask.ndim == 2 or (
            mask.ndim == 3 and mask.shape[2] in (1, _nb_channels(shape))
        )
        if mask.shape[0:2] != tuple(shape[0:2]) or not valid_channels:
            raise InvalidValueError(
                f"Expected {name} to return a mask of shape (H, W) "
                f"or (H, W, C) matching the image shape {tuple(shape)} of row {i}, "
                f"got shape {mask.shape}."
            )
        if mask.dtype.kind not in "biuf":
            raise InvalidValueError(
                f"Expected {name} to return numeric masks, got dtype "
                f"{mask.dtype.name} in row {i}."
            )
        checked.append(mask)
    return checked


def _mask_2d(mask):
    """Average the channels of a mask: ``(H, W)`` float32."""
    if mask.ndim == 3:
        if mask.shape[2] == 1:
            return mask[:, :, 0].astype(np.float32, copy=False)
        return mask.mean(axis=2, dtype=np.float32)
    return mask.astype(np.float32, copy=False)


def _binarize_mask_for_map(mask, arr_shape):
    """Resize the mask to a map's array and threshold it: ``(h, w, 1)`` bool."""
    mask_2d = _mask_2d(mask)
    height, width = arr_shape[0:2]
    if mask_2d.shape != (height, width):
        if mask_2d.size == 0 or height == 0 or width == 0:
            return np.zeros((height, width, 1), dtype=bool)
        mask_2d = _resize.imresize_single_image(mask_2d, (height, width))
    return (np.clip(mask_2d, 0.0, 1.0) >= 0.5)[:, :, np.newaxis]


def _blend_maps_(name, batch, batch_fg, batch_bg, masks, aug):
    attr = _MAP_ATTRS[name]
    maps_in = getattr(batch, name)
    maps_fg = getattr(batch_fg, name) if batch_fg is not None else None
    maps_bg = getattr(batch_bg, name) if batch_bg is not None else None
    if maps_fg is not None and maps_bg is not None:
        _check_same_length(name, maps_fg, maps_bg, aug)
    result = []
    for i, mask in enumerate(masks):
        use = _binarize_mask_for_map(mask, getattr(maps_in[i], attr).shape)
        if maps_fg is None or not use.any():
            result.append(maps_bg[i])
            continue
        if maps_bg is None or use.all():
            result.append(maps_fg[i])
            continue
        arr_fg = getattr(maps_fg[i], attr)
        arr_bg = getattr(maps_bg[i], attr)
        if arr_fg.shape != arr_bg.shape or arr_fg.shape[0:2] != use.shape[0:2]:
            raise InvalidValueError(
                f"The branches of {type(aug).__name__} '{aug.name}' changed the "
                f"array shape of {name} in row {i} ({arr_fg.shape} vs. "
                f"{arr_bg.shape}); they must keep it."
            )
        item = maps_bg[i]
        setattr(item, attr, np.where(use, arr_fg, arr_bg))
        result.append(item)
    setattr(batch, name, result)


def _blend_keypoints_(batch, batch_fg, batch_bg, masks, aug):
    """Pointwise: every keypoint comes from the branch its mask value picks."""
    kpsois_in = batch.keypoints
    kpsois_fg = batch_fg.keypoints if batch_fg is not None else None
    kpsois_bg = batch_bg.keypoints if batch_bg is not None else None
    result = []
    for i, mask in enumerate(masks):
        kpsoi_in = kpsois_in[i]
        xy_in = kpsoi_in.to_xy_array()
        picks = _mask_values_at(mask, xy_in) > 0.5
        if len(picks) == 0:
            result.append(kpsois_bg[i] if kpsois_bg is not None else kpsois_fg[i])
            continue
        if kpsois_fg is None or not picks.any():
            result.append(kpsois_bg[i])
            continue
        if kpsois_bg is None or picks.all():
            result.append(kpsois_fg[i])
            continue
        xy_fg = kpsois_fg[i].to_xy_array()
        xy_bg = kpsois_bg[i].to_xy_array()
        if not (xy_in.shape == xy_fg.shape == xy_bg.shape):
            raise InvalidValueError(
                f"The branches of {type(aug).__name__} '{aug.name}' changed the "
                f"number of keypoints in row {i} (input {len(xy_in)}, foreground "
                f"{len(xy_fg)}, background {len(xy_bg)}); they must keep it."
            )
        xy = np.where(picks[:, np.newaxis], xy_fg, xy_bg)
        result.append(kpsois_bg[i].fill_from_xy_array_(xy))
    batch.keypoints = result


def _mask_values_at(mask, xy):
    """Channel-averaged mask values at the rounded points (clipped to the image)."""
    mask_2d = _mask_2d(mask)
    height, width = mask_2d.shape
    if height == 0 or width == 0 or len(xy) == 0:
        return np.zeros((len(xy),), dtype=np.float32)
    cols = np.clip(np.round(xy[:, 0]), 0, width - 1).astype(np.intp)
    rows = np.clip(np.round(xy[:, 1]), 0, height - 1).astype(np.intp)
    return mask_2d[rows, cols]


class BlendAlphaMask(meta.Augmenter):
    """Blend the images of two branches with masks from a mask generator.

    Per row the mask generator returns a float mask in ``[0, 1]`` of the image's
    height and width. Images are blended pixelwise with it. Heatmaps and
    segmentation maps take each cell from the foreground branch where the
    (channel-averaged, resized) mask is at least ``0.5``. Each keypoint comes from
    the foreground branch if the mask at its rounded position is above ``0.5``
    (points outside the image use the nearest pixel). Bounding boxes, polygons and
    line strings of an image are taken completely from the foreground branch if
    the image's mean mask value is above ``0.5``.

    Supported dtypes
    ----------------
    See :class:`BlendAlpha`.

    Parameters
    ----------
    mask_generator : IBatchwiseMaskGenerator
        Generates one mask per row of a batch.
    foreground : None or Augmenter or list of Augmenter, optional
        Children of the foreground branch (``None``: the unchanged input).
    background : None or Augmenter or list of Augmenter, optional
        Children of the background branch (``None``: the unchanged input).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> gen = iaa.HorizontalLinearGradientMaskGen(0.0, 1.0, 0.0, 1.0)
    >>> aug = iaa.BlendAlphaMask(gen, iaa.Add(100))
    >>> aug(image=np.zeros((1, 2, 1), dtype=np.uint8))[0, :, 0].tolist()
    [0, 100]

    """

    _BORROWS_IMAGES = True  # builds new image rows, never writes into the input

    def __init__(
        self,
        mask_generator,
        foreground=None,
        background=None,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        if not isinstance(mask_generator, IBatchwiseMaskGenerator):
            raise InvalidTypeError(
                "Expected argument 'mask_generator' to be an "
                f"IBatchwiseMaskGenerator, got {type(mask_generator).__name__}."
            )
        self.mask_generator = mask_generator
        self.foreground, self.background = _handle_branches(
            self, foreground, background
        )
        self.epsilon = _EPSILON

    def _augment_batch_(self, batch, random_state, parents, hooks):
        return meta._augment_children_with_hooks(
            self, batch, random_state, parents, hooks
        )

    # sampling order: the mask generator's draws (before the branches run)
    def _augment_children(self, batch, random_state, parents, hooks):
        if batch.nb_rows == 0:
            return batch
        shapes = batch.get_rowwise_shapes()
        masks = _check_masks(
            self.mask_generator.draw_masks(batch, random_state),
            shapes,
            self.mask_generator,
        )
        ranges = [_alpha_range(mask) for mask in masks]
        # any row that may take something from a branch (maps and points use
        # thresholds at 0.5, images the epsilon shortcut)
        fg_needed = any(high > self.epsilon for _, high in ranges)
        bg_needed = any(low < 1.0 - self.epsilon for low, _ in ranges)
        batch_fg, batch_bg = _run_branches(
            self, batch, parents, hooks, fg_needed, bg_needed
        )
        for name in _MAP_ATTRS:
            if getattr(batch, name) is not None:
                _blend_maps_(name, batch, batch_fg, batch_bg, masks, self)
        if batch.keypoints is not None:
            _blend_keypoints_(batch, batch_fg, batch_bg, masks, self)
        use_fg = [mask.size > 0 and float(np.mean(mask)) > 0.5 for mask in masks]
        for name in _CBA_KINDS:
            if getattr(batch, name) is not None:
                _pick_rows(name, batch, batch_fg, batch_bg, use_fg, self)
        if batch.images is not None:
            images_fg = batch_fg.images if batch_fg is not None else None
            images_bg = batch_bg.images if batch_bg is not None else None
            batch.images = _blend_images(images_fg, images_bg, masks, self)
        return batch

    def _to_deterministic(self):
        aug = super()._to_deterministic()
        aug.foreground = (
            self.foreground.to_deterministic() if self.foreground is not None else None
        )
        aug.background = (
            self.background.to_deterministic() if self.background is not None else None
        )
        return aug

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.mask_generator]

    def get_children_lists(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_children_lists`."""
        return [lst for lst in (self.foreground, self.background) if lst is not None]

    def __str__(self):
        return (
            f"{type(self).__name__}(mask_generator={self.mask_generator}, "
            f"name={self.name}, foreground={self.foreground}, "
            f"background={self.background}, deterministic={self.deterministic})"
        )


class BlendAlphaElementwise(BlendAlphaMask):
    """Blend the images of two branches with one opacity per pixel.

    The masks are samples of `factor` of the image's height and width (and
    channels, if `per_channel`); see :class:`BlendAlphaMask` for how the other
    data is blended.

    Supported dtypes
    ----------------
    See :class:`BlendAlpha`.

    Parameters
    ----------
    factor : number or tuple of number or list of number or imgaug.parameters.StochasticParameter, optional
        Opacity of the foreground in ``[0, 1]``, sampled per pixel.
    foreground : None or Augmenter or list of Augmenter, optional
        Children of the foreground branch (``None``: the unchanged input).
    background : None or Augmenter or list of Augmenter, optional
        Children of the background branch (``None``: the unchanged input).
    per_channel : bool or float or imgaug.parameters.StochasticParameter, optional
        Sample the masks per channel (for a float ``p``: for that fraction of the
        images).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.BlendAlphaElementwise(0.5, iaa.Add(100))
    >>> aug(image=np.zeros((1, 2, 1), dtype=np.uint8))[0, :, 0].tolist()
    [50, 50]

    """  # noqa: E501

    def __init__(
        self,
        factor=(0.0, 1.0),
        foreground=None,
        background=None,
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        factor = iap.handle_continuous_param(
            factor,
            "factor",
            value_range=(0, 1.0),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        super().__init__(
            StochasticParameterMaskGen(factor, per_channel),
            foreground=foreground,
            background=background,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )

    @property
    def factor(self):
        """The parameter that the per-pixel opacities are sampled from."""
        return self.mask_generator.parameter


def _noise_factor(noise, iterations, aggregation_method, sigmoid, sigmoid_thresh):
    """Wrap a noise parameter as 0.4.0's noise-alpha augmenters do."""
    if not isinstance(sigmoid, (bool, np.bool_)) and not ia.is_single_number(sigmoid):
        raise InvalidTypeError(
            "Expected argument 'sigmoid' to be a bool or a probability, got "
            f"{type(sigmoid).__name__}."
        )
    if not (0.0 <= float(sigmoid) <= 1.0):
        raise InvalidValueError(
            f"Expected argument 'sigmoid' to be in the interval [0.0, 1.0], got "
            f"{sigmoid!r}."
        )
    if sigmoid_thresh is not None:
        sigmoid_thresh = iap.handle_continuous_param(sigmoid_thresh, "sigmoid_thresh")
    if iterations != 1:
        noise = iap.IterativeNoiseAggregator(
            noise, iterations=iterations, aggregation_method=aggregation_method
        )
    use_sigmoid = sigmoid is True or (
        ia.is_single_number(sigmoid)
        and not isinstance(sigmoid, bool)
        and sigmoid >= 0.01
    )
    if use_sigmoid:
        threshold = iap.Normal(0.0, 5.0) if sigmoid_thresh is None else sigmoid_thresh
        noise = iap.Sigmoid.create_for_noise(
            noise, threshold=threshold, activated=sigmoid
        )
    return noise


def _noise_upscale_method(upscale_method):
    if upscale_method is not None:
        return upscale_method
    return iap.Choice(_NOISE_UPSCALE_METHODS, p=_NOISE_UPSCALE_PROBS)


class BlendAlphaSimplexNoise(BlendAlphaElementwise):
    """Blend the images of two branches with a blobby simplex-noise mask.

    The mask is :class:`imgaug.parameters.SimplexNoise`, optionally aggregated
    over several iterations and sharpened with a sigmoid; see
    :class:`BlendAlphaMask` for how the other data is blended.

    Supported dtypes
    ----------------
    See :class:`BlendAlpha`.

    Parameters
    ----------
    foreground : None or Augmenter or list of Augmenter, optional
        Children of the foreground branch (``None``: the unchanged input).
    background : None or Augmenter or list of Augmenter, optional
        Children of the background branch (``None``: the unchanged input).
    per_channel : bool or float or imgaug.parameters.StochasticParameter, optional
        Sample one mask per channel.
    size_px_max : int or tuple of int or list of int or imgaug.parameters.StochasticParameter, optional
        Largest side of the low-resolution noise (smaller: larger blobs).
    upscale_method : None or imgaug.ALL or str or list of str or imgaug.parameters.StochasticParameter, optional
        Interpolation used to upscale the noise; ``None`` picks ``"nearest"``,
        ``"linear"`` or ``"cubic"`` with probabilities 0.05, 0.6 and 0.35.
    iterations : int or tuple of int or list of int or imgaug.parameters.StochasticParameter, optional
        Number of noise masks combined per image (``1``: no aggregation).
    aggregation_method : imgaug.ALL or str or list of str or imgaug.parameters.StochasticParameter, optional
        How the iterations are combined: ``"min"``, ``"max"`` or ``"avg"``.
    sigmoid : bool or number, optional
        Whether (``True``) or how often (a probability ``>= 0.01``) a sigmoid
        pushes the mask towards 0 and 1.
    sigmoid_thresh : None or number or tuple of number or imgaug.parameters.StochasticParameter, optional
        Threshold of the sigmoid; ``None`` means ``Normal(0.0, 5.0)``.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.BlendAlphaSimplexNoise(iaa.EdgeDetect(1.0))
    >>> aug(image=np.zeros((8, 8, 3), dtype=np.uint8)).shape
    (8, 8, 3)

    """  # noqa: E501

    def __init__(
        self,
        foreground=None,
        background=None,
        per_channel=False,
        size_px_max=(2, 16),
        upscale_method=None,
        iterations=(1, 3),
        aggregation_method="max",
        sigmoid=True,
        sigmoid_thresh=None,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        noise = iap.SimplexNoise(
            size_px_max=size_px_max,
            upscale_method=_noise_upscale_method(upscale_method),
        )
        super().__init__(
            factor=_noise_factor(
                noise, iterations, aggregation_method, sigmoid, sigmoid_thresh
            ),
            foreground=foreground,
            background=background,
            per_channel=per_channel,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class BlendAlphaFrequencyNoise(BlendAlphaElementwise):
    """Blend the images of two branches with a frequency-noise mask.

    The mask is :class:`imgaug.parameters.FrequencyNoise` (large blobs for
    negative exponents, fine grain for positive ones), optionally aggregated
    over several iterations and sharpened with a sigmoid; see
    :class:`BlendAlphaMask` for how the other data is blended.

    Supported dtypes
    ----------------
    See :class:`BlendAlpha`.

    Parameters
    ----------
    exponent : number or tuple of number or list of number or imgaug.parameters.StochasticParameter, optional
        Exponent of the frequency weighting ``f**exponent``, sampled per mask.
    foreground : None or Augmenter or list of Augmenter, optional
        Children of the foreground branch (``None``: the unchanged input).
    background : None or Augmenter or list of Augmenter, optional
        Children of the background branch (``None``: the unchanged input).
    per_channel : bool or float or imgaug.parameters.StochasticParameter, optional
        Sample one mask per channel.
    size_px_max : int or tuple of int or list of int or imgaug.parameters.StochasticParameter, optional
        Largest side of the low-resolution noise.
    upscale_method : None or imgaug.ALL or str or list of str or imgaug.parameters.StochasticParameter, optional
        See :class:`BlendAlphaSimplexNoise`.
    iterations : int or tuple of int or list of int or imgaug.parameters.StochasticParameter, optional
        Number of noise masks combined per image (``1``: no aggregation).
    aggregation_method : imgaug.ALL or str or list of str or imgaug.parameters.StochasticParameter, optional
        How the iterations are combined: ``"min"``, ``"max"`` or ``"avg"``.
    sigmoid : bool or number, optional
        Whether (``True``) or how often (a probability ``>= 0.01``) a sigmoid
        pushes the mask towards 0 and 1.
    sigmoid_thresh : None or number or tuple of number or imgaug.parameters.StochasticParameter, optional
        Threshold of the sigmoid; ``None`` means ``Normal(0.0, 5.0)``.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.BlendAlphaFrequencyNoise(foreground=iaa.Multiply(0.5))
    >>> aug(image=np.zeros((8, 8, 3), dtype=np.uint8)).shape
    (8, 8, 3)

    """  # noqa: E501

    def __init__(
        self,
        exponent=(-4, 4),
        foreground=None,
        background=None,
        per_channel=False,
        size_px_max=(4, 16),
        upscale_method=None,
        iterations=(1, 3),
        aggregation_method=["avg", "max"],  # noqa: B006  (0.4.0 default, not mutated)
        sigmoid=0.5,
        sigmoid_thresh=None,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        noise = iap.FrequencyNoise(
            exponent=exponent,
            size_px_max=size_px_max,
            upscale_method=_noise_upscale_method(upscale_method),
        )
        super().__init__(
            factor=_noise_factor(
                noise, iterations, aggregation_method, sigmoid, sigmoid_thresh
            ),
            foreground=foreground,
            background=background,
            per_channel=per_channel,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class BlendAlphaSomeColors(BlendAlphaMask):
    """Blend the images of two branches with a mask chosen by hue.

    The hue circle is split into `nb_bins` bins with an opacity each (see
    :class:`SomeColorsMaskGen`), so e.g. only reddish areas get the foreground.
    Images are required; see :class:`BlendAlphaMask` for the other data.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (the hue comes from a colorspace conversion)

    Parameters
    ----------
    foreground : None or Augmenter or list of Augmenter, optional
        Children of the foreground branch (``None``: the unchanged input).
    background : None or Augmenter or list of Augmenter, optional
        Children of the background branch (``None``: the unchanged input).
    nb_bins, smoothness, alpha, rotation_deg, from_colorspace : optional
        See :class:`SomeColorsMaskGen`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.BlendAlphaSomeColors(iaa.Grayscale(1.0))
    >>> aug(image=np.zeros((4, 4, 3), dtype=np.uint8)).shape
    (4, 4, 3)

    """

    def __init__(
        self,
        foreground=None,
        background=None,
        nb_bins=(5, 15),
        smoothness=(0.1, 0.3),
        alpha=[0.0, 1.0],  # noqa: B006  (0.4.0 default, not mutated)
        rotation_deg=(0, 360),
        from_colorspace="RGB",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            SomeColorsMaskGen(
                nb_bins=nb_bins,
                smoothness=smoothness,
                alpha=alpha,
                rotation_deg=rotation_deg,
                from_colorspace=from_colorspace,
            ),
            foreground=foreground,
            background=background,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class BlendAlphaHorizontalLinearGradient(BlendAlphaMask):
    """Blend the images of two branches with a left-to-right gradient mask.

    See :class:`HorizontalLinearGradientMaskGen` for the mask and
    :class:`BlendAlphaMask` for how the other data is blended.

    Supported dtypes
    ----------------
    See :class:`BlendAlpha`.

    Parameters
    ----------
    foreground : None or Augmenter or list of Augmenter, optional
        Children of the foreground branch (``None``: the unchanged input).
    background : None or Augmenter or list of Augmenter, optional
        Children of the background branch (``None``: the unchanged input).
    min_value, max_value, start_at, end_at : optional
        See :class:`HorizontalLinearGradientMaskGen`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.BlendAlphaHorizontalLinearGradient(
    ...     iaa.Add(100), min_value=0.0, max_value=1.0, start_at=0.0, end_at=1.0)
    >>> aug(image=np.zeros((1, 3, 1), dtype=np.uint8))[0, :, 0].tolist()
    [0, 50, 100]

    """

    def __init__(
        self,
        foreground=None,
        background=None,
        min_value=(0.0, 0.2),
        max_value=(0.8, 1.0),
        start_at=(0.0, 0.2),
        end_at=(0.8, 1.0),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            HorizontalLinearGradientMaskGen(
                min_value=min_value,
                max_value=max_value,
                start_at=start_at,
                end_at=end_at,
            ),
            foreground=foreground,
            background=background,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class BlendAlphaVerticalLinearGradient(BlendAlphaMask):
    """Blend the images of two branches with a top-to-bottom gradient mask.

    See :class:`VerticalLinearGradientMaskGen` for the mask and
    :class:`BlendAlphaMask` for how the other data is blended.

    Supported dtypes
    ----------------
    See :class:`BlendAlpha`.

    Parameters
    ----------
    foreground : None or Augmenter or list of Augmenter, optional
        Children of the foreground branch (``None``: the unchanged input).
    background : None or Augmenter or list of Augmenter, optional
        Children of the background branch (``None``: the unchanged input).
    min_value, max_value, start_at, end_at : optional
        See :class:`VerticalLinearGradientMaskGen`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.BlendAlphaVerticalLinearGradient(
    ...     iaa.Add(100), min_value=0.0, max_value=1.0, start_at=0.0, end_at=1.0)
    >>> aug(image=np.zeros((3, 1, 1), dtype=np.uint8))[:, 0, 0].tolist()
    [0, 50, 100]

    """

    def __init__(
        self,
        foreground=None,
        background=None,
        min_value=(0.0, 0.2),
        max_value=(0.8, 1.0),
        start_at=(0.0, 0.2),
        end_at=(0.8, 1.0),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            VerticalLinearGradientMaskGen(
                min_value=min_value,
                max_value=max_value,
                start_at=start_at,
                end_at=end_at,
            ),
            foreground=foreground,
            background=background,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class BlendAlphaRegularGrid(BlendAlphaMask):
    """Blend the images of two branches cell by cell of a regular grid.

    Every cell of an ``nb_rows x nb_cols`` grid gets an opacity sampled from
    `alpha` (see :class:`RegularGridMaskGen`); see :class:`BlendAlphaMask` for
    how the other data is blended.

    Supported dtypes
    ----------------
    See :class:`BlendAlpha`.

    Parameters
    ----------
    nb_rows, nb_cols : int or tuple of int or list of int or imgaug.parameters.StochasticParameter
        Number of grid rows and columns (at least 1), sampled per image.
    foreground : None or Augmenter or list of Augmenter, optional
        Children of the foreground branch (``None``: the unchanged input).
    background : None or Augmenter or list of Augmenter, optional
        Children of the background branch (``None``: the unchanged input).
    alpha : number or tuple of number or list of number or imgaug.parameters.StochasticParameter, optional
        Opacity of each cell, in ``[0, 1]``.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.BlendAlphaRegularGrid(1, 2, iaa.Add(100), alpha=1.0)
    >>> aug(image=np.zeros((1, 2, 1), dtype=np.uint8))[0, :, 0].tolist()
    [100, 100]

    """  # noqa: E501

    def __init__(
        self,
        nb_rows,
        nb_cols,
        foreground=None,
        background=None,
        alpha=[0.0, 1.0],  # noqa: B006  (0.4.0 default, not mutated)
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            RegularGridMaskGen(nb_rows=nb_rows, nb_cols=nb_cols, alpha=alpha),
            foreground=foreground,
            background=background,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class BlendAlphaCheckerboard(BlendAlphaMask):
    """Blend the images of two branches in a checkerboard pattern.

    The top-left cell of an ``nb_rows x nb_cols`` checkerboard shows the
    foreground (see :class:`CheckerboardMaskGen`); see :class:`BlendAlphaMask`
    for how the other data is blended.

    Supported dtypes
    ----------------
    See :class:`BlendAlpha`.

    Parameters
    ----------
    nb_rows, nb_cols : int or tuple of int or list of int or imgaug.parameters.StochasticParameter
        Number of rows and columns of the checkerboard (at least 1).
    foreground : None or Augmenter or list of Augmenter, optional
        Children of the foreground branch (``None``: the unchanged input).
    background : None or Augmenter or list of Augmenter, optional
        Children of the background branch (``None``: the unchanged input).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.BlendAlphaCheckerboard(1, 2, iaa.Add(100))
    >>> aug(image=np.zeros((1, 2, 1), dtype=np.uint8))[0, :, 0].tolist()
    [100, 0]

    """  # noqa: E501

    def __init__(
        self,
        nb_rows,
        nb_cols,
        foreground=None,
        background=None,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            CheckerboardMaskGen(nb_rows=nb_rows, nb_cols=nb_cols),
            foreground=foreground,
            background=background,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class BlendAlphaSegMapClassIds(BlendAlphaMask):
    """Blend the images of two branches where segmentation maps show some classes.

    The mask is 1 wherever the row's segmentation map has one of the chosen class
    ids (see :class:`SegMapClassIdsMaskGen`); batches must contain segmentation
    maps. See :class:`BlendAlphaMask` for how the other data is blended.

    Supported dtypes
    ----------------
    See :class:`BlendAlpha`.

    Parameters
    ----------
    class_ids : int or tuple of int or list of int or imgaug.parameters.StochasticParameter
        Class ids to blend in (all of them, or a sample if
        `nb_sample_classes` is given).
    foreground : None or Augmenter or list of Augmenter, optional
        Children of the foreground branch (``None``: the unchanged input).
    background : None or Augmenter or list of Augmenter, optional
        Children of the background branch (``None``: the unchanged input).
    nb_sample_classes : None or int or tuple of int or list of int or imgaug.parameters.StochasticParameter, optional
        How many class ids to sample from `class_ids` per image.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> from imgaug.augmentables.segmaps import SegmentationMapsOnImage
    >>> segmap = SegmentationMapsOnImage(
    ...     np.array([[0, 1]], dtype=np.int32), shape=(1, 2, 1))
    >>> aug = iaa.BlendAlphaSegMapClassIds(1, iaa.Add(100))
    >>> image = np.zeros((1, 2, 1), dtype=np.uint8)
    >>> aug(image=image, segmentation_maps=segmap)[0][0, :, 0].tolist()
    [0, 100]

    """  # noqa: E501

    def __init__(
        self,
        class_ids,
        foreground=None,
        background=None,
        nb_sample_classes=None,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            SegMapClassIdsMaskGen(
                class_ids=class_ids, nb_sample_classes=nb_sample_classes
            ),
            foreground=foreground,
            background=background,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class BlendAlphaBoundingBoxes(BlendAlphaMask):
    """Blend the images of two branches inside bounding boxes.

    The mask is 1 inside the row's bounding boxes with one of the chosen labels
    (see :class:`BoundingBoxesMaskGen`); batches must contain bounding boxes.
    See :class:`BlendAlphaMask` for how the other data is blended.

    Supported dtypes
    ----------------
    See :class:`BlendAlpha`.

    Parameters
    ----------
    labels : None or str or list of str or imgaug.parameters.StochasticParameter
        Labels of the boxes to blend in; ``None``: all boxes.
    foreground : None or Augmenter or list of Augmenter, optional
        Children of the foreground branch (``None``: the unchanged input).
    background : None or Augmenter or list of Augmenter, optional
        Children of the background branch (``None``: the unchanged input).
    nb_sample_labels : None or int or tuple of int or list of int or imgaug.parameters.StochasticParameter, optional
        How many labels to sample from `labels` per image.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug as ia
    >>> import imgaug.augmenters as iaa
    >>> bbs = ia.BoundingBoxesOnImage([ia.BoundingBox(1, 0, 2, 1)], shape=(1, 2, 1))
    >>> aug = iaa.BlendAlphaBoundingBoxes(None, iaa.Add(100))
    >>> image = np.zeros((1, 2, 1), dtype=np.uint8)
    >>> aug(image=image, bounding_boxes=bbs)[0][0, :, 0].tolist()
    [0, 100]

    """  # noqa: E501

    def __init__(
        self,
        labels,
        foreground=None,
        background=None,
        nb_sample_labels=None,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            BoundingBoxesMaskGen(labels=labels, nb_sample_labels=nb_sample_labels),
            foreground=foreground,
            background=background,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


# --------------------------------------------------------------------------------
# mask generators
# --------------------------------------------------------------------------------
def _as_rng(random_state):
    if isinstance(random_state, iarandom.RNG):
        return random_state
    return iarandom.RNG(random_state)


def _row_shapes(batch):
    return [tuple(shape) for shape in batch.get_rowwise_shapes()]


def _split(values, counts):
    """Split a flat array into consecutive pieces of the given lengths."""
    return np.split(np.asarray(values), np.cumsum(counts)[:-1]) if len(counts) else []


class IBatchwiseMaskGenerator(metaclass=ABCMeta):
    """Interface of classes that generate one blending mask per row of a batch."""

    @abstractmethod
    def draw_masks(self, batch, random_state=None):
        """Generate one mask per row of a batch.

        Parameters
        ----------
        batch : imgaug.augmentables.batches._BatchInAugmentation
            The batch (its row shapes, and for some generators its data).
        random_state : None or int or imgaug.random.RNG or numpy.random.Generator, optional
            Random number generator (``None``: the global one).

        Returns
        -------
        list of numpy.ndarray
            One float32 mask per row, of shape ``(H, W)`` or ``(H, W, C)`` of the
            row's image, with values in ``[0, 1]``.

        """  # noqa: E501

    def __repr__(self):
        attrs = ", ".join(f"{key}={value}" for key, value in vars(self).items())
        return f"{type(self).__name__}({attrs})"


class StochasticParameterMaskGen(IBatchwiseMaskGenerator):
    """Masks whose values are sampled from a stochastic parameter.

    Parameters
    ----------
    parameter : imgaug.parameters.StochasticParameter
        Parameter sampled at the image's height and width (and channels, with
        `per_channel`); samples must lie in ``[0, 1]``.
    per_channel : bool or float or imgaug.parameters.StochasticParameter
        Sample one mask per channel (for a float ``p``: for that fraction of the
        images).

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.parameters as iap
    >>> from imgaug.augmentables.batches import _BatchInAugmentation
    >>> gen = StochasticParameterMaskGen(iap.Deterministic(0.5), per_channel=False)
    >>> batch = _BatchInAugmentation(images=[np.zeros((1, 2, 3), np.uint8)])
    >>> gen.draw_masks(batch)[0].tolist()
    [[0.5, 0.5]]

    """

    def __init__(self, parameter, per_channel):
        if not isinstance(parameter, iap.StochasticParameter):
            raise InvalidTypeError(
                "Expected argument 'parameter' to be a StochasticParameter, got "
                f"{type(parameter).__name__}."
            )
        self.parameter = parameter
        self.per_channel = iap.handle_probability_param(per_channel, "per_channel")

    # sampling order: per_channel (one per row), then one mask per row
    def draw_masks(self, batch, random_state=None):
        """See :meth:`IBatchwiseMaskGenerator.draw_masks`."""
        random_state = _as_rng(random_state)
        shapes = _row_shapes(batch)
        per_channel = self.per_channel.draw_samples(
            (len(shapes),), random_state=random_state
        )
        return [
            self._draw_mask(shape, per_channel[i] > 0.5, random_state)
            for i, shape in enumerate(shapes)
        ]

    def _draw_mask(self, shape, per_channel, random_state):
        size = shape[0:3] if per_channel and len(shape) >= 3 else shape[0:2]
        mask = np.asarray(
            self.parameter.draw_samples(size, random_state=random_state)
        ).astype(np.float32, copy=False)
        if mask.size > 0:
            low, high = float(mask.min()), float(mask.max())
            if not (0.0 <= low and high <= 1.0):
                raise InvalidValueError(
                    "Expected the samples of 'parameter' of "
                    f"StochasticParameterMaskGen to be in [0.0, 1.0], got values "
                    f"from {low} to {high}."
                )
        return mask


class SomeColorsMaskGen(IBatchwiseMaskGenerator):
    """Masks that give every hue bin of the image its own opacity.

    Per image the hue circle is split into `nb_bins` equal bins, each with an
    opacity sampled from `alpha`; the bin table is rotated by `rotation_deg`,
    smoothed circularly and looked up with the pixels' hue.

    Parameters
    ----------
    nb_bins : int or tuple of int or list of int or imgaug.parameters.StochasticParameter, optional
        Number of hue bins, in ``[1, 256]``.
    smoothness : number or tuple of number or list of number or imgaug.parameters.StochasticParameter, optional
        Smoothing of the bin table in ``[0, 1]`` (times 10 is the Gaussian sigma,
        in bins).
    alpha : number or tuple of number or list of number or imgaug.parameters.StochasticParameter, optional
        Opacity of each bin, in ``[0, 1]``.
    rotation_deg : number or tuple of number or list of number or imgaug.parameters.StochasticParameter, optional
        Rotation of the bins on the hue circle, in ``[-360, 360]`` degrees.
    from_colorspace : str, optional
        Colorspace of the input images (a ``CSPACE_*`` name).

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[[255, 0, 0], [0, 0, 255]]], dtype=np.uint8)
    >>> mask = SomeColorsMaskGen.generate_mask(
    ...     image, np.array([1.0, 0.0, 0.0, 0.0]), sigma=0.0, rotation_bins=0,
    ...     from_colorspace="RGB")
    >>> mask.tolist()
    [[1.0, 0.0]]

    """  # noqa: E501

    def __init__(
        self,
        nb_bins=(5, 15),
        smoothness=(0.1, 0.3),
        alpha=[0.0, 1.0],  # noqa: B006  (0.4.0 default, not mutated)
        rotation_deg=(0, 360),
        from_colorspace="RGB",
    ):
        self.nb_bins = iap.handle_discrete_param(
            nb_bins,
            "nb_bins",
            value_range=(1, 256),
            tuple_to_uniform=True,
            list_to_choice=True,
            allow_floats=False,
        )
        self.smoothness = iap.handle_continuous_param(
            smoothness,
            "smoothness",
            value_range=(0.0, 1.0),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        self.alpha = iap.handle_continuous_param(
            alpha,
            "alpha",
            value_range=(0.0, 1.0),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        self.rotation_deg = iap.handle_continuous_param(
            rotation_deg,
            "rotation_deg",
            value_range=(-360, 360),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        if not isinstance(from_colorspace, str):
            raise InvalidTypeError(
                "Expected argument 'from_colorspace' to be a string, got "
                f"{type(from_colorspace).__name__}."
            )
        if from_colorspace not in _cs.CSPACE_ALL or from_colorspace == _cs.CSPACE_GRAY:
            raise InvalidValueError(
                "Expected argument 'from_colorspace' to be one of "
                f"{sorted(set(_cs.CSPACE_ALL) - {_cs.CSPACE_GRAY})}, got "
                f"{from_colorspace!r}."
            )
        self.from_colorspace = from_colorspace
        self.sigma_max = 10.0

    # sampling order: nb_bins, smoothness, rotation_deg (one each per row), then
    # the alphas of all bins of all rows in one draw
    def draw_masks(self, batch, random_state=None):
        """See :meth:`IBatchwiseMaskGenerator.draw_masks`."""
        images = batch.images
        if images is None:
            raise InvalidValueError(
                "Expected a batch with images for SomeColorsMaskGen (the mask "
                "depends on the image colours), got none."
            )
        random_state = _as_rng(random_state)
        nb_rows = len(images)
        nb_bins = np.asarray(
            self.nb_bins.draw_samples((nb_rows,), random_state=random_state)
        ).astype(np.int64)
        if np.any(nb_bins < 1) or np.any(nb_bins > 256):
            raise InvalidValueError(
                f"Expected the samples of 'nb_bins' to be in [1, 256], got {nb_bins}."
            )
        smoothness = self.smoothness.draw_samples((nb_rows,), random_state=random_state)
        rotation_deg = self.rotation_deg.draw_samples(
            (nb_rows,), random_state=random_state
        )
        alphas = self.alpha.draw_samples(
            (int(nb_bins.sum()),), random_state=random_state
        )
        alphas = _split(np.asarray(alphas, dtype=np.float64), nb_bins)
        sigmas = np.asarray(smoothness, dtype=np.float64) * self.sigma_max
        rotation_bins = (
            np.round(np.asarray(rotation_deg, dtype=np.float64) * (256 / 360)).astype(
                np.int64
            )
            % 256
        )
        return [
            self.generate_mask(
                image,
                alphas[i],
                sigmas[i],
                int(rotation_bins[i]),
                self.from_colorspace,
            )
            for i, image in enumerate(images)
        ]

    @classmethod
    def generate_mask(
        cls, image, binwise_alphas, sigma, rotation_bins, from_colorspace
    ):
        """Generate the hue mask of one image.

        Parameters
        ----------
        image : numpy.ndarray
            ``(H, W, 3)`` uint8 image in `from_colorspace`.
        binwise_alphas : numpy.ndarray
            Opacity of every hue bin, in ``[0, 1]``.
        sigma : number
            Gaussian sigma (in bins of a 256-entry table) of the circular
            smoothing; ``<= 0.01`` means none.
        rotation_bins : int
            Shift of the table to the left, in bins of 256.
        from_colorspace : str
            Colorspace of `image`.

        Returns
        -------
        numpy.ndarray
            ``(H, W)`` float32 mask in ``[0, 1]``.

        """
        if image.dtype != np.uint8:
            iadt.gate_dtypes(image, augmenter=None, **_UINT8_ONLY)
        if image.size == 0:
            return np.zeros(image.shape[0:2], dtype=np.float32)
        if image.ndim != 3 or image.shape[2] != 3:
            raise InvalidValueError(
                "Expected an (H, W, 3) image for SomeColorsMaskGen (hues of RGB-like "
                f"colours), got shape {image.shape}."
            )
        table = cls._hue_table(binwise_alphas, sigma, rotation_bins)
        hsv = _cs.convert(image, from_colorspace, _cs.CSPACE_HSV)
        # OpenCV's uint8 hue runs from 0 to 179: only the first 180 entries are
        # reached, as in 0.4.0
        return table[hsv[:, :, 0]]

    @staticmethod
    def _hue_table(binwise_alphas, sigma, rotation_bins):
        """Build the 256-entry float32 lookup table from hue to mask value."""
        alphas = np.asarray(binwise_alphas, dtype=np.float64).reshape(-1)
        repeats = int(math.ceil(256 / len(alphas)))
        table = np.repeat(alphas, repeats)[0:256]
        table = np.roll(table, -int(rotation_bins))
        if sigma > 0.01:
            ksize = max(int(2.5 * sigma), 3)
            if ksize % 2 == 0:
                ksize += 1
            padded = np.concatenate([table[-ksize:], table, table[0:ksize]])
            blurred = cv2.GaussianBlur(
                padded[np.newaxis, :], (ksize, 1), sigmaX=float(sigma)
            )
            table = blurred[0, ksize:-ksize]
        table_uint8 = np.clip(np.round(table * 255), 0, 255).astype(np.uint8)
        return table_uint8.astype(np.float32) / np.float32(255.0)


class _LinearGradientMaskGen(IBatchwiseMaskGenerator):
    """Masks with a linear gradient along one axis (0: vertical, 1: horizontal)."""

    def __init__(self, axis, min_value, max_value, start_at, end_at):
        self.axis = axis
        self.min_value = iap.handle_continuous_param(
            min_value,
            "min_value",
            value_range=(0.0, 1.0),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        self.max_value = iap.handle_continuous_param(
            max_value,
            "max_value",
            value_range=(0.0, 1.0),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        self.start_at = iap.handle_continuous_param(
            start_at,
            "start_at",
            value_range=(0.0, 1.0),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        self.end_at = iap.handle_continuous_param(
            end_at,
            "end_at",
            value_range=(0.0, 1.0),
            tuple_to_uniform=True,
            list_to_choice=True,
        )

    # sampling order: min_value, max_value, start_at, end_at (one each per row)
    def draw_masks(self, batch, random_state=None):
        """See :meth:`IBatchwiseMaskGenerator.draw_masks`."""
        random_state = _as_rng(random_state)
        shapes = _row_shapes(batch)
        size = (len(shapes),)
        samples = [
            param.draw_samples(size, random_state=random_state)
            for param in (self.min_value, self.max_value, self.start_at, self.end_at)
        ]
        return [
            _generate_gradient_mask(
                shape, self.axis, *(float(values[i]) for values in samples)
            )
            for i, shape in enumerate(shapes)
        ]


def _generate_gradient_mask(shape, axis, min_value, max_value, start_at, end_at):
    height, width = shape[0:2]
    length = (height, width)[axis]
    start_px = int(start_at * length)
    end_px = int(end_at * length)
    inverted = end_px < start_px
    if inverted:
        start_px, end_px = end_px, start_px
    line = np.empty((length,), dtype=np.float32)
    line[0:start_px] = min_value
    line[start_px:end_px] = np.linspace(min_value, max_value, end_px - start_px)
    line[end_px:] = max_value
    if inverted:
        line = 1.0 - line
    if axis == 1:
        return np.ascontiguousarray(np.broadcast_to(line, (height, width)))
    return np.ascontiguousarray(np.broadcast_to(line[:, np.newaxis], (height, width)))


class HorizontalLinearGradientMaskGen(_LinearGradientMaskGen):
    """Masks with a linear gradient from left to right.

    The mask is `min_value` left of ``start_at * W``, rises linearly to
    `max_value` at ``end_at * W`` and stays there; if ``end_at < start_at`` the
    gradient is mirrored and inverted (``1 - mask``).

    Parameters
    ----------
    min_value, max_value : number or tuple of number or list of number or imgaug.parameters.StochasticParameter, optional
        Mask values at the start and end of the gradient, in ``[0, 1]``.
    start_at, end_at : number or tuple of number or list of number or imgaug.parameters.StochasticParameter, optional
        Where the gradient starts and ends, as fractions of the width.

    Examples
    --------
    >>> HorizontalLinearGradientMaskGen.generate_mask(
    ...     (1, 4), 0.0, 1.0, 0.25, 0.75).tolist()
    [[0.0, 0.0, 1.0, 1.0]]

    """  # noqa: E501

    def __init__(
        self,
        min_value=(0.0, 0.2),
        max_value=(0.8, 1.0),
        start_at=(0.0, 0.2),
        end_at=(0.8, 1.0),
    ):
        super().__init__(1, min_value, max_value, start_at, end_at)

    @classmethod
    def generate_mask(cls, shape, min_value, max_value, start_at, end_at):
        """Generate one horizontal gradient mask.

        Parameters
        ----------
        shape : tuple of int
            Shape of the image; only height and width are used.
        min_value, max_value, start_at, end_at : number
            See :class:`HorizontalLinearGradientMaskGen`.

        Returns
        -------
        numpy.ndarray
            ``(H, W)`` float32 mask.

        """
        return _generate_gradient_mask(shape, 1, min_value, max_value, start_at, end_at)


class VerticalLinearGradientMaskGen(_LinearGradientMaskGen):
    """Masks with a linear gradient from top to bottom.

    Like :class:`HorizontalLinearGradientMaskGen`, along the y-axis.

    Parameters
    ----------
    min_value, max_value : number or tuple of number or list of number or imgaug.parameters.StochasticParameter, optional
        Mask values at the start and end of the gradient, in ``[0, 1]``.
    start_at, end_at : number or tuple of number or list of number or imgaug.parameters.StochasticParameter, optional
        Where the gradient starts and ends, as fractions of the height.

    Examples
    --------
    >>> VerticalLinearGradientMaskGen.generate_mask(
    ...     (3, 1), 0.0, 1.0, 0.0, 1.0).tolist()
    [[0.0], [0.5], [1.0]]

    """  # noqa: E501

    def __init__(
        self,
        min_value=(0.0, 0.2),
        max_value=(0.8, 1.0),
        start_at=(0.0, 0.2),
        end_at=(0.8, 1.0),
    ):
        super().__init__(0, min_value, max_value, start_at, end_at)

    @classmethod
    def generate_mask(cls, shape, min_value, max_value, start_at, end_at):
        """Generate one vertical gradient mask.

        Parameters
        ----------
        shape : tuple of int
            Shape of the image; only height and width are used.
        min_value, max_value, start_at, end_at : number
            See :class:`VerticalLinearGradientMaskGen`.

        Returns
        -------
        numpy.ndarray
            ``(H, W)`` float32 mask.

        """
        return _generate_gradient_mask(shape, 0, min_value, max_value, start_at, end_at)


def _grid_sizes(shape, nb_rows, nb_cols):
    height, width = shape[0:2]
    return (
        int(np.clip(nb_rows, 1, max(height, 1))),
        int(np.clip(nb_cols, 1, max(width, 1))),
    )


class RegularGridMaskGen(IBatchwiseMaskGenerator):
    """Masks made of a regular grid of cells with one opacity each.

    Cells are ``int(H / nb_rows)`` by ``int(W / nb_cols)`` pixels; the pixels
    left over at the borders repeat the grid by reflection (top and left get the
    smaller half).

    Parameters
    ----------
    nb_rows, nb_cols : int or tuple of int or list of int or imgaug.parameters.StochasticParameter
        Number of grid rows and columns (at least 1; at most the image's height
        and width are used).
    alpha : number or tuple of number or list of number or imgaug.parameters.StochasticParameter, optional
        Opacity of each cell, in ``[0, 1]``.

    Examples
    --------
    >>> import numpy as np
    >>> RegularGridMaskGen.generate_mask((2, 2), 1, 2, np.array([0.0, 1.0])).tolist()
    [[0.0, 1.0], [0.0, 1.0]]

    """  # noqa: E501

    def __init__(
        self,
        nb_rows,
        nb_cols,
        alpha=[0.0, 1.0],  # noqa: B006  (0.4.0 default, not mutated)
    ):
        self.nb_rows = iap.handle_discrete_param(
            nb_rows,
            "nb_rows",
            value_range=(1, None),
            tuple_to_uniform=True,
            list_to_choice=True,
            allow_floats=False,
        )
        self.nb_cols = iap.handle_discrete_param(
            nb_cols,
            "nb_cols",
            value_range=(1, None),
            tuple_to_uniform=True,
            list_to_choice=True,
            allow_floats=False,
        )
        self.alpha = iap.handle_continuous_param(
            alpha,
            "alpha",
            value_range=(0.0, 1.0),
            tuple_to_uniform=True,
            list_to_choice=True,
        )

    # sampling order: nb_rows, nb_cols (one each per row), then the alphas of all
    # cells of all rows in one draw
    def draw_masks(self, batch, random_state=None):
        """See :meth:`IBatchwiseMaskGenerator.draw_masks`."""
        random_state = _as_rng(random_state)
        shapes = _row_shapes(batch)
        nb_rows = self.nb_rows.draw_samples((len(shapes),), random_state=random_state)
        nb_cols = self.nb_cols.draw_samples((len(shapes),), random_state=random_state)
        grids = [
            _grid_sizes(shape, rows, cols)
            for shape, rows, cols in zip(shapes, nb_rows, nb_cols)
        ]
        counts = [
            rows * cols if 0 not in shape[0:2] else 0
            for (rows, cols), shape in zip(grids, shapes)
        ]
        alphas = self.alpha.draw_samples((sum(counts),), random_state=random_state)
        alphas = _split(np.asarray(alphas, dtype=np.float32), counts)
        return [
            self.generate_mask(shape, rows, cols, alphas[i])
            for i, (shape, (rows, cols)) in enumerate(zip(shapes, grids))
        ]

    @classmethod
    def generate_mask(cls, shape, nb_rows, nb_cols, alphas):
        """Generate one grid mask.

        Parameters
        ----------
        shape : tuple of int
            Shape of the image; only height and width are used.
        nb_rows, nb_cols : int
            Number of grid rows and columns (clipped to ``[1, H]``/``[1, W]``).
        alphas : numpy.ndarray
            At least ``nb_rows * nb_cols`` opacities, used row by row.

        Returns
        -------
        numpy.ndarray
            ``(H, W)`` float32 mask.

        """
        height, width = shape[0:2]
        if height == 0 or width == 0:
            return np.zeros((height, width), dtype=np.float32)
        nb_rows, nb_cols = _grid_sizes(shape, nb_rows, nb_cols)
        alphas = np.asarray(alphas, dtype=np.float32).reshape(-1)
        if alphas.size < nb_rows * nb_cols:
            raise InvalidValueError(
                f"Expected at least {nb_rows * nb_cols} values in 'alphas' for a "
                f"grid of {nb_rows}x{nb_cols} cells, got {alphas.size}."
            )
        cells = alphas[0 : nb_rows * nb_cols].reshape(nb_rows, nb_cols)
        cell_height = height // nb_rows
        cell_width = width // nb_cols
        mask = np.repeat(np.repeat(cells, cell_height, axis=0), cell_width, axis=1)
        pad_y = height - mask.shape[0]
        pad_x = width - mask.shape[1]
        if pad_y > 0 or pad_x > 0:
            mask = _pad.pad(
                mask,
                top=pad_y // 2,
                right=pad_x - pad_x // 2,
                bottom=pad_y - pad_y // 2,
                left=pad_x // 2,
                mode="reflect",
            )
        return mask


class CheckerboardMaskGen(IBatchwiseMaskGenerator):
    """Masks in a checkerboard pattern (the top-left cell is 1).

    Parameters
    ----------
    nb_rows, nb_cols : int or tuple of int or list of int or imgaug.parameters.StochasticParameter
        Number of rows and columns (at least 1); see :class:`RegularGridMaskGen`
        for the cell sizes.

    Examples
    --------
    >>> CheckerboardMaskGen.generate_mask((2, 2), 2, 2).tolist()
    [[1.0, 0.0], [0.0, 1.0]]

    """  # noqa: E501

    def __init__(self, nb_rows, nb_cols):
        self.grid = RegularGridMaskGen(nb_rows=nb_rows, nb_cols=nb_cols, alpha=1)

    @property
    def nb_rows(self):
        """The parameter of the number of rows."""
        return self.grid.nb_rows

    @property
    def nb_cols(self):
        """The parameter of the number of columns."""
        return self.grid.nb_cols

    # sampling order: nb_rows, nb_cols (one each per row)
    def draw_masks(self, batch, random_state=None):
        """See :meth:`IBatchwiseMaskGenerator.draw_masks`."""
        random_state = _as_rng(random_state)
        shapes = _row_shapes(batch)
        nb_rows = self.nb_rows.draw_samples((len(shapes),), random_state=random_state)
        nb_cols = self.nb_cols.draw_samples((len(shapes),), random_state=random_state)
        return [
            self.generate_mask(shape, int(rows), int(cols))
            for shape, rows, cols in zip(shapes, nb_rows, nb_cols)
        ]

    @classmethod
    def generate_mask(cls, shape, nb_rows, nb_cols):
        """Generate one checkerboard mask.

        Parameters
        ----------
        shape : tuple of int
            Shape of the image; only height and width are used.
        nb_rows, nb_cols : int
            Number of rows and columns.

        Returns
        -------
        numpy.ndarray
            ``(H, W)`` float32 mask of zeros and ones.

        """
        rows, cols = _grid_sizes(shape, nb_rows, nb_cols)
        parity = np.add.outer(np.arange(rows), np.arange(cols)) % 2
        alphas = (1 - parity).astype(np.float32)
        return RegularGridMaskGen.generate_mask(shape, rows, cols, alphas)


def _check_int_list(values, argname):
    if ia.is_single_integer(values):
        return [int(values)]
    if isinstance(values, list) and all(ia.is_single_integer(v) for v in values):
        return [int(v) for v in values]
    raise InvalidTypeError(
        f"Expected argument '{argname}' to be an int or a list of ints (if no "
        f"number of samples is given), got {values!r}."
    )


class SegMapClassIdsMaskGen(IBatchwiseMaskGenerator):
    """Masks that are 1 where the row's segmentation map shows chosen class ids.

    Parameters
    ----------
    class_ids : int or tuple of int or list of int or imgaug.parameters.StochasticParameter
        Without `nb_sample_classes`: an int or a list of ints, all used for
        every image. With it: a parameter (or tuple/list) to sample ids from.
    nb_sample_classes : None or int or tuple of int or list of int or imgaug.parameters.StochasticParameter, optional
        How many class ids to sample per image.

    Examples
    --------
    >>> import numpy as np
    >>> from imgaug.augmentables.segmaps import SegmentationMapsOnImage
    >>> segmap = SegmentationMapsOnImage(
    ...     np.array([[0, 1, 2]], dtype=np.int32), shape=(1, 3))
    >>> SegMapClassIdsMaskGen.generate_mask(segmap, [1, 2]).tolist()
    [[0.0, 1.0, 1.0]]

    """  # noqa: E501

    def __init__(self, class_ids, nb_sample_classes=None):
        if nb_sample_classes is None:
            self.class_ids = _check_int_list(class_ids, "class_ids")
            self.nb_sample_classes = None
        else:
            self.class_ids = iap.handle_discrete_param(
                class_ids,
                "class_ids",
                value_range=(0, None),
                tuple_to_uniform=True,
                list_to_choice=True,
                allow_floats=False,
            )
            self.nb_sample_classes = iap.handle_discrete_param(
                nb_sample_classes,
                "nb_sample_classes",
                value_range=(0, None),
                tuple_to_uniform=True,
                list_to_choice=True,
                allow_floats=False,
            )

    # sampling order (only with nb_sample_classes): counts per row, then the ids
    # of all rows in one draw
    def draw_masks(self, batch, random_state=None):
        """See :meth:`IBatchwiseMaskGenerator.draw_masks`."""
        segmaps = batch.segmentation_maps
        if segmaps is None:
            raise InvalidValueError(
                "Expected a batch with segmentation maps for SegMapClassIdsMaskGen, "
                "got none."
            )
        if self.nb_sample_classes is None:
            class_ids = [self.class_ids] * len(segmaps)
        else:
            random_state = _as_rng(random_state)
            counts = np.maximum(
                np.asarray(
                    self.nb_sample_classes.draw_samples(
                        (len(segmaps),), random_state=random_state
                    )
                ).astype(np.int64),
                0,
            )
            ids = self.class_ids.draw_samples(
                (int(counts.sum()),), random_state=random_state
            )
            class_ids = [list(part) for part in _split(ids, counts)]
        return [
            self.generate_mask(segmap, ids) for segmap, ids in zip(segmaps, class_ids)
        ]

    @classmethod
    def generate_mask(cls, segmap, class_ids):
        """Generate the class mask of one segmentation map.

        Parameters
        ----------
        segmap : imgaug.augmentables.segmaps.SegmentationMapsOnImage
            The map; the mask is resized from its array to its image shape.
        class_ids : iterable of int
            Class ids whose cells (in any channel) are set to 1.

        Returns
        -------
        numpy.ndarray
            ``(H, W)`` float32 mask of the image's size.

        """
        arr = segmap.arr
        mask = np.isin(arr, np.asarray(list(class_ids), dtype=arr.dtype)).any(axis=2)
        mask = mask.astype(np.float32)
        height, width = segmap.shape[0:2]
        if mask.shape != (height, width):
            if mask.size == 0 or height == 0 or width == 0:
                return np.zeros((height, width), dtype=np.float32)
            mask = _resize.imresize_single_image(mask, (height, width))
        return mask


class BoundingBoxesMaskGen(IBatchwiseMaskGenerator):
    """Masks that are 1 inside the row's bounding boxes with chosen labels.

    Parameters
    ----------
    labels : None or str or list of str or imgaug.parameters.StochasticParameter, optional
        ``None``: every box. Without `nb_sample_labels`: a label or a list of
        labels used for every image. With it: labels to sample from.
    nb_sample_labels : None or int or tuple of int or list of int or imgaug.parameters.StochasticParameter, optional
        How many labels to sample per image.

    Examples
    --------
    >>> import imgaug as ia
    >>> bbsoi = ia.BoundingBoxesOnImage(
    ...     [ia.BoundingBox(1, 0, 3, 1, label="a")], shape=(1, 4))
    >>> BoundingBoxesMaskGen.generate_mask(bbsoi, ["a"]).tolist()
    [[0.0, 1.0, 1.0, 0.0]]

    """  # noqa: E501

    def __init__(self, labels=None, nb_sample_labels=None):
        if labels is None:
            self.labels = None
            self.nb_sample_labels = None
        elif nb_sample_labels is None:
            if ia.is_string(labels):
                labels = [labels]
            if not isinstance(labels, list) or not all(
                ia.is_string(label) for label in labels
            ):
                raise InvalidTypeError(
                    "Expected argument 'labels' to be None, a string or a list of "
                    f"strings (if no number of samples is given), got {labels!r}."
                )
            self.labels = labels
            self.nb_sample_labels = None
        else:
            self.labels = iap.handle_categorical_string_param(labels, "labels")
            self.nb_sample_labels = iap.handle_discrete_param(
                nb_sample_labels,
                "nb_sample_labels",
                value_range=(0, None),
                tuple_to_uniform=True,
                list_to_choice=True,
                allow_floats=False,
            )

    # sampling order (only with nb_sample_labels): counts per row, then the
    # labels of all rows in one draw
    def draw_masks(self, batch, random_state=None):
        """See :meth:`IBatchwiseMaskGenerator.draw_masks`."""
        bbsois = batch.bounding_boxes
        if bbsois is None:
            raise InvalidValueError(
                "Expected a batch with bounding boxes for BoundingBoxesMaskGen, got "
                "none."
            )
        if self.nb_sample_labels is None:
            labels = [self.labels] * len(bbsois)
        else:
            random_state = _as_rng(random_state)
            counts = np.maximum(
                np.asarray(
                    self.nb_sample_labels.draw_samples(
                        (len(bbsois),), random_state=random_state
                    )
                ).astype(np.int64),
                0,
            )
            drawn = self.labels.draw_samples(
                (int(counts.sum()),), random_state=random_state
            )
            labels = [list(part) for part in _split(drawn, counts)]
        return [
            self.generate_mask(bbsoi, row_labels)
            for bbsoi, row_labels in zip(bbsois, labels)
        ]

    @classmethod
    def generate_mask(cls, bbsoi, labels):
        """Generate the box mask of one image.

        Parameters
        ----------
        bbsoi : imgaug.augmentables.bbs.BoundingBoxesOnImage
            The boxes and the image shape.
        labels : None or iterable of str
            Labels of the boxes to draw; ``None``: all boxes.

        Returns
        -------
        numpy.ndarray
            ``(H, W)`` float32 mask, 1 inside the chosen boxes.

        """
        height, width = bbsoi.shape[0:2]
        mask = np.zeros((height, width), dtype=np.float32)
        wanted = None if labels is None else set(labels)
        for bb in bbsoi.bounding_boxes:
            if wanted is not None and bb.label not in wanted:
                continue
            x1 = int(np.clip(bb.x1, 0, width))
            x2 = int(np.clip(bb.x2, 0, width))
            y1 = int(np.clip(bb.y1, 0, height))
            y2 = int(np.clip(bb.y2, 0, height))
            mask[y1:y2, x1:x2] = 1.0
        return mask


class InvertMaskGen(IBatchwiseMaskGenerator):
    """Invert (``1 - mask``) the masks of another generator with probability p.

    Parameters
    ----------
    p : bool or float or imgaug.parameters.StochasticParameter
        Probability per row of inverting the mask.
    child : IBatchwiseMaskGenerator
        The generator whose masks are inverted.

    Examples
    --------
    >>> import numpy as np
    >>> from imgaug.augmentables.batches import _BatchInAugmentation
    >>> gen = InvertMaskGen(1.0, CheckerboardMaskGen(1, 2))
    >>> batch = _BatchInAugmentation(images=[np.zeros((1, 2, 1), np.uint8)])
    >>> gen.draw_masks(batch)[0].tolist()
    [[0.0, 1.0]]

    """

    def __init__(self, p, child):
        if not isinstance(child, IBatchwiseMaskGenerator):
            raise InvalidTypeError(
                "Expected argument 'child' to be an IBatchwiseMaskGenerator, got "
                f"{type(child).__name__}."
            )
        self.p = iap.handle_probability_param(p, "p")
        self.child = child

    # sampling order: the child's masks, then p (one per row)
    def draw_masks(self, batch, random_state=None):
        """See :meth:`IBatchwiseMaskGenerator.draw_masks`."""
        random_state = _as_rng(random_state)
        masks = self.child.draw_masks(batch, random_state=random_state)
        invert = self.p.draw_samples((len(masks),), random_state=random_state)
        result = []
        for mask, flag in zip(masks, invert):
            if flag >= 0.5:
                mask = np.subtract(np.float32(1.0), mask, dtype=np.float32)
            result.append(mask)
        return result


# --------------------------------------------------------------------------------
# deprecated aliases
# --------------------------------------------------------------------------------
@ia.deprecated(alt_func="BlendAlpha", comment="(Note the changed argument names.)")
def Alpha(  # noqa: N802 - 0.4.0 name
    factor=0,
    first=None,
    second=None,
    per_channel=False,
    seed=None,
    name=None,
    random_state="deprecated",
    deterministic="deprecated",
):
    """Create a :class:`BlendAlpha` (``first``/``second`` are the branches).

    Parameters
    ----------
    factor, per_channel
        See :class:`BlendAlpha`.
    first, second : None or Augmenter or list of Augmenter, optional
        The foreground and background branch.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Returns
    -------
    BlendAlpha
        The augmenter.

    """
    return BlendAlpha(
        factor=factor,
        foreground=first,
        background=second,
        per_channel=per_channel,
        seed=seed,
        name=name,
        random_state=random_state,
        deterministic=deterministic,
    )


@ia.deprecated(
    alt_func="BlendAlphaElementwise", comment="(Note the changed argument names.)"
)
def AlphaElementwise(  # noqa: N802 - 0.4.0 name
    factor=0,
    first=None,
    second=None,
    per_channel=False,
    seed=None,
    name=None,
    random_state="deprecated",
    deterministic="deprecated",
):
    """Create a :class:`BlendAlphaElementwise` (``first``/``second`` are the branches).

    Parameters
    ----------
    factor, per_channel
        See :class:`BlendAlphaElementwise`.
    first, second : None or Augmenter or list of Augmenter, optional
        The foreground and background branch.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Returns
    -------
    BlendAlphaElementwise
        The augmenter.

    """
    return BlendAlphaElementwise(
        factor=factor,
        foreground=first,
        background=second,
        per_channel=per_channel,
        seed=seed,
        name=name,
        random_state=random_state,
        deterministic=deterministic,
    )


@ia.deprecated(
    alt_func="BlendAlphaSimplexNoise", comment="(Note the changed argument names.)"
)
def SimplexNoiseAlpha(  # noqa: N802 - 0.4.0 name
    first=None,
    second=None,
    per_channel=False,
    size_px_max=(2, 16),
    upscale_method=None,
    iterations=(1, 3),
    aggregation_method="max",
    sigmoid=True,
    sigmoid_thresh=None,
    seed=None,
    name=None,
    random_state="deprecated",
    deterministic="deprecated",
):
    """Create a :class:`BlendAlphaSimplexNoise` (``first``/``second``: branches).

    Parameters
    ----------
    first, second : None or Augmenter or list of Augmenter, optional
        The foreground and background branch.
    per_channel, size_px_max, upscale_method, iterations, aggregation_method, sigmoid, sigmoid_thresh
        See :class:`BlendAlphaSimplexNoise`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Returns
    -------
    BlendAlphaSimplexNoise
        The augmenter.

    """  # noqa: E501
    return BlendAlphaSimplexNoise(
        foreground=first,
        background=second,
        per_channel=per_channel,
        size_px_max=size_px_max,
        upscale_method=upscale_method,
        iterations=iterations,
        aggregation_method=aggregation_method,
        sigmoid=sigmoid,
        sigmoid_thresh=sigmoid_thresh,
        seed=seed,
        name=name,
        random_state=random_state,
        deterministic=deterministic,
    )


@ia.deprecated(
    alt_func="BlendAlphaFrequencyNoise", comment="(Note the changed argument names.)"
)
def FrequencyNoiseAlpha(  # noqa: N802 - 0.4.0 name
    exponent=(-4, 4),
    first=None,
    second=None,
    per_channel=False,
    size_px_max=(4, 16),
    upscale_method=None,
    iterations=(1, 3),
    aggregation_method=["avg", "max"],  # noqa: B006  (0.4.0 default, not mutated)
    sigmoid=0.5,
    sigmoid_thresh=None,
    seed=None,
    name=None,
    random_state="deprecated",
    deterministic="deprecated",
):
    """Create a :class:`BlendAlphaFrequencyNoise` (``first``/``second``: branches).

    Parameters
    ----------
    exponent, per_channel, size_px_max, upscale_method, iterations, aggregation_method, sigmoid, sigmoid_thresh
        See :class:`BlendAlphaFrequencyNoise`.
    first, second : None or Augmenter or list of Augmenter, optional
        The foreground and background branch.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Returns
    -------
    BlendAlphaFrequencyNoise
        The augmenter.

    """  # noqa: E501
    return BlendAlphaFrequencyNoise(
        exponent=exponent,
        foreground=first,
        background=second,
        per_channel=per_channel,
        size_px_max=size_px_max,
        upscale_method=upscale_method,
        iterations=iterations,
        aggregation_method=aggregation_method,
        sigmoid=sigmoid,
        sigmoid_thresh=sigmoid_thresh,
        seed=seed,
        name=name,
        random_state=random_state,
        deterministic=deterministic,
    )
