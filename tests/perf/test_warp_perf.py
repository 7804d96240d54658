"""Benchmarks of the affine warp routes (imgaug._kernels.warp, .coords).

* ``warp_affine`` with ``backend="auto"`` sends orders 0, 1 and 3 of the
  dtypes OpenCV supports to ``cv2.warpAffine``; the alternative is the scipy
  route (``scipy.ndimage.affine_transform``, 0.4.0's ``backend="skimage"``).
  Orders 0 and 1 agree almost exactly; order 3 differs by design (OpenCV's
  bicubic convolution vs a cubic B-spline), a small mean difference.
* Affine builds the matrices (and fit-output shifts) of all rows of a batch in
  one vectorised step instead of one small-matrix call per row.
"""

from __future__ import annotations

import numpy as np
import pytest

from imgaug._kernels import coords as _coords
from imgaug._kernels import warp as _warp
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def _rotation_scale_matrix(angle=0.3, scale=1.1, shift=(20.0, -15.0)):
    """Rotate and scale around the image centre, then shift; 3x3."""
    cos, sin = scale * np.cos(angle), scale * np.sin(angle)
    linear = np.array([[cos, -sin], [sin, cos]])
    center = (_images.SIZE / 2 - 0.5, _images.SIZE / 2 - 0.5)
    return _coords.conjugate_with_translation(linear, shift, center)


def _check_close(ours, theirs, order):
    diff = np.abs(ours.astype(np.float64) - theirs.astype(np.float64))
    scale = 1.0 if ours.dtype.kind == "f" else 255.0
    if order == 0:
        # only pixels sampled exactly between two source pixels may differ
        assert np.mean(diff > 0) <= 1e-3
    elif order == 1:
        assert diff.max() <= (1e-4 if scale == 1.0 else 1)
    else:
        # different cubic interpolators; both close to the image
        assert diff.mean() <= 0.01 * scale


@pytest.mark.parametrize("order", [0, 1, 3])
@pytest.mark.parametrize("dtype", ["uint8", "float32"])
def test_warp_affine_cv2_vs_scipy(dtype, order):
    image = _images.image(dtype)
    matrix = _rotation_scale_matrix()
    assert _warp.choose_backend(image.dtype, order) == "cv2"

    def chosen():
        return _warp.warp_affine(image, matrix, order=order)

    def scipy_route():
        return _warp.warp_affine(image, matrix, order=order, backend="skimage")

    _check_close(chosen(), scipy_route(), order)
    assert_not_slower(chosen, scipy_route, label=f"cv2 vs scipy {dtype} order {order}")


def _random_affine_parts(nb_rows):
    rng = np.random.default_rng(3)
    angles = rng.uniform(-0.5, 0.5, nb_rows)
    scales = rng.uniform(0.8, 1.2, (nb_rows, 2))
    linear = np.empty((nb_rows, 2, 2))
    linear[:, 0, 0] = scales[:, 0] * np.cos(angles)
    linear[:, 0, 1] = -scales[:, 1] * np.sin(angles)
    linear[:, 1, 0] = scales[:, 0] * np.sin(angles)
    linear[:, 1, 1] = scales[:, 1] * np.cos(angles)
    translation = rng.uniform(-30, 30, (nb_rows, 2))
    center = np.full((nb_rows, 2), _images.SIZE / 2 - 0.5)
    return linear, translation, center


def test_conjugate_with_translation_many():
    linear, translation, center = _random_affine_parts(_images.BATCH_SIZE)

    def chosen():
        return _coords.conjugate_with_translation_many(linear, translation, center)

    def per_row_route():
        return np.stack(
            [
                _coords.conjugate_with_translation(lin, tuple(tr), tuple(ce))
                for lin, tr, ce in zip(linear, translation, center)
            ]
        )

    assert np.allclose(chosen(), per_row_route(), rtol=0, atol=1e-9)
    assert_not_slower(chosen, per_row_route, label="vectorised vs per row")


def test_compute_fit_output_many():
    linear, translation, center = _random_affine_parts(_images.BATCH_SIZE)
    matrices = _coords.conjugate_with_translation_many(linear, translation, center)
    shape = (_images.SIZE, _images.SIZE, 3)
    hw = np.tile(shape[0:2], (len(matrices), 1))

    def chosen():
        return _coords.compute_fit_output_many(matrices, hw)

    def per_row_route():
        return [_coords.compute_fit_output(matrix, shape) for matrix in matrices]

    shifted, out_hw = chosen()
    expected = per_row_route()
    assert np.allclose(shifted, np.stack([m for m, _ in expected]), rtol=0, atol=1e-9)
    assert out_hw.tolist() == [list(s[0:2]) for _, s in expected]
    assert_not_slower(chosen, per_row_route, label="vectorised vs per row")


def test_identity_mask():
    linear, translation, center = _random_affine_parts(_images.BATCH_SIZE)
    matrices = _coords.conjugate_with_translation_many(linear, translation, center)
    matrices[::4] = np.eye(3)

    def chosen():
        return _coords.identity_mask(matrices)

    def per_row_route():
        return np.array([_coords.is_identity_matrix(m) for m in matrices])

    assert np.array_equal(chosen(), per_row_route())
    assert_not_slower(chosen, per_row_route, label="vectorised vs per row")
