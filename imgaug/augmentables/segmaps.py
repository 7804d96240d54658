"""Segmentation maps: integer class ids per pixel, placed on an image.

A :class:`SegmentationMapsOnImage` stores its class ids as an ``(H, W, C)`` int32 array
(attribute ``arr``; ``C`` independent maps) and remembers the dtype and number of
dimensions of the input, so that :meth:`SegmentationMapsOnImage.get_arr` returns the
data in the form it came in.
"""

from __future__ import annotations

import numbers

import numpy as np

import imgaug.imgaug as ia
from imgaug._kernels import blend as _blendlib
from imgaug._kernels import pad as _padlib
from imgaug.augmentables.base import IAugmentable
from imgaug.augmentables.heatmaps import _validate_draw_inputs
from imgaug.augmentables.utils import _check_shape_tuple
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = ["SegmentationMapOnImage", "SegmentationMapsOnImage"]


def SegmentationMapOnImage(*args, **kwargs):  # noqa: N802 - 0.4.0 name
    """Create a :class:`SegmentationMapsOnImage` (deprecated name).

    Parameters
    ----------
    *args, **kwargs
        Forwarded to :class:`SegmentationMapsOnImage`.

    Returns
    -------
    SegmentationMapsOnImage
        The new segmentation maps.
    """
    ia.warn_deprecated(
        "SegmentationMapOnImage() is deprecated. Use SegmentationMapsOnImage() "
        "instead (plural 'Maps'); it receives the same arguments except that "
        "'nb_classes' is no longer needed.",
        stacklevel=3,
    )
    return SegmentationMapsOnImage(*args, **kwargs)


_DEFAULT_SEGMENT_COLORS = [
    (0, 0, 0),  # black
    (230, 25, 75),  # red
    (60, 180, 75),  # green
    (255, 225, 25),  # yellow
    (0, 130, 200),  # blue
    (245, 130, 48),  # orange
    (145, 30, 180),  # purple
    (70, 240, 240),  # cyan
    (240, 50, 230),  # magenta
    (210, 245, 60),  # lime
    (250, 190, 190),  # pink
    (0, 128, 128),  # teal
    (230, 190, 255),  # lavender
    (170, 110, 40),  # brown
    (255, 250, 200),  # beige
    (128, 0, 0),  # maroon
    (170, 255, 195),  # mint
    (128, 128, 0),  # olive
    (255, 215, 180),  # coral
    (0, 0, 128),  # navy
    (128, 128, 128),  # grey
    (255, 255, 255),  # white
    (115, 12, 37),  # dark red
    (30, 90, 37),  # dark green
    (127, 112, 12),  # dark yellow
    (0, 65, 100),  # dark blue
    (122, 65, 24),  # dark orange
    (72, 15, 90),  # dark purple
    (35, 120, 120),  # dark cyan
    (120, 25, 115),  # dark magenta
    (105, 122, 30),  # dark lime
    (125, 95, 95),  # dark pink
    (0, 64, 64),  # dark teal
    (115, 95, 127),  # dark lavender
    (85, 55, 20),  # dark brown
    (127, 125, 100),  # dark beige
    (64, 0, 0),  # dark maroon
    (85, 127, 97),  # dark mint
    (64, 64, 0),  # dark olive
    (127, 107, 90),  # dark coral
    (0, 0, 64),  # dark navy
    (64, 64, 64),  # dark grey
]

_DEFAULT_PALETTE = np.array(_DEFAULT_SEGMENT_COLORS, dtype=np.uint8)
_DEFAULT_PALETTE.setflags(write=False)


def _is_float(val):
    return isinstance(val, numbers.Real) and not isinstance(
        val, (numbers.Integral, bool)
    )


def _is_int(val):
    return isinstance(val, numbers.Integral) and not isinstance(val, (bool, np.bool_))


def _handle_sizeval(sizeval, arr_axis_size, name):
    if sizeval is None:
        return arr_axis_size
    if _is_float(sizeval):
        if not sizeval > 0:
            raise InvalidValueError(
                f"Expected argument '{name}' to contain values > 0, got {sizeval}."
            )
        return max(int(arr_axis_size * sizeval), 1)
    if _is_int(sizeval):
        if sizeval < 1:
            raise InvalidValueError(
                f"Expected argument '{name}' to contain values >= 1, got {sizeval}."
            )
        return int(sizeval)
    raise InvalidTypeError(
        f"Expected argument '{name}' to contain None, int or float values, got type "
        f"{type(sizeval).__name__}."
    )


def _to_palette(colors):
    """Convert a colour list into an (N, 3) uint8 palette array."""
    if colors is None:
        return _DEFAULT_PALETTE
    palette = np.asarray(colors)
    if palette.ndim != 2 or palette.shape[1] != 3 or palette.dtype.kind not in "uif":
        raise InvalidValueError(
            "Expected argument 'colors' to be a list of RGB colours "
            f"(N,3 numbers), got an array-like of shape {palette.shape}."
        )
    if palette.dtype.kind == "f":
        palette = np.round(palette)
    return np.clip(palette, 0, 255).astype(np.uint8)


def _check_class_id(value, name):
    """Return `value` as an int class id; floats must hold an integral value."""
    if not isinstance(value, numbers.Real) or isinstance(value, bool):
        raise InvalidTypeError(
            f"Expected argument '{name}' to be an int (a class id), got type "
            f"{type(value).__name__}."
        )
    if not isinstance(value, numbers.Integral) and not float(value).is_integer():
        raise InvalidValueError(
            f"Expected argument '{name}' to be an integral class id, got {value!r}."
        )
    if value < 0:
        raise InvalidValueError(
            f"Expected argument '{name}' to be a class id >= 0, got {value}."
        )
    return int(value)


class SegmentationMapsOnImage(IAugmentable):
    """Segmentation maps (one or more channels of class ids) belonging to one image.

    Parameters
    ----------
    arr : (H,W) ndarray or (H,W,C) ndarray
        Class ids. bool, uint8, uint16, int8, int16 or int32 with non-negative values.
        Float arrays are deprecated: 2D ones are thresholded at 0.5, 3D ones are
        treated as per-class scores and reduced with ``argmax`` over the last axis.
    shape : tuple of int
        Shape ``(H, W)`` or ``(H, W, C)`` of the corresponding image.
    nb_classes : None or int, optional
        Deprecated and ignored.

    Examples
    --------
    >>> import numpy as np
    >>> from imgaug.augmentables.segmaps import SegmentationMapsOnImage
    >>> segmap = SegmentationMapsOnImage(np.uint8([[0, 1], [2, 0]]), shape=(2, 2, 3))
    >>> segmap.arr.dtype.name, segmap.arr.shape
    ('int32', (2, 2, 1))
    >>> segmap.get_arr().dtype.name
    'uint8'
    """

    DEFAULT_SEGMENT_COLORS = _DEFAULT_SEGMENT_COLORS

    def __init__(self, arr, shape, nb_classes=None):
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
        if not isinstance(shape, tuple):
            raise InvalidTypeError(
                "Expected argument 'shape' to be a tuple, got type "
                f"{type(shape).__name__}."
            )
        _check_shape_tuple(shape)

        if arr.dtype.kind == "f":
            ia.warn_deprecated(
                "Got a float array as the segmentation map in "
                "SegmentationMapsOnImage. That is deprecated. Please provide instead "
                "a (H,W,[C]) array of dtype bool, int or uint, where C denotes the "
                "segmentation map index.",
                stacklevel=3,
            )
            if arr.ndim == 2:
                arr = arr > 0.5
            else:
                arr = np.argmax(arr, axis=2).astype(np.int32)

        kind = arr.dtype.kind
        if kind == "u":
            if arr.dtype not in (np.uint8, np.uint16):
                raise InvalidValueError(
                    "When using uint arrays as segmentation maps, only uint8 and "
                    "uint16 arrays are currently supported. Got "
                    f"{arr.dtype.name} as argument 'arr'."
                )
        elif kind == "i":
            if arr.dtype not in (np.int8, np.int16, np.int32):
                raise InvalidValueError(
                    "When using int arrays as segmentation maps, only int8, int16 and "
                    "int32 arrays are currently supported. Got "
                    f"{arr.dtype.name} as argument 'arr'."
                )
            # Every value is checked (upstream looked at the first 100 only).
            if arr.size > 0 and np.min(arr) < 0:
                raise InvalidValueError(
                    "Expected segmentation map array 'arr' to only contain values "
                    f">= 0 (class ids), got a minimum of {np.min(arr)}."
                )
        elif kind != "b":
            raise InvalidValueError(
                "Input was expected to be an array of dtype bool, int or uint. Got "
                f"dtype {arr.dtype.name} as argument 'arr'."
            )

        self._input_was = (arr.dtype, arr.ndim)
        if arr.ndim == 2:
            arr = arr[..., np.newaxis]
        if arr.dtype != np.int32:
            arr = arr.astype(np.int32)

        self.arr = arr
        self.shape = shape

        if nb_classes is not None:
            ia.warn_deprecated(
                "Providing nb_classes to SegmentationMapsOnImage is no longer "
                "necessary and hence deprecated. The argument is ignored and can be "
                "safely removed.",
                stacklevel=3,
            )

    def get_arr(self):
        """Return the class ids in the input's dtype and number of dimensions.

        Returns
        -------
        ndarray
            New ``(H,W)`` or ``(H,W,C)`` array.
        """
        input_dtype, input_ndim = self._input_was
        arr = self.arr
        if input_ndim == 2:
            if arr.shape[2] != 1:
                raise InvalidValueError(
                    "Segmentation map was created from a 2D array, but now has "
                    f"{arr.shape[2]} channels; cannot return it as 2D."
                )
            arr = arr[:, :, 0]
        if input_dtype.kind == "b":
            return arr != 0
        if input_dtype != arr.dtype:
            info = np.iinfo(input_dtype)
            if arr.size > 0 and (np.min(arr) < info.min or np.max(arr) > info.max):
                arr = np.clip(arr, info.min, info.max)
            return arr.astype(input_dtype)
        return np.copy(arr)

    def get_arr_int(self, *args, **kwargs):
        """Return the class ids (deprecated alias of :meth:`get_arr`).

        Returns
        -------
        ndarray
            See :meth:`get_arr`.
        """
        ia.warn_deprecated(
            "SegmentationMapsOnImage.get_arr_int() is deprecated. Use "
            "SegmentationMapsOnImage.get_arr() instead.",
            stacklevel=3,
        )
        return self.get_arr(*args, **kwargs)

    def _resize_arr_to(self, height, width):
        arr = self.arr
        if arr.shape[0:2] == (height, width):
            return arr
        arr_rs = ia.imresize_single_image(arr, (height, width), interpolation="nearest")
        if arr_rs.ndim == 2:
            arr_rs = arr_rs[..., np.newaxis]
        return arr_rs

    def _palette_for_drawing(self, colors):
        palette = _to_palette(colors)
        nb_classes = int(np.max(self.arr)) + 1 if self.arr.size > 0 else 0
        if nb_classes > len(palette):
            raise InvalidValueError(
                f"Can't draw all {nb_classes} classes as it would exceed the maximum "
                f"number of {len(palette)} available colors."
            )
        return palette

    def draw(self, size=None, colors=None):
        """Render every segmentation map channel as an RGB image.

        Parameters
        ----------
        size : None or int or float or tuple, optional
            Output size. ``None`` keeps the map size; an int is an absolute size, a
            float is relative to the map size; a 2-tuple of these gives
            ``(height, width)``. Resizing uses nearest neighbour.
        colors : None or list of tuple of int, optional
            RGB colour per class id; defaults to ``DEFAULT_SEGMENT_COLORS``.

        Returns
        -------
        list of (H',W',3) ndarray
            One uint8 RGB drawing per channel, background class included.
        """
        if size is None or not isinstance(size, (tuple, list, np.ndarray)):
            size = [size, size]
        height = _handle_sizeval(size[0], self.arr.shape[0], "size")
        width = _handle_sizeval(size[1], self.arr.shape[1], "size")
        palette = self._palette_for_drawing(colors)
        arr_rs = self._resize_arr_to(height, width)
        return [palette[arr_rs[:, :, c]] for c in range(arr_rs.shape[2])]

    def draw_on_image(
        self,
        image,
        alpha=0.75,
        resize="segmentation_map",
        colors=None,
        draw_background=False,
        background_class_id=0,
        background_threshold=None,
    ):
        """Blend every segmentation map channel (coloured by class) over an image.

        Parameters
        ----------
        image : (H,W,3) ndarray
            uint8 RGB image.
        alpha : float, optional
            Opacity of the drawn classes in ``[0.0, 1.0]``.
        resize : {"segmentation_map", "image"}, optional
            Resize the drawn map to the image (nearest neighbour) or the image to the
            map (cubic).
        colors : None or list of tuple of int, optional
            RGB colour per class id; defaults to ``DEFAULT_SEGMENT_COLORS``.
        draw_background : bool, optional
            Also paint pixels of ``background_class_id``; otherwise they show the
            unchanged image.
        background_class_id : int, optional
            Class id treated as background.
        background_threshold : None, optional
            Deprecated and ignored.

        Returns
        -------
        list of (H,W,3) ndarray
            One uint8 RGB image per channel.
        """
        if background_threshold is not None:
            ia.warn_deprecated(
                "The argument `background_threshold` is deprecated and ignored. "
                "Please don't use it anymore.",
                stacklevel=3,
            )
        _validate_draw_inputs(image, alpha)
        _check_class_id(background_class_id, "background_class_id")
        if resize not in ("segmentation_map", "image"):
            raise InvalidValueError(
                'Expected argument \'resize\' to be "segmentation_map" or "image", '
                f"got {resize!r}."
            )

        palette = self._palette_for_drawing(colors)
        if resize == "image":
            image = ia.imresize_single_image(
                image, self.arr.shape[0:2], interpolation="cubic"
            )
        # Resizing the class ids (nearest) and then colouring equals colouring and
        # then resizing, but costs one resize instead of one per channel.
        arr_rs = self._resize_arr_to(image.shape[0], image.shape[1])

        results = []
        for c in range(arr_rs.shape[2]):
            ids = arr_rs[:, :, c]
            drawn = palette[ids]
            blended = _blendlib.blend_alpha(drawn, image, alpha)
            if draw_background:
                results.append(blended)
            else:
                foreground = (ids != background_class_id)[:, :, np.newaxis]
                results.append(np.where(foreground, blended, image))
        return results

    def pad(self, top=0, right=0, bottom=0, left=0, mode="constant", cval=0):
        """Pad the segmentation maps at their sides.

        Parameters
        ----------
        top, right, bottom, left : int, optional
            Pixels to add at each side.
        mode : str, optional
            Padding mode (numpy names, see :func:`imgaug.augmenters.size.pad`).
        cval : number, optional
            Class id used for ``mode="constant"`` (a float must be integral).

        Returns
        -------
        SegmentationMapsOnImage
            Padded copy.
        """
        cval = _check_class_id(cval, "cval")
        arr_padded = _padlib.pad(
            self.arr,
            top=top,
            right=right,
            bottom=bottom,
            left=left,
            mode=mode,
            cval=cval,
        )
        return self.copy(arr=arr_padded)

    def pad_to_aspect_ratio(
        self, aspect_ratio, mode="constant", cval=0, return_pad_amounts=False
    ):
        """Pad the maps so that ``width / height`` reaches ``aspect_ratio``.

        Parameters
        ----------
        aspect_ratio : float
            Target ratio of width to height.
        mode : str, optional
            Padding mode, see :meth:`pad`.
        cval : number, optional
            Class id used for ``mode="constant"`` (a float must be integral).
        return_pad_amounts : bool, optional
            Also return ``(top, right, bottom, left)``.

        Returns
        -------
        SegmentationMapsOnImage or tuple
            Padded copy, optionally with the padding amounts.
        """
        cval = _check_class_id(cval, "cval")
        arr_padded, pad_amounts = _padlib.pad_to_aspect_ratio(
            self.arr,
            aspect_ratio=aspect_ratio,
            mode=mode,
            cval=cval,
            return_pad_amounts=True,
        )
        segmap = self.copy(arr=arr_padded)
        if return_pad_amounts:
            return segmap, tuple(pad_amounts)
        return segmap

    def scale(self, *args, **kwargs):
        """Resize the maps (deprecated alias of :meth:`resize`).

        Returns
        -------
        SegmentationMapsOnImage
            Resized copy.
        """
        ia.warn_deprecated(
            "SegmentationMapsOnImage.scale() is deprecated. Use "
            "SegmentationMapsOnImage.resize() instead; it has exactly the same "
            "interface.",
            stacklevel=3,
        )
        return self.resize(*args, **kwargs)

    def resize(self, sizes, interpolation="nearest"):
        """Resize the class-id array (not the image shape).

        Parameters
        ----------
        sizes : float or iterable of int or iterable of float
            Target size, see :func:`imgaug.imgaug.imresize_single_image`.
        interpolation : None or str or int, optional
            Interpolation; only nearest neighbour keeps class ids meaningful.

        Returns
        -------
        SegmentationMapsOnImage
            Resized copy.
        """
        if not (isinstance(interpolation, (str, numbers.Integral))) or (
            interpolation not in ("nearest", 0)  # 0: cv2.INTER_NEAREST
        ):
            raise InvalidValueError(
                "Expected 'interpolation' to be 'nearest' (segmentation maps hold "
                f"int32 class ids), got {interpolation!r}."
            )
        arr_resized = ia.imresize_single_image(
            self.arr, sizes, interpolation=interpolation
        )
        if arr_resized.ndim == 2:
            arr_resized = arr_resized[..., np.newaxis]
        return self.copy(arr=arr_resized)

    def copy(self, arr=None, shape=None):
        """Return a shallow copy (the class-id array is shared unless given).

        Parameters
        ----------
        arr : None or ndarray, optional
            Replacement array.
        shape : None or tuple of int, optional
            Replacement image shape.

        Returns
        -------
        SegmentationMapsOnImage
            New object with the same ``_input_was``.
        """
        segmap = SegmentationMapsOnImage(
            self.arr if arr is None else arr,
            shape=self.shape if shape is None else shape,
        )
        segmap._input_was = self._input_was
        return segmap

    def deepcopy(self, arr=None, shape=None):
        """Return a copy with its own class-id array.

        Parameters
        ----------
        arr : None or ndarray, optional
            Replacement array (copied).
        shape : None or tuple of int, optional
            Replacement image shape.

        Returns
        -------
        SegmentationMapsOnImage
            New object with the same ``_input_was``.
        """
        segmap = SegmentationMapsOnImage(
            np.copy(self.arr if arr is None else arr),
            shape=self.shape if shape is None else shape,
        )
        segmap._input_was = self._input_was
        return segmap

    def __repr__(self):
        return (
            f"SegmentationMapsOnImage(arr.shape={self.arr.shape}, shape={self.shape})"
        )

    __str__ = __repr__
