"""Motion-blur kernels (a rotated line of linearly changing weights) and their use.

The kernel follows imgaug 0.4.0's ``MotionBlur``: a ``(k, k)`` matrix (``k`` made odd)
whose centre column runs linearly from ``d`` to ``1 - d`` with
``d = (clip(direction, -1, 1) + 1) / 2``, quantised to uint8 (``* 255``, truncated),
rotated clockwise by ``angle`` degrees around its centre like ``Affine(rotate=angle,
order=order)`` rotates a uint8 image (constant border 0), scaled back by ``1/255``
and normalised to sum 1. Kernels are cached per ``(k, angle, direction, order)``
after these roundings, so fixed parameters (and the few angles a caller repeats)
build each kernel once. Shared by ``MotionBlur`` and the weather augmenters.
"""

from __future__ import annotations

import functools
import math

import cv2
import numpy as np

from imgaug._kernels import convolve as _convolve
from imgaug._kernels import warp as _warp

__all__ = ["apply_motion_blur", "motion_blur_kernel"]

#: kernels kept by the cache (each at most a few kB)
_CACHE_SIZE = 1024

# interpolation orders OpenCV rotates uint8 kernels with (as Affine's cv2 route)
_CV2_ORDERS = {0: cv2.INTER_NEAREST, 1: cv2.INTER_LINEAR, 3: cv2.INTER_CUBIC}


def motion_blur_kernel(
    k: int, angle: float, direction: float, order: int = 1
) -> np.ndarray:
    """Return the (read-only, cached) motion-blur kernel of the given parameters.

    Parameters
    ----------
    k : int
        Kernel size; even sizes are increased by one.
    angle : float
        Clockwise rotation in degrees; ``0`` blurs vertically.
    direction : float
        In ``[-1, 1]`` (clipped): ``-1`` puts the heaviest weight at the top end of
        the unrotated line, ``1`` at the bottom end, ``0`` weights all equally.
    order : int, optional
        Interpolation order of the rotation (as in ``Affine``).

    Returns
    -------
    numpy.ndarray
        ``(k, k)`` float32 kernel (``k`` odd) summing to 1. Do not modify it.

    Examples
    --------
    >>> kernel = motion_blur_kernel(3, 0, 0.0)
    >>> kernel.shape, [round(float(v), 3) for v in kernel[:, 1]]
    ((3, 3), [0.333, 0.333, 0.333])

    """
    k = int(k)
    if k % 2 == 0:
        k += 1
    direction = min(max(float(direction), -1.0), 1.0)
    # route: tests/perf/test_convolve_perf.py::test_motion_blur_kernel_cache
    return _build_kernel(k, float(angle), direction, int(order))


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _build_kernel(k: int, angle: float, direction: float, order: int) -> np.ndarray:
    line = _build_line(k, direction)
    rad = math.radians(angle)
    cos, sin = math.cos(rad), math.sin(rad)
    center = k / 2.0 - 0.5  # pixel-centre convention of image warps
    matrix = np.array(
        [
            [cos, -sin, center - cos * center + sin * center],
            [sin, cos, center - sin * center - cos * center],
        ]
    )
    flags = _CV2_ORDERS.get(order)
    if flags is None:  # spline orders 2, 4, 5: scipy route of the warp kernel
        rotated = _warp.warp_affine(line, matrix, order=order, mode="constant")
    else:
        # route: tests/perf/test_convolve_perf.py::test_motion_blur_kernel_build
        rotated = cv2.warpAffine(
            line, matrix, (k, k), flags=flags, borderMode=cv2.BORDER_CONSTANT
        )
    kernel = rotated.astype(np.float32)
    kernel /= np.float32(255.0)
    kernel /= kernel.sum(dtype=np.float32)
    kernel.flags.writeable = False
    return kernel


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _build_line(k: int, direction: float) -> np.ndarray:
    """Return the unrotated uint8 kernel: a centre column from ``d`` to ``1 - d``."""
    start = (direction + 1.0) / 2.0
    line = np.zeros((k, k), dtype=np.float64)
    line[:, k // 2] = np.linspace(start, 1.0 - start, num=k)
    line_uint8 = (line * 255).astype(np.uint8)  # truncation, as in 0.4.0
    line_uint8.flags.writeable = False
    return line_uint8


def apply_motion_blur(
    image: np.ndarray, k: int, angle: float, direction: float, order: int = 1
) -> np.ndarray:
    """Blur `image` with `motion_blur_kernel` (all channels alike).

    Parameters
    ----------
    image : numpy.ndarray
        ``(H, W)`` or ``(H, W, C)`` array of a dtype supported by
        :func:`imgaug._kernels.convolve.filter2d`.
    k, angle, direction, order
        See `motion_blur_kernel`.

    Returns
    -------
    numpy.ndarray
        New blurred array, same shape and dtype.

    """
    k = int(k)
    if k % 2 == 0:
        k += 1
    direction = min(max(float(direction), -1.0), 1.0)
    # route: tests/perf/test_convolve_perf.py::test_motion_blur_cropped_kernel
    kernel = _build_cropped_kernel(k, float(angle), direction, int(order))
    return _convolve.filter2d(image, kernel)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _build_cropped_kernel(k: int, angle: float, direction: float, order: int):
    """`_build_kernel` without its all-zero outer rows and columns.

    A rotated line fills only a narrow band of its square, and the filter's cost
    grows with the kernel's area (up to 6x faster for long, steep lines). The
    crop is symmetric, so the anchor stays in the middle and the zeros that are
    dropped contributed nothing.
    """
    kernel = _build_kernel(k, angle, direction, order)
    center = k // 2
    rows = np.flatnonzero(kernel.any(axis=1))
    cols = np.flatnonzero(kernel.any(axis=0))
    if len(rows) == 0:
        return kernel
    half_rows = max(center - rows[0], rows[-1] - center)
    half_cols = max(center - cols[0], cols[-1] - center)
    cropped = np.ascontiguousarray(
        kernel[
            center - half_rows : center + half_rows + 1,
            center - half_cols : center + half_cols + 1,
        ]
    )
    cropped.flags.writeable = False
    return cropped
