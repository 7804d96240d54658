"""Augmenters that move pixels and coordinates: affine transformations and friends.

List of augmenters:

* :class:`Affine`
* :class:`ScaleX`
* :class:`ScaleY`
* :class:`TranslateX`
* :class:`TranslateY`
* :class:`Rotate`
* :class:`ShearX`
* :class:`ShearY`
* :class:`AffineCv2` (deprecated)
* :class:`PiecewiseAffine`
* :class:`PerspectiveTransform`
* :class:`ElasticTransformation`
* :class:`Rot90`
* :class:`WithPolarWarping`
* :class:`Jigsaw`

Every leaf draws its samples once per batch and applies them to every kind of a
row: images and maps are warped (maps at their own resolution), coordinates are
transformed as one ``(N, 2)`` array per row with the same transformation. The
array and coordinate kernels live in :mod:`imgaug._kernels` (``warp``,
``coords``, ``elastic``, ``piecewise``, ``perspective``, ``rotate90``,
``polar``, ``jigsaw``).
"""

from __future__ import annotations

from numbers import Integral, Real

import cv2
import numpy as np

from imgaug import dtypes as iadt
from imgaug import imgaug as ia
from imgaug import parameters as iap
from imgaug import random as iarandom
from imgaug._kernels import coords as _coords
from imgaug._kernels import elastic as _elastic
from imgaug._kernels import jigsaw as _jigsaw
from imgaug._kernels import pad as _pad
from imgaug._kernels import perspective as _perspective
from imgaug._kernels import piecewise as _piecewise
from imgaug._kernels import polar as _polar
from imgaug._kernels import rotate90 as _rot90
from imgaug._kernels import warp as _warp
from imgaug.augmentables.batches import _AUGMENTABLE_NAMES
from imgaug.augmentables.bbs import BoundingBoxesOnImage
from imgaug.augmentables.polys import _ConcavePolygonRecoverer
from imgaug.augmentables.utils import project_coords_
from imgaug.augmenters import meta
from imgaug.augmenters._sampled import _SampledAugmenter
from imgaug.augmenters._sampled import draw_list as _draw_list
from imgaug.augmenters.arithmetic import _draw_bits_uint16
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "apply_jigsaw",
    "apply_jigsaw_to_coords",
    "generate_jigsaw_destinations",
    "Affine",
    "ScaleX",
    "ScaleY",
    "TranslateX",
    "TranslateY",
    "Rotate",
    "ShearX",
    "ShearY",
    "AffineCv2",
    "PiecewiseAffine",
    "PerspectiveTransform",
    "ElasticTransformation",
    "Rot90",
    "WithPolarWarping",
    "Jigsaw",
]

_BACKENDS = ("auto", "skimage", "cv2")


# --------------------------------------------------------------------------
# public functions (Jigsaw helpers)
# --------------------------------------------------------------------------
def apply_jigsaw(arr, destinations):
    """Move the cells of a grid over an array to new positions.

    Supported dtypes
    ----------------
    * ``uint8``, ``uint16``, ``uint32``, ``uint64``, ``int8``, ``int16``,
      ``int32``, ``int64``, ``float16``, ``float32``, ``float64``, ``float128``,
      ``bool``: yes; fully tested (values are only moved)

    Parameters
    ----------
    arr : numpy.ndarray
        Array of shape ``(H, W)`` or ``(H, W, C)`` (or with more axes). ``H`` must
        be divisible by the number of grid rows, ``W`` by the number of columns.
    destinations : numpy.ndarray
        ``(rows, cols)`` int array: the cell at flat (row-major) index ``i`` moves
        to the cell at flat index ``destinations.flat[i]``, e.g. from
        :func:`generate_jigsaw_destinations`.

    Returns
    -------
    numpy.ndarray
        New array of the input's shape and dtype.

    Examples
    --------
    >>> import numpy as np
    >>> arr = np.arange(8).reshape((2, 4))
    >>> apply_jigsaw(arr, np.array([[1, 0]]))  # swap the left and right half
    array([[2, 3, 0, 1],
           [6, 7, 4, 5]])

    """
    return _jigsaw.apply_jigsaw(np.asarray(arr), destinations)


def apply_jigsaw_to_coords(coords, destinations, image_shape):
    """Move ``(x, y)`` coordinates with the grid cells they lie in.

    Points inside ``[0, W) x [0, H)`` move by the offset between the top-left
    corners of their cell and its destination (cells of ``H // rows`` by
    ``W // cols`` pixels); points outside of the image stay where they are.

    Parameters
    ----------
    coords : numpy.ndarray
        ``(N, 2)`` array of ``(x, y)`` coordinates.
    destinations : numpy.ndarray
        ``(rows, cols)`` destinations, see :func:`apply_jigsaw`.
    image_shape : tuple of int
        Shape of the image the coordinates are on, ``(H, W, ...)``.

    Returns
    -------
    numpy.ndarray
        The moved coordinates (a new array).

    Examples
    --------
    >>> import numpy as np
    >>> coords = np.array([[0.5, 0.5], [2.5, 1.0]])
    >>> apply_jigsaw_to_coords(coords, np.array([[1, 0]]), (2, 4))
    array([[2.5, 0.5],
           [0.5, 1. ]])

    """
    return _jigsaw.apply_jigsaw_to_coords(coords, destinations, image_shape)


def generate_jigsaw_destinations(nb_rows, nb_cols, max_steps, seed, connectivity=4):
    """Draw destinations for :func:`apply_jigsaw` by random neighbour swaps.

    Every cell may swap places with a neighbour up to `max_steps` times (its
    number of steps is random in ``[0, max_steps]``); a swap needs both cells to
    have steps left. With ``connectivity=8`` diagonal neighbours count as well.

    Parameters
    ----------
    nb_rows, nb_cols : int
        Number of grid rows and columns (``>= 1``).
    max_steps : int
        Largest number of swaps per cell (``>= 0``).
    seed : None or int or imgaug.random.RNG or numpy.random.Generator
        Seed or RNG to draw from (see :class:`imgaug.random.RNG`).
    connectivity : {4, 8}, optional
        Neighbourhood of a cell.

    Returns
    -------
    numpy.ndarray
        ``(nb_rows, nb_cols)`` int array of destination indices.

    Examples
    --------
    >>> generate_jigsaw_destinations(2, 3, max_steps=0, seed=1)
    array([[0, 1, 2],
           [3, 4, 5]])

    """
    for value, name, minimum in (
        (nb_rows, "nb_rows", 1),
        (nb_cols, "nb_cols", 1),
        (max_steps, "max_steps", 0),
    ):
        if not _is_int(value) or value < minimum:
            raise InvalidValueError(
                f"Expected argument '{name}' to be an int >= {minimum}, got {value!r}."
            )
    if connectivity not in (4, 8) or isinstance(connectivity, bool):
        raise InvalidValueError(
            f"Expected argument 'connectivity' to be 4 or 8, got {connectivity!r}."
        )
    rng = iarandom.RNG(seed)
    return _jigsaw.generate_destinations(
        int(nb_rows), int(nb_cols), int(max_steps), rng, int(connectivity)
    )


# --------------------------------------------------------------------------
# argument handlers (0.4.0 names, module-private)
# --------------------------------------------------------------------------
def _is_int(value):
    return isinstance(value, Integral) and not isinstance(value, bool)


def _check_bool(value, name):
    if not isinstance(value, (bool, np.bool_)):
        raise InvalidTypeError(
            f"Expected argument '{name}' to be a bool, got {type(value).__name__}."
        )
    return bool(value)


def _handle_polygon_recoverer_arg(polygon_recoverer):
    """``"auto"`` creates a recoverer; None or an object with ``recover_from()``."""
    if isinstance(polygon_recoverer, str) and polygon_recoverer == "auto":
        return _ConcavePolygonRecoverer()
    if polygon_recoverer is not None and not callable(
        getattr(polygon_recoverer, "recover_from", None)
    ):
        raise InvalidTypeError(
            "Expected argument 'polygon_recoverer' to be 'auto', None or a "
            "polygon recoverer (with a recover_from() method), got "
            f"{polygon_recoverer!r}."
        )
    return polygon_recoverer


def _handle_order_arg(order, backend):
    """Turn `order` into a parameter; cv2 knows only orders 0, 1 and 3."""
    if isinstance(order, str) and order == ia.ALL:
        if backend in ("auto", "cv2"):
            return iap.Choice([0, 1, 3])
        return iap.Choice([0, 1, 3, 4, 5])
    if isinstance(order, iap.StochasticParameter):
        return order
    allowed = (0, 1, 3) if backend == "cv2" else (0, 1, 2, 3, 4, 5)
    if _is_int(order):
        values = [order]
    elif isinstance(order, list) and order:
        values = order
    else:
        raise InvalidTypeError(
            "Expected argument 'order' to be imgaug.ALL, an int, a non-empty list of "
            f"ints or a StochasticParameter, got {order!r}."
        )
    for value in values:
        if not _is_int(value) or value not in allowed:
            raise InvalidValueError(
                f"Expected argument 'order' to contain only values in {list(allowed)} "
                f"for backend '{backend}', got {value!r}."
            )
    if isinstance(order, list):
        return iap.Choice(order)
    return iap.Deterministic(order)


def _handle_cval_arg(cval):
    """Turn `cval` into a parameter (``imgaug.ALL`` is the full uint8 range)."""
    if isinstance(cval, str) and cval == ia.ALL:
        return iap.Uniform(0, 255)
    return iap.handle_continuous_param(
        cval, "cval", value_range=None, tuple_to_uniform=True, list_to_choice=True
    )


def _handle_mode_arg(mode):
    """Turn `mode` into a parameter; names are checked against the known modes."""
    if isinstance(mode, str) and mode == ia.ALL:
        return iap.Choice(list(_warp.MODES))
    if isinstance(mode, iap.StochasticParameter):
        return mode
    if isinstance(mode, str):
        values = [mode]
    elif isinstance(mode, list) and mode:
        values = mode
    else:
        raise InvalidTypeError(
            "Expected argument 'mode' to be imgaug.ALL, a string, a non-empty list of "
            f"strings or a StochasticParameter, got {mode!r}."
        )
    for value in values:
        if value not in _warp.MODES:
            raise InvalidValueError(
                f"Expected argument 'mode' to contain only values in "
                f"{list(_warp.MODES)}, got {value!r}."
            )
    if isinstance(mode, list):
        return iap.Choice(mode)
    return iap.Deterministic(mode)


def _check_xy_dict(value, name):
    unknown = set(value) - {"x", "y"}
    if unknown or not value:
        raise InvalidValueError(
            f"Expected argument '{name}' as a dict to contain the key 'x' and/or "
            f"'y' (and no others), got keys {sorted(map(str, value))}."
        )


def _handle_scale_arg(scale):
    """Return one parameter or a tuple ``(param_x, param_y)``."""
    kwargs = {
        "value_range": (0 + 1e-4, None),
        "tuple_to_uniform": True,
        "list_to_choice": True,
    }
    if isinstance(scale, dict):
        _check_xy_dict(scale, "scale")
        return (
            iap.handle_continuous_param(scale.get("x", 1.0), "scale['x']", **kwargs),
            iap.handle_continuous_param(scale.get("y", 1.0), "scale['y']", **kwargs),
        )
    return iap.handle_continuous_param(scale, "scale", **kwargs)


def _handle_translate_arg(translate_percent, translate_px):
    """Return ``(param_x, param_y_or_None, "percent"|"px")``."""
    if translate_percent is not None and translate_px is not None:
        raise InvalidValueError(
            "Expected either argument 'translate_percent' or 'translate_px' to be "
            "provided, got both."
        )
    if translate_percent is None and translate_px is None:
        translate_px = 0
    if translate_percent is not None:
        name, value, unit = "translate_percent", translate_percent, "percent"

        def handle(val, nm):
            return iap.handle_continuous_param(
                val, nm, value_range=None, tuple_to_uniform=True, list_to_choice=True
            )

    else:
        name, value, unit = "translate_px", translate_px, "px"

        def handle(val, nm):
            return iap.handle_discrete_param(
                val,
                nm,
                value_range=None,
                tuple_to_uniform=True,
                list_to_choice=True,
                allow_floats=False,
            )

    if isinstance(value, dict):
        _check_xy_dict(value, name)
        return (
            handle(value.get("x", 0), f"{name}['x']"),
            handle(value.get("y", 0), f"{name}['y']"),
            unit,
        )
    return handle(value, name), None, unit


def _handle_translate_shortcut_args(percent, px):
    """Parameters for TranslateX/Y (checked here so that errors name their args)."""
    if percent is not None:
        percent = iap.handle_continuous_param(percent, "percent")
    if px is not None:
        px = iap.handle_discrete_param(px, "px", allow_floats=False)
    return percent, px


def _handle_shear_arg(shear):
    """Return ``(param or (param_x, param_y), "dict"|"single-number"|"other")``."""
    kwargs = {"value_range": None, "tuple_to_uniform": True, "list_to_choice": True}
    if isinstance(shear, dict):
        _check_xy_dict(shear, "shear")
        return (
            iap.handle_continuous_param(shear.get("x", 0), "shear['x']", **kwargs),
            iap.handle_continuous_param(shear.get("y", 0), "shear['y']", **kwargs),
        ), "dict"
    param_type = "other"
    if isinstance(shear, Real) and not isinstance(shear, bool):
        param_type = "single-number"
    return iap.handle_continuous_param(shear, "shear", **kwargs), param_type


def _draw_xy(param, nb_rows, random_state):
    """Draw one value per row from a parameter or a ``(param_x, param_y)`` pair."""
    if isinstance(param, tuple):
        return (
            _draw_list(param[0], (nb_rows,), random_state),
            _draw_list(param[1], (nb_rows,), random_state),
        )
    samples = _draw_list(param, (nb_rows,), random_state)
    return samples, samples


def _compute_linear_parts(scale_x, scale_y, rotate, shear_x, shear_y):
    """Per row, the linear part ``(a, b, d, e)`` of the 0.4.0 affine matrix.

    Plain floats per row (see :func:`imgaug._kernels.coords.affine_linear_part`):
    for the one to a few dozen rows of a typical batch they cost a fraction of
    small numpy arrays. Angles in degrees; arguments are lists of numbers.
    """
    return [
        _coords.affine_linear_part(*row)
        for row in zip(scale_x, scale_y, rotate, shear_x, shear_y)
    ]


def _to_int_if_not_float(values, dtype):
    """0.4.0 hands OpenCV ``int(cval)``; we keep fractional fills for float images."""
    if dtype.kind == "f":
        return values
    return [float(int(v)) for v in values]


def _to_images_container(images, results):
    """Combine results (``None`` = unchanged) and the inputs into the output.

    A list container receives the new arrays. An image array is never written
    (it may still be the caller's): a new array is returned where all shapes
    agree, a list otherwise, and the input itself if no row changed.
    """
    if isinstance(images, np.ndarray):
        if all(res is None for res in results):
            return images
        results = [images[i] if res is None else res for i, res in enumerate(results)]
        if len({result.shape for result in results}) == 1:
            return np.stack(results)
        return results
    for i, result in enumerate(results):
        if result is not None:
            images[i] = result
    return images


_CV2_ORDERS = {
    "nearest": cv2.INTER_NEAREST,
    "linear": cv2.INTER_LINEAR,
    "cubic": cv2.INTER_CUBIC,
    "lanczos4": cv2.INTER_LANCZOS4,
}
_CV2_MODES = {
    "replicate": cv2.BORDER_REPLICATE,
    "reflect": cv2.BORDER_REFLECT,
    "reflect_101": cv2.BORDER_REFLECT_101,
    "wrap": cv2.BORDER_WRAP,
    "constant": cv2.BORDER_CONSTANT,
}


def _handle_cv2_flag_arg(value, name, by_name):
    """Parameter for an OpenCV flag given as int, name, list of those or ALL."""
    flags = list(by_name.values())
    if isinstance(value, str) and value == ia.ALL:
        return iap.Choice(flags)
    if isinstance(value, iap.StochasticParameter):
        return value
    values = value if isinstance(value, list) else [value]
    if not values:
        raise InvalidValueError(f"Expected argument '{name}' to not be an empty list.")
    for item in values:
        valid = (_is_int(item) and item in flags) or (
            isinstance(item, str) and item in by_name
        )
        if not valid:
            raise InvalidValueError(
                f"Expected argument '{name}' to contain only OpenCV flags "
                f"{flags} or names {list(by_name)}, got {item!r}."
            )
    if isinstance(value, list):
        return iap.Choice(value)
    return iap.Deterministic(value)


# --------------------------------------------------------------------------
# samples
# --------------------------------------------------------------------------
class _AffineSamples:
    """Per-row samples of :class:`Affine`; the linear parts are built once."""

    __slots__ = (
        "linear",
        "translate_x",
        "translate_y",
        "translate_unit",
        "cval",
        "mode",
        "order",
    )

    def __init__(self, linear, translate_x, translate_y, translate_unit, cval, mode,
                 order):  # fmt: skip
        self.linear = linear
        self.translate_x = translate_x
        self.translate_y = translate_y
        self.translate_unit = translate_unit
        self.cval = cval
        self.mode = mode
        self.order = order

    def matrix(self, i, arr_shape, image_shape, fit_output, shift_add):
        """Return the matrix of row `i` for an array (or plane) of `arr_shape`.

        Parameters
        ----------
        i : int
            Row index.
        arr_shape : tuple of int
            Shape of the array (or coordinate plane) to transform.
        image_shape : tuple of int
            Shape of the row's image; pixel translations are scaled by
            ``arr_shape / image_shape``.
        fit_output : bool
            Whether to shift and enlarge the output to contain everything.
        shift_add : float
            ``0.5`` for arrays (pixel centres), ``0.0`` for coordinates.

        Returns
        -------
        matrix : imgaug._kernels.coords.Affine6
            The matrix.
        output_shape : tuple of int
            The output shape (trailing axes of `arr_shape` kept).
        identity : bool
            Whether the matrix is (close to) the identity.

        """
        height, width = arr_shape[0:2]
        if 0 in image_shape:
            return _IDENTITY6, tuple(arr_shape), True
        tx, ty = self.translate_x[i], self.translate_y[i]
        if self.translate_unit == "percent":
            tx, ty = tx * width, ty * height
        elif (height, width) != tuple(image_shape[0:2]):
            tx, ty = tx * (width / image_shape[1]), ty * (height / image_shape[0])
        center = (width / 2.0 - shift_add, height / 2.0 - shift_add)
        matrix = _coords.conjugate_with_translation(self.linear[i], (tx, ty), center)
        if fit_output:
            matrix, height, width = _coords.fit_output(matrix, height, width)
        output_shape = (height, width) + tuple(arr_shape[2:])
        return matrix, output_shape, _coords.is_identity(matrix)


_IDENTITY6 = (1.0, 0.0, 0.0, 0.0, 1.0, 0.0)


class _AffineCv2Samples:
    """Per-row samples of :class:`AffineCv2`."""

    __slots__ = ("linear", "translate_x", "translate_y", "neutral", "cval", "mode",
                 "order")  # fmt: skip

    def __init__(self, linear, translate_x, translate_y, neutral, cval, mode, order):
        self.linear = linear
        self.translate_x = translate_x
        self.translate_y = translate_y
        self.neutral = neutral
        self.cval = cval
        self.mode = mode
        self.order = order

    def to_matrix(self, i, arr_shape, image_shape):
        """Return the matrix of row `i` for an array of shape `arr_shape`."""
        height, width = arr_shape[0:2]
        translation = []
        for value, size, image_size in (
            (self.translate_x[i], width, image_shape[1]),
            (self.translate_y[i], height, image_shape[0]),
        ):
            if isinstance(value, float):  # fractions of the size; ints are pixels
                translation.append(int(np.round(float(value) * size)))
            else:
                translation.append(float(value) / image_size * size)
        center = (width / 2.0 - 0.5, height / 2.0 - 0.5)
        return _coords.to_matrix(
            _coords.conjugate_with_translation(self.linear[i], translation, center)
        )


# --------------------------------------------------------------------------
# augmenters
# --------------------------------------------------------------------------
class Affine(_SampledAugmenter):
    """Scale, translate, rotate and shear images and everything on them.

    One 3x3 matrix per image is composed (in 0.4.0 order) of a y-shear, then
    scaling, x-shear, rotation and translation, all around the image centre.
    Images are warped with it (OpenCV where possible, else scipy splines),
    heatmaps with cubic and segmentation maps with nearest-neighbour interpolation
    (both at their own resolution, filled with ``0``), and keypoints, bounding
    boxes, polygons and line strings are transformed exactly. Coordinates are
    neither clipped nor removed.

    Supported dtypes
    ----------------
    * ``uint8``, ``uint16``, ``int16``, ``float32``, ``float64``: yes; fully tested
    * ``bool``: yes; fully tested (1)
    * ``int8``: yes; fully tested (2)
    * ``float16``: yes; fully tested (3)
    * ``int32``: yes; fully tested (4)
    * ``uint32``: yes; fully tested (5)
    * ``uint64``, ``int64``, ``float128``: no (``ValueError``)

    - (1) Warped as float32, then ``> 0.5``.
    - (2) Order 0 in OpenCV, other orders as int16.
    - (3) Warped as float32.
    - (4) Order 0 in OpenCV; other orders via scipy (float64). Not with
      ``backend="cv2"`` and ``order != 0``.
    - (5) Via scipy (float64) only; rejected with ``backend="cv2"``.

    OpenCV serves orders 0, 1 and 3; orders 2, 4 and 5 and ``backend="skimage"``
    use ``scipy.ndimage`` splines (0.4.0 used skimage there) whose output is
    clipped to the input's value range. In the OpenCV route the fill value is
    truncated to an int for non-float images (as in 0.4.0) and kept as it is for
    float images; images with more than three channels use the first ``cval``
    sample for every channel, as does the scipy route.

    Parameters
    ----------
    scale : None or number or tuple or list or StochasticParameter or dict, optional
        Zoom factor, ``1.0`` keeps the size. A dict samples x and y independently,
        anything else samples one factor per image for both axes.
    translate_percent : None or number or tuple or list or dict or parameter, optional
        Translation as a fraction of the image width/height. Not together with
        `translate_px`.
    translate_px : None or int or tuple or list or StochasticParameter or dict, optional
        Translation in pixels. Maps at another resolution move proportionally.
    rotate : None or number or tuple or list or StochasticParameter, optional
        Rotation in degrees; positive values rotate clockwise on screen.
    shear : None or number or tuple or list or StochasticParameter or dict, optional
        Shear in degrees. A single number shears along x only; a tuple, list or
        parameter gives one sample per image used for both axes; a dict samples
        x and y independently.
    order : int or list of int or imgaug.ALL or StochasticParameter, optional
        Interpolation order for images: 0 nearest, 1 linear, 3 cubic; 2, 4, 5
        spline orders (not with ``backend="cv2"``).
    cval : number or tuple or list or imgaug.ALL or StochasticParameter, optional
        Fill value for ``mode="constant"``; sampled once per image and channel
        (first three channels). ``imgaug.ALL`` is ``Uniform(0, 255)``.
    mode : str or list of str or imgaug.ALL or StochasticParameter, optional
        How to fill new pixels: ``"constant"``, ``"edge"``, ``"symmetric"``,
        ``"reflect"`` or ``"wrap"``.
    fit_output : bool, optional
        Enlarge/shift the output so that the whole transformed image stays
        visible; the output shape then depends on the transformation.
    backend : {"auto", "skimage", "cv2"}, optional
        ``"auto"`` picks OpenCV when possible; ``"skimage"`` forces the spline
        route, ``"cv2"`` forces OpenCV.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.zeros((3, 3, 1), dtype=np.uint8)
    >>> image[1, 0] = 255
    >>> Affine(translate_px={"x": 1})(image=image)[:, :, 0]
    array([[  0,   0,   0],
           [  0, 255,   0],
           [  0,   0,   0]], dtype=uint8)

    """

    # warps build new arrays: the engine need not copy the caller's images first
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        scale=None,
        translate_percent=None,
        translate_px=None,
        rotate=None,
        shear=None,
        order=1,
        cval=0,
        mode="constant",
        fit_output=False,
        backend="auto",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        if backend not in _BACKENDS:
            raise InvalidValueError(
                f"Expected argument 'backend' to be one of {list(_BACKENDS)}, got "
                f"{backend!r}."
            )
        if all(
            arg is None
            for arg in (scale, translate_percent, translate_px, rotate, shear)
        ):
            scale = {"x": (0.9, 1.1), "y": (0.9, 1.1)}
            translate_percent = {"x": (-0.1, 0.1), "y": (-0.1, 0.1)}
            rotate = (-15, 15)
            shear = {"x": (-10, 10), "y": (-10, 10)}
        scale = 1.0 if scale is None else scale
        rotate = 0.0 if rotate is None else rotate
        shear = 0.0 if shear is None else shear

        self.backend = backend
        self.order = _handle_order_arg(order, backend)
        self.cval = _handle_cval_arg(cval)
        self.mode = _handle_mode_arg(mode)
        self.scale = _handle_scale_arg(scale)
        self.translate = _handle_translate_arg(translate_percent, translate_px)
        self.rotate = iap.handle_continuous_param(
            rotate,
            "rotate",
            value_range=None,
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        self.shear, self._shear_param_type = _handle_shear_arg(shear)
        self.fit_output = _check_bool(fit_output, "fit_output")

        # fixed settings for maps
        self._order_heatmaps = 3
        self._order_segmentation_maps = 0
        self._mode_heatmaps = "constant"
        self._mode_segmentation_maps = "constant"
        self._cval_heatmaps = 0
        self._cval_segmentation_maps = 0

    # sampling order: scale (x, y), translation (x, y), rotation, shear (x, y),
    # cval (N, 3), mode, order
    def _draw_samples(self, batch, random_state):
        nb_rows = batch.nb_rows
        scale_x, scale_y = _draw_xy(self.scale, nb_rows, random_state)
        translate_param = (
            self.translate[0:2] if self.translate[1] is not None else self.translate[0]
        )
        translate_x, translate_y = _draw_xy(translate_param, nb_rows, random_state)
        rotate = _draw_list(self.rotate, (nb_rows,), random_state)
        if self._shear_param_type == "single-number":
            shear_x = _draw_list(self.shear, (nb_rows,), random_state)
            shear_y = [0.0] * nb_rows
        else:
            shear_x, shear_y = _draw_xy(self.shear, nb_rows, random_state)
        cval = _draw_list(self.cval, (nb_rows, 3), random_state)
        mode = _draw_list(self.mode, (nb_rows,), random_state)
        order = _draw_list(self.order, (nb_rows,), random_state)
        linear = _compute_linear_parts(scale_x, scale_y, rotate, shear_x, shear_y)
        return _AffineSamples(
            linear,
            translate_x,
            translate_y,
            self.translate[2],
            cval,
            [str(value) for value in mode],
            [int(value) for value in order],
        )

    def _augment_images_by_samples(self, images, samples):
        return self._warp_images(images, samples, False)

    def _augment_images_by_samples_(self, images, samples):
        return self._warp_images(images, samples, True)

    def _warp_images(self, images, samples, in_place):
        """Warp every row; into `images` itself if `in_place` (array rows only).

        Without ``fit_output`` every row keeps its shape, so an image array gets
        its results written row by row into one output array (`images` itself
        if `in_place`, else a new one) instead of a list that is stacked.
        """
        into_array = (
            isinstance(images, np.ndarray) and not self.fit_output and images.size
        )
        out = None
        routes = {}
        results = []
        for i, image in enumerate(images):
            order = samples.order[i]
            route = routes.get((image.dtype, order))
            if route is None:
                route = _warp.choose_warp_route(image, order, self.backend, self)
                routes[(image.dtype, order)] = route
            shape = image.shape
            matrix, output_shape, identity = samples.matrix(
                i, shape, shape, self.fit_output, 0.5
            )
            if identity:
                results.append(None)  # unchanged
                continue
            if into_array and out is None:
                out = images if in_place else np.empty(images.shape, images.dtype)
            results.append(
                _warp.warp_affine_routed(
                    image,
                    _coords.to_matrix(matrix),
                    output_shape[0:2],
                    order=order,
                    mode=samples.mode[i],
                    cval=self._get_cval(image, samples.cval[i], route),
                    route=route,
                    out=None if out is None else out[i],
                )
            )
        if out is None:
            return _to_images_container(images, results)
        if out is not images:
            for i, result in enumerate(results):
                if result is None:
                    out[i] = images[i]
        return out

    @staticmethod
    def _get_cval(image, cval_row, route):
        """Return the fill value(s) for `image` under the route it will take."""
        nb_channels = image.shape[2] if image.ndim == 3 else 1
        if route == "cv2" and nb_channels <= 3:
            values = [float(value) for value in cval_row[0:nb_channels]]
        else:
            values = [float(cval_row[0])]
        if route == "cv2":
            values = _to_int_if_not_float(values, image.dtype)
        return values if len(values) > 1 else values[0]

    def _augment_maps_by_samples(self, maps, kind, samples):
        if kind == "heatmaps":
            attr, order = "arr_0to1", self._order_heatmaps
            mode, cval = self._mode_heatmaps, self._cval_heatmaps
        else:
            attr, order = "arr", self._order_segmentation_maps
            mode, cval = self._mode_segmentation_maps, self._cval_segmentation_maps
        for i, augmentable in enumerate(maps):
            arr = getattr(augmentable, attr)
            image_shape = augmentable.shape
            matrix, output_shape, identity = samples.matrix(
                i, arr.shape, image_shape, self.fit_output, 0.5
            )
            if identity:
                continue
            arr_aug = _warp.warp_affine(
                arr,
                _coords.to_matrix(matrix),
                output_shape,
                order=order,
                mode=mode,
                cval=cval,
                backend=self.backend,
            )
            if kind == "heatmaps" and order >= 2:
                np.clip(arr_aug, 0.0, 1.0, out=arr_aug)
            setattr(augmentable, attr, arr_aug)
            if self.fit_output:
                # the image's output shape, computed exactly as for the image
                augmentable.shape = samples.matrix(
                    i, image_shape, image_shape, True, 0.5
                )[1]
        return maps

    def _augment_keypoints_by_samples(self, kpsois, samples):
        for i, kpsoi in enumerate(kpsois):
            shape = kpsoi.shape
            # The image's own matrix (pixel-index space), applied to coordinates
            # shifted by half a pixel: points follow the image content exactly, also
            # with fit_output (0.4.0 fitted coordinates separately, off by up to 1 px).
            matrix, output_shape, identity = samples.matrix(
                i, shape, shape, self.fit_output, 0.5
            )
            if identity:
                continue
            if kpsoi.keypoints and 0 not in shape[0:2]:
                xy = _coords.apply_affine6(kpsoi.to_xy_array() - 0.5, matrix)
                kpsoi.fill_from_xy_array_(xy + 0.5)
            kpsoi.shape = output_shape
        return kpsois

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [
            self.scale,
            self.translate,
            self.rotate,
            self.shear,
            self.order,
            self.cval,
            self.mode,
            self.backend,
            self.fit_output,
        ]


class ScaleX(Affine):
    """Scale images along the x-axis (a shortcut for ``Affine(scale={"x": ...})``).

    Supported dtypes
    ----------------
    See :class:`Affine`.

    Parameters
    ----------
    scale : number or tuple or list or StochasticParameter, optional
        Zoom factor along x, see `scale` in :class:`Affine`.
    order, cval, mode, fit_output, backend : optional
        See :class:`Affine`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> aug = ScaleX((0.5, 1.5))

    """

    def __init__(
        self,
        scale=(0.5, 1.5),
        order=1,
        cval=0,
        mode="constant",
        fit_output=False,
        backend="auto",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            scale={"x": scale},
            order=order,
            cval=cval,
            mode=mode,
            fit_output=fit_output,
            backend=backend,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class ScaleY(Affine):
    """Scale images along the y-axis (a shortcut for ``Affine(scale={"y": ...})``).

    Supported dtypes
    ----------------
    See :class:`Affine`.

    Parameters
    ----------
    scale : number or tuple or list or StochasticParameter, optional
        Zoom factor along y, see `scale` in :class:`Affine`.
    order, cval, mode, fit_output, backend : optional
        See :class:`Affine`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> aug = ScaleY((0.5, 1.5))

    """

    def __init__(
        self,
        scale=(0.5, 1.5),
        order=1,
        cval=0,
        mode="constant",
        fit_output=False,
        backend="auto",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            scale={"y": scale},
            order=order,
            cval=cval,
            mode=mode,
            fit_output=fit_output,
            backend=backend,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class TranslateX(Affine):
    """Move images along the x-axis (a shortcut for :class:`Affine`).

    Supported dtypes
    ----------------
    See :class:`Affine`.

    Parameters
    ----------
    percent : None or number or tuple or list or StochasticParameter, optional
        Translation as a fraction of the width. If both `percent` and `px` are
        ``None``, ``(-0.25, 0.25)`` is used.
    px : None or int or tuple or list or StochasticParameter, optional
        Translation in pixels; not together with `percent`.
    order, cval, mode, fit_output, backend : optional
        See :class:`Affine`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> aug = TranslateX(px=(-20, 20))

    """

    def __init__(
        self,
        percent=None,
        px=None,
        order=1,
        cval=0,
        mode="constant",
        fit_output=False,
        backend="auto",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        if percent is None and px is None:
            percent = (-0.25, 0.25)
        percent, px = _handle_translate_shortcut_args(percent, px)
        super().__init__(
            translate_percent={"x": percent} if percent is not None else None,
            translate_px={"x": px} if px is not None else None,
            order=order,
            cval=cval,
            mode=mode,
            fit_output=fit_output,
            backend=backend,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class TranslateY(Affine):
    """Move images along the y-axis (a shortcut for :class:`Affine`).

    Supported dtypes
    ----------------
    See :class:`Affine`.

    Parameters
    ----------
    percent : None or number or tuple or list or StochasticParameter, optional
        Translation as a fraction of the height. If both `percent` and `px` are
        ``None``, ``(-0.25, 0.25)`` is used.
    px : None or int or tuple or list or StochasticParameter, optional
        Translation in pixels; not together with `percent`.
    order, cval, mode, fit_output, backend : optional
        See :class:`Affine`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> aug = TranslateY(percent=(-0.1, 0.1))

    """

    def __init__(
        self,
        percent=None,
        px=None,
        order=1,
        cval=0,
        mode="constant",
        fit_output=False,
        backend="auto",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        if percent is None and px is None:
            percent = (-0.25, 0.25)
        percent, px = _handle_translate_shortcut_args(percent, px)
        super().__init__(
            translate_percent={"y": percent} if percent is not None else None,
            translate_px={"y": px} if px is not None else None,
            order=order,
            cval=cval,
            mode=mode,
            fit_output=fit_output,
            backend=backend,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class Rotate(Affine):
    """Rotate images clockwise by degrees (a shortcut for ``Affine(rotate=...)``).

    Supported dtypes
    ----------------
    See :class:`Affine`.

    Parameters
    ----------
    rotate : number or tuple or list or StochasticParameter, optional
        Rotation in degrees, see `rotate` in :class:`Affine`.
    order, cval, mode, fit_output, backend : optional
        See :class:`Affine`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> aug = Rotate((-45, 45))

    """

    def __init__(
        self,
        rotate=(-30, 30),
        order=1,
        cval=0,
        mode="constant",
        fit_output=False,
        backend="auto",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            rotate=rotate,
            order=order,
            cval=cval,
            mode=mode,
            fit_output=fit_output,
            backend=backend,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class ShearX(Affine):
    """Shear images along the x-axis (a shortcut for ``Affine(shear={"x": ...})``).

    Supported dtypes
    ----------------
    See :class:`Affine`.

    Parameters
    ----------
    shear : number or tuple or list or StochasticParameter, optional
        Shear in degrees, see `shear` in :class:`Affine`.
    order, cval, mode, fit_output, backend : optional
        See :class:`Affine`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> aug = ShearX((-20, 20))

    """

    def __init__(
        self,
        shear=(-30, 30),
        order=1,
        cval=0,
        mode="constant",
        fit_output=False,
        backend="auto",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            shear={"x": shear},
            order=order,
            cval=cval,
            mode=mode,
            fit_output=fit_output,
            backend=backend,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class ShearY(Affine):
    """Shear images along the y-axis (a shortcut for ``Affine(shear={"y": ...})``).

    Supported dtypes
    ----------------
    See :class:`Affine`.

    Parameters
    ----------
    shear : number or tuple or list or StochasticParameter, optional
        Shear in degrees, see `shear` in :class:`Affine`.
    order, cval, mode, fit_output, backend : optional
        See :class:`Affine`.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> aug = ShearY((-20, 20))

    """

    def __init__(
        self,
        shear=(-30, 30),
        order=1,
        cval=0,
        mode="constant",
        fit_output=False,
        backend="auto",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            shear={"y": shear},
            order=order,
            cval=cval,
            mode=mode,
            fit_output=fit_output,
            backend=backend,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class AffineCv2(_SampledAugmenter):
    """Affine transformations with OpenCV (deprecated, use ``Affine(backend="cv2")``).

    Unlike :class:`Affine` the transformation has no y-shear, keeps the image size
    and takes OpenCV flags for `order` and `mode`. Float translation samples are
    fractions of the image size, int samples are pixels. All kinds are centred at
    ``(W/2 - 0.5, H/2 - 0.5)``, coordinates included (as in 0.4.0).

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * ``uint16``, ``int16``, ``float32``, ``float64``: yes; tested
    * ``bool``, ``int8``, ``float16``: yes; tested (1)
    * ``int32``: limited; tested (2)
    * ``uint32``, ``uint64``, ``int64``, ``float128``: no (``ValueError``)

    - (1) Converted as in :class:`Affine`'s OpenCV route.
    - (2) Only with ``INTER_NEAREST``.

    Parameters
    ----------
    scale : number or tuple or list or StochasticParameter or dict, optional
        See :class:`Affine`.
    translate_percent : None or number or tuple or list or dict or parameter, optional
        See :class:`Affine`.
    translate_px : None or int or tuple or list or StochasticParameter or dict, optional
        See :class:`Affine`.
    rotate : number or tuple or list or StochasticParameter, optional
        Clockwise rotation in degrees.
    shear : number or tuple or list or StochasticParameter, optional
        Shear along x in degrees.
    order : int or str or list or imgaug.ALL or StochasticParameter, optional
        ``cv2.INTER_NEAREST``, ``INTER_LINEAR``, ``INTER_CUBIC``, ``INTER_LANCZOS4``
        or their names ``"nearest"``, ``"linear"``, ``"cubic"``, ``"lanczos4"``.
    cval : number or tuple or list or imgaug.ALL or StochasticParameter, optional
        Fill value(s) in ``[0, 255]``, one sample per image and channel.
    mode : int or str or list or imgaug.ALL or StochasticParameter, optional
        ``cv2.BORDER_*`` flag or one of ``"replicate"``, ``"reflect"``,
        ``"reflect_101"``, ``"wrap"``, ``"constant"``.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import imgaug as ia
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore", ia.imgaug.DeprecationWarning)
    ...     aug = AffineCv2(rotate=(-10, 10))

    """

    def __init__(
        self,
        scale=1.0,
        translate_percent=None,
        translate_px=None,
        rotate=0.0,
        shear=0.0,
        order=cv2.INTER_LINEAR,
        cval=0,
        mode=cv2.BORDER_CONSTANT,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        ia.warn_deprecated(
            "AffineCv2 is deprecated. Use imgaug.augmenters.geometric.Affine(..., "
            "backend='cv2') instead.",
            stacklevel=3,
        )
        self.order = _handle_cv2_flag_arg(order, "order", _CV2_ORDERS)
        if isinstance(cval, str) and cval == ia.ALL:
            self.cval = iap.DiscreteUniform(0, 255)
        else:
            self.cval = iap.handle_discrete_param(
                cval,
                "cval",
                value_range=(0, 255),
                tuple_to_uniform=True,
                list_to_choice=True,
                allow_floats=True,
            )
        self.mode = _handle_cv2_flag_arg(mode, "mode", _CV2_MODES)
        self.scale = _handle_scale_arg(scale)
        param_x, param_y, _ = _handle_translate_arg(translate_percent, translate_px)
        self.translate = param_x if param_y is None else (param_x, param_y)
        self.rotate = iap.handle_continuous_param(
            rotate,
            "rotate",
            value_range=None,
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        self.shear = iap.handle_continuous_param(
            shear, "shear", value_range=None, tuple_to_uniform=True, list_to_choice=True
        )

    # sampling order: scale (x, y), translation (x, y), rotation, shear,
    # cval (N, 3), mode, order
    def _draw_samples(self, batch, random_state):
        nb_rows = batch.nb_rows
        scale_x, scale_y = _draw_xy(self.scale, nb_rows, random_state)
        translate_x, translate_y = _draw_xy(self.translate, nb_rows, random_state)
        rotate = _draw_list(self.rotate, (nb_rows,), random_state)
        shear = _draw_list(self.shear, (nb_rows,), random_state)
        cval = self.cval.draw_samples((nb_rows, 3), random_state=random_state)
        mode = self.mode.draw_samples((nb_rows,), random_state=random_state)
        order = self.order.draw_samples((nb_rows,), random_state=random_state)
        linear = _compute_linear_parts(scale_x, scale_y, rotate, shear, [0.0] * nb_rows)
        neutral = [
            row == (1, 1, 0, 0, 0, 0)
            for row in zip(scale_x, scale_y, translate_x, translate_y, rotate, shear)
        ]
        mode = [_CV2_MODES.get(m, m) if isinstance(m, str) else int(m) for m in mode]
        order = [_CV2_ORDERS.get(o, o) if isinstance(o, str) else int(o) for o in order]
        return _AffineCv2Samples(
            linear, translate_x, translate_y, neutral, cval, mode, order
        )

    def _warp(self, arr, matrix, order, mode, cval):
        flags = 0 if order == cv2.INTER_NEAREST else 1
        _warp.gate_warp_dtype(arr, flags, backend="cv2", augmenter=self)
        return _warp.warp_affine_cv2(arr, matrix, arr.shape[0:2], order, mode, cval)

    def _augment_images_by_samples(self, images, samples):
        for i, image in enumerate(images):
            if samples.neutral[i] or image.size == 0:
                continue
            matrix = samples.to_matrix(i, image.shape, image.shape)
            nb_channels = image.shape[2] if image.ndim == 3 else 1
            cval_row = samples.cval[i]
            cval = [int(v) for v in (cval_row if nb_channels <= 3 else cval_row[:1])]
            images[i] = self._warp(
                image, matrix, samples.order[i], samples.mode[i], cval[:nb_channels]
            )
        return images

    def _augment_maps_by_samples(self, maps, kind, samples):
        attr = "arr_0to1" if kind == "heatmaps" else "arr"
        for i, augmentable in enumerate(maps):
            arr = getattr(augmentable, attr)
            if samples.neutral[i] or arr.size == 0:
                continue
            matrix = samples.to_matrix(i, arr.shape, augmentable.shape)
            order = samples.order[i] if kind == "heatmaps" else cv2.INTER_NEAREST
            arr_aug = self._warp(arr, matrix, order, cv2.BORDER_CONSTANT, 0)
            if kind == "heatmaps":
                np.clip(arr_aug, 0.0, 1.0, out=arr_aug)
            setattr(augmentable, attr, arr_aug)
        return maps

    def _augment_keypoints_by_samples(self, kpsois, samples):
        for i, kpsoi in enumerate(kpsois):
            if samples.neutral[i] or not kpsoi.keypoints or 0 in kpsoi.shape[0:2]:
                continue
            matrix = samples.to_matrix(i, kpsoi.shape, kpsoi.shape)
            kpsoi.fill_from_xy_array_(_coords.apply_matrix(kpsoi.to_xy_array(), matrix))
        return kpsois

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [
            self.scale,
            self.translate,
            self.rotate,
            self.shear,
            self.order,
            self.cval,
            self.mode,
        ]


# --------------------------------------------------------------------------
# PiecewiseAffine
# --------------------------------------------------------------------------
class _PiecewiseAffineSamples:
    """Per-row mesh size, interpolation, fill and ``(rows * cols, 2)`` jitter."""

    __slots__ = ("nb_rows", "nb_cols", "order", "cval", "mode", "jitter")

    def __init__(self, nb_rows, nb_cols, order, cval, mode, jitter):
        self.nb_rows = nb_rows
        self.nb_cols = nb_cols
        self.order = order
        self.cval = cval
        self.mode = mode
        self.jitter = jitter


class PiecewiseAffine(_SampledAugmenter):
    """Move the points of a regular mesh randomly and warp images piecewise-affinely.

    Per image, a mesh of ``nb_rows x nb_cols`` control points spanning the image
    gets normally distributed offsets with standard deviation `scale` (a fraction
    of the image height/width, or pixels with `absolute_scale`); points stay
    inside the image. Each mesh triangle is warped by its own affine transform,
    which bends the image locally (output pixels near a control point show the
    input near the moved point). Heatmaps (bicubic) and segmentation maps
    (nearest neighbour) follow at their own resolution; keypoints, bounding
    boxes, polygons and line strings inside the image move exactly with the
    content (points outside of the image stay where they are).

    The warp is one ``cv2.remap`` with a map built from the mesh in a few
    vectorised passes (0.4.0 used scikit-image, about 50 times slower).

    Supported dtypes
    ----------------
    * ``uint8``, ``uint16``, ``int16``, ``float32``, ``float64``: yes; fully tested
    * ``bool``: yes; fully tested (1)
    * ``int8``: yes; fully tested (2)
    * ``float16``: yes; fully tested (3)
    * ``uint32``, ``int32``: yes; fully tested (4)
    * ``uint64``, ``int64``, ``float128``: no (``ValueError``)

    - (1) Order 0 as uint8, other orders as float32 and then ``> 0.5``.
    - (2) Order 0 directly, other orders as int16.
    - (3) As float32.
    - (4) ``int32`` with order 0 directly, otherwise as float64.

    Orders 0, 1 and 3 use OpenCV (3 = bicubic convolution), orders 2, 4 and 5
    scipy's splines (0.4.0 used scikit-image's splines for all orders).

    Parameters
    ----------
    scale : number or tuple or list or StochasticParameter, optional
        Standard deviation of the control point offsets, relative to the image
        height/width (or in pixels, see `absolute_scale`). Sampled once per
        batch (the offsets are then drawn per point).
    nb_rows, nb_cols : int or tuple of int or list of int or parameter, optional
        Number of control point rows/columns, at least 2; one value per image.
    order : int or list of int or imgaug.ALL or StochasticParameter, optional
        Interpolation order for images, ``0`` to ``5``.
    cval : number or tuple or list or imgaug.ALL or StochasticParameter, optional
        Fill value for ``mode="constant"``, one per image.
    mode : str or list of str or imgaug.ALL or StochasticParameter, optional
        ``"constant"``, ``"edge"``, ``"symmetric"``, ``"reflect"`` or ``"wrap"``.
    absolute_scale : bool, optional
        Whether `scale` is in pixels of the image instead of relative.
    polygon_recoverer : None or "auto" or _ConcavePolygonRecoverer, optional
        Repairs polygons that became invalid; ``None`` (the default) does not.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((16, 16, 3), 9, dtype=np.uint8)
    >>> out = PiecewiseAffine(scale=0.03, nb_rows=4, nb_cols=4, mode="edge")(
    ...     image=image
    ... )
    >>> bool(np.all(out == 9))  # a flat image stays flat
    True

    """

    # warps build new arrays: the engine need not copy the caller's images first
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        scale=(0.0, 0.04),
        nb_rows=(2, 4),
        nb_cols=(2, 4),
        order=1,
        cval=0,
        mode="constant",
        absolute_scale=False,
        polygon_recoverer=None,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        kwargs = {"tuple_to_uniform": True, "list_to_choice": True}
        self.scale = iap.handle_continuous_param(
            scale, "scale", value_range=(0, None), **kwargs
        )
        self.jitter = iap.Normal(loc=0, scale=self.scale)
        self.nb_rows = iap.handle_discrete_param(
            nb_rows, "nb_rows", value_range=(2, None), allow_floats=False, **kwargs
        )
        self.nb_cols = iap.handle_discrete_param(
            nb_cols, "nb_cols", value_range=(2, None), allow_floats=False, **kwargs
        )
        self.order = _handle_order_arg(order, backend="skimage")
        self.cval = _handle_cval_arg(cval)
        self.mode = _handle_mode_arg(mode)
        self.absolute_scale = _check_bool(absolute_scale, "absolute_scale")
        self.polygon_recoverer = _handle_polygon_recoverer_arg(polygon_recoverer)

        # fixed settings for maps
        self._order_heatmaps = 3
        self._order_segmentation_maps = 0
        self._mode_heatmaps = "constant"
        self._mode_segmentation_maps = "constant"
        self._cval_heatmaps = 0
        self._cval_segmentation_maps = 0

    # sampling order: nb_rows, nb_cols, order, cval, mode, then one jitter draw
    # (sum of rows * cols, 2) split per row
    def _draw_samples(self, batch, random_state):
        nb_images = batch.nb_rows
        shape = (nb_images,)
        nb_rows = np.maximum(_draw_list(self.nb_rows, shape, random_state), 2)
        nb_cols = np.maximum(_draw_list(self.nb_cols, shape, random_state), 2)
        order = _draw_list(self.order, shape, random_state)
        cval = _draw_list(self.cval, shape, random_state)
        mode = _draw_list(self.mode, shape, random_state)
        nb_points = nb_rows * nb_cols
        jitter = self.jitter.draw_samples(
            (int(nb_points.sum()), 2), random_state=random_state
        )
        jitter = np.split(jitter, np.cumsum(nb_points)[:-1])
        return _PiecewiseAffineSamples(
            nb_rows.tolist(),
            nb_cols.tolist(),
            [int(value) for value in order],
            cval,
            [str(value) for value in mode],
            jitter,
        )

    def _node_displacements(self, samples, i, arr_shape, image_shape):
        """Mesh of row `i` for an array of `arr_shape`; None if it moves nothing."""
        height, width = arr_shape[0:2]
        jitter = samples.jitter[i]
        if height <= 1 or width <= 1 or not np.any(jitter != 0):
            return None
        if self.absolute_scale:
            scale_yx = (height / image_shape[0], width / image_shape[1])
        else:
            scale_yx = (height, width)
        return _piecewise.node_displacements(
            jitter, samples.nb_rows[i], samples.nb_cols[i], height, width, scale_yx
        )

    def _augment_images_by_samples(self, images, samples):
        gated = set()
        results = []
        for i, image in enumerate(images):
            if image.dtype not in gated:
                iadt.gate_dtypes(image, augmenter=self, **_piecewise.DTYPES)
                gated.add(image.dtype)
            mode = samples.mode[i]
            if mode not in _warp.MODE_TO_CV2 or samples.order[i] not in range(6):
                raise InvalidValueError(
                    f"Expected samples of 'mode' in {list(_warp.MODES)} and of "
                    f"'order' in [0, 5], got {mode!r} and {samples.order[i]!r}."
                )
            node_disp = None
            if image.size > 0:
                node_disp = self._node_displacements(
                    samples, i, image.shape, image.shape
                )
            if node_disp is None:
                results.append(None)
                continue
            results.append(
                _piecewise.warp_mesh(
                    image, node_disp, samples.order[i], mode, samples.cval[i]
                )
            )
        return _to_images_container(images, results)

    def _augment_maps_by_samples(self, maps, kind, samples):
        if kind == "heatmaps":
            attr, order = "arr_0to1", self._order_heatmaps
            mode, cval = self._mode_heatmaps, self._cval_heatmaps
        else:
            attr, order = "arr", self._order_segmentation_maps
            mode, cval = self._mode_segmentation_maps, self._cval_segmentation_maps
        for i, augmentable in enumerate(maps):
            arr = getattr(augmentable, attr)
            if arr.size == 0:
                continue
            node_disp = self._node_displacements(
                samples, i, arr.shape, augmentable.shape
            )
            if node_disp is None:
                continue
            arr_aug = _piecewise.warp_mesh(arr, node_disp, order, mode, cval)
            if kind == "heatmaps" and order >= 2:
                np.clip(arr_aug, 0.0, 1.0, out=arr_aug)
            setattr(augmentable, attr, arr_aug)
        return maps

    def _augment_keypoints_by_samples(self, kpsois, samples):
        for i, kpsoi in enumerate(kpsois):
            shape = kpsoi.shape
            if not kpsoi.keypoints:
                continue
            node_disp = self._node_displacements(samples, i, shape, shape)
            if node_disp is None:
                continue
            xy = kpsoi.to_xy_array().astype(np.float64)
            inside = (
                (xy[:, 0] >= 0)
                & (xy[:, 0] < shape[1])
                & (xy[:, 1] >= 0)
                & (xy[:, 1] < shape[0])
            )
            if np.any(inside):
                # content at pixel index q - 0.5 (centres at integers)
                moved = _piecewise.inverse_points(
                    xy[inside] - 0.5, node_disp, shape[0], shape[1]
                )
                xy[inside] = moved + 0.5
                kpsoi.fill_from_xy_array_(xy)
        return kpsois

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [
            self.scale,
            self.nb_rows,
            self.nb_cols,
            self.order,
            self.cval,
            self.mode,
            self.absolute_scale,
        ]


# --------------------------------------------------------------------------
# PerspectiveTransform
# --------------------------------------------------------------------------
class _PerspectiveTransformSamples:
    """Per-row jitter ``(4, 2)``, fill values ``(3,)`` and OpenCV border mode."""

    __slots__ = ("jitter", "cval", "mode")

    def __init__(self, jitter, cval, mode):
        self.jitter = jitter
        self.cval = cval
        self.mode = mode


class PerspectiveTransform(_SampledAugmenter):
    """Warp images as if seen from a slightly different viewpoint.

    Per image, the four corners of a quadrilateral are placed at random distances
    from the image corners (drawn from a normal distribution with standard
    deviation `scale`, relative to the image size); the quadrilateral is then
    warped onto an upright rectangle, the size of its longer opposite edges (at
    least 2 pixels). With `keep_size` the result is scaled back to the input
    size, otherwise it keeps the rectangle's size. `fit_output` warps the whole
    image instead, so nothing is cut off. Heatmaps (bilinear) and segmentation
    maps (nearest neighbour) follow at their own resolution, filled with ``0``;
    keypoints, bounding boxes, polygons and line strings are transformed exactly.

    One ``cv2.warpPerspective`` per image: with `keep_size` the scaling back is
    part of the matrix, where 0.4.0 warped and then resized (two interpolations,
    about 30 % slower; the results differ by about one intensity level).

    Supported dtypes
    ----------------
    * ``uint8``, ``uint16``, ``int16``, ``float32``, ``float64``: yes; fully tested
    * ``bool``, ``float16``: yes; fully tested (1)
    * ``int8``: yes; fully tested (2)
    * ``uint32``, ``uint64``, ``int32``, ``int64``, ``float128``: no (``ValueError``)

    - (1) Warped as float32; bool results are ``> 0.5``.
    - (2) Warped as int16.

    Parameters
    ----------
    scale : number or tuple or list or StochasticParameter, optional
        Standard deviation of the corner offsets, as a fraction of the image
        width/height; sampled once per image. Typical values are up to ``0.1``.
    cval : number or tuple or list or imgaug.ALL or StochasticParameter, optional
        Fill value for ``mode="constant"``; three samples per image (channels
        beyond the third use the third). ``imgaug.ALL`` is ``Uniform(0, 255)``.
    mode : int or str or list or imgaug.ALL or StochasticParameter, optional
        ``"constant"`` (``cv2.BORDER_CONSTANT``) or ``"replicate"``
        (``cv2.BORDER_REPLICATE``); a list picks one per image.
    keep_size : bool, optional
        Resize the results back to the input size.
    fit_output : bool, optional
        Keep the whole image visible (the output grows accordingly).
    polygon_recoverer : "auto" or None or _ConcavePolygonRecoverer, optional
        Repairs polygons that became invalid; ``"auto"`` creates one.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((8, 8, 3), 5, dtype=np.uint8)
    >>> PerspectiveTransform(scale=0.0)(image=image).shape
    (8, 8, 3)

    """

    _BORDER_MODE_STR_TO_INT = {
        "replicate": cv2.BORDER_REPLICATE,
        "constant": cv2.BORDER_CONSTANT,
    }

    # warps build new arrays: the engine need not copy the caller's images first
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        scale=(0.0, 0.06),
        cval=0,
        mode="constant",
        keep_size=True,
        fit_output=False,
        polygon_recoverer="auto",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        scale = iap.handle_continuous_param(
            scale, "scale", value_range=(0, None), tuple_to_uniform=True,
            list_to_choice=True,
        )  # fmt: skip
        self.jitter = iap.Normal(loc=0, scale=scale)
        self.keep_size = _check_bool(keep_size, "keep_size")
        self.fit_output = _check_bool(fit_output, "fit_output")
        self.cval = _handle_cval_arg(cval)
        self.mode = self._handle_mode_arg(mode)
        self.polygon_recoverer = _handle_polygon_recoverer_arg(polygon_recoverer)
        # the shortest output side (as 0.4.0)
        self.min_width = 2
        self.min_height = 2

    @classmethod
    def _handle_mode_arg(cls, mode):
        flags = list(cls._BORDER_MODE_STR_TO_INT.values())
        if isinstance(mode, str) and mode == ia.ALL:
            return iap.Choice(flags)
        if isinstance(mode, iap.StochasticParameter):
            return mode
        values = mode if isinstance(mode, list) else [mode]
        for value in values:
            valid = (_is_int(value) and value in flags) or (
                isinstance(value, str) and value in cls._BORDER_MODE_STR_TO_INT
            )
            if not valid:
                raise InvalidValueError(
                    "Expected argument 'mode' to be imgaug.ALL, one of "
                    f"{list(cls._BORDER_MODE_STR_TO_INT)}, cv2.BORDER_REPLICATE, "
                    f"cv2.BORDER_CONSTANT, a list of these or a StochasticParameter, "
                    f"got {value!r}."
                )
        if isinstance(mode, list):
            if not mode:
                raise InvalidValueError("Expected argument 'mode' to not be empty.")
            return iap.Choice(mode)
        return iap.Deterministic(mode)

    # sampling order: cval (N, 3), mode (N,), then per row jitter (4, 2)
    def _draw_samples(self, batch, random_state):
        nb_rows = batch.nb_rows
        cval = self.cval.draw_samples((nb_rows, 3), random_state=random_state)
        modes = _draw_list(self.mode, (nb_rows,), random_state)
        # one draw per row: the jitter's scale is sampled per image (as 0.4.0)
        jitter = [
            self.jitter.draw_samples((4, 2), random_state=random_state)
            for _ in range(nb_rows)
        ]
        mode_flags = []
        for mode in modes:
            flag = self._BORDER_MODE_STR_TO_INT.get(mode, mode)
            if flag not in self._BORDER_MODE_STR_TO_INT.values():
                raise InvalidValueError(
                    f"Expected samples of 'mode' to be 'replicate', 'constant' or "
                    f"their cv2 flags, got {mode!r}."
                )
            mode_flags.append(int(flag))
        return _PerspectiveTransformSamples(jitter, cval.tolist(), mode_flags)

    def _augment_images_by_samples(self, images, samples):
        gated = set()
        results = []
        for i, image in enumerate(images):
            if image.dtype not in gated:
                iadt.gate_dtypes(image, augmenter=self, **_perspective.DTYPES)
                gated.add(image.dtype)
            height, width = image.shape[0:2]
            if image.size == 0:
                results.append(None)
                continue
            matrix, out_hw = self._matrix(samples, i, image.shape, True)
            warped = _perspective.warp_perspective(
                image,
                matrix,
                out_hw,
                cv2.INTER_LINEAR,
                samples.mode[i],
                samples.cval[i],
            )
            results.append(warped)
        if not self.keep_size:
            return [
                image if res is None else res for image, res in zip(images, results)
            ]
        return _to_images_container(images, results)

    def _augment_maps_by_samples(self, maps, kind, samples):
        if kind == "heatmaps":
            attr, interpolation = "arr_0to1", cv2.INTER_LINEAR
        else:
            attr, interpolation = "arr", cv2.INTER_NEAREST
        for i, augmentable in enumerate(maps):
            arr = getattr(augmentable, attr)
            if arr.size == 0:
                continue
            # the jitter is relative: the map's own matrix (as 0.4.0)
            matrix, out_hw = self._matrix(samples, i, arr.shape, True)
            warped = _perspective.warp_perspective(
                arr, matrix, out_hw, interpolation, cv2.BORDER_CONSTANT, 0
            )
            setattr(augmentable, attr, warped)
            if not self.keep_size:
                augmentable.shape = self._output_shape(samples, i, augmentable.shape)
        return maps

    def _matrix(self, samples, i, shape, pixel_centres):
        """Matrix and output size of row `i` for an array/plane of `shape`.

        With `keep_size` the scaling back to `shape` is part of the matrix: one
        warp instead of 0.4.0's warp and resize (see the class docstring).
        """
        height, width = shape[0:2]
        matrix, out_h, out_w = _perspective.perspective_matrix(
            samples.jitter[i], height, width, self.fit_output
        )
        if not self.keep_size:
            return matrix, (out_h, out_w)
        matrix = _perspective.scale_into(
            matrix, (out_h, out_w), (height, width), pixel_centres
        )
        return matrix, (height, width)

    def _output_shape(self, samples, i, shape):
        if 0 in shape[0:2]:
            return tuple(shape)
        _, out_h, out_w = _perspective.perspective_matrix(
            samples.jitter[i], shape[0], shape[1], self.fit_output
        )
        return (out_h, out_w) + tuple(shape[2:])

    def _augment_keypoints_by_samples(self, kpsois, samples):
        for i, kpsoi in enumerate(kpsois):
            shape = kpsoi.shape
            if 0 in shape[0:2]:
                continue
            matrix, out_hw = self._matrix(samples, i, shape, False)
            if kpsoi.keypoints:
                xy = _perspective.apply_perspective(kpsoi.to_xy_array(), matrix)
                kpsoi.fill_from_xy_array_(xy)
            kpsoi.shape = out_hw + tuple(shape[2:])
        return kpsois

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.jitter, self.keep_size, self.cval, self.mode, self.fit_output]


# --------------------------------------------------------------------------
# ElasticTransformation
# --------------------------------------------------------------------------
_ELASTIC_MODES = ("constant", "nearest", "reflect", "wrap")
# fields kept per batch for the other kinds of a row (beyond that: regenerated)
_ELASTIC_CACHE_BYTES = 64 * 1024 * 1024


class _ElasticTransformationSamples:
    """Per-row samples of :class:`ElasticTransformation`.

    The displacement field of row ``i`` is generated on first use from the row's
    seed (so only rows that need it pay for it) and shared by all kinds of the row.
    """

    __slots__ = ("alpha", "sigma", "order", "cval", "mode", "seeds", "shapes",
                 "_fields", "_cached_bytes")  # fmt: skip

    def __init__(self, alpha, sigma, order, cval, mode, seeds, shapes):
        self.alpha = alpha
        self.sigma = sigma
        self.order = order
        self.cval = cval
        self.mode = mode
        self.seeds = seeds
        self.shapes = shapes
        self._fields = {}
        self._cached_bytes = 0

    def field(self, i):
        """Return the ``(H, W, 2)`` field of row `i`, or None if it moves nothing."""
        height, width = self.shapes[i][0:2]
        alpha, sigma = float(self.alpha[i]), float(self.sigma[i])
        if alpha == 0 or height == 0 or width == 0:
            return None
        disp = self._fields.get(i)
        if disp is None:
            rng = iarandom.RNG(int(self.seeds[i]))
            shape = _elastic.noise_shape(height, width, sigma)
            # four uniform uint16 values per raw 64-bit word (2x faster to draw)
            # route: tests/perf/test_arithmetic_perf.py::test_draw_bits_uint16
            noise = _draw_bits_uint16(rng, shape)
            disp = _elastic.displacement_field(noise, alpha, sigma)
            if self._cached_bytes + disp.nbytes <= _ELASTIC_CACHE_BYTES:
                self._fields[i] = disp
                self._cached_bytes += disp.nbytes
        return disp


class ElasticTransformation(_SampledAugmenter):
    """Move pixels locally by a smooth random displacement field ("water-like").

    Per image, uniform noise in ``[-1, 1]`` is drawn for each axis, blurred with a
    Gaussian kernel of standard deviation `sigma` and multiplied by `alpha`; pixel
    ``(y, x)`` of the output shows the input at ``(y - dy, x - dx)``. Small `sigma`
    gives noisy, large `sigma` smooth deformations; `alpha` sets their strength.
    Heatmaps (bicubic, clipped to ``[0, 1]``) and segmentation maps (nearest
    neighbour) are warped with the same field, rescaled to their resolution, and
    filled with ``0``. Keypoints, bounding boxes, polygons and line strings move
    with the image content (see :func:`imgaug._kernels.elastic.transform_points`),
    except for ``alpha <= 0.05`` or ``sigma <= 1.0`` (too weak or too noisy to
    follow, as in 0.4.0). Polygons are repaired by `polygon_recoverer`.

    Supported dtypes
    ----------------
    * ``uint8``, ``uint16``, ``int16``, ``float32``, ``float64``: yes; fully tested
    * ``bool``: yes; fully tested (1)
    * ``int8``: yes; fully tested (2)
    * ``float16``: yes; fully tested (3)
    * ``uint32``, ``int32``: yes; fully tested (4)
    * ``uint64``, ``int64``: limited; tested (5)
    * ``float128``: no (``ValueError``)

    - (1) Order 0 as uint8, other orders as float32 and then ``> 0.5``.
    - (2) Order 0 directly, other orders as int16.
    - (3) As float32.
    - (4) ``int32`` with order 0 directly, otherwise as float64.
    - (5) Not with ``order=0`` (``ValueError``); as float64, so values beyond
      ``2**53`` lose precision.

    All dtypes go through OpenCV's ``remap`` (orders 2 to 5 as bicubic, as in
    0.4.0), except for images with a side of 32767 pixels or more, which OpenCV
    cannot handle: these use ``scipy.ndimage.map_coordinates`` (spline orders).

    Parameters
    ----------
    alpha : number or tuple or list or StochasticParameter, optional
        Strength of the displacement, in pixels per unit of blurred noise; one
        value per image. ``0`` changes nothing.
    sigma : number or tuple or list or StochasticParameter, optional
        Standard deviation of the Gaussian blur of the noise; one value per image.
    order : int or list of int or imgaug.ALL or StochasticParameter, optional
        Interpolation order in ``[0, 5]`` for images: 0 nearest neighbour,
        1 bilinear, 2 to 5 bicubic.
    cval : number or tuple or list or imgaug.ALL or StochasticParameter, optional
        Fill value for ``mode="constant"``, one per image (clipped to the dtype's
        value range). ``imgaug.ALL`` is ``Uniform(0, 255)``.
    mode : str or list of str or imgaug.ALL or StochasticParameter, optional
        How to fill pixels moved in from outside of the image: ``"constant"``,
        ``"nearest"`` (edge pixels), ``"reflect"`` (mirrored without repeating
        the edge) or ``"wrap"``.
    polygon_recoverer : "auto" or None or _ConcavePolygonRecoverer, optional
        Repairs polygons that became invalid; ``"auto"`` creates one, ``None``
        leaves them as they are.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((8, 8, 3), 7, dtype=np.uint8)
    >>> aug = ElasticTransformation(alpha=10.0, sigma=3.0, mode="nearest")
    >>> bool(np.all(aug(image=image) == 7))  # a flat image stays flat
    True

    """

    NB_NEIGHBOURING_KEYPOINTS = 3
    NEIGHBOURING_KEYPOINTS_DISTANCE = 1.0
    KEYPOINT_AUG_ALPHA_THRESH = 0.05
    KEYPOINT_AUG_SIGMA_THRESH = 1.0

    _MAPPING_MODE_SCIPY_CV2 = {
        "constant": cv2.BORDER_CONSTANT,
        "nearest": cv2.BORDER_REPLICATE,
        "reflect": cv2.BORDER_REFLECT_101,
        "wrap": cv2.BORDER_WRAP,
    }
    _MAPPING_ORDER_SCIPY_CV2 = {
        0: cv2.INTER_NEAREST,
        1: cv2.INTER_LINEAR,
        2: cv2.INTER_CUBIC,
        3: cv2.INTER_CUBIC,
        4: cv2.INTER_CUBIC,
        5: cv2.INTER_CUBIC,
    }

    # fixed settings for maps
    _order_heatmaps = 3
    _order_segmentation_maps = 0
    _mode_heatmaps = "constant"
    _mode_segmentation_maps = "constant"
    _cval_heatmaps = 0.0
    _cval_segmentation_maps = 0

    # remapping builds new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        alpha=(0.0, 40.0),
        sigma=(4.0, 8.0),
        order=3,
        cval=0,
        mode="constant",
        polygon_recoverer="auto",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        kwargs = {"tuple_to_uniform": True, "list_to_choice": True}
        self.alpha = iap.handle_continuous_param(
            alpha, "alpha", value_range=(0, None), **kwargs
        )
        self.sigma = iap.handle_continuous_param(
            sigma, "sigma", value_range=(0, None), **kwargs
        )
        if isinstance(order, str) and order == ia.ALL:
            self.order = iap.Choice([0, 1, 2, 3, 4, 5])
        else:
            self.order = iap.handle_discrete_param(
                order, "order", value_range=(0, 5), allow_floats=False, **kwargs
            )
        self.cval = _handle_cval_arg(cval)
        if isinstance(mode, tuple):
            mode = list(mode)
        self.mode = iap.handle_categorical_string_param(mode, "mode", _ELASTIC_MODES)
        self.polygon_recoverer = _handle_polygon_recoverer_arg(polygon_recoverer)

    # sampling order: alpha, sigma, order, cval, mode, field seeds
    def _draw_samples(self, batch, random_state):
        nb_rows = batch.nb_rows
        alpha = self.alpha.draw_samples((nb_rows,), random_state=random_state)
        sigma = self.sigma.draw_samples((nb_rows,), random_state=random_state)
        order = self.order.draw_samples((nb_rows,), random_state=random_state)
        cval = self.cval.draw_samples((nb_rows,), random_state=random_state)
        mode = self.mode.draw_samples((nb_rows,), random_state=random_state)
        seeds = random_state.generate_seeds_(nb_rows)
        for name, values in (("alpha", alpha), ("sigma", sigma)):
            if np.any(values < 0):
                raise InvalidValueError(
                    f"Expected samples of '{name}' to be >= 0, got {values.min()}."
                )
        for value in np.unique(order):
            if not 0 <= value <= 5:
                raise InvalidValueError(
                    f"Expected samples of 'order' to be in [0, 5], got {value}."
                )
        return _ElasticTransformationSamples(
            alpha, sigma, order, cval, mode, seeds, batch.get_rowwise_shapes()
        )

    def _augment_images_by_samples(self, images, samples):
        gated = set()
        out = None
        results = []
        for i, image in enumerate(images):
            order = int(samples.order[i])
            if (image.dtype, order) not in gated:
                _elastic.gate_remap_dtype(image, order, augmenter=self)
                gated.add((image.dtype, order))
            disp = samples.field(i) if image.size > 0 else None
            if disp is not None and disp.shape[0:2] != image.shape[0:2]:
                disp = _elastic.resize_displacement(disp, *image.shape[0:2])
            if disp is None:
                results.append(None)
                continue
            if isinstance(images, np.ndarray) and out is None:
                # array batches are remapped straight into one new array
                out = np.empty(images.shape, dtype=images.dtype)
            results.append(
                _elastic.remap(
                    image,
                    disp,
                    order=order,
                    mode=str(samples.mode[i]),
                    cval=float(samples.cval[i]),
                    out=out[i] if out is not None else None,
                )
            )
        if out is not None:
            for i, result in enumerate(results):
                source = images[i] if result is None else result
                if not np.shares_memory(source, out[i]):
                    out[i] = source
            return out
        return _to_images_container(images, results)

    def _augment_maps_by_samples(self, maps, kind, samples):
        if kind == "heatmaps":
            attr, order = "arr_0to1", self._order_heatmaps
            mode, cval = self._mode_heatmaps, self._cval_heatmaps
        else:
            attr, order = "arr", self._order_segmentation_maps
            mode, cval = self._mode_segmentation_maps, self._cval_segmentation_maps
        for i, augmentable in enumerate(maps):
            arr = getattr(augmentable, attr)
            disp = samples.field(i) if arr.size > 0 else None
            if disp is None:
                continue
            # R4: the field in the map's own pixels
            disp = _elastic.resize_displacement(disp, *arr.shape[0:2])
            arr_aug = _elastic.remap(arr, disp, order=order, mode=mode, cval=cval)
            if kind == "heatmaps" and order >= 2:
                np.clip(arr_aug, 0.0, 1.0, out=arr_aug)
            setattr(augmentable, attr, arr_aug)
        return maps

    def _augment_keypoints_by_samples(self, kpsois, samples):
        for i, kpsoi in enumerate(kpsois):
            if (
                not kpsoi.keypoints
                # compared in float32 (the samples' dtype) under NumPy 1.x and 2.x
                or samples.alpha[i] <= np.float32(self.KEYPOINT_AUG_ALPHA_THRESH)
                or samples.sigma[i] <= np.float32(self.KEYPOINT_AUG_SIGMA_THRESH)
                or 0 in kpsoi.shape[0:2]
            ):
                continue
            disp = samples.field(i)
            if disp is None:
                continue
            # R4: coordinates on another plane are moved in the field's pixels
            scale = np.array(disp.shape[1::-1], dtype=np.float64) / kpsoi.shape[1::-1]
            xy = kpsoi.to_xy_array() * scale
            xy = _elastic.transform_points(
                xy,
                disp,
                nb_steps=self.NB_NEIGHBOURING_KEYPOINTS,
                step_size=self.NEIGHBOURING_KEYPOINTS_DISTANCE,
            )
            kpsoi.fill_from_xy_array_(xy / scale)
        return kpsois

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.alpha, self.sigma, self.order, self.cval, self.mode]


# --------------------------------------------------------------------------
# Rot90
# --------------------------------------------------------------------------
class _Rot90Samples:
    """Per-row number of clockwise quarter turns (``0`` to ``3``)."""

    __slots__ = ("k",)

    def __init__(self, k):
        self.k = k


class Rot90(_SampledAugmenter):
    """Rotate images clockwise by multiples of 90 degrees.

    ``k=1`` is one clockwise quarter turn on screen; negative values turn
    counter-clockwise. Odd `k` swap height and width, unless `keep_size` resizes
    the result back to the input size. Heatmaps and segmentation maps are turned
    at their own resolution (and resized back with `keep_size`, cubic/nearest),
    keypoints, bounding boxes, polygons and line strings move with the pixels.

    Supported dtypes
    ----------------
    * ``uint8``, ``uint16``, ``uint32``, ``uint64``, ``int8``, ``int16``,
      ``int32``, ``int64``, ``float16``, ``float32``, ``float64``, ``float128``,
      ``bool``: yes; fully tested (1)

    - (1) Turning only moves values. With ``keep_size=True`` a non-square image
      turned by an odd `k` is resized back, which supports the dtypes of
      :func:`imgaug.imgaug.imresize_single_image` only.

    Parameters
    ----------
    k : int or list of int or tuple of int or imgaug.ALL or parameter, optional
        Number of clockwise quarter turns: an int, a tuple ``(a, b)`` for a
        random integer in ``[a, b]``, a list to pick from or ``imgaug.ALL``
        (``[0, 1, 2, 3]``); sampled once per image.
    keep_size : bool, optional
        Resize images whose height and width were swapped back to the input size.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.array([[1, 2], [3, 4]], dtype=np.uint8)
    >>> Rot90(1)(image=image)
    array([[3, 1],
           [4, 2]], dtype=uint8)

    """

    # turning builds new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        k=1,
        keep_size=True,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        if isinstance(k, str) and k == ia.ALL:
            k = [0, 1, 2, 3]
        self.k = iap.handle_discrete_param(
            k,
            "k",
            value_range=None,
            tuple_to_uniform=True,
            list_to_choice=True,
            allow_floats=False,
        )
        self.keep_size = _check_bool(keep_size, "keep_size")

    # sampling order: k
    def _draw_samples(self, batch, random_state):
        k = _draw_list(self.k, (batch.nb_rows,), random_state)
        return _Rot90Samples([int(value) % 4 for value in k])

    def _augment_images_by_samples(self, images, samples):
        results = []
        for image, k in zip(images, samples.k):
            if k == 0 or (self.keep_size and image.size == 0):
                results.append(None)
                continue
            image_rot = _rot90.rot90(image, k)
            if self.keep_size and image_rot.shape != image.shape:
                image_rot = ia.imresize_single_image(image_rot, image.shape[0:2])
            results.append(image_rot)
        if not self.keep_size:
            return [
                image if res is None else res for image, res in zip(images, results)
            ]
        return _to_images_container(images, results)

    def _augment_maps_by_samples(self, maps, kind, samples):
        attr = "arr_0to1" if kind == "heatmaps" else "arr"
        for i, (augmentable, k) in enumerate(zip(maps, samples.k)):
            if k == 0:
                continue
            arr = getattr(augmentable, attr)
            setattr(augmentable, attr, _rot90.rot90(arr, k))
            if self.keep_size:
                if k % 2 == 1 and arr.shape[0] != arr.shape[1]:
                    # heatmaps cubic, segmentation maps nearest (their defaults)
                    maps[i] = augmentable.resize(arr.shape[0:2])
            else:
                augmentable.shape = _rot90.rot90_shape(augmentable.shape, k)
        return maps

    def _augment_keypoints_by_samples(self, kpsois, samples):
        for kpsoi, k in zip(kpsois, samples.k):
            if k == 0:
                continue
            shape = kpsoi.shape
            shape_rot = _rot90.rot90_shape(shape, k)
            if kpsoi.keypoints:
                xy = _rot90.rot90_coords(kpsoi.to_xy_array(), k, *shape[0:2])
                if self.keep_size and shape_rot != tuple(shape) and 0 not in shape:
                    xy = project_coords_(xy, shape_rot, shape)
                kpsoi.fill_from_xy_array_(xy)
            if not self.keep_size:
                kpsoi.shape = shape_rot
        return kpsois

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.k, self.keep_size]


# --------------------------------------------------------------------------
# WithPolarWarping
# --------------------------------------------------------------------------
_BB_AS_POLYGON_TAG = "$$IMGAUG_BB_AS_POLYGON"


def _tag_label(label):
    return _BB_AS_POLYGON_TAG if label is None else f"{label};{_BB_AS_POLYGON_TAG}"


def _untag_label(label):
    """Return ``(was_tagged, original_label)``."""
    if label == _BB_AS_POLYGON_TAG:
        return True, None
    suffix = ";" + _BB_AS_POLYGON_TAG
    if isinstance(label, str) and label.endswith(suffix):
        return True, label[: -len(suffix)]
    return False, label


class WithPolarWarping(meta.Augmenter):
    """Apply child augmenters in a polar representation of the images.

    Images, heatmaps and segmentation maps are unrolled around their centre into
    polar form (rows: angle, columns: distance from the centre; nearest-neighbour
    sampling, as in 0.4.0), the children augment that, and the results are
    rolled back up to the input size. A translation along x in polar space thus
    zooms, one along y rotates. Keypoints, polygons and line strings are mapped
    with :meth:`warpPolarCoords`; bounding boxes take the detour over polygons
    (with two extra points per edge) and come back as their enclosing boxes.
    The round trip samples with nearest neighbour and loses some detail.

    Supported dtypes
    ----------------
    * ``uint8``, ``uint16``, ``int8``, ``int16``, ``int32``, ``float32``,
      ``float64``: yes; fully tested
    * ``bool``: yes; fully tested (1)
    * ``float16``: yes; fully tested (2)
    * ``uint32``, ``uint64``, ``int64``, ``float128``: no (``ValueError``)

    - (1) Warped as uint8.
    - (2) Warped as float32.

    The children must support the dtype as well.

    Parameters
    ----------
    children : None or Augmenter or list of Augmenter
        The augmenters to apply in polar space (wrapped in a ``Sequential``).
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import imgaug.augmenters as iaa
    >>> aug = WithPolarWarping(iaa.CropAndPad(percent=(-0.1, 0.1)))

    """

    # the polar images are new arrays: children copy the caller's only if needed
    _BORROWS_IMAGES = True

    def __init__(
        self,
        children,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.children = meta.handle_children_list(children, self.name, "then")

    def _augment_batch_(self, batch, random_state, parents, hooks):
        return meta._augment_children_with_hooks(
            self, batch, random_state, parents, hooks
        )

    def _augment_children(self, batch, random_state, parents, hooks):
        restore = {}
        had_polygons = None
        if batch.bounding_boxes is not None:
            had_polygons = self._bbs_to_polygons_(batch)
        for name in _AUGMENTABLE_NAMES:
            values = getattr(batch, name)
            if values is not None:
                restore[name], values = self._to_polar(name, values)
                setattr(batch, name, values)

        batch = self.children.augment_batch_(
            batch, parents=[*parents, self], hooks=hooks
        )

        for name, originals in restore.items():
            values = getattr(batch, name)
            if values is not None:
                setattr(batch, name, self._from_polar(name, values, originals))
        if had_polygons is not None:
            self._polygons_to_bbs_(batch, had_polygons)
        return batch

    def _to_polar(self, name, values):
        """Polar versions of a column and what is needed to invert them."""
        if name == "images":
            gated = set()
            shapes, polar = [], []
            for image in values:
                if image.dtype not in gated:
                    iadt.gate_dtypes(image, augmenter=self, **_polar.DTYPES)
                    gated.add(image.dtype)
                shapes.append(image.shape)
                polar.append(_polar.warp_polar(image) if image.size > 0 else image)
            if isinstance(values, np.ndarray) and len({p.shape for p in polar}) == 1:
                polar = np.stack(polar) if polar else values
            return shapes, polar
        if name in ("heatmaps", "segmentation_maps"):
            attr = "arr_0to1" if name == "heatmaps" else "arr"
            originals = []
            for augmentable in values:
                arr = getattr(augmentable, attr)
                originals.append((augmentable.shape, arr.shape))
                if arr.size > 0:
                    setattr(augmentable, attr, _polar.warp_polar(arr))
                augmentable.shape = self._polar_shape(augmentable.shape)
            return originals, values
        originals = []
        for cbaoi in values:
            shape = cbaoi.shape
            originals.append(shape)
            if 0 not in shape[0:2] and len(cbaoi.items) > 0:
                center, radius, polar_hw = _polar.polar_geometry(*shape[0:2])
                xy = self.warpPolarCoords(
                    cbaoi.to_xy_array(),
                    (polar_hw[1], polar_hw[0]),
                    center,
                    radius,
                    cv2.WARP_POLAR_LINEAR,
                )
                cbaoi.fill_from_xy_array_(xy)
            cbaoi.shape = self._polar_shape(shape)
        return originals, values

    @staticmethod
    def _polar_shape(shape):
        if 0 in shape[0:2]:
            return tuple(shape)
        _, _, polar_hw = _polar.polar_geometry(*shape[0:2])
        return polar_hw + tuple(shape[2:])

    def _from_polar(self, name, values, originals):
        if name == "images":
            results = []
            for image, shape in zip(values, originals):
                if 0 in shape[0:2] or image.size == 0:
                    results.append(image)
                else:
                    results.append(
                        _polar.warp_polar(image, inverse=True, cartesian_hw=shape[0:2])
                    )
            if isinstance(values, np.ndarray) and len({r.shape for r in results}) == 1:
                return np.stack(results)
            return results
        if name in ("heatmaps", "segmentation_maps"):
            attr = "arr_0to1" if name == "heatmaps" else "arr"
            for augmentable, (shape, arr_shape) in zip(values, originals):
                arr = getattr(augmentable, attr)
                if 0 not in arr_shape[0:2] and arr.size > 0:
                    setattr(
                        augmentable,
                        attr,
                        _polar.warp_polar(
                            arr, inverse=True, cartesian_hw=arr_shape[0:2]
                        ),
                    )
                augmentable.shape = shape
            return values
        for cbaoi, shape in zip(values, originals):
            if 0 not in shape[0:2] and len(cbaoi.items) > 0:
                center, radius, _ = _polar.polar_geometry(*shape[0:2])
                polar_shape = cbaoi.shape  # the children may have changed it
                xy = self.warpPolarCoords(
                    cbaoi.to_xy_array(),
                    (polar_shape[1], polar_shape[0]),
                    center,
                    radius,
                    cv2.WARP_POLAR_LINEAR | cv2.WARP_INVERSE_MAP,
                )
                cbaoi.fill_from_xy_array_(xy)
            cbaoi.shape = shape
        return values

    @staticmethod
    def _bbs_to_polygons_(batch):
        """Move the boxes into the polygon column (tagged); return their counts."""
        converted = []
        for bbsoi in batch.bounding_boxes:
            psoi = bbsoi.to_polygons_on_image().subdivide_(2)
            for polygon in psoi.polygons:
                polygon.label = _tag_label(polygon.label)
            converted.append(psoi)
        if batch.polygons is None:
            batch.polygons = converted
            had_polygons = False
        else:
            for psoi, extra in zip(batch.polygons, converted):
                psoi.polygons.extend(extra.polygons)
            had_polygons = True
        batch.bounding_boxes = None
        return had_polygons

    @staticmethod
    def _polygons_to_bbs_(batch, had_polygons):
        bbsois = []
        for psoi in batch.polygons:
            boxes, kept = [], []
            for polygon in psoi.polygons:
                tagged, label = _untag_label(polygon.label)
                if tagged:
                    box = polygon.to_bounding_box()
                    box.label = label
                    boxes.append(box)
                else:
                    kept.append(polygon)
            psoi.polygons = kept
            bbsois.append(BoundingBoxesOnImage(boxes, shape=psoi.shape))
        batch.bounding_boxes = bbsois
        if not had_polygons:
            batch.polygons = None

    @classmethod
    def warpPolarCoords(cls, src, dsize, center, maxRadius, flags):  # noqa: N802, N803
        """Map ``(N, 2)`` coordinates the way ``cv2.warpPolar`` maps pixels.

        Parameters
        ----------
        src : numpy.ndarray
            ``(N, 2)`` coordinates: cartesian ``(x, y)``, or polar ``(rho, phi)``
            with ``cv2.WARP_INVERSE_MAP`` in `flags`.
        dsize : tuple of int
            ``(width, height)`` of the polar image.
        center : tuple of float
            ``(x, y)`` of the centre in the cartesian image.
        maxRadius : float
            Radius that maps to the polar image's width.
        flags : int
            ``cv2.WARP_POLAR_LINEAR`` or ``cv2.WARP_POLAR_LOG``, optionally with
            ``cv2.WARP_INVERSE_MAP`` (polar to cartesian).

        Returns
        -------
        numpy.ndarray
            ``(N, 2)`` float32 coordinates.

        """
        return _polar.polar_coords(src, dsize, center, maxRadius, flags)

    def _to_deterministic(self):
        aug = super()._to_deterministic()
        aug.children = self.children.to_deterministic()
        return aug

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return []

    def get_children_lists(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_children_lists`."""
        return [self.children]

    def __str__(self):
        return (
            f"WithPolarWarping(name={self.name}, children={self.children}, "
            f"deterministic={self.deterministic})"
        )


# --------------------------------------------------------------------------
# Jigsaw
# --------------------------------------------------------------------------
class _JigsawSamples:
    """Per-row destination grid and the padding ``(top, right, bottom, left)``."""

    __slots__ = ("destinations", "paddings")

    def __init__(self, destinations, paddings):
        self.destinations = destinations
        self.paddings = paddings


class Jigsaw(_SampledAugmenter):
    """Cut images into a grid of cells and shuffle the cells locally.

    Per image, a grid of `nb_rows` x `nb_cols` cells is drawn and every cell may
    swap places with neighbouring cells up to `max_steps` times (see
    :func:`generate_jigsaw_destinations`). With `allow_pad` images are first
    padded with zeros on both sides to multiples of the grid size (as
    :class:`~imgaug.augmenters.size.CenterPadToMultiplesOf`), otherwise their
    height/width must already be divisible. Heatmaps and segmentation maps are
    shuffled at the image's resolution (resized there, padded, shuffled and
    resized back to their array size), keypoints move with their cells.

    Bounding boxes, polygons and line strings cannot follow a shuffle (their
    parts would be torn apart) and raise ``NotImplementedError``, as in 0.4.0.

    Supported dtypes
    ----------------
    See :func:`apply_jigsaw` (all dtypes); padding supports all dtypes as well.

    Parameters
    ----------
    nb_rows, nb_cols : int or tuple of int or list of int or parameter, optional
        Number of grid rows/columns (``>= 1``), one value per image.
    max_steps : int or tuple of int or list of int or StochasticParameter, optional
        Largest number of swaps per cell (``>= 0``), one value per image.
    allow_pad : bool, optional
        Pad images to multiples of the grid size instead of raising an error.
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.arange(16, dtype=np.uint8).reshape((4, 4))
    >>> out = Jigsaw(nb_rows=2, nb_cols=2, max_steps=1, seed=2)(image=image)
    >>> sorted(out.ravel().tolist()) == list(range(16))  # cells only move
    True

    """

    _KINDS = ("images", "heatmaps", "segmentation_maps", "keypoints")

    # padding and shuffling build new arrays: no copy of the caller's images
    # (declared again because _augment_batch_ is overridden)
    _BORROWS_IMAGES = True
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        nb_rows=(3, 10),
        nb_cols=(3, 10),
        max_steps=1,
        allow_pad=True,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        kwargs = {"tuple_to_uniform": True, "list_to_choice": True}
        self.nb_rows = iap.handle_discrete_param(
            nb_rows, "nb_rows", value_range=(1, None), allow_floats=False, **kwargs
        )
        self.nb_cols = iap.handle_discrete_param(
            nb_cols, "nb_cols", value_range=(1, None), allow_floats=False, **kwargs
        )
        self.max_steps = iap.handle_discrete_param(
            max_steps, "max_steps", value_range=(0, None), allow_floats=False, **kwargs
        )
        self.allow_pad = _check_bool(allow_pad, "allow_pad")

    def _augment_batch_(self, batch, random_state, parents, hooks):
        for kind in ("bounding_boxes", "polygons", "line_strings"):
            if getattr(batch, kind) is not None:
                raise NotImplementedError(
                    "Jigsaw currently only supports augmentation of images, "
                    "heatmaps, segmentation maps and keypoints. Explicitly not "
                    "supported are: bounding boxes, polygons and line strings."
                )
        return super()._augment_batch_(batch, random_state, parents, hooks)

    # sampling order: nb_rows, nb_cols, max_steps, then per row the destinations
    # (two draws each, see generate_jigsaw_destinations)
    def _draw_samples(self, batch, random_state):
        nb_images = batch.nb_rows
        shape = (nb_images,)
        nb_rows = _draw_list(self.nb_rows, shape, random_state)
        nb_cols = _draw_list(self.nb_cols, shape, random_state)
        max_steps = _draw_list(self.max_steps, shape, random_state)
        destinations, paddings = [], []
        for rows, cols, steps, image_shape in zip(
            nb_rows, nb_cols, max_steps, batch.get_rowwise_shapes()
        ):
            if rows < 1 or cols < 1 or steps < 0:
                raise InvalidValueError(
                    f"Expected samples of 'nb_rows' and 'nb_cols' >= 1 and of "
                    f"'max_steps' >= 0, got {rows}, {cols} and {steps}."
                )
            destinations.append(
                _jigsaw.generate_destinations(
                    int(rows), int(cols), int(steps), random_state
                )
            )
            paddings.append(
                _pad.compute_paddings_to_reach_multiples_of(image_shape, rows, cols)
                if self.allow_pad
                else (0, 0, 0, 0)
            )
        return _JigsawSamples(destinations, paddings)

    def _augment_images_by_samples(self, images, samples):
        results = []
        for image, destinations, paddings in zip(
            images, samples.destinations, samples.paddings
        ):
            if any(paddings):
                image = _pad.pad(image, *paddings, mode="constant", cval=0)
            results.append(_jigsaw.apply_jigsaw(image, destinations))
        return _to_images_container(images, results)

    def _augment_maps_by_samples(self, maps, kind, samples):
        attr = "arr_0to1" if kind == "heatmaps" else "arr"
        for i, augmentable in enumerate(maps):
            arr_shape = getattr(augmentable, attr).shape
            image_shape = augmentable.shape
            # shuffled at the image's resolution, where the grid is defined
            if arr_shape[0:2] != image_shape[0:2]:
                augmentable = augmentable.resize(image_shape[0:2])
            arr = getattr(augmentable, attr)
            paddings = samples.paddings[i]
            if any(paddings):
                arr = _pad.pad(arr, *paddings, mode="constant", cval=0)
            setattr(
                augmentable, attr, _jigsaw.apply_jigsaw(arr, samples.destinations[i])
            )
            augmentable.shape = _padded_shape(image_shape, paddings)
            # back to the array size (as 0.4.0), which now covers the padded image
            if arr.shape[0:2] != arr_shape[0:2]:
                resized = augmentable.resize(arr_shape[0:2])
                resized.shape = augmentable.shape
                augmentable = resized
            maps[i] = augmentable
        return maps

    def _augment_keypoints_by_samples(self, kpsois, samples):
        for kpsoi, destinations, paddings in zip(
            kpsois, samples.destinations, samples.paddings
        ):
            shape = _padded_shape(kpsoi.shape, paddings)
            if kpsoi.keypoints:
                xy = kpsoi.to_xy_array()
                xy[:, 0] += paddings[3]
                xy[:, 1] += paddings[0]
                kpsoi.fill_from_xy_array_(
                    _jigsaw.apply_jigsaw_to_coords(xy, destinations, shape)
                )
            kpsoi.shape = shape
        return kpsois

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.nb_rows, self.nb_cols, self.max_steps, self.allow_pad]


def _padded_shape(shape, paddings):
    top, right, bottom, left = paddings
    return (shape[0] + top + bottom, shape[1] + left + right) + tuple(shape[2:])
