"""Augmenters that change pixel values arithmetically.

All of them change only images; heatmaps, segmentation maps and coordinate-based
augmentables pass through untouched.

List of augmenters:

* :class:`Add`
* :class:`AddElementwise`
* :class:`AdditiveGaussianNoise`
* :class:`AdditiveLaplaceNoise`
* :class:`AdditivePoissonNoise`
* :class:`Multiply`
* :class:`MultiplyElementwise`

"""

from __future__ import annotations

import numpy as np

import imgaug.dtypes as iadt
import imgaug.parameters as iap
import imgaug.random as iarandom
from imgaug._kernels import arith as _arith
from imgaug.augmenters._sampled import _SampledAugmenter
from imgaug.validation import InvalidValueError

__all__ = [
    "add_scalar",
    "add_elementwise",
    "multiply_scalar",
    "multiply_elementwise",
    "Add",
    "AddElementwise",
    "AdditiveGaussianNoise",
    "AdditiveLaplaceNoise",
    "AdditivePoissonNoise",
    "Multiply",
    "MultiplyElementwise",
]

# one gate for add_scalar, add_elementwise, multiply_scalar, multiply_elementwise:
# wider dtypes cannot be widened further for the computation
_ARITH_DTYPES = {
    "allowed": ["bool", "uint8", "uint16", "int8", "int16", "float16", "float32"],
    "disallowed": ["uint32", "uint64", "int32", "int64", "float64", "float128"],
}


# ---------------------------------------------------------------- public kernels
def add_scalar(image, value):
    """Add one value, or one value per channel, to an image.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * ``uint16``, ``int8``, ``int16``, ``float16``, ``float32``: limited (1);
      fully tested
    * ``bool``: limited (1); tested
    * ``uint32``, ``uint64``, ``int32``, ``int64``, ``float64``, ``float128``: no

    (1) The value is clipped to the value range of a dtype of its own kind with
    twice the image's itemsize; the result is rounded and clipped to the image
    dtype (floats to their finite range).

    Parameters
    ----------
    image : ndarray
        Image of shape ``(H,W)`` or ``(H,W,C)``.
    value : number or ndarray
        The value to add; or a 1D array with one value per channel (then the
        image must be 3D). For ``uint8`` images the value is rounded and clipped
        to ``[-255, 255]`` and the sum saturates at 0 and 255.

    Returns
    -------
    ndarray
        New image with the value added, same dtype as the input.

    Examples
    --------
    >>> import numpy as np
    >>> add_scalar(np.array([[0, 100, 250]], dtype=np.uint8), 10).tolist()
    [[10, 110, 255]]

    """
    if image.size == 0:
        return np.copy(image)
    iadt.gate_dtypes(image, augmenter=None, **_ARITH_DTYPES)
    value, _ = _arith.normalize_scalar_value(value, image, "value")
    if image.dtype == np.uint8:
        return _arith.add_uint8(image, value)
    return _arith.add_widened(image, value)


def add_elementwise(image, values):
    """Add an array of values to an image, one value per pixel (and channel).

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * ``uint16``, ``int8``, ``int16``, ``float16``, ``float32``: limited (1);
      fully tested
    * ``bool``: limited (1); tested
    * ``uint32``, ``uint64``, ``int32``, ``int64``, ``float64``, ``float128``: no

    (1) As in :func:`add_scalar`. The first 100 values must lie inside the range
    the values are clipped to, otherwise a ``ValueError`` is raised.

    Parameters
    ----------
    image : ndarray
        Image of shape ``(H,W)`` or ``(H,W,C)``.
    values : ndarray
        Values of shape ``(H,W)``, ``(H,W,1)`` or ``(H,W,C)``; a single channel
        is used for all channels. For ``uint8`` images float values are rounded,
        all values clipped to ``[-255, 255]`` and the sums clipped to
        ``[0, 255]``.

    Returns
    -------
    ndarray
        New image with the values added, same dtype as the input.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[10, 20]], dtype=np.uint8)
    >>> add_elementwise(image, np.array([[-20, 5]])).tolist()
    [[0, 25]]

    """
    if image.size == 0:
        return np.copy(image)
    iadt.gate_dtypes(image, augmenter=None, **_ARITH_DTYPES)
    values = _arith.normalize_elementwise_values(values, image, "values")
    if image.dtype == np.uint8:
        return _arith.add_elementwise_uint8(image, values)
    return _arith.add_elementwise_widened(image, values)


def multiply_scalar(image, multiplier):
    """Multiply an image by one value, or by one value per channel.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * ``uint16``, ``int8``, ``int16``, ``float16``, ``float32``: limited (1);
      fully tested
    * ``bool``: limited (1); tested
    * ``uint32``, ``uint64``, ``int32``, ``int64``, ``float64``, ``float128``: no

    (1) The multiplier is clipped to the value range of a dtype of its own kind
    with ``max(image itemsize, 2 if float else 1)`` bytes; the product is
    computed in the promoted dtype of image and multiplier, then rounded and
    clipped to the image dtype. Float images may overflow to ``inf``.

    Parameters
    ----------
    image : ndarray
        Image of shape ``(H,W)`` or ``(H,W,C)``.
    multiplier : number or ndarray
        The multiplier; or a 1D array with one multiplier per channel (then the
        image must be 3D). For ``uint8`` images the product is computed in
        float32, clipped to ``[0, 255]`` and truncated.

    Returns
    -------
    ndarray
        New multiplied image, same dtype as the input.

    Examples
    --------
    >>> import numpy as np
    >>> multiply_scalar(np.array([[10, 100, 200]], dtype=np.uint8), 1.5).tolist()
    [[15, 150, 255]]

    """
    if image.size == 0:
        return np.copy(image)
    iadt.gate_dtypes(image, augmenter=None, **_ARITH_DTYPES)
    multiplier, _ = _arith.normalize_scalar_value(multiplier, image, "multiplier")
    if image.dtype == np.uint8:
        return _arith.multiply_uint8(image, multiplier)
    return _arith.multiply_widened(image, multiplier)


def multiply_elementwise(image, multipliers):
    """Multiply an image by an array of multipliers, one per pixel (and channel).

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * ``uint16``, ``int8``, ``int16``, ``float16``, ``float32``: limited (1);
      fully tested
    * ``bool``: limited (1); tested
    * ``uint32``, ``uint64``, ``int32``, ``int64``, ``float64``, ``float128``: no

    (1) As in :func:`multiply_scalar`. The first 100 multipliers must lie inside
    the range they are clipped to, otherwise a ``ValueError`` is raised.

    Parameters
    ----------
    image : ndarray
        Image of shape ``(H,W)`` or ``(H,W,C)``.
    multipliers : ndarray
        Multipliers of shape ``(H,W)``, ``(H,W,1)`` or ``(H,W,C)``; a single
        channel is used for all channels. Bool multipliers act as a mask (pixels
        where they are ``False`` become zero). For ``uint8`` images float
        multipliers are used as float32 and integer ones as integers; products
        are clipped to ``[0, 255]`` and truncated.

    Returns
    -------
    ndarray
        New multiplied image, same dtype as the input.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[10, 100]], dtype=np.uint8)
    >>> multiply_elementwise(image, np.array([[0.55, 3.0]])).tolist()
    [[5, 255]]

    """
    if image.size == 0:
        return np.copy(image)
    iadt.gate_dtypes(image, augmenter=None, **_ARITH_DTYPES)
    multipliers = _arith.normalize_elementwise_values(multipliers, image, "multipliers")
    if multipliers.dtype.kind == "b":
        # a mask: zero out where False, stay in the image dtype
        result = np.copy(image)
        result *= multipliers
        return result
    if image.dtype == np.uint8:
        return _arith.multiply_elementwise_uint8(image, multipliers)
    return _arith.multiply_elementwise_widened(image, multipliers)


# --------------------------------------------------------------- sample holders
class _ScalarSamples:
    """One value per row and channel, plus whether a row uses all channels."""

    __slots__ = ("values", "per_channel")

    def __init__(self, values, per_channel):
        self.values = values  # (N, C_max)
        self.per_channel = per_channel  # (N,) bool

    def get_row_value(self, i, image):
        """Return the value of row `i`: a scalar or one value per channel."""
        if self.per_channel[i] and image.ndim == 3:
            return self.values[i, 0 : image.shape[2]]
        return self.values[i, 0]


class _ElementwiseSamples:
    """One array of values per row, shaped ``(H,W,C)`` or ``(H,W,1)``."""

    __slots__ = ("values",)

    def __init__(self, values):
        self.values = values  # list of arrays


def _get_nb_channels_max(shapes):
    """Return the largest channel count of the row shapes (at least 1)."""
    return max([shape[2] if len(shape) >= 3 else 1 for shape in shapes] + [1])


def _draw_scalar_samples(batch, random_state, value_param, per_channel_param):
    # sampling order: per_channel (N,), then value (N, C_max)
    nb_rows = batch.nb_rows
    nb_channels_max = _get_nb_channels_max(batch.get_rowwise_shapes())
    per_channel = per_channel_param.draw_samples((nb_rows,), random_state=random_state)
    values = value_param.draw_samples(
        (nb_rows, nb_channels_max), random_state=random_state
    )
    return _ScalarSamples(values, per_channel > 0.5)


def _draw_elementwise_samples(batch, random_state, value_param, per_channel_param):
    # sampling order: per_channel (N,), then per row the values (H, W, C or 1).
    # One values draw per row, not per batch: parameters such as
    # Normal(loc=Uniform(...)) resample their own arguments once per call, so
    # each image gets its own loc/scale only if every row is drawn separately.
    shapes = batch.get_rowwise_shapes()
    per_channel = per_channel_param.draw_samples(
        (batch.nb_rows,), random_state=random_state
    )
    values = []
    for shape, row_per_channel in zip(shapes, per_channel):
        height, width = shape[0:2]
        nb_channels = shape[2] if len(shape) >= 3 else 1
        size = (height, width, nb_channels if row_per_channel > 0.5 else 1)
        values.append(value_param.draw_samples(size, random_state=random_state))
    return _ElementwiseSamples(values)


def _apply_rowwise(images, samples, func):
    """Return ``func(images[i], value_of_row_i)`` per row, inputs untouched.

    A list receives the new arrays; an array container gives a new array.
    """
    results = [
        image if image.size == 0 else func(image, samples.get_row_value(i, image))
        for i, image in enumerate(images)
    ]
    if isinstance(images, np.ndarray):
        return np.stack(results) if results else images
    images[:] = results
    return images


def _is_uint8_batch_array(images):
    """Tell whether `images` is a non-empty uint8 ``(N,H,W,C)`` array."""
    return (
        isinstance(images, np.ndarray) and images.dtype == np.uint8 and images.size > 0
    )


def _apply_elementwise(images, samples, func):
    for i, image in enumerate(images):
        if image.size == 0:
            continue
        images[i] = func(image, samples.values[i])
    return images


# ---------------------------------------------------------------- additive noise
# The noise augmenters keep 0.4.0's `value` parameter (Normal, Laplace,
# RandomSign(Poisson)) for get_parameters() and for user code, but sample it
# through the distributions below: per row one draw of the distribution's own
# arguments and one seed. The images hook makes the row's noise from the seed by
# inversion (see imgaug._kernels.arith): uint8 images get the integer offsets
# straight from 16 random bits per value, other dtypes compute the values from
# the same bits plus a fraction each, so every dtype gets the same noise. A
# `value` replaced by another parameter is sampled as AddElementwise does.


def _check_noise_scales(scales, cls_name):
    if not np.all(scales >= 0):
        raise InvalidValueError(
            f"Expected sampled scale of {cls_name} to be >= 0, got "
            f"{float(np.min(scales))!r}."
        )


class _GaussianNoise:
    """Noise ``N(loc, scale)``; arguments ``(loc, scale)`` per row."""

    name = "Normal"
    offsets_cdf = staticmethod(_arith.normal_offsets_cdf)
    values_from_uniforms = staticmethod(_arith.normal_values_from_uniforms)

    # sampling order: loc (N,), scale (N,)
    @classmethod
    def draw_arguments(cls, param, nb_rows, random_state):
        loc = param.loc.draw_samples((nb_rows,), random_state=random_state)
        scale = param.scale.draw_samples((nb_rows,), random_state=random_state)
        _check_noise_scales(scale, cls.name)
        return np.stack([loc, scale], axis=1).astype(np.float64)

    @staticmethod
    def get_constant(arguments):
        """Return the value of a row without randomness (else None)."""
        loc, scale = arguments
        return np.float32(loc) if scale == 0 else None


class _LaplaceNoise(_GaussianNoise):
    """Noise ``Laplace(loc, scale)``; arguments ``(loc, scale)`` per row."""

    name = "Laplace"
    offsets_cdf = staticmethod(_arith.laplace_offsets_cdf)
    values_from_uniforms = staticmethod(_arith.laplace_values_from_uniforms)


class _SignedPoissonNoise:
    """Noise ``RandomSign(Poisson(lam))``; arguments ``(lam, p_positive)`` per row."""

    offsets_cdf = staticmethod(_arith.signed_poisson_offsets_cdf)
    values_from_uniforms = staticmethod(_arith.signed_poisson_values_from_uniforms)

    # sampling order: lam (N,)
    @staticmethod
    def draw_arguments(param, nb_rows, random_state):
        lam = param.other_param.lam.draw_samples((nb_rows,), random_state=random_state)
        lam = np.maximum(np.asarray(lam, dtype=np.float64), 0.0)
        p_positive = np.full(nb_rows, float(param.p_positive))
        return np.stack([lam, p_positive], axis=1)

    @staticmethod
    def get_constant(arguments):
        """Return the value of a row without randomness (else None)."""
        return np.int32(0) if arguments[0] == 0 else None


def _get_noise_distribution(param):
    """Return the distribution class that samples `param`, or None."""
    param_type = type(param)
    if param_type is iap.Normal:
        return _GaussianNoise
    if param_type is iap.Laplace:
        return _LaplaceNoise
    if param_type is iap.RandomSign and type(param.other_param) is iap.Poisson:
        return _SignedPoissonNoise
    return None


class _NoiseSamples:
    """Per row: per-channel flag, distribution arguments and a seed.

    With ``values`` set instead (a parameter of another type), one array of
    values per row drawn as for :class:`AddElementwise`.
    """

    __slots__ = ("distribution", "per_channel", "arguments", "seeds", "values")

    def __init__(
        self,
        distribution=None,
        per_channel=None,
        arguments=None,
        seeds=None,
        values=None,
    ):
        self.distribution = distribution
        self.per_channel = per_channel  # (N,) bool
        self.arguments = arguments  # (N, 2) float64
        self.seeds = seeds  # (N,) int32
        self.values = values  # list of arrays, or None


def _draw_noise_samples(batch, random_state, value_param, per_channel_param):
    distribution = _get_noise_distribution(value_param)
    if distribution is None:
        samples = _draw_elementwise_samples(
            batch, random_state, value_param, per_channel_param
        )
        return _NoiseSamples(values=samples.values)
    # sampling order: per_channel (N,), the distribution's arguments, seeds (N,)
    nb_rows = batch.nb_rows
    per_channel = per_channel_param.draw_samples((nb_rows,), random_state=random_state)
    arguments = distribution.draw_arguments(value_param, nb_rows, random_state)
    seeds = random_state.generate_seeds_(nb_rows)
    return _NoiseSamples(distribution, per_channel > 0.5, arguments, seeds)


# bit generators whose raw output uses all 64 bits of a word
_FULL_WORD_BIT_GENERATORS = (
    np.random.SFC64,
    np.random.PCG64,
    np.random.PCG64DXSM,
    np.random.Philox,
)


def _draw_bits_uint16(rng, size):
    """Draw uniform uint16 values of shape `size` from `rng`."""
    bit_generator = rng.generator.bit_generator
    if type(bit_generator) in _FULL_WORD_BIT_GENERATORS:
        # four values per raw 64 bit word: ~2x faster than integers(dtype=uint16)
        # route: tests/perf/test_arithmetic_perf.py::test_draw_bits_uint16
        count = int(np.prod(size))
        words = bit_generator.random_raw((count + 3) // 4)
        # little-endian order: the same values on every platform
        words = words.astype("<u8", copy=False)
        return words.view("<u2")[0:count].reshape(size)
    return rng.integers(0, _arith.NOISE_BUCKETS, size=size, dtype=np.uint16)


def _get_offsets_table(distribution, arguments, tables):
    """Return ``(table, cdf, constant)`` of a row; rows share equal tables."""
    key = tuple(arguments)
    if key not in tables:
        if distribution.get_constant(arguments) is not None:
            tables[key] = (None, None, None)
        else:
            cdf = distribution.offsets_cdf(*arguments)
            table = _arith.build_offsets_table(cdf)
            tables[key] = (table, cdf, _arith.get_constant_offset(table))
    return tables[key]


def _make_row_noise(image, samples, i, tables):
    """Return the noise of row `i`: int16 offsets (uint8) or values; or a scalar.

    A scalar (a number, not an array) means the same value for every pixel.
    """
    distribution = samples.distribution
    arguments = samples.arguments[i]
    constant = distribution.get_constant(arguments)
    if constant is not None:
        return constant
    table, cdf, constant_offset = _get_offsets_table(distribution, arguments, tables)
    is_uint8 = image.dtype == np.uint8
    if is_uint8 and constant_offset is not None:
        return constant_offset
    height, width = image.shape[0:2]
    nb_channels = image.shape[2] if image.ndim == 3 else 1
    size = (height, width, nb_channels if samples.per_channel[i] else 1)
    # sampling order: bits (size), fractions of the mixed values, other fractions
    rng = iarandom.RNG(int(samples.seeds[i]))
    bits = _draw_bits_uint16(rng, size)
    offsets, mixed = _arith.offsets_from_bits(table, bits)
    mixed_fractions = rng.random(mixed.size, dtype=np.float64)
    if is_uint8:
        # 16 random bits per value pick the offset: ~4x faster than float32
        # normal samples, ~25x faster than Poisson ones
        # route: tests/perf/test_arithmetic_perf.py::test_noise_offsets_uint8
        return _arith.resolve_mixed_offsets_(offsets, mixed, bits, cdf, mixed_fractions)
    fractions = rng.random(size, dtype=np.float64)
    uniforms = _arith.get_noise_uniforms(bits, fractions, mixed, mixed_fractions)
    return distribution.values_from_uniforms(*arguments, uniforms)


def _add_noise_to_row(image, samples, i, tables, out):
    """Return image `i` plus its noise (in `out` if given, else a new array)."""
    if samples.values is not None:
        return _store(add_elementwise(image, samples.values[i]), out)
    noise = _make_row_noise(image, samples, i, tables)
    if image.dtype != np.uint8:
        if not isinstance(noise, np.ndarray):
            size = image.shape[0:2] + (1,)
            noise = np.full(size, noise, dtype=np.asarray(noise).dtype)
        return _store(add_elementwise(image, noise), out)
    if not isinstance(noise, np.ndarray):
        # no randomness left: one saturating scalar add
        return _arith.add_uint8(image, np.asarray(noise), out=out)
    return _arith.add_offsets_saturated_uint8(image, noise, out=out)


def _store(result, out):
    if out is None:
        return result
    out[...] = result
    return out


def _augment_images_with_noise(images, samples):
    """Add each row's noise; never writes into `images` (new arrays/array)."""
    tables = {}  # rows with equal distribution arguments share their table
    if isinstance(images, np.ndarray):
        if images.size == 0:
            return images
        out = np.empty(images.shape, dtype=images.dtype)
        for i, image in enumerate(images):
            _add_noise_to_row(image, samples, i, tables, out[i])
        return out
    return [
        image if image.size == 0 else _add_noise_to_row(image, samples, i, tables, None)
        for i, image in enumerate(images)
    ]


# ------------------------------------------------------------------- augmenters
class Add(_SampledAugmenter):
    """Add a value to all pixels of an image.

    Supported dtypes
    ----------------
    See :func:`add_scalar`.

    Parameters
    ----------
    value : number or tuple of number or list of number or StochasticParameter
        Value to add. A number is always used; a tuple ``(a, b)`` samples from
        the uniform range ``[a, b)``; a list samples one of its entries; a
        :class:`imgaug.parameters.StochasticParameter` is sampled once per image
        (or once per image and channel, see `per_channel`). ``uint8`` images
        round the value.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample a separate value for every channel. A float ``p``
        does so for ``p * 100`` percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[[0, 100, 250]]], dtype=np.uint8)
    >>> Add(10)(image=image).tolist()
    [[[10, 110, 255]]]
    >>> aug = Add((-40, 40), per_channel=0.5)

    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        value=(-20, 20),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.value = iap.handle_continuous_param(
            value, "value", value_range=None, tuple_to_uniform=True, list_to_choice=True
        )
        self.per_channel = iap.handle_probability_param(per_channel, "per_channel")

    # sampling order: per_channel (N,), value (N, C_max)
    def _draw_samples(self, batch, random_state):
        return _draw_scalar_samples(batch, random_state, self.value, self.per_channel)

    def _augment_images_by_samples(self, images, samples):
        if _is_uint8_batch_array(images):
            # one vectorised rounding step for all rows, then one saturating
            # cv2 call per row into a new batch array
            # route: tests/perf/test_arithmetic_perf.py::test_add_rows_uint8_batch
            return _arith.add_rows_uint8(images, samples.values, samples.per_channel)
        return _apply_rowwise(images, samples, add_scalar)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.value, self.per_channel]


class AddElementwise(_SampledAugmenter):
    """Add a separately sampled value to every pixel (and channel) of an image.

    Supported dtypes
    ----------------
    See :func:`add_elementwise`.

    Parameters
    ----------
    value : number or tuple of number or list of number or StochasticParameter
        Values to add, sampled once per pixel (and channel, see `per_channel`):
        a number is always used, a tuple ``(a, b)`` samples uniformly from
        ``[a, b)``, a list samples its entries, a stochastic parameter is called
        once per image with the image's ``(H, W, C)`` or ``(H, W, 1)`` shape.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample separate values per channel (otherwise one value per
        pixel is used for all channels). A float ``p`` does so for ``p * 100``
        percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.zeros((1, 2, 1), dtype=np.uint8)
    >>> AddElementwise(5)(image=image).tolist()
    [[[5], [5]]]
    >>> aug = AddElementwise((-40, 40), per_channel=0.5)

    """

    _KINDS = ("images",)

    def __init__(
        self,
        value=(-20, 20),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.value = iap.handle_continuous_param(
            value, "value", value_range=None, tuple_to_uniform=True, list_to_choice=True
        )
        self.per_channel = iap.handle_probability_param(per_channel, "per_channel")

    # sampling order: per_channel (N,), then one value array per row
    def _draw_samples(self, batch, random_state):
        return _draw_elementwise_samples(
            batch, random_state, self.value, self.per_channel
        )

    def _augment_images_by_samples(self, images, samples):
        return _apply_elementwise(images, samples, add_elementwise)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.value, self.per_channel]


class _AdditiveNoise(AddElementwise):
    """Shared sampling and apply path of the additive noise augmenters.

    Subclasses pass their noise distribution as `value` to `AddElementwise`.
    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    # sampling order: per_channel (N,), the distribution's parameters (N,) each
    # (loc, scale or lam), seeds (N,)
    def _draw_samples(self, batch, random_state):
        return _draw_noise_samples(batch, random_state, self.value, self.per_channel)

    def _augment_images_by_samples(self, images, samples):
        return _augment_images_with_noise(images, samples)


def _handle_loc_scale(loc, scale):
    """Turn the `loc` and `scale` arguments of a noise augmenter into parameters."""
    loc_param = iap.handle_continuous_param(
        loc, "loc", value_range=None, tuple_to_uniform=True, list_to_choice=True
    )
    scale_param = iap.handle_continuous_param(
        scale,
        "scale",
        value_range=(0, None),
        tuple_to_uniform=True,
        list_to_choice=True,
    )
    return loc_param, scale_param


class AdditiveGaussianNoise(_AdditiveNoise):
    """Add gaussian noise (white noise) to images.

    Supported dtypes
    ----------------
    See :func:`add_elementwise`. ``uint8`` images receive exactly the rounded
    noise values (clipped to ``[-255, 255]``), sampled as integers.

    Parameters
    ----------
    loc : number or tuple or list or StochasticParameter, optional
        Mean of the noise, sampled once per image (tuple ``(a, b)``: uniformly
        from ``[a, b)``; list: one of its entries).
    scale : number or tuple or list or StochasticParameter, optional
        Standard deviation of the noise (>= 0), sampled once per image like
        `loc`. For ``uint8`` images values above ``0.1 * 255`` are already
        strong noise. 0 adds `loc` only.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample separate noise per channel (otherwise one noise value
        per pixel is added to all channels). A float ``p`` does so for
        ``p * 100`` percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((1, 2, 1), 100, dtype=np.uint8)
    >>> AdditiveGaussianNoise(loc=5, scale=0)(image=image).tolist()
    [[[105], [105]]]
    >>> aug = AdditiveGaussianNoise(scale=(0, 0.1 * 255), per_channel=0.5)

    """

    def __init__(
        self,
        loc=0,
        scale=(0, 15),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        loc_param, scale_param = _handle_loc_scale(loc, scale)
        super().__init__(
            iap.Normal(loc=loc_param, scale=scale_param),
            per_channel=per_channel,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class AdditiveLaplaceNoise(_AdditiveNoise):
    """Add noise from a Laplace distribution to images.

    Laplace noise has heavier tails than gaussian noise of the same scale: most
    pixels change little, a few a lot.

    Supported dtypes
    ----------------
    See :func:`add_elementwise`. ``uint8`` images receive exactly the rounded
    noise values (clipped to ``[-255, 255]``), sampled as integers.

    Parameters
    ----------
    loc : number or tuple or list or StochasticParameter, optional
        Location (peak) of the noise, sampled once per image (tuple ``(a, b)``:
        uniformly from ``[a, b)``; list: one of its entries).
    scale : number or tuple or list or StochasticParameter, optional
        Scale of the noise (>= 0), sampled once per image like `loc`; the
        standard deviation is ``sqrt(2) * scale``. 0 adds `loc` only.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample separate noise per channel. A float ``p`` does so for
        ``p * 100`` percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((1, 2, 1), 100, dtype=np.uint8)
    >>> AdditiveLaplaceNoise(loc=-3, scale=0)(image=image).tolist()
    [[[97], [97]]]
    >>> aug = AdditiveLaplaceNoise(scale=(0, 0.1 * 255), per_channel=0.5)

    """

    def __init__(
        self,
        loc=0,
        scale=(0, 15),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        loc_param, scale_param = _handle_loc_scale(loc, scale)
        super().__init__(
            iap.Laplace(loc=loc_param, scale=scale_param),
            per_channel=per_channel,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class AdditivePoissonNoise(_AdditiveNoise):
    """Add noise from a Poisson distribution, with random signs, to images.

    Each noise value is a Poisson sample that is added or subtracted with equal
    probability; its magnitude is around `lam`.

    Supported dtypes
    ----------------
    See :func:`add_elementwise`. ``uint8`` images receive exactly the noise
    values (clipped to ``[-255, 255]``), sampled from their distribution.

    Parameters
    ----------
    lam : number or tuple or list or StochasticParameter, optional
        Expected value (lambda, >= 0) of the Poisson distribution, sampled once
        per image (tuple ``(a, b)``: uniformly from ``[a, b)``; list: one of its
        entries). For ``uint8`` images values below 10 are sensible. 0 adds
        nothing.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample separate noise per channel. A float ``p`` does so for
        ``p * 100`` percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((1, 2, 1), 100, dtype=np.uint8)
    >>> AdditivePoissonNoise(lam=0)(image=image).tolist()
    [[[100], [100]]]
    >>> aug = AdditivePoissonNoise(lam=(0, 10), per_channel=0.5)

    """

    def __init__(
        self,
        lam=(0.0, 15.0),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        lam_param = iap.handle_continuous_param(
            lam,
            "lam",
            value_range=(0, None),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        super().__init__(
            iap.RandomSign(iap.Poisson(lam=lam_param)),
            per_channel=per_channel,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class Multiply(_SampledAugmenter):
    """Multiply all pixels of an image by a value (brighter or darker image).

    Supported dtypes
    ----------------
    See :func:`multiply_scalar`.

    Parameters
    ----------
    mul : number or tuple of number or list of number or StochasticParameter
        The multiplier. A number is always used; a tuple ``(a, b)`` samples from
        the uniform range ``[a, b)``; a list samples one of its entries; a
        :class:`imgaug.parameters.StochasticParameter` is sampled once per image
        (or once per image and channel, see `per_channel`).
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample a separate multiplier for every channel. A float ``p``
        does so for ``p * 100`` percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[[10, 100, 200]]], dtype=np.uint8)
    >>> Multiply(1.5)(image=image).tolist()
    [[[15, 150, 255]]]
    >>> aug = Multiply((0.5, 1.5), per_channel=0.5)

    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        mul=(0.8, 1.2),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.mul = iap.handle_continuous_param(
            mul, "mul", value_range=None, tuple_to_uniform=True, list_to_choice=True
        )
        self.per_channel = iap.handle_probability_param(per_channel, "per_channel")

    # sampling order: per_channel (N,), mul (N, C_max)
    def _draw_samples(self, batch, random_state):
        return _draw_scalar_samples(batch, random_state, self.mul, self.per_channel)

    def _augment_images_by_samples(self, images, samples):
        if _is_uint8_batch_array(images):
            # all tables built in one vectorised step, then one cv2.LUT per row
            # route: tests/perf/test_arithmetic_perf.py::test_multiply_rows_uint8_batch
            return _arith.multiply_rows_uint8(
                images, samples.values, samples.per_channel
            )
        return _apply_rowwise(images, samples, multiply_scalar)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.mul, self.per_channel]


class MultiplyElementwise(_SampledAugmenter):
    """Multiply every pixel (and channel) by a separately sampled multiplier.

    Supported dtypes
    ----------------
    See :func:`multiply_elementwise`.

    Parameters
    ----------
    mul : number or tuple of number or list of number or StochasticParameter
        Multipliers, sampled once per pixel (and channel, see `per_channel`), as
        for :class:`AddElementwise`. If `mul` is a
        :class:`imgaug.parameters.Binomial` (or a
        :class:`imgaug.parameters.FromLowerResolution` around one), the samples
        are used as a bool mask.
    per_channel : bool or float or StochasticParameter, optional
        Whether to sample separate multipliers per channel. A float ``p`` does so
        for ``p * 100`` percent of all images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((1, 2, 1), 10, dtype=np.uint8)
    >>> MultiplyElementwise(2.0)(image=image).tolist()
    [[[20], [20]]]
    >>> aug = MultiplyElementwise((0.5, 1.5), per_channel=0.5)

    """

    _KINDS = ("images",)

    def __init__(
        self,
        mul=(0.8, 1.2),
        per_channel=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.mul = iap.handle_continuous_param(
            mul, "mul", value_range=None, tuple_to_uniform=True, list_to_choice=True
        )
        self.per_channel = iap.handle_probability_param(per_channel, "per_channel")

    # sampling order: per_channel (N,), then one multiplier array per row
    def _draw_samples(self, batch, random_state):
        samples = _draw_elementwise_samples(
            batch, random_state, self.mul, self.per_channel
        )
        if _is_binomial_like(self.mul):
            samples.values = [values > 0.5 for values in samples.values]
        return samples

    def _augment_images_by_samples(self, images, samples):
        return _apply_elementwise(images, samples, multiply_elementwise)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.mul, self.per_channel]


def _is_binomial_like(param):
    """Tell whether `param` yields only 0/1 (a Binomial, maybe at lower resolution)."""
    if isinstance(param, iap.Binomial):
        return True
    if isinstance(param, iap.FromLowerResolution):
        return isinstance(param.other_param, iap.Binomial)
    return False
