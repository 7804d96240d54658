"""Piecewise affine warps over a regular control-point mesh (``PiecewiseAffine``).

The mesh has ``rows x cols`` nodes spread evenly over ``[0, h] x [0, w]`` (pixel
index coordinates, as imgaug 0.4.0); each node gets a displacement (its jitter,
clipped so that it stays inside ``[0, h-1] x [0, w-1]``). Every mesh cell is cut
into two triangles along its top-left to bottom-right diagonal and the
displacement is interpolated linearly inside each triangle, which is the
piecewise affine transform scikit-image fits to the mesh (0.4.0 used
``skimage.transform.PiecewiseAffineTransform``; its Delaunay triangulation of a
regular grid may cut some cells along the other diagonal).

Output pixel ``p`` shows the input at ``p + d(p)``, so a node's content moves by
minus its displacement. `dense_map` builds the ``(H, W, 2)`` sampling map in a
few vectorised numpy passes and `warp_mesh` remaps with it; `inverse_points` moves
coordinates with the content by inverting the transform triangle by triangle.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from imgaug._kernels import elastic as _elastic
from imgaug._kernels import warp as _warp

__all__ = [
    "DTYPES",
    "dense_map",
    "inverse_points",
    "node_displacements",
    "warp_mesh",
]

#: ``gate_dtypes`` lists of the image warp (uint32/int32 are remapped as float64).
DTYPES = {
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


def node_displacements(
    jitter: np.ndarray,
    nb_rows: int,
    nb_cols: int,
    height: int,
    width: int,
    scale_yx: tuple[float, float] = (1.0, 1.0),
) -> np.ndarray:
    """Return the ``(rows, cols, 2)`` ``(dx, dy)`` displacements of the mesh nodes.

    Parameters
    ----------
    jitter : numpy.ndarray
        ``(rows * cols, 2)`` ``(dy, dx)`` samples, row-major over the nodes.
    nb_rows, nb_cols : int
        Mesh size (at least 2 each).
    height, width : int
        Size of the array the mesh is for.
    scale_yx : tuple of float, optional
        Factors turning the jitter into pixels of that array: the array size for
        relative jitter, ``array size / image size`` for absolute jitter.

    Returns
    -------
    numpy.ndarray
        ``(rows, cols, 2)`` float64 displacements ``dst - src`` after clipping the
        displaced nodes to ``[0, w-1] x [0, h-1]``.

    Examples
    --------
    >>> import numpy as np
    >>> disp = node_displacements(np.full((4, 2), 0.1), 2, 2, 10, 10, (10, 10))
    >>> disp[:, :, 0].tolist()  # dx: the right column is clipped to x = 9
    [[1.0, -1.0], [1.0, -1.0]]

    """
    jitter = np.asarray(jitter, dtype=np.float64).reshape((nb_rows, nb_cols, 2))
    src_y = np.linspace(0, height, nb_rows)[:, np.newaxis]
    src_x = np.linspace(0, width, nb_cols)[np.newaxis, :]
    dst_y = np.clip(src_y + jitter[:, :, 0] * scale_yx[0], 0, height - 1)
    dst_x = np.clip(src_x + jitter[:, :, 1] * scale_yx[1], 0, width - 1)
    return np.stack([dst_x - src_x, dst_y - src_y], axis=-1)


def _cell_coords(size: int, nb_nodes: int) -> tuple[np.ndarray, np.ndarray]:
    """Cell index and fraction inside the cell of the pixels ``0 .. size-1``."""
    pos = np.arange(size, dtype=np.float64) * ((nb_nodes - 1) / size)
    index = np.minimum(pos.astype(np.intp), nb_nodes - 2)
    return index, (pos - index).astype(np.float32)


def dense_map(
    node_disp: np.ndarray, height: int, width: int
) -> tuple[np.ndarray, np.ndarray]:
    """Return the input ``x`` and ``y`` position of every output pixel.

    Inside the triangle of a cell, the displacement at the cell fractions
    ``(fx, fy)`` is ``d00 + fx (d10 - d00) + fy (d01 - d00) + min(fx, fy) e`` with
    ``e = d11 - d10 - d01 + d00`` (``dXY`` the corner nodes, ``X`` along x), which
    is linear on both triangles of the top-left/bottom-right diagonal. Everything
    that depends on x only is computed once per row of cells.

    Parameters
    ----------
    node_disp : numpy.ndarray
        ``(rows, cols, 2)`` node displacements from `node_displacements`.
    height, width : int
        Size of the array to warp.

    Returns
    -------
    map_x, map_y : numpy.ndarray
        ``(H, W)`` float32 maps for ``cv2.remap``.

    Examples
    --------
    >>> import numpy as np
    >>> disp = np.zeros((2, 2, 2))
    >>> disp[:, :, 0] = 1.5  # every output pixel samples 1.5 px to the right
    >>> map_x, map_y = dense_map(disp, 1, 3)
    >>> map_x.tolist(), map_y.tolist()
    ([[1.5, 2.5, 3.5]], [[0.0, 0.0, 0.0]])

    """
    nb_rows = node_disp.shape[0]
    nodes = np.asarray(node_disp, dtype=np.float32)
    row_index, fy = _cell_coords(height, nb_rows)
    col_index, fx = _cell_coords(width, nodes.shape[1])
    # route: tests/perf/test_piecewise_perf.py::test_dense_map_vs_per_pixel_gather
    maps = np.empty((2, height, width), dtype=np.float32)
    grid = (
        np.arange(width, dtype=np.float32)[np.newaxis, :],
        np.arange(height, dtype=np.float32)[:, np.newaxis],
    )
    starts = np.searchsorted(row_index, np.arange(nb_rows - 1))
    ends = np.append(starts[1:], height)
    for cell_row, (y0, y1) in enumerate(zip(starts.tolist(), ends.tolist())):
        if y0 == y1:
            continue
        top = nodes[cell_row][col_index]  # (W, 2) left node of each pixel's cell
        top_right = nodes[cell_row][col_index + 1]
        bottom = nodes[cell_row + 1][col_index]
        bottom_right = nodes[cell_row + 1][col_index + 1]
        fy_block = fy[y0:y1, np.newaxis]
        cross = np.minimum(fx[np.newaxis, :], fy_block)
        for axis in (0, 1):
            d00 = top[:, axis]
            along_x = d00 + fx * (top_right[:, axis] - d00)
            out = maps[axis, y0:y1]
            np.multiply(fy_block, bottom[:, axis] - d00, out=out)
            out += along_x
            out += cross * (
                bottom_right[:, axis] - top_right[:, axis] - bottom[:, axis] + d00
            )
            out += grid[axis][y0:y1] if axis == 1 else grid[axis]
    return maps[0], maps[1]


def _triangles(node_disp: np.ndarray, height: int, width: int):
    """Source and displaced vertices of all triangles, ``(T, 3, 2)`` each."""
    nb_rows, nb_cols = node_disp.shape[0:2]
    src_y = np.linspace(0, height, nb_rows)
    src_x = np.linspace(0, width, nb_cols)
    src = np.stack(np.meshgrid(src_x, src_y), axis=-1)  # (rows, cols, 2) as (x, y)
    dst = src + node_disp
    corners = []
    for nodes in (src, dst):
        p00, p10 = nodes[:-1, :-1], nodes[:-1, 1:]
        p01, p11 = nodes[1:, :-1], nodes[1:, 1:]
        # upper-right triangle (fx >= fy) and lower-left triangle (fy >= fx)
        upper = np.stack([p00, p10, p11], axis=2).reshape((-1, 3, 2))
        lower = np.stack([p00, p11, p01], axis=2).reshape((-1, 3, 2))
        corners.append(np.concatenate([upper, lower], axis=0))
    return corners[0], corners[1]


def _barycentric(points: np.ndarray, triangles: np.ndarray) -> np.ndarray:
    """``(N, T, 3)`` barycentric coordinates of points in triangles."""
    a = triangles[np.newaxis, :, 0]
    v0 = triangles[np.newaxis, :, 1] - a
    v1 = triangles[np.newaxis, :, 2] - a
    v2 = points[:, np.newaxis, :] - a
    det = v0[..., 0] * v1[..., 1] - v0[..., 1] * v1[..., 0]
    # degenerate (collapsed) triangles never win the containment test below
    safe = np.where(np.abs(det) > 1e-12, det, np.nan)
    beta = (v2[..., 0] * v1[..., 1] - v2[..., 1] * v1[..., 0]) / safe
    gamma = (v0[..., 0] * v2[..., 1] - v0[..., 1] * v2[..., 0]) / safe
    return np.stack([1.0 - beta - gamma, beta, gamma], axis=-1)


def inverse_points(
    xy: np.ndarray, node_disp: np.ndarray, height: int, width: int
) -> np.ndarray:
    """Move pixel-index positions with the content of an image warped by the mesh.

    Content at input position ``q`` appears at the output position ``p`` with
    ``p + d(p) = q``: ``q`` is located in the displaced triangles and mapped
    back with the same barycentric coordinates. Positions no displaced triangle
    contains (content that left the visible area) use the affine map of the
    triangle they are nearest to, in barycentric terms.

    Parameters
    ----------
    xy : numpy.ndarray
        ``(N, 2)`` positions in pixel-index coordinates (pixel centres at
        integers).
    node_disp : numpy.ndarray
        ``(rows, cols, 2)`` node displacements.
    height, width : int
        Size of the array the mesh is for.

    Returns
    -------
    numpy.ndarray
        ``(N, 2)`` float64 positions.

    Examples
    --------
    >>> import numpy as np
    >>> disp = np.zeros((2, 2, 2))
    >>> disp[:, :, 0] = 1.5  # output samples 1.5 px to the right: content moves left
    >>> inverse_points(np.array([[4.0, 2.0]]), disp, 5, 8).tolist()
    [[2.5, 2.0]]

    """
    points = np.asarray(xy, dtype=np.float64).reshape((-1, 2))
    if len(points) == 0:
        return points.copy()
    src, dst = _triangles(np.asarray(node_disp, dtype=np.float64), height, width)
    result = np.empty_like(points)
    # blocks keep the (N, T, 3) temporaries small for many points or triangles
    step = max(1, (1 << 20) // len(src))
    for start in range(0, len(points), step):
        block = points[start : start + step]
        bary = _barycentric(block, dst)
        worst = np.nan_to_num(bary.min(axis=2), nan=-np.inf)
        best = np.argmax(worst, axis=1)
        weights = bary[np.arange(len(block)), best]  # (n, 3)
        moved = np.einsum("nk,nkd->nd", weights, src[best])
        # every triangle collapsed (e.g. a one-pixel axis): leave the point
        collapsed = ~np.isfinite(moved).all(axis=1)
        moved[collapsed] = block[collapsed]
        result[start : start + step] = moved
    return result


def warp_mesh(
    arr: np.ndarray, node_disp: np.ndarray, order: int, mode: str, cval: Any
) -> np.ndarray:
    """Warp a non-empty ``(H, W[, C])`` array with mesh node displacements.

    Orders 0, 1 and 3 (bicubic) use ``cv2.remap``, the others scipy's spline
    ``map_coordinates`` (as do sides of 32767 pixels and more).

    Parameters
    ----------
    arr : numpy.ndarray
        Array to warp, dtype gated with `DTYPES` by the caller.
    node_disp : numpy.ndarray
        ``(rows, cols, 2)`` node displacements for the array's size.
    order : int
        Interpolation order in ``[0, 5]``.
    mode : {"constant", "edge", "symmetric", "reflect", "wrap"}
        Border mode (scikit-image names, as 0.4.0).
    cval : number
        Fill value for ``mode="constant"`` (clipped to the dtype's range).

    Returns
    -------
    numpy.ndarray
        New array of the input's shape and dtype.

    """
    height, width = arr.shape[0:2]
    map_x, map_y = dense_map(node_disp, height, width)
    cval = _elastic.clip_cval(cval, arr.dtype)
    on_cv2 = order in (0, 1, 3) and _elastic.choose_backend(arr.shape) == "cv2"
    if on_cv2:
        border_mode = _warp.MODE_TO_CV2[mode]
        return _elastic.remap_cv2(arr, (map_x, map_y), order, border_mode, cval)
    coords = np.stack([map_y, map_x])
    return _elastic.remap_scipy(arr, coords, order, _warp.MODE_TO_NDIMAGE[mode], cval)
