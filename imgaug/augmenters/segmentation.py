"""Augmenters that replace image regions by their average colour.

Superpixels group similar neighbouring pixels (SLIC); Voronoi cells group all
pixels that are nearest to the same point of a point set. Either way, some or
all regions are filled with the mean colour of their pixels, which gives a
mosaic- or painting-like look. Segmentation runs on a copy of the image that
is downscaled to at most ``max_size`` pixels per side; the result is resized
back. Only images change; every other kind passes through untouched.

List of augmenters:

* :class:`Superpixels`
* :class:`Voronoi`
* :class:`UniformVoronoi`
* :class:`RegularGridVoronoi`
* :class:`RelativeRegularGridVoronoi`

Point samplers (they choose the cell centres of :class:`Voronoi`):

* :class:`IPointsSampler`
* :class:`RegularGridPointsSampler`
* :class:`RelativeRegularGridPointsSampler`
* :class:`DropoutPointsSampler`
* :class:`UniformPointsSampler`
* :class:`SubsamplingPointsSampler`

"""

from __future__ import annotations

import numbers
from abc import ABCMeta, abstractmethod

import numpy as np

import imgaug.dtypes as iadt
import imgaug.imgaug as ia
import imgaug.parameters as iap
import imgaug.random as iarandom
from imgaug._kernels import resize as _resize
from imgaug._kernels import segment as _segment
from imgaug.augmenters._sampled import _SampledAugmenter
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "segment_voronoi",
    "Superpixels",
    "Voronoi",
    "UniformVoronoi",
    "RegularGridVoronoi",
    "RelativeRegularGridVoronoi",
    "IPointsSampler",
    "RegularGridPointsSampler",
    "RelativeRegularGridPointsSampler",
    "DropoutPointsSampler",
    "UniformPointsSampler",
    "SubsamplingPointsSampler",
]

_SUPERPIXELS_DTYPES = {
    "allowed": [
        "bool",
        "uint8",
        "uint16",
        "uint32",
        "uint64",
        "int8",
        "int16",
        "int32",
        "int64",
    ],
    "disallowed": ["float16", "float32", "float64", "float128"],
}

_VORONOI_DTYPES = iadt._UINT8_ONLY_DTYPES

# SLIC's weight of spatial against colour closeness (fixed in imgaug 0.4.0)
_SLIC_COMPACTNESS = 10.0
# SLIC stops once at most this fraction of the pixels changed their segment in an
# iteration (else after 10): by then segments only trade border pixels, and the
# remaining iterations would cost about a third of the time
_SLIC_TOLERANCE = 0.02


def segment_voronoi(image, cell_coordinates, replace_mask=None):
    """Fill the Voronoi cells of points with the average colour of their pixels.

    Every pixel belongs to the cell of the point nearest to its centre
    ``(x + 0.5, y + 0.5)``. A cell's colour is the mean of its pixels, truncated
    to uint8. Cells whose `replace_mask` entry is True are filled with their
    colour; the other pixels keep their values.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * ``uint16``, ``uint32``, ``uint64``, ``int8``, ``int16``, ``int32``,
      ``int64``, ``float16``, ``float32``, ``float64``, ``bool``: limited;
      tested (1)

    (1) The result is always uint8: colours and kept pixels are clipped to
    ``[0, 255]`` and truncated. Without any cell to fill the input is returned
    (as a copy) in its own dtype.

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` image.
    cell_coordinates : ndarray
        ``(N, 2)`` float ``(x, y)`` coordinates of the cell centres.
    replace_mask : None or ndarray, optional
        ``(N,)`` bool: which cells to fill. ``None`` fills all cells.

    Returns
    -------
    ndarray
        New uint8 image of the input's shape (or a copy of the input if no cell
        is filled or there are no cells).

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[0, 10, 20, 30]], dtype=np.uint8)
    >>> segment_voronoi(image, np.array([[0.5, 0.5], [3.5, 0.5]])).tolist()
    [[5, 5, 25, 25]]

    """
    if not isinstance(image, np.ndarray):
        raise InvalidTypeError(
            f"Expected 'image' to be a numpy array, got {type(image).__name__}."
        )
    if image.ndim not in (2, 3):
        raise InvalidValueError(
            f"Expected 'image' to have shape (H, W) or (H, W, C), got {image.shape}."
        )
    if image.dtype.kind not in "biuf":
        raise InvalidTypeError(
            f"Expected 'image' to have a numeric or bool dtype, got {image.dtype}."
        )
    coords = _as_cell_coordinates(cell_coordinates)
    mask = _as_replace_mask(replace_mask, len(coords))
    if image.size == 0 or len(coords) == 0 or (mask is not None and not mask.any()):
        return np.copy(image)

    image_3d = image[:, :, np.newaxis] if image.ndim == 2 else image
    height, width = image.shape[0:2]
    labels = _segment.nearest_point_labels(height, width, coords)
    means = _segment.segment_means(image_3d, labels, len(coords))
    # truncation like 0.4.0's astype; clipping keeps other dtypes defined
    colors = np.clip(means, 0, 255).astype(np.uint8)
    if mask is not None and mask.all():
        mask = None
    if mask is not None and image.dtype != np.uint8:
        image_3d = np.clip(image_3d, 0, 255).astype(np.uint8)
    result = _segment.replace_segments(image_3d, labels, colors, mask)
    return result[:, :, 0] if image.ndim == 2 else result


def _as_cell_coordinates(cell_coordinates):
    try:
        coords = np.asarray(cell_coordinates, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise InvalidTypeError(
            "Expected 'cell_coordinates' to be an array of (x, y) numbers, got "
            f"{type(cell_coordinates).__name__}."
        ) from exc
    if coords.size == 0:
        return coords.reshape(0, 2)
    if coords.ndim != 2 or coords.shape[1] != 2:
        raise InvalidValueError(
            f"Expected 'cell_coordinates' to have shape (N, 2), got {coords.shape}."
        )
    if not np.all(np.isfinite(coords)):
        raise InvalidValueError("Expected 'cell_coordinates' to be finite numbers.")
    return coords


def _as_replace_mask(replace_mask, nb_cells):
    if replace_mask is None:
        return None
    mask = np.asarray(replace_mask)
    if mask.dtype.kind not in "biu" or mask.shape != (nb_cells,):
        raise InvalidValueError(
            f"Expected 'replace_mask' to be None or {nb_cells} booleans (one per "
            f"cell), got an array of shape {mask.shape} and dtype {mask.dtype}."
        )
    return mask.astype(bool)


def _handle_max_size(max_size):
    if max_size is None:
        return None
    if isinstance(max_size, (bool, np.bool_)) or not isinstance(
        max_size, numbers.Integral
    ):
        raise InvalidTypeError(
            f"Expected 'max_size' to be None or an int, got {type(max_size).__name__}."
        )
    if max_size < 1:
        raise InvalidValueError(f"Expected 'max_size' to be >= 1, got {max_size}.")
    return int(max_size)


def _handle_interpolation(interpolation):
    valid = ia.IMRESIZE_VALID_INTERPOLATIONS
    is_int = isinstance(interpolation, numbers.Integral) and not isinstance(
        interpolation, (bool, np.bool_)
    )
    if not (isinstance(interpolation, str) or is_int):
        raise InvalidTypeError(
            f"Expected 'interpolation' to be one of {valid}, got "
            f"{type(interpolation).__name__}."
        )
    if interpolation not in valid:
        raise InvalidValueError(
            f"Expected 'interpolation' to be one of {valid}, got {interpolation!r}."
        )
    return interpolation


def _ensure_image_max_size(image, max_size, interpolation):
    """Downscale `image` so that its larger side is at most `max_size` pixels.

    The factor is ``max_size / max(H, W)``; the new sides are ``int(side *
    factor)`` (at least 1).
    """
    if max_size is None:
        return image
    height, width = image.shape[0:2]
    if max(height, width) <= max_size:
        return image
    factor = max_size / max(height, width)
    size = (max(int(height * factor), 1), max(int(width * factor), 1))
    return _resize.imresize_any_dtype(image, size, interpolation=interpolation)


def _resize_to_input(segmented, image, interpolation):
    if segmented.shape[0:2] == image.shape[0:2]:
        return segmented
    return _resize.imresize_any_dtype(
        segmented, image.shape[0:2], interpolation=interpolation
    )


def _to_container(images, results):
    """Array input -> array (all rows keep their shape), list input -> list."""
    if isinstance(images, np.ndarray):
        return np.stack(results) if results else np.copy(images)
    return results


class _SuperpixelsSamples:
    __slots__ = ("n_segments", "replace_flags")

    def __init__(self, n_segments, replace_flags):
        self.n_segments = n_segments  # (N,) int, >= 1
        self.replace_flags = replace_flags  # N arrays of (n_segments[i],) bool


class Superpixels(_SampledAugmenter):
    """Fill some superpixels of each image with their average colour.

    Per image, a number of segments ``n`` and ``n`` replacement flags (one per
    segment, true with probability `p_replace`) are sampled. The image is
    downscaled to `max_size`, segmented into about ``n`` superpixels with SLIC
    (compactness 10, up to 10 iterations, stopping once at most 2 % of the
    pixels change their superpixel), each flagged superpixel (superpixel ``i``
    uses flag ``i % n``) is filled with its mean colour (rounded), and the
    result is resized back. Images without any flag set stay unchanged.

    Supported dtypes
    ----------------
    * ``uint8``, ``uint16``, ``uint32``, ``int8``, ``int16``, ``int32``,
      ``bool``: yes; fully tested
    * ``uint64``, ``int64``: limited; tested (means and resizing are computed
      in float64, so values beyond ``2**53`` lose precision)
    * ``float16``, ``float32``, ``float64``, ``float128``: no (``ValueError``)

    Segmentation sees the values scaled by the dtype's maximum (as
    ``skimage.img_as_float`` does), so the same values give other superpixels
    in another dtype.

    Parameters
    ----------
    p_replace : number or tuple or list or StochasticParameter, optional
        Probability of filling a superpixel: a number is used for every
        superpixel; a tuple ``(a, b)`` samples one probability per image from
        ``[a, b)``; a list samples one of its entries per image; a
        StochasticParameter is sampled once per superpixel (values ``> 0.5``
        mean "fill").
    n_segments : int or tuple of int or list of int or StochasticParameter, optional
        Approximate number of superpixels per image: an int, a range ``(a, b)``
        (both inclusive), a list to pick from or a StochasticParameter, sampled
        once per image. Values below 1 count as 1.
    max_size : None or int, optional
        Longest image side for the segmentation; larger images are downscaled
        first and the result is resized back. ``None`` segments at full size
        (slow for large images).
    interpolation : str or int, optional
        Interpolation of the down- and upscaling, see
        :func:`imgaug.imgaug.imresize_single_image`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.zeros((16, 16, 3), dtype=np.uint8)
    >>> image[:, 8:] = 200
    >>> out = Superpixels(p_replace=1.0, n_segments=4)(image=image)
    >>> out.shape, sorted(np.unique(out).tolist())
    ((16, 16, 3), [0, 200])
    >>> aug = Superpixels(p_replace=(0.1, 1.0), n_segments=(16, 128))

    """

    _KINDS = ("images",)
    # the result is built from a segmented copy: never written into the input
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        p_replace=(0.5, 1.0),
        n_segments=(50, 120),
        max_size=128,
        interpolation="linear",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.p_replace = iap.handle_probability_param(
            p_replace, "p_replace", tuple_to_uniform=True, list_to_choice=True
        )
        self.n_segments = iap.handle_discrete_param(
            n_segments,
            "n_segments",
            value_range=(1, None),
            tuple_to_uniform=True,
            list_to_choice=True,
            allow_floats=False,
        )
        self.max_size = _handle_max_size(max_size)
        self.interpolation = _handle_interpolation(interpolation)

    # sampling order: n_segments (N,), then per row the replace flags (n_i,)
    def _draw_samples(self, batch, random_state):
        nb_rows = batch.nb_rows
        n_segments = self.n_segments.draw_samples((nb_rows,), random_state=random_state)
        n_segments = np.clip(np.asarray(n_segments).astype(np.int64), 1, None)
        replace_flags = [
            self.p_replace.draw_samples((int(count),), random_state=random_state) > 0.5
            for count in n_segments
        ]
        return _SuperpixelsSamples(n_segments, replace_flags)

    def _augment_images_by_samples(self, images, samples):
        iadt.gate_dtypes(images, augmenter=self, **_SUPERPIXELS_DTYPES)
        results = []
        for i, image in enumerate(images):
            flags = samples.replace_flags[i]
            if image.size == 0 or not flags.any():
                results.append(image)  # unchanged (copied by the engine if borrowed)
                continue
            results.append(self._replace_superpixels(image, flags))
        return _to_container(images, results)

    def _replace_superpixels(self, image, flags):
        small = _ensure_image_max_size(image, self.max_size, self.interpolation)
        labels = _segment.slic_labels(
            small, len(flags), _SLIC_COMPACTNESS, tolerance=_SLIC_TOLERANCE
        )
        nb_labels = int(labels.max()) + 1
        means = _segment.segment_means(small, labels, nb_labels)
        colors = iadt.restore_dtypes_(np.round(means), image.dtype)
        replace = flags[np.arange(nb_labels) % len(flags)]
        painted = _segment.replace_segments(
            small, labels, colors, None if replace.all() else replace
        )
        return _resize_to_input(painted, image, self.interpolation)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.p_replace, self.n_segments, self.max_size, self.interpolation]


class _VoronoiSamples:
    __slots__ = ("seeds",)

    def __init__(self, seeds):
        self.seeds = seeds  # (N,) seeds of the per-row points and replace flags


class Voronoi(_SampledAugmenter):
    """Fill the Voronoi cells of sampled points with their average colour.

    Per image, a points sampler chooses cell centres on the (downscaled, see
    `max_size`) image, one replacement flag per cell is sampled from
    `p_replace`, every flagged cell is filled with the mean colour of its pixels
    (see :func:`segment_voronoi`) and the result is resized back.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * every other dtype: no (``ValueError``)

    Parameters
    ----------
    points_sampler : IPointsSampler
        Chooses the cell centres per image, e.g.
        :class:`RegularGridPointsSampler` or :class:`UniformPointsSampler`.
    p_replace : number or tuple or list or StochasticParameter, optional
        Probability of filling a cell (see :class:`Superpixels`).
    max_size : None or int, optional
        Longest image side for the segmentation; larger images are downscaled
        first and the result is resized back (also when no cell is filled).
        ``None`` segments at full size.
    interpolation : str or int, optional
        Interpolation of the down- and upscaling, see
        :func:`imgaug.imgaug.imresize_single_image`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.tile(np.arange(8, dtype=np.uint8) * 10, (4, 1))[:, :, np.newaxis]
    >>> aug = Voronoi(RegularGridPointsSampler(n_rows=1, n_cols=2))
    >>> aug(image=image)[0, :, 0].tolist()
    [15, 15, 15, 15, 55, 55, 55, 55]

    """

    _KINDS = ("images",)
    # the result is built from a segmented copy: never written into the input
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        points_sampler,
        p_replace=1.0,
        max_size=128,
        interpolation="linear",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.points_sampler = _check_points_sampler(points_sampler, "points_sampler")
        self.p_replace = iap.handle_probability_param(
            p_replace, "p_replace", tuple_to_uniform=True, list_to_choice=True
        )
        self.max_size = _handle_max_size(max_size)
        self.interpolation = _handle_interpolation(interpolation)

    # sampling order: one seed per row; the row's points (points sampler), then
    #                 its replace flags (one per point) are drawn from it
    def _draw_samples(self, batch, random_state):
        return _VoronoiSamples(random_state.generate_seeds_(batch.nb_rows))

    def _augment_images_by_samples(self, images, samples):
        iadt.gate_dtypes(images, augmenter=self, **_VORONOI_DTYPES)
        results = []
        for i, image in enumerate(images):
            if image.size == 0:
                results.append(image)  # unchanged (copied by the engine if borrowed)
                continue
            rng = iarandom.RNG(int(samples.seeds[i]))
            results.append(self._replace_cells(image, rng))
        return _to_container(images, results)

    def _replace_cells(self, image, rng):
        small = _ensure_image_max_size(image, self.max_size, self.interpolation)
        # the sampler sees the image it places points on, as in 0.4.0
        points = self.points_sampler.sample_points([small], rng)[0]
        replace = self.p_replace.draw_samples((len(points),), random_state=rng) > 0.5
        segmented = segment_voronoi(small, points, replace)
        return _resize_to_input(segmented, image, self.interpolation)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.points_sampler, self.p_replace, self.max_size, self.interpolation]


class UniformVoronoi(Voronoi):
    """Fill the Voronoi cells of uniformly placed points with their average colour.

    :class:`Voronoi` with a :class:`UniformPointsSampler`.

    Supported dtypes
    ----------------
    See :class:`Voronoi`.

    Parameters
    ----------
    n_points : int or tuple of int or list of int or StochasticParameter, optional
        Number of cells per image (see :class:`UniformPointsSampler`).
    p_replace : number or tuple or list or StochasticParameter, optional
        Probability of filling a cell (see :class:`Superpixels`).
    max_size : None or int, optional
        See :class:`Voronoi`.
    interpolation : str or int, optional
        See :class:`Voronoi`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> aug = UniformVoronoi((100, 500), p_replace=0.9, max_size=None)

    """

    def __init__(
        self,
        n_points=(50, 500),
        p_replace=(0.5, 1.0),
        max_size=128,
        interpolation="linear",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            points_sampler=UniformPointsSampler(n_points),
            p_replace=p_replace,
            max_size=max_size,
            interpolation=interpolation,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class RegularGridVoronoi(Voronoi):
    """Fill the Voronoi cells of a (thinned out) regular grid with their colour.

    :class:`Voronoi` with the points of a :class:`RegularGridPointsSampler`,
    some of which a :class:`DropoutPointsSampler` removes.

    Supported dtypes
    ----------------
    See :class:`Voronoi`.

    Parameters
    ----------
    n_rows, n_cols : int or tuple of int or list of int or StochasticParameter, optional
        Number of grid rows/columns per image (see
        :class:`RegularGridPointsSampler`).
    p_drop_points : number or tuple of number or StochasticParameter, optional
        Fraction of grid points to drop (see :class:`DropoutPointsSampler`);
        ``0`` keeps the full grid.
    p_replace : number or tuple or list or StochasticParameter, optional
        Probability of filling a cell (see :class:`Superpixels`).
    max_size : None or int, optional
        See :class:`Voronoi`.
    interpolation : str or int, optional
        See :class:`Voronoi`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> aug = RegularGridVoronoi(10, 20, p_drop_points=0.0, p_replace=1.0)

    """

    def __init__(
        self,
        n_rows=(10, 30),
        n_cols=(10, 30),
        p_drop_points=(0.0, 0.5),
        p_replace=(0.5, 1.0),
        max_size=128,
        interpolation="linear",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            points_sampler=DropoutPointsSampler(
                RegularGridPointsSampler(n_rows, n_cols),
                _handle_p_drop(p_drop_points, "p_drop_points"),
            ),
            p_replace=p_replace,
            max_size=max_size,
            interpolation=interpolation,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class RelativeRegularGridVoronoi(Voronoi):
    """Like :class:`RegularGridVoronoi`, with rows and columns relative to the size.

    :class:`Voronoi` with the points of a
    :class:`RelativeRegularGridPointsSampler` (thinned out by a
    :class:`DropoutPointsSampler`). Note the default ``max_size=None``: images
    are segmented at full size.

    Supported dtypes
    ----------------
    See :class:`Voronoi`.

    Parameters
    ----------
    n_rows_frac, n_cols_frac : number or tuple or list or StochasticParameter, optional
        Grid rows/columns as a fraction of the image height/width (see
        :class:`RelativeRegularGridPointsSampler`).
    p_drop_points : number or tuple of number or StochasticParameter, optional
        Fraction of grid points to drop (see :class:`DropoutPointsSampler`).
    p_replace : number or tuple or list or StochasticParameter, optional
        Probability of filling a cell (see :class:`Superpixels`).
    max_size : None or int, optional
        See :class:`Voronoi`.
    interpolation : str or int, optional
        See :class:`Voronoi`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> aug = RelativeRegularGridVoronoi(0.1, 0.25, p_drop_points=0.2)

    """

    def __init__(
        self,
        n_rows_frac=(0.05, 0.15),
        n_cols_frac=(0.05, 0.15),
        p_drop_points=(0.0, 0.5),
        p_replace=(0.5, 1.0),
        max_size=None,
        interpolation="linear",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            points_sampler=DropoutPointsSampler(
                RelativeRegularGridPointsSampler(n_rows_frac, n_cols_frac),
                _handle_p_drop(p_drop_points, "p_drop_points"),
            ),
            p_replace=p_replace,
            max_size=max_size,
            interpolation=interpolation,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


# --------------------------------------------------------------------------------
# point samplers
# --------------------------------------------------------------------------------
def _check_points_sampler(sampler, name):
    if not isinstance(sampler, IPointsSampler):
        raise InvalidTypeError(
            f"Expected '{name}' to be an IPointsSampler (e.g. "
            f"RegularGridPointsSampler), got {type(sampler).__name__}."
        )
    return sampler


def _check_images(images):
    """Return the ``(H, W, ...)`` shapes of a non-empty image list or 4D array."""
    if isinstance(images, np.ndarray):
        if images.ndim != 4 or len(images) == 0:
            raise InvalidValueError(
                "Expected 'images' to be a non-empty (N, H, W, C) array, got shape "
                f"{images.shape}."
            )
        return [image.shape for image in images]
    if not isinstance(images, (list, tuple)) or len(images) == 0:
        raise InvalidTypeError(
            "Expected 'images' to be a non-empty list of (H, W, C) arrays or an "
            f"(N, H, W, C) array, got {type(images).__name__}."
        )
    for image in images:
        if not isinstance(image, np.ndarray) or image.ndim != 3:
            raise InvalidValueError(
                "Expected 'images' to contain only (H, W, C) numpy arrays, got "
                f"{getattr(image, 'shape', type(image).__name__)}."
            )
    return [image.shape for image in images]


def _grid_centres(size, count):
    """``count`` cell centres evenly spread over ``[0, size]``."""
    start = size / count / 2
    end = size - start
    if np.isclose(start, end):
        return np.array([start], dtype=np.float64)
    return np.linspace(start, end, count)


def _grid_points(height, width, nb_rows, nb_cols):
    """``(rows*cols, 2)`` xy centres of a grid, row by row (x varies fastest)."""
    nb_rows = int(np.clip(nb_rows, 1, max(height, 1)))
    nb_cols = int(np.clip(nb_cols, 1, max(width, 1)))
    ys = _grid_centres(height, nb_rows)
    xs = _grid_centres(width, nb_cols)
    xx, yy = np.meshgrid(xs, ys)
    return np.stack([xx.reshape(-1), yy.reshape(-1)], axis=1)


class IPointsSampler(metaclass=ABCMeta):
    """Interface of classes that place points on images (e.g. Voronoi cells).

    Implementations return one ``(N_i, 2)`` float array of ``(x, y)``
    coordinates per image and wrap `random_state` with
    :class:`imgaug.random.RNG`, so an int seed, an RNG or ``None`` (global RNG)
    all work.

    Examples
    --------
    >>> import numpy as np
    >>> class CentrePointSampler(IPointsSampler):
    ...     def sample_points(self, images, random_state):
    ...         return [np.float64([[i.shape[1] / 2, i.shape[0] / 2]]) for i in images]
    >>> CentrePointSampler().sample_points([np.zeros((4, 6, 3))], 0)[0].tolist()
    [[3.0, 2.0]]

    """

    @abstractmethod
    def sample_points(self, images, random_state):
        """Sample points on images.

        Parameters
        ----------
        images : ndarray or list of ndarray
            ``(N, H, W, C)`` array or non-empty list of ``(H, W, C)`` arrays.
        random_state : None or int or imgaug.random.RNG or numpy.random.Generator
            RNG (or seed) to sample from.

        Returns
        -------
        list of ndarray
            One ``(N_i, 2)`` float array of ``(x, y)`` coordinates per image.

        """


class RegularGridPointsSampler(IPointsSampler):
    """Place points at the centres of a regular grid of rows and columns.

    Row and column counts are sampled per image and clipped to ``[1, H]`` and
    ``[1, W]``. The points are the cell centres of the grid, listed row by row.

    Parameters
    ----------
    n_rows : int or tuple of int or list of int or StochasticParameter
        Number of rows (``>= 1``): an int, a range ``(a, b)`` (both inclusive),
        a list to pick from or a StochasticParameter, sampled once per image.
    n_cols : int or tuple of int or list of int or StochasticParameter
        Number of columns, like `n_rows`.

    Examples
    --------
    >>> import numpy as np
    >>> sampler = RegularGridPointsSampler(n_rows=2, n_cols=2)
    >>> sampler.sample_points([np.zeros((4, 8, 3))], 0)[0].tolist()
    [[2.0, 1.0], [6.0, 1.0], [2.0, 3.0], [6.0, 3.0]]

    """

    def __init__(self, n_rows, n_cols):
        self.n_rows = iap.handle_discrete_param(
            n_rows,
            "n_rows",
            value_range=(1, None),
            tuple_to_uniform=True,
            list_to_choice=True,
            allow_floats=False,
        )
        self.n_cols = iap.handle_discrete_param(
            n_cols,
            "n_cols",
            value_range=(1, None),
            tuple_to_uniform=True,
            list_to_choice=True,
            allow_floats=False,
        )

    # sampling order: rows (N,), columns (N,)
    def sample_points(self, images, random_state):
        """See :meth:`IPointsSampler.sample_points`."""
        rng = iarandom.RNG(random_state)
        shapes = _check_images(images)
        nb_rows = self.n_rows.draw_samples((len(shapes),), random_state=rng)
        nb_cols = self.n_cols.draw_samples((len(shapes),), random_state=rng)
        return [
            _grid_points(shape[0], shape[1], rows, cols)
            for shape, rows, cols in zip(shapes, nb_rows, nb_cols, strict=True)
        ]

    def __repr__(self):
        return self.__str__()

    def __str__(self):
        return f"RegularGridPointsSampler({self.n_rows}, {self.n_cols})"


class RelativeRegularGridPointsSampler(IPointsSampler):
    """Place points on a regular grid whose size is relative to the image size.

    Per image, ``rows = round(n_rows_frac * H)`` and ``cols = round(n_cols_frac
    * W)`` (clipped to ``[1, H]`` and ``[1, W]``); the points are the cell
    centres of that grid, as in :class:`RegularGridPointsSampler`.

    Parameters
    ----------
    n_rows_frac : number or tuple of number or list of number or StochasticParameter
        Rows per pixel of height, in ``[0.0001, 1.0]``: a number, a range
        ``(a, b)``, a list to pick from or a StochasticParameter, sampled once
        per image.
    n_cols_frac : number or tuple of number or list of number or StochasticParameter
        Columns per pixel of width, like `n_rows_frac`.

    Examples
    --------
    >>> import numpy as np
    >>> sampler = RelativeRegularGridPointsSampler(0.25, 0.25)
    >>> sampler.sample_points([np.zeros((4, 8, 3))], 0)[0].tolist()
    [[2.0, 2.0], [6.0, 2.0]]

    """

    def __init__(self, n_rows_frac, n_cols_frac):
        eps = 1e-4
        self.n_rows_frac = iap.handle_continuous_param(
            n_rows_frac,
            "n_rows_frac",
            value_range=(0.0 + eps, 1.0),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        self.n_cols_frac = iap.handle_continuous_param(
            n_cols_frac,
            "n_cols_frac",
            value_range=(0.0 + eps, 1.0),
            tuple_to_uniform=True,
            list_to_choice=True,
        )

    # sampling order: row fractions (N,), column fractions (N,)
    def sample_points(self, images, random_state):
        """See :meth:`IPointsSampler.sample_points`."""
        rng = iarandom.RNG(random_state)
        shapes = _check_images(images)
        fracs_rows = self.n_rows_frac.draw_samples((len(shapes),), random_state=rng)
        fracs_cols = self.n_cols_frac.draw_samples((len(shapes),), random_state=rng)
        heights = np.float64([shape[0] for shape in shapes])
        widths = np.float64([shape[1] for shape in shapes])
        nb_rows = np.round(fracs_rows * heights).astype(np.int64)
        nb_cols = np.round(fracs_cols * widths).astype(np.int64)
        return [
            _grid_points(shape[0], shape[1], rows, cols)
            for shape, rows, cols in zip(shapes, nb_rows, nb_cols, strict=True)
        ]

    def __repr__(self):
        return self.__str__()

    def __str__(self):
        return (
            f"RelativeRegularGridPointsSampler({self.n_rows_frac}, {self.n_cols_frac})"
        )


class DropoutPointsSampler(IPointsSampler):
    """Remove a random fraction of the points of another sampler.

    Every point is dropped with probability `p_drop`, independently. If all
    points of an image would be dropped, the middle one (index ``(N-1)//2``)
    stays, so that every image keeps at least one point.

    Parameters
    ----------
    other_points_sampler : IPointsSampler
        Sampler whose points are thinned out.
    p_drop : number or tuple of number or StochasticParameter
        Drop probability in ``[0, 1]``: a number; a range ``(a, b)`` from which
        one probability is sampled per image; or a StochasticParameter that
        gives the *keep* decision per point (values ``> 0.5`` keep a point).

    Examples
    --------
    >>> import numpy as np
    >>> sampler = DropoutPointsSampler(RegularGridPointsSampler(4, 4), 1.0)
    >>> sampler.sample_points([np.zeros((8, 8, 3))], 0)[0].tolist()
    [[7.0, 3.0]]

    """

    def __init__(self, other_points_sampler, p_drop):
        self.other_points_sampler = _check_points_sampler(
            other_points_sampler, "other_points_sampler"
        )
        self.p_drop = _handle_p_drop(p_drop, "p_drop")

    # sampling order: the other sampler's points, then per image one keep
    #                 decision per point
    def sample_points(self, images, random_state):
        """See :meth:`IPointsSampler.sample_points`."""
        rng = iarandom.RNG(random_state)
        _check_images(images)
        points_per_image = self.other_points_sampler.sample_points(images, rng)
        result = []
        for points in points_per_image:
            nb_points = len(points)
            if nb_points == 0:
                result.append(points)
                continue
            keep = self.p_drop.draw_samples((nb_points,), random_state=rng) > 0.5
            if not keep.any():
                keep[(nb_points - 1) // 2] = True
            result.append(points[keep])
        return result

    def __repr__(self):
        return self.__str__()

    def __str__(self):
        return f"DropoutPointsSampler({self.other_points_sampler}, {self.p_drop})"


def _handle_p_drop(p_drop, name):
    """Turn a drop probability into a parameter of keep decisions (1 = keep)."""
    if isinstance(p_drop, iap.StochasticParameter):
        return p_drop
    if isinstance(p_drop, numbers.Real) and not isinstance(p_drop, bool):
        _check_p_drop_value(p_drop, name)
        return iap.Binomial(1 - p_drop)
    if isinstance(p_drop, (tuple, list)):
        if len(p_drop) != 2 or not all(
            isinstance(v, numbers.Real) and not isinstance(v, bool) for v in p_drop
        ):
            raise InvalidValueError(
                f"Expected '{name}' given as a tuple to contain two numbers, got "
                f"{p_drop!r}."
            )
        for value in p_drop:
            _check_p_drop_value(value, name)
        if p_drop[0] > p_drop[1]:
            raise InvalidValueError(
                f"Expected '{name}' to be a range (a, b) with a <= b, got {p_drop!r}."
            )
        return iap.Binomial(iap.Uniform(1 - p_drop[1], 1 - p_drop[0]))
    raise InvalidTypeError(
        f"Expected '{name}' to be a number, a tuple of two numbers or a "
        f"StochasticParameter, got {type(p_drop).__name__}."
    )


def _check_p_drop_value(value, name):
    if not 0.0 <= value <= 1.0:  # also rejects NaN
        raise InvalidValueError(
            f"Expected '{name}' to be a probability in [0.0, 1.0], got {value!r}."
        )


class UniformPointsSampler(IPointsSampler):
    """Place points uniformly at random on the image plane.

    Coordinates are rounded to whole numbers: ``x`` in ``[0, W]``, ``y`` in
    ``[0, H]``.

    Parameters
    ----------
    n_points : int or tuple of int or list of int or StochasticParameter
        Number of points per image (``>= 1``): an int, a range ``(a, b)`` (both
        inclusive), a list to pick from or a StochasticParameter, sampled once
        per image. Values below 1 count as 1.

    Examples
    --------
    >>> import numpy as np
    >>> points = UniformPointsSampler(50).sample_points([np.zeros((4, 8, 3))], 0)[0]
    >>> points.shape, bool(points[:, 0].max() <= 8 and points[:, 1].max() <= 4)
    ((50, 2), True)

    """

    def __init__(self, n_points):
        self.n_points = iap.handle_discrete_param(
            n_points,
            "n_points",
            value_range=(1, None),
            tuple_to_uniform=True,
            list_to_choice=True,
            allow_floats=False,
        )

    # sampling order: point counts (N,), then all coordinates as one
    #                 (sum(counts), 2) array of uniform [0, 1) values
    def sample_points(self, images, random_state):
        """See :meth:`IPointsSampler.sample_points`."""
        rng = iarandom.RNG(random_state)
        shapes = _check_images(images)
        counts = self.n_points.draw_samples((len(shapes),), random_state=rng)
        counts = np.clip(np.asarray(counts).astype(np.int64), 1, None)
        unit = rng.uniform(0.0, 1.0, size=(int(counts.sum()), 2))
        result = []
        for shape, part in zip(shapes, np.split(unit, np.cumsum(counts)[:-1])):
            height, width = shape[0:2]
            x = np.clip(np.round(part[:, 0] * width), 0, width)
            y = np.clip(np.round(part[:, 1] * height), 0, height)
            result.append(np.stack([x, y], axis=1))
        return result

    def __repr__(self):
        return self.__str__()

    def __str__(self):
        return f"UniformPointsSampler({self.n_points})"


class SubsamplingPointsSampler(IPointsSampler):
    """Limit the number of points of another sampler.

    Images with more than `n_points_max` points keep a random subset of that
    size (in random order); other images keep all their points.

    Parameters
    ----------
    other_points_sampler : IPointsSampler
        Sampler whose points are limited.
    n_points_max : int
        Maximum number of points per image (``>= 0``; ``0`` removes every point
        and warns).

    Examples
    --------
    >>> import numpy as np
    >>> sampler = SubsamplingPointsSampler(RegularGridPointsSampler(10, 10), 5)
    >>> sampler.sample_points([np.zeros((20, 20, 3))], 0)[0].shape
    (5, 2)

    """

    def __init__(self, other_points_sampler, n_points_max):
        self.other_points_sampler = _check_points_sampler(
            other_points_sampler, "other_points_sampler"
        )
        if isinstance(n_points_max, (bool, np.bool_)) or not isinstance(
            n_points_max, numbers.Integral
        ):
            raise InvalidTypeError(
                "Expected 'n_points_max' to be an int, got "
                f"{type(n_points_max).__name__}."
            )
        if n_points_max < 0:
            raise InvalidValueError(
                f"Expected 'n_points_max' to be >= 0, got {n_points_max}."
            )
        if n_points_max == 0:
            ia.warn(
                "Got n_points_max=0 in SubsamplingPointsSampler. This will result "
                "in no points ever getting returned."
            )
        self.n_points_max = int(n_points_max)

    # sampling order: the other sampler's points, then one permutation per image
    #                 that has too many points
    def sample_points(self, images, random_state):
        """See :meth:`IPointsSampler.sample_points`."""
        rng = iarandom.RNG(random_state)
        _check_images(images)
        points_per_image = self.other_points_sampler.sample_points(images, rng)
        result = []
        for points in points_per_image:
            if len(points) > self.n_points_max:
                indices = rng.permutation(len(points))[: self.n_points_max]
                points = points[indices]
            result.append(points)
        return result

    def __repr__(self):
        return self.__str__()

    def __str__(self):
        return (
            f"SubsamplingPointsSampler({self.other_points_sampler}, "
            f"{self.n_points_max})"
        )
