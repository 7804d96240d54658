"""Line strings: open polylines on an image and containers of them.

A :class:`LineString` is an ordered chain of ``(x, y)`` points stored as an ``(N, 2)``
float32 array. :class:`LineStringsOnImage` groups the line strings of one image and
moves all their points as one ``(M, 2)`` array (:meth:`LineStringsOnImage.to_xy_array`
and :meth:`LineStringsOnImage.fill_from_xy_array_`).

Geometry (clipping, intersections, distances) uses the vectorised routines of
``imgaug._kernels.geometry``; Shapely is not needed.
"""

import copy as copylib

import numpy as np

from imgaug._kernels import geometry as _geom
from imgaug.augmentables.base import _CoordinatesContainer, _Shiftable
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.utils import (
    _as_float_array,
    _check_draw_alpha,
    _check_draw_args,
    _check_draw_color,
    _check_draw_image,
    _check_draw_size,
    _check_instance,
    _check_items,
    _check_shape_tuple,
    _check_shift,
    _copy_shape,
    _interpolate_points_array,
    _nb_channels,
    _normalize_shape,
    _renamed,
    normalize_shape,
    project_coords,
    project_coords_,
)
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = ["LineString", "LineStringsOnImage"]

# the image's right/bottom border used when clipping (a point at x == W is outside)
_CLIP_BORDER_EPS = 1e-3
# border crossings closer than this to a neighbouring kept point are dropped
_CLIP_DEDUP_DISTANCE = 1e-2


def _coords_to_array(coords):
    """Turn ``coords`` into an ``(N, 2)`` float32 array (float32 arrays are kept)."""
    if isinstance(coords, np.ndarray):
        arr = coords
        if coords.dtype != np.float32:
            arr = _as_float_array(coords, "coords")
        if arr.size == 0:
            return np.zeros((0, 2), dtype=np.float32)
    else:
        if isinstance(coords, (str, bytes)) or not _is_iterable(coords):
            raise InvalidTypeError(
                "Expected 'coords' to be an (N, 2) array or an iterable of (x, y) "
                f"pairs, got type {type(coords).__name__}."
            )
        coords = list(coords)
        if len(coords) == 0:
            return np.zeros((0, 2), dtype=np.float32)
        for point in coords:
            if not hasattr(point, "__len__") or len(point) != 2:
                raise InvalidValueError(
                    "Expected every entry of 'coords' to be an (x, y) pair, got "
                    f"{point!r}."
                )
        arr = _as_float_array(coords, "coords")
    if arr.ndim != 2 or arr.shape[1] != 2:
        raise InvalidValueError(
            f"Expected 'coords' to have shape (N, 2), got shape {arr.shape}."
        )
    return arr


def _line_string_from(value, name):
    """Build a LineString from coordinates given as argument `name`."""
    try:
        return LineString(value)
    except (InvalidTypeError, InvalidValueError) as exc:
        raise _renamed(exc, name) from None


def _is_iterable(value):
    """Return whether ``value`` can be iterated over."""
    try:
        iter(value)
    except TypeError:
        return False
    return True


def _color_vector(color, image_ndim, nb_channels, name="color"):
    """Return a float64 colour: shape ``()`` for 2D images, ``(C,)`` for 3D ones."""
    arr = np.asarray(color, dtype=np.float64)
    if image_ndim == 2:
        if arr.size != 1:
            raise InvalidValueError(
                f"Expected '{name}' to be a single number when drawing on a 2D image, "
                f"got {color!r}."
            )
        return arr.reshape(())
    if arr.size == 1:
        return np.full((nb_channels,), float(arr.reshape(())), dtype=np.float64)
    arr = arr.reshape((-1,))
    if arr.shape[0] != nb_channels:
        raise InvalidValueError(
            f"Expected '{name}' to contain one value per image channel "
            f"({nb_channels}), got {arr.shape[0]} values."
        )
    return arr


def _color_for_keypoints(color, image_ndim):
    """Colour in the form keypoint drawing accepts (a number for 2D images)."""
    arr = np.asarray(color)
    if image_ndim == 2 and arr.size == 1:
        return arr.reshape(()).item()
    if arr.ndim == 0:
        return arr.item()
    return arr


def _to_uint8(arr):
    """Round and clip a float array into uint8."""
    return np.clip(np.round(arr), 0, 255).astype(np.uint8)


def _segments_of(other, name="other"):
    """Convert an intersection partner into ``(M, 4)`` segments."""
    if isinstance(other, LineString):
        return _line_segments(other.coords)
    if isinstance(other, Keypoint):
        point = np.array([[other.x, other.y]], dtype=np.float64)
        return np.concatenate([point, point], axis=1)
    if isinstance(other, tuple):
        if len(other) != 2:
            raise InvalidValueError(
                f"Expected tuple '{name}' to be a point (x, y), got {other!r}."
            )
        point = np.array([other], dtype=np.float64)
        return np.concatenate([point, point], axis=1)
    if isinstance(other, list):
        if all(isinstance(item, LineString) for item in other):
            if not other:
                return np.zeros((0, 4), dtype=np.float64)
            return np.concatenate([_line_segments(ls.coords) for ls in other], axis=0)
        if all(isinstance(item, tuple) and len(item) == 2 for item in other):
            return _line_segments(_as_float_array(other, name, np.float64))
    raise InvalidTypeError(
        f"Expected '{name}' to be a LineString, a list of LineStrings, a list of "
        f"(x, y) tuples or an (x, y) tuple, got type {type(other).__name__}."
    )


def _line_segments(coords):
    """Segments of an open polyline; a single point becomes a zero-length segment."""
    coords = np.asarray(coords, dtype=np.float64).reshape((-1, 2))
    if len(coords) == 1:
        return np.concatenate([coords, coords], axis=1)
    return _geom.ring_segments(coords, closed=False)


class LineString(_Shiftable):
    """An open polyline of ``(x, y)`` points on an image.

    Parameters
    ----------
    coords : iterable of tuple of number or ndarray
        The points, as an ``(N, 2)`` array or an iterable of ``(x, y)`` pairs.
        Stored as float32; a float32 array is stored without copying.
    label : None or object, optional
        Any label, e.g. a class name.

    Examples
    --------
    >>> ls = LineString([(0, 0), (3, 4)])
    >>> float(ls.length)
    5.0

    """

    def __init__(self, coords, label=None):
        self.coords = _coords_to_array(coords)
        self.label = label

    @property
    def length(self):
        """Get the summed length of all segments (0 for fewer than two points).

        Returns
        -------
        float
            The length.

        """
        if len(self.coords) <= 1:
            return 0
        return float(np.sum(self.compute_neighbour_distances()))

    @property
    def xx(self):
        """Get the x-coordinates as an ``(N,)`` float32 array."""
        return self.coords[:, 0]

    @property
    def yy(self):
        """Get the y-coordinates as an ``(N,)`` float32 array."""
        return self.coords[:, 1]

    @property
    def xx_int(self):
        """Get the rounded x-coordinates as an ``(N,)`` int32 array."""
        return np.round(self.xx).astype(np.int32)

    @property
    def yy_int(self):
        """Get the rounded y-coordinates as an ``(N,)`` int32 array."""
        return np.round(self.yy).astype(np.int32)

    @property
    def height(self):
        """Get the vertical extent of the points (0 for fewer than two points)."""
        if len(self.coords) <= 1:
            return 0
        return np.max(self.yy) - np.min(self.yy)

    @property
    def width(self):
        """Get the horizontal extent of the points (0 for fewer than two points)."""
        if len(self.coords) <= 1:
            return 0
        return np.max(self.xx) - np.min(self.xx)

    def get_pointwise_inside_image_mask(self, image):
        """Determine per point whether it lies inside the image.

        Parameters
        ----------
        image : ndarray or tuple of int
            The image or its shape.

        Returns
        -------
        ndarray
            ``(N,)`` bool, True where ``0 <= x < W`` and ``0 <= y < H``.

        """
        if len(self.coords) == 0:
            return np.zeros((0,), dtype=bool)
        height, width = _normalize_shape(image, "image")[0:2]
        xx = self.xx
        yy = self.yy
        return (xx >= 0) & (xx < width) & (yy >= 0) & (yy < height)

    def compute_neighbour_distances(self):
        """Compute the Euclidean distance between each pair of consecutive points.

        Returns
        -------
        ndarray
            ``(N-1,)`` float32 distances (empty for fewer than two points).

        """
        if len(self.coords) <= 1:
            return np.zeros((0,), dtype=np.float32)
        diff = np.diff(self.coords.astype(np.float64), axis=0)
        return np.sqrt(np.sum(diff * diff, axis=1)).astype(np.float32)

    def compute_pointwise_distances(self, other, default=None):
        """Compute the distance of every point to another geometry.

        Parameters
        ----------
        other : Keypoint or LineString or tuple of number
            The geometry: a keypoint, a line string or an ``(x, y)`` tuple.
        default : any, optional
            Returned if `other` is an empty line string.

        Returns
        -------
        list of float
            One distance per point of this line string (or `default`).

        """
        if isinstance(other, Keypoint):
            other_coords = np.array([[other.x, other.y]], dtype=np.float64)
        elif isinstance(other, LineString):
            if len(other.coords) == 0:
                return default
            other_coords = other.coords
        elif isinstance(other, tuple):
            if len(other) != 2:
                raise InvalidValueError(
                    f"Expected tuple 'other' to be a point (x, y), got {other!r}."
                )
            other_coords = np.array([other], dtype=np.float64)
        else:
            raise InvalidValueError(
                "Expected Keypoint or LineString or tuple (x,y) as argument 'other', "
                f"got type {type(other).__name__}."
            )
        if len(self.coords) == 0:
            return []
        return _geom.point_to_polyline_distance(self.coords, other_coords).tolist()

    def compute_distance(self, other, default=None):
        """Compute the smallest distance between any point and another geometry.

        Parameters
        ----------
        other : Keypoint or LineString or tuple of number
            See :meth:`compute_pointwise_distances`.
        default : any, optional
            Returned if either geometry has no points.

        Returns
        -------
        float or any
            The distance (or `default`).

        """
        distances = self.compute_pointwise_distances(other, default=[])
        if len(distances) == 0:
            return default
        return min(distances)

    def contains(self, other, max_distance=1e-4):
        """Determine whether another geometry is within `max_distance` of this one.

        Parameters
        ----------
        other : Keypoint or tuple of number or LineString
            The geometry.
        max_distance : float, optional
            Distances below this count as contained.

        Returns
        -------
        bool
            Whether the distance is below `max_distance`.

        """
        return self.compute_distance(other, default=np.inf) < max_distance

    def project_(self, from_shape, to_shape):
        """Rescale the coordinates from one image size to another, in place.

        Parameters
        ----------
        from_shape : tuple of int or ndarray
            Shape of the image the line string currently lies on.
        to_shape : tuple of int or ndarray
            Shape of the new image.

        Returns
        -------
        LineString
            This line string.

        """
        self.coords = np.asarray(
            project_coords(self.coords, from_shape, to_shape), dtype=np.float32
        )
        return self

    def project(self, from_shape, to_shape):
        """Rescale the coordinates from one image size to another.

        Returns
        -------
        LineString
            A projected copy.

        """
        return self.deepcopy().project_(from_shape, to_shape)

    def compute_out_of_image_fraction(self, image):
        """Compute the fraction of the length that lies outside of the image.

        Line strings without length count as fully outside (1.0) if all points are
        outside, else as inside (0.0). Without points the result is 0.0.

        Parameters
        ----------
        image : ndarray or tuple of int
            The image or its shape.

        Returns
        -------
        float
            Fraction in ``[0, 1]``.

        """
        if len(self.coords) == 0:
            return 0.0
        length = self.length
        if length == 0:
            inside = self.get_pointwise_inside_image_mask(image)
            return 0.0 if np.any(inside) else 1.0
        length_inside = sum(ls.length for ls in self.clip_out_of_image(image))
        return float(min(max(1.0 - length_inside / length, 0.0), 1.0))

    def is_fully_within_image(self, image, default=False):
        """Determine whether all points lie inside the image.

        Parameters
        ----------
        image : ndarray or tuple of int
            The image or its shape.
        default : any, optional
            Returned for line strings without points.

        Returns
        -------
        bool or any
            The result (or `default`).

        """
        if len(self.coords) == 0:
            return default
        return bool(np.all(self.get_pointwise_inside_image_mask(image)))

    def is_partly_within_image(self, image, default=False):
        """Determine whether any part of the line string lies inside the image.

        Parameters
        ----------
        image : ndarray or tuple of int
            The image or its shape.
        default : any, optional
            Returned for line strings without points.

        Returns
        -------
        bool or any
            True if a point is inside or a segment crosses the image.

        """
        if len(self.coords) == 0:
            return default
        if np.any(self.get_pointwise_inside_image_mask(image)):
            return True
        if len(self.coords) == 1:
            return False
        # without inside points, clipping yields a piece iff a segment meets the
        # (shrunk) image border
        height, width = _normalize_shape(image, "image")[0:2]
        edges = _geom.rect_edges(
            0.0, 0.0, width - _CLIP_BORDER_EPS, height - _CLIP_BORDER_EPS
        )
        segs = _geom.ring_segments(self.coords, closed=False)
        return bool(np.any(_geom.segments_intersect_matrix(segs, edges)))

    def is_out_of_image(self, image, fully=True, partly=False, default=True):
        """Determine whether the line string is (partly or fully) outside the image.

        Parameters
        ----------
        image : ndarray or tuple of int
            The image or its shape.
        fully : bool, optional
            Return this if the line string is fully outside.
        partly : bool, optional
            Return this if the line string is partly outside.
        default : any, optional
            Returned for line strings without points.

        Returns
        -------
        bool or any
            False if fully inside, else `partly` or `fully`.

        """
        if len(self.coords) == 0:
            return default
        if self.is_fully_within_image(image):
            return False
        if self.is_partly_within_image(image):
            return partly
        return fully

    def clip_out_of_image(self, image):
        """Cut off the parts outside of the image.

        The right and bottom image borders are taken at ``W - 1e-3`` and
        ``H - 1e-3``. Crossings with the border become new points (dropped if within
        ``1e-2`` of a neighbouring point). The result may consist of several pieces.

        Parameters
        ----------
        image : ndarray or tuple of int
            The image or its shape.

        Returns
        -------
        list of LineString
            The pieces inside the image (0 or more).

        Examples
        --------
        >>> ls = LineString([(-5, 2), (5, 2), (5, 20), (8, 20), (8, 2), (15, 2)])
        >>> [piece.coords.tolist() for piece in ls.clip_out_of_image((10, 10))]
        [[[0.0, 2.0], [5.0, 2.0], [5.0, 9.99899959564209]], [[8.0, 9.99899959564209], [8.0, 2.0], [9.99899959564209, 2.0]]]

        """  # noqa: E501
        nb_points = len(self.coords)
        if nb_points == 0:
            return []
        inside = self.get_pointwise_inside_image_mask(image)
        if nb_points == 1:
            return [self.deepcopy()] if inside[0] else []
        if np.all(inside):
            return [self.deepcopy()]
        height, width = _normalize_shape(image, "image")[0:2]
        edges = _geom.rect_edges(
            0.0, 0.0, width - _CLIP_BORDER_EPS, height - _CLIP_BORDER_EPS
        )
        crossings = _geom.intersections_per_segment(self.coords, edges)
        pieces = _geom.split_polyline(
            self.coords, ~inside, crossings, dedup_distance=_CLIP_DEDUP_DISTANCE
        )
        return [self.deepcopy(coords=piece.astype(np.float32)) for piece in pieces]

    def find_intersections_with(self, other):
        """Find the intersection points of every segment with another geometry.

        Parameters
        ----------
        other : LineString or list of LineString or list of tuple or tuple
            A line string, several line strings, a polyline given as ``(x, y)``
            tuples, or a single ``(x, y)`` point.

        Returns
        -------
        list of list of tuple of float
            Per segment the ``(x, y)`` intersection points, sorted by distance from
            the segment's start point.

        Examples
        --------
        >>> ls = LineString([(0, 0), (4, 0)])
        >>> ls.find_intersections_with(LineString([(1, -1), (1, 1)]))
        [[(1.0, 0.0)]]

        """
        return _geom.intersections_per_segment(self.coords, _segments_of(other))

    def shift_(self, x=0, y=0):
        """Move the line string by `x` (right) and `y` (down), in place.

        Returns
        -------
        LineString
            This line string.

        """
        _check_shift(x, y)
        self.coords = self.coords + np.array([x, y], dtype=np.float32)
        return self

    def draw_mask(
        self, image_shape, size_lines=1, size_points=0, raise_if_out_of_image=False
    ):
        """Draw the line string as a boolean mask (without antialiasing).

        Parameters
        ----------
        image_shape : tuple of int
            ``(H, W)`` or ``(H, W, 1)``.
        size_lines : int, optional
            Thickness of the lines.
        size_points : int, optional
            Size of the points (0 = no points).
        raise_if_out_of_image : bool, optional
            Raise if the line string is fully outside of the image.

        Returns
        -------
        ndarray
            Bool mask of shape `image_shape`.

        """
        heatmap = self.draw_heatmap_array(
            image_shape,
            alpha_lines=1.0,
            alpha_points=1.0,
            size_lines=size_lines,
            size_points=size_points,
            antialiased=False,
            raise_if_out_of_image=raise_if_out_of_image,
        )
        return heatmap > 0.5

    def draw_lines_heatmap_array(
        self,
        image_shape,
        alpha=1.0,
        size=1,
        antialiased=True,
        raise_if_out_of_image=False,
    ):
        """Draw the lines into a float32 heatmap with values in ``[0, 1]``.

        Parameters
        ----------
        image_shape : tuple of int
            ``(H, W)`` or ``(H, W, 1)``.
        alpha, size, antialiased, raise_if_out_of_image
            See :meth:`draw_lines_on_image`.

        Returns
        -------
        ndarray
            float32 heatmap of shape `image_shape`.

        """
        _check_heatmap_shape(image_shape)
        arr = self.draw_lines_on_image(
            np.zeros(image_shape, dtype=np.uint8),
            color=255,
            alpha=alpha,
            size=size,
            antialiased=antialiased,
            raise_if_out_of_image=raise_if_out_of_image,
        )
        return arr.astype(np.float32) / 255.0

    def draw_points_heatmap_array(
        self, image_shape, alpha=1.0, size=1, raise_if_out_of_image=False
    ):
        """Draw the points into a float32 heatmap with values in ``[0, 1]``.

        Parameters
        ----------
        image_shape : tuple of int
            ``(H, W)`` or ``(H, W, 1)``.
        alpha, size, raise_if_out_of_image
            See :meth:`draw_points_on_image`.

        Returns
        -------
        ndarray
            float32 heatmap of shape `image_shape`.

        """
        _check_heatmap_shape(image_shape)
        arr = self.draw_points_on_image(
            np.zeros(image_shape, dtype=np.uint8),
            color=255,
            alpha=alpha,
            size=size,
            raise_if_out_of_image=raise_if_out_of_image,
        )
        return arr.astype(np.float32) / 255.0

    def draw_heatmap_array(
        self,
        image_shape,
        alpha_lines=1.0,
        alpha_points=1.0,
        size_lines=1,
        size_points=0,
        antialiased=True,
        raise_if_out_of_image=False,
    ):
        """Draw lines and points into a float32 heatmap (pixel-wise maximum).

        Parameters
        ----------
        image_shape : tuple of int
            ``(H, W)`` or ``(H, W, 1)``.
        alpha_lines, alpha_points : float, optional
            Opacity of lines and points.
        size_lines, size_points : int, optional
            Thickness of the lines, size of the points (0 = no points).
        antialiased : bool, optional
            Antialias the lines.
        raise_if_out_of_image : bool, optional
            Raise if the line string is fully outside of the image.

        Returns
        -------
        ndarray
            float32 heatmap of shape `image_shape`.

        """
        _check_draw_alpha(alpha_lines, "alpha_lines")
        _check_draw_alpha(alpha_points, "alpha_points")
        _check_draw_size(size_lines, "size_lines")
        _check_draw_size(size_points, "size_points")
        heatmap_lines = self.draw_lines_heatmap_array(
            image_shape,
            alpha=alpha_lines,
            size=size_lines,
            antialiased=antialiased,
            raise_if_out_of_image=raise_if_out_of_image,
        )
        if size_points <= 0:
            return heatmap_lines
        heatmap_points = self.draw_points_heatmap_array(
            image_shape,
            alpha=alpha_points,
            size=size_points,
            raise_if_out_of_image=raise_if_out_of_image,
        )
        return np.maximum(heatmap_lines, heatmap_points)

    def _rasterize_lines(self, height, width, alpha, antialiased):
        """Draw all segments into an ``(H, W)`` float32 mask (later ones overwrite)."""
        import skimage.draw  # lazy: keeps `import imgaug` fast

        heatmap = np.zeros((height, width), dtype=np.float32)
        coords = self.coords.astype(np.float64)
        starts_f, stops_f = _limit_segment_lengths(
            coords[:-1], coords[1:], height, width
        )
        starts = np.round(starts_f).astype(np.int64)
        stops = np.round(stops_f).astype(np.int64)
        # a segment between rounded endpoints never leaves their bounding box
        lo = np.minimum(starts, stops)
        hi = np.maximum(starts, stops)
        visible = (hi[:, 0] >= 0) & (lo[:, 0] < width) & (hi[:, 1] >= 0)
        visible &= lo[:, 1] < height
        for i in np.flatnonzero(visible).tolist():
            (x0, y0), (x1, y1) = starts[i].tolist(), stops[i].tolist()
            if antialiased:
                rr, cc, val = skimage.draw.line_aa(y0, x0, y1, x1)
                val = val.astype(np.float32) * np.float32(alpha)
            else:
                rr, cc = skimage.draw.line(y0, x0, y1, x1)
                val = np.full(rr.shape, alpha, dtype=np.float32)
            keep = (rr >= 0) & (rr < height) & (cc >= 0) & (cc < width)
            heatmap[rr[keep], cc[keep]] = val[keep]
        return heatmap

    def draw_lines_on_image(
        self,
        image,
        color=(0, 255, 0),
        alpha=1.0,
        size=3,
        antialiased=True,
        raise_if_out_of_image=False,
    ):
        """Draw the line segments onto an image.

        The result is always uint8 (rounded and clipped), whatever the input dtype.

        Parameters
        ----------
        image : ndarray or tuple of int
            ``(H, W)`` or ``(H, W, C)`` image, or a shape to draw onto zeros.
        color : number or iterable of number, optional
            Colour of the lines (a number for 2D images).
        alpha : float, optional
            Opacity in ``[0, 1]``.
        size : int, optional
            Thickness in pixels (the rasterised line is dilated by ``size x size``).
        antialiased : bool, optional
            Antialias the lines.
        raise_if_out_of_image : bool, optional
            Raise an ``Exception`` if the line string is fully outside of the image.

        Returns
        -------
        ndarray
            The image with the lines drawn on it (uint8), or an unchanged copy if
            there is nothing to draw.

        Examples
        --------
        >>> ls = LineString([(0, 1), (2, 1)])
        >>> ls.draw_lines_on_image(np.zeros((3, 3), np.uint8), color=255, size=1)
        array([[  0,   0,   0],
               [255, 255, 255],
               [  0,   0,   0]], dtype=uint8)

        """
        import cv2  # lazy: only needed for thick lines

        image_was_shape = isinstance(image, tuple)
        if image_was_shape:
            image = np.zeros(image, dtype=np.uint8)
        if not isinstance(image, np.ndarray) or image.ndim not in (2, 3):
            raise InvalidValueError(
                "Expected 'image' to be a 2D or 3D array or a shape tuple, got "
                f"{getattr(image, 'shape', type(image).__name__)}."
            )
        _check_draw_color(color, "color", value_range=None)
        _check_draw_alpha(alpha, "alpha")
        _check_draw_size(size, "size")
        if len(self.coords) <= 1 or alpha < 1e-4 or size < 1:
            return np.copy(image)
        if raise_if_out_of_image and self.is_out_of_image(
            image, partly=False, fully=True
        ):
            raise Exception(
                f"Cannot draw line string '{self}' on image with shape {image.shape}, "
                "because it would be out of bounds of the image."
            )
        nb_channels = image.shape[2] if image.ndim == 3 else 1
        color_vec = _color_vector(color, image.ndim, nb_channels)
        height, width = image.shape[0:2]
        heatmap = self._rasterize_lines(height, width, alpha, antialiased)
        if size > 1 and height > 0 and width > 0:
            heatmap = cv2.dilate(heatmap, np.ones((size, size), dtype=np.uint8))
        mask = heatmap if image.ndim == 2 else heatmap[:, :, np.newaxis]
        image_f = image.astype(np.float64)
        if image_was_shape:
            result = image_f + mask * color_vec
        elif heatmap.size > 0 and np.all(heatmap >= 1 - 1e-2):
            result = np.broadcast_to(color_vec, image.shape)
        elif heatmap.size == 0 or np.all(heatmap <= 1e-2):
            result = image_f
        else:
            result = image_f + mask * (color_vec - image_f)
        return _to_uint8(result)

    def draw_points_on_image(
        self,
        image,
        color=(0, 128, 0),
        alpha=1.0,
        size=3,
        copy=True,
        raise_if_out_of_image=False,
    ):
        """Draw the points as filled squares onto an image.

        Uses :meth:`imgaug.augmentables.kps.KeypointsOnImage.draw_on_image`.

        Parameters
        ----------
        image : ndarray
            ``(H, W)`` or ``(H, W, C)`` image.
        color : number or iterable of number, optional
            Colour of the points.
        alpha : float, optional
            Opacity in ``[0, 1]``.
        size : int, optional
            Side length of each square.
        copy : bool, optional
            Draw onto a copy instead of the input array.
        raise_if_out_of_image : bool, optional
            Raise if a point cannot be drawn because it is outside of the image.

        Returns
        -------
        ndarray
            The image with the points drawn on it.

        """
        _check_draw_image(image)
        kpsoi = KeypointsOnImage.from_xy_array(self.coords, shape=image.shape)
        return kpsoi.draw_on_image(
            image,
            color=_color_for_keypoints(color, image.ndim),
            alpha=alpha,
            size=size,
            copy=copy,
            raise_if_out_of_image=raise_if_out_of_image,
        )

    def draw_on_image(
        self,
        image,
        color=(0, 255, 0),
        color_lines=None,
        color_points=None,
        alpha=1.0,
        alpha_lines=None,
        alpha_points=None,
        size=1,
        size_lines=None,
        size_points=None,
        antialiased=True,
        raise_if_out_of_image=False,
    ):
        """Draw the lines and then the points onto an image.

        Parameters
        ----------
        image : ndarray or tuple of int
            ``(H, W)`` or ``(H, W, C)`` image, or a shape to draw onto zeros.
        color : number or iterable of number, optional
            Base colour; lines default to it, points to half of it.
        color_lines, color_points : None or number or iterable of number, optional
            Explicit colours of lines and points.
        alpha : float, optional
            Base opacity for lines and points.
        alpha_lines, alpha_points : None or float, optional
            Explicit opacities.
        size : int, optional
            Base size; lines default to it, points to three times it.
        size_lines, size_points : None or int, optional
            Explicit sizes.
        antialiased : bool, optional
            Antialias the lines.
        raise_if_out_of_image : bool, optional
            Raise if the line string is fully outside of the image.

        Returns
        -------
        ndarray
            The image with the line string drawn on it (uint8).

        """
        for name, value in (("color", color), ("alpha", alpha), ("size", size)):
            if value is None:
                raise InvalidValueError(f"Expected '{name}' to not be None.")
        _check_draw_args(
            nb_channels=_nb_channels(image) if isinstance(image, np.ndarray) else None,
            color=color,
            color_lines=color_lines,
            color_points=color_points,
            alpha=alpha,
            alpha_lines=alpha_lines,
            alpha_points=alpha_points,
            size=size,
            size_lines=size_lines,
            size_points=size_points,
        )
        color_lines = color if color_lines is None else color_lines
        if color_points is None:
            color_points = np.asarray(color, dtype=np.float32) * 0.5
        alpha_lines = alpha if alpha_lines is None else alpha_lines
        alpha_points = alpha if alpha_points is None else alpha_points
        size_lines = size if size_lines is None else size_lines
        size_points = size * 3 if size_points is None else size_points

        image = self.draw_lines_on_image(
            image,
            color=np.asarray(color_lines).astype(np.uint8),
            alpha=alpha_lines,
            size=size_lines,
            antialiased=antialiased,
            raise_if_out_of_image=raise_if_out_of_image,
        )
        return self.draw_points_on_image(
            image,
            color=np.asarray(color_points).astype(np.uint8),
            alpha=alpha_points,
            size=size_points,
            copy=False,
            raise_if_out_of_image=raise_if_out_of_image,
        )

    def extract_from_image(
        self,
        image,
        size=1,
        pad=True,
        pad_max=None,
        antialiased=True,
        prevent_zero_size=True,
    ):
        """Extract the image pixels covered by the line string.

        Crops the bounding box of the drawn line string out of the image after
        multiplying the image with the line heatmap.

        Parameters
        ----------
        image : ndarray
            ``(H, W)`` or ``(H, W, C)`` image.
        size : int, optional
            Thickness of the line.
        pad : bool, optional
            Zero-pad areas of the box that are outside of the image.
        pad_max : None or int, optional
            Maximum padding per side.
        antialiased : bool, optional
            Antialias the line heatmap.
        prevent_zero_size : bool, optional
            Return at least a ``1x1`` result.

        Returns
        -------
        ndarray
            The extracted uint8 pixels.

        """
        from imgaug.augmentables.bbs import BoundingBox  # lazy: sibling module

        if not isinstance(image, np.ndarray) or image.ndim not in (2, 3):
            raise InvalidValueError(
                "Expected 'image' to be a 2D or 3D array, got "
                f"{getattr(image, 'shape', type(image).__name__)}."
            )
        _check_draw_size(size, "size")
        if pad_max is not None:
            _check_draw_size(pad_max, "pad_max")
        if len(self.coords) == 0 or size <= 0:
            side = 1 if prevent_zero_size else 0
            return np.zeros((side, side) + image.shape[2:], dtype=image.dtype)
        xx = self.xx_int
        yy = self.yy_int
        half = (size - 1) / 2
        bb = BoundingBox(
            x1=np.min(xx) - half,
            y1=np.min(yy) - half,
            x2=np.max(xx) + 1 + half,
            y2=np.max(yy) + 1 + half,
        )
        if len(self.coords) == 1:
            return bb.extract_from_image(
                image, pad=pad, pad_max=pad_max, prevent_zero_size=prevent_zero_size
            )
        heatmap = self.draw_lines_heatmap_array(
            image.shape[0:2], alpha=1.0, size=size, antialiased=antialiased
        )
        if image.ndim == 3:
            heatmap = heatmap[:, :, np.newaxis]
        masked = image.astype(np.float32) * heatmap
        extract = bb.extract_from_image(
            masked, pad=pad, pad_max=pad_max, prevent_zero_size=prevent_zero_size
        )
        return _to_uint8(extract)

    def concatenate(self, other):
        """Append the points of another line string (or of coordinates).

        Parameters
        ----------
        other : LineString or ndarray or iterable of tuple of number
            The points to append.

        Returns
        -------
        LineString
            New line string with this line string's label.

        """
        if not isinstance(other, LineString):
            other = _line_string_from(other, "other")
        return self.deepcopy(coords=np.concatenate([self.coords, other.coords], axis=0))

    def subdivide(self, points_per_edge):
        """Insert evenly spaced points on every segment.

        Parameters
        ----------
        points_per_edge : int
            Number of points to insert per segment.

        Returns
        -------
        LineString
            The subdivided line string.

        Examples
        --------
        >>> LineString([(0, 0), (2, 0)]).subdivide(1).coords.tolist()
        [[0.0, 0.0], [1.0, 0.0], [2.0, 0.0]]

        """
        _check_draw_size(points_per_edge, "points_per_edge")
        if len(self.coords) <= 1 or points_per_edge < 1:
            return self.deepcopy()
        coords = _interpolate_points_array(self.coords, points_per_edge, closed=False)
        return self.deepcopy(coords=coords)

    def to_keypoints(self):
        """Convert the points to keypoints.

        Returns
        -------
        list of Keypoint
            One keypoint per point.

        """
        return [Keypoint(x=x, y=y) for x, y in self.coords.tolist()]

    def to_bounding_box(self):
        """Get the tightest bounding box around the points (keeps the label).

        Returns
        -------
        None or BoundingBox
            The box, or None for line strings without points.

        """
        from imgaug.augmentables.bbs import BoundingBox  # lazy: sibling module

        if len(self.coords) == 0:
            return None
        return BoundingBox(
            x1=np.min(self.xx),
            y1=np.min(self.yy),
            x2=np.max(self.xx),
            y2=np.max(self.yy),
            label=self.label,
        )

    def to_polygon(self):
        """Convert to a polygon with the same points and label.

        Returns
        -------
        Polygon
            The polygon.

        """
        # lazy: polys imports this module at load time
        from imgaug.augmentables.polys import Polygon

        return Polygon(self.coords, label=self.label)

    def to_heatmap(
        self,
        image_shape,
        size_lines=1,
        size_points=0,
        antialiased=True,
        raise_if_out_of_image=False,
    ):
        """Draw the line string into a heatmap.

        Parameters
        ----------
        image_shape : tuple of int
            ``(H, W)`` or ``(H, W, 1)``.
        size_lines, size_points, antialiased, raise_if_out_of_image
            See :meth:`draw_heatmap_array`.

        Returns
        -------
        HeatmapsOnImage
            The heatmap.

        """
        from imgaug.augmentables.heatmaps import HeatmapsOnImage  # lazy: sibling

        arr = self.draw_heatmap_array(
            image_shape,
            size_lines=size_lines,
            size_points=size_points,
            antialiased=antialiased,
            raise_if_out_of_image=raise_if_out_of_image,
        )
        return HeatmapsOnImage(arr, shape=image_shape)

    def to_segmentation_map(
        self, image_shape, size_lines=1, size_points=0, raise_if_out_of_image=False
    ):
        """Draw the line string into a segmentation map (class 1 on the line).

        Parameters
        ----------
        image_shape : tuple of int
            ``(H, W)`` or ``(H, W, 1)``.
        size_lines, size_points, raise_if_out_of_image
            See :meth:`draw_mask`.

        Returns
        -------
        SegmentationMapsOnImage
            The segmentation map.

        """
        from imgaug.augmentables.segmaps import SegmentationMapsOnImage  # lazy

        mask = self.draw_mask(
            image_shape,
            size_lines=size_lines,
            size_points=size_points,
            raise_if_out_of_image=raise_if_out_of_image,
        )
        return SegmentationMapsOnImage(mask, shape=tuple(image_shape))

    def coords_almost_equals(self, other, max_distance=1e-4, points_per_edge=8):
        """Compare the geometry with another one, up to `max_distance`.

        Both line strings are subdivided, then every point of each must lie within
        `max_distance` of the other one.

        Parameters
        ----------
        other : LineString or tuple of number or ndarray or iterable of tuple
            The other line string, a single point or coordinates.
        max_distance : float, optional
            Largest allowed distance.
        points_per_edge : int, optional
            Subdivision points per segment.

        Returns
        -------
        bool
            Whether the geometries are almost equal.

        Examples
        --------
        >>> LineString([(0, 0), (2, 0)]).coords_almost_equals([(0, 0), (1, 0), (2, 0)])
        True

        """
        if isinstance(other, LineString):
            pass
        elif isinstance(other, tuple):
            other = _line_string_from([other], "other")
        else:
            other = _line_string_from(other, "other")
        nb_self = len(self.coords)
        nb_other = len(other.coords)
        if nb_self == 0 and nb_other == 0:
            return True
        if nb_self == 0 or nb_other == 0:
            return False
        self_sub = self.subdivide(points_per_edge).coords
        other_sub = other.subdivide(points_per_edge).coords
        dist_a = _geom.point_to_polyline_distance(self_sub, other_sub)
        dist_b = _geom.point_to_polyline_distance(other_sub, self_sub)
        return bool(max(np.max(dist_a), np.max(dist_b)) < max_distance)

    def almost_equals(self, other, max_distance=1e-4, points_per_edge=8):
        """Compare label and geometry with another line string.

        Parameters
        ----------
        other : LineString
            The other line string.
        max_distance, points_per_edge
            See :meth:`coords_almost_equals`.

        Returns
        -------
        bool
            Whether labels are equal and the geometries almost equal.

        """
        if self.label != getattr(other, "label", None):
            return False
        return self.coords_almost_equals(
            other, max_distance=max_distance, points_per_edge=points_per_edge
        )

    def copy(self, coords=None, label=None):
        """Create a shallow copy (the coordinate array is shared unless given).

        Parameters
        ----------
        coords : None or ndarray or iterable of tuple of number, optional
            Replacement coordinates.
        label : None or object, optional
            Replacement label.

        Returns
        -------
        LineString
            The copy.

        """
        return LineString(
            coords=self.coords if coords is None else coords,
            label=copylib.copy(self.label) if label is None else label,
        )

    def deepcopy(self, coords=None, label=None):
        """Create a deep copy.

        Parameters
        ----------
        coords : None or ndarray or iterable of tuple of number, optional
            Replacement coordinates.
        label : None or object, optional
            Replacement label.

        Returns
        -------
        LineString
            The copy.

        """
        return LineString(
            coords=np.copy(self.coords) if coords is None else coords,
            label=copylib.deepcopy(self.label) if label is None else label,
        )

    def __getitem__(self, indices):
        return self.coords[indices]

    def __iter__(self):
        return iter(self.coords)

    def __repr__(self):
        return self.__str__()

    def __str__(self):
        points = ", ".join(f"({x:.2f}, {y:.2f})" for x, y in self.coords.tolist())
        return f"LineString([{points}], label={self.label})"


def _limit_segment_lengths(starts, stops, height, width):
    """Clip very long segments to a wide box around the image before rasterising.

    Segments shorter than the box are returned unchanged (pixel-exact drawing); only
    far-reaching ones are cut, so that rasterisation never allocates huge arrays.
    """
    margin = 2 * (height + width) + 16
    box_lo = np.array([-margin, -margin], dtype=np.float64)
    box_hi = np.array([width + margin, height + margin], dtype=np.float64)
    too_far = np.any((starts < box_lo) | (starts > box_hi), axis=1)
    too_far |= np.any((stops < box_lo) | (stops > box_hi), axis=1)
    if not np.any(too_far):
        return starts, stops
    starts = starts.copy()
    stops = stops.copy()
    for i in np.flatnonzero(too_far).tolist():
        delta = stops[i] - starts[i]
        t_lo, t_hi = 0.0, 1.0
        for axis in (0, 1):
            if delta[axis] == 0:
                if not box_lo[axis] <= starts[i, axis] <= box_hi[axis]:
                    t_lo, t_hi = 1.0, 0.0
                continue
            t0 = (box_lo[axis] - starts[i, axis]) / delta[axis]
            t1 = (box_hi[axis] - starts[i, axis]) / delta[axis]
            t_lo = max(t_lo, min(t0, t1))
            t_hi = min(t_hi, max(t0, t1))
        if t_lo > t_hi:
            # fully outside the box: collapse to a point far outside the image
            starts[i] = stops[i] = box_lo - 1
        else:
            start = starts[i].copy()
            starts[i] = start + t_lo * delta
            stops[i] = start + t_hi * delta
    return starts, stops


def _check_heatmap_shape(image_shape):
    if not isinstance(image_shape, (tuple, list)):
        raise InvalidTypeError(
            "Expected 'image_shape' to be a tuple (H, W) or (H, W, 1), got type "
            f"{type(image_shape).__name__}."
        )
    shape = tuple(image_shape)
    _check_shape_tuple(shape, "image_shape")
    if not (len(shape) == 2 or (len(shape) == 3 and shape[-1] == 1)):
        raise InvalidValueError(
            f"Expected 'image_shape' to be (H, W) or (H, W, 1), got {image_shape!r}."
        )


class _PointSequencesOnImage(_CoordinatesContainer):
    """Private base of the polygon and line string containers.

    Every item stores its points as an ``(N, 2)`` array under the attribute named by
    ``_coords_attr``; ``_item_class`` is the item type.
    """

    _coords_attr = ""
    _item_class = None

    def _copied(self, cls, items, shape, deep):
        """Create a `cls` from `items` (``None``: own items) and `shape`."""
        if items is None:
            items = getattr(self, self._items_attr)
        else:
            items = _check_items(items, self._item_class, self._items_attr)
        items = [item.deepcopy() for item in items] if deep else list(items)
        shape = self.shape if shape is None else shape
        return cls(items, shape=_copy_shape(shape))

    def on_(self, image):
        """Project the items onto a new image shape, in place.

        Unlike for keypoints and boxes, the shapes are checked even without items.

        Parameters
        ----------
        image : ndarray or tuple of int
            The new image or its shape.

        Returns
        -------
        same type as this container
            This container.

        """
        on_shape = _normalize_shape(image, "image")
        if on_shape[0:2] != self.shape[0:2]:
            # to_xy_array() returns a new array: project it in place
            xy = project_coords_(self.to_xy_array(), self.shape, on_shape)
            self.fill_from_xy_array_(xy)
        self.shape = on_shape
        return self

    def remove_out_of_image(self, fully=True, partly=False):
        """Remove items that are fully and/or partly outside of the image.

        Parameters
        ----------
        fully : bool, optional
            Remove items fully outside of the image.
        partly : bool, optional
            Remove items partly outside of the image.

        Returns
        -------
        same type as this container
            A copy without them.

        """
        return self.deepcopy().remove_out_of_image_(fully=fully, partly=partly)

    def clip_out_of_image_(self):
        """Clip every item to the image, in place (may split items into parts).

        Returns
        -------
        same type as this container
            This container, holding the flat list of all clipped parts.

        """
        shape = self.shape
        items = getattr(self, self._items_attr)
        parts = [part for item in items for part in item.clip_out_of_image(shape)]
        setattr(self, self._items_attr, parts)
        return self

    def clip_out_of_image(self):
        """Clip every item to the image (may split items into parts).

        Returns
        -------
        same type as this container
            A clipped copy.

        """
        return self.copy().clip_out_of_image_()

    def shift_(self, x=0, y=0):
        """Move all items by `x` (right) and `y` (down), in place.

        Returns
        -------
        same type as this container
            This container.

        """
        _check_shift(x, y)
        for item in getattr(self, self._items_attr):
            item.shift_(x=x, y=y)
        return self

    def to_xy_array(self):
        """Get the points of all items as one ``(N, 2)`` float32 array.

        Returns
        -------
        ndarray
            The concatenated points (``(0, 2)`` if there are none).

        """
        items = getattr(self, self._items_attr)
        if not items:
            return np.zeros((0, 2), dtype=np.float32)
        attr = self._coords_attr
        return np.concatenate([getattr(item, attr) for item in items], axis=0).astype(
            np.float32, copy=False
        )

    def fill_from_xy_array_(self, xy):
        """Overwrite the points of all items from one array, in place.

        Parameters
        ----------
        xy : ndarray or iterable of tuple of number
            ``(N, 2)`` coordinates, as many rows as there are points in total.

        Returns
        -------
        same type as this container
            This container.

        """
        _fill_items_from_xy_(getattr(self, self._items_attr), self._coords_attr, xy)
        return self

    def to_keypoints_on_image(self):
        """Convert all points to keypoints.

        Returns
        -------
        KeypointsOnImage
            One keypoint per point, in order.

        """
        return KeypointsOnImage.from_xy_array(self.to_xy_array(), shape=self.shape)

    def invert_to_keypoints_on_image_(self, kpsoi):
        """Write keypoint coordinates back into the items, in place.

        Parameters
        ----------
        kpsoi : KeypointsOnImage
            Keypoints as created by :meth:`to_keypoints_on_image` (possibly moved).

        Returns
        -------
        same type as this container
            This container, with the keypoints' shape.

        """
        _check_instance(kpsoi, KeypointsOnImage, "kpsoi")
        self.fill_from_xy_array_(kpsoi.to_xy_array())
        self.shape = kpsoi.shape
        return self


class LineStringsOnImage(_PointSequencesOnImage):
    """All line strings of one image.

    Parameters
    ----------
    line_strings : iterable of LineString
        The line strings.
    shape : tuple of int or ndarray
        Shape of the image (or the image itself).

    Examples
    --------
    >>> lsoi = LineStringsOnImage([LineString([(0, 0), (5, 5)])], shape=(10, 10, 3))
    >>> lsoi.to_xy_array().tolist()
    [[0.0, 0.0], [5.0, 5.0]]

    """

    _items_attr = "line_strings"
    _coords_attr = "coords"
    _item_class = LineString

    def __init__(self, line_strings, shape):
        if isinstance(line_strings, (str, bytes)) or not _is_iterable(line_strings):
            raise InvalidTypeError(
                "Expected 'line_strings' to be an iterable of LineString, got type "
                f"{type(line_strings).__name__}."
            )
        if not isinstance(line_strings, list):
            line_strings = list(line_strings)
        for item in line_strings:
            if not isinstance(item, LineString):
                raise InvalidTypeError(
                    "Expected 'line_strings' to contain only LineString instances, "
                    f"got an item of type {type(item).__name__}."
                )
        self.line_strings = line_strings
        self.shape = normalize_shape(shape)

    @classmethod
    def from_xy_arrays(cls, xy, shape):
        """Create line strings from an iterable of ``(M, 2)`` coordinate arrays.

        Parameters
        ----------
        xy : iterable of ndarray
            One array (or iterable of ``(x, y)`` pairs) per line string.
        shape : tuple of int or ndarray
            Shape of the image.

        Returns
        -------
        LineStringsOnImage
            The container.

        """
        if isinstance(xy, (str, bytes)) or not _is_iterable(xy):
            raise InvalidTypeError(
                "Expected 'xy' to be an iterable of (M, 2) arrays, got type "
                f"{type(xy).__name__}."
            )
        lss = [_line_string_from(_as_float_array(xys, "xy"), "xy") for xys in xy]
        return cls(lss, shape)

    def to_xy_arrays(self, dtype=np.float32):
        """Get one coordinate array per line string.

        Parameters
        ----------
        dtype : numpy dtype, optional
            Output dtype (values are rounded and clipped for integer dtypes).

        Returns
        -------
        list of ndarray
            ``(M, 2)`` copies.

        """
        from imgaug import dtypes as iadt  # lazy: only needed here

        dtype = iadt.normalize_dtype(dtype)
        return [
            iadt.restore_dtypes_(np.copy(ls.coords), dtype) for ls in self.line_strings
        ]

    def draw_on_image(
        self,
        image,
        color=(0, 255, 0),
        color_lines=None,
        color_points=None,
        alpha=1.0,
        alpha_lines=None,
        alpha_points=None,
        size=1,
        size_lines=None,
        size_points=None,
        antialiased=True,
        raise_if_out_of_image=False,
    ):
        """Draw all line strings onto an image, one after the other.

        Parameters are the same as in :meth:`LineString.draw_on_image`.

        Returns
        -------
        ndarray
            The image with the line strings drawn on it.

        """
        if not isinstance(image, tuple):
            _check_draw_image(image)
        for ls in self.line_strings:
            image = ls.draw_on_image(
                image,
                color=color,
                color_lines=color_lines,
                color_points=color_points,
                alpha=alpha,
                alpha_lines=alpha_lines,
                alpha_points=alpha_points,
                size=size,
                size_lines=size_lines,
                size_points=size_points,
                antialiased=antialiased,
                raise_if_out_of_image=raise_if_out_of_image,
            )
        if isinstance(image, tuple):
            return np.zeros(image, dtype=np.uint8)
        return image if self.line_strings else np.copy(image)

    def remove_out_of_image_(self, fully=True, partly=False):
        """Remove line strings that are fully and/or partly outside, in place.

        Line strings without points are always removed.

        Parameters
        ----------
        fully : bool, optional
            Remove line strings fully outside of the image.
        partly : bool, optional
            Remove line strings partly outside of the image.

        Returns
        -------
        LineStringsOnImage
            This container.

        """
        self.line_strings = [
            ls
            for ls in self.line_strings
            if not ls.is_out_of_image(
                self.shape, fully=fully, partly=partly, default=True
            )
        ]
        return self

    def copy(self, line_strings=None, shape=None):
        """Create a shallow copy (new list, same line string objects).

        Returns
        -------
        LineStringsOnImage
            The copy.

        """
        return self._copied(LineStringsOnImage, line_strings, shape, deep=False)

    def deepcopy(self, line_strings=None, shape=None):
        """Create a deep copy.

        Returns
        -------
        LineStringsOnImage
            The copy.

        """
        return self._copied(LineStringsOnImage, line_strings, shape, deep=True)


def _fill_items_from_xy_(items, attr, xy):
    """Distribute one ``(N, 2)`` array over the coordinate arrays of items."""
    xy = _as_float_array(xy, "xy")
    counts = [len(getattr(item, attr)) for item in items]
    total = sum(counts)
    if xy.size == 0 and total == 0:
        return
    if xy.ndim != 2 or xy.shape != (total, 2):
        raise InvalidValueError(
            f"Expected 'xy' to have shape ({total}, 2), i.e. one row per point of "
            f"all items, got shape {xy.shape}."
        )
    start = 0
    for item, count in zip(items, counts):
        setattr(item, attr, xy[start : start + count])
        start += count
