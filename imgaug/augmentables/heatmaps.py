"""Heatmaps: float maps in a user-chosen value range, placed on an image.

A :class:`HeatmapsOnImage` keeps its values internally normalized to ``[0.0, 1.0]``
(attribute ``arr_0to1``, always ``(H, W, C)`` float32) and remembers the user's value
range (``min_value``, ``max_value``) and whether the input was 2D, so that
:meth:`HeatmapsOnImage.get_arr` returns the data in the form it came in.
"""

from __future__ import annotations

import functools
import numbers

import numpy as np

import imgaug.imgaug as ia
from imgaug._kernels import pad as _padlib
from imgaug._kernels import resize as _resizelib
from imgaug.augmentables.base import IAugmentable
from imgaug.augmentables.utils import _check_shape_tuple
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = ["HeatmapsOnImage"]

_EPS_FLOAT32 = float(np.finfo(np.float32).eps)


def _colormap_lut_from_cmap(cmap) -> np.ndarray:
    """Build a (256, 3) uint8 table: heatmap value ``v`` (uint8) -> RGB colour.

    The colormap is evaluated at ``float32(v) / 255`` and the result scaled by 255 and
    truncated, which is exactly what drawing pixel by pixel would give.
    """
    values = np.arange(256, dtype=np.float32) / np.float32(255.0)
    rgba = np.asarray(cmap(values), dtype=np.float64)
    return np.clip(rgba[:, 0:3] * 255, 0, 255).astype(np.uint8)


@functools.lru_cache(maxsize=64)
def _colormap_lut(cmap_name: str) -> np.ndarray:
    """Return the cached (256, 3) uint8 colour table of a named colormap."""
    try:
        import matplotlib  # optional dependency, imported only when drawing
    except ImportError:
        if cmap_name == "jet":
            return _cv2_jet_lut()
        raise ImportError(
            f"Drawing heatmaps with colormap {cmap_name!r} requires matplotlib, which "
            "is not installed. Install it (pip install matplotlib), use cmap='jet' "
            "(OpenCV fallback) or cmap=None (grayscale)."
        ) from None
    registry = getattr(matplotlib, "colormaps", None)
    try:
        if registry is not None:
            cmap = registry[cmap_name]
        else:  # pragma: no cover - matplotlib < 3.5
            import matplotlib.cm

            cmap = matplotlib.cm.get_cmap(cmap_name)
    except (KeyError, ValueError):
        raise InvalidValueError(
            f"Expected argument 'cmap' to be a matplotlib colormap name, got "
            f"{cmap_name!r}."
        ) from None
    lut = _colormap_lut_from_cmap(cmap)
    lut.setflags(write=False)
    return lut


def _cv2_jet_lut() -> np.ndarray:
    """Return OpenCV's jet colormap as (256, 3) uint8 RGB (fallback without mpl)."""
    import cv2

    gray = np.arange(256, dtype=np.uint8).reshape((256, 1))
    bgr = cv2.applyColorMap(gray, cv2.COLORMAP_JET).reshape((256, 3))
    lut = np.ascontiguousarray(bgr[:, ::-1])
    lut.setflags(write=False)
    return lut


@functools.lru_cache(maxsize=1)
def _gray_lut() -> np.ndarray:
    """Return the (256, 3) uint8 table used for ``cmap=None`` (grayscale)."""
    values = np.arange(256, dtype=np.float32) / np.float32(255.0)
    lut = np.clip(values * 255, 0, 255).astype(np.uint8)
    lut = np.ascontiguousarray(np.tile(lut[:, np.newaxis], (1, 3)))
    lut.setflags(write=False)
    return lut


def _get_lut(cmap) -> np.ndarray:
    if cmap is None:
        return _gray_lut()
    if isinstance(cmap, str):
        return _colormap_lut(cmap)
    if callable(cmap):  # a matplotlib Colormap object
        return _colormap_lut_from_cmap(cmap)
    raise InvalidTypeError(
        "Expected argument 'cmap' to be None, a colormap name or a matplotlib "
        f"Colormap, got type {type(cmap).__name__}."
    )


def _validate_draw_inputs(image, alpha):
    """Check the ``image`` and ``alpha`` arguments of ``draw_on_image()`` methods."""
    if not isinstance(image, np.ndarray):
        raise InvalidTypeError(
            f"Expected argument 'image' to be an array, got {type(image).__name__}."
        )
    if image.ndim != 3 or image.shape[2] != 3:
        raise InvalidValueError(
            f"Expected argument 'image' to have shape (H,W,3), got {image.shape}."
        )
    if image.dtype != np.uint8:
        raise InvalidValueError(
            f"Expected argument 'image' to have dtype uint8, got {image.dtype.name}."
        )
    if not isinstance(alpha, numbers.Real) or isinstance(alpha, bool):
        raise InvalidTypeError(
            f"Expected argument 'alpha' to be a number, got {type(alpha).__name__}."
        )
    if not (0 - 1e-8 <= alpha <= 1.0 + 1e-8):
        raise InvalidValueError(
            f"Expected argument 'alpha' to be in the interval [0.0, 1.0], got {alpha}."
        )


def _check_min_max_values(min_value, max_value):
    for argname, value in (("min_value", min_value), ("max_value", max_value)):
        if not isinstance(value, numbers.Real) or isinstance(value, bool):
            raise InvalidTypeError(
                f"Expected argument '{argname}' to be a number, got type "
                f"{type(value).__name__}."
            )
    if not min_value < max_value:
        raise InvalidValueError(
            "Expected min_value < max_value, got "
            f"min_value={min_value!r}, max_value={max_value!r}."
        )


def _check_array_arg(value, name):
    if not isinstance(value, np.ndarray):
        raise InvalidTypeError(
            f"Expected argument '{name}' to be a numpy array, got type "
            f"{type(value).__name__}."
        )


def _validate_range_tuple(value, name):
    if isinstance(value, HeatmapsOnImage):
        return value.min_value, value.max_value
    if not isinstance(value, tuple):
        raise InvalidTypeError(
            f"Expected argument '{name}' to be a (min, max) tuple or a "
            f"HeatmapsOnImage, got type {type(value).__name__}."
        )
    if len(value) != 2:
        raise InvalidValueError(
            f"Expected argument '{name}' to be a tuple of exactly two values "
            f"(min, max), got {len(value)} values."
        )
    if not value[0] < value[1]:
        raise InvalidValueError(
            f"Expected argument '{name}' to satisfy min < max, got {value!r}."
        )
    return value


class HeatmapsOnImage(IAugmentable):
    """Float heatmaps (one or more channels) belonging to one image.

    Parameters
    ----------
    arr : (H,W) ndarray or (H,W,C) ndarray
        Heatmap values, dtype float32, height and width > 0. Values outside of
        ``[min_value, max_value]`` trigger a warning and are clipped.
    shape : tuple of int
        Shape ``(H, W)`` or ``(H, W, C)`` of the image the heatmaps belong to. Stored
        as given; the heatmap array may have a different size than the image.
    min_value : float, optional
        Smallest value a heatmap may contain (maps to ``0.0`` internally).
    max_value : float, optional
        Largest value a heatmap may contain (maps to ``1.0`` internally).

    Examples
    --------
    >>> import numpy as np
    >>> from imgaug.augmentables.heatmaps import HeatmapsOnImage
    >>> hm = HeatmapsOnImage(np.float32([[0.0, 0.5], [1.0, 0.25]]), shape=(2, 2, 3))
    >>> hm.arr_0to1.shape
    (2, 2, 1)
    >>> hm.get_arr().shape
    (2, 2)
    """

    def __init__(self, arr, shape, min_value=0.0, max_value=1.0):
        if not isinstance(arr, np.ndarray):
            raise InvalidTypeError(
                "Expected argument 'arr' to be a numpy array, got type "
                f"{type(arr).__name__}."
            )
        if arr.ndim not in (2, 3):
            raise InvalidValueError(
                "Expected argument 'arr' to be 2D (H,W) or 3D (H,W,C), got shape "
                f"{arr.shape}."
            )
        if arr.shape[0] == 0 or arr.shape[1] == 0:
            raise InvalidValueError(
                "Expected heatmap array 'arr' to have height and width > 0, got "
                f"shape {arr.shape}."
            )
        if arr.dtype != np.float32:
            raise InvalidValueError(
                "Heatmap array 'arr' is expected to have dtype float32, got "
                f"{arr.dtype.name}."
            )
        if isinstance(shape, (np.ndarray, str, bytes)) or not hasattr(shape, "__len__"):
            raise InvalidTypeError(
                "Expected argument 'shape' to be a tuple (H, W) or (H, W, C), got "
                f"type {type(shape).__name__}."
            )
        if len(shape) not in (2, 3):
            raise InvalidValueError(
                "Expected argument 'shape' to have 2 or 3 entries, got "
                f"{len(shape)}: {shape!r}."
            )
        _check_shape_tuple(tuple(shape))
        _check_min_max_values(min_value, max_value)

        # Every value is checked (upstream looked at the first 50 only); min/max are
        # one cheap pass each.
        if arr.size > 0:
            actual_min = float(np.min(arr))
            actual_max = float(np.max(arr))
            if (
                actual_min < min_value - _EPS_FLOAT32
                or actual_max > max_value + _EPS_FLOAT32
            ):
                ia.warn(
                    f"Value range of heatmap was chosen to be ({min_value:.8f}, "
                    f"{max_value:.8f}), but found actual min/max of "
                    f"({actual_min:.8f}, {actual_max:.8f}). Array will be clipped "
                    "to the chosen value range.",
                    stacklevel=2,
                )
                arr = np.clip(arr, min_value, max_value)

        if arr.ndim == 2:
            arr = arr[..., np.newaxis]
            self.arr_was_2d = True
        else:
            self.arr_was_2d = False

        if min_value == 0.0 and max_value == 1.0:
            self.arr_0to1 = arr
        else:
            diff = float(max_value) - float(min_value)
            arr_0to1 = (arr - np.float32(min_value)) / np.float32(diff)
            self.arr_0to1 = arr_0to1.astype(np.float32, copy=False)

        self.shape = shape
        self.min_value = min_value
        self.max_value = max_value

    def _derive(self, arr_0to1, shape=None):
        """Return a new object with the given 0-1 array, same range and 2D flag."""
        result = HeatmapsOnImage.from_0to1(
            arr_0to1,
            shape=self.shape if shape is None else shape,
            min_value=self.min_value,
            max_value=self.max_value,
        )
        result.arr_was_2d = self.arr_was_2d
        return result

    def get_arr(self):
        """Return the heatmap array in its original value range and dimensionality.

        Returns
        -------
        ndarray
            Float32 array of shape ``(H,W)`` if the input was 2D (and still has one
            channel), otherwise ``(H,W,C)``. Always a new array.
        """
        arr = self.arr_0to1
        if self.arr_was_2d and arr.shape[2] == 1:
            arr = arr[:, :, 0]
        if self.min_value == 0.0 and self.max_value == 1.0:
            return np.copy(arr)
        diff = float(self.max_value) - float(self.min_value)
        result = np.float32(self.min_value) + np.float32(diff) * arr
        return result.astype(arr.dtype, copy=False)

    def draw(self, size=None, cmap="jet"):
        """Render every heatmap channel as an RGB image.

        Parameters
        ----------
        size : None or float or iterable of int or iterable of float, optional
            Size of the drawings (see :func:`imgaug.imgaug.imresize_single_image`);
            ``None`` keeps the heatmap size. Resizing uses nearest neighbour.
        cmap : str or None or matplotlib.colors.Colormap, optional
            Colormap name (matplotlib, imported on demand; ``"jet"`` falls back to
            OpenCV's jet when matplotlib is missing) or ``None`` for grayscale.

        Returns
        -------
        list of (H',W',3) ndarray
            One uint8 RGB drawing per heatmap channel.
        """
        heatmaps_uint8 = self.to_uint8()
        if size is not None:
            try:
                _resizelib._check_sizes(size)
            except (InvalidTypeError, InvalidValueError) as exc:
                raise type(exc)(f"Invalid argument 'size': {exc}") from None
            heatmaps_uint8 = ia.imresize_single_image(
                heatmaps_uint8, size, interpolation="nearest"
            )
            if heatmaps_uint8.ndim == 2:
                heatmaps_uint8 = heatmaps_uint8[..., np.newaxis]
        lut = _get_lut(cmap)
        return [lut[heatmaps_uint8[:, :, c]] for c in range(heatmaps_uint8.shape[2])]

    def draw_on_image(self, image, alpha=0.75, cmap="jet", resize="heatmaps"):
        """Blend every heatmap channel (colour-mapped) over an image.

        Parameters
        ----------
        image : (H,W,3) ndarray
            uint8 RGB image.
        alpha : float, optional
            Opacity of the heatmap in ``[0.0, 1.0]``.
        cmap : str or None or matplotlib.colors.Colormap, optional
            See :meth:`draw`.
        resize : {"heatmaps", "image"}, optional
            Resize the heatmaps to the image size (nearest neighbour) or the image to
            the heatmap size (cubic).

        Returns
        -------
        list of (H,W,3) ndarray
            One uint8 RGB image per heatmap channel.
        """
        _validate_draw_inputs(image, alpha)
        if resize not in ("heatmaps", "image"):
            raise InvalidValueError(
                'Expected argument \'resize\' to be "heatmaps" or "image", got '
                f"{resize!r}."
            )
        if resize == "image":
            image = ia.imresize_single_image(
                image, self.arr_0to1.shape[0:2], interpolation="cubic"
            )
        heatmaps_drawn = self.draw(
            size=image.shape[0:2] if resize == "heatmaps" else None, cmap=cmap
        )
        image_part = (1 - alpha) * image.astype(np.float64)
        return [
            np.clip(image_part + alpha * heatmap_i, 0, 255).astype(np.uint8)
            for heatmap_i in heatmaps_drawn
        ]

    def invert(self):
        """Return a copy with inverted values (``v' = max - (v - min)``).

        Returns
        -------
        HeatmapsOnImage
            New object; value range and 2D flag are kept.
        """
        return self._derive(1 - self.arr_0to1)

    def pad(self, top=0, right=0, bottom=0, left=0, mode="constant", cval=0.0):
        """Pad the heatmaps at their sides.

        Parameters
        ----------
        top, right, bottom, left : int, optional
            Pixels to add at each side.
        mode : str, optional
            Padding mode (numpy names, see :func:`imgaug.augmenters.size.pad`).
        cval : number, optional
            Value for ``mode="constant"``, in the 0-1 normalized range.

        Returns
        -------
        HeatmapsOnImage
            Padded copy.
        """
        arr_0to1_padded = _padlib.pad(
            self.arr_0to1,
            top=top,
            right=right,
            bottom=bottom,
            left=left,
            mode=mode,
            cval=cval,
        )
        return self._derive(arr_0to1_padded)

    def pad_to_aspect_ratio(
        self, aspect_ratio, mode="constant", cval=0.0, return_pad_amounts=False
    ):
        """Pad the heatmaps so that ``width / height`` reaches ``aspect_ratio``.

        Parameters
        ----------
        aspect_ratio : float
            Target ratio of width to height.
        mode : str, optional
            Padding mode, see :meth:`pad`.
        cval : number, optional
            Value for ``mode="constant"``.
        return_pad_amounts : bool, optional
            Also return ``(top, right, bottom, left)``.

        Returns
        -------
        HeatmapsOnImage or tuple
            Padded copy, optionally with the padding amounts.
        """
        arr_0to1_padded, pad_amounts = _padlib.pad_to_aspect_ratio(
            self.arr_0to1,
            aspect_ratio=aspect_ratio,
            mode=mode,
            cval=cval,
            return_pad_amounts=True,
        )
        heatmaps = self._derive(arr_0to1_padded)
        if return_pad_amounts:
            return heatmaps, tuple(pad_amounts)
        return heatmaps

    def avg_pool(self, block_size):
        """Average-pool the heatmaps (padding with reflect mode, cval 0.0).

        Parameters
        ----------
        block_size : int or tuple of int
            See :func:`imgaug.imgaug.avg_pool`.

        Returns
        -------
        HeatmapsOnImage
            Pooled copy.
        """
        arr_0to1_reduced = ia.avg_pool(self.arr_0to1, block_size, pad_cval=0.0)
        return self._derive(arr_0to1_reduced)

    def max_pool(self, block_size):
        """Max-pool the heatmaps (see :func:`imgaug.imgaug.max_pool`).

        Parameters
        ----------
        block_size : int or tuple of int
            See :func:`imgaug.imgaug.max_pool`.

        Returns
        -------
        HeatmapsOnImage
            Pooled copy.
        """
        arr_0to1_reduced = ia.max_pool(self.arr_0to1, block_size)
        return self._derive(arr_0to1_reduced)

    def scale(self, *args, **kwargs):
        """Resize the heatmaps (deprecated alias of :meth:`resize`).

        Returns
        -------
        HeatmapsOnImage
            Resized copy.
        """
        ia.warn_deprecated(
            "HeatmapsOnImage.scale() is deprecated. Use HeatmapsOnImage.resize() "
            "instead; it has exactly the same interface.",
            stacklevel=3,
        )
        return self.resize(*args, **kwargs)

    def resize(self, sizes, interpolation="cubic"):
        """Resize the heatmap array (not the image shape) and clip to ``[0, 1]``.

        Parameters
        ----------
        sizes : float or iterable of int or iterable of float
            Target size, see :func:`imgaug.imgaug.imresize_single_image`.
        interpolation : None or str or int, optional
            Interpolation, see :func:`imgaug.imgaug.imresize_single_image`.

        Returns
        -------
        HeatmapsOnImage
            Resized copy.
        """
        arr_0to1_resized = ia.imresize_single_image(
            self.arr_0to1, sizes, interpolation=interpolation
        )
        if arr_0to1_resized.ndim == 2:
            arr_0to1_resized = arr_0to1_resized[..., np.newaxis]
        # cubic interpolation may overshoot the [0, 1] range
        arr_0to1_resized = np.clip(arr_0to1_resized, 0.0, 1.0, out=arr_0to1_resized)
        return self._derive(arr_0to1_resized)

    def to_uint8(self):
        """Return the 0-1 array scaled to ``[0, 255]`` as uint8, always 3D.

        Returns
        -------
        (H,W,C) ndarray
            ``round(arr_0to1 * 255)`` as uint8.
        """
        arr = np.round(self.arr_0to1 * np.float32(255))
        return np.clip(arr, 0, 255, out=arr).astype(np.uint8)

    @staticmethod
    def from_uint8(arr_uint8, shape, min_value=0.0, max_value=1.0):
        """Create heatmaps from a uint8 array (``0`` -> ``min``, ``255`` -> ``max``).

        Parameters
        ----------
        arr_uint8 : (H,W) ndarray or (H,W,C) ndarray
            uint8 heatmap values.
        shape : tuple of int
            Shape of the corresponding image.
        min_value, max_value : float, optional
            Value range the heatmaps represent.

        Returns
        -------
        HeatmapsOnImage
            New heatmaps.
        """
        _check_array_arg(arr_uint8, "arr_uint8")
        arr_0to1 = arr_uint8.astype(np.float32) / np.float32(255.0)
        return HeatmapsOnImage.from_0to1(
            arr_0to1, shape, min_value=min_value, max_value=max_value
        )

    @staticmethod
    def from_0to1(arr_0to1, shape, min_value=0.0, max_value=1.0):
        """Create heatmaps from an array already normalized to ``[0, 1]``.

        The values are not rescaled; ``min_value``/``max_value`` only state which range
        the 0-1 values stand for (used by :meth:`get_arr`).

        Parameters
        ----------
        arr_0to1 : (H,W) ndarray or (H,W,C) ndarray
            float32 values in ``[0, 1]``.
        shape : tuple of int
            Shape of the corresponding image.
        min_value, max_value : float, optional
            Value range the heatmaps represent.

        Returns
        -------
        HeatmapsOnImage
            New heatmaps.
        """
        _check_array_arg(arr_0to1, "arr_0to1")
        _check_min_max_values(min_value, max_value)
        heatmaps = HeatmapsOnImage(arr_0to1, shape, min_value=0.0, max_value=1.0)
        heatmaps.min_value = min_value
        heatmaps.max_value = max_value
        return heatmaps

    @classmethod
    def change_normalization(cls, arr, source, target):
        """Linearly map an array from one value range to another.

        Parameters
        ----------
        arr : ndarray
            Float array to remap.
        source : tuple of number or HeatmapsOnImage
            Current ``(min, max)`` range, or heatmaps whose range to use.
        target : tuple of number or HeatmapsOnImage
            Desired ``(min, max)`` range, or heatmaps whose range to use.

        Returns
        -------
        ndarray
            Remapped array (a copy if both ranges are practically equal).
        """
        if not isinstance(arr, np.ndarray):
            raise InvalidTypeError(
                f"Expected argument 'arr' to be an array, got {type(arr).__name__}."
            )
        source = _validate_range_tuple(source, "source")
        target = _validate_range_tuple(target, "target")

        dtype = arr.dtype if arr.dtype.kind == "f" else np.dtype(np.float32)
        eps = float(np.finfo(dtype).eps)
        mins_same = source[0] - 10 * eps < target[0] < source[0] + 10 * eps
        maxs_same = source[1] - 10 * eps < target[1] < source[1] + 10 * eps
        if mins_same and maxs_same:
            return np.copy(arr)

        min_source, max_source = source
        min_target, max_target = target
        arr_0to1 = (arr - min_source) / (max_source - min_source)
        return min_target + arr_0to1 * (max_target - min_target)

    def copy(self):
        """Return an independent copy (same as :meth:`deepcopy`).

        Returns
        -------
        HeatmapsOnImage
            Copy with its own array.
        """
        return self.deepcopy()

    def deepcopy(self):
        """Return an independent copy.

        Returns
        -------
        HeatmapsOnImage
            Copy with its own array; range, shape and 2D flag are kept.
        """
        # Bypasses __init__: the source is already validated and normalized, and
        # copying arr_0to1 directly avoids a lossy round trip through get_arr().
        result = object.__new__(type(self))
        result.arr_0to1 = np.copy(self.arr_0to1)
        result.arr_was_2d = self.arr_was_2d
        result.shape = self.shape
        result.min_value = self.min_value
        result.max_value = self.max_value
        return result

    def __repr__(self):
        return (
            f"HeatmapsOnImage(arr_0to1.shape={self.arr_0to1.shape}, "
            f"shape={self.shape}, min_value={self.min_value}, "
            f"max_value={self.max_value})"
        )

    __str__ = __repr__
