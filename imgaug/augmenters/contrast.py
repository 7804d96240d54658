"""Augmenters that change the contrast of images.

All of them change only images; heatmaps, segmentation maps and coordinate-based
augmentables pass through untouched.

List of augmenters:

* :class:`GammaContrast`
* :class:`SigmoidContrast`
* :class:`LogContrast`
* :class:`LinearContrast`
* :class:`AllChannelsCLAHE`
* :class:`CLAHE`
* :class:`AllChannelsHistogramEqualization`
* :class:`HistogramEqualization`

"""

from __future__ import annotations

import numbers

import cv2
import numpy as np

import imgaug.dtypes as iadt
import imgaug.imgaug as ia
import imgaug.parameters as iap
from imgaug._kernels import colorspace as _colorspace
from imgaug._kernels import contrast as _contrast
from imgaug._kernels import lut as _lut
from imgaug.augmenters import _pointwise
from imgaug.augmenters._sampled import _SampledAugmenter
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "adjust_contrast_gamma",
    "adjust_contrast_sigmoid",
    "adjust_contrast_log",
    "adjust_contrast_linear",
    "GammaContrast",
    "SigmoidContrast",
    "LogContrast",
    "LinearContrast",
    "AllChannelsCLAHE",
    "CLAHE",
    "AllChannelsHistogramEqualization",
    "HistogramEqualization",
]

_GAMMA_DTYPES = {
    "allowed": [
        "uint8",
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
    ],
    "disallowed": ["float128", "bool"],
}
# numpy >= 1.17 cannot compute the log curve of 32/64 bit integers as 0.4.0 did
_LOG_DTYPES = {
    "allowed": ["uint8", "uint16", "int8", "int16", "float16", "float32", "float64"],
    "disallowed": [
        "uint32",
        "uint64",
        "int32",
        "int64",
        "float128",
        "bool",
    ],
}
_LINEAR_DTYPES = {
    "allowed": [
        "uint8",
        "uint16",
        "uint32",
        "int8",
        "int16",
        "int32",
        "float16",
        "float32",
        "float64",
    ],
    "disallowed": ["uint64", "int64", "float128", "bool"],
}
_CLAHE_ALL_CHANNELS_DTYPES = {
    "allowed": ["uint8", "uint16"],
    "disallowed": [
        "bool",
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
_UINT8_ONLY_DTYPES = iadt._UINT8_ONLY_DTYPES


# ---------------------------------------------------------------- public kernels
def _check_arr(arr):
    if not isinstance(arr, np.ndarray):
        raise InvalidTypeError(
            f"Expected 'arr' to be a numpy array, got {type(arr).__name__}."
        )


def _check_number(value, name):
    """Return `value` as a float; it must be a real number (not bool, not NaN)."""
    if isinstance(value, np.ndarray) and value.size == 1:
        value = value.reshape(()).item()
    if isinstance(value, bool | np.bool_) or not isinstance(value, numbers.Real):
        raise InvalidTypeError(
            f"Expected '{name}' to be a number, got {type(value).__name__}."
        )
    if np.isnan(value):
        raise InvalidValueError(f"Expected '{name}' to be a number, got NaN.")
    return float(value)


def adjust_contrast_gamma(arr, gamma):
    """Adjust the contrast of an image by gamma: ``v' = max * (v / max) ** gamma``.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested (256-entry table, float32, truncated)
    * ``uint16``, ``uint32``, ``uint64``: yes; fully tested
    * ``int8``, ``int16``, ``int32``, ``int64``: limited (1); fully tested
    * ``float16``, ``float32``, ``float64``: limited (1) (2); fully tested
    * ``float128``, ``bool``: no

    (1) Values must be ``>= 0``; negative values raise a ``ValueError``.
    (2) Floats are expected in ``[0, 1]`` (``max = 1``).

    Parameters
    ----------
    arr : ndarray
        Image of any shape. ``max`` is the largest value of its dtype (1.0 for
        floats).
    gamma : number
        Exponent. Values below 1 brighten, values above 1 darken the image.

    Returns
    -------
    ndarray
        New array of the input's dtype; integer results are truncated.

    Examples
    --------
    >>> import numpy as np
    >>> adjust_contrast_gamma(np.array([[0, 64, 255]], dtype=np.uint8), 2.0).tolist()
    [[0, 16, 255]]

    """
    _check_arr(arr)
    gamma = _check_number(gamma, "gamma")
    if arr.size == 0:
        return np.copy(arr)
    iadt.gate_dtypes(arr, augmenter=None, **_GAMMA_DTYPES)
    if arr.dtype == np.uint8:
        # route: tests/perf/test_contrast_perf.py::test_contrast_table_uint8
        return _lut.apply_table(arr, _contrast.gamma_tables_uint8(gamma))
    return _contrast.adjust_gamma_other(arr, gamma)


def adjust_contrast_sigmoid(arr, gain, cutoff):
    """Adjust the contrast of an image by a sigmoid curve.

    ``v' = max / (1 + exp(gain * (cutoff - v / max)))``: values around `cutoff`
    (relative to ``max``) are spread, values far from it pushed to 0 or ``max``.

    Supported dtypes
    ----------------
    See :func:`adjust_contrast_gamma`.

    Parameters
    ----------
    arr : ndarray
        Image of any shape.
    gain : number
        Steepness of the curve; typical values are 5 to 20.
    cutoff : number
        Relative value (``0`` to ``1``) at the centre of the curve.

    Returns
    -------
    ndarray
        New array of the input's dtype; integer results are truncated.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[0, 128, 255]], dtype=np.uint8)
    >>> adjust_contrast_sigmoid(image, gain=10, cutoff=0.5).tolist()
    [[1, 128, 253]]

    """
    _check_arr(arr)
    gain = _check_number(gain, "gain")
    cutoff = _check_number(cutoff, "cutoff")
    if arr.size == 0:
        return np.copy(arr)
    iadt.gate_dtypes(arr, augmenter=None, **_GAMMA_DTYPES)
    if arr.dtype == np.uint8:
        # route: tests/perf/test_contrast_perf.py::test_contrast_table_uint8
        return _lut.apply_table(arr, _contrast.sigmoid_tables_uint8(gain, cutoff))
    return _contrast.adjust_sigmoid_other(arr, gain, cutoff)


def adjust_contrast_log(arr, gain):
    """Adjust the contrast of an image logarithmically.

    ``v' = max * gain * log2(1 + v / max)``.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested (256-entry table, float32, truncated)
    * ``uint16``: yes; fully tested
    * ``int8``, ``int16``: limited (1); fully tested
    * ``float16``, ``float32``, ``float64``: limited (1) (2); fully tested
    * ``uint32``, ``uint64``, ``int32``, ``int64``, ``float128``, ``bool``: no

    (1) Values must be ``>= 0``; negative values raise a ``ValueError``.
    (2) Floats are expected in ``[0, 1]`` (``max = 1``).

    Parameters
    ----------
    arr : ndarray
        Image of any shape.
    gain : number
        Multiplier of the curve; 1 maps ``max`` to ``max``. Results beyond the
        dtype's range are clipped.

    Returns
    -------
    ndarray
        New array of the input's dtype; integer results are truncated.

    Examples
    --------
    >>> import numpy as np
    >>> adjust_contrast_log(np.array([[0, 64, 255]], dtype=np.uint8), 1.0).tolist()
    [[0, 82, 255]]

    """
    _check_arr(arr)
    gain = _check_number(gain, "gain")
    if arr.size == 0:
        return np.copy(arr)
    iadt.gate_dtypes(arr, augmenter=None, **_LOG_DTYPES)
    if arr.dtype == np.uint8:
        # route: tests/perf/test_contrast_perf.py::test_contrast_table_uint8
        return _lut.apply_table(arr, _contrast.log_tables_uint8(gain))
    return _contrast.adjust_log_other(arr, gain)


def adjust_contrast_linear(arr, alpha):
    """Scale the distance of every value to the centre of the value range by `alpha`.

    ``v' = center + alpha * (v - center)``, with ``center`` being 127 for
    ``uint8``, ``int(max / 2)`` for other unsigned ints and 0 for signed ints and
    floats.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested (256-entry table, clipped and truncated)
    * ``uint16``, ``uint32``, ``int8``, ``int16``, ``int32``: yes; fully tested
      (rounded and clipped)
    * ``float16``, ``float32``, ``float64``: yes; fully tested
    * ``uint64``, ``int64``, ``float128``, ``bool``: no

    Parameters
    ----------
    arr : ndarray
        Image of any shape.
    alpha : number
        Contrast factor: above 1 increases, below 1 decreases the contrast;
        negative values also invert the image.

    Returns
    -------
    ndarray
        New array of the input's dtype.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[0, 100, 127, 200]], dtype=np.uint8)
    >>> adjust_contrast_linear(image, 2.0).tolist()
    [[0, 73, 127, 255]]

    """
    _check_arr(arr)
    alpha = _check_number(alpha, "alpha")
    if arr.size == 0:
        return np.copy(arr)
    iadt.gate_dtypes(arr, augmenter=None, **_LINEAR_DTYPES)
    if arr.dtype == np.uint8:
        # route: tests/perf/test_contrast_perf.py::test_contrast_table_uint8
        table = _contrast.linear_tables_uint8(alpha)
        if not np.isfinite(alpha):
            return _lut.apply_table(arr, table)
        slope, offset = _contrast.linear_affine_uint8(alpha)
        return _lut.apply_affine_table(arr, table, slope, offset)
    return _contrast.adjust_linear_other(arr, alpha)


# --------------------------------------------------------------- private helpers
def _get_nb_channels(shape):
    return shape[2] if len(shape) >= 3 else 1


def _get_nb_channels_max(shapes):
    """Return the largest channel count of the row shapes (at least 1)."""
    return max([_get_nb_channels(shape) for shape in shapes] + [1])


def _new_images_like(images):
    """Return an empty container for results: an array for arrays, else a list."""
    if isinstance(images, np.ndarray):
        return np.empty(images.shape, dtype=images.dtype)
    return [None] * len(images)


class _IntensityChannelBasedApplier:
    """Apply a function to the intensity channel of images only.

    3-channel images are converted from `from_colorspace` to `to_colorspace`, the
    intensity channel (``L`` of Lab, ``L`` of HLS, ``V`` of HSV) is changed and the
    image is converted back; a 4th channel (alpha) is kept as it is. 1-channel
    images are changed directly; images with other channel counts are changed
    channel by channel, with a warning.
    """

    def __init__(self, from_colorspace, to_colorspace):
        self.from_colorspace = from_colorspace
        self.to_colorspace = to_colorspace

    def apply(self, image, func):
        """Return a new image with ``func(plane)`` applied to the intensity channel.

        `func` maps a contiguous uint8 ``(H, W)`` plane to a new plane. `image` is
        a non-empty uint8 ``(H, W, C)`` array; it is not changed.
        """
        nb_channels = image.shape[2]
        if nb_channels in (3, 4):
            # a read-only view: the first conversion must not write into `image`
            source = image[:, :, 0:3] if nb_channels == 4 else image.view()
            source.flags.writeable = False
            converted = _colorspace.convert_(
                source, self.from_colorspace, self.to_colorspace
            )
            channel = _colorspace.INTENSITY_CHANNEL[self.to_colorspace]
            plane = func(cv2.extractChannel(converted, channel))
            converted = _insert_channel_(converted, plane, channel)
            color = _colorspace.convert_(
                converted, self.to_colorspace, self.from_colorspace
            )
            if nb_channels == 3:
                return color
            result = np.empty_like(image)
            result[:, :, 0:3] = color
            result[:, :, 3] = image[:, :, 3]
            return result
        if nb_channels != 1:
            ia.warn(
                f"Got an image with {nb_channels} channels, expected 1, 3 or 4; "
                "the intensity-based augmentation is applied to every channel "
                "without a colorspace conversion.",
                stacklevel=3,
            )
        result = np.empty_like(image)
        for c in range(nb_channels):
            result[:, :, c] = func(np.ascontiguousarray(image[:, :, c]))
        return result


def _insert_channel_(image, plane, channel):
    """Write `plane` into channel `channel` of `image` (in place if it may)."""
    if not (image.flags["C_CONTIGUOUS"] and image.flags["WRITEABLE"]):
        image = np.array(image, order="C")
    cv2.insertChannel(plane, image, channel)
    return image


# ----------------------------------------------------------------- sample holders
class _ContrastSamples:
    """Per row whether it uses one value per channel, plus the parameter values."""

    __slots__ = ("per_channel", "values")

    def __init__(self, per_channel, values):
        self.per_channel = per_channel  # (N,) bool
        self.values = values  # list of (N, C_max) arrays, one per parameter

    def get_row_values(self, i, nb_channels):
        """Return the values of row `i`: scalars, or ``(C,)`` arrays per channel.

        Images with one channel always get scalars (the row's first values).
        """
        if self.per_channel[i] and nb_channels > 1:
            return [values[i, 0:nb_channels] for values in self.values]
        return [values[i, 0] for values in self.values]


class _CLAHESamples:
    """Per row and channel: clip limit and tile grid size (rows, columns)."""

    __slots__ = ("per_channel", "clip_limits", "tiles_h", "tiles_w")

    def __init__(self, per_channel, clip_limits, tiles_h, tiles_w):
        self.per_channel = per_channel  # (N,) bool
        self.clip_limits = clip_limits  # (N, C_max) float
        self.tiles_h = tiles_h  # (N, C_max) int
        self.tiles_w = tiles_w  # (N, C_max) int

    def get_channel_params(self, i, c):
        """Return ``(clip_limit, (tiles_h, tiles_w))`` of channel `c` of row `i`."""
        column = c if self.per_channel[i] else 0
        return (
            float(self.clip_limits[i, column]),
            (int(self.tiles_h[i, column]), int(self.tiles_w[i, column])),
        )


# --------------------------------------------------------------------- augmenters
class _ContrastFuncWrapper(_SampledAugmenter):
    """Base of the contrast curves: sample the curve's parameters, apply `func`.

    Subclasses set ``_TABLES_UINT8``, the table builder for `func` on uint8 images
    (parameters of any shape ``S`` -> tables ``(256, *S)``), so that the tables of
    all rows and channels of a batch are built in one vectorised call, and
    optionally ``_AFFINE_UINT8`` (parameters of one row -> ``(slope, offset)``)
    when the tables are affine (see `imgaug._kernels.lut.apply_affine_table`).

    Parameters
    ----------
    func : callable
        ``func(image, *values)`` with one scalar value per parameter.
    params1d : list of StochasticParameter
        The curve's parameters, sampled once per image (or image and channel).
    per_channel : bool or float or StochasticParameter
        Whether to sample the parameters per channel (see the subclasses).
    dtypes_allowed, dtypes_disallowed : None or list of str, optional
        Dtype gate applied to the images of every batch (None: no gate).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True
    _TABLES_UINT8 = None
    _AFFINE_UINT8 = None

    def __init__(
        self,
        func,
        params1d,
        per_channel,
        dtypes_allowed=None,
        dtypes_disallowed=None,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.func = func
        self.params1d = params1d
        self.per_channel = iap.handle_probability_param(per_channel, "per_channel")
        self.dtypes_allowed = dtypes_allowed
        self.dtypes_disallowed = dtypes_disallowed

    # sampling order: per_channel (N,), then every parameter (N, C_max) in turn
    def _draw_samples(self, batch, random_state):
        nb_rows = batch.nb_rows
        nb_channels_max = _get_nb_channels_max(batch.get_rowwise_shapes())
        per_channel = self.per_channel.draw_samples(
            (nb_rows,), random_state=random_state
        )
        values = [
            np.asarray(
                param.draw_samples(
                    (nb_rows, nb_channels_max), random_state=random_state
                )
            )
            for param in self.params1d
        ]
        return _ContrastSamples(per_channel > 0.5, values)

    def _augment_images_by_samples(self, images, samples):
        if self.dtypes_allowed is not None:
            iadt.gate_dtypes(
                images,
                allowed=self.dtypes_allowed,
                disallowed=self.dtypes_disallowed,
                augmenter=self,
            )
        tables = None
        if self._TABLES_UINT8 is not None and _has_uint8(images):
            # the tables of all rows and channels in one vectorised call
            # route: tests/perf/test_contrast_perf.py::test_contrast_batch_tables
            tables = self._uint8_tables(samples)
        results = _new_images_like(images)
        for i, image in enumerate(images):
            if image.size == 0:
                results[i] = image
            elif tables is not None and image.dtype == np.uint8:
                nb_channels = image.shape[2]
                out = results[i] if isinstance(results, np.ndarray) else None
                if samples.per_channel[i] and nb_channels > 1:
                    table = np.ascontiguousarray(tables[:, i, 0:nb_channels])
                    result = _lut.apply_table(image, table, out=out)
                else:
                    result = self._apply_single_table_uint8(
                        image, tables[:, i, 0], samples, i, out
                    )
                if out is None:
                    results[i] = result
            else:
                results[i] = self._apply_func(image, samples, i)
        return results

    def _uint8_tables(self, samples):
        """Tables ``(256, N, C)`` of all rows; ``C`` is 1 if no row is per channel.

        Column ``c`` of row ``i`` holds the table of the row's channel ``c``.
        """
        values = samples.values
        if np.count_nonzero(samples.per_channel) == 0:  # (faster than .any())
            values = [value[:, 0:1] for value in values]  # 1/3 of the work for RGB
        return type(self)._TABLES_UINT8(*values)

    def _pointwise_tables(self, samples, images):
        """Per-row tables of uint8 `images` (see ``_pointwise``)."""
        if self._TABLES_UINT8 is None:
            return None
        # uint8 passes every gate that allows it
        if self.dtypes_allowed is not None and "uint8" not in self.dtypes_allowed:
            iadt.gate_dtypes(
                images,
                allowed=self.dtypes_allowed,
                disallowed=self.dtypes_disallowed,
                augmenter=self,
            )
        tables = self._uint8_tables(samples)
        if len(images) == 1 and tables.shape[2] == 1:
            return [tables[:, 0, 0]]  # one image per call
        result = []
        for i, image in enumerate(images):
            nb_channels = image.shape[2]
            if samples.per_channel[i] and nb_channels > 1:
                result.append(tables[:, i, 0:nb_channels])
            else:
                result.append(tables[:, i, 0])
        return result

    def _apply_single_table_uint8(self, image, table, samples, i, out):
        table = np.ascontiguousarray(table)
        # the byte translator is faster than any affine route (and needs no check)
        if self._AFFINE_UINT8 is not None and _lut.get_byte_translator() is None:
            values = [float(value[i, 0]) for value in samples.values]
            if all(np.isfinite(values)):
                slope, offset = type(self)._AFFINE_UINT8(*values)
                # route: tests/perf/test_lut_perf.py::test_apply_affine_table
                return _lut.apply_affine_table(image, table, slope, offset, out=out)
        return _lut.apply_table(image, table, out=out)

    def _apply_func(self, image, samples, i):
        nb_channels = image.shape[2]
        if not samples.per_channel[i] or nb_channels == 1:
            return self.func(image, *samples.get_row_values(i, nb_channels))
        values = samples.get_row_values(i, nb_channels)
        result = np.empty_like(image)
        for c in range(nb_channels):
            result[:, :, c] = self.func(image[:, :, c], *[v[c] for v in values])
        return result

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return self.params1d


def _has_uint8(images):
    if isinstance(images, np.ndarray):
        return images.dtype == np.uint8
    return any(image.dtype == np.uint8 for image in images)


@_pointwise.fusable
class GammaContrast(_ContrastFuncWrapper):
    """Adjust the contrast of images by a gamma curve ``v' = max * (v / max) ** gamma``.

    Supported dtypes
    ----------------
    See :func:`adjust_contrast_gamma`.

    Parameters
    ----------
    gamma : number or tuple of number or list of number or StochasticParameter, optional
        Exponent of the curve, sampled once per image (and channel, see
        `per_channel`): a number is always used, a tuple ``(a, b)`` samples
        uniformly from ``[a, b)``, a list one of its entries. Values below 1
        brighten, values above 1 darken.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample a separate gamma per channel. A float ``p`` does so for
        ``p * 100`` percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[[0], [64], [255]]], dtype=np.uint8)
    >>> GammaContrast(2.0)(image=image)[..., 0].tolist()
    [[0, 16, 255]]
    >>> aug = GammaContrast((0.5, 2.0), per_channel=True)

    """

    _TABLES_UINT8 = staticmethod(_contrast.gamma_tables_uint8)

    def __init__(
        self,
        gamma=(0.7, 1.7),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        params1d = [
            iap.handle_continuous_param(
                gamma,
                "gamma",
                value_range=None,
                tuple_to_uniform=True,
                list_to_choice=True,
            )
        ]
        super().__init__(
            adjust_contrast_gamma,
            params1d,
            per_channel,
            dtypes_allowed=_GAMMA_DTYPES["allowed"],
            dtypes_disallowed=_GAMMA_DTYPES["disallowed"],
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


@_pointwise.fusable
class SigmoidContrast(_ContrastFuncWrapper):
    """Adjust the contrast of images by a sigmoid curve.

    ``v' = max / (1 + exp(gain * (cutoff - v / max)))``.

    Supported dtypes
    ----------------
    See :func:`adjust_contrast_sigmoid`.

    Parameters
    ----------
    gain : number or tuple of number or list of number or StochasticParameter, optional
        Steepness of the curve (``>= 0``), sampled once per image (and channel):
        a tuple ``(a, b)`` samples uniformly from ``[a, b)``, a list one of its
        entries. Typical values are 5 to 20.
    cutoff : number or tuple or list of number or StochasticParameter, optional
        Centre of the curve relative to the value range (``0`` to ``1``), sampled
        like `gain`.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample separate values per channel. A float ``p`` does so for
        ``p * 100`` percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[[0], [128], [255]]], dtype=np.uint8)
    >>> SigmoidContrast(gain=10, cutoff=0.5)(image=image)[..., 0].tolist()
    [[1, 128, 253]]
    >>> aug = SigmoidContrast(gain=(3, 10), cutoff=(0.4, 0.6), per_channel=True)

    """

    _TABLES_UINT8 = staticmethod(_contrast.sigmoid_tables_uint8)

    def __init__(
        self,
        gain=(5, 6),
        cutoff=(0.3, 0.6),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        params1d = [
            iap.handle_continuous_param(
                gain,
                "gain",
                value_range=(0, None),
                tuple_to_uniform=True,
                list_to_choice=True,
            ),
            iap.handle_continuous_param(
                cutoff,
                "cutoff",
                value_range=(0, 1.0),
                tuple_to_uniform=True,
                list_to_choice=True,
            ),
        ]
        super().__init__(
            adjust_contrast_sigmoid,
            params1d,
            per_channel,
            dtypes_allowed=_GAMMA_DTYPES["allowed"],
            dtypes_disallowed=_GAMMA_DTYPES["disallowed"],
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


@_pointwise.fusable
class LogContrast(_ContrastFuncWrapper):
    """Adjust the contrast of images logarithmically.

    ``v' = max * gain * log2(1 + v / max)``.

    Supported dtypes
    ----------------
    See :func:`adjust_contrast_log`.

    Parameters
    ----------
    gain : number or tuple of number or list of number or StochasticParameter, optional
        Multiplier of the curve (``>= 0``), sampled once per image (and channel):
        a tuple ``(a, b)`` samples uniformly from ``[a, b)``, a list one of its
        entries. Values around 1 keep the brightness, values above brighten.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample a separate gain per channel. A float ``p`` does so for
        ``p * 100`` percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[[0], [64], [255]]], dtype=np.uint8)
    >>> LogContrast(gain=1.0)(image=image)[..., 0].tolist()
    [[0, 82, 255]]
    >>> aug = LogContrast(gain=(0.6, 1.4), per_channel=True)

    """

    _TABLES_UINT8 = staticmethod(_contrast.log_tables_uint8)

    def __init__(
        self,
        gain=(0.4, 1.6),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        params1d = [
            iap.handle_continuous_param(
                gain,
                "gain",
                value_range=(0, None),
                tuple_to_uniform=True,
                list_to_choice=True,
            )
        ]
        super().__init__(
            adjust_contrast_log,
            params1d,
            per_channel,
            dtypes_allowed=_LOG_DTYPES["allowed"],
            dtypes_disallowed=_LOG_DTYPES["disallowed"],
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


@_pointwise.fusable
class LinearContrast(_ContrastFuncWrapper):
    """Scale the distance of every pixel value to the centre of the value range.

    ``v' = center + alpha * (v - center)`` (``center`` is 127 for ``uint8``).

    Supported dtypes
    ----------------
    See :func:`adjust_contrast_linear`.

    Parameters
    ----------
    alpha : number or tuple of number or list of number or StochasticParameter, optional
        Contrast factor, sampled once per image (and channel): a tuple ``(a, b)``
        samples uniformly from ``[a, b)``, a list one of its entries. Values
        above 1 increase, values below 1 decrease the contrast.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample a separate factor per channel. A float ``p`` does so for
        ``p * 100`` percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[[0], [100], [200]]], dtype=np.uint8)
    >>> LinearContrast(2.0)(image=image)[..., 0].tolist()
    [[0, 73, 255]]
    >>> aug = LinearContrast((0.4, 1.6), per_channel=0.5)

    """

    _TABLES_UINT8 = staticmethod(_contrast.linear_tables_uint8)
    _AFFINE_UINT8 = staticmethod(_contrast.linear_affine_uint8)

    def __init__(
        self,
        alpha=(0.6, 1.4),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        params1d = [
            iap.handle_continuous_param(
                alpha,
                "alpha",
                value_range=None,
                tuple_to_uniform=True,
                list_to_choice=True,
            )
        ]
        super().__init__(
            adjust_contrast_linear,
            params1d,
            per_channel,
            dtypes_allowed=_LINEAR_DTYPES["allowed"],
            dtypes_disallowed=_LINEAR_DTYPES["disallowed"],
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


# ------------------------------------------------------------------------ CLAHE
def _check_tile_grid_size_px_min(value):
    if isinstance(value, bool | np.bool_) or not isinstance(value, numbers.Integral):
        raise InvalidTypeError(
            "Expected 'tile_grid_size_px_min' to be an int, got "
            f"{type(value).__name__}."
        )
    if value < 0:
        raise InvalidValueError(
            f"Expected 'tile_grid_size_px_min' to be >= 0, got {value!r}."
        )
    return int(value)


def _draw_clahe_samples(aug, nb_rows, nb_channels_max, random_state):
    # sampling order: per_channel (N,), clip limits (N, C_max), tile grid heights
    # (N, C_max), tile grid widths (N, C_max) if sampled separately
    per_channel = aug.per_channel.draw_samples((nb_rows,), random_state=random_state)
    size = (nb_rows, nb_channels_max)
    clip_limits = aug.clip_limit.draw_samples(size, random_state=random_state)
    param_h, param_w = aug.tile_grid_size_px
    tiles_h = param_h.draw_samples(size, random_state=random_state)
    if param_w is None:
        tiles_w = tiles_h
    else:
        tiles_w = param_w.draw_samples(size, random_state=random_state)
    minimum = aug.tile_grid_size_px_min
    tiles_h = np.maximum(np.round(tiles_h), minimum).astype(np.int32)
    tiles_w = np.maximum(np.round(tiles_w), minimum).astype(np.int32)
    return _CLAHESamples(per_channel > 0.5, clip_limits, tiles_h, tiles_w)


class AllChannelsCLAHE(_SampledAugmenter):
    """Apply contrast limited adaptive histogram equalization to every channel.

    CLAHE equalizes the histogram of each tile of a grid separately (limiting the
    contrast gain by `clip_limit`) and interpolates between the tiles. This
    augmenter treats every channel as an intensity channel; use :class:`CLAHE`
    to change only the lightness of colour images.

    Supported dtypes
    ----------------
    * ``uint8``, ``uint16``: yes; fully tested
    * all others: no

    Parameters
    ----------
    clip_limit : number or tuple or list of number or StochasticParameter, optional
        Contrast limit (``>= 1e-4``; higher values give stronger contrast),
        sampled once per image (and channel, see `per_channel`): a tuple
        ``(a, b)`` samples uniformly from ``[a, b)``, a list one of its entries.
    tile_grid_size_px : int or tuple or list of int or StochasticParameter, optional
        Number of tiles per image axis (OpenCV's ``tileGridSize``; despite the
        name not a size in pixels). An int is always used, a tuple ``(a, b)``
        samples from ``[a, b]``, a list one of its entries; a tuple of two
        parameters/ranges samples the rows and columns separately.
    tile_grid_size_px_min : int, optional
        Smallest number of tiles per axis; sampled values are raised to it.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample separate values per channel. A float ``p`` does so for
        ``p * 100`` percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.tile(np.arange(0, 64, 4, dtype=np.uint8), (16, 1))[..., None]
    >>> AllChannelsCLAHE(clip_limit=2, tile_grid_size_px=2)(image=image).shape
    (16, 16, 1)
    >>> aug = AllChannelsCLAHE(clip_limit=(1, 10), per_channel=True)

    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        clip_limit=(0.1, 8),
        tile_grid_size_px=(3, 12),
        tile_grid_size_px_min=3,
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.clip_limit = iap.handle_continuous_param(
            clip_limit,
            "clip_limit",
            value_range=(0 + 1e-4, None),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        self.tile_grid_size_px = iap.handle_discrete_kernel_size_param(
            tile_grid_size_px,
            "tile_grid_size_px",
            value_range=(0, None),
            allow_floats=False,
        )
        self.tile_grid_size_px_min = _check_tile_grid_size_px_min(tile_grid_size_px_min)
        self.per_channel = iap.handle_probability_param(per_channel, "per_channel")

    # sampling order: see _draw_clahe_samples
    def _draw_samples(self, batch, random_state):
        nb_channels_max = _get_nb_channels_max(batch.get_rowwise_shapes())
        return _draw_clahe_samples(self, batch.nb_rows, nb_channels_max, random_state)

    def _augment_images_by_samples(self, images, samples):
        iadt.gate_dtypes(images, augmenter=self, **_CLAHE_ALL_CHANNELS_DTYPES)
        results = _new_images_like(images)
        for i, image in enumerate(images):
            results[i] = image if image.size == 0 else _clahe_rowwise(image, samples, i)
        return results

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [
            self.clip_limit,
            self.tile_grid_size_px,
            self.tile_grid_size_px_min,
            self.per_channel,
        ]


def _clahe_rowwise(image, samples, i):
    """CLAHE on every channel of row `i`'s image (a new array)."""
    result = np.empty_like(image)
    for c in range(image.shape[2]):
        clip_limit, tiles = samples.get_channel_params(i, c)
        plane = np.ascontiguousarray(image[:, :, c])
        result[:, :, c] = _contrast.clahe_plane(plane, clip_limit, tiles)
    return result


_CSPACES_FROM = (
    _colorspace.CSPACE_RGB,
    _colorspace.CSPACE_BGR,
    _colorspace.CSPACE_Lab,
    _colorspace.CSPACE_HLS,
    _colorspace.CSPACE_HSV,
)
_CSPACES_TO = (_colorspace.CSPACE_Lab, _colorspace.CSPACE_HLS, _colorspace.CSPACE_HSV)


def _check_colorspaces(from_colorspace, to_colorspace):
    for name, value, valid in (
        ("from_colorspace", from_colorspace, _CSPACES_FROM),
        ("to_colorspace", to_colorspace, _CSPACES_TO),
    ):
        if not isinstance(value, str):
            raise InvalidTypeError(
                f"Expected '{name}' to be a string, got {type(value).__name__}."
            )
        if value not in valid:
            raise InvalidValueError(
                f"Expected '{name}' to be one of {list(valid)}, got {value!r}."
            )


def _intensity_shapes(shapes):
    """Row shapes of the planes the intensity-based augmenters change."""
    return [
        shape[0:2] + ((1,) if _get_nb_channels(shape) in (1, 3, 4) else shape[2:3])
        for shape in shapes
    ]


def _apply_to_intensity_rowwise(images, applier, func_for_row):
    """Apply each row's plane function through `applier`; new arrays."""
    results = _new_images_like(images)
    for i, image in enumerate(images):
        results[i] = image if image.size == 0 else applier.apply(image, func_for_row(i))
    return results


class CLAHE(_SampledAugmenter):
    """Apply contrast limited adaptive histogram equalization to the lightness.

    Colour images are converted to `to_colorspace` (Lab by default), CLAHE is
    applied to the lightness/intensity channel only (see
    :class:`AllChannelsCLAHE`) and the image is converted back, so colours keep
    their hue. 1-channel images are changed directly; a 4th channel of RGBA-like
    images is kept unchanged.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no

    Parameters
    ----------
    clip_limit : number or tuple or list of number or StochasticParameter, optional
        See :class:`AllChannelsCLAHE`.
    tile_grid_size_px : int or tuple or list of int or StochasticParameter, optional
        See :class:`AllChannelsCLAHE`.
    tile_grid_size_px_min : int, optional
        See :class:`AllChannelsCLAHE`.
    from_colorspace : {"RGB", "BGR", "HSV", "HLS", "Lab"}, optional
        Colorspace of the input images.
    to_colorspace : {"Lab", "HLS", "HSV"}, optional
        Colorspace whose intensity channel (``L``, ``L``, ``V``) is changed.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.tile(np.arange(0, 64, 4, dtype=np.uint8), (16, 1))
    >>> image = np.stack([image, image // 2, image // 4], axis=-1)
    >>> CLAHE(clip_limit=2, tile_grid_size_px=2)(image=image).shape
    (16, 16, 3)
    >>> aug = CLAHE(clip_limit=(1, 10), to_colorspace=CLAHE.HSV)

    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    RGB = _colorspace.CSPACE_RGB
    BGR = _colorspace.CSPACE_BGR
    HSV = _colorspace.CSPACE_HSV
    HLS = _colorspace.CSPACE_HLS
    Lab = _colorspace.CSPACE_Lab

    def __init__(
        self,
        clip_limit=(0.1, 8),
        tile_grid_size_px=(3, 12),
        tile_grid_size_px_min=3,
        from_colorspace=_colorspace.CSPACE_RGB,
        to_colorspace=_colorspace.CSPACE_Lab,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        _check_colorspaces(from_colorspace, to_colorspace)
        self.all_channel_clahe = AllChannelsCLAHE(
            clip_limit=clip_limit,
            tile_grid_size_px=tile_grid_size_px,
            tile_grid_size_px_min=tile_grid_size_px_min,
            name=f"{self.name}_AllChannelsCLAHE",
        )
        self.intensity_channel_based_applier = _IntensityChannelBasedApplier(
            from_colorspace, to_colorspace
        )

    # sampling order: as AllChannelsCLAHE, for the planes that are changed
    # (1 channel for 1/3/4-channel rows, all channels otherwise)
    def _draw_samples(self, batch, random_state):
        shapes = _intensity_shapes(batch.get_rowwise_shapes())
        return _draw_clahe_samples(
            self.all_channel_clahe,
            batch.nb_rows,
            _get_nb_channels_max(shapes),
            random_state,
        )

    def _augment_images_by_samples(self, images, samples):
        iadt.gate_dtypes(images, augmenter=self, **_UINT8_ONLY_DTYPES)

        def func_for_row(i):
            clip_limit, tiles = samples.get_channel_params(i, 0)

            def func(plane):
                return _contrast.clahe_plane(plane, clip_limit, tiles)

            return func

        return _apply_to_intensity_rowwise(
            images, self.intensity_channel_based_applier, func_for_row
        )

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        child = self.all_channel_clahe
        applier = self.intensity_channel_based_applier
        return [
            child.clip_limit,
            child.tile_grid_size_px,
            child.tile_grid_size_px_min,
            applier.from_colorspace,
            applier.to_colorspace,
        ]


class AllChannelsHistogramEqualization(_SampledAugmenter):
    """Equalize the histogram of every channel of an image separately.

    Use :class:`HistogramEqualization` to equalize only the lightness of colour
    images.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no

    Parameters
    ----------
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[[10], [10], [20], [30]]], dtype=np.uint8)
    >>> AllChannelsHistogramEqualization()(image=image)[..., 0].tolist()
    [[0, 0, 128, 255]]

    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def _augment_images_by_samples(self, images, samples):
        iadt.gate_dtypes(images, augmenter=self, **_UINT8_ONLY_DTYPES)
        results = _new_images_like(images)
        for i, image in enumerate(images):
            results[i] = image if image.size == 0 else _equalize_channels(image)
        return results

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return []


def _equalize_channels(image):
    """Histogram equalization of every channel (a new array)."""
    result = np.empty_like(image)
    for c in range(image.shape[2]):
        plane = np.ascontiguousarray(image[:, :, c])
        result[:, :, c] = _contrast.equalize_plane(plane)
    return result


class HistogramEqualization(_SampledAugmenter):
    """Equalize the histogram of the lightness of images.

    Colour images are converted to `to_colorspace` (Lab by default), the
    histogram of the lightness/intensity channel is equalized and the image is
    converted back, so colours keep their hue. 1-channel images are equalized
    directly; a 4th channel of RGBA-like images is kept unchanged.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no

    Parameters
    ----------
    from_colorspace : {"RGB", "BGR", "HSV", "HLS", "Lab"}, optional
        Colorspace of the input images.
    to_colorspace : {"Lab", "HLS", "HSV"}, optional
        Colorspace whose intensity channel (``L``, ``L``, ``V``) is equalized.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[[10], [10], [20], [30]]], dtype=np.uint8)
    >>> HistogramEqualization()(image=image)[..., 0].tolist()
    [[0, 0, 128, 255]]
    >>> aug = HistogramEqualization(to_colorspace=HistogramEqualization.HSV)

    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    RGB = _colorspace.CSPACE_RGB
    BGR = _colorspace.CSPACE_BGR
    HSV = _colorspace.CSPACE_HSV
    HLS = _colorspace.CSPACE_HLS
    Lab = _colorspace.CSPACE_Lab

    def __init__(
        self,
        from_colorspace=_colorspace.CSPACE_RGB,
        to_colorspace=_colorspace.CSPACE_Lab,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        _check_colorspaces(from_colorspace, to_colorspace)
        self.all_channel_histogram_equalization = AllChannelsHistogramEqualization(
            name=f"{self.name}_AllChannelsHistogramEqualization"
        )
        self.intensity_channel_based_applier = _IntensityChannelBasedApplier(
            from_colorspace, to_colorspace
        )

    def _augment_images_by_samples(self, images, samples):
        iadt.gate_dtypes(images, augmenter=self, **_UINT8_ONLY_DTYPES)
        return _apply_to_intensity_rowwise(
            images,
            self.intensity_channel_based_applier,
            lambda i: _contrast.equalize_plane,
        )

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        applier = self.intensity_channel_based_applier
        return [applier.from_colorspace, applier.to_colorspace]
