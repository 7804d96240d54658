"""Alpha blending of two images (``imgaug.augmenters.blend.blend_alpha``)."""

from __future__ import annotations

import numbers

import cv2
import numpy as np

import imgaug.dtypes as iadt
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = ["blend_alpha", "blend_uint8_mask"]

_BLEND_DTYPES = {
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
        "float16",
        "float32",
        "float64",
    ],
    "disallowed": ["float128"],
}

_HAS_FLOAT128 = hasattr(np, "float128") and np.dtype(np.longdouble).itemsize == 16


def blend_alpha(image_fg, image_bg, alpha, eps=1e-2):
    """Blend two images: ``alpha * image_fg + (1 - alpha) * image_bg``.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested (a scalar `alpha` uses ``cv2.addWeighted``,
      which may round exact ``.5`` ties differently than the float path; masks
      take an exact OpenCV route of the float32 arithmetic)
    * ``uint16``, ``uint32``, ``int8``, ``int16``, ``int32``, ``float16``,
      ``float32``: yes; fully tested
    * ``uint64``, ``int64``, ``float64``: yes; fully tested (computed in
      float128 where numpy has it, else float64)
    * ``bool``: yes; fully tested (blended as float32, then ``> 0.5``)
    * ``float128``: no (``ValueError``)

    Parameters
    ----------
    image_fg, image_bg : ndarray
        ``(H, W)`` or ``(H, W, C)`` images of the same shape and dtype kind.
    alpha : number or ndarray
        Opacity of the foreground in ``[0, 1]``: a scalar, a per-channel vector
        ``(C,)``, an ``(H, W)`` mask or an ``(H, W, C)``/``(H, W, 1)`` mask.
    eps : number, optional
        If every alpha is ``>= 1 - eps`` a copy of `image_fg` is returned, if
        every alpha is ``<= eps`` a copy of `image_bg` (not for bool images).

    Returns
    -------
    ndarray
        Blended image with the promoted dtype of both inputs.

    Examples
    --------
    >>> import numpy as np
    >>> fg = np.full((1, 2), 200, dtype=np.uint8)
    >>> bg = np.zeros((1, 2), dtype=np.uint8)
    >>> blend_alpha(fg, bg, 0.25).tolist()
    [[50, 50]]

    """
    for name, image in (("image_fg", image_fg), ("image_bg", image_bg)):
        if not isinstance(image, np.ndarray):
            raise InvalidTypeError(
                f"Expected '{name}' to be a numpy array, got {type(image)}."
            )
        if image.ndim not in (2, 3):
            raise InvalidValueError(
                f"Expected '{name}' to have shape (H, W) or (H, W, C), "
                f"got {image.shape}."
            )
    if image_fg.shape != image_bg.shape:
        raise InvalidValueError(
            "Expected 'image_fg' and 'image_bg' to have the same shape, got "
            f"{image_fg.shape} and {image_bg.shape}."
        )
    if image_fg.dtype.kind != image_bg.dtype.kind:
        raise InvalidValueError(
            "Expected 'image_fg' and 'image_bg' to have the same dtype kind, got "
            f"{image_fg.dtype.name} and {image_bg.dtype.name}."
        )
    iadt.gate_dtypes(
        [image_fg, image_bg],
        allowed=_BLEND_DTYPES["allowed"],
        disallowed=_BLEND_DTYPES["disallowed"],
    )
    dtype = np.promote_types(image_fg.dtype, image_bg.dtype)
    if image_fg.size == 0:
        return np.array(image_bg, dtype=dtype, copy=True)

    input_was_2d = image_fg.ndim == 2
    if input_was_2d:
        image_fg = image_fg[:, :, np.newaxis]
        image_bg = image_bg[:, :, np.newaxis]
    alpha = _normalize_alpha(alpha, image_fg.shape)
    is_bool = dtype.kind == "b"

    alpha_min, alpha_max = (
        (alpha, alpha)
        if isinstance(alpha, float)
        else (float(alpha.min()), float(alpha.max()))
    )
    if not (0.0 <= alpha_min and alpha_max <= 1.0):
        raise InvalidValueError(
            f"Expected 'alpha' values to be in the interval [0.0, 1.0], got values "
            f"from {alpha_min} to {alpha_max}."
        )

    if not is_bool and alpha_min >= 1.0 - eps:
        result = np.array(image_fg, dtype=dtype, copy=True)
    elif not is_bool and alpha_max <= eps:
        result = np.array(image_bg, dtype=dtype, copy=True)
    elif dtype == np.uint8 and isinstance(alpha, float):
        # route: tests/perf/test_blend_perf.py::test_blend_uint8_scalar_alpha
        result = _blend_uint8_scalar(image_fg, image_bg, alpha)
    elif _is_uint8_mask_route(dtype, alpha, image_fg.shape):
        # route: tests/perf/test_blend_perf.py::test_blend_uint8_mask
        result = blend_uint8_mask(image_fg, image_bg, alpha)
    else:
        result = _blend_float(image_fg, image_bg, alpha, dtype)

    if input_was_2d:
        return result[:, :, 0]
    return result


def _normalize_alpha(alpha, shape):
    """Return a Python float or a float array broadcastable to `shape`."""
    if isinstance(alpha, numbers.Real) and not isinstance(alpha, bool):
        return float(alpha)
    if isinstance(alpha, bool):
        return float(alpha)
    alpha = np.asarray(alpha)
    if alpha.dtype.kind not in "biuf":
        raise InvalidTypeError(
            "Expected 'alpha' to be a number or a numeric array, "
            f"got dtype {alpha.dtype}."
        )
    height, width, nb_channels = shape
    if alpha.ndim == 0:
        return float(alpha)
    if alpha.ndim == 1:
        if alpha.shape[0] not in (1, nb_channels):
            raise InvalidValueError(
                "Expected a 1D 'alpha' to contain one value per channel "
                f"({nb_channels}), "
                f"got {alpha.shape[0]} values."
            )
        return alpha.reshape((1, 1, -1))
    if alpha.ndim == 2:
        alpha = alpha[:, :, np.newaxis]
    if alpha.ndim != 3 or alpha.shape[0:2] != (height, width):
        raise InvalidValueError(
            f"Expected 'alpha' to have shape (H, W), (H, W, 1) or (H, W, C) matching "
            f"the images {shape}, got {alpha.shape}."
        )
    if alpha.shape[2] not in (1, nb_channels):
        raise InvalidValueError(
            f"Expected the channel axis of 'alpha' to be 1 or {nb_channels}, got "
            f"{alpha.shape[2]}."
        )
    return alpha


def _blend_uint8_scalar(image_fg, image_bg, alpha):
    # saturating cv2 blend on flattened views (any channel count), ~50x faster than
    # the float32 path on 224x224x3
    height = image_fg.shape[0]
    fg = np.ascontiguousarray(image_fg).reshape(height, -1)
    bg = np.ascontiguousarray(image_bg).reshape(height, -1)
    result = cv2.addWeighted(fg, alpha, bg, 1.0 - alpha, 0.0)
    return result.reshape(image_fg.shape)


def _is_uint8_mask_route(dtype, alpha, shape):
    """uint8 images of 2+ channels blended with an ``(H, W, 1)``/``(H, W, C)`` mask.

    (For one channel the OpenCV passes are no faster than numpy's float32 route.)
    """
    return (
        dtype == np.uint8
        and alpha.ndim == 3
        and alpha.shape[0:2] == shape[0:2]
        and shape[2] > 1
    )


def blend_uint8_mask(image_fg, image_bg, alpha):
    """``bg + alpha * (fg - bg)`` of uint8 images, in float32, rounded half to even.

    The result of the float32 route, bit for bit, in three OpenCV passes (about
    1.7x faster than ``cv2.blendLinear``, which also rounds a few ties apart).

    Parameters
    ----------
    image_fg, image_bg : ndarray
        uint8 ``(H, W)`` or ``(H, W, C)`` images of the same shape.
    alpha : ndarray
        ``(H, W)``, ``(H, W, 1)`` or ``(H, W, C)`` opacity of `image_fg` in ``[0, 1]``.

    Returns
    -------
    ndarray
        New uint8 array of the images' shape.

    """
    shape = image_fg.shape
    height = shape[0]
    nb_channels = shape[2] if len(shape) == 3 else 1
    fg = np.ascontiguousarray(image_fg).reshape(height, -1)
    bg = np.ascontiguousarray(image_bg).reshape(height, -1)
    weights = np.ascontiguousarray(alpha, dtype=np.float32)
    if weights.ndim == 3 and weights.shape[2] == 1:
        weights = weights[:, :, 0]
    if weights.ndim == 2 and nb_channels > 1:
        weights = (
            cv2.merge([weights] * nb_channels)
            if nb_channels <= 4
            else np.repeat(weights[:, :, np.newaxis], nb_channels, axis=2)
        )
    diff = cv2.subtract(fg, bg, dtype=cv2.CV_32F)
    cv2.multiply(diff, weights.reshape(height, -1), dst=diff)
    # the float32 sum, then rounding half to even; the sum lies between bg and
    # fg (|alpha * diff| <= |diff|), so the absolute value changes nothing.
    # (A uint8 output of the mixed add would skip the float32 rounding of the
    # sum; OpenCV 4.10 even saturates the float difference to uint8 first.)
    cv2.add(diff, bg, dst=diff, dtype=cv2.CV_32F)
    return cv2.convertScaleAbs(diff).reshape(shape)


def _compute_dtype(dtype):
    itemsize = max(2 * dtype.itemsize, 4)
    if itemsize >= 16:
        return np.dtype(np.longdouble) if _HAS_FLOAT128 else np.dtype(np.float64)
    return np.dtype(f"float{itemsize * 8}")


def _blend_float(image_fg, image_bg, alpha, dtype):
    is_bool = dtype.kind == "b"
    compute = np.dtype(np.float32) if is_bool else _compute_dtype(dtype)
    fg = image_fg.astype(compute)
    result = image_bg.astype(compute)
    alpha = np.asarray(alpha, dtype=compute)
    # result = bg + alpha * (fg - bg), with as few temporaries as possible
    np.subtract(fg, result, out=fg)
    fg *= alpha
    result += fg
    if is_bool:
        return result > 0.5
    if dtype.kind in "iu":
        np.round(result, out=result)
    return result.astype(dtype)
