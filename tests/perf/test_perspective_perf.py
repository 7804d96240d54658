"""Benchmarks of the PerspectiveTransform kernels (imgaug._kernels.perspective).

* The corner geometry of a transform is computed with a handful of vectorised
  float32 operations on the ``(4, 2)`` quadrilateral (all four edges at once)
  instead of one small numpy call chain per edge; the results are identical.
* With ``keep_size=True`` the scaling back to the input size is folded into the
  matrix: one ``warpPerspective`` instead of a warp and a resize.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

import imgaug as ia
from imgaug._kernels import perspective
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf

JITTER = np.array([[0.08, 0.05], [0.02, 0.11], [0.06, 0.03], [0.04, 0.09]], np.float32)


def _edge(a, b):
    return np.sqrt(((a - b) ** 2).sum())


def _matrix_per_edge(jitter, height, width):
    """The straightforward version: one numpy chain per corner and edge."""
    rel = np.mod(np.abs(jitter), np.float32(1))
    points = np.array(
        [
            [rel[0, 0], rel[0, 1]],
            [1 - rel[1, 0], rel[1, 1]],
            [1 - rel[2, 0], 1 - rel[2, 1]],
            [rel[3, 0], 1 - rel[3, 1]],
        ],
        dtype=np.float32,
    )
    points[:, 0] *= width
    points[:, 1] *= height
    sums, diffs = points.sum(axis=1), points[:, 1] - points[:, 0]
    tl, tr = points[np.argmin(sums)], points[np.argmin(diffs)]
    br, bl = points[np.argmax(sums)], points[np.argmax(diffs)]
    out_w = int(max(_edge(br, bl), _edge(tr, tl)))
    out_h = int(max(_edge(tr, br), _edge(tl, bl)))
    dst = np.float32([[0, 0], [out_w, 0], [out_w, out_h], [0, out_h]])
    return cv2.getPerspectiveTransform(np.array([tl, tr, br, bl]), dst), out_h, out_w


def test_matrix_vectorised_edges():
    def chosen():
        return perspective.perspective_matrix(JITTER, 256, 256)

    def per_edge():
        return _matrix_per_edge(JITTER, 256, 256)

    matrix, height, width = chosen()
    expected, exp_h, exp_w = per_edge()
    assert (height, width) == (exp_h, exp_w) and np.allclose(matrix, expected)
    assert_not_slower(chosen, per_edge, label="vectorised edges vs per edge")


def test_keep_size_one_warp_vs_warp_and_resize():
    image = _images.image_uint8()
    matrix, height, width = perspective.perspective_matrix(JITTER, 256, 256)
    folded = perspective.scale_into(matrix, (height, width), (256, 256))

    def chosen():
        return perspective.warp_perspective(image, folded, (256, 256))

    def two_steps():
        warped = perspective.warp_perspective(image, matrix, (height, width))
        return ia.imresize_single_image(warped, (256, 256))

    diff = np.abs(chosen().astype(np.int16) - two_steps())
    assert diff.mean() < 2.0
    assert_not_slower(chosen, two_steps, label="one warp vs warp + resize")
