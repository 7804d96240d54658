"""Polygons on images, containers of them and the repair of invalid polygons.

A :class:`Polygon` is an implicitly closed outline of ``(x, y)`` points stored as an
``(N, 2)`` float32 array. :class:`PolygonsOnImage` holds the polygons of one image and
moves all their points as one ``(M, 2)`` array. :class:`_ConcavePolygonRecoverer`
turns self-intersecting outlines (e.g. after a perspective warp) back into valid
polygons.

Geometry (area, validity, clipping into several parts) uses the vectorised routines
of ``imgaug._kernels.geometry``. Shapely is optional: only the ``*shapely*``
conversion helpers need it.
"""

import copy as copylib
import numbers

import numpy as np

from imgaug import imgaug as ia
from imgaug import random as iarandom
from imgaug._kernels import geometry as _geom
from imgaug.augmentables.base import _Shiftable
from imgaug.augmentables.kps import Keypoint
from imgaug.augmentables.lines import (
    LineString,
    _color_for_keypoints,
    _color_vector,
    _PointSequencesOnImage,
)
from imgaug.augmentables.utils import (
    _as_float_array,
    _check_coordinate,
    _check_draw_args,
    _check_draw_image,
    _check_draw_size,
    _check_shift,
    _interpolate_points_array,
    _nb_channels,
    _normalize_shape,
    _renamed,
    interpolate_points,
    normalize_shape,
    project_coords,
)
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "Polygon",
    "PolygonsOnImage",
    "MultiPolygon",
    "recover_psois_",
]


def _import_shapely_geometry():
    """Import ``shapely.geometry`` or explain that the optional extra is missing."""
    try:
        import shapely.geometry  # optional dependency
    except ImportError as err:
        raise ImportError(
            "This function converts to or from Shapely geometries and needs the "
            "optional package 'shapely' (pip install shapely). All other polygon "
            "and line string features work without it."
        ) from err
    return shapely.geometry


def _exterior_to_array(exterior):
    """Turn the accepted exterior forms into an ``(N, 2)`` float32 array."""
    if isinstance(exterior, list):
        if not exterior:
            return np.zeros((0, 2), dtype=np.float32)
        if all(isinstance(point, Keypoint) for point in exterior):
            return _as_float_array([[kp.x, kp.y] for kp in exterior], "exterior")
        for point in exterior:
            if not hasattr(point, "__len__") or len(point) != 2:
                raise InvalidValueError(
                    "Expected every entry of 'exterior' to be an (x, y) pair or a "
                    f"Keypoint, got {point!r}."
                )
        return _as_float_array([[point[0], point[1]] for point in exterior], "exterior")
    if isinstance(exterior, np.ndarray):
        if exterior.size == 0:
            return np.zeros((0, 2), dtype=np.float32)
        if exterior.ndim != 2 or exterior.shape[1] != 2:
            raise InvalidValueError(
                "Expected array 'exterior' to have shape (N, 2), got shape "
                f"{exterior.shape}."
            )
        return _as_float_array(exterior, "exterior")
    raise InvalidTypeError(
        "Expected 'exterior' to be a list of (x, y) pairs or Keypoints, or an (N, 2) "
        f"array, got type {type(exterior).__name__}."
    )


class Polygon(_Shiftable):
    """A polygon on an image, given by its outline.

    Parameters
    ----------
    exterior : list of Keypoint or list of tuple of number or ndarray
        The outline points, in order. The polygon is implicitly closed; a last
        point equal to the first one is dropped.
    label : None or object, optional
        Any label, e.g. a class name.

    Examples
    --------
    >>> poly = Polygon([(0, 0), (4, 0), (4, 3)])
    >>> poly.area
    6.0

    """

    def __init__(self, exterior, label=None):
        arr = _exterior_to_array(exterior)
        if len(arr) >= 2 and np.allclose(arr[0, :], arr[-1, :]):
            arr = arr[:-1]
        self.exterior = arr
        self.label = label

    @property
    def coords(self):
        """Get the outline as an ``(N, 2)`` float32 array (alias of `exterior`)."""
        return self.exterior

    @property
    def xx(self):
        """Get the x-coordinates as an ``(N,)`` float32 array."""
        return self.exterior[:, 0]

    @property
    def yy(self):
        """Get the y-coordinates as an ``(N,)`` float32 array."""
        return self.exterior[:, 1]

    @property
    def xx_int(self):
        """Get the rounded x-coordinates as an ``(N,)`` int32 array."""
        return np.round(self.xx).astype(np.int32)

    @property
    def yy_int(self):
        """Get the rounded y-coordinates as an ``(N,)`` int32 array."""
        return np.round(self.yy).astype(np.int32)

    @property
    def is_valid(self):
        """Get whether this is a simple polygon.

        Needs at least three points, a non-zero area and no self-intersections or
        self-touching outline.
        """
        if len(self.exterior) < 3:
            return False
        return _geom.is_simple_polygon(self.exterior)

    @property
    def area(self):
        """Get the enclosed area (0.0 for fewer than three points)."""
        if len(self.exterior) < 3:
            return 0.0
        return _geom.polygon_area(self.exterior)

    @property
    def height(self):
        """Get the vertical extent of the points."""
        if len(self.exterior) == 0:
            return 0
        return np.max(self.yy) - np.min(self.yy)

    @property
    def width(self):
        """Get the horizontal extent of the points."""
        if len(self.exterior) == 0:
            return 0
        return np.max(self.xx) - np.min(self.xx)

    def project_(self, from_shape, to_shape):
        """Rescale the outline from one image size to another, in place.

        Parameters
        ----------
        from_shape : tuple of int or ndarray
            Shape of the image the polygon currently lies on.
        to_shape : tuple of int or ndarray
            Shape of the new image.

        Returns
        -------
        Polygon
            This polygon.

        """
        self.exterior = np.asarray(
            project_coords(self.exterior, from_shape, to_shape), dtype=np.float32
        )
        return self

    def project(self, from_shape, to_shape):
        """Rescale the outline from one image size to another.

        Returns
        -------
        Polygon
            A projected copy.

        """
        return self.deepcopy().project_(from_shape, to_shape)

    def find_closest_point_index(self, x, y, return_distance=False):
        """Find the outline point closest to ``(x, y)``.

        Parameters
        ----------
        x, y : number
            The query point.
        return_distance : bool, optional
            Also return the distance.

        Returns
        -------
        int or tuple of (int, float)
            Index of the closest point (first one on ties) and, optionally, its
            distance.

        """
        _check_coordinate(x, "x")
        _check_coordinate(y, "y")
        if len(self.exterior) == 0:
            raise InvalidValueError(
                "Cannot find the closest point of a polygon without points."
            )
        diff = self.exterior.astype(np.float64) - np.array([x, y], dtype=np.float64)
        distances = np.sqrt(np.sum(diff * diff, axis=1))
        idx = int(np.argmin(distances))
        if return_distance:
            return idx, float(distances[idx])
        return idx

    def compute_out_of_image_area(self, image):
        """Compute the area of the polygon outside of the image.

        Parameters
        ----------
        image : ndarray or tuple of int
            The image or its shape.

        Returns
        -------
        float
            Area outside of the image plane ``[0, W] x [0, H]``.

        """
        area = self.area
        inside = sum(poly.area for poly in self.clip_out_of_image(image))
        return max(area - inside, 0.0)

    def compute_out_of_image_fraction(self, image):
        """Compute the fraction of the area outside of the image.

        Polygons without area fall back to the fraction of their closed outline's
        length.

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
            return self._outline().compute_out_of_image_fraction(image)
        return float(min(self.compute_out_of_image_area(image) / area, 1.0))

    def _outline(self, closed=True):
        """Return the closed (or open) outline as a LineString with its own array."""
        coords = self.exterior
        if closed and len(coords) > 1:
            coords = np.concatenate([coords, coords[0:1]], axis=0)
        else:
            coords = np.copy(coords)
        return LineString(coords, label=self.label)

    def is_out_of_image(self, image, fully=True, partly=False):
        """Determine whether the polygon is (partly or fully) outside of the image.

        Decided on the closed outline; if the whole outline is outside, the
        polygon may still cover the image, which counts as partly outside.

        Parameters
        ----------
        image : ndarray or tuple of int
            The image or its shape.
        fully : bool, optional
            Return this if the polygon is fully outside.
        partly : bool, optional
            Return this if the polygon is partly outside.

        Returns
        -------
        bool
            False if fully inside, else `partly` or `fully`.

        """
        if len(self.exterior) == 0:
            raise Exception(
                "Cannot determine whether the polygon is inside the image, because "
                "it contains no points."
            )
        outline = self._outline()
        if outline.is_fully_within_image(image):
            return False
        if outline.is_partly_within_image(image):
            return partly
        if len(self.clip_out_of_image(image)) > 0:
            return partly
        return fully

    def is_fully_within_image(self, image):
        """Determine whether the polygon lies completely inside the image.

        Returns
        -------
        bool
            The result.

        """
        return not self.is_out_of_image(image, fully=True, partly=True)

    def is_partly_within_image(self, image):
        """Determine whether at least a part of the polygon lies inside the image.

        Returns
        -------
        bool
            The result.

        """
        return not self.is_out_of_image(image, fully=True, partly=False)

    def clip_out_of_image(self, image):
        """Cut off the parts outside of the image plane ``[0, W] x [0, H]``.

        A concave polygon may fall apart into several polygons. Parts without area
        are dropped. Each part keeps the label and starts at the point closest to
        one of the original points.

        Parameters
        ----------
        image : ndarray or tuple of int
            The image or its shape.

        Returns
        -------
        list of Polygon
            The parts inside the image (0 or more).

        Examples
        --------
        >>> u_shape = Polygon([(0, 0), (3, 0), (3, 6), (6, 6), (6, 0), (9, 0), (9, 9), (0, 9)])
        >>> [part.exterior.tolist() for part in u_shape.clip_out_of_image((5, 10))]
        [[[0.0, 0.0], [3.0, 0.0], [3.0, 5.0], [0.0, 5.0]], [[6.0, 0.0], [9.0, 0.0], [9.0, 5.0], [6.0, 5.0]]]

        """  # noqa: E501
        nb_points = len(self.exterior)
        if nb_points == 0:
            return []
        if nb_points in (1, 2):
            pieces = self._outline(closed=False).clip_out_of_image(image)
            return [self.deepcopy(exterior=pieces[0].coords)] if pieces else []
        height, width = _normalize_shape(image, "image")[0:2]
        lo = self.exterior.min(axis=0)
        hi = self.exterior.max(axis=0)
        fully_inside = lo[0] >= 0 and lo[1] >= 0 and hi[0] <= width and hi[1] <= height
        if fully_inside and self.area > 0:
            return [self.deepcopy()]
        rings = _geom.clip_polygon_to_rect(self.exterior, 0.0, 0.0, width, height)
        if not rings:
            return []
        original = self.exterior.astype(np.float64)
        anchored = []
        for ring in rings:
            diff = original[:, np.newaxis, :] - ring[np.newaxis, :, :]
            dist = np.sum(diff * diff, axis=2)
            orig_idx, start = np.unravel_index(np.argmin(dist), dist.shape)
            anchored.append((int(orig_idx), float(dist[orig_idx, start]), int(start)))
        # parts ordered along the original outline
        order = sorted(range(len(rings)), key=lambda k: anchored[k][0:2])
        return [
            Polygon(
                np.roll(rings[k], -anchored[k][2], axis=0).astype(np.float32),
                label=copylib.deepcopy(self.label),
            )
            for k in order
        ]

    def cut_out_of_image(self, image):
        """Cut off the parts outside of the image (deprecated).

        Use :meth:`clip_out_of_image` instead.
        """
        ia.warn_deprecated(
            "Polygon.cut_out_of_image() is deprecated. Use "
            "Polygon.clip_out_of_image() instead. It has the exact same interface."
        )
        return self.clip_out_of_image(image)

    def shift_(self, x=0, y=0):
        """Move the polygon by `x` (right) and `y` (down), in place.

        Returns
        -------
        Polygon
            This polygon.

        """
        _check_shift(x, y)
        self.exterior = self.exterior + np.array([x, y], dtype=np.float32)
        return self

    def draw_on_image(
        self,
        image,
        color=(0, 255, 0),
        color_face=None,
        color_lines=None,
        color_points=None,
        alpha=1.0,
        alpha_face=None,
        alpha_lines=None,
        alpha_points=None,
        size=1,
        size_lines=None,
        size_points=None,
        raise_if_out_of_image=False,
    ):
        """Draw the filled polygon, its outline and its points onto a copy of an image.

        Parameters
        ----------
        image : ndarray
            ``(H, W)`` or ``(H, W, C)`` image (not modified).
        color : number or iterable of number, optional
            Base colour. The face defaults to it, outline and points to half of it.
        color_face, color_lines, color_points : None or number or iterable, optional
            Explicit colours of face, outline and points.
        alpha : float, optional
            Base opacity. The face defaults to half of it, outline and points to it.
        alpha_face, alpha_lines, alpha_points : None or float, optional
            Explicit opacities.
        size : int, optional
            Base size. The outline defaults to it, the points to three times it.
        size_lines, size_points : None or int, optional
            Explicit sizes.
        raise_if_out_of_image : bool, optional
            Raise an ``Exception`` if the polygon is fully outside of the image.

        Returns
        -------
        ndarray
            The image with the polygon drawn on it, in the input dtype.

        """
        import skimage.draw  # lazy: keeps `import imgaug` fast

        for name, value in (("color", color), ("alpha", alpha), ("size", size)):
            if value is None:
                raise InvalidValueError(f"Expected '{name}' to not be None.")
        if not isinstance(image, np.ndarray) or image.ndim not in (2, 3):
            raise InvalidValueError(
                "Expected 'image' to be a 2D or 3D array, got "
                f"{getattr(image, 'shape', type(image).__name__)}."
            )
        _check_draw_args(
            nb_channels=_nb_channels(image),
            color=color,
            color_face=color_face,
            color_lines=color_lines,
            color_points=color_points,
            alpha=alpha,
            alpha_face=alpha_face,
            alpha_lines=alpha_lines,
            alpha_points=alpha_points,
            size=size,
            size_lines=size_lines,
            size_points=size_points,
        )
        color_face = color if color_face is None else color_face
        if color_lines is None:
            color_lines = np.asarray(color, dtype=np.float64) * 0.5
        if color_points is None:
            color_points = np.asarray(color, dtype=np.float64) * 0.5
        alpha_face = alpha * 0.5 if alpha_face is None else alpha_face
        alpha_lines = alpha if alpha_lines is None else alpha_lines
        alpha_points = alpha if alpha_points is None else alpha_points
        size_lines = size if size_lines is None else size_lines
        size_points = size * 3 if size_points is None else size_points

        if raise_if_out_of_image and self.is_out_of_image(image):
            raise Exception(
                f"Cannot draw polygon {self} on image with shape {image.shape}."
            )
        nb_channels = image.shape[2] if image.ndim == 3 else 1
        face = _color_vector(color_face, image.ndim, nb_channels, "color_face")
        if alpha_face < 0.01:
            alpha_face = 0
        elif alpha_face > 0.99:
            alpha_face = 1

        input_dtype = image.dtype
        result = image.astype(np.float32)
        if len(self.exterior) > 0 and alpha_face > 0:
            rr, cc = skimage.draw.polygon(self.yy_int, self.xx_int, shape=image.shape)
            if len(rr) > 0:
                if alpha_face == 1:
                    result[rr, cc] = face
                else:
                    result[rr, cc] = (1 - alpha_face) * result[rr, cc] + (
                        alpha_face * face
                    )
        result = self._outline(closed=True).draw_lines_on_image(
            result,
            color=color_lines,
            alpha=alpha_lines,
            size=size_lines,
            raise_if_out_of_image=False,
        )
        result = self._outline(closed=False).draw_points_on_image(
            result,
            color=_color_for_keypoints(color_points, image.ndim),
            alpha=alpha_points,
            size=size_points,
            copy=False,
            raise_if_out_of_image=False,
        )
        if input_dtype == np.uint8:
            return np.clip(np.round(result), 0, 255).astype(np.uint8)
        return result.astype(input_dtype)

    def extract_from_image(self, image):
        """Extract the pixels inside the polygon.

        Crops the polygon's bounding box (zero-padded where it leaves the image)
        and zeroes every pixel outside of the polygon.

        Parameters
        ----------
        image : ndarray
            ``(H, W)`` or ``(H, W, C)`` image.

        Returns
        -------
        ndarray
            The masked crop, in the image's dtype.

        """
        import skimage.draw  # lazy: keeps `import imgaug` fast

        if not isinstance(image, np.ndarray) or image.ndim not in (2, 3):
            raise InvalidValueError(
                "Expected 'image' to be a 2D or 3D array, got "
                f"{getattr(image, 'shape', type(image).__name__)}."
            )
        if len(self.exterior) <= 2:
            raise Exception(
                "Polygon must be made up of at least 3 points to extract its area "
                "from an image."
            )
        bb = self.to_bounding_box()
        crop = bb.extract_from_image(image)
        if self.is_out_of_image(image, fully=True, partly=False):
            return crop
        xx = self.xx_int
        yy = self.yy_int
        mask = np.zeros(crop.shape[0:2], dtype=bool)
        rr, cc = skimage.draw.polygon(
            yy - np.min(yy), xx - np.min(xx), shape=mask.shape
        )
        mask[rr, cc] = True
        if crop.ndim == 3:
            mask = mask[:, :, np.newaxis]
        return crop * mask

    def change_first_point_by_coords(
        self, x, y, max_distance=1e-4, raise_if_too_far_away=True
    ):
        """Rotate the outline so that it starts at the point closest to ``(x, y)``.

        Parameters
        ----------
        x, y : number
            The point.
        max_distance : None or number, optional
            Largest allowed distance of the closest point (None = any).
        raise_if_too_far_away : bool, optional
            Raise if the closest point is too far away; otherwise return an
            unchanged copy.

        Returns
        -------
        Polygon
            The reordered copy.

        """
        if len(self.exterior) == 0:
            raise Exception(
                "Cannot reorder polygon points, because it contains no points."
            )
        if max_distance is not None:
            _check_coordinate(max_distance, "max_distance")
        idx, dist = self.find_closest_point_index(x=x, y=y, return_distance=True)
        if max_distance is not None and dist > max_distance:
            if not raise_if_too_far_away:
                return self.deepcopy()
            point = self.exterior[idx]
            raise Exception(
                f"Closest found point ({point[0]:.9f}, {point[1]:.9f}) exceeds "
                f"max_distance of {max_distance:.9f} (distance is {dist:.9f})."
            )
        return self.change_first_point_by_index(idx)

    def change_first_point_by_index(self, point_idx):
        """Rotate the outline so that it starts at the given point index.

        Parameters
        ----------
        point_idx : int
            Index of the new first point.

        Returns
        -------
        Polygon
            The reordered copy.

        """
        if not isinstance(point_idx, numbers.Integral) or isinstance(point_idx, bool):
            raise InvalidTypeError(
                "Expected 'point_idx' to be an int, got type "
                f"{type(point_idx).__name__}."
            )
        if not 0 <= point_idx < len(self.exterior):
            raise InvalidValueError(
                f"Expected 'point_idx' to be in [0, {len(self.exterior)}), got "
                f"{point_idx}."
            )
        if point_idx == 0:
            return self.deepcopy()
        return self.deepcopy(exterior=np.roll(self.exterior, -point_idx, axis=0))

    def subdivide_(self, points_per_edge):
        """Insert evenly spaced points on every edge (closing edge included), in place.

        Parameters
        ----------
        points_per_edge : int
            Number of points to insert per edge.

        Returns
        -------
        Polygon
            This polygon.

        """
        _check_draw_size(points_per_edge, "points_per_edge")
        if len(self.exterior) <= 1 or points_per_edge < 1:
            return self
        self.exterior = _interpolate_points_array(
            self.exterior, points_per_edge, closed=True
        )
        return self

    def subdivide(self, points_per_edge):
        """Insert evenly spaced points on every edge (closing edge included).

        Examples
        --------
        >>> Polygon([(0, 0), (2, 0), (2, 2)]).subdivide(1).exterior.shape
        (6, 2)

        """
        return self.deepcopy().subdivide_(points_per_edge)

    def to_shapely_polygon(self):
        """Convert to a ``shapely.geometry.Polygon`` (needs Shapely).

        Returns
        -------
        shapely.geometry.Polygon
            The polygon.

        """
        geometry = _import_shapely_geometry()
        return geometry.Polygon([(float(x), float(y)) for x, y in self.exterior])

    def to_shapely_line_string(self, closed=False, interpolate=0):
        """Convert the outline to a ``shapely.geometry.LineString`` (needs Shapely).

        Parameters
        ----------
        closed : bool, optional
            Append the first point at the end.
        interpolate : int, optional
            Points to insert per edge.

        Returns
        -------
        shapely.geometry.LineString
            The line string.

        """
        _check_draw_size(interpolate, "interpolate")
        return _convert_points_to_shapely_line_string(
            self.exterior, closed=closed, interpolate=interpolate
        )

    def to_bounding_box(self):
        """Get the tightest bounding box around the outline (keeps the label).

        Returns
        -------
        BoundingBox
            The box.

        """
        from imgaug.augmentables.bbs import BoundingBox  # lazy: sibling module

        if len(self.exterior) == 0:
            raise InvalidValueError(
                "Cannot compute the bounding box of a polygon without points."
            )
        return BoundingBox(
            x1=np.min(self.xx),
            y1=np.min(self.yy),
            x2=np.max(self.xx),
            y2=np.max(self.yy),
            label=self.label,
        )

    def to_keypoints(self):
        """Convert the outline points to keypoints.

        Returns
        -------
        list of Keypoint
            One keypoint per point.

        """
        return [Keypoint(x=x, y=y) for x, y in self.exterior.tolist()]

    def to_line_string(self, closed=True):
        """Convert the outline to a line string (keeps the label).

        Parameters
        ----------
        closed : bool, optional
            Append the first point at the end.

        Returns
        -------
        LineString
            The line string (with its own coordinate array).

        """
        return self._outline(closed=closed)

    @staticmethod
    def from_shapely(polygon_shapely, label=None):
        """Create a polygon from a ``shapely.geometry.Polygon`` (needs Shapely).

        Parameters
        ----------
        polygon_shapely : shapely.geometry.Polygon
            The polygon; only its exterior is used.
        label : None or object, optional
            Label of the new polygon.

        Returns
        -------
        Polygon
            The polygon.

        """
        geometry = _import_shapely_geometry()
        if not isinstance(polygon_shapely, geometry.Polygon):
            raise InvalidTypeError(
                "Expected 'polygon_shapely' to be a shapely.geometry.Polygon, got "
                f"type {type(polygon_shapely).__name__}."
            )
        ring = polygon_shapely.exterior
        if ring is None or len(ring.coords) == 0:
            return Polygon([], label=label)
        exterior = np.array([point[0:2] for point in ring.coords], dtype=np.float32)
        return Polygon(exterior, label=label)

    def coords_almost_equals(self, other, max_distance=1e-4, points_per_edge=8):
        """Compare the outline with another one (alias of `exterior_almost_equals`).

        Returns
        -------
        bool
            Whether the outlines are almost equal.

        """
        return self.exterior_almost_equals(
            other, max_distance=max_distance, points_per_edge=points_per_edge
        )

    def exterior_almost_equals(self, other, max_distance=1e-4, points_per_edge=8):
        """Compare the closed outline with another one, up to `max_distance`.

        Independent of the start point and direction up to subdivision accuracy.

        Parameters
        ----------
        other : Polygon or ndarray or list of tuple of number
            The other polygon or its outline points.
        max_distance : float, optional
            Largest allowed distance.
        points_per_edge : int, optional
            Subdivision points per edge.

        Returns
        -------
        bool
            Whether the outlines are almost equal.

        Examples
        --------
        >>> Polygon([(0, 0), (2, 0), (2, 2)]).exterior_almost_equals([(2, 0), (2, 2), (0, 0)])
        True

        """  # noqa: E501
        if isinstance(other, (list, np.ndarray)):
            try:
                other = Polygon(other)
            except (InvalidTypeError, InvalidValueError) as exc:
                raise _renamed(exc, "other") from None
        elif not isinstance(other, Polygon):
            raise InvalidTypeError(
                "Expected 'other' to be a Polygon, an (N, 2) array or a list of "
                f"points, got type {type(other).__name__}."
            )
        return self._outline().coords_almost_equals(
            other._outline(),
            max_distance=max_distance,
            points_per_edge=points_per_edge,
        )

    def almost_equals(self, other, max_distance=1e-4, points_per_edge=8):
        """Compare label and outline with another polygon.

        Returns
        -------
        bool
            Whether labels are equal and the outlines almost equal.

        """
        if not isinstance(other, Polygon):
            return False
        if self.label != other.label:
            return False
        return self.exterior_almost_equals(
            other, max_distance=max_distance, points_per_edge=points_per_edge
        )

    def copy(self, exterior=None, label=None):
        """Create a copy (same as :meth:`deepcopy`).

        Returns
        -------
        Polygon
            The copy.

        """
        return self.deepcopy(exterior=exterior, label=label)

    def deepcopy(self, exterior=None, label=None):
        """Create a deep copy.

        Parameters
        ----------
        exterior : None or list or ndarray, optional
            Replacement outline.
        label : None or object, optional
            Replacement label.

        Returns
        -------
        Polygon
            The copy.

        """
        return Polygon(
            exterior=np.copy(self.exterior) if exterior is None else exterior,
            label=copylib.deepcopy(self.label) if label is None else label,
        )

    def __getitem__(self, indices):
        return self.exterior[indices]

    def __iter__(self):
        return iter(self.exterior)

    def __repr__(self):
        return self.__str__()

    def __str__(self):
        points = ", ".join(f"(x={x:.3f}, y={y:.3f})" for x, y in self.exterior.tolist())
        return f"Polygon([{points}] ({len(self.exterior)} points), label={self.label})"


class PolygonsOnImage(_PointSequencesOnImage):
    """All polygons of one image.

    Parameters
    ----------
    polygons : iterable of Polygon
        The polygons.
    shape : tuple of int or ndarray
        Shape of the image (or the image itself).

    Examples
    --------
    >>> psoi = PolygonsOnImage([Polygon([(0, 0), (4, 0), (4, 4)])], shape=(8, 8))
    >>> psoi.to_xy_array().shape
    (3, 2)

    """

    _items_attr = "polygons"
    _coords_attr = "exterior"
    _item_class = Polygon

    def __init__(self, polygons, shape):
        if isinstance(polygons, (str, bytes)) or not hasattr(polygons, "__iter__"):
            raise InvalidTypeError(
                "Expected 'polygons' to be an iterable of Polygon, got type "
                f"{type(polygons).__name__}."
            )
        if not isinstance(polygons, list):
            polygons = list(polygons)
        for item in polygons:
            if not isinstance(item, Polygon):
                raise InvalidTypeError(
                    "Expected 'polygons' to contain only Polygon instances, got an "
                    f"item of type {type(item).__name__}."
                )
        self.polygons = polygons
        self.shape = normalize_shape(shape)

    def draw_on_image(
        self,
        image,
        color=(0, 255, 0),
        color_face=None,
        color_lines=None,
        color_points=None,
        alpha=1.0,
        alpha_face=None,
        alpha_lines=None,
        alpha_points=None,
        size=1,
        size_lines=None,
        size_points=None,
        raise_if_out_of_image=False,
    ):
        """Draw all polygons onto a copy of an image, one after the other.

        Parameters are the same as in :meth:`Polygon.draw_on_image`.

        Returns
        -------
        ndarray
            The image with the polygons drawn on it.

        """
        _check_draw_image(image)
        image = np.copy(image)
        for poly in self.polygons:
            image = poly.draw_on_image(
                image,
                color=color,
                color_face=color_face,
                color_lines=color_lines,
                color_points=color_points,
                alpha=alpha,
                alpha_face=alpha_face,
                alpha_lines=alpha_lines,
                alpha_points=alpha_points,
                size=size,
                size_lines=size_lines,
                size_points=size_points,
                raise_if_out_of_image=raise_if_out_of_image,
            )
        return image

    def remove_out_of_image_(self, fully=True, partly=False):
        """Remove polygons that are fully and/or partly outside, in place.

        Parameters
        ----------
        fully : bool, optional
            Remove polygons fully outside of the image.
        partly : bool, optional
            Remove polygons partly outside of the image.

        Returns
        -------
        PolygonsOnImage
            This container.

        """
        self.polygons = [
            poly
            for poly in self.polygons
            if not poly.is_out_of_image(self.shape, fully=fully, partly=partly)
        ]
        return self

    def subdivide_(self, points_per_edge):
        """Insert evenly spaced points on every polygon edge, in place.

        Returns
        -------
        PolygonsOnImage
            This container.

        """
        _check_draw_size(points_per_edge, "points_per_edge")
        for poly in self.polygons:
            poly.subdivide_(points_per_edge)
        return self

    def subdivide(self, points_per_edge):
        """Insert evenly spaced points on every polygon edge.

        Returns
        -------
        PolygonsOnImage
            A subdivided copy.

        """
        return self.deepcopy().subdivide_(points_per_edge)

    def copy(self, polygons=None, shape=None):
        """Create a shallow copy (new list, same polygon objects).

        Returns
        -------
        PolygonsOnImage
            The copy.

        """
        return self._copied(PolygonsOnImage, polygons, shape, deep=False)

    def deepcopy(self, polygons=None, shape=None):
        """Create a deep copy.

        Returns
        -------
        PolygonsOnImage
            The copy.

        """
        return self._copied(PolygonsOnImage, polygons, shape, deep=True)


class MultiPolygon:
    """A group of polygons (e.g. the parts of one clipped polygon).

    Parameters
    ----------
    geoms : list of Polygon
        The polygons.

    """

    def __init__(self, geoms):
        if not isinstance(geoms, list) or not all(
            isinstance(geom, Polygon) for geom in geoms
        ):
            raise InvalidTypeError(
                "Expected 'geoms' to be a list of Polygon instances, got "
                f"{type(geoms).__name__}."
            )
        self.geoms = geoms

    @staticmethod
    def from_shapely(geometry, label=None):
        """Create a multi-polygon from a Shapely geometry (needs Shapely).

        Parameters
        ----------
        geometry : shapely.geometry.MultiPolygon or shapely.geometry.Polygon or
            shapely.geometry.GeometryCollection
            The geometry; a collection must contain only polygons.
        label : None or object, optional
            Label of every created polygon.

        Returns
        -------
        MultiPolygon
            The multi-polygon.

        """
        shp = _import_shapely_geometry()
        if isinstance(geometry, shp.MultiPolygon):
            return MultiPolygon(
                [Polygon.from_shapely(poly, label=label) for poly in geometry.geoms]
            )
        if isinstance(geometry, shp.Polygon):
            return MultiPolygon([Polygon.from_shapely(geometry, label=label)])
        if isinstance(geometry, shp.GeometryCollection):
            geoms = list(geometry.geoms)
            if not all(isinstance(geom, shp.Polygon) for geom in geoms):
                raise InvalidTypeError(
                    "Expected the GeometryCollection 'geometry' to contain only "
                    "Polygons."
                )
            return MultiPolygon(
                [Polygon.from_shapely(poly, label=label) for poly in geoms]
            )
        raise Exception(
            f"Unknown datatype '{type(geometry)}'. Expected shapely.geometry.Polygon "
            "or shapely.geometry.MultiPolygon or "
            "shapely.geometry.collections.GeometryCollection."
        )


def recover_psois_(psois, psois_orig, recoverer, random_state):
    """Repair invalid polygons after augmentation, in place.

    Parameters
    ----------
    psois : PolygonsOnImage or list of PolygonsOnImage
        Augmented polygons (modified in place).
    psois_orig : PolygonsOnImage or list of PolygonsOnImage
        The polygons before augmentation, matching `psois`.
    recoverer : _ConcavePolygonRecoverer
        Does the repair.
    random_state : None or int or imgaug.random.RNG or numpy.random.Generator
        Randomness for the repair.

    Returns
    -------
    PolygonsOnImage or list of PolygonsOnImage
        `psois`, repaired.

    """

    def _recover_one(psoi, psoi_orig):
        for poly, poly_orig in zip(psoi.polygons, psoi_orig.polygons):
            poly.exterior = recoverer.recover_from(
                poly.exterior, poly_orig, random_state=random_state
            ).exterior
        return psoi

    if isinstance(psois, PolygonsOnImage):
        return _recover_one(psois, psois_orig)
    return [_recover_one(psoi, orig) for psoi, orig in zip(psois, psois_orig)]


def _convert_points_to_shapely_line_string(points, closed=False, interpolate=0):
    """Convert points to a ``shapely.geometry.LineString`` (needs Shapely)."""
    if len(points) <= 1:
        raise Exception(
            "Conversion to shapely line string requires at least two points, but "
            f"points input contains only {len(points)} points."
        )
    tuples = [(float(point[0]), float(point[1])) for point in points]
    if interpolate > 0:
        tuples = interpolate_points(tuples, interpolate)
    if closed:
        tuples.append(tuples[0])
    return _import_shapely_geometry().LineString(tuples)


class _ConcavePolygonRecoverer:
    """Turn a possibly self-intersecting outline into a valid polygon.

    Pipeline: drop consecutive duplicates, un-flatten collinear outlines with
    noise, jitter duplicate points apart, find the self-intersections, add them
    (optionally with close neighbours) to the outline, then grow a valid polygon
    greedily from the convex hull by re-inserting left-out points.

    Parameters
    ----------
    threshold_duplicate_points : float, optional
        Points closer than this count as duplicates.
    noise_strength : float, optional
        Initial strength of the jitter noise (grows by x10 per retry).
    oversampling : None or float, optional
        Relative distance at which extra points are placed around intersections
        (None or 0 disables that).
    max_segment_difference : float, optional
        Tolerance for matching intersection points to outline segments.

    """

    def __init__(
        self,
        threshold_duplicate_points=1e-4,
        noise_strength=1e-4,
        oversampling=0.01,
        max_segment_difference=1e-4,
    ):
        self.threshold_duplicate_points = threshold_duplicate_points
        self.noise_strength = noise_strength
        self.oversampling = oversampling
        self.max_segment_difference = max_segment_difference
        # at most this many points after oversampling
        self.oversample_up_to_n_points_max = 75
        # limits of the greedy fit
        self.fit_n_changes_max = 100
        self.fit_n_iters_max = 3
        self.fit_max_dist_first_iter = 1
        self.fit_max_dist_other_iters = 2
        self.fit_n_candidates_before_sort_max = 100
        # intersection search
        self.limit_coords_values_for_inter_search = 50000
        self.decimals = 4

    def recover_from(self, new_exterior, old_polygon, random_state=0):
        """Build a valid polygon from new outline points.

        Parameters
        ----------
        new_exterior : list of tuple of number or ndarray
            The new outline, at least three points.
        old_polygon : Polygon
            Polygon whose label (and other attributes) are copied.
        random_state : None or int or imgaug.random.RNG or numpy.random.Generator
            Randomness for jitter and candidate sampling.

        Returns
        -------
        Polygon
            A copy of `old_polygon` with a valid outline; the outline is used
            unchanged if it already is valid.

        """
        is_list = isinstance(new_exterior, list)
        is_array = (
            isinstance(new_exterior, np.ndarray)
            and new_exterior.ndim == 2
            and new_exterior.shape[1] == 2
        )
        if not (is_list or is_array):
            raise InvalidTypeError(
                "Expected 'new_exterior' to be a list of points or an (N, 2) array, "
                f"got {type(new_exterior).__name__}."
            )
        if len(new_exterior) < 3:
            raise InvalidValueError(
                "Cannot recover a concave polygon from less than three points, got "
                f"{len(new_exterior)}."
            )
        polygon = old_polygon.deepcopy(exterior=new_exterior)
        if polygon.is_valid:
            return polygon

        rng = iarandom.RNG(random_state)
        rngs = rng.duplicate(3)
        points = [(float(p[0]), float(p[1])) for p in np.asarray(new_exterior)]
        deduplicated = self._remove_consecutive_duplicate_points(points)
        if len(deduplicated) >= 3:
            points = deduplicated
        points = self._fix_polygon_is_line(points, rngs[0])
        points = self._jitter_duplicate_points(points, rngs[1])
        segment_add_points = self._generate_intersection_points(points)
        if self.oversampling is not None and self.oversampling > 0:
            segment_add_points = self._oversample_intersection_points(
                points, segment_add_points
            )
        points_inter = self._insert_intersection_points(points, segment_add_points)
        kept = self._fit_best_valid_polygon(points_inter, rngs[2])
        exterior = np.array([points_inter[i] for i in kept], dtype=np.float32)
        result = old_polygon.deepcopy(exterior=exterior)
        if not result.is_valid:
            # float32 rounding can merge points; fall back to the convex hull
            hull = _geom.convex_hull_indices(exterior)
            result = old_polygon.deepcopy(exterior=exterior[hull])
        return result

    def _remove_consecutive_duplicate_points(self, points):
        """Drop points closer than the threshold to the previously kept one."""
        result = []
        for point in points:
            if result:
                dist = np.hypot(point[0] - result[-1][0], point[1] - result[-1][1])
                if dist < self.threshold_duplicate_points:
                    continue
            result.append(point)
        if len(result) >= 2:
            dist = np.hypot(result[0][0] - result[-1][0], result[0][1] - result[-1][1])
            if dist < self.threshold_duplicate_points:
                result = result[:-1]
        return result

    def _fix_polygon_is_line(self, exterior, random_state):
        """Add noise of growing strength until the points are no longer collinear."""
        if len(exterior) < 3:
            raise InvalidValueError(
                "Expected at least three points to fix a line-like polygon, got "
                f"{len(exterior)}."
            )
        noise_strength = self.noise_strength
        while self._is_polygon_line(exterior) or _hull_is_degenerate(exterior):
            noise = random_state.uniform(
                -noise_strength, noise_strength, size=(len(exterior), 2)
            ).astype(np.float32)
            exterior = [
                (float(point[0] + dx), float(point[1] + dy))
                for point, (dx, dy) in zip(exterior, noise.tolist())
            ]
            noise_strength = noise_strength * 10
        return exterior

    @classmethod
    def _is_polygon_line(cls, exterior):
        """Whether all points lie at the same angle (1e-3 rad bins) from the first."""
        points = np.asarray(exterior, dtype=np.float64).reshape((-1, 2))
        if len(points) <= 2:
            return True
        vecs = points[1:] - points[0]
        norms = np.sqrt(np.sum(vecs * vecs, axis=1))
        with np.errstate(divide="ignore", invalid="ignore"):
            cos = np.where(norms > 0, vecs[:, 1] / norms, 0.0)
        angles = np.arccos(np.clip(cos, -1.0, 1.0))
        return len(set((angles * 1000).astype(np.int64).tolist())) <= 1

    def _jitter_duplicate_points(self, exterior, random_state):
        """Move points that duplicate an earlier point until none remain."""
        exterior = list(exterior)
        noise_strength = self.noise_strength
        while True:
            points = np.asarray(exterior, dtype=np.float64).reshape((-1, 2))
            diff = points[:, np.newaxis, :] - points[np.newaxis, :, :]
            dist = np.sqrt(np.sum(diff * diff, axis=2))
            close = np.triu(dist < self.threshold_duplicate_points, k=1)
            duplicates = np.zeros((len(points),), dtype=bool)
            for i, j in zip(*np.nonzero(close)):
                if not duplicates[i]:
                    duplicates[j] = True
            if not np.any(duplicates):
                return exterior
            noise = random_state.uniform(
                -noise_strength, noise_strength, size=(len(exterior), 2)
            ).astype(np.float32)
            for i in np.flatnonzero(duplicates).tolist():
                exterior[i] = (
                    float(exterior[i][0] + noise[i, 0]),
                    float(exterior[i][1] + noise[i, 1]),
                )
            noise_strength = noise_strength * 10

    @classmethod
    def _calculate_circumference(cls, points):
        """Length of the closed outline through the points (at least three)."""
        if len(points) < 3:
            raise InvalidValueError(
                f"Expected at least three points, got {len(points)}."
            )
        pts = np.asarray(points, dtype=np.float32)
        diff = pts - np.roll(pts, -1, axis=0)
        return np.sum(np.sqrt(np.sum(diff * diff, axis=1)))

    def _generate_intersection_points(
        self, exterior, one_point_per_intersection=True, decimals=4
    ):
        """Find where the outline crosses itself.

        Parameters
        ----------
        exterior : list of tuple of number or ndarray
            The outline (implicitly closed).
        one_point_per_intersection : bool, optional
            Assign each crossing only to the lowest-index segment through it;
            otherwise to every segment through it.
        decimals : int, optional
            Coordinates are rounded to this many decimals first.

        Returns
        -------
        list of list of tuple of float
            Per segment (``i -> i+1``) the crossing points, sorted by distance from
            the segment's start.

        """
        points = np.asarray(exterior, dtype=np.float64).reshape((-1, 2))
        nb_points = len(points)
        if nb_points == 0:
            return []
        result = [[] for _ in range(nb_points)]
        limit = self.limit_coords_values_for_inter_search
        if np.any(np.abs(points) > limit):
            ia.warn(
                f"Found coordinates beyond +/-{limit} while repairing a polygon; "
                "skipped the search for self-intersections."
            )
            return result
        segs = np.round(_geom.ring_segments(points, closed=True), decimals)
        idx_a, idx_b, inter, _t = _geom.segment_intersection_points(
            segs, segs, exclude_endpoints=True
        )
        keep = idx_a < idx_b
        idx_a, idx_b, inter = idx_a[keep], idx_b[keep], inter[keep]
        if len(idx_a) == 0:
            return result
        inter = np.round(inter, decimals)
        _, group = np.unique(inter, axis=0, return_inverse=True)
        group = group.reshape((-1,))
        if one_point_per_intersection:
            first_segment = np.full((group.max() + 1,), nb_points, dtype=np.intp)
            np.minimum.at(first_segment, group, idx_a)
            assignments = {(int(first_segment[g]), int(g)) for g in group.tolist()}
        else:
            assignments = {(int(s), int(g)) for s, g in zip(idx_a, group)}
            assignments |= {(int(s), int(g)) for s, g in zip(idx_b, group)}
        group_point = {}
        for g, point in zip(group.tolist(), inter.tolist()):
            group_point.setdefault(g, point)
        for segment, g in sorted(assignments):
            x, y = group_point[g]
            result[segment].append((float(x), float(y)))
        for segment, seg_points in enumerate(result):
            if len(seg_points) > 1:
                start = points[segment]
                seg_points.sort(
                    key=lambda p, s=start: np.hypot(p[0] - s[0], p[1] - s[1])
                )
        return result

    def _oversample_intersection_points(self, exterior, segment_add_points):
        """Add points just before and after each crossing along its segment.

        Stops adding extra points once the outline would exceed
        ``oversample_up_to_n_points_max`` points; crossings are always kept.
        """
        if self.oversampling is None or self.oversampling <= 0:
            return segment_add_points
        nb_points = len(exterior)
        total = nb_points + sum(len(seg) for seg in segment_add_points)
        result = []
        for i, seg_points in enumerate(segment_add_points):
            if not seg_points:
                result.append([])
                continue
            chain = [exterior[i]] + list(seg_points) + [exterior[(i + 1) % nb_points]]
            out = []
            for j in range(1, len(chain) - 1):
                prev, point, nxt = chain[j - 1], chain[j], chain[j + 1]
                if total + 2 <= self.oversample_up_to_n_points_max:
                    total += 2
                    f = 1.0 - self.oversampling
                    out.append(
                        (
                            prev[0] + f * (point[0] - prev[0]),
                            prev[1] + f * (point[1] - prev[1]),
                        )
                    )
                    out.append(point)
                    f = self.oversampling
                    out.append(
                        (
                            point[0] + f * (nxt[0] - point[0]),
                            point[1] + f * (nxt[1] - point[1]),
                        )
                    )
                else:
                    out.append(point)
            result.append(out)
        return result

    @classmethod
    def _insert_intersection_points(cls, exterior, segment_add_points):
        """Insert each segment's added points after the segment's start point."""
        if len(exterior) != len(segment_add_points):
            raise InvalidValueError(
                "Expected one list of added points per outline point, got "
                f"{len(segment_add_points)} lists for {len(exterior)} points."
            )
        result = []
        for point, added in zip(exterior, segment_add_points):
            result.append(point)
            result.extend(added)
        return result

    def _fit_best_valid_polygon(self, points, random_state):
        """Grow a valid polygon from the convex hull by re-inserting points.

        Returns
        -------
        list of int
            Indices into `points` of the kept outline, in order.

        """
        pts = _geom.as_points(points)
        nb_points = len(pts)
        if nb_points < 3 or _geom.is_simple_polygon(pts):
            return list(range(nb_points))
        kept = _geom.convex_hull_indices(pts).tolist()
        if len(kept) < 3:
            return kept
        # follow the input's direction of travel around the hull
        steps = np.diff(np.array(kept + kept[:1])) % nb_points
        if np.count_nonzero(steps > nb_points // 2) > len(steps) / 2:
            kept = kept[::-1]
        left = np.setdiff1d(np.arange(nb_points), kept)
        nb_changes = 0
        for iteration in range(self.fit_n_iters_max):
            if len(left) == 0 or nb_changes >= self.fit_n_changes_max:
                break
            max_dist = (
                self.fit_max_dist_first_iter
                if iteration == 0
                else self.fit_max_dist_other_iters
            )
            candidates = self._fit_candidates(pts, kept, left, max_dist, random_state)
            changed = False
            left_set = set(left.tolist())
            for start, end, point_idx in candidates:
                if point_idx not in left_set:
                    continue
                pos = kept.index(start)
                if kept[(pos + 1) % len(kept)] != end:
                    continue
                if _geom.new_edges_keep_simple(pts[kept], pos, pts[point_idx]):
                    kept.insert(pos + 1, point_idx)
                    left_set.discard(point_idx)
                    nb_changes += 1
                    changed = True
                    if nb_changes >= self.fit_n_changes_max:
                        break
            left = np.array(sorted(left_set), dtype=np.intp)
            if not changed:
                break
        return kept

    def _fit_candidates(self, pts, kept, left, max_dist, random_state):
        """Rank (edge, point) pairs by index distance, then by distance to the edge."""
        nb_points = len(pts)
        starts = np.array(kept, dtype=np.intp)
        ends = np.roll(starts, -1)
        diff_a = np.abs(left[np.newaxis, :] - starts[:, np.newaxis])
        diff_b = np.abs(left[np.newaxis, :] - ends[:, np.newaxis])
        dist_a = np.minimum(diff_a, nb_points - diff_a)
        dist_b = np.minimum(diff_b, nb_points - diff_b)
        index_dist = np.minimum(dist_a, dist_b)
        edge_pos, left_pos = np.nonzero(index_dist <= max_dist)
        if len(edge_pos) > self.fit_n_candidates_before_sort_max:
            chosen = random_state.choice(
                len(edge_pos), size=self.fit_n_candidates_before_sort_max, replace=False
            )
            chosen = np.sort(chosen)
            edge_pos, left_pos = edge_pos[chosen], left_pos[chosen]
        if len(edge_pos) == 0:
            return []
        point_idx = left[left_pos]
        a = pts[starts[edge_pos]]
        b = pts[ends[edge_pos]]
        p = pts[point_idx]
        ab = b - a
        length_sq = np.sum(ab * ab, axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.where(length_sq > 0, np.sum((p - a) * ab, axis=1) / length_sq, 0.0)
        closest = a + np.clip(t, 0.0, 1.0)[:, np.newaxis] * ab
        euclid = np.sqrt(np.sum((p - closest) ** 2, axis=1))
        order = np.lexsort((euclid, index_dist[edge_pos, left_pos]))
        return [
            (int(starts[edge_pos[k]]), int(ends[edge_pos[k]]), int(point_idx[k]))
            for k in order.tolist()
        ]


def _hull_is_degenerate(points):
    """Whether the points span no area (all collinear or identical)."""
    pts = _geom.as_points(points)
    hull = _geom.convex_hull_indices(pts)
    return len(hull) < 3 or _geom.polygon_area(pts[hull]) == 0.0
