"""Augmenters that detect edges and draw them.

They change only images; heatmaps, segmentation maps and coordinate-based
augmentables pass through untouched.

List of augmenters:

* :class:`Canny`

Helpers that turn binary edge images into colour images:

* :class:`IBinaryImageColorizer`
* :class:`RandomColorsBinaryImageColorizer`

"""

from __future__ import annotations

from abc import ABCMeta, abstractmethod

import cv2
import numpy as np

import imgaug.dtypes as iadt
import imgaug.imgaug as ia
import imgaug.parameters as iap
from imgaug._kernels import blend as _blend
from imgaug._kernels import cv2util
from imgaug.augmenters._rowwise import map_rows
from imgaug.augmenters._sampled import _SampledAugmenter
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = ["IBinaryImageColorizer", "RandomColorsBinaryImageColorizer", "Canny"]

_CANNY_DTYPES = {
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
        "float32",
        "float64",
        "float128",
    ],
}

# alphas from which blend_alpha (default eps) returns the foreground unchanged
_OPAQUE_ALPHA = 1.0 - 1e-2

# luminance weights of red, green and blue for one-channel outputs
_GRAY_WEIGHTS = np.array([0.299, 0.587, 0.114], dtype=np.float64)


class IBinaryImageColorizer(metaclass=ABCMeta):
    """Interface of classes that turn binary images into colour images."""

    @abstractmethod
    def colorize(self, image_binary, image_original, nth_image, random_state):
        """Colorize a binary image.

        Parameters
        ----------
        image_binary : ndarray
            ``(H, W)`` bool array, e.g. the edges of `image_original`.
        image_original : ndarray
            The ``(H, W, C)`` uint8 image that `image_binary` was made from.
        nth_image : int
            Index of the image within its batch.
        random_state : imgaug.random.RNG
            RNG to sample colours or other values from.

        Returns
        -------
        ndarray
            Colorized uint8 image of the shape of `image_original`.

        """


class RandomColorsBinaryImageColorizer(IBinaryImageColorizer):
    """Colorize binary images with one random colour for each of the two values.

    Parameters
    ----------
    color_true : int or tuple of int or list of int or StochasticParameter, optional
        Source of the colour of ``True`` pixels: three values (R, G, B) in
        ``[0, 255]`` are sampled per image. A tuple ``(a, b)`` samples from the
        discrete range ``[a, b]``, a list samples its entries.
    color_false : int or tuple of int or list of int or StochasticParameter, optional
        The same for ``False`` pixels.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.random as iarandom
    >>> colorizer = RandomColorsBinaryImageColorizer(color_true=255, color_false=0)
    >>> edges = np.array([[True, False]])
    >>> image = np.zeros((1, 2, 3), dtype=np.uint8)
    >>> colorizer.colorize(edges, image, 0, iarandom.RNG(0)).tolist()
    [[[255, 255, 255], [0, 0, 0]]]

    """

    def __init__(self, color_true=(0, 255), color_false=(0, 255)):
        self.color_true = _handle_color_arg(color_true, "color_true")
        self.color_false = _handle_color_arg(color_false, "color_false")

    # sampling order: true colours (N, 3), false colours (N, 3)
    def _draw_colors(self, nb_images, random_state):
        """Return ``(N, 3)`` uint8 colours of the true and of the false pixels."""
        color_true = self.color_true.draw_samples(
            (nb_images, 3), random_state=random_state
        )
        color_false = self.color_false.draw_samples(
            (nb_images, 3), random_state=random_state
        )
        return (
            np.clip(color_true, 0, 255).astype(np.uint8),
            np.clip(color_false, 0, 255).astype(np.uint8),
        )

    def colorize(self, image_binary, image_original, nth_image, random_state):
        """See :meth:`IBinaryImageColorizer.colorize`."""
        _check_colorize_inputs(image_binary, image_original)
        color_true, color_false = self._draw_colors(1, random_state)
        return _colorize(image_binary, image_original, color_true[0], color_false[0])

    def __str__(self):
        return (
            f"RandomColorsBinaryImageColorizer(color_true={self.color_true}, "
            f"color_false={self.color_false})"
        )


def _handle_color_arg(value, name):
    return iap.handle_discrete_param(
        value,
        name,
        value_range=(0, 255),
        tuple_to_uniform=True,
        list_to_choice=True,
        allow_floats=False,
    )


def _check_colorize_inputs(image_binary, image_original):
    if not isinstance(image_binary, np.ndarray) or image_binary.ndim != 2:
        raise InvalidValueError(
            "Expected argument 'image_binary' to be a 2D bool array, got "
            f"{getattr(image_binary, 'shape', type(image_binary).__name__)}."
        )
    if image_binary.dtype.kind != "b":
        raise InvalidTypeError(
            "Expected argument 'image_binary' to have dtype bool, got "
            f"{image_binary.dtype.name}."
        )
    if (
        not isinstance(image_original, np.ndarray)
        or image_original.ndim != 3
        or image_original.shape[2] not in (1, 3, 4)
    ):
        raise InvalidValueError(
            "Expected argument 'image_original' to be an (H,W,C) array with 1, 3 "
            f"or 4 channels, got {getattr(image_original, 'shape', image_original)}."
        )
    if image_original.dtype != np.uint8:
        raise InvalidTypeError(
            "Expected argument 'image_original' to have dtype uint8, got "
            f"{image_original.dtype.name}."
        )


def _colorize(image_binary, image_original, color_true, color_false):
    """Paint a binary image with two RGB colours in the layout of the original.

    `image_binary` is a bool array or a uint8 array (any non-zero value counts as
    true). One-channel originals get the colours' luminance (truncated), a fourth
    (alpha) channel of the original is kept.
    """
    index = (
        image_binary.view(np.uint8) if image_binary.dtype.kind == "b" else image_binary
    )
    index = cv2util.contiguous(index)
    nb_channels = image_original.shape[2]
    if nb_channels == 1:
        colors = np.stack([color_false, color_true]).astype(np.float64)
        # weighted sum in channel order (a BLAS dot product may round 201.0
        # down to 200.999..., which truncates to 200)
        gray = (
            colors[:, 0] * _GRAY_WEIGHTS[0]
            + colors[:, 1] * _GRAY_WEIGHTS[1]
            + colors[:, 2] * _GRAY_WEIGHTS[2]
        ).astype(np.uint8)
        table = np.full((256,), gray[1], dtype=np.uint8)
        table[0] = gray[0]
        return cv2.LUT(index, table)[:, :, np.newaxis]
    # a 0/255 mask on three channels, then ``(mask & (true ^ false)) ^ false``
    # with per-channel scalars: the true colour where the mask is set, else the
    # false one (two saturation-free bitwise passes, 5x faster than a 3-channel
    # lookup table)
    # route: tests/perf/test_edges_perf.py::test_colorize_bitwise_vs_lut
    color_true = np.asarray(color_true, dtype=np.uint8)
    color_false = np.asarray(color_false, dtype=np.uint8)
    if index.size <= 4:
        # next to a tiny array cv2 may read a scalar as an array (OpenCV 4 does
        # for a 1x1 three-channel one): numpy for these
        result = np.where((index != 0)[:, :, np.newaxis], color_true, color_false)
        result = result.astype(np.uint8)
    else:
        mask = cv2.compare(index, 0, cv2.CMP_NE)
        result = cv2.merge([mask, mask, mask])
        flips = (color_true ^ color_false).tolist()
        cv2.bitwise_and(result, (*flips, 0), dst=result)
        cv2.bitwise_xor(result, (*color_false.tolist(), 0), dst=result)
    if nb_channels == 4:
        result = np.concatenate([result, image_original[:, :, 3:4]], axis=2)
    return result


class _CannySamples:
    __slots__ = (
        "alpha",
        "thresholds",
        "sobel",
        "color_true",
        "color_false",
        "random_state",
    )

    def __init__(self, alpha, thresholds, sobel, colors, random_state):
        self.alpha = alpha  # (N,) float
        self.thresholds = thresholds  # (N, 2) int, min <= max
        self.sobel = sobel  # (N,) int, odd or <= 1
        # (N, 3) uint8 each, drawn here for the built-in colorizer, else None
        self.color_true, self.color_false = colors
        self.random_state = random_state  # RNG for other colorizers, or None


class Canny(_SampledAugmenter):
    """Detect edges with the Canny algorithm and blend them over the image.

    The edge pixels (``True``) and the background (``False``) are coloured by
    `colorizer`; the coloured edge image is alpha-blended with the input.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (``float16`` warns and fails in OpenCV)

    Images must have 1, 3 or 4 channels; the edges are computed on the first
    three channels and a fourth (alpha) channel is kept.

    Parameters
    ----------
    alpha : number or tuple or list or StochasticParameter, optional
        Opacity of the coloured edge image in ``[0.0, 1.0]``, sampled per image
        (``0`` keeps the input). A tuple ``(a, b)`` samples uniformly from
        ``[a, b)``, a list one of its entries.
    hysteresis_thresholds : number or tuple or list or StochasticParameter, optional
        The two hysteresis thresholds of the Canny algorithm in ``[0, 255]``,
        sampled per image. One value/range/parameter is sampled twice (and the
        two samples sorted); a tuple of two entries that are not plain numbers
        gives the lower and the upper threshold separately (swapped if the
        lower one exceeds the upper one).
    sobel_kernel_size : int or tuple or list or StochasticParameter, optional
        Aperture of the Sobel operator in ``[0, 7]``, sampled per image. Even
        sizes are decreased by one; sizes ``<= 1`` leave the image unchanged.
    colorizer : None or IBinaryImageColorizer, optional
        Turns the binary edge image into a colour image. ``None`` uses
        ``RandomColorsBinaryImageColorizer()`` (random colours per image).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> aug = Canny(alpha=(0.0, 0.5), sobel_kernel_size=[3, 7])

    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        alpha=(0.0, 1.0),
        hysteresis_thresholds=((100 - 40, 100 + 40), (200 - 40, 200 + 40)),
        sobel_kernel_size=(3, 7),
        colorizer=None,
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
        self.hysteresis_thresholds = _handle_thresholds(hysteresis_thresholds)
        self.sobel_kernel_size = iap.handle_discrete_param(
            sobel_kernel_size,
            "sobel_kernel_size",
            value_range=(0, 7),
            tuple_to_uniform=True,
            list_to_choice=True,
            allow_floats=False,
        )
        if colorizer is None:
            colorizer = RandomColorsBinaryImageColorizer()
        elif not isinstance(colorizer, IBinaryImageColorizer):
            raise InvalidTypeError(
                "Expected argument 'colorizer' to be None or an "
                f"IBinaryImageColorizer, got {type(colorizer).__name__}."
            )
        self.colorizer = colorizer

    # sampling order: alpha (N,); thresholds (N, 2) or min (N,), max (N,);
    # sobel kernel size (N,); then the colours (N, 3) twice (built-in colorizer)
    # or one derived RNG for a custom colorizer
    def _draw_samples(self, batch, random_state):
        n = batch.nb_rows
        alpha = self.alpha.draw_samples((n,), random_state=random_state)
        if isinstance(self.hysteresis_thresholds, tuple):
            low = self.hysteresis_thresholds[0].draw_samples(
                (n,), random_state=random_state
            )
            high = self.hysteresis_thresholds[1].draw_samples(
                (n,), random_state=random_state
            )
            thresholds = np.stack([low, high], axis=1)
        else:
            thresholds = self.hysteresis_thresholds.draw_samples(
                (n, 2), random_state=random_state
            )
        thresholds = np.sort(np.asarray(thresholds).reshape((n, 2)), axis=1)
        sobel = np.asarray(
            self.sobel_kernel_size.draw_samples((n,), random_state=random_state)
        ).astype(np.int64)
        if sobel.size and (sobel.min() < 0 or sobel.max() > 7):
            raise InvalidValueError(
                "Expected sampled 'sobel_kernel_size' of Canny to be in [0, 7], got "
                f"values in [{sobel.min()}, {sobel.max()}]."
            )
        sobel = np.where(sobel % 2 == 0, sobel - 1, sobel)
        if type(self.colorizer).colorize is RandomColorsBinaryImageColorizer.colorize:
            colors = self.colorizer._draw_colors(n, random_state)
            return _CannySamples(alpha, thresholds, sobel, colors, None)
        return _CannySamples(
            alpha, thresholds, sobel, (None, None), random_state.derive_rng_()
        )

    def _augment_images_by_samples(self, images, samples):
        for image in images:
            iadt.gate_dtypes(image, augmenter=self, **_CANNY_DTYPES)
            if image.shape[2] not in (1, 3, 4):
                raise InvalidValueError(
                    f"Expected images of {self.name} to have 1, 3 or 4 channels, got "
                    f"an image of shape {image.shape}."
                )

        def _canny_row(i, image):
            alpha = float(samples.alpha[i])
            sobel = int(samples.sobel[i])
            if image.size == 0 or alpha <= 0 or sobel <= 1:
                return None
            low, high = samples.thresholds[i]
            edges = cv2.Canny(
                cv2util.contiguous(image[:, :, 0:3]),
                threshold1=float(low),
                threshold2=float(high),
                apertureSize=sobel,
                L2gradient=True,
            )
            if samples.color_true is not None:
                # the 0/255 edge map indexes the colours directly
                colorized = _colorize(
                    edges, image, samples.color_true[i], samples.color_false[i]
                )
                if alpha >= _OPAQUE_ALPHA:
                    # blend_alpha would return a copy of this new array of ours
                    return colorized
            else:
                colorized = self.colorizer.colorize(
                    edges > 0,
                    image_original=image,
                    nth_image=i,
                    random_state=samples.random_state,
                )
            return _blend.blend_alpha(colorized, image, alpha)

        return map_rows(images, _canny_row)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [
            self.alpha,
            self.hysteresis_thresholds,
            self.sobel_kernel_size,
            self.colorizer,
        ]

    def __str__(self):
        return (
            f"Canny(alpha={self.alpha}, "
            f"hysteresis_thresholds={self.hysteresis_thresholds}, "
            f"sobel_kernel_size={self.sobel_kernel_size}, "
            f"colorizer={self.colorizer}, name={self.name}, "
            f"deterministic={self.deterministic})"
        )


def _handle_thresholds(value):
    """One parameter sampled twice, or a (lower, upper) pair of parameters."""
    if isinstance(value, tuple) and len(value) == 2:
        if not all(ia.is_single_number(v) for v in value):
            return (
                _handle_threshold(value[0], "hysteresis_thresholds[0]"),
                _handle_threshold(value[1], "hysteresis_thresholds[1]"),
            )
    return _handle_threshold(value, "hysteresis_thresholds")


def _handle_threshold(value, name):
    return iap.handle_discrete_param(
        value,
        name,
        value_range=(0, 255),
        tuple_to_uniform=True,
        list_to_choice=True,
        allow_floats=True,
    )
