"""Augmenters that change pixel values arithmetically.

All of them change only images; heatmaps, segmentation maps and coordinate-based
augmentables pass through untouched.

List of augmenters:

* :class:`Add`
* :class:`AddElementwise`
* :class:`Multiply`
* :class:`MultiplyElementwise`

"""

from __future__ import annotations

import numpy as np

import imgaug.dtypes as iadt
import imgaug.parameters as iap
from imgaug._kernels import arith as _arith
from imgaug.augmenters._sampled import _SampledAugmenter

__all__ = [
    "add_scalar",
    "add_elementwise",
    "multiply_scalar",
    "multiply_elementwise",
    "Add",
    "AddElementwise",
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
