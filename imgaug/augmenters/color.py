"""Colour augmenters: colorspaces, hue, saturation, brightness and quantization.

All of them change only images (uint8, three channels unless noted); heatmaps,
segmentation maps and coordinate-based augmentables pass through untouched, or
through the children of the container augmenters unchanged in geometry.

List of augmenters:

* :class:`WithColorspace`
* :class:`WithBrightnessChannels`
* :class:`MultiplyAndAddToBrightness`
* :class:`MultiplyBrightness`
* :class:`AddToBrightness`
* :class:`WithHueAndSaturation`
* :class:`MultiplyHueAndSaturation`
* :class:`MultiplyHue`
* :class:`MultiplySaturation`
* :class:`RemoveSaturation`
* :class:`AddToHueAndSaturation`
* :class:`AddToHue`
* :class:`AddToSaturation`
* :class:`ChangeColorspace`
* :class:`Grayscale`
* :class:`ChangeColorTemperature`
* :class:`KMeansColorQuantization`
* :class:`UniformColorQuantization`
* :class:`UniformColorQuantizationToNBits`
* :class:`Posterize`

"""

from __future__ import annotations

import functools
import numbers
from abc import abstractmethod

import cv2
import numpy as np

import imgaug.dtypes as iadt
import imgaug.imgaug as ia
import imgaug.parameters as iap
from imgaug._kernels import blend as _blend
from imgaug._kernels import colorspace as _cs
from imgaug._kernels import cv2util as _cv2util
from imgaug._kernels import hsv as _hsv
from imgaug._kernels import kelvin as _kelvin
from imgaug._kernels import lut as _lut
from imgaug._kernels import quantize as _quantize
from imgaug._kernels import resize as _resize
from imgaug.augmentables.batches import _BatchInAugmentation
from imgaug.augmenters import _pointwise, arithmetic, meta
from imgaug.augmenters._sampled import _SampledAugmenter
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "CSPACE_RGB",
    "CSPACE_BGR",
    "CSPACE_GRAY",
    "CSPACE_YCrCb",
    "CSPACE_HSV",
    "CSPACE_HLS",
    "CSPACE_Lab",
    "CSPACE_Luv",
    "CSPACE_YUV",
    "CSPACE_CIE",
    "CSPACE_ALL",
    "change_colorspace_",
    "change_colorspaces_",
    "change_color_temperatures_",
    "change_color_temperature",
    "quantize_kmeans",
    "quantize_colors_kmeans",
    "quantize_uniform",
    "quantize_uniform_",
    "quantize_uniform_to_n_bits",
    "quantize_uniform_to_n_bits_",
    "posterize",
    "quantize_colors_uniform",
    "InColorspace",
    "WithColorspace",
    "WithBrightnessChannels",
    "MultiplyAndAddToBrightness",
    "MultiplyBrightness",
    "AddToBrightness",
    "WithHueAndSaturation",
    "MultiplyHueAndSaturation",
    "MultiplyHue",
    "MultiplySaturation",
    "RemoveSaturation",
    "AddToHueAndSaturation",
    "AddToHue",
    "AddToSaturation",
    "ChangeColorspace",
    "Grayscale",
    "ChangeColorTemperature",
    "KMeansColorQuantization",
    "UniformColorQuantization",
    "UniformColorQuantizationToNBits",
    "Posterize",
]

# ------------------------------------------------------------------ constants
# the names of the shared colorspace kernel (one conversion table for the library)
CSPACE_RGB = _cs.CSPACE_RGB
CSPACE_BGR = _cs.CSPACE_BGR
CSPACE_GRAY = _cs.CSPACE_GRAY
CSPACE_YCrCb = _cs.CSPACE_YCrCb
CSPACE_HSV = _cs.CSPACE_HSV
CSPACE_HLS = _cs.CSPACE_HLS
CSPACE_Lab = _cs.CSPACE_Lab
CSPACE_Luv = _cs.CSPACE_Luv
CSPACE_YUV = _cs.CSPACE_YUV
CSPACE_CIE = _cs.CSPACE_CIE
#: a ``set`` like in 0.4.0; validation uses the kernel's immutable copy
CSPACE_ALL = set(_cs.CSPACE_ALL)

#: colorspaces with a brightness channel (`WithBrightnessChannels`)
_BRIGHTNESS_COLORSPACES = [
    CSPACE_YCrCb,
    CSPACE_HSV,
    CSPACE_HLS,
    CSPACE_Lab,
    CSPACE_Luv,
    CSPACE_YUV,
]

# every colour function and augmenter works on uint8 (OpenCV colour conversions)
_UINT8_ONLY = iadt._UINT8_ONLY_DTYPES


# ---------------------------------------------------------------- validation
def _check_colorspace(value, argname, allow_gray=True):
    """Raise unless `value` is one of the ``CSPACE_*`` names."""
    if not isinstance(value, str):
        raise InvalidTypeError(
            f"Expected '{argname}' to be a colorspace name (one of "
            f"{sorted(_cs.CSPACE_ALL)}), got {type(value).__name__}."
        )
    if value not in _cs.CSPACE_ALL:
        raise InvalidValueError(
            f"Expected '{argname}' to be one of {sorted(_cs.CSPACE_ALL)}, got "
            f"{value!r}."
        )
    if not allow_gray and value == CSPACE_GRAY:
        raise InvalidValueError(
            f"Expected '{argname}' not to be {CSPACE_GRAY!r}: colours cannot be "
            "recovered from grayscale."
        )


def _broadcast_colorspaces(value, nb_images, argname, allow_gray=True):
    """Return one validated colorspace name per image."""
    if isinstance(value, str):
        values = [value] * nb_images
    elif isinstance(value, (list, tuple, np.ndarray)):
        values = list(value)
        if len(values) != nb_images:
            raise InvalidValueError(
                f"Expected '{argname}' to contain one colorspace per image "
                f"({nb_images}), got {len(values)}."
            )
    else:
        raise InvalidTypeError(
            f"Expected '{argname}' to be a colorspace name or a list of names, got "
            f"{type(value).__name__}."
        )
    for item in values:
        _check_colorspace(item, argname, allow_gray=allow_gray)
    return values


def _gate_uint8(arr):
    """Raise for every dtype but uint8 (which passes the gate without a lookup)."""
    if arr.dtype != np.uint8:
        iadt.gate_dtypes(arr, augmenter=None, **_UINT8_ONLY)


def _check_array(arr, argname):
    if not isinstance(arr, np.ndarray):
        raise InvalidTypeError(
            f"Expected '{argname}' to be a numpy array, got {type(arr).__name__}."
        )


def _has_empty_plane(image):
    return image.ndim >= 2 and (image.shape[0] == 0 or image.shape[1] == 0)


def _check_three_channels(image, argname, index=None):
    """Raise unless `image` is ``(H, W, 3)`` (images with zero height/width pass)."""
    if _has_empty_plane(image):
        return
    if image.ndim != 3 or image.shape[2] != 3:
        which = argname if index is None else f"{argname}[{index}]"
        raise InvalidValueError(
            f"Expected '{which}' to have three channels, i.e. shape (H, W, 3), got "
            f"shape {image.shape}."
        )


def _check_images(images, augmenter, channels=(3,)):
    """Gate the dtypes of a batch's images and check their channel counts."""
    if isinstance(images, np.ndarray):
        all_uint8 = images.dtype == np.uint8
        shapes = [images.shape[1:]] if len(images) > 0 else []
    else:
        all_uint8 = all(image.dtype == np.uint8 for image in images)
        shapes = [image.shape for image in images]
    if not all_uint8:  # uint8 passes the gate silently; only the rest needs it
        iadt.gate_dtypes(list(images), augmenter=augmenter, **_UINT8_ONLY)
    for index, shape in enumerate(shapes):
        if len(shape) >= 2 and (shape[0] == 0 or shape[1] == 0):
            continue
        nb_channels = 1 if len(shape) == 2 else shape[2]
        if nb_channels not in channels:
            expected = " or ".join(str(c) for c in channels)
            raise InvalidValueError(
                f"Expected every image given to {type(augmenter).__name__} to have "
                f"{expected} channel(s), got shape {shape} for 'images[{index}]'."
            )


def _check_bool(value, argname):
    if not isinstance(value, (bool, np.bool_)):
        raise InvalidTypeError(
            f"Expected '{argname}' to be a bool, got {type(value).__name__}."
        )


def _check_int_in_range(value, argname, low, high):
    if not isinstance(value, numbers.Integral) or isinstance(value, bool):
        raise InvalidTypeError(
            f"Expected '{argname}' to be an int, got {type(value).__name__}."
        )
    if not low <= value <= high:
        raise InvalidValueError(
            f"Expected '{argname}' to be in the interval [{low}, {high}], got {value}."
        )


# ------------------------------------------------------------ public kernels
def change_colorspace_(image, to_colorspace, from_colorspace=CSPACE_RGB):
    """Convert an image from one colorspace to another, in place where possible.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    image : ndarray
        ``(H, W, 3)`` image. It is changed in place if OpenCV can write into it.
    to_colorspace : str
        Target colorspace, one of the ``CSPACE_*`` constants.
    from_colorspace : str, optional
        Colorspace of `image`; any ``CSPACE_*`` constant except ``CSPACE_GRAY``.

    Returns
    -------
    ndarray
        ``(H, W, 3)`` uint8 image in the target colorspace (possibly the input
        array). A grayscale result has three identical channels. Images with zero
        height or width come back unchanged.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[[255, 0, 0]]], dtype=np.uint8)
    >>> change_colorspace_(image, CSPACE_BGR).tolist()
    [[[0, 0, 255]]]

    """
    _check_colorspace(to_colorspace, "to_colorspace")
    _check_colorspace(from_colorspace, "from_colorspace", allow_gray=False)
    _check_array(image, "image")
    if _has_empty_plane(image):
        return image
    _gate_uint8(image)
    _check_three_channels(image, "image")
    return _cs.convert_(image, from_colorspace, to_colorspace)


def change_colorspaces_(images, to_colorspaces, from_colorspaces=CSPACE_RGB):
    """Convert several images between colorspaces, in place where possible.

    Supported dtypes
    ----------------
    See :func:`change_colorspace_`.

    Parameters
    ----------
    images : ndarray or list of ndarray
        ``(N, H, W, 3)`` array or list of ``(H, W, 3)`` images.
    to_colorspaces : str or list of str
        Target colorspace of all images, or one per image.
    from_colorspaces : str or list of str, optional
        Colorspace of all images, or one per image.

    Returns
    -------
    ndarray or list of ndarray
        `images`, with every entry replaced by its converted image.

    Examples
    --------
    >>> import numpy as np
    >>> images = np.zeros((2, 1, 1, 3), dtype=np.uint8)
    >>> change_colorspaces_(images, [CSPACE_HSV, CSPACE_Lab]).shape
    (2, 1, 1, 3)

    """
    nb_images = len(images)
    to_list = _broadcast_colorspaces(to_colorspaces, nb_images, "to_colorspaces")
    from_list = _broadcast_colorspaces(
        from_colorspaces, nb_images, "from_colorspaces", allow_gray=False
    )
    for i in range(nb_images):
        images[i] = change_colorspace_(images[i], to_list[i], from_list[i])
    return images


def _check_kelvins(kelvins, nb_images, argname):
    """Return one temperature per image as float64, each in [1000, 40000]."""
    if isinstance(kelvins, numbers.Real) and not isinstance(kelvins, bool):
        values = np.full((nb_images,), float(kelvins))
    else:
        try:
            values = np.asarray(kelvins, dtype=np.float64)
        except (TypeError, ValueError):
            raise InvalidTypeError(
                f"Expected '{argname}' to be a number or a list of numbers, got "
                f"{type(kelvins).__name__}."
            ) from None
        if values.ndim != 1 or len(values) != nb_images:
            raise InvalidValueError(
                f"Expected '{argname}' to contain one value per image ({nb_images}), "
                f"got shape {values.shape}."
            )
    low, high = _kelvin.KELVIN_MIN, _kelvin.KELVIN_MAX
    if not np.all((values >= low) & (values <= high)):
        raise InvalidValueError(
            f"Expected '{argname}' to be in the interval [{low}, {high}], got "
            f"{values.tolist()}."
        )
    return values


def _apply_rgb_multipliers(image, multipliers, from_colorspace):
    """Multiply the RGB channels of an image given in `from_colorspace` (new array)."""
    if from_colorspace == CSPACE_RGB:
        return _kelvin.apply_multipliers(image, multipliers)
    if from_colorspace == CSPACE_BGR:
        return _kelvin.apply_multipliers(image, multipliers[::-1])
    rgb = _cs.convert(image, from_colorspace, CSPACE_RGB)
    rgb = _kelvin.apply_multipliers(rgb, multipliers)
    return _cs.convert_(rgb, CSPACE_RGB, from_colorspace)


def change_color_temperatures_(images, kelvins, from_colorspaces=CSPACE_RGB):
    """Change the colour temperature of several images, in place where possible.

    Every RGB channel is multiplied by a factor taken from a table of black body
    colours (one row per 100 K from 1000 K to 40000 K, interpolated linearly in
    between) and rounded; low temperatures look reddish, high ones bluish.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    images : ndarray or list of ndarray
        ``(N, H, W, 3)`` array or list of ``(H, W, 3)`` images.
    kelvins : number or list of number or ndarray
        Temperature of all images or one per image, each in ``[1000, 40000]``.
    from_colorspaces : str or list of str, optional
        Colorspace of all images, or one per image. Images in other spaces than
        RGB/BGR are converted to RGB and back.

    Returns
    -------
    ndarray or list of ndarray
        `images`, with every entry replaced by its changed image.

    Examples
    --------
    >>> import numpy as np
    >>> images = np.full((1, 1, 1, 3), 255, dtype=np.uint8)
    >>> change_color_temperatures_(images, [4000]).tolist()
    [[[[255, 209, 163]]]]

    """
    nb_images = len(images)
    if nb_images == 0:
        return images
    kelvins = _check_kelvins(kelvins, nb_images, "kelvins")
    from_list = _broadcast_colorspaces(
        from_colorspaces, nb_images, "from_colorspaces", allow_gray=False
    )
    multipliers = _kelvin.kelvins_to_multipliers(kelvins)
    for i in range(nb_images):
        image = images[i]
        _check_array(image, f"images[{i}]")
        if _has_empty_plane(image):
            continue
        _gate_uint8(image)
        _check_three_channels(image, "images", i)
        images[i] = _apply_rgb_multipliers(image, multipliers[i], from_list[i])
    return images


def change_color_temperature(image, kelvin, from_colorspace=CSPACE_RGB):
    """Change the colour temperature of one image (the input stays unchanged).

    Supported dtypes
    ----------------
    See :func:`change_color_temperatures_`.

    Parameters
    ----------
    image : ndarray
        ``(H, W, 3)`` image.
    kelvin : number
        Temperature in ``[1000, 40000]``.
    from_colorspace : str, optional
        Colorspace of `image`.

    Returns
    -------
    ndarray
        New image with the changed colour temperature.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((1, 1, 3), 255, dtype=np.uint8)
    >>> change_color_temperature(image, 1000).tolist()
    [[[255, 56, 0]]]

    """
    _check_array(image, "image")
    kelvins = _check_kelvins(kelvin, 1, "kelvin")
    return change_color_temperatures_(
        np.copy(image)[np.newaxis], kelvins, [from_colorspace]
    )[0]


def quantize_kmeans(arr, nb_clusters, nb_max_iter=10, eps=1.0):
    """Reduce the colours of an image to `nb_clusters` with k-means clustering.

    Pixels are clustered by colour (Lloyd's algorithm, started from a median-cut
    split of the colours, so the result is deterministic) and replaced by the
    mean colour of their cluster (truncated to uint8).

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    arr : ndarray
        ``(H, W)`` or ``(H, W, C)`` image; pixels are ``C``-dimensional points.
    nb_clusters : int
        Number of colours, in ``[2, 256]``. An image with at most `nb_clusters`
        pixels is returned as a copy.
    nb_max_iter : int, optional
        Maximum number of clustering iterations (``>= 1``).
    eps : number, optional
        Clustering stops early once no cluster centre moves by more than `eps`.

    Returns
    -------
    ndarray
        New image with at most `nb_clusters` distinct colours.

    Examples
    --------
    >>> import numpy as np
    >>> arr = np.array([[0, 10, 200, 210]], dtype=np.uint8)
    >>> quantize_kmeans(arr, 2).tolist()
    [[5, 5, 205, 205]]

    """
    _check_array(arr, "arr")
    _gate_uint8(arr)
    if arr.ndim not in (2, 3):
        raise InvalidValueError(
            f"Expected 'arr' to have shape (H, W) or (H, W, C), got {arr.shape}."
        )
    _check_int_in_range(nb_clusters, "nb_clusters", 2, 256)
    _check_int_in_range(nb_max_iter, "nb_max_iter", 1, 2**31 - 1)
    if not isinstance(eps, numbers.Real) or isinstance(eps, bool) or not eps >= 0:
        raise InvalidValueError(f"Expected 'eps' to be a number >= 0, got {eps!r}.")
    height, width = arr.shape[0:2]
    if arr.size == 0 or nb_clusters >= height * width:
        return np.copy(arr)
    colors = arr.reshape(height * width, -1)
    labels, centers = _quantize.kmeans(colors, nb_clusters, nb_max_iter, float(eps))
    # like 0.4.0: centres truncated to uint8
    palette = centers.astype(np.uint8)
    return palette[labels].reshape(arr.shape)


@ia.deprecated(alt_func="quantize_kmeans")
def quantize_colors_kmeans(image, n_colors, n_max_iter=10, eps=1.0):
    """Reduce the colours of an image with k-means clustering.

    Parameters
    ----------
    image, n_colors, n_max_iter, eps
        See `arr`, `nb_clusters`, `nb_max_iter` and `eps` of
        :func:`quantize_kmeans`.

    Returns
    -------
    ndarray
        See :func:`quantize_kmeans`.

    """
    return quantize_kmeans(
        arr=image, nb_clusters=n_colors, nb_max_iter=n_max_iter, eps=eps
    )


def _is_power_of_two(value):
    return value & (value - 1) == 0


def _quantize_uniform(arr, nb_bins, to_bin_centers, in_place):
    _check_array(arr, "arr")
    _gate_uint8(arr)
    _check_int_in_range(nb_bins, "nb_bins", 2, 256)
    _check_bool(to_bin_centers, "to_bin_centers")
    if nb_bins == 256 or arr.size == 0:
        return arr if in_place else np.copy(arr)
    out = arr if in_place and arr.flags["WRITEABLE"] else None
    if _is_power_of_two(nb_bins):
        # bins of 2**k values: clear the low bits (and set the centre bit), two
        # vectorised byte operations instead of a table lookup
        # route: tests/perf/test_color_perf.py::test_quantize_uniform_bits_vs_lut
        binsize = 256 // nb_bins
        result = np.bitwise_and(arr, np.uint8(256 - binsize), out=out)
        if to_bin_centers:
            np.bitwise_or(result, np.uint8(binsize // 2), out=result)
        return result
    table = _quantize.uniform_table(nb_bins, bool(to_bin_centers))
    if in_place:
        return _lut.apply_lut_(arr, table)
    return _lut.apply_lut(arr, table)


def quantize_uniform(arr, nb_bins, to_bin_centers=True):
    """Reduce every channel to `nb_bins` equally wide bins (the input stays unchanged).

    Supported dtypes
    ----------------
    See :func:`quantize_uniform_`.

    Parameters
    ----------
    arr, nb_bins, to_bin_centers
        See :func:`quantize_uniform_`.

    Returns
    -------
    ndarray
        New quantized array.

    Examples
    --------
    >>> import numpy as np
    >>> quantize_uniform(np.array([[0, 100, 200]], dtype=np.uint8), 2).tolist()
    [[64, 64, 192]]

    """
    return _quantize_uniform(arr, nb_bins, to_bin_centers, in_place=False)


def quantize_uniform_(arr, nb_bins, to_bin_centers=True):
    """Reduce every channel to `nb_bins` equally wide bins, in place where possible.

    Value ``v`` falls into bin ``floor(v / (256 / nb_bins))`` and becomes the
    bin's centre (or lower edge), rounded to an integer.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    arr : ndarray
        ``(H, W)`` or ``(H, W, C)`` array; changed in place if it is writeable.
    nb_bins : int
        Number of bins per channel, in ``[2, 256]`` (256 changes nothing).
    to_bin_centers : bool, optional
        Map values to the centres of their bins (else to the lower edges).

    Returns
    -------
    ndarray
        The quantized array (possibly the input array).

    Examples
    --------
    >>> import numpy as np
    >>> arr = np.array([[0, 100, 200]], dtype=np.uint8)
    >>> quantize_uniform_(arr, 3, to_bin_centers=False).tolist()
    [[0, 85, 171]]

    """
    return _quantize_uniform(arr, nb_bins, to_bin_centers, in_place=True)


def quantize_uniform_to_n_bits(arr, nb_bits):
    """Keep the `nb_bits` most significant bits of every value (a new array).

    Supported dtypes
    ----------------
    See :func:`quantize_uniform_to_n_bits_`.

    Parameters
    ----------
    arr, nb_bits
        See :func:`quantize_uniform_to_n_bits_`.

    Returns
    -------
    ndarray
        New quantized array.

    Examples
    --------
    >>> import numpy as np
    >>> quantize_uniform_to_n_bits(np.array([[255, 37]], dtype=np.uint8), 2).tolist()
    [[192, 0]]

    """
    _check_int_in_range(nb_bits, "nb_bits", 1, 8)
    return _quantize_uniform(arr, 2**nb_bits, False, in_place=False)


def quantize_uniform_to_n_bits_(arr, nb_bits):
    """Keep the `nb_bits` most significant bits of every value, in place if possible.

    The same as :func:`quantize_uniform_` with ``2 ** nb_bits`` bins mapped to
    their lower edges (``8`` changes nothing).

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    arr : ndarray
        ``(H, W)`` or ``(H, W, C)`` array; changed in place if it is writeable.
    nb_bits : int
        Number of bits to keep, in ``[1, 8]``.

    Returns
    -------
    ndarray
        The quantized array (possibly the input array).

    Examples
    --------
    >>> import numpy as np
    >>> quantize_uniform_to_n_bits_(np.array([[255, 100]], dtype=np.uint8), 3).tolist()
    [[224, 96]]

    """
    _check_int_in_range(nb_bits, "nb_bits", 1, 8)
    return _quantize_uniform(arr, 2**nb_bits, False, in_place=True)


def posterize(arr, nb_bits):
    """Keep the `nb_bits` most significant bits of every value (a new array).

    The same as :func:`quantize_uniform_to_n_bits`.

    Supported dtypes
    ----------------
    See :func:`quantize_uniform_to_n_bits_`.

    Parameters
    ----------
    arr, nb_bits
        See :func:`quantize_uniform_to_n_bits_`.

    Returns
    -------
    ndarray
        New quantized array.

    Examples
    --------
    >>> import numpy as np
    >>> posterize(np.array([[255, 100]], dtype=np.uint8), 1).tolist()
    [[128, 0]]

    """
    return quantize_uniform_to_n_bits(arr, nb_bits)


@ia.deprecated(alt_func="quantize_uniform")
def quantize_colors_uniform(image, n_colors):
    """Reduce every channel to `n_colors` equally wide bins.

    Parameters
    ----------
    image, n_colors
        See `arr` and `nb_bins` of :func:`quantize_uniform`.

    Returns
    -------
    ndarray
        See :func:`quantize_uniform`.

    """
    return quantize_uniform(arr=image, nb_bins=n_colors)


# ------------------------------------------------------------ private helpers
#: containers whose children change pixels one by one, independently of the
#: image size: their effect on an image equals their effect on a lookup table
_POINTWISE_TYPES = (
    meta.Sequential,
    meta.SomeOf,
    meta.OneOf,
    meta.Sometimes,
    meta.WithChannels,
    meta.Identity,
    meta.Noop,
    arithmetic.Add,
    arithmetic.Multiply,
)


def _is_pointwise(augmenter):
    """Tell whether `augmenter` and all its children change pixels one by one.

    Only exact built-in types count (a subclass may do anything). Their samples
    depend on the number of rows and channels only, so running them once on a
    ``(1, 256, C)`` image holding every value gives a per-row lookup table that
    equals running them on the images themselves.
    """
    if type(augmenter) not in _POINTWISE_TYPES:
        return False
    return all(
        _is_pointwise(child)
        for children in augmenter.get_children_lists()
        for child in children
    )


def _seeded_children_rngs(parent, seed, random_state, count):
    """RNGs for created children: derived from a given seed, else global (None)."""
    if seed is None and meta._is_not_given(random_state):
        return [None] * count
    return parent.random_state.derive_rngs_(count)


def _run_children(augmenter, images, parents, hooks, batch=None):
    """Run the children of `augmenter` on `images` (in `batch` if given)."""
    if batch is None:
        batch = _BatchInAugmentation(images=images)
    else:
        batch.images = images
    return augmenter.children.augment_batch_(
        batch, parents=[*parents, augmenter], hooks=hooks
    )


def _check_children_images(augmenter, expected, results):
    """Raise unless the children kept the number, shapes and dtypes of `expected`."""
    prefix = f"Children of {type(augmenter).__name__} '{augmenter.name}' changed"
    if results is None or len(results) != len(expected):
        nb_results = 0 if results is None else len(results)
        raise InvalidValueError(
            f"{prefix} the number of images from {len(expected)} to {nb_results}."
        )
    for index, (before, after) in enumerate(zip(expected, results)):
        if after.shape != before.shape or after.dtype != before.dtype:
            raise InvalidValueError(
                f"{prefix} image {index} from shape {before.shape} and dtype "
                f"{before.dtype.name} to shape {after.shape} and dtype "
                f"{after.dtype.name}; they must keep both."
            )


def _resize_uint8(image, height, width, interpolation):
    """Resize a uint8 ``(H, W)`` or ``(H, W, C<=4)`` image, keeping its channel axis."""
    image = _cv2util.normalize_cv2_input_(np.ascontiguousarray(image))
    resized = cv2.resize(image, (width, height), interpolation=interpolation)
    if image.ndim == 3 and resized.ndim == 2:
        resized = resized[:, :, np.newaxis]
    return resized


# ------------------------------------------------------------- sample holders
class _HueSaturationSamples:
    """Per row a hue lookup table and a saturation offset."""

    __slots__ = ("hue_tables", "saturation_offsets")

    def __init__(self, hue_tables, saturation_offsets):
        self.hue_tables = hue_tables  # (N, 256) uint8
        self.saturation_offsets = saturation_offsets  # (N,) int


class _ColorspaceSamples:
    """Per row the blending factor and the target colorspace."""

    __slots__ = ("alphas", "to_colorspaces")

    def __init__(self, alphas, to_colorspaces):
        self.alphas = alphas  # (N,) float
        self.to_colorspaces = to_colorspaces  # (N,) str


class _KelvinSamples:
    """One colour temperature per row."""

    __slots__ = ("kelvins",)

    def __init__(self, kelvins):
        self.kelvins = kelvins  # (N,) float64


#: every uint8 value once, and the table that keeps them
_IDENTITY_TABLE = np.arange(256, dtype=np.uint8)
_IDENTITY_TABLE.flags.writeable = False


@functools.cache
def _get_uniform_table(nb_bins, to_bin_centers):
    """`_quantize_uniform` of every uint8 value: its table (read-only)."""
    values = _IDENTITY_TABLE.reshape(1, 256)
    table = np.array(_quantize_uniform(values, nb_bins, to_bin_centers, False))
    table = table.reshape(256)
    table.flags.writeable = False
    return table


class _QuantizationSamples:
    """Per row the number of colours (or bits) and the colorspace to quantize in."""

    __slots__ = ("counts", "to_colorspaces")

    def __init__(self, counts, to_colorspaces):
        self.counts = counts  # (N,) int
        self.to_colorspaces = to_colorspaces  # (N,) str, or None


# ----------------------------------------------------------------- augmenters
@ia.deprecated(alt_func="WithColorspace")
def InColorspace(  # noqa: N802 - 0.4.0 name
    to_colorspace,
    from_colorspace="RGB",
    children=None,
    seed=None,
    name=None,
    random_state="deprecated",
    deterministic="deprecated",
):
    """Create a :class:`WithColorspace` augmenter.

    Parameters
    ----------
    to_colorspace, from_colorspace, children, seed, name, random_state, deterministic
        See :class:`WithColorspace`.

    Returns
    -------
    WithColorspace
        The augmenter.

    """
    return WithColorspace(
        to_colorspace,
        from_colorspace,
        children,
        seed=seed,
        name=name,
        random_state=random_state,
        deterministic=deterministic,
    )


class WithColorspace(meta.Augmenter):
    """Convert images to another colorspace, run children, convert back.

    Non-image data is passed to the children unchanged.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    to_colorspace : str
        Colorspace the children work in (a ``CSPACE_*`` constant, not gray).
    from_colorspace : str, optional
        Colorspace of the input images (not gray).
    children : None or Augmenter or list of Augmenter, optional
        The children; they must return ``(H, W, 3)`` uint8 images.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.WithColorspace(
    ...     "HSV", children=iaa.WithChannels(0, iaa.Add(10)))
    >>> aug(image=np.zeros((2, 2, 3), dtype=np.uint8)).shape
    (2, 2, 3)

    """

    def __init__(
        self,
        to_colorspace,
        from_colorspace=CSPACE_RGB,
        children=None,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        # the children's images are converted back, which gray cannot be
        _check_colorspace(to_colorspace, "to_colorspace", allow_gray=False)
        _check_colorspace(from_colorspace, "from_colorspace", allow_gray=False)
        self.to_colorspace = to_colorspace
        self.from_colorspace = from_colorspace
        self.children = meta._handle_children_list(
            children, self.name, "then", "sequential", argname="children"
        )

    def _augment_batch_(self, batch, random_state, parents, hooks):
        return meta._augment_children_with_hooks(
            self, batch, random_state, parents, hooks
        )

    def _augment_children(self, batch, random_state, parents, hooks):
        images = batch.images
        if images is not None:
            _check_images(images, self)
            batch.images = change_colorspaces_(
                images, self.to_colorspace, self.from_colorspace
            )
        batch = _run_children(self, batch.images, parents, hooks, batch=batch)
        if images is not None and batch.images is not None:
            batch.images = change_colorspaces_(
                batch.images, self.from_colorspace, self.to_colorspace
            )
        return batch

    def _to_deterministic(self):
        aug = super()._to_deterministic()
        aug.children = self.children.to_deterministic()
        return aug

    def get_parameters(self):
        """Return ``[to_colorspace, from_colorspace]`` (0.4.0 raised here)."""
        return [self.to_colorspace, self.from_colorspace]

    def get_children_lists(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_children_lists`."""
        return [self.children]

    def __str__(self):
        return (
            f"WithColorspace(from_colorspace={self.from_colorspace}, "
            f"to_colorspace={self.to_colorspace}, name={self.name}, "
            f"children=[{self.children}], deterministic={self.deterministic})"
        )


class WithBrightnessChannels(meta.Augmenter):
    """Run children on the brightness channel of images in a brightness colorspace.

    Per image a colorspace is picked from `to_colorspace`, the image converted
    to it, its brightness channel (Y, V, L, L, L or Y) given to the children as
    a ``(H, W, 1)`` uint8 image, written back and the image converted back.
    Non-image data is passed to the children unchanged.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    children : None or Augmenter or list of Augmenter, optional
        The children; they must keep the shape and dtype of their images.
    to_colorspace : imgaug.ALL or str or list of str or StochasticParameter, optional
        Colorspace(s) to pick from per image: ``YCrCb``, ``HSV``, ``HLS``,
        ``Lab``, ``Luv`` or ``YUV``.
    from_colorspace : str, optional
        Colorspace of the input images (not gray).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.WithBrightnessChannels(iaa.Add(10), to_colorspace="YCrCb")
    >>> aug(image=np.full((2, 2, 3), 100, dtype=np.uint8))[0, 0].tolist()
    [110, 110, 110]

    """

    _CSPACE_TO_CHANNEL_ID = dict(_cs.INTENSITY_CHANNEL)

    def __init__(
        self,
        children=None,
        to_colorspace=[  # noqa: B006 - 0.4.0 default, never mutated
            CSPACE_YCrCb,
            CSPACE_HSV,
            CSPACE_HLS,
            CSPACE_Lab,
            CSPACE_Luv,
            CSPACE_YUV,
        ],
        from_colorspace="RGB",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.children = meta._handle_children_list(
            children, self.name, "then", "sequential", argname="children"
        )
        self.to_colorspace = iap.handle_categorical_string_param(
            to_colorspace, "to_colorspace", valid_values=_BRIGHTNESS_COLORSPACES
        )
        _check_colorspace(from_colorspace, "from_colorspace", allow_gray=False)
        self.from_colorspace = from_colorspace

    def _augment_batch_(self, batch, random_state, parents, hooks):
        return meta._augment_children_with_hooks(
            self, batch, random_state, parents, hooks
        )

    # sampling order: to_colorspace (N,), then the children
    def _augment_children(self, batch, random_state, parents, hooks):
        nb_rows = batch.nb_rows
        to_colorspaces = self.to_colorspace.draw_samples(
            (nb_rows,), random_state=random_state
        )
        images = batch.images
        if images is None:
            return _run_children(self, None, parents, hooks, batch=batch)
        _check_images(images, self)
        for space in set(to_colorspaces):
            if space not in self._CSPACE_TO_CHANNEL_ID:
                raise InvalidValueError(
                    f"Expected 'to_colorspace' of {self.name} to sample one of "
                    f"{_BRIGHTNESS_COLORSPACES}, got {space!r}."
                )
        # Unlike for hue/saturation, a table from a probe is not faster here: the
        # children see one uint8 channel, which Add/Multiply change by table too.
        return self._augment_by_children(batch, to_colorspaces, parents, hooks)

    def _augment_by_children(self, batch, to_colorspaces, parents, hooks):
        images = batch.images
        converted, channel_images = [], []
        for i, image in enumerate(images):
            if _has_empty_plane(image):
                converted.append(None)
                channel_images.append(np.zeros(image.shape[0:2] + (1,), np.uint8))
                continue
            space = to_colorspaces[i]
            channel = self._CSPACE_TO_CHANNEL_ID[space]
            image = _cv2util.normalize_cv2_input_(
                _cs.convert_(image, self.from_colorspace, space)
            )
            converted.append(image)
            values = cv2.extractChannel(image, channel)
            channel_images.append(values.reshape(values.shape + (1,)))
        batch = _run_children(self, channel_images, parents, hooks, batch=batch)
        _check_children_images(self, channel_images, batch.images)
        for i, image in enumerate(converted):
            if image is None:
                continue
            space = to_colorspaces[i]
            channel = self._CSPACE_TO_CHANNEL_ID[space]
            values = np.ascontiguousarray(batch.images[i][:, :, 0])
            image = cv2.insertChannel(values, image, channel)
            images[i] = _cs.convert_(image, space, self.from_colorspace)
        batch.images = images
        return batch

    def _to_deterministic(self):
        aug = super()._to_deterministic()
        aug.children = self.children.to_deterministic()
        return aug

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.to_colorspace, self.from_colorspace]

    def get_children_lists(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_children_lists`."""
        return [self.children]

    def __str__(self):
        return (
            f"WithBrightnessChannels(to_colorspace={self.to_colorspace}, "
            f"from_colorspace={self.from_colorspace}, name={self.name}, "
            f"children={self.children}, deterministic={self.deterministic})"
        )


class MultiplyAndAddToBrightness(WithBrightnessChannels):
    """Multiply and add to the brightness channel of images.

    Converts images to a colorspace with a brightness channel (picked per image
    from `to_colorspace`), multiplies that channel by `mul`, adds `add` (in
    random order if `random_order`) and converts back.

    Supported dtypes
    ----------------
    See :class:`WithBrightnessChannels`.

    Parameters
    ----------
    mul : number or tuple of number or list of number or StochasticParameter, optional
        Multiplier, sampled once per image (see :class:`Multiply`); a number
        close to 1.0 skips the multiplication.
    add : number or tuple of number or list of number or StochasticParameter, optional
        Value to add, sampled once per image (see :class:`Add`); 0 skips the
        addition.
    to_colorspace : imgaug.ALL or str or list of str or StochasticParameter, optional
        See :class:`WithBrightnessChannels`.
    from_colorspace : str, optional
        See :class:`WithBrightnessChannels`.
    random_order : bool, optional
        Whether to add before multiplying for a random half of the batches.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`. A given seed also seeds
        the children.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.MultiplyAndAddToBrightness(mul=2.0, add=0, to_colorspace="YUV")
    >>> aug(image=np.full((2, 2, 3), 50, dtype=np.uint8))[0, 0].tolist()
    [100, 100, 100]

    """

    def __init__(
        self,
        mul=(0.7, 1.3),
        add=(-30, 30),
        to_colorspace=[  # noqa: B006 - 0.4.0 default, never mutated
            CSPACE_YCrCb,
            CSPACE_HSV,
            CSPACE_HLS,
            CSPACE_Lab,
            CSPACE_Luv,
            CSPACE_YUV,
        ],
        from_colorspace="RGB",
        random_order=True,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            children=None,
            to_colorspace=to_colorspace,
            from_colorspace=from_colorspace,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )
        _check_bool(random_order, "random_order")
        mul_param = iap.handle_continuous_param(mul, "mul")
        add_param = iap.handle_continuous_param(add, "add")
        rngs = _seeded_children_rngs(self, seed, random_state, 3)
        if ia.is_single_number(mul) and np.isclose(mul, 1.0):
            mul_aug = meta.Identity(seed=rngs[0])
        else:
            mul_aug = arithmetic.Multiply(mul_param, seed=rngs[0])
        if ia.is_single_number(add) and add == 0:
            add_aug = meta.Identity(seed=rngs[1])
        else:
            add_aug = arithmetic.Add(add_param, seed=rngs[1])
        self.children = meta.Sequential(
            [mul_aug, add_aug], random_order=bool(random_order), seed=rngs[2]
        )

    def __str__(self):
        return (
            f"MultiplyAndAddToBrightness(mul={self.children[0]}, "
            f"add={self.children[1]}, to_colorspace={self.to_colorspace}, "
            f"from_colorspace={self.from_colorspace}, "
            f"random_order={self.children.random_order}, name={self.name}, "
            f"deterministic={self.deterministic})"
        )


class MultiplyBrightness(MultiplyAndAddToBrightness):
    """Multiply the brightness channel of images.

    See :class:`MultiplyAndAddToBrightness`.

    Supported dtypes
    ----------------
    See :class:`WithBrightnessChannels`.

    Parameters
    ----------
    mul : number or tuple of number or list of number or StochasticParameter, optional
        Multiplier, sampled once per image.
    to_colorspace, from_colorspace
        See :class:`WithBrightnessChannels`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.MultiplyBrightness(0.5, to_colorspace="YCrCb")
    >>> aug(image=np.full((2, 2, 3), 100, dtype=np.uint8))[0, 0].tolist()
    [50, 50, 50]

    """

    def __init__(
        self,
        mul=(0.7, 1.3),
        to_colorspace=[  # noqa: B006 - 0.4.0 default, never mutated
            CSPACE_YCrCb,
            CSPACE_HSV,
            CSPACE_HLS,
            CSPACE_Lab,
            CSPACE_Luv,
            CSPACE_YUV,
        ],
        from_colorspace="RGB",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            mul=mul,
            add=0,
            to_colorspace=to_colorspace,
            from_colorspace=from_colorspace,
            random_order=False,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class AddToBrightness(MultiplyAndAddToBrightness):
    """Add a value to the brightness channel of images.

    See :class:`MultiplyAndAddToBrightness`.

    Supported dtypes
    ----------------
    See :class:`WithBrightnessChannels`.

    Parameters
    ----------
    add : number or tuple of number or list of number or StochasticParameter, optional
        Value to add, sampled once per image.
    to_colorspace, from_colorspace
        See :class:`WithBrightnessChannels`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.AddToBrightness(30, to_colorspace="YCrCb")
    >>> aug(image=np.full((2, 2, 3), 100, dtype=np.uint8))[0, 0].tolist()
    [130, 130, 130]

    """

    def __init__(
        self,
        add=(-30, 30),
        to_colorspace=[  # noqa: B006 - 0.4.0 default, never mutated
            CSPACE_YCrCb,
            CSPACE_HSV,
            CSPACE_HLS,
            CSPACE_Lab,
            CSPACE_Luv,
            CSPACE_YUV,
        ],
        from_colorspace="RGB",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            mul=1.0,
            add=add,
            to_colorspace=to_colorspace,
            from_colorspace=from_colorspace,
            random_order=False,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class WithHueAndSaturation(meta.Augmenter):
    """Run children on the hue and saturation channels of images in HSV.

    Images are converted to HSV; the children receive int16 ``(H, W, 2)`` images
    with hue (rescaled from OpenCV's ``[0, 180)`` to ``[0, 255)``) in channel 0
    and saturation in channel 1. Afterwards hue wraps around (modulo 255) and is
    scaled back, saturation is clipped to ``[0, 255]``, value is kept, and the
    images are converted back. Children that change pixels one by one
    (``Add``, ``Multiply``, inside ``Sequential``/``Sometimes``/``WithChannels``
    ...) are applied as one lookup table per image instead. Non-image data is
    passed to the children unchanged.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    children : None or Augmenter or list of Augmenter, optional
        The children; they must keep the shape and dtype (int16) of their images.
    from_colorspace : str, optional
        Colorspace of the input images (not gray).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.WithHueAndSaturation(iaa.WithChannels(0, iaa.Add(10)))
    >>> aug(image=np.zeros((2, 2, 3), dtype=np.uint8)).shape
    (2, 2, 3)

    """

    def __init__(
        self,
        children=None,
        from_colorspace="RGB",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.children = meta._handle_children_list(
            children, self.name, "then", "sequential", argname="children"
        )
        _check_colorspace(from_colorspace, "from_colorspace", allow_gray=False)
        self.from_colorspace = from_colorspace

    def _augment_batch_(self, batch, random_state, parents, hooks):
        return meta._augment_children_with_hooks(
            self, batch, random_state, parents, hooks
        )

    def _augment_children(self, batch, random_state, parents, hooks):
        images = batch.images
        if images is None:
            return _run_children(self, None, parents, hooks, batch=batch)
        _check_images(images, self)
        if hooks is None and _is_pointwise(self.children):
            # route: tests/perf/test_color_perf.py::test_hue_saturation_tables
            probes = [_hsv.probe_hue_saturation() for _ in images]
            results = _run_children(self, probes, parents, None).images
            _check_children_images(self, probes, results)
            for i, image in enumerate(images):
                hue_table, saturation_table = _hsv.tables_from_probe(results[i])
                images[i] = _apply_to_hsv_(
                    image, hue_table, saturation_table, self.from_colorspace
                )
            batch.images = images
            return batch
        return self._augment_by_children(batch, parents, hooks)

    def _augment_by_children(self, batch, parents, hooks):
        images = batch.images
        converted, hue_saturation = [], []
        for image in images:
            if _has_empty_plane(image):
                converted.append(None)
                hue_saturation.append(np.zeros(image.shape[0:2] + (2,), np.int16))
                continue
            image = _cs.convert_(image, self.from_colorspace, CSPACE_HSV)
            converted.append(image)
            channels = np.empty(image.shape[0:2] + (2,), dtype=np.int16)
            channels[:, :, 0] = _hsv.hue_to_255(image[:, :, 0])
            channels[:, :, 1] = image[:, :, 1]
            hue_saturation.append(channels)
        batch = _run_children(self, hue_saturation, parents, hooks, batch=batch)
        _check_children_images(self, hue_saturation, batch.images)
        for i, image in enumerate(converted):
            if image is None:
                continue
            result = batch.images[i]
            image[:, :, 0] = _hsv.hue_from_255(result[:, :, 0])
            image[:, :, 1] = np.clip(result[:, :, 1], 0, 255)
            images[i] = _cs.convert_(image, CSPACE_HSV, self.from_colorspace)
        batch.images = images
        return batch

    def _to_deterministic(self):
        aug = super()._to_deterministic()
        aug.children = self.children.to_deterministic()
        return aug

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.from_colorspace]

    def get_children_lists(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_children_lists`."""
        return [self.children]

    def __str__(self):
        return (
            f"WithHueAndSaturation(from_colorspace={self.from_colorspace}, "
            f"name={self.name}, children=[{self.children}], "
            f"deterministic={self.deterministic})"
        )


def _apply_to_hsv_(image, hue_table, saturation, from_colorspace, copy=False):
    """Convert to HSV, change hue and saturation (tables/offset), convert back.

    Works in place unless `copy`, which leaves `image` untouched.
    """
    if _has_empty_plane(image):
        return image
    convert = _cs.convert if copy else _cs.convert_
    hsv = _cv2util.normalize_cv2_input_(convert(image, from_colorspace, CSPACE_HSV))
    hsv = _hsv.apply_to_hsv_(hsv, hue_table, saturation)
    return _cs.convert_(hsv, CSPACE_HSV, from_colorspace)


class MultiplyHueAndSaturation(WithHueAndSaturation):
    """Multiply hue and saturation of images in HSV.

    Hue is multiplied on a ``0..255`` scale and wraps around; saturation is
    clipped to ``[0, 255]``.

    Supported dtypes
    ----------------
    See :class:`WithHueAndSaturation`.

    Parameters
    ----------
    mul : None or number or tuple or list or StochasticParameter, optional
        Multiplier for hue and saturation together, in ``[-10, 10]``, sampled
        once per image (and channel, see `per_channel`). Excludes `mul_hue` and
        `mul_saturation`.
    mul_hue : None or number or tuple or list or StochasticParameter, optional
        Multiplier for hue only, in ``[-10, 10]``.
    mul_saturation : None or number or tuple or list or StochasticParameter, optional
        Multiplier for saturation only, in ``[0, 10]``.
    per_channel : bool or float or StochasticParameter, optional
        Whether `mul` is sampled separately for hue and saturation (a float ``p``
        does so for ``p * 100`` percent of the images).
    from_colorspace : str, optional
        See :class:`WithHueAndSaturation`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`. A given seed also seeds
        the children.

    If `mul`, `mul_hue` and `mul_saturation` are all None, `mul_hue` is
    ``(0.5, 1.5)`` and `mul_saturation` ``(0.0, 1.7)``.

    Examples
    --------
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.MultiplyHueAndSaturation((0.5, 1.5), per_channel=True)

    """

    def __init__(
        self,
        mul=None,
        mul_hue=None,
        mul_saturation=None,
        per_channel=False,
        from_colorspace="RGB",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        if mul is not None:
            for argname, value in (
                ("mul_hue", mul_hue),
                ("mul_saturation", mul_saturation),
            ):
                if value is not None:
                    raise InvalidValueError(
                        f"Expected '{argname}' to be None if 'mul' is set, got "
                        f"{value!r}."
                    )
        elif mul_hue is None and mul_saturation is None:
            mul_hue = (0.5, 1.5)
            mul_saturation = (0.0, 1.7)
        super().__init__(
            children=None,
            from_colorspace=from_colorspace,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )
        per_channel = iap.handle_probability_param(per_channel, "per_channel")
        rngs = _seeded_children_rngs(self, seed, random_state, 4)
        # like 0.4.0, the children are named after the `name` argument as given
        children = []
        if mul is not None:
            mul = iap.handle_continuous_param(mul, "mul", value_range=(-10.0, 10.0))
            children.append(
                arithmetic.Multiply(
                    mul, per_channel=per_channel, seed=rngs[0], name=f"{name}-Multiply"
                )
            )
        if mul_hue is not None:
            mul_hue = iap.handle_continuous_param(
                mul_hue, "mul_hue", value_range=(-10.0, 10.0)
            )
            children.append(
                meta.WithChannels(
                    0,
                    arithmetic.Multiply(
                        mul_hue, seed=rngs[0], name=f"{name}-MultiplyHue"
                    ),
                    seed=rngs[1],
                    name=f"{name}-WithChannelsHue",
                )
            )
        if mul_saturation is not None:
            mul_saturation = iap.handle_continuous_param(
                mul_saturation, "mul_saturation", value_range=(0.0, 10.0)
            )
            children.append(
                meta.WithChannels(
                    1,
                    arithmetic.Multiply(
                        mul_saturation,
                        seed=rngs[2],
                        name=f"{name}-MultiplySaturation",
                    ),
                    seed=rngs[3],
                    name=f"{name}-WithChannelsSaturation",
                )
            )
        self.children = meta._handle_children_list(
            children, self.name, "then", "sequential"
        )


class MultiplyHue(MultiplyHueAndSaturation):
    """Multiply the hue of images (on a ``0..255`` scale, wrapping around).

    Supported dtypes
    ----------------
    See :class:`WithHueAndSaturation`.

    Parameters
    ----------
    mul : number or tuple of number or list of number or StochasticParameter, optional
        Multiplier in ``[-10, 10]``, sampled once per image.
    from_colorspace : str, optional
        See :class:`WithHueAndSaturation`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.MultiplyHue((0.5, 1.5))

    """

    def __init__(
        self,
        mul=(-3.0, 3.0),
        from_colorspace="RGB",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        # validated here so that errors name this class's argument
        mul = iap.handle_continuous_param(mul, "mul", value_range=(-10.0, 10.0))
        super().__init__(
            mul_hue=mul,
            from_colorspace=from_colorspace,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class MultiplySaturation(MultiplyHueAndSaturation):
    """Multiply the saturation of images (clipped to ``[0, 255]``).

    Supported dtypes
    ----------------
    See :class:`WithHueAndSaturation`.

    Parameters
    ----------
    mul : number or tuple of number or list of number or StochasticParameter, optional
        Multiplier in ``[0, 10]``, sampled once per image.
    from_colorspace : str, optional
        See :class:`WithHueAndSaturation`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> image = np.array([[[100, 150, 200]]], dtype=np.uint8)
    >>> iaa.MultiplySaturation(0.0)(image=image).tolist()
    [[[200, 200, 200]]]

    """

    def __init__(
        self,
        mul=(0.0, 3.0),
        from_colorspace="RGB",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        # validated here so that errors name this class's argument
        mul = iap.handle_continuous_param(mul, "mul", value_range=(0.0, 10.0))
        super().__init__(
            mul_saturation=mul,
            from_colorspace=from_colorspace,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class RemoveSaturation(MultiplySaturation):
    """Decrease the saturation of images (1.0 makes them gray).

    Supported dtypes
    ----------------
    See :class:`WithHueAndSaturation`.

    Parameters
    ----------
    mul : number or tuple of number or list of number or StochasticParameter, optional
        Fraction of saturation to remove, in ``[0, 1]``; saturation is multiplied
        by ``1 - mul``.
    from_colorspace : str, optional
        See :class:`WithHueAndSaturation`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> image = np.array([[[100, 150, 200]]], dtype=np.uint8)
    >>> iaa.RemoveSaturation(1.0)(image=image).tolist()
    [[[200, 200, 200]]]

    """

    def __init__(
        self,
        mul=1,
        from_colorspace=CSPACE_RGB,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        mul = iap.handle_continuous_param(mul, "mul", value_range=(0.0, 1.0))
        super().__init__(
            mul=iap.Subtract(1.0, mul, elementwise=True),
            from_colorspace=from_colorspace,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class AddToHueAndSaturation(_SampledAugmenter):
    """Add values to the hue and saturation of images in HSV.

    Hue offsets are given on a ``0..255`` scale (converted to OpenCV's
    ``[0, 180)`` hue by ``int(v / 255 * 180)``) and wrap around; saturation is
    clipped to ``[0, 255]``. Per image one conversion to HSV, one lookup table
    for hue and saturation, one conversion back.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    value : None or int or tuple or list or StochasticParameter, optional
        Offset for hue and saturation together, in ``[-255, 255]``, sampled once
        per image (and channel, see `per_channel`). Excludes `value_hue` and
        `value_saturation`.
    value_hue : None or int or tuple or list or StochasticParameter, optional
        Offset for hue only, in ``[-255, 255]``.
    value_saturation : None or int or tuple or list or StochasticParameter, optional
        Offset for saturation only, in ``[-255, 255]``.
    per_channel : bool or float or StochasticParameter, optional
        Whether `value` is sampled separately for hue and saturation.
    from_colorspace : str, optional
        Colorspace of the input images (not gray).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    If `value`, `value_hue` and `value_saturation` are all None, `value_hue`
    and `value_saturation` are ``(-40, 40)``.

    Examples
    --------
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.AddToHueAndSaturation((-50, 50), per_channel=True)

    """

    _KINDS = ("images",)
    # the first conversion writes into a new array: no copy of the input needed
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        value=None,
        value_hue=None,
        value_saturation=None,
        per_channel=False,
        from_colorspace="RGB",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        if value is not None:
            for argname, other in (
                ("value_hue", value_hue),
                ("value_saturation", value_saturation),
            ):
                if other is not None:
                    raise InvalidValueError(
                        f"Expected '{argname}' to be None if 'value' is set, got "
                        f"{other!r}."
                    )
        elif value_hue is None and value_saturation is None:
            value_hue = (-40, 40)
            value_saturation = (-40, 40)
        self.value = self._handle_value_arg(value, "value")
        self.value_hue = self._handle_value_arg(value_hue, "value_hue")
        self.value_saturation = self._handle_value_arg(
            value_saturation, "value_saturation"
        )
        self.per_channel = iap.handle_probability_param(per_channel, "per_channel")
        _check_colorspace(from_colorspace, "from_colorspace", allow_gray=False)
        self.from_colorspace = from_colorspace
        self.backend = "cv2"

    @staticmethod
    def _handle_value_arg(value, argname, allow_none=True):
        if value is None and allow_none:
            return None
        return iap.handle_discrete_param(
            value,
            argname,
            value_range=(-255, 255),
            tuple_to_uniform=True,
            list_to_choice=True,
            allow_floats=False,
        )

    # sampling order: with `value`: per_channel (N,), value (N, 2);
    # else value_hue (N,), value_saturation (N,)
    def _draw_samples(self, batch, random_state):
        nb_rows = batch.nb_rows
        if self.value is not None:
            per_channel = self.per_channel.draw_samples(
                (nb_rows,), random_state=random_state
            )
            values = self._draw_offsets(self.value, (nb_rows, 2), random_state, "value")
            hue = values[:, 0]
            saturation = np.where(per_channel > 0.5, values[:, 1], values[:, 0])
        else:
            hue = self._draw_offsets(
                self.value_hue, (nb_rows,), random_state, "value_hue"
            )
            saturation = self._draw_offsets(
                self.value_saturation, (nb_rows,), random_state, "value_saturation"
            )
        hue_tables = _hsv.hue_tables(_hsv.hue_offsets_to_cv2(hue))
        return _HueSaturationSamples(hue_tables, saturation)

    @staticmethod
    def _draw_offsets(param, size, random_state, argname):
        if param is None:
            return np.zeros(size, dtype=np.int64)
        # like 0.4.0: sampled values are cast to int (truncated)
        values = np.trunc(param.draw_samples(size, random_state=random_state))
        if np.any(np.abs(values) > 255):
            raise InvalidValueError(
                f"Expected '{argname}' to sample values in [-255, 255], got values "
                f"from {values.min()} to {values.max()}."
            )
        return values.astype(np.int64)

    def _augment_images_by_samples(self, images, samples):
        _check_images(images, self)
        results = [
            _apply_to_hsv_(
                image,
                samples.hue_tables[i],
                int(samples.saturation_offsets[i]),
                self.from_colorspace,
                copy=True,
            )
            for i, image in enumerate(images)
        ]
        if isinstance(images, np.ndarray):
            return np.stack(results) if results else images
        images[:] = results
        return images

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [
            self.value,
            self.value_hue,
            self.value_saturation,
            self.per_channel,
            self.from_colorspace,
        ]


class AddToHue(AddToHueAndSaturation):
    """Add a value to the hue of images (``0..255`` scale, wrapping around).

    Supported dtypes
    ----------------
    See :class:`AddToHueAndSaturation`.

    Parameters
    ----------
    value : int or tuple of int or list of int or StochasticParameter, optional
        Hue offset in ``[-255, 255]``, sampled once per image.
    from_colorspace : str, optional
        See :class:`AddToHueAndSaturation`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.AddToHue((-50, 50))

    """

    def __init__(
        self,
        value=(-255, 255),
        from_colorspace=CSPACE_RGB,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        # validated here so that errors name this class's argument
        value = AddToHueAndSaturation._handle_value_arg(
            value, "value", allow_none=False
        )
        super().__init__(
            value_hue=value,
            from_colorspace=from_colorspace,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class AddToSaturation(AddToHueAndSaturation):
    """Add a value to the saturation of images (clipped to ``[0, 255]``).

    Supported dtypes
    ----------------
    See :class:`AddToHueAndSaturation`.

    Parameters
    ----------
    value : int or tuple of int or list of int or StochasticParameter, optional
        Saturation offset in ``[-255, 255]``, sampled once per image.
    from_colorspace : str, optional
        See :class:`AddToHueAndSaturation`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.AddToSaturation((-50, 50))

    """

    def __init__(
        self,
        value=(-75, 75),
        from_colorspace="RGB",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        # validated here so that errors name this class's argument
        value = AddToHueAndSaturation._handle_value_arg(
            value, "value", allow_none=False
        )
        super().__init__(
            value_saturation=value,
            from_colorspace=from_colorspace,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


def _cv2_codes_of_0_4_0():
    """Build the ``ChangeColorspace.CV_VARS`` table (``"RGB2HSV"`` -> OpenCV code)."""
    pairs = [
        (source, target)
        for source in (CSPACE_RGB, CSPACE_BGR)
        for target in (
            CSPACE_BGR if source == CSPACE_RGB else CSPACE_RGB,
            CSPACE_GRAY,
            CSPACE_CIE,
            CSPACE_YCrCb,
            CSPACE_HSV,
            CSPACE_HLS,
            CSPACE_Lab,
            CSPACE_Luv,
        )
    ]
    pairs += [
        (source, target)
        for source in (CSPACE_HSV, CSPACE_HLS, CSPACE_Lab)
        for target in (CSPACE_RGB, CSPACE_BGR)
    ]
    return {
        f"{source}2{target}": _cs.conversion_codes(source, target)[0]
        for source, target in pairs
    }


class ChangeColorspace(_SampledAugmenter):
    """Convert images to another colorspace (optionally blended with the input).

    The result stays in the target colorspace; a gray result has three identical
    channels.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    to_colorspace : str or list of str or StochasticParameter
        Target colorspace (a ``CSPACE_*`` constant), or a list to pick one from
        per image.
    from_colorspace : str, optional
        Colorspace of the input images (not gray).
    alpha : number or tuple of number or list of number or StochasticParameter, optional
        Opacity of the converted image over the input, in ``[0, 1]``, sampled
        once per image.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> image = np.array([[[255, 0, 0]]], dtype=np.uint8)
    >>> iaa.ChangeColorspace(iaa.CSPACE_HSV)(image=image).tolist()
    [[[0, 255, 255]]]

    """

    RGB = CSPACE_RGB
    BGR = CSPACE_BGR
    GRAY = CSPACE_GRAY
    CIE = CSPACE_CIE
    YCrCb = CSPACE_YCrCb
    HSV = CSPACE_HSV
    HLS = CSPACE_HLS
    Lab = CSPACE_Lab
    Luv = CSPACE_Luv
    COLORSPACES = {RGB, BGR, GRAY, CIE, YCrCb, HSV, HLS, Lab, Luv}
    CV_VARS = _cv2_codes_of_0_4_0()

    _KINDS = ("images",)
    # results are new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        to_colorspace,
        from_colorspace=CSPACE_RGB,
        alpha=1.0,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.alpha = iap.handle_continuous_param(
            alpha,
            "alpha",
            value_range=(0, 1.0),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        if isinstance(to_colorspace, str):
            _check_colorspace(to_colorspace, "to_colorspace")
            self.to_colorspace = iap.Deterministic(to_colorspace)
        elif isinstance(to_colorspace, list):
            if len(to_colorspace) == 0:
                raise InvalidValueError(
                    "Expected 'to_colorspace' to be a non-empty list."
                )
            for space in to_colorspace:
                _check_colorspace(space, "to_colorspace")
            self.to_colorspace = iap.Choice(to_colorspace)
        elif isinstance(to_colorspace, iap.StochasticParameter):
            self.to_colorspace = to_colorspace
        else:
            raise InvalidTypeError(
                "Expected 'to_colorspace' to be a colorspace name, a list of names "
                f"or a StochasticParameter, got {type(to_colorspace).__name__}."
            )
        _check_colorspace(from_colorspace, "from_colorspace", allow_gray=False)
        self.from_colorspace = from_colorspace
        self.eps = 0.001
        # only values from user-given parameters can be out of range
        self._check_sampled_alphas = isinstance(alpha, iap.StochasticParameter)
        self._check_sampled_colorspaces = isinstance(
            to_colorspace, iap.StochasticParameter
        )

    # sampling order: alpha (N,), to_colorspace (N,)
    def _draw_samples(self, batch, random_state):
        nb_rows = batch.nb_rows
        alphas = self.alpha.draw_samples((nb_rows,), random_state=random_state)
        spaces = self.to_colorspace.draw_samples((nb_rows,), random_state=random_state)
        if self._check_sampled_colorspaces:
            for space in set(np.asarray(spaces).tolist()):
                _check_colorspace(space, "to_colorspace")
        if self._check_sampled_alphas and np.any((alphas < 0) | (alphas > 1)):
            raise InvalidValueError(
                f"Expected 'alpha' to sample values in [0, 1], got values from "
                f"{alphas.min()} to {alphas.max()}."
            )
        return _ColorspaceSamples(alphas, spaces)

    def _augment_images_by_samples(self, images, samples):
        _check_images(images, self)
        results = [
            self._convert_and_blend(image, samples.alphas[i], samples.to_colorspaces[i])
            for i, image in enumerate(images)
        ]
        if isinstance(images, np.ndarray):
            return np.stack(results) if results else images
        images[:] = results
        return images

    def _convert_and_blend(self, image, alpha, to_colorspace):
        """Return the converted image (a new array) or `image` if unchanged."""
        if alpha <= self.eps or to_colorspace == self.from_colorspace:
            return image
        if _has_empty_plane(image):
            return image
        if to_colorspace == CSPACE_GRAY and self.from_colorspace in (
            CSPACE_RGB,
            CSPACE_BGR,
        ):
            # one cvtColor to gray, one to three channels
            # route: tests/perf/test_color_perf.py::test_grayscale_vs_convert
            code = cv2.COLOR_RGB2GRAY
            if self.from_colorspace == CSPACE_BGR:
                code = cv2.COLOR_BGR2GRAY
            gray = cv2.cvtColor(np.ascontiguousarray(image), code)
            converted = cv2.cvtColor(gray, cv2.COLOR_GRAY2RGB)
        else:
            converted = _cs.convert(image, self.from_colorspace, to_colorspace)
        if alpha >= 1 - self.eps:
            return converted
        return _blend.blend_alpha(converted, image, float(alpha), self.eps)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.to_colorspace, self.alpha]


class Grayscale(ChangeColorspace):
    """Turn images gray (three identical channels), blended with the input by `alpha`.

    Supported dtypes
    ----------------
    See :class:`ChangeColorspace`.

    Parameters
    ----------
    alpha : number or tuple of number or list of number or StochasticParameter, optional
        Opacity of the gray image over the input, in ``[0, 1]``, sampled once per
        image (``1`` = fully gray).
    from_colorspace : str, optional
        Colorspace of the input images (not gray).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> image = np.array([[[255, 0, 0]]], dtype=np.uint8)
    >>> iaa.Grayscale(1.0)(image=image).tolist()
    [[[76, 76, 76]]]

    """

    def __init__(
        self,
        alpha=1,
        from_colorspace=CSPACE_RGB,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            to_colorspace=CSPACE_GRAY,
            alpha=alpha,
            from_colorspace=from_colorspace,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class ChangeColorTemperature(_SampledAugmenter):
    """Change the colour temperature of images (reddish to bluish).

    Every RGB channel is multiplied by the colour of a black body at the sampled
    temperature (see :func:`change_color_temperatures_`); one lookup table pass
    per image.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    kelvin : number or tuple or list or StochasticParameter, optional
        Temperature in Kelvin, in ``[1000, 40000]``, sampled once per image.
        Around 6600 K leaves images almost unchanged.
    from_colorspace : str, optional
        Colorspace of the input images (not gray).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> image = np.full((1, 1, 3), 255, dtype=np.uint8)
    >>> iaa.ChangeColorTemperature(4000)(image=image).tolist()
    [[[255, 209, 163]]]

    """

    _KINDS = ("images",)
    # change_color_temperatures_ puts new arrays into the container it is given
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        kelvin=(1000, 11000),
        from_colorspace=CSPACE_RGB,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.kelvin = iap.handle_continuous_param(
            kelvin,
            "kelvin",
            value_range=(_kelvin.KELVIN_MIN, _kelvin.KELVIN_MAX),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        _check_colorspace(from_colorspace, "from_colorspace", allow_gray=False)
        self.from_colorspace = from_colorspace
        # only values from user-given parameters can be out of range
        self._check_sampled_kelvins = isinstance(kelvin, iap.StochasticParameter)

    # sampling order: kelvin (N,)
    def _draw_samples(self, batch, random_state):
        kelvins = self.kelvin.draw_samples((batch.nb_rows,), random_state=random_state)
        if self._check_sampled_kelvins:
            kelvins = _check_kelvins(kelvins, batch.nb_rows, "kelvin")
        return _KelvinSamples(kelvins)

    def _augment_images_by_samples(self, images, samples):
        _check_images(images, self)
        results = change_color_temperatures_(
            list(images), samples.kelvins, from_colorspaces=self.from_colorspace
        )
        if isinstance(images, np.ndarray):
            return np.stack(results) if results else images
        images[:] = results
        return images

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.kelvin, self.from_colorspace]


class _AbstractColorQuantization(_SampledAugmenter):
    """Shared code of the colour quantization augmenters.

    Per image: optionally downscale (larger side to `max_size`), split off an
    alpha channel (4 channels), convert to a colorspace picked from
    `to_colorspace`, quantize, convert back, re-attach alpha, upscale back.
    One-channel images are quantized directly.
    """

    _KINDS = ("images",)
    # results are new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        counts=(2, 16),
        counts_value_range=(2, None),
        from_colorspace=CSPACE_RGB,
        to_colorspace=[CSPACE_RGB, CSPACE_Lab],  # noqa: B006 - 0.4.0 default
        max_size=128,
        interpolation="linear",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
        counts_argname="counts",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.counts_value_range = counts_value_range
        self.counts = iap.handle_discrete_param(
            counts,
            counts_argname,
            value_range=counts_value_range,
            tuple_to_uniform=True,
            list_to_choice=True,
            allow_floats=False,
        )
        _check_colorspace(from_colorspace, "from_colorspace", allow_gray=False)
        self.from_colorspace = from_colorspace
        self.to_colorspace = to_colorspace
        self._to_colorspace_param = self._handle_to_colorspace(to_colorspace)
        if max_size is not None:
            _check_int_in_range(max_size, "max_size", 1, 2**31 - 1)
        self.max_size = max_size
        self.interpolation = interpolation
        self._interpolation_code = _resize._normalize_interpolation(
            interpolation, False
        )

    @staticmethod
    def _handle_to_colorspace(to_colorspace):
        if to_colorspace is None:
            return None
        # quantized images are converted back, which gray cannot be
        if isinstance(to_colorspace, str):
            _check_colorspace(to_colorspace, "to_colorspace", allow_gray=False)
            return iap.Deterministic(to_colorspace)
        if isinstance(to_colorspace, list) and len(to_colorspace) > 0:
            for space in to_colorspace:
                _check_colorspace(space, "to_colorspace", allow_gray=False)
            return iap.Choice(to_colorspace)
        raise InvalidTypeError(
            "Expected 'to_colorspace' to be None, a colorspace name or a non-empty "
            f"list of names, got {to_colorspace!r}."
        )

    # sampling order: counts (N,), to_colorspace (N,) if given
    def _draw_samples(self, batch, random_state):
        nb_rows = batch.nb_rows
        counts = self.counts.draw_samples((nb_rows,), random_state=random_state)
        counts = np.asarray(counts)
        if counts.dtype.kind == "f":
            counts = np.round(counts)
        # clipped with maximum/minimum: np.clip costs ~30 us per call here
        low, high = self.counts_value_range
        counts = np.maximum(counts.astype(np.int64), low)
        if high is not None:
            counts = np.minimum(counts, high)
        spaces = None
        if self._to_colorspace_param is not None:
            # built from names checked in __init__
            spaces = self._to_colorspace_param.draw_samples(
                (nb_rows,), random_state=random_state
            )
        return _QuantizationSamples(counts, spaces)

    def _augment_images_by_samples(self, images, samples):
        _check_images(images, self, channels=(1, 3, 4))
        spaces = samples.to_colorspaces
        results = [
            self._quantize_image(
                image, int(samples.counts[i]), None if spaces is None else spaces[i]
            )
            for i, image in enumerate(images)
        ]
        if isinstance(images, np.ndarray):
            return np.stack(results) if results else images
        images[:] = results
        return images

    def _quantize_image(self, image, count, to_colorspace):
        """Return the quantized image (a new array)."""
        if image.size == 0:
            return np.copy(image)
        height, width = image.shape[0:2]
        work = image
        resized = self.max_size is not None and max(height, width) > self.max_size
        if resized:
            factor = self.max_size / max(height, width)
            work = _resize_uint8(
                image,
                max(int(height * factor), 1),
                max(int(width * factor), 1),
                self._interpolation_code,
            )
        alpha = None
        if work.ndim == 3 and work.shape[2] == 4:
            alpha = work[:, :, 3:4]
            work = work[:, :, 0:3]
        convert = (
            work.ndim == 3
            and work.shape[2] == 3
            and to_colorspace is not None
            and to_colorspace != self.from_colorspace
        )
        if convert:
            work = _cs.convert(work, self.from_colorspace, to_colorspace)
        work = self._quantize(work, count)
        if convert:
            work = _cs.convert_(work, to_colorspace, self.from_colorspace)
        if alpha is not None:
            work = np.concatenate([work, alpha], axis=2)
        if resized:
            work = _resize_uint8(work, height, width, self._interpolation_code)
        return work

    @abstractmethod
    def _quantize(self, arr, count):
        """Return `arr` (uint8) quantized with `count` colours/bits, a new array."""

    def _quantize_table(self, count):
        """Return the uint8 table of `_quantize` for `count` (pointwise subclasses)."""
        raise NotImplementedError

    def _pointwise_tables(self, samples, images):
        """Per-row tables of uint8 `images` (see ``_pointwise``).

        None where a row would be resized or converted to another colorspace.
        """
        _check_images(images, self, channels=(1, 3, 4))
        spaces = samples.to_colorspaces
        result = []
        for i, image in enumerate(images):
            if image.size == 0:
                result.append(None)
                continue
            height, width = image.shape[0:2]
            nb_channels = image.shape[2] if image.ndim == 3 else 1
            if self.max_size is not None and max(height, width) > self.max_size:
                return None
            space = None if spaces is None else spaces[i]
            if nb_channels > 1 and space is not None and space != self.from_colorspace:
                return None
            table = self._quantize_table(int(samples.counts[i]))
            if nb_channels == 4:  # the alpha channel stays as it is
                table = np.stack([table, table, table, _IDENTITY_TABLE], axis=1)
            result.append(table)
        return result

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [
            self.counts,
            self.from_colorspace,
            self.to_colorspace,
            self.max_size,
            self.interpolation,
        ]


class KMeansColorQuantization(_AbstractColorQuantization):
    """Reduce the colours of images with k-means clustering.

    Per image the pixels are clustered by colour (see :func:`quantize_kmeans`),
    on a copy downscaled to `max_size` and in a colorspace picked from
    `to_colorspace`; the result is upscaled back.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    n_colors : int or tuple of int or list of int or StochasticParameter, optional
        Number of colours (clusters), ``>= 2``, sampled once per image.
    from_colorspace : str, optional
        Colorspace of the input images (not gray). Images with one channel are
        quantized as they are, a fourth (alpha) channel is kept.
    to_colorspace : None or str or list of str, optional
        Colorspace(s) to cluster in, picked per image; None clusters in
        `from_colorspace`.
    max_size : None or int, optional
        Larger side of the downscaled copy that is clustered (None: full size).
    interpolation : str or int, optional
        Interpolation for the down- and upscaling (see
        :func:`imgaug.imgaug.imresize_single_image`).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.KMeansColorQuantization(n_colors=8)

    """

    def __init__(
        self,
        n_colors=(2, 16),
        from_colorspace=CSPACE_RGB,
        to_colorspace=[CSPACE_RGB, CSPACE_Lab],  # noqa: B006 - 0.4.0 default
        max_size=128,
        interpolation="linear",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            counts=n_colors,
            counts_value_range=(2, None),
            from_colorspace=from_colorspace,
            to_colorspace=to_colorspace,
            max_size=max_size,
            interpolation=interpolation,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
            counts_argname="n_colors",
        )

    @property
    def n_colors(self):
        """Alias of ``counts``: the number of colours parameter."""
        return self.counts

    def _quantize(self, arr, count):
        return quantize_kmeans(arr, min(count, 256))


@_pointwise.fusable
class UniformColorQuantization(_AbstractColorQuantization):
    """Reduce every channel of images to equally wide bins (mapped to their centres).

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    n_colors : int or tuple of int or list of int or StochasticParameter, optional
        Number of bins per channel, in ``[2, 256]``, sampled once per image.
    from_colorspace, to_colorspace, max_size, interpolation
        See :class:`KMeansColorQuantization` (by default no colorspace change and
        no downscaling).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> image = np.array([[[0, 100, 200]]], dtype=np.uint8)
    >>> iaa.UniformColorQuantization(2)(image=image).tolist()
    [[[64, 64, 192]]]

    """

    def __init__(
        self,
        n_colors=(2, 16),
        from_colorspace=CSPACE_RGB,
        to_colorspace=None,
        max_size=None,
        interpolation="linear",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            counts=n_colors,
            counts_value_range=(2, 256),
            from_colorspace=from_colorspace,
            to_colorspace=to_colorspace,
            max_size=max_size,
            interpolation=interpolation,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
            counts_argname="n_colors",
        )

    @property
    def n_colors(self):
        """Alias of ``counts``: the number of bins parameter."""
        return self.counts

    def _quantize(self, arr, count):
        return quantize_uniform(arr, count)

    def _quantize_table(self, count):
        return _get_uniform_table(count, True)


@_pointwise.fusable
class UniformColorQuantizationToNBits(_AbstractColorQuantization):
    """Keep only the upper bits of every channel of images (posterization).

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``ValueError``)

    Parameters
    ----------
    nb_bits : int or tuple of int or list of int or StochasticParameter, optional
        Number of bits to keep, in ``[1, 8]``, sampled once per image.
    from_colorspace, to_colorspace, max_size, interpolation
        See :class:`KMeansColorQuantization` (by default no colorspace change and
        no downscaling).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> image = np.array([[[255, 100, 37]]], dtype=np.uint8)
    >>> iaa.UniformColorQuantizationToNBits(2)(image=image).tolist()
    [[[192, 64, 0]]]

    """

    def __init__(
        self,
        nb_bits=(1, 8),
        from_colorspace=CSPACE_RGB,
        to_colorspace=None,
        max_size=None,
        interpolation="linear",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            counts=nb_bits,
            counts_value_range=(1, 8),
            from_colorspace=from_colorspace,
            to_colorspace=to_colorspace,
            max_size=max_size,
            interpolation=interpolation,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
            counts_argname="nb_bits",
        )

    def _quantize(self, arr, count):
        return quantize_uniform_to_n_bits(arr, count)

    def _quantize_table(self, count):
        return _get_uniform_table(2**count, False)


@_pointwise.fusable
class Posterize(UniformColorQuantizationToNBits):
    """Keep only the upper bits of every channel (alias of the N-bits quantization).

    See :class:`UniformColorQuantizationToNBits`.

    Supported dtypes
    ----------------
    See :class:`UniformColorQuantizationToNBits`.

    Parameters
    ----------
    nb_bits, from_colorspace, to_colorspace, max_size, interpolation
        See :class:`UniformColorQuantizationToNBits`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> image = np.array([[[255, 100, 37]]], dtype=np.uint8)
    >>> iaa.Posterize(3)(image=image).tolist()
    [[[224, 96, 32]]]

    """
