"""Benchmarks of the affine warp routes (imgaug._kernels.warp, .coords).

* ``warp_affine`` with ``backend="auto"`` sends orders 0, 1 and 3 of the
  dtypes OpenCV supports to ``cv2.warpAffine``; the alternative is the scipy
  route (``scipy.ndimage.affine_transform``, 0.4.0's ``backend="skimage"``).
  Orders 0 and 1 agree almost exactly; order 3 differs by design (OpenCV's
  bicubic convolution vs a cubic B-spline), a small mean difference.
* Affine builds each row's matrix (and fit-output shift) from plain floats
  (``coords.Affine6``) instead of vectorised numpy over the batch: numpy's
  per-call overhead dominates for the 1 to 8 rows of typical calls (20x faster
  for one row). At 32 rows the per-row route is ~1 us per row slower, under 1 %
  of warping one 256x256 image.
* Constant parameters are answered without numpy (``geometric._draw_list``).
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
    center = (_images.SIZE / 2 - 0.5, _images.SIZE / 2 - 0.5)
    return _coords.to_matrix(
        _coords.conjugate_with_translation((cos, -sin, sin, cos), shift, center)
    )


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


def _random_affine_samples(nb_rows):
    rng = np.random.default_rng(3)
    return (
        rng.uniform(0.8, 1.2, (2, nb_rows)).tolist()
        + [rng.uniform(-30, 30, nb_rows).tolist()]
        + rng.uniform(-10, 10, (2, nb_rows)).tolist()
        + rng.uniform(-20, 20, (2, nb_rows)).tolist()
    )


def _matrices_affine6(samples, height, width):
    sx, sy, rot, shx, shy, tx, ty = samples
    center = (width / 2 - 0.5, height / 2 - 0.5)
    out = []
    for row in zip(sx, sy, rot, shx, shy, tx, ty):
        linear = _coords.affine_linear_part(*row[0:5])
        matrix = _coords.conjugate_with_translation(linear, row[5:7], center)
        matrix, out_h, out_w = _coords.fit_output(matrix, height, width)
        out.append((matrix, out_h, out_w, _coords.is_identity(matrix)))
    return out


def _matrices_numpy(samples, height, width):
    """The vectorised alternative: (N, 3, 3) arrays for the whole batch."""
    sx, sy, rot, shx, shy, tx, ty = (np.asarray(v, dtype=np.float64) for v in samples)
    angles = np.deg2rad(np.stack([rot, rot + shx, shy]))
    cos, sin = np.cos(angles), np.sin(angles)
    a00, a10, a01, a11 = sx * cos[0], sx * sin[0], -sy * sin[1], sy * cos[1]
    mats = np.zeros((len(sx), 3, 3))
    mats[:, 0, 0] = a00 * cos[2] + a01 * sin[2]
    mats[:, 0, 1] = a01
    mats[:, 1, 0] = a10 * cos[2] + a11 * sin[2]
    mats[:, 1, 1] = a11
    mats[:, 2, 2] = 1.0
    center = np.array([width / 2 - 0.5, height / 2 - 0.5])
    mats[:, :2, 2] = np.stack([tx, ty], axis=1) + center - mats[:, :2, :2] @ center
    h1, w1 = height - 1, width - 1
    corners = np.array([[0, 0], [0, h1], [w1, h1], [w1, 0]])
    moved = np.einsum("nij,kj->nki", mats[:, :2, :2], corners) + mats[:, None, :2, 2]
    min_xy = moved.min(axis=1)
    out_hw = np.ceil(np.round(moved.max(axis=1) - min_xy + 1, 6))[:, ::-1]
    mats[:, :2, 2] -= min_xy
    identity = np.abs(mats.reshape(-1, 9) - np.eye(3).reshape(9)).sum(axis=1) <= 9e-4
    return mats, out_hw.astype(np.int64), identity


@pytest.mark.parametrize("nb_rows", [1, 8])
def test_affine6_vs_numpy_matrices(nb_rows):
    samples = _random_affine_samples(nb_rows)
    size = _images.SIZE

    def chosen():
        return _matrices_affine6(samples, size, size)

    def numpy_route():
        return _matrices_numpy(samples, size, size)

    mats, out_hw, identity = numpy_route()
    for i, (matrix, out_h, out_w, ident) in enumerate(chosen()):
        assert np.allclose(_coords.to_matrix(matrix), mats[i], rtol=0, atol=1e-9)
        assert [out_h, out_w] == out_hw[i].tolist() and ident == identity[i]
    assert_not_slower(chosen, numpy_route, label=f"Affine6 vs numpy, {nb_rows} rows")


def test_draw_list_constants():
    from imgaug import parameters as iap
    from imgaug import random as iarandom
    from imgaug.augmenters._sampled import draw_list as _draw_list

    params = [iap.Deterministic(1.0), iap.Deterministic(0), iap.Deterministic("edge")]
    rng = iarandom.RNG(0)

    def chosen():
        return [_draw_list(param, (1,), rng) for param in params]

    def numpy_route():
        return [param.draw_samples((1,), random_state=rng).tolist() for param in params]

    assert chosen() == numpy_route()
    assert_not_slower(chosen, numpy_route, label="constants without numpy")


def test_warp_affine_copy_for_gather():
    """Warping images held in RAM: copying the source first is faster.

    64 images of 384x512x3 (38 MB, more than the caches) are warped one after
    the other, as a dataset held in memory: a rotated read of a source that is
    not in the cache is latency bound, one sequential copy first is not.
    """
    import cv2

    from imgaug._kernels import cv2util

    rng = np.random.default_rng(0)
    images = [rng.integers(0, 256, size=(384, 512, 3), dtype=np.uint8)]
    images += [np.roll(images[0], 11 * i, axis=1) for i in range(1, 64)]
    matrix = cv2.getRotationMatrix2D((256.0, 192.0), 25.0, 1.05)

    def warp(source):
        return cv2.warpAffine(source, matrix, (512, 384), flags=cv2.INTER_LINEAR)

    def chosen():
        return [warp(cv2util.contiguous_for_gather(image)) for image in images]

    def direct():
        return [warp(image) for image in images]

    assert all(np.array_equal(a, b) for a, b in zip(chosen()[:2], direct()[:2]))
    assert_not_slower(chosen, direct, label="copy, then warp vs warp from RAM")


def test_warp_affine_into_batch_rows():
    """Warped rows of a batch go straight into one output array (``out=``).

    The alternative is the former route of ``Affine``: a list of new arrays, then
    ``np.stack`` (one more batch alive and one more pass over it).
    """
    import cv2

    batch = _images.batch_uint8()
    height, width = batch.shape[1:3]
    matrices = [
        np.vstack(
            [cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0), [0, 0, 1]]
        )
        for angle in np.linspace(-10, 10, len(batch))
    ]

    def warp(i, out=None):
        return _warp.warp_affine_routed(
            batch[i], matrices[i], (height, width), 1, "constant", 0, "cv2", out=out
        )

    def chosen():
        out = np.empty_like(batch)
        for i in range(len(batch)):
            warp(i, out[i])
        return out

    def list_then_stack():
        return np.stack([warp(i) for i in range(len(batch))])

    assert np.array_equal(chosen(), list_then_stack())
    assert_not_slower(chosen, list_then_stack, label="rows into one array vs stack")
