"""Augmenters that apply artistic styles to images.

They change only images; heatmaps, segmentation maps and coordinate-based
augmentables pass through untouched.

List of augmenters:

* :class:`Cartoon`

"""

from __future__ import annotations

import cv2
import numpy as np

import imgaug.dtypes as iadt
import imgaug.parameters as iap
from imgaug._kernels import colorspace as _colorspace
from imgaug._kernels import cv2util
from imgaug.augmenters._rowwise import map_rows
from imgaug.augmenters._sampled import _SampledAugmenter
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = ["stylize_cartoon", "Cartoon"]

_CARTOON_DTYPES = iadt._UINT8_ONLY_DTYPES

#: images with a side of at least this many pixels take the "large image" route
_LARGE_IMAGE_SIDE = 400


def stylize_cartoon(
    image,
    blur_ksize=3,
    segmentation_size=1.0,
    saturation=2.0,
    edge_prevalence=1.0,
    suppress_edges=True,
    from_colorspace=_colorspace.CSPACE_RGB,
):
    """Make an image look like a cartoon.

    The image is median-blurred, flattened into regions of similar colour by
    mean-shift filtering, overlaid with dark edge lines and saturated. Tuned for
    images of roughly 200 to 800 pixels per side; images with a side of at least
    400 pixels detect edges with a Laplacian, smaller ones with Canny.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no

    Parameters
    ----------
    image : ndarray
        ``(H,W,3)`` uint8 image.
    blur_ksize : number, optional
        Median-blur kernel size (rounded; even sizes are increased by one;
        ``<= 1`` skips the blur).
    segmentation_size : number, optional
        Scale of the mean-shift windows; ``<= 0`` skips the segmentation.
    saturation : number, optional
        Factor for the saturation (``1.0`` keeps it).
    edge_prevalence : number, optional
        How many edges are drawn; larger values draw more.
    suppress_edges : bool, optional
        Whether to remove edge pixels in very dense or very sparse edge areas.
    from_colorspace : str, optional
        Colorspace of `image`, one of the ``CSPACE_*`` names of
        :mod:`imgaug.augmenters.color` (e.g. ``"RGB"`` or ``"BGR"``).

    Returns
    -------
    ndarray
        New ``(H,W,3)`` uint8 image.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((32, 32, 3), 128, dtype=np.uint8)
    >>> image[8:24, 8:24] = (200, 40, 40)
    >>> stylize_cartoon(image).shape
    (32, 32, 3)

    """
    if not isinstance(image, np.ndarray):
        raise InvalidTypeError(
            f"Expected argument 'image' to be a numpy array, got {type(image)}."
        )
    iadt.gate_dtypes(image, augmenter=None, **_CARTOON_DTYPES)
    if image.ndim != 3 or image.shape[2] != 3:
        raise InvalidValueError(
            f"Expected argument 'image' to have shape (H,W,3), got {image.shape}."
        )
    if from_colorspace not in _colorspace.CSPACE_ALL or from_colorspace == "GRAY":
        raise InvalidValueError(
            "Expected argument 'from_colorspace' to be a colour space name other "
            f"than GRAY, got {from_colorspace!r}."
        )
    if image.size == 0:
        return np.copy(image)
    is_large = max(image.shape[0], image.shape[1]) >= _LARGE_IMAGE_SIDE
    blurred = _median_blur(cv2util.contiguous(image), blur_ksize)
    segmented = _mean_shift(blurred, segmentation_size, is_large)
    edges = _find_edges(segmented, edge_prevalence, from_colorspace, is_large)
    if suppress_edges:
        edges = _suppress_edges(edges)
    darkened = _darken(segmented, edges)
    return _saturate(darkened, saturation, from_colorspace)


def _median_blur(image, blur_ksize):
    ksize = max(int(np.round(blur_ksize)), 1)
    if ksize % 2 == 0:
        ksize += 1
    if ksize <= 1:
        return image
    return cv2.medianBlur(image, ksize)


def _mean_shift(image, segmentation_size, is_large):
    size = max(float(segmentation_size), 0.0)
    if size <= 0:
        return image
    if is_large:
        spatial, color = int(15 * size), int(40 * size)
    else:
        spatial, color = int(10 * size), int(20 * size)
    return cv2.pyrMeanShiftFiltering(image, sp=spatial, sr=color)


def _to_gray(image, from_colorspace):
    gray = _colorspace.convert_(np.copy(image), from_colorspace, "GRAY")
    return np.ascontiguousarray(gray[:, :, 0])


def _find_edges(image, edge_prevalence, from_colorspace, is_large):
    """Return a uint8 map with 255 at edge pixels and 0 elsewhere."""
    gray = _to_gray(image, from_colorspace)
    # a prevalence <= 0 means "as few edges as possible", the limit of the formulas
    prevalence = float(edge_prevalence)
    if is_large:
        laplacian = cv2.Laplacian(gray.astype(np.float64) / 255.0, cv2.CV_64F)
        laplacian = np.abs(laplacian) ** 2
        percentile = min(int(90 / prevalence), 99) if prevalence > 0 else 99
        scale = np.percentile(laplacian, percentile)
        # a flat image has a zero percentile: no edges instead of a division by 0
        edges = np.clip(laplacian / max(scale, 1e-8) * 255, 0, 255).astype(np.uint8)
        edges = cv2.medianBlur(edges, 3)
        edges[edges < 50] = 0
    else:
        threshold = min(int(200 / prevalence), 254) if prevalence > 0 else 254
        edges = cv2.Canny(gray, threshold1=threshold, threshold2=threshold)
    return np.where(edges > 100, np.uint8(255), np.uint8(0))


def _suppress_edges(edges):
    """Drop edge pixels in dense 3x3 and in sparse 5x5 neighbourhoods."""
    binary = (edges > 0).astype(np.float32)
    dense = cv2.boxFilter(binary, -1, (3, 3), normalize=False)
    binary[dense >= 8] = 0
    support = cv2.boxFilter(binary, -1, (5, 5), normalize=False)
    binary[support < 3] = 0
    return (binary * 255).astype(np.uint8)


def _darken(image, edges):
    factor = 1.0 - edges.astype(np.float32)[:, :, np.newaxis] / 255.0
    darkened = np.round(image.astype(np.float32) * factor)
    return np.clip(darkened, 0, 255).astype(np.uint8)


def _saturate(image, saturation, from_colorspace):
    if abs(saturation - 1.0) <= 0.01:
        return image
    hsv = _colorspace.convert_(np.copy(image), from_colorspace, "HSV")
    factor = max(float(saturation), 0.0)
    hsv[:, :, 1] = np.clip(hsv[:, :, 1] * factor, 0, 255).astype(np.uint8)
    return _colorspace.convert_(hsv, "HSV", from_colorspace)


class _CartoonSamples:
    __slots__ = ("blur_ksize", "segmentation_size", "saturation", "edge_prevalence")

    def __init__(self, blur_ksize, segmentation_size, saturation, edge_prevalence):
        self.blur_ksize = blur_ksize  # (N,) float
        self.segmentation_size = segmentation_size  # (N,) float
        self.saturation = saturation  # (N,) float
        self.edge_prevalence = edge_prevalence  # (N,) float


class Cartoon(_SampledAugmenter):
    """Make images look like cartoons (see :func:`stylize_cartoon`).

    Supported dtypes
    ----------------
    See :func:`stylize_cartoon`.

    Parameters
    ----------
    blur_ksize : number or tuple or list or StochasticParameter, optional
        Median-blur kernel size (``>= 0``), sampled per image: a number is
        always used, a tuple ``(a, b)`` samples uniformly from ``[a, b)``, a
        list samples its entries.
    segmentation_size : number or tuple or list or StochasticParameter, optional
        Scale of the colour segmentation (``>= 0``), sampled per image.
    saturation : number or tuple or list or StochasticParameter, optional
        Saturation factor (``>= 0``), sampled per image.
    edge_prevalence : number or tuple or list or StochasticParameter, optional
        Amount of drawn edges (``>= 0``; larger values draw more), sampled per
        image.
    from_colorspace : str, optional
        Colorspace of the input images, e.g. ``"RGB"``.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> aug = Cartoon(blur_ksize=3, segmentation_size=1.0, saturation=2.0)

    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        blur_ksize=(1, 5),
        segmentation_size=(0.8, 1.2),
        saturation=(1.5, 2.5),
        edge_prevalence=(0.9, 1.1),
        from_colorspace=_colorspace.CSPACE_RGB,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.blur_ksize = _handle_non_negative(blur_ksize, "blur_ksize")
        self.segmentation_size = _handle_non_negative(
            segmentation_size, "segmentation_size"
        )
        self.saturation = _handle_non_negative(saturation, "saturation")
        self.edge_prevalence = _handle_non_negative(edge_prevalence, "edge_prevalence")
        if not isinstance(from_colorspace, str):
            raise InvalidTypeError(
                "Expected argument 'from_colorspace' to be a string, got "
                f"{type(from_colorspace).__name__}."
            )
        if from_colorspace not in _colorspace.CSPACE_ALL or from_colorspace == "GRAY":
            raise InvalidValueError(
                "Expected argument 'from_colorspace' to be a colour space name other "
                f"than GRAY, got {from_colorspace!r}."
            )
        self.from_colorspace = from_colorspace

    # sampling order: blur_ksize, segmentation_size, saturation, edge_prevalence
    def _draw_samples(self, batch, random_state):
        n = batch.nb_rows
        return _CartoonSamples(
            self.blur_ksize.draw_samples((n,), random_state=random_state),
            self.segmentation_size.draw_samples((n,), random_state=random_state),
            self.saturation.draw_samples((n,), random_state=random_state),
            self.edge_prevalence.draw_samples((n,), random_state=random_state),
        )

    def _augment_images_by_samples(self, images, samples):
        def _stylize_row(i, image):
            # via the module global, so that patching stylize_cartoon takes effect
            return stylize_cartoon(
                image,
                blur_ksize=samples.blur_ksize[i],
                segmentation_size=samples.segmentation_size[i],
                saturation=samples.saturation[i],
                edge_prevalence=samples.edge_prevalence[i],
                from_colorspace=self.from_colorspace,
            )

        return map_rows(images, _stylize_row)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [
            self.blur_ksize,
            self.segmentation_size,
            self.saturation,
            self.edge_prevalence,
            self.from_colorspace,
        ]


def _handle_non_negative(value, name):
    return iap.handle_continuous_param(
        value, name, value_range=(0, None), tuple_to_uniform=True, list_to_choice=True
    )
