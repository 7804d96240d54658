"""Augmenters that change the size of images: resizing, cropping and padding.

List of augmenters:

* :class:`Resize`
* :class:`CropAndPad`
* :class:`Crop`
* :class:`Pad`
* :class:`PadToFixedSize`
* :class:`CenterPadToFixedSize`
* :class:`CropToFixedSize`
* :class:`CenterCropToFixedSize`
* :class:`CropToMultiplesOf`
* :class:`CenterCropToMultiplesOf`
* :class:`PadToMultiplesOf`
* :class:`CenterPadToMultiplesOf`
* :class:`CropToPowersOf`
* :class:`CenterCropToPowersOf`
* :class:`PadToPowersOf`
* :class:`CenterPadToPowersOf`
* :class:`CropToAspectRatio`
* :class:`CenterCropToAspectRatio`
* :class:`PadToAspectRatio`
* :class:`CenterPadToAspectRatio`
* :class:`CropToSquare`
* :class:`CenterCropToSquare`
* :class:`PadToSquare`
* :class:`CenterPadToSquare`
* :class:`KeepSizeByResize`

Amounts are always ``(top, right, bottom, left)`` in pixels of the image. Every
augmenter here draws its samples once per batch from the row shapes only, turns
them into crop and pad amounts per row, and applies the same amounts to images,
heatmaps and segmentation maps (projected onto their array size) and coordinates
(a shift, plus a rescale when the size is kept).
"""

from __future__ import annotations

import numbers
import re

import numpy as np

import imgaug.dtypes as iadt
import imgaug.imgaug as ia
import imgaug.parameters as iap
from imgaug._kernels import crop as _crop
from imgaug._kernels.crop import (
    compute_croppings_to_reach_aspect_ratio,
    compute_croppings_to_reach_multiples_of,
    compute_croppings_to_reach_powers_of,
)
from imgaug._kernels.pad import (
    PAD_MODES as _PAD_MODES,
)
from imgaug._kernels.pad import (
    compute_paddings_to_reach_aspect_ratio,
    compute_paddings_to_reach_multiples_of,
    compute_paddings_to_reach_powers_of,
    pad,
    pad_to_aspect_ratio,
    pad_to_multiples_of,
)
from imgaug.augmentables.utils import project_coords_
from imgaug.augmenters import meta
from imgaug.augmenters._sampled import _SampledAugmenter, draw_list
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "pad",
    "pad_to_aspect_ratio",
    "pad_to_multiples_of",
    "compute_paddings_to_reach_aspect_ratio",
    "compute_croppings_to_reach_aspect_ratio",
    "compute_paddings_to_reach_multiples_of",
    "compute_croppings_to_reach_multiples_of",
    "compute_paddings_to_reach_powers_of",
    "compute_croppings_to_reach_powers_of",
    "Scale",
    "Resize",
    "CropAndPad",
    "Pad",
    "Crop",
    "PadToFixedSize",
    "CenterPadToFixedSize",
    "CropToFixedSize",
    "CenterCropToFixedSize",
    "CropToMultiplesOf",
    "CenterCropToMultiplesOf",
    "PadToMultiplesOf",
    "CenterPadToMultiplesOf",
    "CropToPowersOf",
    "CenterCropToPowersOf",
    "PadToPowersOf",
    "CenterPadToPowersOf",
    "CropToAspectRatio",
    "CenterCropToAspectRatio",
    "PadToAspectRatio",
    "CenterPadToAspectRatio",
    "CropToSquare",
    "CenterCropToSquare",
    "PadToSquare",
    "CenterPadToSquare",
    "KeepSizeByResize",
]

# dtypes of imresize with its default (linear/area) interpolation; used by the
# augmenters that resize images back to their input size
_RESIZE_DTYPES = {
    "allowed": [
        "bool",
        "uint8",
        "uint16",
        "int8",
        "int16",
        "float16",
        "float32",
        "float64",
    ],
    "disallowed": ["uint32", "uint64", "int32", "int64", "float128"],
}


@ia.deprecated(alt_func="Resize")
def Scale(*args, **kwargs):  # noqa: N802 - 0.4.0 name
    """Create a :class:`Resize` augmenter.

    Parameters
    ----------
    *args, **kwargs
        Passed on to :class:`Resize`.

    Returns
    -------
    Resize
        The augmenter.

    """
    return Resize(*args, **kwargs)


# --------------------------------------------------------------------------------
# shared argument handlers
# --------------------------------------------------------------------------------
_POSITION_REGEX = re.compile(r"^(left|center|right)-(top|center|bottom)$")
_POSITION_VALUES = {
    "left": 0.0,
    "center": 0.5,
    "right": 1.0,
    "top": 0.0,
    "bottom": 1.0,
}


def _is_int(value):
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def _is_number(value):
    if type(value) in (int, float):  # the common case, without abc checks
        return True
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _is_float(value):
    kind = type(value)
    if kind is float or kind is int or kind is str:  # without abc checks
        return kind is float
    return _is_number(value) and not isinstance(value, numbers.Integral)


def _handle_position_parameter(position):
    """Turn a ``position`` argument into ``(param_x, param_y)`` or one parameter.

    Parameters
    ----------
    position : str or tuple of (number or StochasticParameter) or StochasticParameter
        ``"uniform"``, ``"normal"``, ``"center"``, ``"<left|center|right>-<top|
        center|bottom>"``, a tuple ``(x, y)`` of numbers in ``[0, 1]`` and/or
        parameters, or one parameter producing ``(N, 2)`` samples (x, y).

    Returns
    -------
    tuple of StochasticParameter or StochasticParameter
        The position parameter(s); ``0`` means left/top, ``1`` right/bottom.

    """
    if isinstance(position, str):
        if position == "uniform":
            return iap.Uniform(0.0, 1.0), iap.Uniform(0.0, 1.0)
        if position == "normal":
            return (
                iap.Clip(iap.Normal(loc=0.5, scale=0.35 / 2), minval=0.0, maxval=1.0),
                iap.Clip(iap.Normal(loc=0.5, scale=0.35 / 2), minval=0.0, maxval=1.0),
            )
        if position == "center":
            return iap.Deterministic(0.5), iap.Deterministic(0.5)
        match = _POSITION_REGEX.match(position)
        if match is not None:
            return (
                iap.Deterministic(_POSITION_VALUES[match.group(1)]),
                iap.Deterministic(_POSITION_VALUES[match.group(2)]),
            )
        raise InvalidValueError(
            "Expected 'position' to be 'uniform', 'normal', 'center' or of the form "
            f"'<left|center|right>-<top|center|bottom>', got {position!r}."
        )
    if isinstance(position, iap.StochasticParameter):
        return position
    if isinstance(position, tuple):
        if len(position) != 2:
            raise InvalidValueError(
                f"Expected 'position' given as a tuple to contain two entries (x, y), "
                f"got {len(position)}."
            )
        result = []
        for value in position:
            if _is_number(value):
                if not 0 <= value <= 1:
                    raise InvalidValueError(
                        "Expected numbers in 'position' to be in the interval "
                        f"[0.0, 1.0], got {position!r}."
                    )
                result.append(iap.Deterministic(value))
            elif isinstance(value, iap.StochasticParameter):
                result.append(value)
            else:
                raise InvalidTypeError(
                    "Expected the entries of 'position' to be numbers or "
                    f"StochasticParameters, got {type(value).__name__}."
                )
        return tuple(result)
    raise InvalidTypeError(
        "Expected 'position' to be a string, a tuple of two numbers/parameters or a "
        f"StochasticParameter, got {type(position).__name__}."
    )


def _handle_pad_mode_param(pad_mode):
    """Turn a ``pad_mode`` argument into a parameter (``imgaug.ALL`` = any mode)."""
    if not isinstance(pad_mode, (str, list, iap.StochasticParameter)):
        raise InvalidTypeError(
            "Expected 'pad_mode' to be imgaug.ALL, a string, a list of strings or a "
            f"StochasticParameter, got {type(pad_mode).__name__}."
        )
    return iap.handle_categorical_string_param(
        pad_mode, "pad_mode", valid_values=list(_PAD_MODES)
    )


def _handle_pad_cval_param(pad_cval):
    """Turn a ``pad_cval`` argument into a discrete parameter (floats truncated)."""
    return iap.handle_discrete_param(
        pad_cval,
        "pad_cval",
        value_range=None,
        tuple_to_uniform=True,
        list_to_choice=True,
        allow_floats=True,
    )


def _draw_positions(position, nb_rows, random_state):
    """Draw ``(xs, ys)`` as float64 arrays from a position parameter (see above)."""
    if isinstance(position, tuple):
        xs = position[0].draw_samples((nb_rows,), random_state=random_state)
        ys = position[1].draw_samples((nb_rows,), random_state=random_state)
    else:
        samples = position.draw_samples((nb_rows, 2), random_state=random_state)
        xs, ys = samples[:, 0], samples[:, 1]
    return np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64)


def _stack_if_possible(results):
    """Stack images to one array if all shapes and dtypes agree, else keep the list."""
    if results:
        first = results[0]
        if all(r.shape == first.shape and r.dtype == first.dtype for r in results):
            return np.stack(results)
    return results


def _to_image_container(images_in, results):
    """Array in and equal shapes out -> array; otherwise the list of results."""
    if isinstance(images_in, np.ndarray):
        return _stack_if_possible(results)
    return results


# --------------------------------------------------------------------------------
# the crop/pad machinery shared by CropAndPad and the fixed-size augmenters
# --------------------------------------------------------------------------------
_NO_AMOUNTS = (0, 0, 0, 0)


class _CropAndPadSamples:
    __slots__ = ("croppings", "paddings", "pad_modes", "pad_cvals")

    def __init__(self, croppings, paddings, pad_modes, pad_cvals):
        # per row a (top, right, bottom, left) tuple of ints; croppings are safe
        # (>= 1 px remains). Python ints, not arrays: a batch of one image is the
        # common call, and a few int operations per row cost less than numpy calls
        # route: tests/perf/test_size_perf.py::test_crop_to_fixed_size_samples
        self.croppings = croppings
        self.paddings = paddings
        self.pad_modes = pad_modes  # (N,) str
        self.pad_cvals = pad_cvals  # (N,) number


def _make_crop_pad_samples(shapes, croppings, paddings, pad_modes, pad_cvals):
    """Build the samples from per-row amount tuples, making the crops safe."""
    for shape, (top, right, bottom, left) in zip(shapes, croppings):
        if top + bottom >= shape[0] or left + right >= shape[1]:
            # an axis of size zero is not cropped, the other axis is (as in 0.4.0)
            heights = [shape[0] for shape in shapes]
            widths = [shape[1] for shape in shapes]
            safe = _crop.prevent_zero_size(heights, widths, croppings).tolist()
            croppings = [tuple(row) for row in safe]
            break
    return _CropAndPadSamples(croppings, paddings, pad_modes, pad_cvals)


def _split_amount(total, fraction):
    """Split ``total`` into ``(first, rest)`` with ``first = int(fraction * total)``.

    ``first`` is clipped to ``[0, total]``; a product that is not a finite int64
    (nan, inf) gives ``first = 0``, as the int64 conversion of numpy did.
    """
    first = fraction * total
    if -9223372036854775808.0 <= first < 9223372036854775808.0:
        first = min(max(int(first), 0), total)
    else:
        first = 0
    return first, total - first


def _project_nonempty_axes_(xy, from_shape, to_shape):
    """`project_coords_` along the axes that have pixels in both shapes."""
    if min(from_shape[0:2]) > 0 and min(to_shape[0:2]) > 0:
        return project_coords_(xy, from_shape, to_shape)
    for column, axis in ((0, 1), (1, 0)):  # x follows the width, y the height
        if from_shape[axis] > 0 and to_shape[axis] > 0:
            xy[:, column] /= np.float32(from_shape[axis])
            xy[:, column] *= np.float32(to_shape[axis])
    return xy


def _shape_after(shape, croppings, paddings):
    top, right, bottom, left = croppings
    ptop, pright, pbottom, pleft = paddings
    return (
        int(shape[0] - top - bottom + ptop + pbottom),
        int(shape[1] - left - right + pleft + pright),
    ) + tuple(shape[2:])


class _CropAndPadBase(_SampledAugmenter):
    """Apply per-row crop/pad amounts (``_CropAndPadSamples``) to every kind."""

    # crops and pads build new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    # heatmaps and segmentation maps are always padded with zeros
    _pad_mode_heatmaps = "constant"
    _pad_cval_heatmaps = 0.0
    _pad_mode_segmentation_maps = "constant"
    _pad_cval_segmentation_maps = 0

    def _keeps_size(self):
        return False

    def _augment_images_by_samples(self, images, samples):
        keep_size = self._keeps_size()
        if keep_size:
            iadt.gate_dtypes(images, augmenter=self, **_RESIZE_DTYPES)
        if isinstance(images, np.ndarray) and keep_size:
            return self._augment_image_array_keep_size(images, samples)
        # an array batch is stacked at the end (one copy): crop views need none
        stacked = isinstance(images, np.ndarray)
        results = []
        for i, image in enumerate(images):
            croppings = samples.croppings[i]
            paddings = samples.paddings[i]
            if croppings == _NO_AMOUNTS and paddings == _NO_AMOUNTS:
                results.append(image)  # unchanged (copied by the engine if borrowed)
                continue
            arr = _crop.crop(image, *croppings)
            if paddings != _NO_AMOUNTS:
                arr = pad(
                    arr,
                    *paddings,
                    mode=samples.pad_modes[i],
                    cval=samples.pad_cvals[i],
                )
            if keep_size and arr.shape[0:2] != image.shape[0:2]:
                arr = _crop.resize_to(arr, image.shape[0], image.shape[1])
            elif arr.base is not None and not stacked:
                arr = np.copy(arr)  # a crop view would keep the whole input alive
            results.append(arr)
        if stacked:
            result = _stack_if_possible(results)
            if isinstance(result, np.ndarray):
                return result
            # shapes differ: the rows stay a list, without views of the input
            return [np.copy(arr) if arr.base is not None else arr for arr in results]
        return results

    def _augment_image_array_keep_size(self, images, samples):
        result = np.empty_like(images)
        height, width = images.shape[1:3]
        for i in range(len(images)):
            image = images[i]
            croppings = samples.croppings[i]
            paddings = samples.paddings[i]
            if image.size == 0 or (
                croppings == _NO_AMOUNTS and paddings == _NO_AMOUNTS
            ):
                result[i] = image
                continue
            arr = _crop.crop(image, *croppings)
            if paddings != _NO_AMOUNTS:
                arr = pad(
                    arr,
                    *paddings,
                    mode=samples.pad_modes[i],
                    cval=samples.pad_cvals[i],
                )
            if arr.shape[0:2] == (height, width):
                result[i] = arr
            else:
                # cv2 writes straight into the output row
                # route: tests/perf/test_resize_perf.py::test_resize_to_out_row
                _crop.resize_to(arr, height, width, out=result[i])
        return result

    def _augment_maps_by_samples(self, maps, kind, samples):
        keep_size = self._keeps_size()
        if kind == "heatmaps":
            attr = "arr_0to1"
            mode, cval = self._pad_mode_heatmaps, self._pad_cval_heatmaps
        else:
            attr = "arr"
            mode = self._pad_mode_segmentation_maps
            cval = self._pad_cval_segmentation_maps
        for i, augmentable in enumerate(maps):
            croppings = samples.croppings[i]
            paddings = samples.paddings[i]
            if croppings == _NO_AMOUNTS and paddings == _NO_AMOUNTS:
                continue
            arr = getattr(augmentable, attr)
            img_shape = augmentable.shape
            # R4: amounts are image pixels; project them onto the array size
            crop_arr = _crop.project_amounts(croppings, img_shape, arr.shape)
            crop_arr = tuple(
                _crop.prevent_zero_size([arr.shape[0]], [arr.shape[1]], [crop_arr])[0]
            )
            pad_arr = _crop.project_amounts(paddings, img_shape, arr.shape)
            arr_new = _crop.crop(arr, *crop_arr)
            if any(pad_arr):
                arr_new = pad(arr_new, *pad_arr, mode=mode, cval=cval)
            else:
                arr_new = np.copy(arr_new)
            setattr(augmentable, attr, arr_new)
            if keep_size:
                if arr_new.shape[0:2] != arr.shape[0:2]:
                    # heatmaps: cubic, segmentation maps: nearest (their defaults)
                    augmentable = augmentable.resize(arr.shape[0:2])
            else:
                augmentable.shape = _shape_after(img_shape, croppings, paddings)
            maps[i] = augmentable
        return maps

    def _augment_keypoints_by_samples(self, kpsois, samples):
        keep_size = self._keeps_size()
        for i, kpsoi in enumerate(kpsois):
            croppings = samples.croppings[i]
            paddings = samples.paddings[i]
            if croppings == _NO_AMOUNTS and paddings == _NO_AMOUNTS:
                continue
            shape = kpsoi.shape
            shape_new = _shape_after(shape, croppings, paddings)
            if kpsoi.keypoints:
                xy = kpsoi.to_xy_array()
                xy[:, 0] += np.float32(paddings[3] - croppings[3])
                xy[:, 1] += np.float32(paddings[0] - croppings[0])
                if keep_size:
                    xy = _project_nonempty_axes_(xy, shape_new, shape)
                kpsoi.fill_from_xy_array_(xy)
            kpsoi.shape = shape if keep_size else shape_new
        return kpsois


# --------------------------------------------------------------------------------
# Resize
# --------------------------------------------------------------------------------
class _ResizeSamples:
    __slots__ = ("sizes_a", "sizes_b", "interpolations")

    def __init__(self, sizes_a, sizes_b, interpolations):
        self.sizes_a = sizes_a  # N Python scalars: height (HW) or shorter side (SL)
        self.sizes_b = sizes_b  # N Python scalars: width (HW) or longer side (SL)
        self.interpolations = interpolations  # N values


class Resize(_SampledAugmenter):
    """Resize images to given heights and widths.

    Supported dtypes
    ----------------
    See :func:`imgaug.imgaug.imresize_many_images`: ``uint8``, ``uint16``,
    ``int8``, ``int16``, ``float16``, ``float32``, ``float64``, ``bool`` yes;
    ``int32`` only with nearest neighbour interpolation; ``uint32``, ``uint64``,
    ``int64``, ``float128`` no.

    Parameters
    ----------
    size : 'keep' or int or float or tuple or list or StochasticParameter or dict
        The new size. An int is a number of pixels, a float a fraction of the
        current size (for both axes). A tuple ``(a, b)`` samples from
        ``[a, b]`` (discrete for ints, continuous if any float), a list picks one
        entry, ``"keep"`` keeps the size. A dict ``{"height": ..., "width": ...}``
        sets both axes separately; ``{"shorter-side": ..., "longer-side": ...}``
        refers to the shorter and longer image side. Dict values may also be
        ``"keep"`` or ``"keep-aspect-ratio"`` (derive from the other side).
    interpolation : imgaug.ALL or int or str or list or StochasticParameter, optional
        ``"nearest"``, ``"linear"``, ``"area"``, ``"cubic"`` or the matching cv2
        constants; a list picks one per image; ``imgaug.ALL`` picks any of them.
        Heatmaps use the same; segmentation maps always nearest neighbour.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> aug = Resize({"height": 4, "width": "keep-aspect-ratio"})
    >>> aug(image=np.zeros((2, 6, 3), dtype=np.uint8)).shape
    (4, 12, 3)

    """

    # resizing builds new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        size,
        interpolation="cubic",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.size, self.size_order = self._handle_size_arg(size, False)
        self.interpolation = self._handle_interpolation_arg(interpolation)

    @classmethod
    def _handle_size_arg(cls, size, subcall):
        def _dict_to_size_tuple(value_a, value_b):
            kar = "keep-aspect-ratio"
            if value_a == kar and value_b == kar:
                raise InvalidValueError(
                    "Expected at most one value in 'size' to be 'keep-aspect-ratio', "
                    "got it for both sides."
                )
            entries = []
            for value in (value_a, value_b):
                if isinstance(value, str) and value in ("keep", kar):
                    entries.append(iap.Deterministic(value))
                else:
                    entries.append(cls._handle_size_arg(value, True))
            return tuple(entries)

        size_order = "HW"
        if isinstance(size, str):
            if size != "keep":
                raise InvalidValueError(
                    f"Expected 'size' given as a string to be 'keep', got {size!r}."
                )
            result = iap.Deterministic("keep")
        elif _is_number(size):
            if not size > 0:
                raise InvalidValueError(f"Expected 'size' to be > 0, got {size!r}.")
            result = iap.Deterministic(size)
        elif not subcall and isinstance(size, dict):
            if len(size) == 0:
                result = iap.Deterministic("keep")
            elif "height" in size or "width" in size:
                unknown = set(size) - {"height", "width"}
                if unknown:
                    raise ValueError(
                        "Expected 'size' dict to contain only the keys 'height' and "
                        f"'width', got also {sorted(map(str, unknown))}."
                    )
                result = _dict_to_size_tuple(
                    size.get("height", "keep"), size.get("width", "keep")
                )
            elif "shorter-side" in size or "longer-side" in size:
                unknown = set(size) - {"shorter-side", "longer-side"}
                if unknown:
                    raise ValueError(
                        "Expected 'size' dict to contain only the keys 'shorter-side' "
                        f"and 'longer-side', got also {sorted(map(str, unknown))}."
                    )
                result = _dict_to_size_tuple(
                    size.get("shorter-side", "keep"), size.get("longer-side", "keep")
                )
                size_order = "SL"
            else:
                raise ValueError(
                    "Expected 'size' dict to contain no keys, the keys 'height' and/or "
                    "'width', or the keys 'shorter-side' and/or 'longer-side', got "
                    f"keys {sorted(map(str, size))}."
                )
        elif isinstance(size, tuple):
            if len(size) != 2 or not all(_is_number(v) for v in size):
                raise InvalidValueError(
                    f"Expected 'size' given as a tuple to contain two numbers, got "
                    f"{size!r}."
                )
            if not (size[0] > 0 and size[1] > 0):
                raise InvalidValueError(
                    f"Expected both values in 'size' to be > 0, got {size!r}."
                )
            if _is_float(size[0]) or _is_float(size[1]):
                result = iap.Uniform(size[0], size[1])
            else:
                result = iap.DiscreteUniform(size[0], size[1])
        elif isinstance(size, list):
            if len(size) == 0:
                result = iap.Deterministic("keep")
            else:
                all_int = all(_is_int(v) for v in size)
                all_float = all(_is_float(v) for v in size)
                if not (all_int or all_float):
                    raise InvalidValueError(
                        "Expected 'size' given as a list to contain only ints or only "
                        f"floats, got {size!r}."
                    )
                if not all(v > 0 for v in size):
                    raise InvalidValueError(
                        f"Expected all values in 'size' to be > 0, got {size!r}."
                    )
                result = iap.Choice(size)
        elif isinstance(size, iap.StochasticParameter):
            result = size
        else:
            raise ValueError(
                "Expected 'size' to be 'keep', a number, a tuple of two numbers, a "
                "list of numbers, a dict with the keys 'height'/'width' or "
                "'shorter-side'/'longer-side', or a StochasticParameter, got "
                f"{type(size).__name__}."
            )
        if subcall:
            return result
        return result, size_order

    @classmethod
    def _handle_interpolation_arg(cls, interpolation):
        if isinstance(interpolation, str) and interpolation == ia.ALL:
            return iap.Choice(["nearest", "linear", "area", "cubic"])
        valid = ia.IMRESIZE_VALID_INTERPOLATIONS

        def _is_valid(entry):
            return (_is_int(entry) or isinstance(entry, str)) and entry in valid

        if _is_int(interpolation) or isinstance(interpolation, str):
            if not _is_valid(interpolation):
                raise InvalidValueError(
                    f"Expected 'interpolation' to be imgaug.ALL or one of {valid}, "
                    f"got {interpolation!r}."
                )
            return iap.Deterministic(interpolation)
        if isinstance(interpolation, iap.StochasticParameter):
            return interpolation
        if isinstance(interpolation, (list, tuple)):
            if len(interpolation) == 0 or not all(map(_is_valid, interpolation)):
                raise InvalidValueError(
                    "Expected 'interpolation' given as a list to be a non-empty list "
                    f"of values from {valid}, got {interpolation!r}."
                )
            return iap.Choice(list(interpolation))
        raise InvalidTypeError(
            "Expected 'interpolation' to be imgaug.ALL, an int, a string, a list or a "
            f"StochasticParameter, got {type(interpolation).__name__}."
        )

    # sampling order: size (height/shorter side, then width/longer side for the
    #                 dict forms), interpolation
    def _draw_samples(self, batch, random_state):
        # Python lists: the per-row size arithmetic needs no numpy calls
        shape = (batch.nb_rows,)
        if isinstance(self.size, tuple):
            sizes_a = draw_list(self.size[0], shape, random_state)
            sizes_b = draw_list(self.size[1], shape, random_state)
        else:
            sizes_a = draw_list(self.size, shape, random_state)
            sizes_b = sizes_a
        interpolations = draw_list(self.interpolation, shape, random_state)
        return _ResizeSamples(sizes_a, sizes_b, interpolations)

    def _compute_height_width(self, image_shape, sample_a, sample_b):
        height_img, width_img = image_shape[0:2]
        if height_img == 0 or width_img == 0:
            return int(height_img), int(width_img)  # zero-sized: pass through
        if self.size_order == "SL":
            # the shorter side comes first; on ties the width counts as shorter
            if height_img < width_img:
                height, width = sample_a, sample_b
            else:
                width, height = sample_a, sample_b
        else:
            height, width = sample_a, sample_b

        if _is_float(height):
            height = max(int(np.round(height_img * height)), 1)
        elif height == "keep":
            height = height_img
        if _is_float(width):
            width = max(int(np.round(width_img * width)), 1)
        elif width == "keep":
            width = width_img

        # after the float conversion: derive one side from the other
        if height == "keep-aspect-ratio":
            ratio = height_img / width_img if width_img > 0 else 1.0
            height = int(np.round(width * ratio))
        if width == "keep-aspect-ratio":
            ratio = width_img / height_img if height_img > 0 else 1.0
            width = int(np.round(height * ratio))
        return int(height), int(width)

    def _augment_images_by_samples(self, images, samples):
        sizes = [
            self._compute_height_width(
                image.shape, samples.sizes_a[i], samples.sizes_b[i]
            )
            for i, image in enumerate(images)
        ]
        interpolations = samples.interpolations
        if (
            isinstance(images, np.ndarray)
            and len(set(sizes)) == 1
            and len({str(ip) for ip in interpolations}) == 1
        ):
            return ia.imresize_many_images(
                images, sizes[0], interpolation=_as_python(interpolations[0])
            )
        results = [
            ia.imresize_single_image(
                image, sizes[i], interpolation=_as_python(interpolations[i])
            )
            for i, image in enumerate(images)
        ]
        return _to_image_container(images, results)

    def _augment_maps_by_samples(self, maps, kind, samples):
        result = []
        for i, augmentable in enumerate(maps):
            arr = augmentable.arr_0to1 if kind == "heatmaps" else augmentable.arr
            img_shape = augmentable.shape
            h_img, w_img = self._compute_height_width(
                img_shape, samples.sizes_a[i], samples.sizes_b[i]
            )
            # R4: the array keeps its size ratio to the image
            fy = arr.shape[0] / img_shape[0] if img_shape[0] > 0 else 1.0
            fx = arr.shape[1] / img_shape[1] if img_shape[1] > 0 else 1.0
            height = max(int(np.round(h_img * fy)), 1)
            width = max(int(np.round(w_img * fx)), 1)
            if kind == "heatmaps":
                ip = _as_python(samples.interpolations[i])
                augmentable = augmentable.resize((height, width), interpolation=ip)
            else:
                augmentable = augmentable.resize((height, width))
            augmentable.shape = (h_img, w_img) + tuple(img_shape[2:])
            result.append(augmentable)
        return result

    def _augment_keypoints_by_samples(self, kpsois, samples):
        for i, kpsoi in enumerate(kpsois):
            h_img, w_img = self._compute_height_width(
                kpsoi.shape, samples.sizes_a[i], samples.sizes_b[i]
            )
            kpsois[i] = kpsoi.on_((h_img, w_img) + tuple(kpsoi.shape[2:]))
        return kpsois

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.size, self.interpolation, self.size_order]


def _as_python(value):
    return value.item() if isinstance(value, np.generic) else value


# --------------------------------------------------------------------------------
# CropAndPad, Pad, Crop
# --------------------------------------------------------------------------------
def _px_side_param(value, name):
    if _is_int(value):
        return iap.Deterministic(int(value))
    if isinstance(value, tuple):
        if len(value) != 2 or not all(_is_int(v) for v in value):
            raise InvalidValueError(
                f"Expected tuples in '{name}' to contain exactly two integers, got "
                f"{value!r}."
            )
        return iap.DiscreteUniform(int(value[0]), int(value[1]))
    if isinstance(value, list):
        if len(value) == 0 or not all(_is_int(v) for v in value):
            raise InvalidValueError(
                f"Expected lists in '{name}' to be non-empty lists of integers, got "
                f"{value!r}."
            )
        return iap.Choice([int(v) for v in value])
    if isinstance(value, iap.StochasticParameter):
        return value
    raise InvalidTypeError(
        f"Expected '{name}' entries to be an int, a tuple of two ints, a list of ints "
        f"or a StochasticParameter, got {type(value).__name__}."
    )


def _percent_side_param(value, name):
    def _check(number):
        if not number > -1.0:
            raise InvalidValueError(
                f"Expected values in '{name}' to be > -1.0 (cropping can remove at "
                f"most 100%), got {number!r}."
            )

    if _is_number(value):
        _check(value)
        return iap.Deterministic(value)
    if isinstance(value, tuple):
        if len(value) != 2 or not all(_is_number(v) for v in value):
            raise InvalidValueError(
                f"Expected tuples in '{name}' to contain exactly two numbers, got "
                f"{value!r}."
            )
        _check(value[0])
        _check(value[1])
        return iap.Uniform(value[0], value[1])
    if isinstance(value, list):
        if len(value) == 0 or not all(_is_number(v) for v in value):
            raise InvalidValueError(
                f"Expected lists in '{name}' to be non-empty lists of numbers, got "
                f"{value!r}."
            )
        for number in value:
            _check(number)
        return iap.Choice(value)
    if isinstance(value, iap.StochasticParameter):
        return value
    raise InvalidTypeError(
        f"Expected '{name}' entries to be a number, a tuple of two numbers, a list "
        f"of numbers or a StochasticParameter, got {type(value).__name__}."
    )


class CropAndPad(_CropAndPadBase):
    """Crop and/or pad images by pixel amounts or fractions of the image size.

    Positive values pad, negative values crop. Crops never remove the last pixel
    of an axis (amounts are reduced instead). With ``keep_size`` the result is
    resized back to the input size.

    Supported dtypes
    ----------------
    * ``keep_size=False``: all dtypes: yes; fully tested (see
      :func:`imgaug.augmenters.size.pad`)
    * ``keep_size=True``: ``uint8``, ``uint16``, ``int8``, ``int16``,
      ``float16``, ``float32``, ``float64``, ``bool``: yes; fully tested.
      ``uint32``, ``uint64``, ``int32``, ``int64``, ``float128``: no (resizing
      back is not supported for them; ``ValueError``)

    Parameters
    ----------
    px : None or int or StochasticParameter or tuple, optional
        Pixel amounts. An int applies to all sides; ``(a, b)`` samples from
        ``[a, b]`` per side; a 4-tuple gives ``(top, right, bottom, left)``, each
        an int, an ``(a, b)`` tuple, a list of ints or a parameter; a parameter
        alone is sampled per side.
    percent : None or number or StochasticParameter or tuple, optional
        Same forms with fractions of the image height (top/bottom) or width
        (left/right), each ``> -1``; converted with ``round(size * value)``.
        Both `px` and `percent` ``None`` means ``percent=(-0.1, 0.1)``.
    pad_mode : imgaug.ALL or str or list of str or StochasticParameter, optional
        numpy padding mode per image (see :func:`pad`).
    pad_cval : number or tuple or list or StochasticParameter, optional
        Value for ``constant``/``linear_ramp`` padding (sampled as integer).
    keep_size : bool, optional
        Resize images back to their input size (maps too, coordinates projected).
    sample_independently : bool, optional
        For the one-parameter forms: draw each side separately (``True``) or
        one value for all four sides.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> aug = CropAndPad(px=(0, -1, 0, 1), keep_size=False)
    >>> aug(image=np.array([[1, 2, 3]], dtype=np.uint8)).tolist()
    [[0, 1, 2]]

    """

    def __init__(
        self,
        px=None,
        percent=None,
        pad_mode="constant",
        pad_cval=0,
        keep_size=True,
        sample_independently=True,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        if px is None and percent is None:
            percent = (-0.1, 0.1)
        (
            self.mode,
            self.all_sides,
            self.top,
            self.right,
            self.bottom,
            self.left,
        ) = self._handle_px_and_percent_args(px, percent)
        self.pad_mode = _handle_pad_mode_param(pad_mode)
        self.pad_cval = _handle_pad_cval_param(pad_cval)
        for argname, flag in (
            ("keep_size", keep_size),
            ("sample_independently", sample_independently),
        ):
            if not isinstance(flag, (bool, np.bool_)):
                raise InvalidTypeError(
                    f"Expected argument '{argname}' to be a bool, got "
                    f"{type(flag).__name__}."
                )
        self.keep_size = keep_size
        self.sample_independently = sample_independently

    @classmethod
    def _handle_px_and_percent_args(cls, px, percent):
        if px is None and percent is None:
            return "noop", None, None, None, None, None
        if px is not None and percent is not None:
            raise InvalidValueError(
                "Expected only one of the arguments 'px' and 'percent' to be set, "
                "got both."
            )
        if px is not None:
            return ("px",) + cls._handle_sides_arg(px, "px", _px_side_param, _is_int)
        return ("percent",) + cls._handle_sides_arg(
            percent, "percent", _percent_side_param, _is_number
        )

    @classmethod
    def _handle_sides_arg(cls, value, name, side_param, is_scalar):
        all_sides = top = right = bottom = left = None
        if is_scalar(value):
            all_sides = side_param(value, name)
        elif isinstance(value, tuple):
            if len(value) == 2:
                all_sides = side_param(value, name)
            elif len(value) == 4:
                top, right, bottom, left = (side_param(v, name) for v in value)
            else:
                raise InvalidValueError(
                    f"Expected '{name}' given as a tuple to contain two entries (a "
                    f"range for all sides) or four (top, right, bottom, left), got "
                    f"{len(value)}."
                )
        elif isinstance(value, iap.StochasticParameter):
            top = right = bottom = left = value
        else:
            kind = "an int" if name == "px" else "a number"
            raise InvalidTypeError(
                f"Expected '{name}' to be {kind}, a tuple of two or four entries or a "
                f"StochasticParameter, got {type(value).__name__}."
            )
        return all_sides, top, right, bottom, left

    def _keeps_size(self):
        return self.keep_size

    # sampling order: amounts (all_sides: one (N, 4) draw, or one (N,) draw without
    #                 sample_independently; else top, right, bottom, left),
    #                 pad_mode, pad_cval
    def _draw_samples(self, batch, random_state):
        nb_rows = batch.nb_rows
        shapes = batch.get_rowwise_shapes()
        if self.mode == "noop":
            amounts = np.zeros((nb_rows, 4), dtype=np.int32)
        elif self.all_sides is not None:
            if self.sample_independently:
                amounts = self.all_sides.draw_samples(
                    (nb_rows, 4), random_state=random_state
                )
            else:
                sample = self.all_sides.draw_samples(
                    (nb_rows,), random_state=random_state
                )
                amounts = np.repeat(np.asarray(sample).reshape(-1, 1), 4, axis=1)
        else:
            amounts = np.stack(
                [
                    np.asarray(
                        side.draw_samples((nb_rows,), random_state=random_state)
                    ).reshape(-1)
                    for side in (self.top, self.right, self.bottom, self.left)
                ],
                axis=1,
            )
        amounts = np.asarray(amounts).reshape(nb_rows, 4)
        if self.mode == "percent":
            sizes = np.array(
                [(s[0], s[1], s[0], s[1]) for s in shapes], dtype=np.float32
            ).reshape(nb_rows, 4)
            amounts = np.round(sizes * amounts)
        elif amounts.dtype.kind == "f":
            amounts = np.round(amounts)
        amounts = amounts.astype(np.int64).tolist()
        croppings = [tuple(0 if v > 0 else -v for v in row) for row in amounts]
        paddings = [tuple(v if v > 0 else 0 for v in row) for row in amounts]
        pad_modes = self.pad_mode.draw_samples((nb_rows,), random_state=random_state)
        pad_cvals = self.pad_cval.draw_samples((nb_rows,), random_state=random_state)
        return _make_crop_pad_samples(shapes, croppings, paddings, pad_modes, pad_cvals)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [
            self.all_sides,
            self.top,
            self.right,
            self.bottom,
            self.left,
            self.pad_mode,
            self.pad_cval,
        ]


def _validate_non_negative(value, name):
    """Recursively check that all numbers in a px/percent argument are ``>= 0``."""
    if value is None or isinstance(value, iap.StochasticParameter):
        return value
    if _is_number(value):
        if value < 0:
            raise InvalidValueError(
                f"Expected all numbers in '{name}' to be >= 0, got {value!r}."
            )
        return value
    if isinstance(value, tuple):
        return tuple(_validate_non_negative(v, name) for v in value)
    if isinstance(value, list):
        return [_validate_non_negative(v, name) for v in value]
    raise InvalidTypeError(
        f"Expected '{name}' to contain only numbers, tuples, lists and "
        f"StochasticParameters, got {type(value).__name__}."
    )


def _negate(value, name):
    """Recursively negate a px/percent argument (numbers must be ``>= 0``)."""
    if value is None:
        return value
    if isinstance(value, iap.StochasticParameter):
        return iap.Multiply(value, -1)
    if _is_number(value):
        if value < 0:
            raise InvalidValueError(
                f"Expected all numbers in '{name}' to be >= 0 (crop amounts are "
                f"given as positive values), got {value!r}."
            )
        return -value
    if isinstance(value, tuple):
        return tuple(_negate(v, name) for v in value)
    if isinstance(value, list):
        return [_negate(v, name) for v in value]
    raise InvalidTypeError(
        f"Expected '{name}' to contain only numbers, tuples, lists and "
        f"StochasticParameters, got {type(value).__name__}."
    )


class Pad(CropAndPad):
    """Pad images by pixel amounts or fractions of the image size.

    Same as :class:`CropAndPad` with non-negative amounts only.

    Supported dtypes
    ----------------
    See :class:`CropAndPad`.

    Parameters
    ----------
    px : None or int or StochasticParameter or tuple, optional
        See :class:`CropAndPad` (values ``>= 0``).
    percent : None or number or StochasticParameter or tuple, optional
        See :class:`CropAndPad` (values ``>= 0``). Both `px` and `percent`
        ``None`` means ``percent=(0.0, 0.1)``.
    pad_mode : imgaug.ALL or str or list of str or StochasticParameter, optional
        See :class:`CropAndPad`.
    pad_cval : number or tuple or list or StochasticParameter, optional
        See :class:`CropAndPad`.
    keep_size : bool, optional
        See :class:`CropAndPad`.
    sample_independently : bool, optional
        See :class:`CropAndPad`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> aug = Pad(px=(0, 0, 0, 1), pad_cval=9, keep_size=False)
    >>> aug(image=np.array([[1, 2]], dtype=np.uint8)).tolist()
    [[9, 1, 2]]

    """

    def __init__(
        self,
        px=None,
        percent=None,
        pad_mode="constant",
        pad_cval=0,
        keep_size=True,
        sample_independently=True,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        if px is None and percent is None:
            percent = (0.0, 0.1)
        super().__init__(
            px=_validate_non_negative(px, "px"),
            percent=_validate_non_negative(percent, "percent"),
            pad_mode=pad_mode,
            pad_cval=pad_cval,
            keep_size=keep_size,
            sample_independently=sample_independently,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class Crop(CropAndPad):
    """Crop images by pixel amounts or fractions of the image size.

    Amounts are given as positive values. Same as :class:`CropAndPad` with
    negated amounts.

    Supported dtypes
    ----------------
    See :class:`CropAndPad`.

    Parameters
    ----------
    px : None or int or StochasticParameter or tuple, optional
        See :class:`CropAndPad` (values ``>= 0``; parameters are negated with
        ``imgaug.parameters.Multiply(param, -1)``).
    percent : None or number or StochasticParameter or tuple, optional
        See :class:`CropAndPad` (values ``>= 0``). Both `px` and `percent`
        ``None`` means ``percent=(0.0, 0.1)``.
    keep_size : bool, optional
        See :class:`CropAndPad`.
    sample_independently : bool, optional
        See :class:`CropAndPad`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> aug = Crop(px=(0, 1, 0, 0), keep_size=False)
    >>> aug(image=np.array([[1, 2, 3]], dtype=np.uint8)).tolist()
    [[1, 2]]

    """

    def __init__(
        self,
        px=None,
        percent=None,
        keep_size=True,
        sample_independently=True,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        if px is None and percent is None:
            percent = (0.0, 0.1)
        super().__init__(
            px=_negate(px, "px"),
            percent=_negate(percent, "percent"),
            keep_size=keep_size,
            sample_independently=sample_independently,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


# --------------------------------------------------------------------------------
# fixed-size padding and cropping
# --------------------------------------------------------------------------------
def _check_optional_size(value, name):
    if value is None:
        return None
    if not _is_int(value) or value < 0:
        raise InvalidValueError(
            f"Expected '{name}' to be None or an integer >= 0, got {value!r}."
        )
    return int(value)


def _check_optional_int(value, name, minimum):
    if value is None:
        return None
    if not _is_int(value) or value < minimum:
        raise InvalidValueError(
            f"Expected '{name}' to be None or an integer >= {minimum}, got {value!r}."
        )
    return int(value)


def _check_aspect_ratio(value):
    if not _is_number(value) or not value > 0:
        raise InvalidValueError(
            f"Expected 'aspect_ratio' to be a number > 0, got {value!r}."
        )
    return value


class PadToFixedSize(_CropAndPadBase):
    """Pad images up to a minimum width and height.

    Images that are already large enough on an axis are not changed on that axis;
    nothing is ever cropped or resized. The position decides where the padding
    goes: ``x = 0`` puts all horizontal padding on the left, ``x = 1`` all on the
    right, ``0.5`` centres the image (odd pixel on the right); likewise for ``y``
    (top/bottom). Heatmaps and segmentation maps are padded with zeros.

    Supported dtypes
    ----------------
    See :func:`pad` (all dtypes).

    Parameters
    ----------
    width, height : None or int
        Minimum width/height; ``None`` leaves that axis alone.
    pad_mode : imgaug.ALL or str or list of str or StochasticParameter, optional
        See :class:`CropAndPad`.
    pad_cval : number or tuple or list or StochasticParameter, optional
        See :class:`CropAndPad`.
    position : str or tuple or StochasticParameter, optional
        ``"uniform"``, ``"normal"``, ``"center"``, ``"left-top"`` ...
        ``"right-bottom"``, a tuple ``(x, y)`` in ``[0, 1]`` or a parameter
        producing ``(N, 2)`` samples.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> aug = PadToFixedSize(width=3, height=None, position="center")
    >>> aug(image=np.array([[1]], dtype=np.uint8)).tolist()
    [[0, 1, 0]]

    """

    def __init__(
        self,
        width,
        height,
        pad_mode="constant",
        pad_cval=0,
        position="uniform",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.size = (
            _check_optional_size(width, "width"),
            _check_optional_size(height, "height"),
        )
        self.position = _handle_position_parameter(position)
        self.pad_mode = _handle_pad_mode_param(pad_mode)
        self.pad_cval = _handle_pad_cval_param(pad_cval)

    def _compute_target_sizes(self, shapes):
        """Return ``(widths, heights)``: lists of per-row targets, ``-1`` = keep."""
        width, height = self.size
        nb_rows = len(shapes)
        return (
            [-1 if width is None else width] * nb_rows,
            [-1 if height is None else height] * nb_rows,
        )

    # sampling order: position (x, y or one (N, 2) draw), pad_mode, pad_cval
    def _draw_samples(self, batch, random_state):
        nb_rows = batch.nb_rows
        shapes = batch.get_rowwise_shapes()
        xs, ys = _draw_positions(self.position, nb_rows, random_state)
        xs, ys = xs.tolist(), ys.tolist()
        pad_modes = self.pad_mode.draw_samples((nb_rows,), random_state=random_state)
        pad_cvals = self.pad_cval.draw_samples((nb_rows,), random_state=random_state)
        target_w, target_h = self._compute_target_sizes(shapes)
        paddings = []
        for shape, x, y, width, height in zip(shapes, xs, ys, target_w, target_h):
            left, right = _split_amount(max(width - shape[1], 0), 1.0 - x)
            top, bottom = _split_amount(max(height - shape[0], 0), 1.0 - y)
            paddings.append((top, right, bottom, left))
        return _CropAndPadSamples(
            [_NO_AMOUNTS] * nb_rows, paddings, pad_modes, pad_cvals
        )

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.size[0], self.size[1], self.pad_mode, self.pad_cval, self.position]


class CenterPadToFixedSize(PadToFixedSize):
    """Pad images equally on opposite sides up to a minimum width and height.

    Same as :class:`PadToFixedSize` with ``position="center"``.

    Supported dtypes
    ----------------
    See :class:`PadToFixedSize`.

    Parameters
    ----------
    width, height : None or int
        See :class:`PadToFixedSize`.
    pad_mode : imgaug.ALL or str or list of str or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    pad_cval : number or tuple or list or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    """

    def __init__(
        self,
        width,
        height,
        pad_mode="constant",
        pad_cval=0,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            width=width,
            height=height,
            pad_mode=pad_mode,
            pad_cval=pad_cval,
            position="center",
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class CropToFixedSize(_CropAndPadBase):
    """Crop images down to a maximum width and height.

    Images that are already small enough on an axis are not changed on that axis;
    nothing is ever padded or resized. With position ``x`` the left crop is
    ``int((1 - x) * excess)``: ``x = 0`` removes everything from the left (keeps
    the right part), ``x = 1`` keeps the left part, ``0.5`` the centre (odd pixel
    removed on the right); likewise for ``y``.

    Supported dtypes
    ----------------
    * all dtypes: yes; fully tested

    Parameters
    ----------
    width, height : None or int
        Maximum width/height; ``None`` leaves that axis alone.
    position : str or tuple or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> aug = CropToFixedSize(width=2, height=None, position="left-top")
    >>> aug(image=np.array([[1, 2, 3]], dtype=np.uint8)).tolist()
    [[2, 3]]

    """

    def __init__(
        self,
        width,
        height,
        position="uniform",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.size = (
            _check_optional_size(width, "width"),
            _check_optional_size(height, "height"),
        )
        self.position = _handle_position_parameter(position)

    def _compute_target_sizes(self, shapes):
        """Return ``(widths, heights)``: lists of per-row targets, ``-1`` = keep."""
        width, height = self.size
        nb_rows = len(shapes)
        return (
            [-1 if width is None else width] * nb_rows,
            [-1 if height is None else height] * nb_rows,
        )

    # sampling order: position (x, y or one (N, 2) draw)
    def _draw_samples(self, batch, random_state):
        nb_rows = batch.nb_rows
        shapes = batch.get_rowwise_shapes()
        xs, ys = _draw_positions(self.position, nb_rows, random_state)
        xs, ys = xs.tolist(), ys.tolist()
        target_w, target_h = self._compute_target_sizes(shapes)
        croppings = []
        for shape, x, y, width, height in zip(shapes, xs, ys, target_w, target_h):
            excess_x = shape[1] - width if 0 <= width < shape[1] else 0
            excess_y = shape[0] - height if 0 <= height < shape[0] else 0
            left, right = _split_amount(excess_x, 1.0 - x)
            top, bottom = _split_amount(excess_y, 1.0 - y)
            croppings.append((top, right, bottom, left))
        return _make_crop_pad_samples(
            shapes,
            croppings,
            [_NO_AMOUNTS] * nb_rows,
            ["constant"] * nb_rows,
            [0] * nb_rows,
        )

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.size[0], self.size[1], self.position]


class CenterCropToFixedSize(CropToFixedSize):
    """Crop images equally on opposite sides down to a maximum width and height.

    Same as :class:`CropToFixedSize` with ``position="center"``.

    Supported dtypes
    ----------------
    See :class:`CropToFixedSize`.

    Parameters
    ----------
    width, height : None or int
        See :class:`CropToFixedSize`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    """

    def __init__(
        self,
        width,
        height,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            width=width,
            height=height,
            position="center",
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


def _targets_from_amounts(shapes, compute, sign):
    """Per-row ``(widths, heights)`` = shape +/- amounts from ``compute(shape)``."""
    widths, heights = [], []
    for shape in shapes:
        top, right, bottom, left = compute(shape)
        heights.append(shape[0] + sign * (top + bottom))
        widths.append(shape[1] + sign * (left + right))
    return widths, heights


class CropToMultiplesOf(CropToFixedSize):
    """Crop images so that their height and width become multiples of given values.

    The target size comes from :func:`compute_croppings_to_reach_multiples_of`;
    the split between opposite sides from `position`.

    Supported dtypes
    ----------------
    See :class:`CropToFixedSize`.

    Parameters
    ----------
    width_multiple, height_multiple : None or int
        The multiples (``>= 1``); ``None`` leaves that axis alone.
    position : str or tuple or StochasticParameter, optional
        See :class:`CropToFixedSize`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> aug = CropToMultiplesOf(width_multiple=2, height_multiple=None)
    >>> aug(image=np.zeros((3, 5, 1), dtype=np.uint8)).shape
    (3, 4, 1)

    """

    def __init__(
        self,
        width_multiple,
        height_multiple,
        position="uniform",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            width=None,
            height=None,
            position=position,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )
        self.width_multiple = _check_optional_int(width_multiple, "width_multiple", 1)
        self.height_multiple = _check_optional_int(
            height_multiple, "height_multiple", 1
        )

    def _compute_target_sizes(self, shapes):
        def compute(shape):
            return compute_croppings_to_reach_multiples_of(
                shape,
                height_multiple=self.height_multiple,
                width_multiple=self.width_multiple,
            )

        return _targets_from_amounts(shapes, compute, -1)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.width_multiple, self.height_multiple, self.position]


class CenterCropToMultiplesOf(CropToMultiplesOf):
    """Crop images equally on opposite sides to multiples of given values.

    Same as :class:`CropToMultiplesOf` with ``position="center"``.

    Supported dtypes
    ----------------
    See :class:`CropToFixedSize`.

    Parameters
    ----------
    width_multiple, height_multiple : None or int
        See :class:`CropToMultiplesOf`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    """

    def __init__(
        self,
        width_multiple,
        height_multiple,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            width_multiple=width_multiple,
            height_multiple=height_multiple,
            position="center",
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class PadToMultiplesOf(PadToFixedSize):
    """Pad images so that their height and width become multiples of given values.

    The target size comes from :func:`compute_paddings_to_reach_multiples_of`;
    the split between opposite sides from `position`.

    Supported dtypes
    ----------------
    See :class:`PadToFixedSize`.

    Parameters
    ----------
    width_multiple, height_multiple : None or int
        The multiples (``>= 1``); ``None`` leaves that axis alone.
    pad_mode : imgaug.ALL or str or list of str or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    pad_cval : number or tuple or list or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    position : str or tuple or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> aug = PadToMultiplesOf(width_multiple=4, height_multiple=None)
    >>> aug(image=np.zeros((3, 5, 1), dtype=np.uint8)).shape
    (3, 8, 1)

    """

    def __init__(
        self,
        width_multiple,
        height_multiple,
        pad_mode="constant",
        pad_cval=0,
        position="uniform",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            width=None,
            height=None,
            pad_mode=pad_mode,
            pad_cval=pad_cval,
            position=position,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )
        self.width_multiple = _check_optional_int(width_multiple, "width_multiple", 1)
        self.height_multiple = _check_optional_int(
            height_multiple, "height_multiple", 1
        )

    def _compute_target_sizes(self, shapes):
        def compute(shape):
            return compute_paddings_to_reach_multiples_of(
                shape,
                height_multiple=self.height_multiple,
                width_multiple=self.width_multiple,
            )

        return _targets_from_amounts(shapes, compute, 1)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [
            self.width_multiple,
            self.height_multiple,
            self.pad_mode,
            self.pad_cval,
            self.position,
        ]


class CenterPadToMultiplesOf(PadToMultiplesOf):
    """Pad images equally on opposite sides to multiples of given values.

    Same as :class:`PadToMultiplesOf` with ``position="center"``.

    Supported dtypes
    ----------------
    See :class:`PadToFixedSize`.

    Parameters
    ----------
    width_multiple, height_multiple : None or int
        See :class:`PadToMultiplesOf`.
    pad_mode : imgaug.ALL or str or list of str or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    pad_cval : number or tuple or list or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    """

    def __init__(
        self,
        width_multiple,
        height_multiple,
        pad_mode="constant",
        pad_cval=0,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            width_multiple=width_multiple,
            height_multiple=height_multiple,
            pad_mode=pad_mode,
            pad_cval=pad_cval,
            position="center",
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class CropToPowersOf(CropToFixedSize):
    """Crop images so that their height and width become powers of given bases.

    The target size comes from :func:`compute_croppings_to_reach_powers_of`
    (axes smaller than their base stay unchanged); the split between opposite
    sides from `position`.

    Supported dtypes
    ----------------
    See :class:`CropToFixedSize`.

    Parameters
    ----------
    width_base, height_base : None or int
        The bases (``>= 2``); ``None`` leaves that axis alone.
    position : str or tuple or StochasticParameter, optional
        See :class:`CropToFixedSize`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> aug = CropToPowersOf(width_base=2, height_base=None)
    >>> aug(image=np.zeros((3, 7, 1), dtype=np.uint8)).shape
    (3, 4, 1)

    """

    def __init__(
        self,
        width_base,
        height_base,
        position="uniform",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            width=None,
            height=None,
            position=position,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )
        self.width_base = _check_optional_int(width_base, "width_base", 2)
        self.height_base = _check_optional_int(height_base, "height_base", 2)

    def _compute_target_sizes(self, shapes):
        def compute(shape):
            return compute_croppings_to_reach_powers_of(
                shape, height_base=self.height_base, width_base=self.width_base
            )

        return _targets_from_amounts(shapes, compute, -1)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.width_base, self.height_base, self.position]


class CenterCropToPowersOf(CropToPowersOf):
    """Crop images equally on opposite sides to powers of given bases.

    Same as :class:`CropToPowersOf` with ``position="center"``.

    Supported dtypes
    ----------------
    See :class:`CropToFixedSize`.

    Parameters
    ----------
    width_base, height_base : None or int
        See :class:`CropToPowersOf`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    """

    def __init__(
        self,
        width_base,
        height_base,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            width_base=width_base,
            height_base=height_base,
            position="center",
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class PadToPowersOf(PadToFixedSize):
    """Pad images so that their height and width become powers of given bases.

    The target size comes from :func:`compute_paddings_to_reach_powers_of`; the
    split between opposite sides from `position`.

    Supported dtypes
    ----------------
    See :class:`PadToFixedSize`.

    Parameters
    ----------
    width_base, height_base : None or int
        The bases (``>= 2``); ``None`` leaves that axis alone.
    pad_mode : imgaug.ALL or str or list of str or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    pad_cval : number or tuple or list or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    position : str or tuple or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> aug = PadToPowersOf(width_base=2, height_base=None)
    >>> aug(image=np.zeros((3, 5, 1), dtype=np.uint8)).shape
    (3, 8, 1)

    """

    def __init__(
        self,
        width_base,
        height_base,
        pad_mode="constant",
        pad_cval=0,
        position="uniform",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            width=None,
            height=None,
            pad_mode=pad_mode,
            pad_cval=pad_cval,
            position=position,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )
        self.width_base = _check_optional_int(width_base, "width_base", 2)
        self.height_base = _check_optional_int(height_base, "height_base", 2)

    def _compute_target_sizes(self, shapes):
        def compute(shape):
            return compute_paddings_to_reach_powers_of(
                shape, height_base=self.height_base, width_base=self.width_base
            )

        return _targets_from_amounts(shapes, compute, 1)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [
            self.width_base,
            self.height_base,
            self.pad_mode,
            self.pad_cval,
            self.position,
        ]


class CenterPadToPowersOf(PadToPowersOf):
    """Pad images equally on opposite sides to powers of given bases.

    Same as :class:`PadToPowersOf` with ``position="center"``.

    Supported dtypes
    ----------------
    See :class:`PadToFixedSize`.

    Parameters
    ----------
    width_base, height_base : None or int
        See :class:`PadToPowersOf`.
    pad_mode : imgaug.ALL or str or list of str or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    pad_cval : number or tuple or list or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    """

    def __init__(
        self,
        width_base,
        height_base,
        pad_mode="constant",
        pad_cval=0,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            width_base=width_base,
            height_base=height_base,
            pad_mode=pad_mode,
            pad_cval=pad_cval,
            position="center",
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class CropToAspectRatio(CropToFixedSize):
    """Crop images until their width/height ratio reaches `aspect_ratio`.

    The target size comes from :func:`compute_croppings_to_reach_aspect_ratio`
    (images with a zero-sized axis are not cropped); the split between opposite
    sides from `position`.

    Supported dtypes
    ----------------
    See :class:`CropToFixedSize`.

    Parameters
    ----------
    aspect_ratio : number
        Target ``width / height`` (``> 0``).
    position : str or tuple or StochasticParameter, optional
        See :class:`CropToFixedSize`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> aug = CropToAspectRatio(2.0)
    >>> aug(image=np.zeros((3, 4, 1), dtype=np.uint8)).shape
    (2, 4, 1)

    """

    def __init__(
        self,
        aspect_ratio,
        position="uniform",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            width=None,
            height=None,
            position=position,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )
        self.aspect_ratio = _check_aspect_ratio(aspect_ratio)

    def _compute_target_sizes(self, shapes):
        def compute(shape):
            if shape[0] == 0 or shape[1] == 0:
                return 0, 0, 0, 0
            return compute_croppings_to_reach_aspect_ratio(shape, self.aspect_ratio)

        return _targets_from_amounts(shapes, compute, -1)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.aspect_ratio, self.position]


class CenterCropToAspectRatio(CropToAspectRatio):
    """Crop images equally on opposite sides until they reach `aspect_ratio`.

    Same as :class:`CropToAspectRatio` with ``position="center"``.

    Supported dtypes
    ----------------
    See :class:`CropToFixedSize`.

    Parameters
    ----------
    aspect_ratio : number
        See :class:`CropToAspectRatio`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    """

    def __init__(
        self,
        aspect_ratio,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            aspect_ratio=aspect_ratio,
            position="center",
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class PadToAspectRatio(PadToFixedSize):
    """Pad images until their width/height ratio reaches `aspect_ratio`.

    The target size comes from :func:`compute_paddings_to_reach_aspect_ratio`;
    the split between opposite sides from `position`.

    Supported dtypes
    ----------------
    See :class:`PadToFixedSize`.

    Parameters
    ----------
    aspect_ratio : number
        Target ``width / height`` (``> 0``).
    pad_mode : imgaug.ALL or str or list of str or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    pad_cval : number or tuple or list or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    position : str or tuple or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> aug = PadToAspectRatio(2.0)
    >>> aug(image=np.zeros((3, 4, 1), dtype=np.uint8)).shape
    (3, 6, 1)

    """

    def __init__(
        self,
        aspect_ratio,
        pad_mode="constant",
        pad_cval=0,
        position="uniform",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            width=None,
            height=None,
            pad_mode=pad_mode,
            pad_cval=pad_cval,
            position=position,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )
        self.aspect_ratio = _check_aspect_ratio(aspect_ratio)

    def _compute_target_sizes(self, shapes):
        def compute(shape):
            return compute_paddings_to_reach_aspect_ratio(shape, self.aspect_ratio)

        return _targets_from_amounts(shapes, compute, 1)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.aspect_ratio, self.pad_mode, self.pad_cval, self.position]


class CenterPadToAspectRatio(PadToAspectRatio):
    """Pad images equally on opposite sides until they reach `aspect_ratio`.

    Same as :class:`PadToAspectRatio` with ``position="center"``.

    Supported dtypes
    ----------------
    See :class:`PadToFixedSize`.

    Parameters
    ----------
    aspect_ratio : number
        See :class:`PadToAspectRatio`.
    pad_mode : imgaug.ALL or str or list of str or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    pad_cval : number or tuple or list or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    """

    def __init__(
        self,
        aspect_ratio,
        pad_mode="constant",
        pad_cval=0,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            aspect_ratio=aspect_ratio,
            pad_mode=pad_mode,
            pad_cval=pad_cval,
            position="center",
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class CropToSquare(CropToAspectRatio):
    """Crop images until they are square (the longer side is cropped).

    Same as :class:`CropToAspectRatio` with ``aspect_ratio=1.0``.

    Supported dtypes
    ----------------
    See :class:`CropToFixedSize`.

    Parameters
    ----------
    position : str or tuple or StochasticParameter, optional
        See :class:`CropToFixedSize`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> CropToSquare()(image=np.zeros((3, 5, 1), dtype=np.uint8)).shape
    (3, 3, 1)

    """

    def __init__(
        self,
        position="uniform",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            aspect_ratio=1.0,
            position=position,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class CenterCropToSquare(CropToSquare):
    """Crop images equally on opposite sides until they are square.

    Same as :class:`CropToSquare` with ``position="center"``.

    Supported dtypes
    ----------------
    See :class:`CropToFixedSize`.

    Parameters
    ----------
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    """

    def __init__(
        self,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            position="center",
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class PadToSquare(PadToAspectRatio):
    """Pad images until they are square (the shorter side is padded).

    Same as :class:`PadToAspectRatio` with ``aspect_ratio=1.0``.

    Supported dtypes
    ----------------
    See :class:`PadToFixedSize`.

    Parameters
    ----------
    pad_mode : imgaug.ALL or str or list of str or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    pad_cval : number or tuple or list or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    position : str or tuple or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> PadToSquare()(image=np.zeros((3, 5, 1), dtype=np.uint8)).shape
    (5, 5, 1)

    """

    def __init__(
        self,
        pad_mode="constant",
        pad_cval=0,
        position="uniform",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            aspect_ratio=1.0,
            pad_mode=pad_mode,
            pad_cval=pad_cval,
            position=position,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class CenterPadToSquare(PadToSquare):
    """Pad images equally on opposite sides until they are square.

    Same as :class:`PadToSquare` with ``position="center"``.

    Supported dtypes
    ----------------
    See :class:`PadToFixedSize`.

    Parameters
    ----------
    pad_mode : imgaug.ALL or str or list of str or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    pad_cval : number or tuple or list or StochasticParameter, optional
        See :class:`PadToFixedSize`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    """

    def __init__(
        self,
        pad_mode="constant",
        pad_cval=0,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            pad_mode=pad_mode,
            pad_cval=pad_cval,
            position="center",
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


# --------------------------------------------------------------------------------
# KeepSizeByResize
# --------------------------------------------------------------------------------
class KeepSizeByResize(meta.Augmenter):
    """Run child augmenters, then resize everything back to its input size.

    Supported dtypes
    ----------------
    See :func:`imgaug.imgaug.imresize_many_images` (and the children).

    Parameters
    ----------
    children : Augmenter or list of Augmenter or None
        The children; wrapped in a :class:`~imgaug.augmenters.meta.Sequential`.
    interpolation : str or int or list or StochasticParameter, optional
        Interpolation for images: ``"nearest"``, ``"linear"``, ``"area"``,
        ``"cubic"``, the matching cv2 constants or ``KeepSizeByResize.NO_RESIZE``
        (keep the changed size); a list picks one per image.
    interpolation_heatmaps : str or int or list or StochasticParameter, optional
        Same for heatmaps; ``KeepSizeByResize.SAME_AS_IMAGES`` reuses the image's
        choice of the row.
    interpolation_segmaps : str or int or list or StochasticParameter, optional
        Same for segmentation maps.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> aug = KeepSizeByResize(Crop(px=1, keep_size=False))
    >>> aug(image=np.zeros((4, 4, 3), dtype=np.uint8)).shape
    (4, 4, 3)

    """

    NO_RESIZE = "NO_RESIZE"
    SAME_AS_IMAGES = "SAME_AS_IMAGES"

    def __init__(
        self,
        children,
        interpolation="cubic",
        interpolation_heatmaps=SAME_AS_IMAGES,
        interpolation_segmaps="nearest",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.children = meta.handle_children_list(children, self.name, "then")
        self.interpolation = self._handle_interpolation(
            interpolation, "interpolation", allow_same_as_images=False
        )
        self.interpolation_heatmaps = self._handle_interpolation(
            interpolation_heatmaps, "interpolation_heatmaps", allow_same_as_images=True
        )
        self.interpolation_segmaps = self._handle_interpolation(
            interpolation_segmaps, "interpolation_segmaps", allow_same_as_images=True
        )

    @classmethod
    def _handle_interpolation(cls, value, name, allow_same_as_images):
        valid = [cls.NO_RESIZE, *ia.IMRESIZE_VALID_INTERPOLATIONS]
        if allow_same_as_images:
            valid.append(cls.SAME_AS_IMAGES)

        def _is_valid(entry):
            return (isinstance(entry, str) or _is_int(entry)) and entry in valid

        if isinstance(value, iap.StochasticParameter):
            return value
        if _is_valid(value):
            return iap.Deterministic(value)
        if isinstance(value, list):
            if len(value) == 0 or not all(_is_valid(v) for v in value):
                raise InvalidValueError(
                    f"Expected '{name}' given as a list to be a non-empty list of "
                    f"values from {valid}, got {value!r}."
                )
            return iap.Choice(value)
        raise InvalidValueError(
            f"Expected '{name}' to be one of {valid}, a list of them or a "
            f"StochasticParameter, got {value!r}."
        )

    # sampling order: interpolation, interpolation_heatmaps, interpolation_segmaps
    def _draw_samples(self, nb_rows, random_state):
        def _draw(param):
            samples = param.draw_samples((nb_rows,), random_state=random_state)
            return np.array([_as_python(v) for v in samples], dtype=object)

        images = _draw(self.interpolation)
        heatmaps = _draw(self.interpolation_heatmaps)
        segmaps = _draw(self.interpolation_segmaps)
        for samples in (heatmaps, segmaps):
            same = np.array([v == self.SAME_AS_IMAGES for v in samples], dtype=bool)
            samples[same] = images[same]
        return images, heatmaps, segmaps

    def _augment_batch_(self, batch, random_state, parents, hooks):
        if hooks is None:
            return self._augment_children(batch, random_state, parents, hooks)
        with batch.propagation_hooks_ctx(self, hooks, parents):
            return self._augment_children(batch, random_state, parents, hooks)

    def _augment_children(self, batch, random_state, parents, hooks):
        images_were_array = isinstance(batch.images, np.ndarray)
        shapes = {}
        for column in batch.columns:
            if column.name == "images":
                shapes["images"] = [image.shape for image in column.value]
            elif column.name in ("heatmaps", "segmentation_maps"):
                attr = "arr_0to1" if column.name == "heatmaps" else "arr"
                shapes[column.name] = [
                    (item.shape, getattr(item, attr).shape) for item in column.value
                ]
            else:
                shapes[column.name] = [item.shape for item in column.value]
        ips_images, ips_heatmaps, ips_segmaps = self._draw_samples(
            batch.nb_rows, random_state
        )

        batch = self.children.augment_batch_(
            batch, parents=[*parents, self], hooks=hooks
        )

        for name, shapes_orig in shapes.items():
            values = getattr(batch, name)
            if values is None:
                continue
            if name == "images":
                values = self._restore_images(values, shapes_orig, ips_images)
                if images_were_array:
                    values = _stack_if_possible(values)
            elif name == "heatmaps":
                values = self._restore_maps(values, shapes_orig, ips_heatmaps)
            elif name == "segmentation_maps":
                values = self._restore_maps(values, shapes_orig, ips_segmaps)
            else:
                values = self._restore_coords(values, shapes_orig, ips_images)
            setattr(batch, name, values)
        return batch

    def _restore_images(self, images, shapes_orig, interpolations):
        result = []
        for image, shape, ip in zip(images, shapes_orig, interpolations):
            if ip == self.NO_RESIZE or image.shape[0:2] == shape[0:2]:
                result.append(image)
            else:
                result.append(ia.imresize_single_image(image, shape[0:2], ip))
        return result

    def _restore_maps(self, maps, shapes_orig, interpolations):
        result = []
        for augmentable, (img_shape, arr_shape), ip in zip(
            maps, shapes_orig, interpolations
        ):
            if ip != self.NO_RESIZE:
                augmentable = augmentable.resize(arr_shape[0:2], interpolation=ip)
                augmentable.shape = img_shape
            result.append(augmentable)
        return result

    def _restore_coords(self, cbaois, shapes_orig, interpolations):
        result = []
        for cbaoi, shape, ip in zip(cbaois, shapes_orig, interpolations):
            if ip != self.NO_RESIZE:
                cbaoi = cbaoi.on_(shape)
            result.append(cbaoi)
        return result

    def _to_deterministic(self):
        aug = super()._to_deterministic()
        aug.children = self.children.to_deterministic()
        return aug

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.interpolation, self.interpolation_heatmaps]

    def get_children_lists(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_children_lists`."""
        return [self.children]

    def __str__(self):
        return (
            f"KeepSizeByResize(interpolation={self.interpolation}, "
            f"interpolation_heatmaps={self.interpolation_heatmaps}, "
            f"name={self.name}, children={self.children}, "
            f"deterministic={self.deterministic})"
        )
