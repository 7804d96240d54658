"""Augmenters that add weather effects: snow, clouds, fog, snowflakes and rain.

They change only images (heatmaps, segmentation maps and coordinates pass through
untouched) and are tuned for uint8 RGB images.

List of augmenters:

* :class:`FastSnowyLandscape`
* :class:`CloudLayer`
* :class:`Clouds`
* :class:`Fog`
* :class:`SnowflakesLayer`
* :class:`Snowflakes`
* :class:`RainLayer`
* :class:`Rain`

"""

from __future__ import annotations

import functools
import numbers

import cv2
import numpy as np

import imgaug.dtypes as iadt
import imgaug.parameters as iap
import imgaug.random as iarandom
from imgaug._kernels import blend as _blend_kernels
from imgaug._kernels import colorspace as _cs
from imgaug._kernels import contrast as _contrast
from imgaug._kernels import lut as _lut
from imgaug._kernels import motion_blur as _motion_blur
from imgaug.augmenters import arithmetic, blur, meta
from imgaug.augmenters._rowwise import map_rows
from imgaug.augmenters._sampled import _SampledAugmenter
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "FastSnowyLandscape",
    "CloudLayer",
    "Clouds",
    "Fog",
    "SnowflakesLayer",
    "Snowflakes",
    "RainLayer",
    "Rain",
]

_ALL_OTHER_THAN_UINT8 = [
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
]
_UINT8_DTYPES = {"allowed": ["uint8"], "disallowed": _ALL_OTHER_THAN_UINT8}
_CLOUD_DTYPES = {
    "allowed": ["uint8", "float16", "float32", "float64"],
    "disallowed": [
        "bool",
        "uint16",
        "uint32",
        "uint64",
        "int8",
        "int16",
        "int32",
        "int64",
    ],
}

#: the largest ``size_px_max`` of ``iap.FrequencyNoise``
_NOISE_SIZE_MAX = 10000
#: size of the coarse intensity grid of clouds and of the flake density gate
_COARSE_GRID = (8, 8)


def _gate_images(images, dtypes, augmenter):
    if isinstance(images, np.ndarray):
        arrays = [images]
    else:
        arrays = list(images)
    if any(image.dtype != np.uint8 for image in arrays):
        iadt.gate_dtypes(arrays, augmenter=augmenter, **dtypes)


def _is_empty(image):
    return image.size == 0


def _resize_cubic(array, height, width):
    """Resize a 2D uint8/float32 array with bicubic interpolation (cv2)."""
    if array.shape == (height, width):
        return array
    return cv2.resize(
        np.ascontiguousarray(array),
        (int(width), int(height)),
        interpolation=cv2.INTER_CUBIC,
    )


def _renamed(build, argname):
    """Call ``build()``; errors name the augmenter's argument `argname`."""
    try:
        return build()
    except (InvalidTypeError, InvalidValueError) as exc:
        raise type(exc)(f"Invalid argument '{argname}': {exc}") from None


def _tile_channels(plane, shape):
    """Repeat an ``(H, W)`` uint8 plane to the ``(H, W, C)`` shape `shape`."""
    nb_channels = shape[2]
    if nb_channels == 1:
        return plane.reshape(shape)
    if nb_channels <= 512:
        # one cv2 pass; numpy's broadcast copy is ~20x slower
        return cv2.merge([plane] * nb_channels).reshape(shape)
    return np.repeat(plane[:, :, np.newaxis], nb_channels, axis=2)


@functools.lru_cache(maxsize=64)
def _cubic_upscale_matrices(small, large):
    """Row and column matrices of cv2's bicubic resize from `small` to `large`."""
    rows = cv2.resize(
        np.eye(small[0], dtype=np.float32),
        (small[0], large[0]),
        interpolation=cv2.INTER_CUBIC,
    )
    cols = cv2.resize(
        np.eye(small[1], dtype=np.float32),
        (large[1], small[1]),
        interpolation=cv2.INTER_CUBIC,
    )
    rows.flags.writeable = False
    cols.flags.writeable = False
    return rows, cols


def _upscale_grid_cubic(grid, height, width):
    """Bicubic upscale of a small float32 grid (as cv2.resize, via two products).

    Resizing is separable, so ``rows @ grid @ cols`` with the resize matrices of
    unit vectors is the same resize; for an 8x8 grid it is 2x faster.
    """
    # route: tests/perf/test_weather_perf.py::test_upscale_grid_cubic
    if grid.shape == (height, width) or height == 0 or width == 0:
        return _resize_cubic(grid, height, width)
    rows, cols = _cubic_upscale_matrices(grid.shape, (height, width))
    return (rows @ grid.astype(np.float32)) @ cols


def _blend_towards(image, target, alpha):
    """``image + alpha * (target - image)`` of uint8 images, rounded.

    `alpha` is an ``(H, W)`` float32 map in ``[0, 1]``.
    """
    # route: tests/perf/test_weather_perf.py::test_blend_towards
    return _blend_kernels.blend_uint8_mask(target, image, alpha)


def _check_number_pair(value, argname):
    if (
        not isinstance(value, tuple)
        or len(value) != 2
        or not all(
            isinstance(v, numbers.Real) and not isinstance(v, bool) for v in value
        )
    ):
        raise InvalidTypeError(
            f"Expected argument '{argname}' to be a tuple of two numbers, got "
            f"{value!r}."
        )
    if value[0] > value[1]:
        raise InvalidValueError(
            f"Expected argument '{argname}' to be an interval (low, high) with low "
            f"<= high, got {value!r}."
        )
    return value


# --------------------------------------------------------------------------------
# FastSnowyLandscape
# --------------------------------------------------------------------------------
class _FastSnowyLandscapeSamples:
    __slots__ = ("thresholds", "multipliers")

    def __init__(self, thresholds, multipliers):
        self.thresholds = thresholds
        self.multipliers = multipliers


def _lightness_table(threshold, multiplier):
    """Return the 3-channel HLS table that brightens dark lightness values."""
    values = np.arange(256, dtype=np.float64)
    brightened = np.clip(np.round(values * multiplier), 0, 255)
    lightness = np.where(values < threshold, brightened, values).astype(np.uint8)
    table = np.repeat(np.arange(256, dtype=np.uint8)[:, np.newaxis], 3, axis=1)
    table[:, 1] = lightness
    return table


class FastSnowyLandscape(_SampledAugmenter):
    """Turn dark parts of landscapes white, as if covered in snow.

    The images are converted to HLS; every lightness value below
    `lightness_threshold` is multiplied by `lightness_multiplier` (rounded,
    clipped) and the image is converted back.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    lightness_threshold : number or tuple of number or list of number or imgaug.parameters.StochasticParameter, optional
        Lightness values (``0..255``) below this are brightened; sampled per
        image.
    lightness_multiplier : number or tuple of number or list of number or imgaug.parameters.StochasticParameter, optional
        Factor (``>= 0``) for those lightness values; sampled per image.
    from_colorspace : str, optional
        Colorspace of the input images (a ``CSPACE_*`` constant).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.FastSnowyLandscape(lightness_threshold=100,
    ...                              lightness_multiplier=2.0)
    >>> aug(image=np.full((1, 1, 3), 40, dtype=np.uint8))[0, 0].tolist()
    [80, 80, 80]

    """  # noqa: E501

    _KINDS = ("images",)
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        lightness_threshold=(100, 255),
        lightness_multiplier=(1.0, 4.0),
        from_colorspace=_cs.CSPACE_RGB,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.lightness_threshold = iap.handle_continuous_param(
            lightness_threshold,
            "lightness_threshold",
            value_range=(0, 255),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        self.lightness_multiplier = iap.handle_continuous_param(
            lightness_multiplier,
            "lightness_multiplier",
            value_range=(0, None),
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
                f"{sorted(_cs.CSPACE_ALL - {_cs.CSPACE_GRAY})}, got "
                f"{from_colorspace!r}."
            )
        self.from_colorspace = from_colorspace

    # sampling order: lightness_threshold, lightness_multiplier (one each per row)
    def _draw_samples(self, batch, random_state):
        nb_rows = batch.nb_rows
        thresholds = self.lightness_threshold.draw_samples(
            (nb_rows,), random_state=random_state
        )
        multipliers = self.lightness_multiplier.draw_samples(
            (nb_rows,), random_state=random_state
        )
        return _FastSnowyLandscapeSamples(
            np.asarray(thresholds, dtype=np.float64),
            np.asarray(multipliers, dtype=np.float64),
        )

    def _augment_images_by_samples(self, images, samples):
        _gate_images(images, _UINT8_DTYPES, self)
        from_space = self.from_colorspace

        def snow(i, image):
            if image.shape[0] == 0 or image.shape[1] == 0:
                return None
            nb_channels = image.shape[2] if image.ndim == 3 else 1
            if nb_channels != 3:
                raise InvalidValueError(
                    "Expected every image given to FastSnowyLandscape to have 3 "
                    f"channels, got shape {image.shape} for 'images[{i}]'."
                )
            hls = _cs.convert(image, from_space, _cs.CSPACE_HLS)
            table = _lightness_table(samples.thresholds[i], samples.multipliers[i])
            hls = _lut.apply_table(hls, table, out=hls)
            return _cs.convert_(hls, _cs.CSPACE_HLS, from_space)

        return map_rows(images, snow)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.lightness_threshold, self.lightness_multiplier]


# --------------------------------------------------------------------------------
# clouds and fog
# --------------------------------------------------------------------------------
class _CloudLayerSamples:
    __slots__ = (
        "intensity_mean",
        "alpha_min",
        "alpha_multiplier",
        "sparsity",
        "density_multiplier",
        "rngs",
    )

    def __init__(self, values, rngs):
        for name, value in zip(self.__slots__[0:5], values):
            setattr(self, name, value)
        self.rngs = rngs

    def row(self, index):
        return [float(getattr(self, name)[index]) for name in self.__slots__[0:5]]


class CloudLayer(_SampledAugmenter):
    """Add one layer of clouds (or fog) to images.

    Per image, a cloud intensity map (a coarse random ``8 x 8`` grid plus fine
    frequency noise around `intensity_mean`) is blended into the image with an
    opacity map derived from frequency noise::

        alpha = clip(((alpha_min + alpha_multiplier * noise) ** sparsity)
                     * density_multiplier, 0, 1)
        image = (1 - alpha) * image + alpha * intensity

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * ``float16``, ``float32``, ``float64``: yes; tested (the intensities are
      on the ``0..255`` scale for these too)
    * ``bool``, ``uint16``, ``uint32``, ``uint64``, ``int8``, ``int16``,
      ``int32``, ``int64``: no (``ValueError``)
    * ``float128``: no

    Parameters
    ----------
    intensity_mean : number or tuple of number or list of number or imgaug.parameters.StochasticParameter
        Mean cloud brightness (``0..255``), sampled per image.
    intensity_freq_exponent : number or tuple of number or list of number or imgaug.parameters.StochasticParameter
        Exponent of the frequency noise of the fine intensity structure.
    intensity_coarse_scale : number or tuple of number or list of number or imgaug.parameters.StochasticParameter
        Standard deviation of the coarse ``8 x 8`` intensity grid.
    alpha_min : number or tuple of number or list of number or imgaug.parameters.StochasticParameter
        Smallest opacity before the sparsity exponent, sampled per image.
    alpha_multiplier : number or tuple of number or list of number or imgaug.parameters.StochasticParameter
        Factor of the opacity noise, sampled per image.
    alpha_size_px_max : int or tuple of int or list of int or imgaug.parameters.StochasticParameter
        Largest side of the low-resolution opacity noise.
    alpha_freq_exponent : number or tuple of number or list of number or imgaug.parameters.StochasticParameter
        Exponent of the frequency noise of the opacity.
    sparsity : number or tuple of number or list of number or imgaug.parameters.StochasticParameter
        Exponent applied to the opacity (higher: thinner clouds).
    density_multiplier : number or tuple of number or list of number or imgaug.parameters.StochasticParameter
        Final factor of the opacity (higher: denser clouds).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.CloudLayer(
    ...     intensity_mean=240, intensity_freq_exponent=-2.0,
    ...     intensity_coarse_scale=10, alpha_min=0, alpha_multiplier=0.5,
    ...     alpha_size_px_max=8, alpha_freq_exponent=-2.0, sparsity=0.9,
    ...     density_multiplier=0.8)
    >>> aug(image=np.zeros((8, 8, 3), dtype=np.uint8)).shape
    (8, 8, 3)

    """  # noqa: E501

    _KINDS = ("images",)
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        intensity_mean,
        intensity_freq_exponent,
        intensity_coarse_scale,
        alpha_min,
        alpha_multiplier,
        alpha_size_px_max,
        alpha_freq_exponent,
        sparsity,
        density_multiplier,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.intensity_mean = iap.handle_continuous_param(
            intensity_mean, "intensity_mean"
        )
        self.intensity_freq_exponent = intensity_freq_exponent
        self.intensity_coarse_scale = intensity_coarse_scale
        self.alpha_min = iap.handle_continuous_param(alpha_min, "alpha_min")
        self.alpha_multiplier = iap.handle_continuous_param(
            alpha_multiplier, "alpha_multiplier"
        )
        self.alpha_size_px_max = alpha_size_px_max
        self.alpha_freq_exponent = alpha_freq_exponent
        self.sparsity = iap.handle_continuous_param(sparsity, "sparsity")
        self.density_multiplier = iap.handle_continuous_param(
            density_multiplier, "density_multiplier"
        )
        # the raw arguments above are 0.4.0 attributes; these are their parameters
        # (built once, so bad values fail here)
        self._coarse_noise = _renamed(
            lambda: iap.Normal(0.0, intensity_coarse_scale), "intensity_coarse_scale"
        )
        _renamed(
            lambda: iap.FrequencyNoise(exponent=alpha_freq_exponent),
            "alpha_freq_exponent",
        )
        self._alpha_noise = _renamed(
            lambda: iap.FrequencyNoise(
                exponent=alpha_freq_exponent,
                size_px_max=alpha_size_px_max,
                upscale_method="cubic",
            ),
            "alpha_size_px_max",
        )
        _renamed(
            lambda: iap.FrequencyNoise(exponent=intensity_freq_exponent),
            "intensity_freq_exponent",
        )

    # sampling order: intensity_mean, alpha_min, alpha_multiplier, sparsity,
    # density_multiplier (one each per row), then one RNG per row for its maps
    def _draw_samples(self, batch, random_state):
        size = (batch.nb_rows,)
        values = [
            np.asarray(param.draw_samples(size, random_state=random_state))
            for param in self._scalar_params()
        ]
        return _CloudLayerSamples(values, random_state.derive_rngs_(batch.nb_rows))

    def _scalar_params(self):
        return (
            self.intensity_mean,
            self.alpha_min,
            self.alpha_multiplier,
            self.sparsity,
            self.density_multiplier,
        )

    def _augment_images_by_samples(self, images, samples):
        _gate_images(images, _CLOUD_DTYPES, self)

        def draw(i, image):
            if _is_empty(image):
                return None
            return self._draw_on_image(image, samples.row(i), samples.rngs[i])

        return map_rows(images, draw)

    def draw_on_image(self, image, random_state):
        """Add one cloud layer to a single image.

        Parameters
        ----------
        image : numpy.ndarray
            ``(H, W)`` or ``(H, W, C)`` image.
        random_state : None or int or imgaug.random.RNG or numpy.random.Generator
            Random number generator for all samples of this image.

        Returns
        -------
        numpy.ndarray
            New image with clouds, same shape and dtype.

        """
        _gate_images([image], _CLOUD_DTYPES, self)
        if _is_empty(image):
            return np.copy(image)
        rng = _as_rng(random_state)
        return self._draw_on_image(image, self._draw_row(rng), rng)

    def generate_maps(self, image, random_state):
        """Generate the opacity and intensity maps of one cloud layer.

        Parameters
        ----------
        image : numpy.ndarray
            Image whose height and width the maps get.
        random_state : None or int or imgaug.random.RNG or numpy.random.Generator
            Random number generator for all samples.

        Returns
        -------
        tuple of numpy.ndarray
            ``(alpha, intensity)``, two ``(H, W)`` float32 arrays: opacities in
            ``[0, 1]`` and cloud brightness values (around ``0..255``).

        """
        rng = _as_rng(random_state)
        return self._generate_maps(image.shape[0:2], self._draw_row(rng), rng)

    def _draw_row(self, rng):
        return [
            float(param.draw_sample(random_state=rng))
            for param in self._scalar_params()
        ]

    def _generate_maps(self, size, row, rng):
        height, width = size
        mean, alpha_min, alpha_multiplier, sparsity, density = row
        # coarse structure: mean + normal noise on a small grid, upscaled (the
        # fine structure's offset -mean/5 is added here: cubic weights sum to 1)
        coarse = self._coarse_noise.draw_samples(_COARSE_GRID, random_state=rng)
        coarse = np.asarray(coarse, dtype=np.float32) + np.float32(mean - mean / 5)
        intensity = _upscale_grid_cubic(coarse, height, width)
        # fine structure: full-resolution frequency noise in [-mean/5, mean/5]
        fine_noise = iap.FrequencyNoise(
            exponent=self.intensity_freq_exponent,
            size_px_max=min(max(height, width, 1), _NOISE_SIZE_MAX),
            upscale_method="cubic",
        )
        fine = fine_noise.draw_samples((height, width), random_state=rng)
        intensity = cv2.scaleAdd(fine, 2 * mean / 5, intensity)
        noise = self._alpha_noise.draw_samples((height, width), random_state=rng)
        return _cloud_alpha(noise, alpha_min, alpha_multiplier, sparsity, density), (
            intensity
        )

    def _draw_on_image(self, image, row, rng):
        alpha, intensity = self._generate_maps(image.shape[0:2], row, rng)
        if image.dtype == np.uint8:
            # intensities clipped to [0, 255] (and rounded), blended, rounded
            np.clip(intensity, 0, 255, out=intensity)
            target = _tile_channels(np.round(intensity).astype(np.uint8), image.shape)
            return _blend_towards(image, target, alpha)
        if image.ndim == 3:
            alpha = alpha[:, :, np.newaxis]
            intensity = intensity[:, :, np.newaxis]
        work = np.float64 if image.dtype == np.float64 else np.float32
        result = image.astype(work)
        result += alpha.astype(work) * (intensity.astype(work) - result)
        return result.astype(image.dtype)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [
            self.intensity_mean,
            self.alpha_min,
            self.alpha_multiplier,
            self.alpha_size_px_max,
            self.alpha_freq_exponent,
            self.intensity_freq_exponent,
            self.sparsity,
            self.density_multiplier,
            self.intensity_coarse_scale,
        ]


def _cloud_alpha(noise, alpha_min, alpha_multiplier, sparsity, density):
    """``clip(((alpha_min + alpha_multiplier * noise) ** sparsity) * density)``.

    The noise is upscaled through uint8 (multiples of 1/255), so the formula is a
    256-entry table (noise drawn at full resolution is rounded to those steps).
    """
    # route: tests/perf/test_weather_perf.py::test_cloud_alpha_table
    levels = np.arange(256, dtype=np.float64) / 255.0
    base = np.maximum(alpha_min + alpha_multiplier * levels, 0.0)  # no NaNs
    table = np.clip((base**sparsity) * density, 0.0, 1.0).astype(np.float32)
    indices = np.rint(noise * np.float32(255.0)).astype(np.uint8)
    return cv2.LUT(indices, table).reshape(noise.shape)


def _as_rng(random_state):
    if isinstance(random_state, iarandom.RNG):
        return random_state
    return iarandom.RNG(random_state)


def _layer_seeds(seed, random_state, nb_layers):
    """Seeds of the layers of a weather container: derived from its own seed.

    0.4.0 gave all layers the same seed (identical layers); without a seed the
    layers share the global RNG as before.
    """
    argname = "seed"
    if seed is None and not meta._is_not_given(random_state):
        seed, argname = random_state, "random_state"
    if seed is None:
        return [None] * nb_layers
    return meta._rng_from_argument(seed, argname).copy().derive_rngs_(nb_layers)


class Clouds(meta.SomeOf):
    """Add clouds to images: one or two cloud layers of different sizes.

    Runs one or both of two :class:`CloudLayer` children: a layer of large soft
    clouds and one of smaller, denser structures.

    Supported dtypes
    ----------------
    See :class:`CloudLayer`.

    Parameters
    ----------
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> iaa.Clouds()(image=np.zeros((8, 8, 3), dtype=np.uint8)).shape
    (8, 8, 3)

    """

    def __init__(
        self,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        seeds = _layer_seeds(seed, random_state, 2)
        layers = [
            CloudLayer(
                intensity_mean=(196, 255),
                intensity_freq_exponent=(-2.5, -2.0),
                intensity_coarse_scale=10,
                alpha_min=0,
                alpha_multiplier=(0.25, 0.75),
                alpha_size_px_max=(2, 8),
                alpha_freq_exponent=(-2.5, -2.0),
                sparsity=(0.8, 1.0),
                density_multiplier=(0.5, 1.0),
                seed=seeds[0],
                deterministic=deterministic,
            ),
            CloudLayer(
                intensity_mean=(196, 255),
                intensity_freq_exponent=(-2.0, -1.0),
                intensity_coarse_scale=10,
                alpha_min=0,
                alpha_multiplier=(0.5, 1.0),
                alpha_size_px_max=(64, 128),
                alpha_freq_exponent=(-2.0, -1.0),
                sparsity=(1.0, 1.4),
                density_multiplier=(0.8, 1.5),
                seed=seeds[1],
                deterministic=deterministic,
            ),
        ]
        super().__init__(
            (1, 2),
            children=layers,
            random_order=False,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class Fog(CloudLayer):
    """Add fog to images: one dense, bright, soft :class:`CloudLayer`.

    Supported dtypes
    ----------------
    See :class:`CloudLayer`.

    Parameters
    ----------
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> iaa.Fog()(image=np.zeros((8, 8, 3), dtype=np.uint8)).shape
    (8, 8, 3)

    """

    def __init__(
        self,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            intensity_mean=(220, 255),
            intensity_freq_exponent=(-2.0, -1.5),
            intensity_coarse_scale=2,
            alpha_min=(0.7, 0.9),
            alpha_multiplier=0.3,
            alpha_size_px_max=(2, 8),
            alpha_freq_exponent=(-4.0, -2.0),
            sparsity=0.9,
            density_multiplier=(0.4, 0.9),
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


# --------------------------------------------------------------------------------
# snowflakes and rain
# --------------------------------------------------------------------------------
class _SnowflakesLayerSamples:
    __slots__ = (
        "density_uniformity",
        "flake_size",
        "flake_size_uniformity",
        "angle",
        "speed",
        "blur_sigma_fraction",
        "rngs",
    )

    def __init__(self, values, rngs):
        for name, value in zip(self.__slots__[0:6], values):
            setattr(self, name, value)
        self.rngs = rngs

    def row(self, index):
        return [float(getattr(self, name)[index]) for name in self.__slots__[0:6]]


class SnowflakesLayer(_SampledAugmenter):
    """Add one layer of falling snowflakes to images.

    Per image, salt noise (bright points with probability `density`) is drawn at
    a reduced resolution (``1 - flake_size`` of the image size), gated by a
    coarse random density map, upscaled (which turns points into flakes),
    slightly blurred, motion-blurred along `angle` by an amount given by
    `speed`, contrast-adjusted and added to the image.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested (images with 1 or 3 channels)
    * all others: no (``ValueError``)

    Parameters
    ----------
    density : number or tuple of number or list of number or imgaug.parameters.StochasticParameter
        Probability of a flake per pixel of the low-resolution noise.
    density_uniformity : number or tuple of number or list of number or imgaug.parameters.StochasticParameter
        How evenly the flakes spread over the image, in ``[0, 1]``.
    flake_size : number or tuple of number or list of number or imgaug.parameters.StochasticParameter
        Size of the flakes, in ``[0.0001, 1]`` (noise drawn at ``1 - flake_size``
        of the image size).
    flake_size_uniformity : number or tuple of number or list of number or imgaug.parameters.StochasticParameter
        How similar the flake sizes are, in ``[0, 1]``.
    angle : number or tuple of number or list of number or imgaug.parameters.StochasticParameter
        Direction of the fall in degrees (``0``: straight down).
    speed : number or tuple of number or list of number or imgaug.parameters.StochasticParameter
        Length of the motion blur as a fraction of the larger image side, in
        ``[0, 1]``.
    blur_sigma_fraction : number or tuple of number or list of number or imgaug.parameters.StochasticParameter
        Gaussian blur sigma as a fraction of the larger image side, in ``[0, 1]``.
    blur_sigma_limits : tuple of number, optional
        ``(min, max)`` the sigma is clipped to.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.SnowflakesLayer(
    ...     density=0.05, density_uniformity=0.5, flake_size=0.5,
    ...     flake_size_uniformity=0.5, angle=0, speed=0.01,
    ...     blur_sigma_fraction=0.0001)
    >>> aug(image=np.zeros((8, 8, 3), dtype=np.uint8)).shape
    (8, 8, 3)

    """  # noqa: E501

    _KINDS = ("images",)
    _IMAGES_OUT_OF_PLACE = True

    #: the layer adds a gaussian blur before the motion blur
    _GAUSSIAN_BLUR = True

    def __init__(
        self,
        density,
        density_uniformity,
        flake_size,
        flake_size_uniformity,
        angle,
        speed,
        blur_sigma_fraction,
        blur_sigma_limits=(0.5, 3.75),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.density = density
        # `density` is stored raw (0.4.0); it acts like Salt(p=density)
        self._salt = arithmetic.Salt(
            p=iap.handle_probability_param(
                density, "density", tuple_to_uniform=True, list_to_choice=True
            )
        )
        self.density_uniformity = iap.handle_continuous_param(
            density_uniformity, "density_uniformity", value_range=(0.0, 1.0)
        )
        self.flake_size = iap.handle_continuous_param(
            flake_size, "flake_size", value_range=(0.0 + 1e-4, 1.0)
        )
        self.flake_size_uniformity = iap.handle_continuous_param(
            flake_size_uniformity, "flake_size_uniformity", value_range=(0.0, 1.0)
        )
        self.angle = iap.handle_continuous_param(angle, "angle")
        self.speed = iap.handle_continuous_param(speed, "speed", value_range=(0.0, 1.0))
        self.blur_sigma_fraction = iap.handle_continuous_param(
            blur_sigma_fraction, "blur_sigma_fraction", value_range=(0.0, 1.0)
        )
        self.blur_sigma_limits = _check_number_pair(
            blur_sigma_limits, "blur_sigma_limits"
        )
        self.gate_noise_size = _COARSE_GRID

    # sampling order: density_uniformity, flake_size, flake_size_uniformity,
    # angle, speed, blur_sigma_fraction (one each per row), then one RNG per row
    # for its noise
    def _draw_samples(self, batch, random_state):
        size = (batch.nb_rows,)
        values = [
            np.asarray(param.draw_samples(size, random_state=random_state))
            for param in self._scalar_params()
        ]
        return _SnowflakesLayerSamples(values, random_state.derive_rngs_(batch.nb_rows))

    def _scalar_params(self):
        return (
            self.density_uniformity,
            self.flake_size,
            self.flake_size_uniformity,
            self.angle,
            self.speed,
            self.blur_sigma_fraction,
        )

    def _augment_images_by_samples(self, images, samples):
        _gate_images(images, _UINT8_DTYPES, self)

        def draw(i, image):
            self._check_image(image, f"images[{i}]")
            if _is_empty(image):
                return None
            return self._draw_on_image(image, samples.row(i), samples.rngs[i])

        return map_rows(images, draw)

    def _check_image(self, image, argname):
        if image.ndim != 3 or image.shape[2] not in (1, 3):
            raise InvalidValueError(
                f"Expected '{argname}' of {type(self).__name__} to have shape "
                f"(H, W, 1) or (H, W, 3), got {image.shape}."
            )

    def draw_on_image(self, image, random_state):
        """Add one layer of flakes to a single image.

        Parameters
        ----------
        image : numpy.ndarray
            ``(H, W, 1)`` or ``(H, W, 3)`` uint8 image.
        random_state : None or int or imgaug.random.RNG or numpy.random.Generator
            Random number generator for all samples of this image.

        Returns
        -------
        numpy.ndarray
            New image, same shape and dtype.

        """
        self._check_image(image, "image")
        _gate_images([image], _UINT8_DTYPES, self)
        if _is_empty(image):
            return np.copy(image)
        rng = _as_rng(random_state)
        row = [
            float(param.draw_sample(random_state=rng))
            for param in self._scalar_params()
        ]
        return self._draw_on_image(image, row, rng)

    def _draw_on_image(self, image, row, rng):
        (density_uniformity, flake_size, flake_size_uniformity, angle, speed,
         blur_sigma_fraction) = row  # fmt: skip
        height, width = image.shape[0:2]
        noise = self._generate_noise(height, width, flake_size, density_uniformity, rng)
        if self._GAUSSIAN_BLUR:
            sigma = float(
                np.clip(
                    max(height, width) * blur_sigma_fraction, *self.blur_sigma_limits
                )
            )
            noise = blur.blur_gaussian_(noise, sigma)
        blur_length = int(speed * max(height, width))
        if blur_length > 1:
            noise = _motion_blur.apply_motion_blur(
                noise, max(blur_length, 3), angle, 1.0
            )
        return self._blend(image, noise, speed, flake_size_uniformity)

    def _generate_noise(self, height, width, flake_size, density_uniformity, rng):
        """Salt noise at the flake resolution, gated and upscaled: (H, W) uint8."""
        factor = float(np.clip(1.0 - flake_size, 0.001, 1.0))
        height_small = max(1, int(height * factor))
        width_small = max(1, int(width * factor))
        mask = self._draw_salt_mask((height_small, width_small), rng)
        # flat indices of the salt pixels: one pass over the mask, then cheap
        # take/put (5x faster than a boolean gather and a boolean scatter)
        # route: tests/perf/test_weather_perf.py::test_salt_gate_by_indices
        salt = np.flatnonzero(mask)
        values = self._salt.replacement.draw_samples((salt.size,), random_state=rng)
        gate = rng.beta(1.0, max(1.0 - density_uniformity, 1e-4), size=_COARSE_GRID)
        gate = _upscale_grid_cubic(gate.astype(np.float32), height_small, width_small)
        # only the salt pixels are non-zero: gate them alone
        gated = np.clip(np.round(values), 0, 255).astype(np.float32)
        gated *= np.clip(gate.ravel().take(salt), 0.0, 1.0)
        noise = np.zeros(height_small * width_small, dtype=np.uint8)
        noise.put(salt, gated.astype(np.uint8))
        return _resize_cubic(noise.reshape(height_small, width_small), height, width)

    def _draw_salt_mask(self, shape, rng):
        """Where the salt noise sets a pixel: ``Salt(p=density)``'s mask."""
        param = self._salt.mask
        if isinstance(param, iap.Binomial):
            # one probability per image, then 16 random bits per pixel against it
            # in steps of 1/65536: a binomial draw's law (to 2**-16), ~3x faster
            # than comparing float draws
            # route: tests/perf/test_weather_perf.py::test_salt_mask_from_bits
            probability = float(param.p.draw_sample(random_state=rng))
            threshold = round(min(max(probability, 0.0), 1.0) * 65536)
            if threshold >= 65536:
                return np.ones(shape, dtype=bool)
            return arithmetic._draw_bits_uint16(rng, shape) < np.uint16(threshold)
        return np.asarray(param.draw_samples(shape, random_state=rng)) > 0.5

    @staticmethod
    def _blend(image, noise, speed, flake_size_uniformity):
        # A gamma curve thins the flakes' halos, a gain makes them visible again;
        # then a faint sum gives a hazy glow and a maximum draws the flakes:
        #   clip(max(clip(image + a*gain*gamma(noise)), b*gain*gamma(noise)))
        # As the image is integral, truncating that equals truncating the two
        # noise terms first: two 256-entry tables and saturating uint8 ops.
        gamma = 1.0 + 2.0 * (1.0 - flake_size_uniformity)
        gain = 1.0 + 5.0 * (1.0 - flake_size_uniformity)
        flakes = _contrast.gamma_tables_uint8(gamma).astype(np.float64) * gain
        glow_table = np.clip(np.floor((0.1 + 20 * speed) * flakes), 0, 255)
        flake_table = np.clip(np.floor((1.0 + 20 * speed) * flakes), 0, 255)
        glow = _tile_channels(
            _lut.apply_table(noise, glow_table.astype(np.uint8)), image.shape
        )
        flake = _tile_channels(
            _lut.apply_table(noise, flake_table.astype(np.uint8)), image.shape
        )
        result = cv2.add(np.ascontiguousarray(image), glow)
        result = cv2.max(result, flake, dst=result)
        return result.reshape(image.shape)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [
            self.density,
            self.density_uniformity,
            self.flake_size,
            self.flake_size_uniformity,
            self.angle,
            self.speed,
            self.blur_sigma_fraction,
            self.blur_sigma_limits,
            self.gate_noise_size,
        ]


class Snowflakes(meta.SomeOf):
    """Add falling snowflakes to images: one to three :class:`SnowflakesLayer`.

    Supported dtypes
    ----------------
    See :class:`SnowflakesLayer`.

    Parameters
    ----------
    density, density_uniformity, flake_size, flake_size_uniformity : optional
        See :class:`SnowflakesLayer` (all three layers use them).
    angle, speed : optional
        See :class:`SnowflakesLayer`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> iaa.Snowflakes()(image=np.zeros((8, 8, 3), dtype=np.uint8)).shape
    (8, 8, 3)

    """

    def __init__(
        self,
        density=(0.005, 0.075),
        density_uniformity=(0.3, 0.9),
        flake_size=(0.2, 0.7),
        flake_size_uniformity=(0.4, 0.8),
        angle=(-30, 30),
        speed=(0.007, 0.03),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        layers = [
            SnowflakesLayer(
                density=density,
                density_uniformity=density_uniformity,
                flake_size=flake_size,
                flake_size_uniformity=flake_size_uniformity,
                angle=angle,
                speed=speed,
                blur_sigma_fraction=(0.0001, 0.001),
                seed=layer_seed,
                deterministic=deterministic,
            )
            for layer_seed in _layer_seeds(seed, random_state, 3)
        ]
        super().__init__(
            (1, 3),
            children=layers,
            random_order=False,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class RainLayer(SnowflakesLayer):
    """Add one layer of falling rain drops to images.

    Works like :class:`SnowflakesLayer` (drops are salt noise, upscaled and
    motion-blurred into streaks) without the gaussian blur and the contrast
    step; the streaks are blended in with a brightness derived from the noise.

    Supported dtypes
    ----------------
    See :class:`SnowflakesLayer`.

    Parameters
    ----------
    density, density_uniformity, angle, speed, blur_sigma_fraction, blur_sigma_limits
        See :class:`SnowflakesLayer`.
    drop_size : number or tuple of number or list of number or imgaug.parameters.StochasticParameter
        Size of the drops (see `flake_size` of :class:`SnowflakesLayer`).
    drop_size_uniformity : number or tuple of number or list of number or imgaug.parameters.StochasticParameter
        How similar the drop sizes are, in ``[0, 1]``.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.RainLayer(
    ...     density=0.05, density_uniformity=0.9, drop_size=0.02,
    ...     drop_size_uniformity=0.3, angle=0, speed=0.1,
    ...     blur_sigma_fraction=0.001)
    >>> aug(image=np.zeros((8, 8, 3), dtype=np.uint8)).shape
    (8, 8, 3)

    """  # noqa: E501

    _GAUSSIAN_BLUR = False

    def __init__(
        self,
        density,
        density_uniformity,
        drop_size,
        drop_size_uniformity,
        angle,
        speed,
        blur_sigma_fraction,
        blur_sigma_limits=(0.5, 3.75),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            density,
            density_uniformity,
            iap.handle_continuous_param(
                drop_size, "drop_size", value_range=(0.0 + 1e-4, 1.0)
            ),
            iap.handle_continuous_param(
                drop_size_uniformity, "drop_size_uniformity", value_range=(0.0, 1.0)
            ),
            angle,
            speed,
            blur_sigma_fraction,
            blur_sigma_limits=blur_sigma_limits,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )

    @staticmethod
    def _drop_brightness(noise, nb_channels):
        """Pseudo-random drop brightness in ``[110, 240]`` from the noise itself.

        ``110 + 130 % s`` with ``s`` the sum of the first 1000 values of the noise
        tiled to the image's channels (1 if that sum is 0), as in 0.4.0.
        """
        flat = noise.ravel()
        nb_full, remainder = divmod(1000, nb_channels)
        total = nb_channels * int(flat[0:nb_full].sum(dtype=np.int64))
        if remainder and nb_full < flat.size:
            total += remainder * int(flat[nb_full])
        return 110 + (240 - 110) % (total if total > 0 else 1)

    @staticmethod
    def _blend(image, noise, speed, flake_size_uniformity):
        brightness = RainLayer._drop_brightness(noise, image.shape[2])
        opacity = noise.astype(np.float32)
        opacity *= np.float32(1.3 / 255.0)
        np.clip(opacity, 0.0, 1.0, out=opacity)
        # (1 - opacity) * image + opacity * brightness, rounded
        return _blend_towards(image, np.full_like(image, brightness), opacity)


class Rain(meta.SomeOf):
    """Add falling rain to images: some of three :class:`RainLayer` children.

    Supported dtypes
    ----------------
    See :class:`SnowflakesLayer`.

    Parameters
    ----------
    nb_iterations : int or tuple of int or list of int or imgaug.parameters.StochasticParameter, optional
        How many of the three rain layers to apply per image.
    drop_size : number or tuple of number or list of number or imgaug.parameters.StochasticParameter, optional
        See :class:`RainLayer`.
    speed : number or tuple of number or list of number or imgaug.parameters.StochasticParameter, optional
        See :class:`RainLayer`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> iaa.Rain()(image=np.zeros((8, 8, 3), dtype=np.uint8)).shape
    (8, 8, 3)

    """  # noqa: E501

    def __init__(
        self,
        nb_iterations=(1, 3),
        drop_size=(0.01, 0.02),
        speed=(0.04, 0.2),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        _renamed(lambda: meta.SomeOf._handle_arg_n(nb_iterations), "nb_iterations")
        layers = [
            RainLayer(
                density=(0.03, 0.14),
                density_uniformity=(0.8, 1.0),
                drop_size=drop_size,
                drop_size_uniformity=(0.2, 0.5),
                angle=(-15, 15),
                speed=speed,
                blur_sigma_fraction=(0.001, 0.001),
                seed=layer_seed,
                deterministic=deterministic,
            )
            for layer_seed in _layer_seeds(seed, random_state, 3)
        ]
        super().__init__(
            nb_iterations,
            children=layers,
            random_order=False,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )
