"""Coordinate kernels: 3x3 homogeneous matrices applied to ``(N, 2)`` point arrays.

Matrices follow the usual convention of mapping *source* ``(x, y)`` to *destination*
``(x, y)`` with column vectors, i.e. ``[x', y', 1]^T = M [x, y, 1]^T``. Pixel ``(x, y)``
of an array covers ``[x, x+1) x [y, y+1)``; warping kernels treat the pixel centre as
the integer position, coordinate-based augmentables use the continuous position.
"""

from __future__ import annotations

import numpy as np

from imgaug.validation import InvalidValueError

__all__ = [
    "apply_matrix",
    "compute_fit_output",
    "is_identity_matrix",
    "translation_matrix",
    "conjugate_with_translation",
    "conjugate_with_translation_many",
    "compute_fit_output_many",
    "identity_mask",
]


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


def conjugate_with_translation(
    linear: np.ndarray, translation: tuple[float, float], center: tuple[float, float]
) -> np.ndarray:
    """Build ``T(center) . [linear | translation] . T(-center)`` as one 3x3 matrix.

    Parameters
    ----------
    linear : numpy.ndarray
        ``(2, 2)`` linear part (rotation, scale, shear).
    translation : tuple of float
        ``(tx, ty)`` applied after the linear part, before moving back from the
        centre.
    center : tuple of float
        ``(cx, cy)`` around which the linear part acts.

    Returns
    -------
    numpy.ndarray
        ``(3, 3)`` float64 matrix.

    """
    matrix = np.eye(3, dtype=np.float64)
    matrix[:2, :2] = linear
    center_arr = np.asarray(center, dtype=np.float64)
    matrix[:2, 2] = np.asarray(translation) + center_arr - linear @ center_arr
    return matrix


def is_identity_matrix(matrix: np.ndarray, eps: float = 1e-4) -> bool:
    """Tell whether the mean absolute difference to the identity is ``<= eps``.

    Parameters
    ----------
    matrix : numpy.ndarray
        ``(3, 3)`` matrix.
    eps : float, optional
        Tolerance of the mean absolute deviation.

    Returns
    -------
    bool
        Whether `matrix` is (close to) the identity.

    """
    return float(np.mean(np.abs(matrix - np.eye(3)))) <= eps


def compute_fit_output(
    matrix: np.ndarray, shape: tuple[int, ...]
) -> tuple[np.ndarray, tuple[int, ...]]:
    """Shift a matrix so that the transformed array fits into a new output shape.

    The pixel centres of the four corner pixels ``(0, 0)``, ``(0, h-1)``,
    ``(w-1, h-1)`` and ``(w-1, 0)`` are transformed; the output has
    ``ceil(max - min + 1)`` rows/columns (extents rounded to 6 decimals first)
    and the matrix is followed by a translation moving the minimum to ``0``.
    Axes after the first two are kept.

    Parameters
    ----------
    matrix : numpy.ndarray
        ``(3, 3)`` affine matrix.
    shape : tuple of int
        Shape ``(h, w, ...)`` of the array to transform.

    Returns
    -------
    matrix : numpy.ndarray
        The shifted ``(3, 3)`` matrix (a new array).
    shape : tuple of int
        The output shape.

    Examples
    --------
    >>> import numpy as np
    >>> rot90 = np.array([[0.0, -1, 0], [1, 0, 0], [0, 0, 1]])
    >>> compute_fit_output(rot90, (2, 4, 3))[1]
    (4, 2, 3)

    """
    height, width = shape[0:2]
    if height == 0 or width == 0:
        return np.array(matrix, dtype=np.float64), tuple(shape)
    corners = np.array(
        [[0, 0], [0, height - 1], [width - 1, height - 1], [width - 1, 0]],
        dtype=np.float64,
    )
    corners = apply_matrix(corners, matrix)
    min_xy = corners.min(axis=0)
    max_xy = corners.max(axis=0)
    # rounding first keeps float noise (cos 90deg = 6e-17) from adding a pixel
    out_w, out_h = np.ceil(np.round(max_xy - min_xy + 1, 6)).tolist()
    shifted = translation_matrix(-min_xy[0], -min_xy[1]) @ matrix
    return shifted, (int(out_h), int(out_w)) + tuple(shape[2:])


def conjugate_with_translation_many(
    linear: np.ndarray, translation: np.ndarray, center: np.ndarray
) -> np.ndarray:
    """Vectorised `conjugate_with_translation` for ``N`` matrices at once.

    Parameters
    ----------
    linear : numpy.ndarray
        ``(N, 2, 2)`` linear parts.
    translation : numpy.ndarray
        ``(N, 2)`` translations ``(tx, ty)``.
    center : numpy.ndarray
        ``(N, 2)`` centres ``(cx, cy)``.

    Returns
    -------
    numpy.ndarray
        ``(N, 3, 3)`` float64 matrices.

    """
    linear = np.asarray(linear, dtype=np.float64)
    center = np.asarray(center, dtype=np.float64)
    # route: tests/perf/test_warp_perf.py::test_conjugate_with_translation_many
    matrices = np.zeros((linear.shape[0], 3, 3), dtype=np.float64)
    matrices[:, :2, :2] = linear
    rotated_center = (linear @ center[:, :, np.newaxis])[:, :, 0]
    matrices[:, :2, 2] = translation + center - rotated_center
    matrices[:, 2, 2] = 1.0
    return matrices


_IDENTITY_FLAT = np.eye(3).reshape(9)


def identity_mask(matrices: np.ndarray, eps: float = 1e-4) -> np.ndarray:
    """Vectorised `is_identity_matrix` for ``(N, 3, 3)`` matrices.

    Parameters
    ----------
    matrices : numpy.ndarray
        ``(N, 3, 3)`` matrices.
    eps : float, optional
        Tolerance of the mean absolute deviation from the identity.

    Returns
    -------
    numpy.ndarray
        ``(N,)`` bool array.

    """
    # route: tests/perf/test_warp_perf.py::test_identity_mask
    deviation = np.abs(matrices.reshape(-1, 9) - _IDENTITY_FLAT).sum(axis=1)
    return deviation <= 9 * eps


def compute_fit_output_many(
    matrices: np.ndarray, hw: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Vectorised `compute_fit_output` for ``N`` matrices and ``(h, w)`` sizes.

    Parameters
    ----------
    matrices : numpy.ndarray
        ``(N, 3, 3)`` affine matrices.
    hw : numpy.ndarray
        ``(N, 2)`` heights and widths of the arrays to transform.

    Returns
    -------
    matrices : numpy.ndarray
        ``(N, 3, 3)`` shifted matrices (rows with a zero-sized ``hw`` unchanged).
    hw : numpy.ndarray
        ``(N, 2)`` int output heights and widths.

    """
    # route: tests/perf/test_warp_perf.py::test_compute_fit_output_many
    hw = np.asarray(hw, dtype=np.float64).reshape((-1, 2))
    h1 = hw[:, 0] - 1
    w1 = hw[:, 1] - 1
    zeros = np.zeros_like(h1)
    corners = np.stack(
        [
            np.stack([zeros, zeros], axis=-1),
            np.stack([zeros, h1], axis=-1),
            np.stack([w1, h1], axis=-1),
            np.stack([w1, zeros], axis=-1),
        ],
        axis=1,
    )  # (N, 4, 2)
    moved = np.einsum("nij,nkj->nki", matrices[:, :2, :2], corners)
    moved += matrices[:, np.newaxis, :2, 2]
    min_xy = moved.min(axis=1)
    extent = np.round(moved.max(axis=1) - min_xy + 1, 6)
    out_hw = np.ceil(extent[:, ::-1]).astype(np.int64)
    shifted = np.array(matrices, dtype=np.float64)
    shifted[:, :2, 2] -= min_xy
    empty = (hw[:, 0] == 0) | (hw[:, 1] == 0)
    if np.any(empty):
        shifted[empty] = matrices[empty]
        out_hw[empty] = hw[empty].astype(np.int64)
    return shifted, out_hw
