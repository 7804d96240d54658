"""Benchmarks of the PiecewiseAffine kernels (imgaug._kernels.piecewise).

* ``dense_map`` fills the sampling map one row of mesh cells at a time, with
  everything that depends on x only computed once per cell row; the
  alternative gathers four per-cell coefficient planes per pixel.
* The warp is one ``cv2.remap`` with that map; 0.4.0 evaluated scikit-image's
  ``PiecewiseAffineTransform`` per pixel (triangle search), which is what the
  second benchmark compares against when scikit-image is installed.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from imgaug._kernels import piecewise
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def _mesh(size=_images.SIZE, nb_rows=4, nb_cols=4):
    jitter = np.random.default_rng(0).normal(0, 0.03, (nb_rows * nb_cols, 2))
    return piecewise.node_displacements(
        jitter, nb_rows, nb_cols, size, size, (size, size)
    )


def _per_pixel_gather(node_disp, height, width):
    nodes = node_disp.astype(np.float32)
    d00, d10, d01 = nodes[:-1, :-1], nodes[:-1, 1:], nodes[1:, :-1]
    cells = np.stack([d00, d10 - d00, d01 - d00, nodes[1:, 1:] - d10 - d01 + d00])
    rows, fy = piecewise._cell_coords(height, nodes.shape[0])
    cols, fx = piecewise._cell_coords(width, nodes.shape[1])
    per_pixel = cells[:, rows][:, :, cols]  # (4, H, W, 2)
    fx = fx[None, :, None]
    fy = fy[:, None, None]
    result = per_pixel[0] + per_pixel[1] * fx + per_pixel[2] * fy
    result += per_pixel[3] * np.minimum(fx, fy)
    result[:, :, 0] += np.arange(width, dtype=np.float32)
    result[:, :, 1] += np.arange(height, dtype=np.float32)[:, None]
    return result[:, :, 0], result[:, :, 1]


@pytest.mark.parametrize("nb_points", [4, 10])
def test_dense_map_vs_per_pixel_gather(nb_points):
    size = _images.SIZE
    node_disp = _mesh(nb_rows=nb_points, nb_cols=nb_points)

    def chosen():
        return piecewise.dense_map(node_disp, size, size)

    def gather():
        return _per_pixel_gather(node_disp, size, size)

    for ours, theirs in zip(chosen(), gather()):
        assert np.allclose(ours, theirs, atol=1e-3)
    assert_not_slower(chosen, gather, label=f"cell rows vs gather, {nb_points}^2")


def test_remap_vs_skimage_piecewise_affine():
    transform_mod = pytest.importorskip("skimage.transform")
    image = _images.image_uint8()
    size = _images.SIZE
    node_disp = _mesh()
    src_y, src_x = np.meshgrid(
        np.linspace(0, size, 4), np.linspace(0, size, 4), indexing="ij"
    )
    src = np.stack([src_x.ravel(), src_y.ravel()], axis=1)
    tform = transform_mod.PiecewiseAffineTransform()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # estimate() is deprecated in skimage 0.26
        tform.estimate(src, src + node_disp.reshape(-1, 2))

    def chosen():
        return piecewise.warp_mesh(image, node_disp, 1, "constant", 0)

    def skimage_route():
        return transform_mod.warp(
            image, tform, order=1, mode="constant", preserve_range=True
        ).astype(np.uint8)

    # same transform up to the triangulation's diagonals: mostly equal pixels
    diff = np.abs(chosen().astype(np.int16) - skimage_route())
    assert np.mean(diff) < 10
    assert_not_slower(chosen, skimage_route, label="cv2.remap vs skimage warp")
