"""Axis-aligned bounding boxes on an image and containers of them.

Coordinates are subpixel floats, x to the right and y down; pixel ``(0, 0)`` covers
``[0, 1) x [0, 1)``. A box is given by its top-left ``(x1, y1)`` and bottom-right
``(x2, y2)`` corner. Containers move their coordinates as one array
(:meth:`BoundingBoxesOnImage.to_xy_array` with two corner rows per box, or
:meth:`BoundingBoxesOnImage.to_xyxy_array`).
"""

import numpy as np

from imgaug import dtypes as iadt
from imgaug import imgaug as ia
from imgaug.augmentables.base import _CoordinatesContainer, _ImageSize, _Shiftable
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.utils import (
    _COMMON_COORDINATE_TYPES,
    _as_float_array,
    _check_coordinate,
    _check_draw_alpha,
    _check_draw_color,
    _check_draw_image,
    _check_draw_size,
    _check_fraction,
    _check_instance,
    _check_items,
    _check_point,
    _check_shift,
    _draw_color_range,
    _nb_channels,
    _normalize_shape,
    deepcopy_fast,
    normalize_shape,
    project_coords_,
)
from imgaug.validation import InvalidValueError

__all__ = ["BoundingBox", "BoundingBoxesOnImage"]

_EPS = float(np.finfo(np.float32).eps)


def _warn_thickness():
    ia.warn_deprecated(
        "Usage of argument 'thickness' in BoundingBox.draw_on_image() is "
        "deprecated. The argument was renamed to 'size'."
    )


def _ooi_fractions(xyxy, shape):
    """Vectorised ``BoundingBox.compute_out_of_image_fraction`` for ``(N, 4)``."""
    height, width = shape[0:2]
    x1, y1, x2, y2 = xyxy[:, 0], xyxy[:, 1], xyxy[:, 2], xyxy[:, 3]
    area = (y2 - y1) * (x2 - x1)
    ix1 = np.maximum(x1, 0)
    iy1 = np.maximum(y1, 0)
    ix2 = np.minimum(x2, width)
    iy2 = np.minimum(y2, height)
    has_inter = ~((ix1 > ix2) | (iy1 > iy2))
    ooi_area = np.where(has_inter, area - (iy2 - iy1) * (ix2 - ix1), area)
    zero_area = area == 0
    with np.errstate(divide="ignore", invalid="ignore"):
        fractions = ooi_area / np.where(zero_area, 1, area)
    corner_outside = (y1 < 0) | (y1 >= height) | (x1 < 0) | (x1 >= width)
    return np.where(zero_area, np.where(corner_outside, 1.0, 0.0), fractions)


def _fully_within_mask(xyxy, shape):
    height, width = shape[0:2]
    return (
        (xyxy[:, 0] >= 0)
        & (xyxy[:, 2] < width)
        & (xyxy[:, 1] >= 0)
        & (xyxy[:, 3] < height)
    )


def _partly_within_mask(xyxy, shape):
    """Boxes intersecting the box ``(0, 0, W - eps, H - eps)`` (corners sorted)."""
    height, width = shape[0:2]
    x_lo, x_hi = min(0, width - _EPS), max(0, width - _EPS)
    y_lo, y_hi = min(0, height - _EPS), max(0, height - _EPS)
    return (np.maximum(xyxy[:, 0], x_lo) <= np.minimum(xyxy[:, 2], x_hi)) & (
        np.maximum(xyxy[:, 1], y_lo) <= np.minimum(xyxy[:, 3], y_hi)
    )


def _perimeter_segments(y1, y2, x1, x2, height, width):
    """Split a rectangle outline into disjoint in-image row/column slices.

    The outline runs through rows ``y1, y2`` and columns ``x1, x2`` (inclusive,
    ``y1 <= y2``, ``x1 <= x2``); the pixels are those of
    ``skimage.draw.polygon_perimeter`` on the four corners, clipped to the image.
    """
    segments = []
    col_a, col_b = max(x1, 0), min(x2, width - 1)
    if col_a <= col_b:
        cols = slice(col_a, col_b + 1)
        if 0 <= y1 < height:
            segments.append((y1, cols))
        if y2 != y1 and 0 <= y2 < height:
            segments.append((y2, cols))
    row_a, row_b = max(y1 + 1, 0), min(y2 - 1, height - 1)
    if row_a <= row_b:
        rows = slice(row_a, row_b + 1)
        if 0 <= x1 < width:
            segments.append((rows, x1))
        if x2 != x1 and 0 <= x2 < width:
            segments.append((rows, x2))
    return segments


def _check_box_draw_args(image, color, alpha, size):
    """Check the arguments shared by the bounding box drawing methods."""
    _check_draw_image(image)
    # list/tuple colours become uint8 arrays, others are written as they are
    if isinstance(color, (tuple, list)):
        value_range = (0, 255)  # becomes a uint8 array
    else:
        value_range = _draw_color_range(image)
    _check_draw_color(color, "color", value_range, _nb_channels(image))
    _check_draw_alpha(alpha, "alpha")
    _check_draw_size(size, "size")


class _LabelOnImageDrawer:
    """Draw a filled label box with the box's label text above a bounding box.

    The label box spans rows ``y1_int - 1 - height`` to ``y1_int - 1`` (exclusive)
    and columns ``x1_int - size + 1`` to ``x2_int + size`` (exclusive), each bound
    clipped to the image.
    """

    def __init__(
        self,
        color=(0, 255, 0),
        color_text=None,
        color_bg=None,
        size=1,
        alpha=1.0,
        raise_if_out_of_image=False,
        height=30,
        size_text=20,
    ):
        self.color = color
        self.color_text = color_text
        self.color_bg = color_bg
        self.size = size
        self.alpha = alpha
        self.raise_if_out_of_image = raise_if_out_of_image
        self.height = height
        self.size_text = size_text

    def draw_on_image_(self, image, bounding_box):
        """Draw the label onto `image` in place and return it."""
        if self.raise_if_out_of_image:
            self._do_raise_if_out_of_image(image, bounding_box)
        if image.ndim != 3:
            raise InvalidValueError(
                "Expected 'image' to be a (H, W, C) array for drawing labels, got "
                f"shape {image.shape}."
            )
        x1, y1, x2, y2 = self._compute_bg_corner_coords(image, bounding_box)
        if x2 <= x1 or y2 <= y1:
            return image
        color_bg, color_text = self._preprocess_colors(image.shape[-1])
        label_arr = self._draw_label_arr(
            bounding_box.label,
            y2 - y1,
            x2 - x1,
            image.shape[-1],
            image.dtype,
            color_text,
            color_bg,
            self.size_text,
        )
        return self._blend_label_arr_with_image_(image, label_arr, x1, y1, x2, y2)

    def draw_on_image(self, image, bounding_box):
        """Draw the label onto a copy of `image`."""
        return self.draw_on_image_(np.copy(image), bounding_box)

    @classmethod
    def _do_raise_if_out_of_image(cls, image, bounding_box):
        if bounding_box.is_out_of_image(image):
            raise Exception(
                f"Cannot draw bounding box x1={bounding_box.x1:.8f}, "
                f"y1={bounding_box.y1:.8f}, x2={bounding_box.x2:.8f}, "
                f"y2={bounding_box.y2:.8f} on image with shape {image.shape}."
            )

    def _preprocess_colors(self, nb_channels=3):
        color = np.array(self.color)
        color_bg = color if self.color_bg is None else np.array(self.color_bg)
        if self.color_text is not None:
            return color_bg, np.array(self.color_text)
        # luma of the first three channels (a single value counts as grey)
        values = np.ravel(color_bg).astype(np.float64)
        rgb = np.resize(values, 3) if values.size < 3 else values[0:3]
        luma = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]
        value = 0 if luma > 128 else 255
        return color_bg, np.full((nb_channels,), value, dtype=np.uint8)

    def _compute_bg_corner_coords(self, image, bounding_box):
        height, width = image.shape[0:2]
        y1 = bounding_box.y1_int - 1 - self.height
        y2 = y1 + self.height
        x1 = bounding_box.x1_int - self.size + 1
        x2 = bounding_box.x2_int + self.size
        y1, y2 = (min(max(v, 0), height - 1) for v in (y1, y2))
        x1, x2 = (min(max(v, 0), width - 1) for v in (x1, x2))
        return x1, y1, x2, y2

    @classmethod
    def _draw_label_arr(
        cls, label, height, width, nb_channels, dtype, color_text, color_bg, size_text
    ):
        label_arr = np.zeros((height, width, nb_channels), dtype=dtype)
        label_arr[...] = color_bg
        return ia.draw_text(
            label_arr,
            y=2,
            x=2,
            text=str(label),
            color=tuple(int(c) for c in np.ravel(color_text)),
            size=size_text,
        )

    def _blend_label_arr_with_image_(self, image, label_arr, x1, y1, x2, y2):
        if self.alpha >= 0.99:
            image[y1:y2, x1:x2, :] = label_arr
            return image
        background = image[y1:y2, x1:x2, :].astype(np.float64)
        blend = (1 - self.alpha) * background + self.alpha * label_arr
        image[y1:y2, x1:x2, :] = np.clip(blend, 0, 255).astype(image.dtype)
        return image


class BoundingBox(_Shiftable):
    """An axis-aligned bounding box.

    The corners are swapped if needed so that ``x1 <= x2`` and ``y1 <= y2``. Values
    are stored as given.

    Parameters
    ----------
    x1, y1 : number
        Top-left corner.
    x2, y2 : number
        Bottom-right corner.
    label : None or object, optional
        Label of the box, e.g. a class name.

    Examples
    --------
    >>> bb = BoundingBox(x1=4, y1=1, x2=2, y2=3, label="cat")
    >>> bb.x1, bb.x2, bb.area
    (2, 4, 4)

    """

    def __init__(self, x1, y1, x2, y2, label=None):
        common = _COMMON_COORDINATE_TYPES
        if not (
            type(x1) in common
            and type(y1) in common
            and type(x2) in common
            and type(y2) in common
        ):
            for argname, value in zip(("x1", "y1", "x2", "y2"), (x1, y1, x2, y2)):
                _check_coordinate(value, argname)
        if x1 > x2:
            x1, x2 = x2, x1
        if y1 > y2:
            y1, y2 = y2, y1
        self.x1 = x1
        self.y1 = y1
        self.x2 = x2
        self.y2 = y2
        self.label = label

    @property
    def coords(self):
        """Get the corners as a ``(2, 2)`` float32 array ``[[x1, y1], [x2, y2]]``."""
        return np.array([[self.x1, self.y1], [self.x2, self.y2]], dtype=np.float32)

    @property
    def x1_int(self):
        """Get ``x1`` rounded to the nearest integer (half to even)."""
        return int(np.round(self.x1))

    @property
    def y1_int(self):
        """Get ``y1`` rounded to the nearest integer (half to even)."""
        return int(np.round(self.y1))

    @property
    def x2_int(self):
        """Get ``x2`` rounded to the nearest integer (half to even)."""
        return int(np.round(self.x2))

    @property
    def y2_int(self):
        """Get ``y2`` rounded to the nearest integer (half to even)."""
        return int(np.round(self.y2))

    @property
    def height(self):
        """Get the height ``y2 - y1``."""
        return self.y2 - self.y1

    @property
    def width(self):
        """Get the width ``x2 - x1``."""
        return self.x2 - self.x1

    @property
    def center_x(self):
        """Get the x-coordinate of the centre."""
        return self.x1 + self.width / 2

    @property
    def center_y(self):
        """Get the y-coordinate of the centre."""
        return self.y1 + self.height / 2

    @property
    def area(self):
        """Get the area ``height * width``."""
        return self.height * self.width

    def contains(self, other):
        """Check whether a point lies inside the box (bounds inclusive).

        Parameters
        ----------
        other : tuple of number or Keypoint
            The point.

        Returns
        -------
        bool
            Whether the point is inside.

        """
        if isinstance(other, Keypoint):
            x, y = other.x, other.y
        else:
            _check_point(other, "other")
            x, y = other
        return self.x1 <= x <= self.x2 and self.y1 <= y <= self.y2

    def project_(self, from_shape, to_shape):
        """Rescale the box from one image shape to another, in place.

        Returns
        -------
        BoundingBox
            This box.

        """
        coords_proj = project_coords_(
            [(self.x1, self.y1), (self.x2, self.y2)], from_shape, to_shape
        )
        (self.x1, self.y1), (self.x2, self.y2) = coords_proj[0], coords_proj[1]
        return self

    def project(self, from_shape, to_shape):
        """Rescale the box from one image shape to another.

        Returns
        -------
        BoundingBox
            A projected copy.

        """
        return self.deepcopy().project_(from_shape, to_shape)

    def extend_(self, all_sides=0, top=0, right=0, bottom=0, left=0):
        """Grow the box on its sides, in place.

        Returns
        -------
        BoundingBox
            This box.

        """
        for name, value in zip(
            ("all_sides", "top", "right", "bottom", "left"),
            (all_sides, top, right, bottom, left),
            strict=True,
        ):
            _check_coordinate(value, name)
        self.x1 = self.x1 - all_sides - left
        self.x2 = self.x2 + all_sides + right
        self.y1 = self.y1 - all_sides - top
        self.y2 = self.y2 + all_sides + bottom
        return self

    def extend(self, all_sides=0, top=0, right=0, bottom=0, left=0):
        """Grow the box on its sides.

        Parameters
        ----------
        all_sides : number, optional
            Added on every side.
        top, right, bottom, left : number, optional
            Added on that side (on top of `all_sides`).

        Returns
        -------
        BoundingBox
            A grown copy.

        """
        return self.deepcopy().extend_(
            all_sides=all_sides, top=top, right=right, bottom=bottom, left=left
        )

    def intersection(self, other, default=None):
        """Compute the overlap of two boxes.

        Parameters
        ----------
        other : BoundingBox
            The other box.
        default : object, optional
            Returned if the boxes do not overlap. Touching edges count as overlap
            (with zero area).

        Returns
        -------
        BoundingBox or object
            The overlap (without label) or `default`.

        """
        _check_instance(other, BoundingBox, "other")
        x1_i = max(self.x1, other.x1)
        y1_i = max(self.y1, other.y1)
        x2_i = min(self.x2, other.x2)
        y2_i = min(self.y2, other.y2)
        if x1_i > x2_i or y1_i > y2_i:
            return default
        return BoundingBox(x1=x1_i, y1=y1_i, x2=x2_i, y2=y2_i)

    def union(self, other):
        """Compute the smallest box containing both boxes.

        Returns
        -------
        BoundingBox
            The enclosing box (without label).

        """
        _check_instance(other, BoundingBox, "other")
        return BoundingBox(
            x1=min(self.x1, other.x1),
            y1=min(self.y1, other.y1),
            x2=max(self.x2, other.x2),
            y2=max(self.y2, other.y2),
        )

    def iou(self, other):
        """Compute the intersection over union with another box.

        Returns
        -------
        float
            IoU in ``[0, 1]``; 0.0 without overlap or for a zero union area.

        """
        _check_instance(other, BoundingBox, "other")
        inters = self.intersection(other)
        if inters is None:
            return 0.0
        area_union = self.area + other.area - inters.area
        return inters.area / area_union if area_union > 0 else 0.0

    def compute_out_of_image_area(self, image):
        """Compute the area of the box that lies outside of the image.

        Parameters
        ----------
        image : ndarray or tuple of int
            The image or its shape.

        Returns
        -------
        number
            Area outside of the image plane.

        """
        height, width = _normalize_shape(image, "image")[0:2]
        image_bb = BoundingBox(x1=0, y1=0, x2=width, y2=height)
        inter = self.intersection(image_bb, default=None)
        area = self.area
        return area if inter is None else area - inter.area

    def compute_out_of_image_fraction(self, image):
        """Compute the fraction of the box area outside of the image.

        A zero-area box counts as fully outside (1.0) if ``(x1, y1)`` is outside of
        the image, otherwise as fully inside (0.0).

        Parameters
        ----------
        image : ndarray or tuple of int
            The image or its shape.

        Returns
        -------
        float
            Fraction in ``[0, 1]``.

        """
        area = self.area
        if area == 0:
            height, width = _normalize_shape(image, "image")[0:2]
            y1_outside = self.y1 < 0 or self.y1 >= height
            x1_outside = self.x1 < 0 or self.x1 >= width
            return 1.0 if (y1_outside or x1_outside) else 0.0
        return self.compute_out_of_image_area(image) / area

    def is_fully_within_image(self, image):
        """Check whether the box is fully inside of the image.

        Uses ``x1 >= 0``, ``y1 >= 0``, ``x2 < W`` and ``y2 < H``.

        Returns
        -------
        bool
            Whether the box is fully inside.

        """
        height, width = _normalize_shape(image, "image")[0:2]
        return self.x1 >= 0 and self.x2 < width and self.y1 >= 0 and self.y2 < height

    def is_partly_within_image(self, image):
        """Check whether at least part of the box is inside of the image.

        Returns
        -------
        bool
            Whether the box intersects ``(0, 0, W - eps, H - eps)``.

        """
        height, width = _normalize_shape(image, "image")[0:2]
        img_bb = BoundingBox(x1=0, x2=width - _EPS, y1=0, y2=height - _EPS)
        return self.intersection(img_bb) is not None

    def is_out_of_image(self, image, fully=True, partly=False):
        """Check whether the box is fully and/or partly outside of the image.

        Parameters
        ----------
        image : ndarray or tuple of int
            The image or its shape.
        fully : bool, optional
            Return True for boxes fully outside of the image.
        partly : bool, optional
            Return True for boxes partly outside of the image.

        Returns
        -------
        bool
            The result.

        """
        if self.is_fully_within_image(image):
            return False
        if self.is_partly_within_image(image):
            return partly
        return fully

    def clip_out_of_image_(self, image):
        """Clip the box to the image plane, in place.

        x is clipped into ``[0, W - eps]`` and y into ``[0, H - eps]``.

        Returns
        -------
        BoundingBox
            This box.

        """
        shape = _normalize_shape(image, "image")
        height, width = shape[0:2]
        if not (height > 0 and width > 0):
            raise InvalidValueError(
                f"Expected 'image' to have height and width above zero, got {shape}."
            )
        self.x1 = float(np.clip(self.x1, 0, width - _EPS))
        self.x2 = float(np.clip(self.x2, 0, width - _EPS))
        self.y1 = float(np.clip(self.y1, 0, height - _EPS))
        self.y2 = float(np.clip(self.y2, 0, height - _EPS))
        return self

    def clip_out_of_image(self, image):
        """Clip the box to the image plane.

        Returns
        -------
        BoundingBox
            A clipped copy.

        """
        return self.deepcopy().clip_out_of_image_(image)

    def cut_out_of_image(self, *args, **kwargs):
        """Clip the box to the image plane (deprecated).

        Use :meth:`clip_out_of_image` instead.
        """
        ia.warn_deprecated(
            "Method `BoundingBox.cut_out_of_image()` is deprecated. "
            "Use `BoundingBox.clip_out_of_image()` instead."
        )
        return self.clip_out_of_image(*args, **kwargs)

    def shift_(self, x=0, y=0):
        """Move the box by `x` (right) and `y` (down), in place.

        Returns
        -------
        BoundingBox
            This box.

        """
        _check_shift(x, y)
        self.x1 += x
        self.x2 += x
        self.y1 += y
        self.y2 += y
        return self

    def draw_label_on_image(
        self,
        image,
        color=(0, 255, 0),
        color_text=None,
        color_bg=None,
        alpha=1.0,
        size=1,
        size_text=20,
        height=30,
        copy=True,
        raise_if_out_of_image=False,
    ):
        """Draw a filled box with the label text directly above the box.

        Parameters
        ----------
        image : (H,W,C) ndarray
            The image (uint8 or float32, as required by ``imgaug.draw_text``).
        color : iterable of int, optional
            Default for `color_bg`.
        color_text : None or iterable of int, optional
            Text colour; default black on bright and white on dark backgrounds.
        color_bg : None or iterable of int, optional
            Background colour of the label box; default `color`.
        alpha : float, optional
            Opacity of the label box.
        size : int, optional
            Outline size of the box; the label box is widened to match it.
        size_text : int, optional
            Font size.
        height : int, optional
            Height of the label box in pixels.
        copy : bool, optional
            Draw on a copy of `image` instead of in place.
        raise_if_out_of_image : bool, optional
            Raise an ``Exception`` if the box is fully outside of the image.

        Returns
        -------
        ndarray
            The image with the label drawn on it.

        """
        _check_box_draw_args(image, color, alpha, size)
        nb_channels = _nb_channels(image)
        _check_draw_color(color_text, "color_text", None, nb_channels, optional=True)
        _check_draw_color(color_bg, "color_bg", None, nb_channels, optional=True)
        _check_draw_size(height, "height")
        _check_draw_size(size_text, "size_text")
        if size_text == 0:
            raise InvalidValueError("Expected 'size_text' to be an int >= 1, got 0.")
        drawer = _LabelOnImageDrawer(
            color=color,
            color_text=color_text,
            color_bg=color_bg,
            size=size,
            alpha=alpha,
            raise_if_out_of_image=raise_if_out_of_image,
            height=height,
            size_text=size_text,
        )
        if copy:
            return drawer.draw_on_image(image, self)
        return drawer.draw_on_image_(image, self)

    def draw_box_on_image(
        self,
        image,
        color=(0, 255, 0),
        alpha=1.0,
        size=1,
        copy=True,
        raise_if_out_of_image=False,
        thickness=None,
    ):
        """Draw the outline of the box onto an image.

        Parameters
        ----------
        image : (H,W,C) ndarray
            The image.
        color : iterable of int, optional
            Outline colour.
        alpha : float, optional
            Opacity; at 0.99 and above pixels are replaced.
        size : int, optional
            Outline thickness; ring ``i`` runs ``i`` pixels outside of the box.
        copy : bool, optional
            Draw on a copy of `image` instead of in place.
        raise_if_out_of_image : bool, optional
            Raise an ``Exception`` if the box is fully outside of the image.
        thickness : None or int, optional
            Deprecated alias of `size`.

        Returns
        -------
        ndarray
            The image with the box drawn on it.

        """
        if thickness is not None:
            _warn_thickness()
            _check_draw_size(thickness, "thickness")
            size = thickness
        _check_box_draw_args(image, color, alpha, size)
        if raise_if_out_of_image and self.is_out_of_image(image):
            raise Exception(
                f"Cannot draw bounding box x1={self.x1:.8f}, y1={self.y1:.8f}, "
                f"x2={self.x2:.8f}, y2={self.y2:.8f} on image with shape "
                f"{image.shape}."
            )
        result = np.copy(image) if copy else image
        if isinstance(color, (tuple, list)):
            color = np.uint8(color)
        height, width = result.shape[0:2]
        x1, y1, x2, y2 = self.x1_int, self.y1_int, self.x2_int, self.y2_int
        if self.is_fully_within_image(result):
            # corners rounded onto H or W would lose the outline of an inside box
            y1, y2 = min(max(y1, 0), height - 1), min(max(y2, 0), height - 1)
            x1, x2 = min(max(x1, 0), width - 1), min(max(x2, 0), width - 1)
        segments = []
        for i in range(size):
            segments.extend(
                _perimeter_segments(y1 - i, y2 + i, x1 - i, x2 + i, height, width)
            )
        if alpha >= 0.99:
            for index in segments:
                result[index] = color
            return result
        is_float = result.dtype.kind == "f"
        color_arr = np.asarray(color)
        for index in segments:
            region = result[index]
            if not is_float:
                region = region.astype(np.float32)
            blended = (1 - alpha) * region + alpha * color_arr
            blended = np.clip(blended.astype(region.dtype), 0, 255)
            result[index] = blended.astype(result.dtype)
        return result

    def draw_on_image(
        self,
        image,
        color=(0, 255, 0),
        alpha=1.0,
        size=1,
        copy=True,
        raise_if_out_of_image=False,
        thickness=None,
    ):
        """Draw the box outline and, if the box has a label, the label.

        Parameters are those of :meth:`draw_box_on_image`; the label uses the same
        colour, alpha and size.

        Returns
        -------
        ndarray
            The image with the box drawn on it.

        """
        if thickness is not None:
            _warn_thickness()
            _check_draw_size(thickness, "thickness")
            size = thickness
        image_drawn = self.draw_box_on_image(
            image,
            color=color,
            alpha=alpha,
            size=size,
            copy=copy,
            raise_if_out_of_image=raise_if_out_of_image,
        )
        if self.label is not None:
            image_drawn = self.draw_label_on_image(
                image_drawn,
                color=color,
                alpha=alpha,
                size=size,
                copy=False,
                raise_if_out_of_image=raise_if_out_of_image,
            )
        return image_drawn

    def extract_from_image(self, image, pad=True, pad_max=None, prevent_zero_size=True):
        """Extract the pixels inside of the box.

        Parameters
        ----------
        image : (H,W) ndarray or (H,W,C) ndarray
            The image.
        pad : bool, optional
            Zero-pad areas of the box that lie outside of the image. Without
            padding, a box that is not completely inside of the image yields a
            zeros array of size 1x1 (0x0 without `prevent_zero_size`).
        pad_max : None or int, optional
            Maximum number of zero-padded pixels per side (``None``: unlimited).
        prevent_zero_size : bool, optional
            Extract at least one pixel along each axis.

        Returns
        -------
        ndarray
            The extracted pixels (a new array).

        Examples
        --------
        >>> image = np.arange(16).reshape((4, 4))
        >>> BoundingBox(x1=-1, y1=1, x2=2, y2=3).extract_from_image(image)
        array([[0, 4, 5],
               [0, 8, 9]])

        """
        _check_draw_image(image)
        if pad_max is not None:
            _check_draw_size(pad_max, "pad_max")
        height, width = image.shape[0:2]
        x1, y1, x2, y2 = self.x1_int, self.y1_int, self.x2_int, self.y2_int
        if self.is_fully_within_image(image):
            # corners rounded onto H or W are pulled back inside
            y1, y2 = min(max(y1, 0), height - 1), min(max(y2, 0), height - 1)
            x1, x2 = min(max(x1, 0), width - 1), min(max(x2, 0), width - 1)
        if prevent_zero_size:
            if abs(x2 - x1) < 1:
                x2 = x1 + 1
            if abs(y2 - y1) < 1:
                y2 = y1 + 1
        channel_axes = image.shape[2:]
        if not pad:
            within = x1 >= 0 and y1 >= 0 and x2 <= width and y2 <= height
            if within and x2 > x1 and y2 > y1:
                return np.copy(image[y1:y2, x1:x2])
            side = 1 if prevent_zero_size else 0
            return np.zeros((side, side) + channel_axes, dtype=image.dtype)

        pad_top, pad_left = max(0, -y1), max(0, -x1)
        pad_bottom, pad_right = max(0, y2 - height), max(0, x2 - width)
        if pad_max is None:
            pad_max = max(pad_top, pad_right, pad_bottom, pad_left)
        # region in image coordinates, extending at most pad_max beyond each edge
        ya = max(y1, -min(pad_top, pad_max))
        yb = min(y2, height + min(pad_bottom, pad_max))
        xa = max(x1, -min(pad_left, pad_max))
        xb = min(x2, width + min(pad_right, pad_max))
        out = np.zeros(
            (max(yb - ya, 0), max(xb - xa, 0)) + channel_axes, dtype=image.dtype
        )
        iy1, iy2 = max(ya, 0), min(yb, height)
        ix1, ix2 = max(xa, 0), min(xb, width)
        if iy2 > iy1 and ix2 > ix1:
            out[iy1 - ya : iy2 - ya, ix1 - xa : ix2 - xa] = image[iy1:iy2, ix1:ix2]
        return out

    def to_keypoints(self):
        """Convert the corners to keypoints, clockwise from the top-left one.

        Returns
        -------
        list of Keypoint
            ``(x1, y1), (x2, y1), (x2, y2), (x1, y2)``.

        """
        return [
            Keypoint(x=self.x1, y=self.y1),
            Keypoint(x=self.x2, y=self.y1),
            Keypoint(x=self.x2, y=self.y2),
            Keypoint(x=self.x1, y=self.y2),
        ]

    def to_polygon(self):
        """Convert the box to a four-point polygon with the same label.

        Returns
        -------
        imgaug.augmentables.polys.Polygon
            The polygon (corners clockwise from the top-left one).

        """
        # same layer, but polys imports this module: import at call time
        from imgaug.augmentables.polys import Polygon

        return Polygon(
            np.float32(
                [
                    [self.x1, self.y1],
                    [self.x2, self.y1],
                    [self.x2, self.y2],
                    [self.x1, self.y2],
                ]
            ),
            label=self.label,
        )

    def coords_almost_equals(self, other, max_distance=1e-4):
        """Check whether another box has (almost) the same corners.

        Parameters
        ----------
        other : BoundingBox or ndarray or iterable
            The other box, or its corners (flattened to ``x1, y1, x2, y2``).
        max_distance : number, optional
            Maximum allowed absolute difference per coordinate.

        Returns
        -------
        bool
            Whether the corners match within `max_distance`.

        """
        if isinstance(other, BoundingBox):
            coords_b = [other.x1, other.y1, other.x2, other.y2]
        elif isinstance(other, np.ndarray):
            coords_b = other.ravel()
        elif ia.is_iterable(other):
            coords_b = list(ia.flatten(other))
        else:
            raise InvalidValueError(
                "Expected 'other' to be an iterable containing two (x,y)-coordinate "
                f"pairs or a BoundingBox, got type {type(other).__name__}."
            )
        coords_b = _as_float_array(coords_b, "other", np.float64)
        if coords_b.size != 4:
            raise InvalidValueError(
                "Expected 'other' to contain four coordinates (x1, y1, x2, y2), "
                f"got {coords_b.size}."
            )
        coords_a = np.array([self.x1, self.y1, self.x2, self.y2], dtype=np.float64)
        return bool(np.allclose(coords_a, coords_b, atol=max_distance, rtol=0))

    def almost_equals(self, other, max_distance=1e-4):
        """Check whether another box has the same label and (almost) the same corners.

        Returns
        -------
        bool
            The result.

        """
        if self.label != getattr(other, "label", None):
            return False
        return self.coords_almost_equals(other, max_distance=max_distance)

    @classmethod
    def from_point_soup(cls, xy):
        """Create the tightest box around a set of points.

        Parameters
        ----------
        xy : (P, 2) ndarray or (2P,) ndarray or iterable
            The points.

        Returns
        -------
        BoundingBox
            The box.

        Examples
        --------
        >>> BoundingBox.from_point_soup([(1, 5), (3, 2)])
        BoundingBox(x1=1.0000, y1=2.0000, x2=3.0000, y2=5.0000, label=None)

        """
        xy = _as_float_array(xy, "xy")
        if xy.size == 0:
            raise InvalidValueError(
                "Expected to get at least one point to place a bounding box "
                f"around, got shape {xy.shape} for argument 'xy'."
            )
        if xy.size % 2 != 0:
            raise InvalidValueError(
                "Expected 'xy' to contain pairs of x- and y-coordinates, got shape "
                f"{xy.shape}."
            )
        xy = xy.reshape((-1, 2))
        x1, y1 = np.min(xy, axis=0).tolist()
        x2, y2 = np.max(xy, axis=0).tolist()
        return cls(x1=x1, y1=y1, x2=x2, y2=y2)

    def copy(self, x1=None, y1=None, x2=None, y2=None, label=None):
        """Create a copy, optionally replacing corners and/or the label.

        Returns
        -------
        BoundingBox
            The copy (label deep-copied unless given).

        """
        return self.deepcopy(x1=x1, y1=y1, x2=x2, y2=y2, label=label)

    def deepcopy(self, x1=None, y1=None, x2=None, y2=None, label=None):
        """Create a deep copy, optionally replacing corners and/or the label.

        Returns
        -------
        BoundingBox
            The copy (label deep-copied unless given).

        """
        return BoundingBox(
            x1=self.x1 if x1 is None else x1,
            y1=self.y1 if y1 is None else y1,
            x2=self.x2 if x2 is None else x2,
            y2=self.y2 if y2 is None else y2,
            label=deepcopy_fast(self.label) if label is None else label,
        )

    def __getitem__(self, indices):
        return self.coords[indices]

    def __iter__(self):
        return iter(self.coords)

    def __repr__(self):
        return self.__str__()

    def __str__(self):
        return (
            f"BoundingBox(x1={self.x1:.4f}, y1={self.y1:.4f}, x2={self.x2:.4f}, "
            f"y2={self.y2:.4f}, label={self.label})"
        )


class BoundingBoxesOnImage(_ImageSize, _CoordinatesContainer):
    """All bounding boxes on one image.

    Parameters
    ----------
    bounding_boxes : list of BoundingBox
        The boxes.
    shape : tuple of int or ndarray
        Shape of the image the boxes lie on (an array's ``.shape`` is used).

    Examples
    --------
    >>> bbsoi = BoundingBoxesOnImage([BoundingBox(0, 1, 2, 3)], shape=(4, 4))
    >>> bbsoi.to_xyxy_array()
    array([[0., 1., 2., 3.]], dtype=float32)

    """

    _items_attr = "bounding_boxes"

    def __init__(self, bounding_boxes, shape):
        self.bounding_boxes = _check_items(
            bounding_boxes, BoundingBox, "bounding_boxes"
        )
        self.shape = normalize_shape(shape)

    def _xyxy_float64(self):
        """Return all corners as an exact ``(N, 4)`` float64 array."""
        return np.array(
            [(bb.x1, bb.y1, bb.x2, bb.y2) for bb in self.bounding_boxes],
            dtype=np.float64,
        ).reshape((-1, 4))

    def _set_xyxy(self, xyxy, boxes=None):
        """Write sorted ``(N, 4)`` corners into `boxes` (default: all boxes)."""
        boxes = self.bounding_boxes if boxes is None else boxes
        for bb, (x1, y1, x2, y2) in zip(boxes, xyxy.tolist()):
            bb.x1 = x1
            bb.y1 = y1
            bb.x2 = x2
            bb.y2 = y2

    @classmethod
    def from_xyxy_array(cls, xyxy, shape):
        """Create boxes from an ``(N, 4)`` or ``(N, 2, 2)`` array of corners.

        Parameters
        ----------
        xyxy : ndarray or iterable
            Corners ``x1, y1, x2, y2`` per row.
        shape : tuple of int or ndarray
            Shape of the image.

        Returns
        -------
        BoundingBoxesOnImage
            The boxes.

        """
        xyxy = _as_float_array(xyxy, "xyxy")
        if xyxy.size == 0:
            return cls([], shape)
        valid = (xyxy.ndim == 2 and xyxy.shape[-1] == 4) or (
            xyxy.ndim == 3 and xyxy.shape[1:3] == (2, 2)
        )
        if not valid:
            raise InvalidValueError(
                f"Expected 'xyxy' to have shape (N, 4) or (N, 2, 2), got {xyxy.shape}."
            )
        return cls._from_point_array(xyxy.reshape((len(xyxy), 2, 2)), shape)

    @classmethod
    def from_point_soups(cls, xy, shape):
        """Create one box around each row of points.

        Parameters
        ----------
        xy : ndarray or iterable
            ``(N, 2P)`` or ``(N, P, 2)`` points, ``P >= 1``.
        shape : tuple of int or ndarray
            Shape of the image.

        Returns
        -------
        BoundingBoxesOnImage
            The boxes.

        """
        xy = _as_float_array(xy, "xy")
        if xy.size == 0 and (xy.ndim < 2 or xy.shape[0] == 0):
            return cls([], shape)
        valid = (xy.ndim == 2 and xy.shape[-1] % 2 == 0 and xy.shape[-1] > 0) or (
            xy.ndim == 3 and xy.shape[-1] == 2 and xy.shape[1] > 0
        )
        if not valid:
            raise InvalidValueError(
                "Expected 'xy' to have shape (N, 2P) or (N, P, 2) with P >= 1, got "
                f"{xy.shape}."
            )
        return cls._from_point_array(xy.reshape((len(xy), -1, 2)), shape)

    @classmethod
    def _from_point_array(cls, points, shape):
        mins = np.min(points, axis=1)
        maxs = np.max(points, axis=1)
        rows = np.concatenate([mins, maxs], axis=1).tolist()
        return cls([BoundingBox(*row) for row in rows], shape)

    def to_xyxy_array(self, dtype=np.float32):
        """Get all corners as an ``(N, 4)`` array ``x1, y1, x2, y2``.

        Parameters
        ----------
        dtype : numpy dtype, optional
            Output dtype.

        Returns
        -------
        ndarray
            The corners.

        """
        dtype = iadt.normalize_dtype(dtype)
        rows = [(bb.x1, bb.y1, bb.x2, bb.y2) for bb in self.bounding_boxes]
        if dtype.kind == "f":
            return np.array(rows, dtype=dtype).reshape((-1, 4))
        return np.array(rows, dtype=np.float64).reshape((-1, 4)).astype(dtype)

    def to_xy_array(self):
        """Get all corners as a ``(2N, 2)`` float32 array (two rows per box).

        Returns
        -------
        ndarray
            The corners ``(x1, y1), (x2, y2)`` of every box.

        """
        return self.to_xyxy_array().reshape((-1, 2))

    def fill_from_xyxy_array_(self, xyxy):
        """Overwrite all corners from an ``(N, 4)`` array, in place.

        Each row is sorted so that ``x1 <= x2`` and ``y1 <= y2``.

        Parameters
        ----------
        xyxy : (N, 4) ndarray or iterable
            New corners, one row per box (converted to float32).

        Returns
        -------
        BoundingBoxesOnImage
            This container.

        """
        xyxy = _as_float_array(xyxy, "xyxy")
        if xyxy.size == 0 and not self.bounding_boxes:
            return self
        expected = (len(self.bounding_boxes), 4)
        if xyxy.shape != expected:
            raise InvalidValueError(
                f"Expected 'xyxy' to have shape {expected}, i.e. one row per "
                f"bounding box, got {xyxy.shape}."
            )
        xx, yy = xyxy[:, 0::2], xyxy[:, 1::2]
        self._set_xyxy(
            np.stack(
                [xx.min(axis=1), yy.min(axis=1), xx.max(axis=1), yy.max(axis=1)],
                axis=1,
            )
        )
        return self

    def fill_from_xy_array_(self, xy):
        """Overwrite all corners from a ``(2N, 2)`` array, in place.

        Parameters
        ----------
        xy : (2N, 2) ndarray or iterable
            Corners ``(x1, y1), (x2, y2)`` of every box.

        Returns
        -------
        BoundingBoxesOnImage
            This container.

        """
        xy = _as_float_array(xy, "xy")
        if xy.size % 4 != 0:
            raise InvalidValueError(
                "Expected 'xy' to contain two (x, y) corners per bounding box, got "
                f"shape {xy.shape}."
            )
        return self.fill_from_xyxy_array_(xy.reshape((-1, 4)))

    def draw_on_image(
        self,
        image,
        color=(0, 255, 0),
        alpha=1.0,
        size=1,
        copy=True,
        raise_if_out_of_image=False,
        thickness=None,
    ):
        """Draw all boxes (and their labels) onto an image.

        Parameters are those of :meth:`BoundingBox.draw_on_image`; the image is
        copied at most once.

        Returns
        -------
        ndarray
            The image with the boxes drawn on it.

        """
        if thickness is not None:
            _warn_thickness()
            _check_draw_size(thickness, "thickness")
            size = thickness
        _check_box_draw_args(image, color, alpha, size)
        image = np.copy(image) if copy else image
        for bb in self.bounding_boxes:
            image = bb.draw_on_image(
                image,
                color=color,
                alpha=alpha,
                size=size,
                copy=False,
                raise_if_out_of_image=raise_if_out_of_image,
            )
        return image

    def _keep(self, mask):
        self.bounding_boxes = [
            bb for bb, keep in zip(self.bounding_boxes, mask.tolist()) if keep
        ]

    def remove_out_of_image_(self, fully=True, partly=False):
        """Remove boxes that are fully and/or partly outside of the image, in place.

        Parameters
        ----------
        fully : bool, optional
            Remove boxes fully outside of the image.
        partly : bool, optional
            Remove boxes partly outside of the image.

        Returns
        -------
        BoundingBoxesOnImage
            This container.

        """
        xyxy = self._xyxy_float64()
        fully_within = _fully_within_mask(xyxy, self.shape)
        partly_within = _partly_within_mask(xyxy, self.shape)
        is_ooi = np.where(fully_within, False, np.where(partly_within, partly, fully))
        self._keep(~is_ooi.astype(bool))
        return self

    def remove_out_of_image(self, fully=True, partly=False):
        """Remove boxes that are fully and/or partly outside of the image.

        Returns
        -------
        BoundingBoxesOnImage
            A copy without the removed boxes.

        """
        return self.deepcopy().remove_out_of_image_(fully=fully, partly=partly)

    def remove_out_of_image_fraction_(self, fraction):
        """Remove boxes whose out-of-image area fraction is at least `fraction`.

        Parameters
        ----------
        fraction : number
            Threshold in ``[0, 1]``.

        Returns
        -------
        BoundingBoxesOnImage
            This container.

        """
        _check_fraction(fraction)
        fractions = _ooi_fractions(self._xyxy_float64(), self.shape)
        self._keep(fractions < fraction)
        return self

    def clip_out_of_image_(self):
        """Remove boxes fully outside of the image and clip the others, in place.

        Returns
        -------
        BoundingBoxesOnImage
            This container.

        """
        xyxy = self._xyxy_float64()
        partly_within = _partly_within_mask(xyxy, self.shape)
        self._keep(partly_within)
        if self.bounding_boxes:
            height, width = self.shape[0:2]
            kept = xyxy[partly_within]
            kept[:, 0::2] = np.clip(kept[:, 0::2], 0, width - _EPS)
            kept[:, 1::2] = np.clip(kept[:, 1::2], 0, height - _EPS)
            self._set_xyxy(kept)
        return self

    def clip_out_of_image(self):
        """Remove boxes fully outside of the image and clip the others.

        Returns
        -------
        BoundingBoxesOnImage
            A clipped copy.

        """
        return self.deepcopy().clip_out_of_image_()

    def cut_out_of_image(self):
        """Clip the boxes to the image plane (deprecated).

        Use :meth:`clip_out_of_image` instead.
        """
        ia.warn_deprecated(
            "Method `BoundingBoxesOnImage.cut_out_of_image()` is deprecated. "
            "Use `BoundingBoxesOnImage.clip_out_of_image()` instead."
        )
        return self.clip_out_of_image()

    def shift_(self, x=0, y=0):
        """Move every box by `x` (right) and `y` (down), in place.

        Returns
        -------
        BoundingBoxesOnImage
            This container.

        """
        _check_shift(x, y)
        for bb in self.bounding_boxes:
            bb.x1 += x
            bb.x2 += x
            bb.y1 += y
            bb.y2 += y
        return self

    def to_keypoints_on_image(self):
        """Convert to keypoints: the four corners of every box.

        Returns
        -------
        KeypointsOnImage
            ``4 * N`` keypoints in the corner order of :meth:`BoundingBox.to_keypoints`.

        """
        kps = [
            Keypoint(x, y)
            for bb in self.bounding_boxes
            for x, y in ((bb.x1, bb.y1), (bb.x2, bb.y1), (bb.x2, bb.y2), (bb.x1, bb.y2))
        ]
        return KeypointsOnImage(kps, shape=self.shape)

    def invert_to_keypoints_on_image_(self, kpsoi):
        """Set every box to the min/max of its four converted corner keypoints.

        Parameters
        ----------
        kpsoi : KeypointsOnImage
            Exactly four keypoints per box; its shape is copied.

        Returns
        -------
        BoundingBoxesOnImage
            This container.

        """
        _check_instance(kpsoi, KeypointsOnImage, "kpsoi")
        nb_expected = 4 * len(self.bounding_boxes)
        if len(kpsoi.keypoints) != nb_expected:
            raise InvalidValueError(
                f"Expected 'kpsoi' to contain {nb_expected} keypoints (four per "
                f"bounding box), got {len(kpsoi.keypoints)}."
            )
        if nb_expected:
            xy = np.array(
                [(kp.x, kp.y) for kp in kpsoi.keypoints], dtype=np.float64
            ).reshape((-1, 4, 2))
            self._set_xyxy(np.concatenate([xy.min(axis=1), xy.max(axis=1)], axis=1))
        self.shape = kpsoi.shape
        return self

    def to_polygons_on_image(self):
        """Convert every box to a four-point polygon.

        Returns
        -------
        imgaug.augmentables.polys.PolygonsOnImage
            The polygons.

        """
        # same layer, but polys imports this module: import at call time
        from imgaug.augmentables.polys import PolygonsOnImage

        return PolygonsOnImage(
            [bb.to_polygon() for bb in self.bounding_boxes], shape=self.shape
        )

    def copy(self, bounding_boxes=None, shape=None):
        """Create a shallow copy (new list, same box objects).

        Returns
        -------
        BoundingBoxesOnImage
            The copy.

        """
        return self._copied(BoundingBoxesOnImage, bounding_boxes, shape, deep=False)

    def deepcopy(self, bounding_boxes=None, shape=None):
        """Create a deep copy.

        Returns
        -------
        BoundingBoxesOnImage
            The copy.

        """
        return self._copied(BoundingBoxesOnImage, bounding_boxes, shape, deep=True)
