"""Coordinate kernels: 3x3 homogeneous matrices applied to ``(N, 2)`` point arrays.

Matrices follow the usual convention of mapping *source* ``(x, y)`` to *destination*
``(x, y)`` with column vectors, i.e. ``[x', y', 1]^T = M [x, y, 1]^T``. Pixel ``(x, y)``
of an array covers ``[x, x+1) x [y, y+1)``; warping kernels treat the pixel centre as
the integer position, coordinate-based augmentables use the continuous position.
"""

from __future__ import annotations

import math

import numpy as np

from imgaug.validation import InvalidValueError

__all__ = [
    "Affine6",
    "affine_linear_part",
    "apply_affine6",
    "apply_matrix",
    "conjugate_with_translation",
    "fit_output",
    "is_identity",
    "to_matrix",
    "translation_matrix",
]

#: An affine matrix ``[[a, b, c], [d, e, f], [0, 0, 1]]`` as the plain floats
#: ``(a, b, c, d, e, f)``. Augmenters build one per row and kind; plain floats cost
#: a microsecond or two where small numpy arrays cost tens (per-call overhead).
#: route: tests/perf/test_warp_perf.py::test_affine6_vs_numpy_matrices
Affine6 = tuple[float, float, float, float, float, float]


def apply_matrix(xy: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """Transform points with a 3x3 affine (or projective) matrix.

    Parameters
    ----------
    xy : numpy.ndarray
        ``(N, 2)`` array of ``(x, y)`` coordinates (any real dtype).
    matrix : numpy.ndarray
        ``(3, 3)`` matrix mapping source to destination coordinates.

    Returns
    -------
    numpy.ndarray
        ``(N, 2)`` float64 array of transformed coordinates (a new array).

    Examples
    --------
    >>> import numpy as np
    >>> apply_matrix(np.array([[1.0, 2.0]]), translation_matrix(3, -1))
    array([[4., 1.]])

    """
    xy = np.asarray(xy, dtype=np.float64)
    matrix = np.asarray(matrix, dtype=np.float64)
    if matrix.shape != (3, 3):
        raise InvalidValueError(
            f"Expected 'matrix' to have shape (3, 3), got {matrix.shape}."
        )
    if xy.size == 0:
        return np.zeros((0, 2), dtype=np.float64)
    if xy.ndim != 2 or xy.shape[1] != 2:
        raise InvalidValueError(f"Expected 'xy' to have shape (N, 2), got {xy.shape}.")
    result = xy @ matrix[:2, :2].T
    result += matrix[:2, 2]
    if matrix[2, 0] != 0 or matrix[2, 1] != 0 or matrix[2, 2] != 1:
        # projective part; affine matrices skip this division
        denom = xy @ matrix[2, :2] + matrix[2, 2]
        result /= denom[:, np.newaxis]
    return result


def translation_matrix(tx: float, ty: float) -> np.ndarray:
    """Return the 3x3 matrix translating by ``(tx, ty)``.

    Parameters
    ----------
    tx, ty : float
        Translation along x and y.

    Returns
    -------
    numpy.ndarray
        ``(3, 3)`` float64 matrix.

    """
    return np.array([[1.0, 0.0, tx], [0.0, 1.0, ty], [0.0, 0.0, 1.0]])


def affine_linear_part(
    scale_x: float, scale_y: float, rotate: float, shear_x: float, shear_y: float
) -> tuple[float, float, float, float]:
    """Return the linear part ``(a, b, d, e)`` of imgaug 0.4.0's affine matrix.

    0.4.0 composes ``A . Sy`` with the scikit-image (<= 0.18) ``AffineTransform``
    ``A = [[sx cos r, -sy sin(r + shx)], [sx sin r, sy cos(r + shx)]]`` and a
    y-shear built as an x-shear conjugated with quarter rotations, which is
    ``Sy = [[cos shy, 0], [sin shy, 1]]``. scikit-image 0.19 changed the meaning of
    ``shear`` (to ``tan``); this is the definition 0.4.0 was written against.

    Parameters
    ----------
    scale_x, scale_y : float
        Scale factors.
    rotate, shear_x, shear_y : float
        Angles in degrees.

    Returns
    -------
    tuple of float
        ``(a, b, d, e)`` of ``[[a, b], [d, e]]``.

    Examples
    --------
    >>> [round(v, 6) for v in affine_linear_part(1.0, 1.0, 90.0, 0.0, 0.0)]
    [0.0, -1.0, 1.0, 0.0]

    """
    rot = math.radians(rotate)
    rot_shear = rot + math.radians(shear_x)
    shy = math.radians(shear_y)
    a00, a10 = scale_x * math.cos(rot), scale_x * math.sin(rot)
    a01, a11 = -scale_y * math.sin(rot_shear), scale_y * math.cos(rot_shear)
    cos_y, sin_y = math.cos(shy), math.sin(shy)
    return (a00 * cos_y + a01 * sin_y, a01, a10 * cos_y + a11 * sin_y, a11)


def conjugate_with_translation(
    linear: tuple[float, float, float, float],
    translation: tuple[float, float],
    center: tuple[float, float],
) -> Affine6:
    """Build ``T(center) . [linear | translation] . T(-center)``.

    Parameters
    ----------
    linear : tuple of float
        ``(a, b, d, e)``: rotation, scale and shear.
    translation : tuple of float
        ``(tx, ty)`` applied after the linear part, before moving back from the
        centre.
    center : tuple of float
        ``(cx, cy)`` around which the linear part acts.

    Returns
    -------
    Affine6
        The matrix.

    Examples
    --------
    >>> conjugate_with_translation((0.0, -1.0, 1.0, 0.0), (0.0, 0.0), (5.0, 3.0))
    (0.0, -1.0, 8.0, 1.0, 0.0, -2.0)

    """
    a, b, d, e = linear
    cx, cy = center
    return (
        a,
        b,
        translation[0] + cx - (a * cx + b * cy),
        d,
        e,
        translation[1] + cy - (d * cx + e * cy),
    )


def is_identity(matrix: Affine6, eps: float = 1e-4) -> bool:
    """Tell whether a matrix is (close to) the identity.

    imgaug 0.4.0's test: the mean absolute difference of the 3x3 matrix to the
    identity is ``<= eps`` (the last row is exact).

    Parameters
    ----------
    matrix : Affine6
        The matrix.
    eps : float, optional
        Tolerance of the mean absolute deviation.

    Returns
    -------
    bool
        Whether `matrix` is (close to) the identity.

    """
    a, b, c, d, e, f = matrix
    deviation = abs(a - 1.0) + abs(b) + abs(c) + abs(d) + abs(e - 1.0) + abs(f)
    return deviation <= 9 * eps


def fit_output(matrix: Affine6, height: int, width: int) -> tuple[Affine6, int, int]:
    """Shift a matrix so that the transformed array fits into a new output size.

    The pixel centres of the four corner pixels ``(0, 0)``, ``(0, h-1)``,
    ``(w-1, h-1)`` and ``(w-1, 0)`` are transformed; the output has
    ``ceil(max - min + 1)`` rows/columns (extents rounded to 6 decimals first, so
    that float noise such as ``cos 90deg = 6e-17`` never adds a pixel) and the
    matrix is followed by a translation moving the minimum to ``0``. Zero-sized
    inputs are returned unchanged.

    Parameters
    ----------
    matrix : Affine6
        The matrix.
    height, width : int
        Size of the array to transform.

    Returns
    -------
    matrix : Affine6
        The shifted matrix.
    height, width : int
        The output size.

    Examples
    --------
    >>> fit_output((0.0, -1.0, 0.0, 1.0, 0.0, 0.0), 2, 4)
    ((0.0, -1.0, 1.0, 1.0, 0.0, 0.0), 4, 2)

    """
    if height == 0 or width == 0:
        return matrix, height, width
    a, b, c, d, e, f = matrix
    x1, y1 = width - 1.0, height - 1.0
    xs = (c, b * y1 + c, a * x1 + b * y1 + c, a * x1 + c)
    ys = (f, e * y1 + f, d * x1 + e * y1 + f, d * x1 + f)
    min_x, min_y = min(xs), min(ys)
    out_w = math.ceil(round(max(xs) - min_x + 1, 6))
    out_h = math.ceil(round(max(ys) - min_y + 1, 6))
    return (a, b, c - min_x, d, e, f - min_y), int(out_h), int(out_w)


def to_matrix(matrix: Affine6) -> np.ndarray:
    """Return the ``(3, 3)`` float64 array of a matrix.

    Examples
    --------
    >>> to_matrix((1.0, 0.0, 2.0, 0.0, 1.0, 3.0))[:2]
    array([[1., 0., 2.],
           [0., 1., 3.]])

    """
    a, b, c, d, e, f = matrix
    return np.array([[a, b, c], [d, e, f], [0.0, 0.0, 1.0]])


def apply_affine6(xy: np.ndarray, matrix: Affine6) -> np.ndarray:
    """Transform ``(N, 2)`` points with a matrix; returns a new float64 array.

    Examples
    --------
    >>> import numpy as np
    >>> apply_affine6(np.array([[1.0, 2.0]]), (1.0, 0.0, 3.0, 0.0, 1.0, -1.0))
    array([[4., 1.]])

    """
    a, b, c, d, e, f = matrix
    xy = np.asarray(xy, dtype=np.float64).reshape((-1, 2))
    result = np.empty_like(xy)
    result[:, 0] = a * xy[:, 0] + b * xy[:, 1] + c
    result[:, 1] = d * xy[:, 0] + e * xy[:, 1] + f
    return result
