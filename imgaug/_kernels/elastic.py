"""Elastic deformation kernels: smoothed random displacement fields and their use.

An elastic deformation moves every pixel by a displacement ``(dx, dy)`` taken from
a field of uniform noise in ``[-1, 1]`` (one field per axis) that is blurred with a
Gaussian kernel of standard deviation ``sigma`` and scaled by ``alpha``. Output
pixel ``(y, x)`` receives the input value at ``(y - dy, x - dx)`` (interpolated).

The kernels take the random numbers as arguments and never draw any themselves:

* `noise_shape` tells the caller which noise array to draw for an image size,
* `displacement_field` blurs and scales that noise into an ``(H, W, 2)`` field,
* `remap` warps an array with a field (OpenCV's ``remap``; scipy for sizes OpenCV
  cannot handle), `resize_displacement` adapts a field to maps of another size,
* `transform_points` moves ``(N, 2)`` coordinates along with the image content,
* `geometric_median_many` is the vectorised geometric median used by it.

Kernel size rule (as 0.4.0's ``blur_gaussian_``): ``k = 3.3 sigma`` for
``sigma < 3``, ``2.9 sigma`` for ``sigma < 5``, else ``2.6 sigma``; then
``int(max(k, 5))``, made odd. The noise is drawn with a border of ``k // 2``
pixels on each side, so that the blurred field inside the image never depends on
the blur's border handling (0.4.0 drew ``k`` pixels; the extra ones are cut off
again without influencing the result statistics).

The field is always computed at full resolution. The kernel stops at about
``+-1.3 sigma``, where its weights are still ~40% of the peak, so the blurred
field keeps fine detail at every sigma. Sampling it exactly on every 2nd pixel
and upsampling it (bicubic) is off by ~10% of the field's RMS (sigma=5, alpha=50:
0.24 px mean, 2.1 px max; sigma=20, alpha=200: 0.12 px mean, 1.1 px max), while an
untruncated Gaussian would be off by < 0.01 px mean. The blur itself is already
the fastest exact route (``GaussianBlur`` and ``sepFilter2D`` on float32 are
equally fast; uint8/uint16 inputs are slower).
"""

from __future__ import annotations

import functools
from numbers import Real
from typing import Any

import cv2
import numpy as np

import imgaug.dtypes as iadt
from imgaug._kernels import cv2util
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "CV2_MAX_SIDE",
    "MODES",
    "MODE_TO_CV2",
    "ORDER_TO_CV2",
    "SIGMA_EPS",
    "choose_backend",
    "compute_ksize",
    "displacement_field",
    "gate_remap_dtype",
    "geometric_median_many",
    "noise_shape",
    "clip_cval",
    "remap",
    "remap_cv2",
    "remap_scipy",
    "resize_displacement",
    "transform_points",
]

#: Border modes (scipy names, as in 0.4.0) and their OpenCV flags.
MODE_TO_CV2 = {
    "constant": cv2.BORDER_CONSTANT,
    "nearest": cv2.BORDER_REPLICATE,
    "reflect": cv2.BORDER_REFLECT_101,
    "wrap": cv2.BORDER_WRAP,
}
MODES = tuple(MODE_TO_CV2)

# the same modes in scipy.ndimage terms, chosen to agree with the OpenCV route
_MODE_TO_NDIMAGE = {
    "constant": "grid-constant",
    "nearest": "nearest",
    "reflect": "mirror",
    "wrap": "grid-wrap",
}

#: Interpolation order -> OpenCV flag (0.4.0: orders 2 to 5 use bicubic).
ORDER_TO_CV2 = {
    0: cv2.INTER_NEAREST,
    1: cv2.INTER_LINEAR,
    2: cv2.INTER_CUBIC,
    3: cv2.INTER_CUBIC,
    4: cv2.INTER_CUBIC,
    5: cv2.INTER_CUBIC,
}

#: Standard deviations up to this value leave the noise unblurred.
SIGMA_EPS = 1e-3

#: OpenCV's remap handles arrays with sides below this length only.
CV2_MAX_SIDE = 32767

# uint16 noise u stands for the uniform value u / _NOISE_HALF - 1 in [-1, 1]
_NOISE_HALF = 65535 / 2.0

_DTYPES_ORDER_0 = {
    "allowed": [
        "bool",
        "uint8",
        "uint16",
        "uint32",
        "int8",
        "int16",
        "int32",
        "float16",
        "float32",
        "float64",
    ],
    "disallowed": ["uint64", "int64", "float128"],
}
_DTYPES_OTHER_ORDERS = {
    "allowed": [*_DTYPES_ORDER_0["allowed"], "uint64", "int64"],
    "disallowed": ["float128"],
}
_ORDER_0_DTYPES = frozenset(np.dtype(n) for n in _DTYPES_ORDER_0["allowed"])
_OTHER_ORDERS_DTYPES = frozenset(np.dtype(n) for n in _DTYPES_OTHER_ORDERS["allowed"])
# dtypes OpenCV's remap serves as they are (orders 0, 1 and bicubic)
_CV2_NATIVE = frozenset(
    np.dtype(n) for n in ("uint8", "uint16", "int16", "float32", "float64")
)
_BACKENDS = ("auto", "cv2", "scipy")


# --------------------------------------------------------------------------
# displacement fields
# --------------------------------------------------------------------------
def compute_ksize(sigma: float) -> int:
    """Return the (odd) Gaussian kernel size used for a standard deviation.

    Parameters
    ----------
    sigma : float
        Standard deviation of the blur.

    Returns
    -------
    int
        Odd kernel size, at least 5.

    Examples
    --------
    >>> compute_ksize(1.0), compute_ksize(4.0), compute_ksize(8.0)
    (5, 11, 21)

    """
    if sigma < 3.0:
        ksize = 3.3 * sigma
    elif sigma < 5.0:
        ksize = 2.9 * sigma
    else:
        ksize = 2.6 * sigma
    ksize = int(max(ksize, 5))
    return ksize + 1 if ksize % 2 == 0 else ksize


def noise_shape(height: int, width: int, sigma: float) -> tuple[int, int, int]:
    """Return the shape of the noise `displacement_field` expects.

    Parameters
    ----------
    height, width : int
        Size of the image the field is for.
    sigma : float
        Standard deviation of the blur.

    Returns
    -------
    tuple of int
        ``(height + 2 p, width + 2 p, 2)`` with the border ``p = ksize // 2``.

    Examples
    --------
    >>> noise_shape(10, 20, 4.0)
    (20, 30, 2)

    """
    pad = compute_ksize(sigma) // 2
    return (int(height) + 2 * pad, int(width) + 2 * pad, 2)


def displacement_field(noise: np.ndarray, alpha: float, sigma: float) -> np.ndarray:
    """Blur noise with a Gaussian kernel, scale it and cut off its border.

    Parameters
    ----------
    noise : numpy.ndarray
        Array of the shape `noise_shape` returns, channel 0 for x, 1 for y.
        ``uint16`` values ``u`` stand for ``u / 32767.5 - 1`` (uniform noise in
        ``[-1, 1]``, cheaper to draw than floats); float arrays are used as they
        are.
    alpha : float
        Strength: the blurred noise is multiplied by it.
    sigma : float
        Standard deviation of the blur (see the module docstring for the kernel
        size); ``sigma <= SIGMA_EPS`` leaves the noise unblurred.

    Returns
    -------
    numpy.ndarray
        ``(H, W, 2)`` float32 field of ``(dx, dy)`` displacements in pixels.

    Examples
    --------
    >>> import numpy as np
    >>> noise = np.full(noise_shape(2, 3, 4.0), 65535, dtype=np.uint16)
    >>> displacement_field(noise, 2.0, 4.0)[:, :, 0]
    array([[2., 2., 2.],
           [2., 2., 2.]], dtype=float32)

    """
    if noise.ndim != 3 or noise.shape[2] != 2:
        raise InvalidValueError(
            f"Expected argument 'noise' to have shape (H, W, 2), got {noise.shape}."
        )
    ksize = compute_ksize(sigma)
    pad = ksize // 2
    height, width = noise.shape[0] - 2 * pad, noise.shape[1] - 2 * pad
    if height < 0 or width < 0:
        raise InvalidValueError(
            f"Expected argument 'noise' to be at least {2 * pad} pixels high and "
            f"wide for sigma={sigma}, got shape {noise.shape}."
        )
    if noise.dtype == np.uint16:
        scale, offset = alpha / _NOISE_HALF, -alpha
    else:
        scale, offset = alpha, 0.0
    field = noise.astype(np.float32)
    if sigma > SIGMA_EPS and field.size > 0:
        # both axes in one call: a 2-channel blur costs about as much as one
        field = cv2.GaussianBlur(
            field,
            (ksize, ksize),
            sigmaX=float(sigma),
            sigmaY=float(sigma),
            borderType=cv2.BORDER_REFLECT_101,
        )
    core = field[pad : pad + height, pad : pad + width]
    # the blur is linear and keeps constants, so the noise mapping is applied after
    result = np.multiply(core, np.float32(scale))
    if offset != 0.0:
        result += np.float32(offset)
    return result


def resize_displacement(disp: np.ndarray, height: int, width: int) -> np.ndarray:
    """Adapt a field to an array of another size (e.g. a half-resolution map).

    The field is resized bilinearly and its x/y displacements are scaled by the
    width/height ratio, so that it describes the same deformation in the
    coordinates of the other array.

    Parameters
    ----------
    disp : numpy.ndarray
        ``(H, W, 2)`` float32 field.
    height, width : int
        Size of the other array.

    Returns
    -------
    numpy.ndarray
        ``(height, width, 2)`` float32 field (a new array, or `disp` itself if
        the size is unchanged).

    """
    src_h, src_w = disp.shape[0:2]
    if (src_h, src_w) == (height, width):
        return disp
    if 0 in (height, width, src_h, src_w):
        return np.zeros((height, width, 2), dtype=np.float32)
    resized = cv2.resize(
        disp, (int(width), int(height)), interpolation=cv2.INTER_LINEAR
    )
    resized = resized.reshape((height, width, 2))
    resized *= np.float32([width / src_w, height / src_h])
    return resized


@functools.lru_cache(maxsize=8)
def _pixel_grid(height: int, width: int) -> np.ndarray:
    """``(H, W, 2)`` float32 array of pixel ``(x, y)`` indices (read-only, cached)."""
    grid = np.empty((height, width, 2), dtype=np.float32)
    grid[:, :, 0] = np.arange(width, dtype=np.float32)[np.newaxis, :]
    grid[:, :, 1] = np.arange(height, dtype=np.float32)[:, np.newaxis]
    grid.setflags(write=False)
    return grid


# --------------------------------------------------------------------------
# remapping arrays
# --------------------------------------------------------------------------
def choose_backend(shape: tuple[int, ...], backend: str = "auto") -> str:
    """Return the route `remap` takes for an array shape: ``"cv2"`` or ``"scipy"``.

    Parameters
    ----------
    shape : tuple of int
        Shape of the array to remap.
    backend : {"auto", "cv2", "scipy"}, optional
        ``"auto"`` uses OpenCV unless a side reaches `CV2_MAX_SIDE`; the other
        two force a route.

    Returns
    -------
    str
        ``"cv2"`` or ``"scipy"``.

    """
    if backend not in _BACKENDS:
        raise InvalidValueError(
            f"Expected argument 'backend' to be one of {list(_BACKENDS)}, got "
            f"{backend!r}."
        )
    if backend != "auto":
        return backend
    # route: tests/perf/test_elastic_perf.py::test_remap_cv2_vs_scipy
    if max(shape[0:2], default=0) >= CV2_MAX_SIDE:
        return "scipy"
    return "cv2"


def gate_remap_dtype(dtype: Any, order: int, augmenter: Any = None) -> None:
    """Raise ``ValueError`` if arrays of `dtype` cannot be remapped with `order`.

    Parameters
    ----------
    dtype : numpy.ndarray or dtype-like
        Array or dtype to check.
    order : int
        Interpolation order; ``uint64``/``int64`` need ``order != 0``.
    augmenter : None or imgaug.augmenters.meta.Augmenter, optional
        Augmenter named in the error message.

    """
    gates = _DTYPES_ORDER_0 if order == 0 else _DTYPES_OTHER_ORDERS
    iadt.gate_dtypes(dtype, augmenter=augmenter, **gates)


def remap(
    image: np.ndarray,
    disp: np.ndarray,
    order: int = 3,
    mode: str = "constant",
    cval: Any = 0,
    backend: str = "auto",
    out: np.ndarray | None = None,
) -> np.ndarray:
    """Warp an ``(H, W)`` or ``(H, W, C)`` array with a displacement field.

    Output pixel ``(y, x)`` receives the input value at
    ``(y - disp[y, x, 1], x - disp[y, x, 0])``.

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
    - (2) Order 0 directly, other orders as int16, then clipped.
    - (3) As float32.
    - (4) ``int32`` with order 0 directly, otherwise as float64 (exact).
    - (5) Only ``order != 0`` (order 0 raises ``ValueError``), as float64:
      values beyond ``2**53`` lose precision.

    Parameters
    ----------
    image : numpy.ndarray
        Array to warp.
    disp : numpy.ndarray
        ``(H, W, 2)`` float32 field of ``(dx, dy)``, same height and width as
        `image`.
    order : int, optional
        0 nearest, 1 linear, 2 to 5 bicubic in OpenCV (0.4.0 behaviour); spline
        orders in the scipy route.
    mode : {"constant", "nearest", "reflect", "wrap"}, optional
        How to fill pixels sampled from outside of the input (scipy names;
        ``"reflect"`` mirrors without repeating the edge pixel).
    cval : number, optional
        Fill value for ``mode="constant"``, clipped to the dtype's value range.
    backend : {"auto", "cv2", "scipy"}, optional
        See `choose_backend`.
    out : None or numpy.ndarray, optional
        C-contiguous array of the result's shape and dtype to write into; the
        result may still be a new array if it cannot be used.

    Returns
    -------
    numpy.ndarray
        The warped array (new, or `out`), same shape and dtype as `image`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.arange(4, dtype=np.uint8).reshape((1, 4))
    >>> disp = np.zeros((1, 4, 2), dtype=np.float32)
    >>> disp[:, :, 0] = 1.0  # everything moves one pixel to the right
    >>> remap(image, disp, order=0)
    array([[0, 0, 1, 2]], dtype=uint8)

    """
    if not isinstance(image, np.ndarray):
        raise InvalidTypeError(
            f"Expected argument 'image' to be a numpy array, got {type(image)}."
        )
    if image.ndim not in (2, 3):
        raise InvalidValueError(
            f"Expected argument 'image' to have shape (H, W) or (H, W, C), got "
            f"{image.shape}."
        )
    if disp.shape != image.shape[0:2] + (2,):
        raise InvalidValueError(
            f"Expected argument 'disp' to have shape {image.shape[0:2] + (2,)}, got "
            f"{disp.shape}."
        )
    if isinstance(order, bool) or order not in ORDER_TO_CV2:
        raise InvalidValueError(
            f"Expected argument 'order' to be an int in [0, 5], got {order!r}."
        )
    if mode not in MODE_TO_CV2:
        raise InvalidValueError(
            f"Expected argument 'mode' to be one of {list(MODES)}, got {mode!r}."
        )
    allowed = _ORDER_0_DTYPES if order == 0 else _OTHER_ORDERS_DTYPES
    if image.dtype not in allowed:
        gate_remap_dtype(image, order)  # raises (or warns for unknown dtypes)
    if image.size == 0:
        return np.copy(image)
    cval = clip_cval(cval, image.dtype)
    if choose_backend(image.shape, backend) == "cv2":
        maps = _pixel_grid(*image.shape[0:2]) - disp
        return remap_cv2(image, maps, order, MODE_TO_CV2[mode], cval, out)
    height, width = image.shape[0:2]
    coords = np.empty((2, height, width), dtype=np.float32)
    coords[0] = np.arange(height, dtype=np.float32)[:, np.newaxis] - disp[:, :, 1]
    coords[1] = np.arange(width, dtype=np.float32)[np.newaxis, :] - disp[:, :, 0]
    return remap_scipy(image, coords, order, _MODE_TO_NDIMAGE[mode], cval)


def clip_cval(cval: Any, dtype: np.dtype) -> float:
    if not isinstance(cval, (Real, np.number, np.bool_)):
        raise InvalidTypeError(
            f"Expected argument 'cval' to be a number, got {type(cval).__name__}."
        )
    if dtype.kind == "b":
        return float(np.clip(float(cval), 0.0, 1.0))
    lo, _, hi = iadt.get_value_range_of_dtype(dtype)
    return float(np.clip(float(cval), lo, hi))


def remap_cv2(
    image: np.ndarray,
    maps: np.ndarray | tuple[np.ndarray, np.ndarray],
    order: int,
    border_mode: int,
    cval: float,
    out: np.ndarray | None = None,
) -> np.ndarray:
    """OpenCV route of `remap` for absolute sampling positions.

    Converts the dtypes ``cv2.remap`` lacks, chunks channels by 4 and works
    around OpenCV's bicubic ``BORDER_REFLECT_101`` hang on one-pixel axes.

    Parameters
    ----------
    image : numpy.ndarray
        Non-empty ``(H, W)`` or ``(H, W, C)`` array (dtype gated by the caller).
    maps : numpy.ndarray or tuple of numpy.ndarray
        ``(H', W', 2)`` float32 ``(x, y)`` input position of every output pixel,
        or the two ``(H', W')`` float32 planes ``(map_x, map_y)``.
    order : int
        0 nearest, 1 linear, 2 to 5 bicubic.
    border_mode : int
        ``cv2.BORDER_*`` flag.
    cval : float
        Fill value, already clipped to the dtype's value range.
    out : None or numpy.ndarray, optional
        See `remap`.

    Returns
    -------
    numpy.ndarray
        ``(H', W'[, C])`` array of the input's dtype.

    """
    input_dtype = image.dtype
    flags = ORDER_TO_CV2[order]
    # nearest neighbour copies values: OpenCV also serves int8 and int32 then
    nearest_int = order == 0 and input_dtype.kind == "i" and input_dtype.itemsize <= 4
    if input_dtype in _CV2_NATIVE or nearest_int:
        arr, fill = image, cval
    elif input_dtype.kind == "b":
        if order == 0:
            arr, fill = image.view(np.uint8), float(cval > 0.5)
        else:
            arr, fill = image.astype(np.float32), cval
    elif input_dtype == np.float16:
        arr, fill = image.astype(np.float32), cval
    elif input_dtype == np.int8:
        arr, fill = image.astype(np.int16), cval
    else:  # uint32, int32 (order != 0), uint64, int64: float64 is exact to 2**53
        arr, fill = image.astype(np.float64), cval
    planes = maps if isinstance(maps, tuple) else (maps, None)
    out_hw = planes[0].shape[0:2]
    if (
        flags == cv2.INTER_CUBIC
        and border_mode == cv2.BORDER_REFLECT_101
        and 1 in arr.shape[0:2]
    ):
        # OpenCV (4.x/5.0) never returns from bicubic BORDER_REFLECT_101 on an
        # axis of length 1; two equal rows/columns give the same values
        arr = np.repeat(arr, 2 if arr.shape[0] == 1 else 1, axis=0)
        arr = np.repeat(arr, 2 if arr.shape[1] == 1 else 1, axis=1)
    border_value = (fill, fill, fill, fill)
    direct = arr.dtype == input_dtype
    # route: tests/perf/test_elastic_perf.py::test_map_format
    if flags == cv2.INTER_LINEAR:
        # bilinear is faster on pre-converted fixed-point maps, the others are not
        map1, map2 = cv2.convertMaps(planes[0], planes[1], cv2.CV_16SC2)
    else:
        map1, map2 = planes

    def _remap(chunk, dst=None):
        return cv2.remap(
            chunk,
            map1,
            map2,
            flags,
            dst=dst,
            borderMode=border_mode,
            borderValue=border_value,
        )

    nb_channels = 1 if arr.ndim == 2 else arr.shape[2]
    if nb_channels <= 4:
        dst = None
        if (
            direct
            and out is not None
            and out.shape == out_hw + image.shape[2:]
            and out.dtype == input_dtype
            and out.flags["C_CONTIGUOUS"]
        ):
            dst = out
        # route: tests/perf/test_warp_perf.py::test_warp_affine_copy_for_gather
        source = arr if arr is not image else cv2util.contiguous_for_gather(arr)
        result = _remap(cv2util.contiguous(source), dst)
        if result.ndim == 2 and arr.ndim == 3:
            result = result[:, :, np.newaxis]
    else:
        # one matrix holds at most 4 fill values: remap chunks of 4 channels
        result = cv2util.map_channel_chunks_into(
            lambda chunk, _start: _remap(chunk), arr, out_hw
        )

    if input_dtype.kind == "b":
        return result.view(np.bool_) if order == 0 else result > 0.5
    if not direct:
        result = iadt.restore_dtypes_(result, input_dtype)
    return result


def remap_scipy(
    image: np.ndarray, coords: np.ndarray, order: int, nd_mode: str, cval: float
) -> np.ndarray:
    """Scipy route of `remap` (spline orders; sides OpenCV cannot handle).

    Parameters
    ----------
    image : numpy.ndarray
        Non-empty ``(H, W)`` or ``(H, W, C)`` array.
    coords : numpy.ndarray
        ``(2, H', W')`` float32 ``(row, column)`` input position per output pixel.
    order : int
        Spline order in ``[0, 5]``.
    nd_mode : str
        ``scipy.ndimage`` mode name.
    cval : float
        Fill value, already clipped to the dtype's value range.

    Returns
    -------
    numpy.ndarray
        ``(H', W'[, C])`` array of the input's dtype.

    """
    from scipy import ndimage  # lazy: keeps `import imgaug` fast

    input_dtype = image.dtype
    if input_dtype in (np.float32, np.float16) or input_dtype.kind == "b":
        work_dtype = np.float32
    elif input_dtype.itemsize <= 2 and input_dtype.kind in "iu":
        work_dtype = np.float32
    else:
        work_dtype = np.float64
    arr = image if image.ndim == 3 else image[:, :, np.newaxis]
    if input_dtype.kind == "b" or input_dtype == np.float16:
        arr = arr.astype(np.float32)  # scipy.ndimage supports neither
    nb_channels = arr.shape[2]
    result = np.empty(coords.shape[1:] + (nb_channels,), dtype=work_dtype)
    for c in range(nb_channels):
        ndimage.map_coordinates(
            arr[:, :, c],
            coords,
            output=result[:, :, c],
            order=order,
            mode=nd_mode,
            cval=cval,
            prefilter=order > 1,
        )
    if order > 1:
        # splines overshoot; keep the input's value range (and the fill value)
        lo, hi = float(np.min(arr)), float(np.max(arr))
        if nd_mode == "grid-constant":
            lo, hi = min(lo, cval), max(hi, cval)
        np.clip(result, lo, hi, out=result)
    if image.ndim == 2:
        result = result[:, :, 0]
    if input_dtype.kind == "b":
        return result > 0.5
    return iadt.restore_dtypes_(result, input_dtype)


# --------------------------------------------------------------------------
# coordinates
# --------------------------------------------------------------------------
@functools.lru_cache(maxsize=8)
def _manhattan_offsets(nb_steps: int, step_size: float) -> np.ndarray:
    """Offsets of the diamond lattice ``|i| + |j| <= nb_steps`` times `step_size`."""
    steps = np.arange(-nb_steps, nb_steps + 1)
    ii, jj = np.meshgrid(steps, steps)
    keep = np.abs(ii) + np.abs(jj) <= nb_steps
    offsets = np.stack([ii[keep], jj[keep]], axis=-1).astype(np.float64) * step_size
    offsets.setflags(write=False)
    return offsets


def geometric_median_many(
    points: np.ndarray,
    mask: np.ndarray | None = None,
    eps: float = 1e-5,
    max_iterations: int = 10000,
) -> np.ndarray:
    """Geometric medians of ``K`` point sets at once (Weiszfeld, Vardi-Zhang).

    Each set starts at its mean and is updated until it moves less than `eps`;
    points coinciding with the estimate get the Vardi-Zhang correction, as in
    :func:`imgaug.augmentables.kps.compute_geometric_median`.

    Parameters
    ----------
    points : numpy.ndarray
        ``(K, M, 2)`` array, ``M`` points per set.
    mask : None or numpy.ndarray, optional
        ``(K, M)`` bool array of the points that belong to each set (every set
        needs at least one). ``None`` uses all points.
    eps : float, optional
        Convergence threshold on the distance moved per iteration.
    max_iterations : int, optional
        Upper bound on the number of iterations.

    Returns
    -------
    numpy.ndarray
        ``(K, 2)`` float64 medians.

    Examples
    --------
    >>> import numpy as np
    >>> pts = np.float64([[[0, 0], [2, 0], [1, 5]], [[0, 0], [0, 0], [9, 9]]])
    >>> geometric_median_many(pts).round(2)
    array([[1.  , 0.58],
           [0.  , 0.  ]])

    """
    points = np.asarray(points, dtype=np.float64)
    nb_sets, nb_points = points.shape[0:2]
    if mask is None:
        mask = np.ones((nb_sets, nb_points), dtype=bool)
    weights = mask.astype(np.float64)
    counts = weights.sum(axis=1)
    if nb_sets == 0:
        return np.zeros((0, 2), dtype=np.float64)
    if np.any(counts == 0):
        raise InvalidValueError("Expected every point set to contain a point.")
    estimate = (points * weights[:, :, np.newaxis]).sum(axis=1) / counts[:, None]
    active = np.arange(nb_sets)
    pts, msk, cnt = points, mask, counts
    for _ in range(max_iterations):
        est = estimate[active]
        dists = np.sqrt(((pts - est[:, np.newaxis, :]) ** 2).sum(axis=2))
        nonzero = msk & (dists != 0)
        inv = np.divide(1.0, dists, out=np.zeros_like(dists), where=nonzero)
        inv_sum = inv.sum(axis=1)
        nb_zero = cnt - nonzero.sum(axis=1)
        all_zero = inv_sum == 0
        safe_sum = np.where(all_zero, 1.0, inv_sum)
        weighted = (inv[:, :, np.newaxis] * pts).sum(axis=1) / safe_sum[:, None]
        # Vardi-Zhang: a point on the estimate pulls it towards itself
        r = np.linalg.norm((weighted - est) * inv_sum[:, None], axis=1)
        r_inv = np.divide(nb_zero, r, out=np.zeros_like(r), where=r != 0)
        corrected = (
            np.maximum(0.0, 1.0 - r_inv)[:, None] * weighted
            + np.minimum(1.0, r_inv)[:, None] * est
        )
        new = np.where((nb_zero == 0)[:, None], weighted, corrected)
        new = np.where(all_zero[:, None], est, new)
        moved = np.linalg.norm(new - est, axis=1)
        estimate[active] = new
        running = ~(all_zero | (moved < eps) | ~np.isfinite(moved))
        if not np.any(running):
            break
        active, pts, msk, cnt = (
            active[running],
            pts[running],
            msk[running],
            cnt[running],
        )
    return estimate


def _sample_bilinear(disp: np.ndarray, xy: np.ndarray) -> np.ndarray:
    """Bilinearly interpolated field at array positions ``xy`` (edges extended)."""
    height, width = disp.shape[0:2]
    x = np.clip(xy[:, 0], 0.0, width - 1.0)
    y = np.clip(xy[:, 1], 0.0, height - 1.0)
    x0 = np.minimum(np.floor(x).astype(np.intp), width - 1)
    y0 = np.minimum(np.floor(y).astype(np.intp), height - 1)
    x1 = np.minimum(x0 + 1, width - 1)
    y1 = np.minimum(y0 + 1, height - 1)
    fx = (x - x0)[:, np.newaxis]
    fy = (y - y0)[:, np.newaxis]
    top = disp[y0, x0] * (1 - fx) + disp[y0, x1] * fx
    bottom = disp[y1, x0] * (1 - fx) + disp[y1, x1] * fx
    return top * (1 - fy) + bottom * fy


def transform_points(
    xy: np.ndarray,
    disp: np.ndarray,
    nb_steps: int = 3,
    step_size: float = 1.0,
    refine_steps: int = 4,
) -> np.ndarray:
    """Move coordinates along with image content warped by `remap` with `disp`.

    For each point ``p`` inside the image: the displacements of the pixels under
    a diamond of points around ``p`` (Manhattan distance up to
    ``nb_steps * step_size``, 25 points by default, those inside the image) are
    combined by their geometric median ``m`` (robust to folds of the field), which
    gives the estimate ``p + m`` (0.4.0's rule, without rounding ``p`` to whole
    pixels). Since content at ``p`` lands at the ``q`` solving
    ``q = p + d(q)``, the estimate is then refined by up to `refine_steps`
    fixed-point steps with the bilinearly interpolated field, keeping the
    candidate with the smallest residual ``|q - d(q) - p|``. Points outside of
    the image are not moved.

    Parameters
    ----------
    xy : numpy.ndarray
        ``(N, 2)`` continuous ``(x, y)`` coordinates (pixel ``(x, y)`` covers
        ``[x, x+1) x [y, y+1)``).
    disp : numpy.ndarray
        ``(H, W, 2)`` field of the image plane the coordinates are on.
    nb_steps : int, optional
        Size of the neighbourhood in steps.
    step_size : float, optional
        Spacing of the neighbourhood points.
    refine_steps : int, optional
        Number of fixed-point refinement steps (0 disables the refinement).

    Returns
    -------
    numpy.ndarray
        ``(N, 2)`` float64 coordinates (a new array).

    Examples
    --------
    >>> import numpy as np
    >>> disp = np.zeros((5, 5, 2), dtype=np.float32)
    >>> disp[:, :, 0] = 1.5
    >>> transform_points(np.float64([[2.0, 2.5], [-1.0, 0.0]]), disp)
    array([[ 3.5,  2.5],
           [-1. ,  0. ]])

    """
    result = np.array(xy, dtype=np.float64).reshape((-1, 2))
    height, width = disp.shape[0:2]
    if len(result) == 0 or height == 0 or width == 0:
        return result
    inside = (
        (result[:, 0] >= 0)
        & (result[:, 0] < width)
        & (result[:, 1] >= 0)
        & (result[:, 1] < height)
    )
    if not np.any(inside):
        return result
    points = result[inside]

    # robust first estimate from the neighbourhood's displacements
    around = points[:, np.newaxis, :] + _manhattan_offsets(nb_steps, step_size)
    cells = np.floor(around).astype(np.intp)
    valid = (
        (cells[:, :, 0] >= 0)
        & (cells[:, :, 0] < width)
        & (cells[:, :, 1] >= 0)
        & (cells[:, :, 1] < height)
    )
    valid[:, 0] |= ~valid.any(axis=1)  # (cannot happen inside) keep one point
    cells_x = np.clip(cells[:, :, 0], 0, width - 1)
    cells_y = np.clip(cells[:, :, 1], 0, height - 1)
    estimate = points + geometric_median_many(disp[cells_y, cells_x], valid)

    # refine towards the solution of q = p + d(q); field samples sit at centres
    best = estimate
    candidate = estimate
    best_residual = None
    for _ in range(refine_steps + 1 if refine_steps > 0 else 0):
        moved = _sample_bilinear(disp, candidate - 0.5)
        residual = np.linalg.norm(candidate - moved - points, axis=1)
        if best_residual is None:
            best_residual = residual
        else:
            better = residual < best_residual
            best = np.where(better[:, None], candidate, best)
            best_residual = np.where(better, residual, best_residual)
        candidate = points + moved
    result[inside] = best
    return result
