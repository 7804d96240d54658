"""Keypoints: single points on an image and containers of them.

Coordinates are subpixel floats, x to the right and y down; pixel ``(0, 0)`` covers
``[0, 1) x [0, 1)``. Containers move their coordinates as one ``(N, 2)`` array
(:meth:`KeypointsOnImage.to_xy_array` / :meth:`KeypointsOnImage.fill_from_xy_array_`).
"""

import numbers

import numpy as np

from imgaug import imgaug as ia
from imgaug.augmentables.base import _CoordinatesContainer, _ImageSize
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
    _check_shift,
    _draw_color_range,
    _normalize_shape,
    normalize_shape,
    project_coords_,
)
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = ["compute_geometric_median", "Keypoint", "KeypointsOnImage"]

_MAX_MEDIAN_ITERATIONS = 10000


def compute_geometric_median(points=None, eps=1e-5, X=None):  # noqa: N803
    """Estimate the geometric median of a set of points.

    Weiszfeld iteration with the Vardi-Zhang correction for points that coincide
    with the current estimate. Starts at the mean and stops once an update moves
    the estimate by less than `eps`.

    Parameters
    ----------
    points : (N, 2) ndarray or None
        The points.
    eps : float, optional
        Convergence threshold on the distance moved per iteration.
    X : (N, 2) ndarray or None, optional
        Deprecated alias of `points`.

    Returns
    -------
    (2,) ndarray
        The estimated geometric median (float64).

    Examples
    --------
    >>> compute_geometric_median(np.float32([[0, 0], [2, 0], [1, 5]])).round(2)
    array([1.  , 0.58])

    """
    if X is not None:
        if points is not None:
            raise InvalidValueError(
                "Expected only one of 'points' and its deprecated alias 'X' to be "
                "given, got both."
            )
        ia.warn_deprecated(
            "The parameter `X` of compute_geometric_median() is deprecated. "
            "Use `points` instead."
        )
        points = X
    if points is None:
        raise InvalidValueError("Expected 'points' to be an array of points, got None.")
    points = np.asarray(points, dtype=np.float64)
    if points.ndim != 2 or len(points) == 0:
        raise InvalidValueError(
            "Expected 'points' to be a non-empty (N, 2) array, got shape "
            f"{points.shape}."
        )
    nb_points = len(points)
    estimate = np.mean(points, axis=0)
    for _ in range(_MAX_MEDIAN_ITERATIONS):
        dists = np.sqrt(np.sum((points - estimate) ** 2, axis=1))
        nonzero = dists != 0
        nb_zero = nb_points - int(np.count_nonzero(nonzero))
        if nb_zero == nb_points:
            return estimate
        inv = 1.0 / dists[nonzero]
        inv_sum = np.sum(inv)
        weighted = np.sum(inv[:, np.newaxis] * points[nonzero], axis=0) / inv_sum
        if nb_zero == 0:
            new_estimate = weighted
        else:
            # Vardi-Zhang: pull towards the coinciding point by its share
            r = np.linalg.norm((weighted - estimate) * inv_sum)
            r_inv = 0.0 if r == 0 else nb_zero / r
            new_estimate = max(0.0, 1.0 - r_inv) * weighted + min(1.0, r_inv) * estimate
        moved = np.linalg.norm(estimate - new_estimate)
        if moved < eps or not np.isfinite(moved):
            return new_estimate
        estimate = new_estimate
    return estimate


def _is_single_number(value):
    return isinstance(value, numbers.Number) and not isinstance(value, bool)


def _prepare_draw_color(image, color):
    """Validate `color` against the image's number of axes; expand scalars."""
    if image.ndim == 2:
        if not _is_single_number(color):
            raise InvalidTypeError(
                "Expected 'color' to be a single number when drawing on a 2D image, "
                f"got type {type(color).__name__}."
            )
        return color
    if _is_single_number(color):
        return [color] * image.shape[-1]
    return color


def _check_square_args(image, color, alpha, size):
    """Check the arguments of the keypoint ``draw_on_image()`` methods."""
    _check_draw_image(image)
    # 2D images need a single number, which the drawing itself checks
    nb_channels = image.shape[2] if image.ndim == 3 else None
    _check_draw_color(color, "color", _draw_color_range(image), nb_channels)
    _check_draw_alpha(alpha, "alpha")
    _check_draw_size(size, "size")


def _blend_region_(image, ys, xs, color, alpha):
    """Blend `color` into ``image[ys, xs]`` in float32, cast back to image dtype."""
    dtype = image.dtype
    region = image[ys, xs].astype(np.float32)
    blended = ((1 - alpha) * region + alpha * np.asarray(color)).astype(np.float32)
    if dtype.kind in "ui":
        info = np.iinfo(dtype)
        np.clip(blended, info.min, info.max, out=blended)
    image[ys, xs] = blended.astype(dtype)


def _draw_squares_(image, xy, color, alpha, size, raise_if_out_of_image):
    """Draw filled ``size x size`` squares centred on rounded points, in place.

    Parameters
    ----------
    image : ndarray
        ``(H, W)`` or ``(H, W, C)`` image, modified in place.
    xy : ndarray
        ``(N, 2)`` float64 point coordinates.

    Returns
    -------
    ndarray
        The image.

    """
    if len(xy) == 0:
        return image
    color = _prepare_draw_color(image, color)
    if alpha < 0.01:
        return image
    height, width = image.shape[0:2]
    xy_int = np.round(xy).astype(np.int64)
    half = size // 2
    x1 = np.maximum(xy_int[:, 0] - half, 0)
    x2 = np.minimum(xy_int[:, 0] + 1 + half, width)
    y1 = np.maximum(xy_int[:, 1] - half, 0)
    y2 = np.minimum(xy_int[:, 1] + 1 + half, height)
    valid = (x2 - x1 >= 1) & (y2 - y1 >= 1)
    if raise_if_out_of_image and not np.all(valid):
        idx = int(np.flatnonzero(~valid)[0])
        raise Exception(
            f"Cannot draw keypoint x={xy[idx, 0]:.8f}, y={xy[idx, 1]:.8f} on image "
            f"with shape {image.shape}."
        )
    bounds = np.stack([y1, y2, x1, x2], axis=1)[valid].tolist()
    if alpha > 0.99:
        for ya, yb, xa, xb in bounds:
            image[ya:yb, xa:xb] = color
    else:
        for ya, yb, xa, xb in bounds:
            _blend_region_(image, slice(ya, yb), slice(xa, xb), color, alpha)
    return image


def _parse_if_not_found_coords(if_not_found_coords):
    """Return ``(drop, x, y)`` for the `if_not_found_coords` argument."""
    if if_not_found_coords is None:
        return True, -1, -1
    if isinstance(if_not_found_coords, (tuple, list)):
        if len(if_not_found_coords) != 2:
            raise InvalidValueError(
                "Expected tuple/list 'if_not_found_coords' to contain exactly two "
                f"values, got {len(if_not_found_coords)}."
            )
        return False, if_not_found_coords[0], if_not_found_coords[1]
    if isinstance(if_not_found_coords, dict):
        if "x" not in if_not_found_coords or "y" not in if_not_found_coords:
            raise InvalidValueError(
                "Expected dict 'if_not_found_coords' to contain the keys 'x' and "
                f"'y', got keys {sorted(map(str, if_not_found_coords))}."
            )
        return False, if_not_found_coords["x"], if_not_found_coords["y"]
    raise Exception(
        "Expected if_not_found_coords to be None or tuple or list or dict, got "
        f"{type(if_not_found_coords)}."
    )


def _check_3d_maps(arr, name):
    if not isinstance(arr, np.ndarray) or arr.ndim != 3:
        shape = arr.shape if isinstance(arr, np.ndarray) else type(arr).__name__
        raise InvalidValueError(
            f"Expected '{name}' to be a 3D (H, W, N) array, got {shape}."
        )


class Keypoint:
    """A single point on an image.

    Parameters
    ----------
    x : number
        x-coordinate (subpixel accuracy), stored as given.
    y : number
        y-coordinate (subpixel accuracy), stored as given.

    Examples
    --------
    >>> Keypoint(x=1.5, y=2).shift(x=1)
    Keypoint(x=2.50000000, y=2.00000000)

    """

    def __init__(self, x, y):
        # inline fast path: keypoints are created in bulk by the augmenters
        if type(x) not in _COMMON_COORDINATE_TYPES or (
            type(y) not in _COMMON_COORDINATE_TYPES
        ):
            _check_coordinate(x, "x")
            _check_coordinate(y, "y")
        self.x = x
        self.y = y

    @property
    def coords(self):
        """Get the xy-coordinates as a ``(1, 2)`` float32 array."""
        return np.array([[self.x, self.y]], dtype=np.float32)

    @property
    def x_int(self):
        """Get the x-coordinate rounded to the nearest integer (half to even)."""
        return int(np.round(self.x))

    @property
    def y_int(self):
        """Get the y-coordinate rounded to the nearest integer (half to even)."""
        return int(np.round(self.y))

    @property
    def xy(self):
        """Get the xy-coordinates as a ``(2,)`` float32 array."""
        return np.array([self.x, self.y], dtype=np.float32)

    @property
    def xy_int(self):
        """Get the rounded xy-coordinates as a ``(2,)`` int32 array."""
        return np.round(self.xy).astype(np.int32)

    def project_(self, from_shape, to_shape):
        """Rescale the position from one image shape to another, in place.

        Parameters
        ----------
        from_shape : tuple of int or ndarray
            Shape of the image the keypoint currently refers to.
        to_shape : tuple of int or ndarray
            Shape of the new image.

        Returns
        -------
        Keypoint
            This keypoint.

        """
        xy_proj = project_coords_([(self.x, self.y)], from_shape, to_shape)
        self.x, self.y = xy_proj[0]
        return self

    def project(self, from_shape, to_shape):
        """Rescale the position from one image shape to another.

        Parameters
        ----------
        from_shape : tuple of int or ndarray
            Shape of the image the keypoint currently refers to.
        to_shape : tuple of int or ndarray
            Shape of the new image.

        Returns
        -------
        Keypoint
            A projected copy.

        """
        return self.deepcopy().project_(from_shape, to_shape)

    def is_out_of_image(self, image):
        """Check whether the point lies outside of the image plane.

        Parameters
        ----------
        image : ndarray or tuple of int
            The image or its shape.

        Returns
        -------
        bool
            ``False`` iff ``0 <= x < W`` and ``0 <= y < H``.

        """
        height, width = _normalize_shape(image, "image")[0:2]
        return not (0 <= self.x < width and 0 <= self.y < height)

    def compute_out_of_image_fraction(self, image):
        """Compute which fraction of the point is outside of the image.

        Parameters
        ----------
        image : ndarray or tuple of int
            The image or its shape.

        Returns
        -------
        float
            ``1.0`` if outside of the image, else ``0.0``.

        """
        return 1.0 if self.is_out_of_image(image) else 0.0

    def shift_(self, x=0, y=0):
        """Move the point by `x` (right) and `y` (down), in place.

        Returns
        -------
        Keypoint
            This keypoint.

        """
        _check_shift(x, y)
        self.x += x
        self.y += y
        return self

    def shift(self, x=0, y=0):
        """Move the point by `x` (right) and `y` (down).

        Returns
        -------
        Keypoint
            A shifted copy.

        """
        return self.deepcopy().shift_(x=x, y=y)

    def draw_on_image(
        self,
        image,
        color=(0, 255, 0),
        alpha=1.0,
        size=3,
        copy=True,
        raise_if_out_of_image=False,
    ):
        """Draw the keypoint as a filled square onto an image.

        Parameters
        ----------
        image : (H,W) ndarray or (H,W,C) ndarray
            The image. 2D images need a single number as `color`.
        color : int or iterable of int, optional
            Colour of the square; a single number is used for every channel.
        alpha : float, optional
            Opacity. Below 0.01 nothing is drawn, above 0.99 pixels are replaced.
        size : int, optional
            Side length of the square, centred on the rounded coordinates.
        copy : bool, optional
            Draw on a copy of `image` instead of in place.
        raise_if_out_of_image : bool, optional
            Raise an ``Exception`` if the square is fully outside of the image.

        Returns
        -------
        ndarray
            The image with the keypoint drawn on it.

        """
        _check_square_args(image, color, alpha, size)
        if copy:
            image = np.copy(image)
        xy = np.array([[self.x, self.y]], dtype=np.float64)
        return _draw_squares_(image, xy, color, alpha, size, raise_if_out_of_image)

    def generate_similar_points_manhattan(
        self, nb_steps, step_size, return_array=False
    ):
        """Generate the points of a diamond lattice around this keypoint.

        All points at Manhattan distance up to ``nb_steps * step_size`` with spacing
        `step_size`, row by row from the smallest to the largest y.

        Parameters
        ----------
        nb_steps : int
            Number of steps away from the keypoint.
        step_size : number
            Distance between neighbouring lattice points.
        return_array : bool, optional
            Return an ``(N, 2)`` float32 array instead of a list of keypoints.

        Returns
        -------
        list of Keypoint or ndarray
            ``2*nb_steps + 1 + 2*nb_steps**2`` points.

        Examples
        --------
        >>> Keypoint(1, 1).generate_similar_points_manhattan(1, 1.0, return_array=True)
        array([[1., 0.],
               [0., 1.],
               [1., 1.],
               [2., 1.],
               [1., 2.]], dtype=float32)

        """
        _check_draw_size(nb_steps, "nb_steps")
        _check_coordinate(step_size, "step_size")
        n = int(nb_steps)
        dy = np.arange(-n, n + 1)
        half_widths = n - np.abs(dy)
        counts = 2 * half_widths + 1
        row = np.repeat(np.arange(len(dy)), counts)
        starts = np.cumsum(counts) - counts
        dx = np.arange(int(counts.sum())) - starts[row] - half_widths[row]
        points = np.empty((len(row), 2), dtype=np.float32)
        points[:, 0] = self.x + dx * step_size
        points[:, 1] = self.y + dy[row] * step_size
        if return_array:
            return points
        return [self.deepcopy(x=x, y=y) for x, y in points.tolist()]

    def coords_almost_equals(self, other, max_distance=1e-4):
        """Check whether another point has (almost) the same coordinates.

        Parameters
        ----------
        other : Keypoint or ndarray or iterable of number
            The other point; arrays and iterables are flattened to ``(x, y)``.
        max_distance : number, optional
            Maximum allowed absolute difference per coordinate.

        Returns
        -------
        bool
            Whether the coordinates match within `max_distance`.

        """
        if isinstance(other, Keypoint):
            coords_b = [other.x, other.y]
        elif isinstance(other, np.ndarray):
            coords_b = other.ravel()
        elif ia.is_iterable(other):
            coords_b = list(ia.flatten(other))
        else:
            raise InvalidTypeError(
                "Expected 'other' to be a Keypoint, an array or an iterable of "
                f"x- and y-coordinates, got type {type(other).__name__}."
            )
        coords_b = _as_float_array(coords_b, "other", np.float64)
        if coords_b.size != 2:
            raise InvalidValueError(
                f"Expected 'other' to contain two coordinates, got {coords_b.size}."
            )
        coords_a = np.array([self.x, self.y], dtype=np.float64)
        return bool(np.allclose(coords_a, coords_b, atol=max_distance, rtol=0))

    def almost_equals(self, other, max_distance=1e-4):
        """Check whether another point has (almost) the same coordinates.

        Same as :meth:`coords_almost_equals`.
        """
        return self.coords_almost_equals(other, max_distance=max_distance)

    def copy(self, x=None, y=None):
        """Create a copy, optionally with new coordinates.

        Parameters
        ----------
        x : None or number, optional
            New x-coordinate (``None`` keeps the current one).
        y : None or number, optional
            New y-coordinate (``None`` keeps the current one).

        Returns
        -------
        Keypoint
            The copy.

        """
        return self.deepcopy(x=x, y=y)

    def deepcopy(self, x=None, y=None):
        """Create a deep copy, optionally with new coordinates.

        Parameters
        ----------
        x : None or number, optional
            New x-coordinate (``None`` keeps the current one).
        y : None or number, optional
            New y-coordinate (``None`` keeps the current one).

        Returns
        -------
        Keypoint
            The copy.

        """
        if x is None and y is None:
            # hot path (container deep copies): the coordinates were checked already
            copied = object.__new__(Keypoint)
            copied.x = self.x
            copied.y = self.y
            return copied
        return Keypoint(x=self.x if x is None else x, y=self.y if y is None else y)

    def __repr__(self):
        return self.__str__()

    def __str__(self):
        return f"Keypoint(x={self.x:.8f}, y={self.y:.8f})"


class KeypointsOnImage(_ImageSize, _CoordinatesContainer):
    """All keypoints on one image.

    Parameters
    ----------
    keypoints : list of Keypoint
        The keypoints.
    shape : tuple of int or ndarray
        Shape of the image the keypoints lie on (an array's ``.shape`` is used).

    Examples
    --------
    >>> kpsoi = KeypointsOnImage([Keypoint(x=1, y=2)], shape=(4, 4, 3))
    >>> kpsoi.on((8, 8, 3)).to_xy_array()
    array([[2., 4.]], dtype=float32)

    """

    _items_attr = "keypoints"

    def __init__(self, keypoints, shape):
        self.keypoints = _check_items(keypoints, Keypoint, "keypoints")
        self.shape = normalize_shape(shape)

    def _xy_float64(self):
        """Return all coordinates as an exact ``(N, 2)`` float64 array."""
        return np.array(
            [(kp.x, kp.y) for kp in self.keypoints], dtype=np.float64
        ).reshape((-1, 2))

    def draw_on_image(
        self,
        image,
        color=(0, 255, 0),
        alpha=1.0,
        size=3,
        copy=True,
        raise_if_out_of_image=False,
    ):
        """Draw every keypoint as a filled square onto an image.

        Parameters are the same as in :meth:`Keypoint.draw_on_image`; the image is
        copied at most once.

        Returns
        -------
        ndarray
            The image with the keypoints drawn on it.

        """
        _check_square_args(image, color, alpha, size)
        if copy:
            image = np.copy(image)
        return _draw_squares_(
            image, self._xy_float64(), color, alpha, size, raise_if_out_of_image
        )

    def shift_(self, x=0, y=0):
        """Move every keypoint by `x` (right) and `y` (down), in place.

        Returns
        -------
        KeypointsOnImage
            This container.

        """
        _check_shift(x, y)
        for kp in self.keypoints:
            kp.x += x
            kp.y += y
        return self

    def shift(self, x=0, y=0):
        """Move every keypoint by `x` (right) and `y` (down).

        Returns
        -------
        KeypointsOnImage
            A shifted copy.

        """
        return self.deepcopy().shift_(x=x, y=y)

    def _inside_mask(self):
        height, width = self.shape[0:2]
        xy = self._xy_float64()
        return (
            (xy[:, 0] >= 0) & (xy[:, 0] < width) & (xy[:, 1] >= 0) & (xy[:, 1] < height)
        )

    def remove_out_of_image_fraction_(self, fraction):
        """Remove keypoints whose out-of-image fraction is at least `fraction`.

        A keypoint's fraction is ``1.0`` outside of the image and ``0.0`` inside.

        Parameters
        ----------
        fraction : number
            Threshold.

        Returns
        -------
        KeypointsOnImage
            This container.

        """
        _check_fraction(fraction)
        ooi_fractions = np.where(self._inside_mask(), 0.0, 1.0)
        keep = (ooi_fractions < fraction).tolist()
        self.keypoints = [kp for kp, k in zip(self.keypoints, keep) if k]
        return self

    def clip_out_of_image_(self):
        """Remove all keypoints outside of the image, in place.

        Returns
        -------
        KeypointsOnImage
            This container.

        """
        return self.remove_out_of_image_fraction_(0.5)

    def clip_out_of_image(self):
        """Remove all keypoints outside of the image.

        Returns
        -------
        KeypointsOnImage
            A copy without those keypoints.

        """
        return self.deepcopy().clip_out_of_image_()

    def to_xy_array(self):
        """Get all coordinates as an ``(N, 2)`` float32 array.

        Returns
        -------
        ndarray
            The coordinates.

        """
        return np.array(
            [(kp.x, kp.y) for kp in self.keypoints], dtype=np.float32
        ).reshape((-1, 2))

    def get_coords_array(self):
        """Get all coordinates as an ``(N, 2)`` float32 array (deprecated).

        Use :meth:`to_xy_array` instead.
        """
        ia.warn_deprecated(
            "Method `KeypointsOnImage.get_coords_array()` is deprecated. "
            "Use `KeypointsOnImage.to_xy_array()` instead."
        )
        return self.to_xy_array()

    @classmethod
    def from_xy_array(cls, xy, shape):
        """Create keypoints from an ``(N, 2)`` array of xy-coordinates.

        Parameters
        ----------
        xy : (N, 2) ndarray or iterable of tuple of number
            The coordinates.
        shape : tuple of int or ndarray
            Shape of the image the keypoints lie on.

        Returns
        -------
        KeypointsOnImage
            The keypoints.

        """
        xy = _as_float_array(xy, "xy")
        if xy.size == 0:
            return cls([], shape)
        if xy.ndim != 2 or xy.shape[-1] != 2:
            raise InvalidValueError(
                f"Expected 'xy' to have shape (N, 2), got {xy.shape}."
            )
        return cls([Keypoint(x=x, y=y) for x, y in xy.tolist()], shape)

    @staticmethod
    def from_coords_array(coords, shape):
        """Create keypoints from an ``(N, 2)`` array (deprecated).

        Use :meth:`from_xy_array` instead.
        """
        ia.warn_deprecated(
            "Method `KeypointsOnImage.from_coords_array()` is deprecated. "
            "Use `KeypointsOnImage.from_xy_array()` instead."
        )
        try:
            return KeypointsOnImage.from_xy_array(coords, shape)
        except (InvalidTypeError, InvalidValueError) as exc:
            raise type(exc)(f"Invalid argument 'coords': {exc}") from None

    def fill_from_xy_array_(self, xy):
        """Overwrite all coordinates from an ``(N, 2)`` array, in place.

        Parameters
        ----------
        xy : (N, 2) ndarray or iterable of tuple of number
            New coordinates, one row per keypoint (converted to float32).

        Returns
        -------
        KeypointsOnImage
            This container.

        """
        xy = _as_float_array(xy, "xy")
        if xy.size == 0 and not self.keypoints:
            return self
        if xy.ndim != 2 or xy.shape != (len(self.keypoints), 2):
            raise InvalidValueError(
                f"Expected 'xy' to have shape ({len(self.keypoints)}, 2), i.e. one "
                f"row per keypoint, got {xy.shape}."
            )
        for kp, (x, y) in zip(self.keypoints, xy.tolist()):
            kp.x = x
            kp.y = y
        return self

    def to_keypoint_image(self, size=1):
        """Render each keypoint into its own channel of a uint8 image.

        The keypoint's pixel gets value 255 (if inside of the image), its
        ``size x size`` neighbourhood value 128, everything else 0.

        Parameters
        ----------
        size : int, optional
            Odd side length of the neighbourhood.

        Returns
        -------
        (H, W, N) ndarray
            uint8 image with one channel per keypoint.

        """
        if not (isinstance(size, numbers.Integral) and size >= 1 and size % 2 == 1):
            raise InvalidValueError(
                f"Expected 'size' to be an odd integer >= 1, got {size}."
            )
        height, width = self.shape[0:2]
        nb_kps = len(self.keypoints)
        xy_int = np.round(self._xy_float64()).astype(np.int64)
        xs, ys = xy_int[:, 0], xy_int[:, 1]
        sizeh = (size - 1) // 2
        rows = np.abs(np.arange(height)[:, np.newaxis] - ys[np.newaxis, :]) <= sizeh
        cols = np.abs(np.arange(width)[:, np.newaxis] - xs[np.newaxis, :]) <= sizeh
        image = np.empty((height, width, nb_kps), dtype=np.uint8)
        np.multiply(
            rows[:, np.newaxis, :], cols[np.newaxis, :, :], out=image, dtype=np.uint8
        )
        image *= 128
        inside = (xs >= 0) & (xs < width) & (ys >= 0) & (ys < height)
        idx = np.flatnonzero(inside)
        image[ys[idx], xs[idx], idx] = 255
        return image

    @staticmethod
    def from_keypoint_image(
        image,
        if_not_found_coords={"x": -1, "y": -1},  # noqa: B006  (0.4.0 default)
        threshold=1,
        nb_channels=None,
    ):
        """Create keypoints from a keypoint image (one channel per keypoint).

        Each channel's maximum becomes a keypoint at the pixel centre
        ``(col + 0.5, row + 0.5)`` if it is at least `threshold`.

        Parameters
        ----------
        image : (H, W, N) ndarray
            The keypoint image.
        if_not_found_coords : tuple or list or dict or None, optional
            Coordinates for channels without a hit: ``(x, y)``, ``{"x": .., "y": ..}``
            or ``None`` to drop such keypoints.
        threshold : int, optional
            Minimum value of a hit.
        nb_channels : None or int, optional
            Channel count appended to the output shape ``(H, W)``.

        Returns
        -------
        KeypointsOnImage
            The keypoints.

        """
        _check_3d_maps(image, "image")
        _check_coordinate(threshold, "threshold")
        _check_draw_size(nb_channels, "nb_channels", optional=True)
        drop, nf_x, nf_y = _parse_if_not_found_coords(if_not_found_coords)
        height, width, nb_kps = image.shape
        found = np.zeros((nb_kps,), dtype=bool)
        rows = np.zeros((nb_kps,), dtype=np.int64)
        cols = np.zeros((nb_kps,), dtype=np.int64)
        if height * width > 0 and nb_kps > 0:
            flat = image.reshape((height * width, nb_kps))
            hits = np.argmax(flat, axis=0)
            found = flat[hits, np.arange(nb_kps)] >= threshold
            rows, cols = np.divmod(hits, width)
        keypoints = []
        for is_found, row, col in zip(found.tolist(), rows.tolist(), cols.tolist()):
            if is_found:
                keypoints.append(Keypoint(x=col + 0.5, y=row + 0.5))
            elif not drop:
                keypoints.append(Keypoint(x=nf_x, y=nf_y))
        out_shape = (height, width)
        if nb_channels is not None:
            out_shape += (nb_channels,)
        return KeypointsOnImage(keypoints, shape=out_shape)

    def to_distance_maps(self, inverted=False):
        """Compute one Euclidean distance map per keypoint.

        The distance of pixel ``(row, col)`` to a keypoint is measured from the
        point ``(x=col, y=row)`` (no half-pixel offset).

        Parameters
        ----------
        inverted : bool, optional
            Return ``1 / (d + 1)`` instead of ``d`` (1.0 at the keypoint).

        Returns
        -------
        (H, W, N) ndarray
            float32 distance maps.

        """
        height, width = self.shape[0:2]
        xy = self._xy_float64()
        dx2 = (np.arange(width, dtype=np.float64)[:, np.newaxis] - xy[:, 0]) ** 2
        dy2 = (np.arange(height, dtype=np.float64)[:, np.newaxis] - xy[:, 1]) ** 2
        maps = np.empty((height, width, len(xy)), dtype=np.float32)
        np.add(dy2[:, np.newaxis, :], dx2[np.newaxis, :, :], out=maps, casting="unsafe")
        np.sqrt(maps, out=maps)
        if inverted:
            maps += 1
            np.reciprocal(maps, out=maps)
        return maps

    @staticmethod
    def from_distance_maps(
        distance_maps,
        inverted=False,
        if_not_found_coords={"x": -1, "y": -1},  # noqa: B006  (0.4.0 default)
        threshold=None,
        nb_channels=None,
    ):
        """Create keypoints from distance maps (one channel per keypoint).

        Each channel's minimum (maximum if `inverted`) becomes a keypoint at the
        integer position ``(x=col, y=row)``.

        Parameters
        ----------
        distance_maps : (H, W, N) ndarray
            The distance maps.
        inverted : bool, optional
            Whether the maps are inverted (see :meth:`to_distance_maps`).
        if_not_found_coords : tuple or list or dict or None, optional
            Coordinates for channels without a hit: ``(x, y)``, ``{"x": .., "y": ..}``
            or ``None`` to drop such keypoints.
        threshold : None or number, optional
            A hit needs a value ``< threshold`` (``>= threshold`` if `inverted`).
            ``None`` accepts every channel's extremum.
        nb_channels : None or int, optional
            Channel count appended to the output shape ``(H, W)``.

        Returns
        -------
        KeypointsOnImage
            The keypoints.

        """
        if threshold is not None:
            _check_coordinate(threshold, "threshold")
        _check_draw_size(nb_channels, "nb_channels", optional=True)
        _check_3d_maps(distance_maps, "distance_maps")
        drop, nf_x, nf_y = _parse_if_not_found_coords(if_not_found_coords)
        height, width, nb_kps = distance_maps.shape
        found = np.zeros((nb_kps,), dtype=bool)
        rows = np.zeros((nb_kps,), dtype=np.int64)
        cols = np.zeros((nb_kps,), dtype=np.int64)
        if height * width > 0 and nb_kps > 0:
            flat = distance_maps.reshape((height * width, nb_kps))
            hits = np.argmax(flat, axis=0) if inverted else np.argmin(flat, axis=0)
            values = flat[hits, np.arange(nb_kps)]
            if threshold is None:
                found = np.ones((nb_kps,), dtype=bool)
            elif inverted:
                found = values >= threshold
            else:
                found = values < threshold
            rows, cols = np.divmod(hits, width)
        keypoints = []
        for is_found, row, col in zip(found.tolist(), rows.tolist(), cols.tolist()):
            if is_found:
                keypoints.append(Keypoint(x=col, y=row))
            elif not drop:
                keypoints.append(Keypoint(x=nf_x, y=nf_y))
        out_shape = (height, width)
        if nb_channels is not None:
            out_shape += (nb_channels,)
        return KeypointsOnImage(keypoints, shape=out_shape)

    def to_keypoints_on_image(self):
        """Convert to keypoints (a deep copy, as these already are keypoints).

        Returns
        -------
        KeypointsOnImage
            A deep copy.

        """
        return self.deepcopy()

    def invert_to_keypoints_on_image_(self, kpsoi):
        """Copy coordinates and shape back from converted keypoints, in place.

        Parameters
        ----------
        kpsoi : KeypointsOnImage
            Keypoints with the same number of points.

        Returns
        -------
        KeypointsOnImage
            This container.

        """
        _check_instance(kpsoi, KeypointsOnImage, "kpsoi")
        if len(kpsoi.keypoints) != len(self.keypoints):
            raise InvalidValueError(
                f"Expected 'kpsoi' to contain {len(self.keypoints)} keypoints, got "
                f"{len(kpsoi.keypoints)}."
            )
        for kp_target, kp_source in zip(self.keypoints, kpsoi.keypoints):
            kp_target.x = kp_source.x
            kp_target.y = kp_source.y
        self.shape = kpsoi.shape
        return self

    def copy(self, keypoints=None, shape=None):
        """Create a shallow copy (new list, same keypoint objects).

        Parameters
        ----------
        keypoints : None or list of Keypoint, optional
            Keypoints of the copy (``None`` keeps the current ones).
        shape : None or tuple of int or ndarray, optional
            Image shape of the copy (``None`` keeps the current one).

        Returns
        -------
        KeypointsOnImage
            The copy.

        """
        return self._copied(KeypointsOnImage, keypoints, shape, deep=False)

    def deepcopy(self, keypoints=None, shape=None):
        """Create a deep copy.

        Parameters
        ----------
        keypoints : None or list of Keypoint, optional
            Keypoints of the copy (``None`` deep-copies the current ones).
        shape : None or tuple of int or ndarray, optional
            Image shape of the copy (``None`` keeps the current one).

        Returns
        -------
        KeypointsOnImage
            The copy.

        """
        return self._copied(KeypointsOnImage, keypoints, shape, deep=True)
