"""Benchmarks of the resize routes (imgaug._kernels.resize, .crop).

* ``imresize_*`` resize with ``cv2.resize``; the alternative is
  ``skimage.transform.resize`` (order 1, no anti-aliasing), which samples the
  same positions: results agree up to 1 (uint8 rounding) / float32 epsilon.
* ``resize_to`` (used by the crop/pad augmenters with ``keep_size``) calls
  ``cv2.resize`` directly on strided crop views and writes into the batch row
  (``dst=``), instead of going through ``imresize_single_image`` and copying.
* ``imresize_single_image`` to the size an image already has is a checked copy,
  without the batch machinery of ``imresize_many_images``.
"""

from __future__ import annotations

import numpy as np
import pytest

from imgaug._kernels import crop as _crop
from imgaug._kernels import resize as _resize
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def _skimage_resize(images, shape):
    from skimage.transform import resize

    result = resize(
        images,
        shape,
        order=1,
        mode="edge",
        anti_aliasing=False,
        preserve_range=True,
    )
    if images.dtype.kind == "u":
        result = np.clip(np.round(result), 0, 255)
    return result.astype(images.dtype)


def _assert_close(ours, theirs):
    diff = np.abs(ours.astype(np.float64) - theirs.astype(np.float64))
    assert diff.max() <= (1e-6 if ours.dtype.kind == "f" else 1)


@pytest.mark.parametrize("size", [192, 320], ids=["down", "up"])
@pytest.mark.parametrize("dtype", ["uint8", "float32"])
def test_imresize_cv2_vs_skimage(dtype, size):
    image = _images.image(dtype)

    def chosen():
        return _resize.imresize_single_image(image, (size, size), "linear")

    def skimage_route():
        return _skimage_resize(image, (size, size, 3))

    _assert_close(chosen(), skimage_route())
    assert_not_slower(chosen, skimage_route, label=f"cv2 vs skimage {dtype} {size}")


def test_imresize_many_images_batch_vs_skimage():
    # 8 rows: skimage needs ~12 ms per 256x256x3 image, 32 rows would take > 3 s
    batch = _images.batch_uint8(8)
    shape = (len(batch), 224, 224, 3)

    def chosen():
        return _resize.imresize_many_images(batch, (224, 224), "linear")

    def skimage_route():
        # one call on the whole batch (scale 1 along the batch axis)
        return _skimage_resize(batch, shape)

    _assert_close(chosen(), skimage_route())
    assert_not_slower(chosen, skimage_route, label="cv2 vs skimage, batch")


def _crop_boxes(nb_rows):
    rng = np.random.default_rng(5)
    tops = rng.integers(0, 40, nb_rows)
    lefts = rng.integers(0, 40, nb_rows)
    bottoms = rng.integers(0, 40, nb_rows)
    rights = rng.integers(0, 40, nb_rows)
    return list(zip(tops, rights, bottoms, lefts))


def test_resize_to_direct_cv2():
    image = _images.image_uint8()
    view = image[13:231, 21:250]  # strided crop view, as produced by crop()
    size = _images.SIZE

    def chosen():
        return _crop.resize_to(view, size, size)

    def imresize_route():
        return _resize.imresize_single_image(view, (size, size))

    assert np.array_equal(chosen(), imresize_route())
    assert_not_slower(chosen, imresize_route, label="cv2.resize vs imresize")


def test_resize_to_out_row():
    batch = _images.batch_uint8()
    boxes = _crop_boxes(len(batch))
    size = _images.SIZE
    result = np.empty_like(batch)

    def _view(i):
        top, right, bottom, left = boxes[i]
        return batch[i, top : size - bottom, left : size - right]

    def chosen():
        for i in range(len(batch)):
            _crop.resize_to(_view(i), size, size, out=result[i])
        return result

    def imresize_route():
        for i in range(len(batch)):
            result[i] = _resize.imresize_single_image(_view(i), (size, size))
        return result

    expected = np.copy(imresize_route())
    assert np.array_equal(chosen(), expected)
    assert_not_slower(chosen, imresize_route, label="resize into row vs copy")


@pytest.mark.parametrize("nb_rows", [1, 8])
def test_imresize_into_result_row(nb_rows):
    # cv2.resize writes into the rows of the result array (dst=) instead of
    # returning a new array that is then copied into the row
    batch = _images.batch_uint8(nb_rows)

    def chosen():
        return _resize.imresize_many_images(batch, (224, 224), "linear")

    def copy_route():
        result = np.empty((nb_rows, 224, 224, 3), dtype=np.uint8)
        for i in range(nb_rows):
            result[i] = _resize._resize_one(batch[i], 224, 224, 1, batch.dtype)
        return result

    assert np.array_equal(chosen(), copy_route())
    assert_not_slower(chosen, copy_route, label=f"resize into rows, {nb_rows}")


def test_same_size_single_image():
    image = _images.image_uint8()
    size = image.shape[0:2]

    def chosen():
        return _resize.imresize_single_image(image, size, interpolation="linear")

    def batch_route():
        return _resize.imresize_many_images(image[np.newaxis], size, "linear")[0]

    assert np.array_equal(chosen(), batch_route())
    assert_not_slower(chosen, batch_route, label="same-size copy vs batch route")
