"""Benchmarks of the ImageNet-C kernel routes (imgaug._kernels.corrupt).

* shot noise draws Poisson counts with a two-level inverse-CDF table instead of
  ``Generator.poisson`` on a per-pixel lambda array;
* JPEG goes through ``cv2.imencode``/``imdecode`` (same libjpeg result) instead of
  a Pillow save/load;
* pixelate enlarges the BOX-downscaled image with a cached nearest-neighbour
  ``cv2.remap`` (Pillow's BOX upscaling takes the input pixel under each output
  pixel's centre) instead of a second Pillow BOX resize;
* impulse noise compares 16 random bits per value with the amount (cv2 compare,
  max, and) instead of drawing float uniforms and assigning through boolean masks;
* brightness/saturate change channels in closed form instead of converting to HSV
  and back with scikit-image;
* zoom blur warps each zoomed copy with one ``cv2.warpAffine`` instead of cropping
  and ``scipy.ndimage.zoom``.
"""

from __future__ import annotations

import io

import cv2
import numpy as np
import pytest

import imgaug.random as iarandom
from imgaug._kernels import corrupt
from imgaug.augmenters import imgcorruptlike as icl
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


def test_shot_noise_tables():
    image = _images.image_uint8()

    def numpy_route():
        rng = np.random.default_rng(1)
        counts = rng.poisson(image / 255.0 * 60)
        return (np.clip(counts / 60, 0, 1) * 255).astype(np.uint8)

    def chosen():
        return icl._shot_noise(image, 1, iarandom.RNG(1))

    assert_not_slower(chosen, numpy_route, label="tables vs Generator.poisson")


def test_jpeg_cv2_vs_pillow():
    from PIL import Image

    image = _images.image_uint8()

    def pillow_route():
        buffer = io.BytesIO()
        Image.fromarray(image).save(buffer, format="JPEG", quality=15)
        return np.asarray(Image.open(buffer))

    assert_not_slower(
        lambda: corrupt.jpeg_roundtrip(image, 15), pillow_route, label="cv2 vs PIL"
    )


def test_pixelate_upscale_resize():
    from PIL import Image

    image = _images.image_uint8()
    height, width = image.shape[0:2]
    small_w, small_h = int(width * 0.4), int(height * 0.4)
    small = np.asarray(Image.fromarray(image).resize((small_w, small_h)))
    assert corrupt._nearest_exact_is_box(small_h, small_w, height, width)
    maps = corrupt._box_upscale_maps(small_h, small_w, height, width)

    def chosen():
        return cv2.resize(small, (width, height), interpolation=cv2.INTER_NEAREST_EXACT)

    def remap():
        return cv2.remap(small, maps, None, cv2.INTER_NEAREST)

    assert np.array_equal(chosen(), remap())
    assert_not_slower(chosen, remap, label="INTER_NEAREST_EXACT vs remap")


def test_pixelate_upscale_remap():
    from PIL import Image

    image = _images.image_uint8()
    height, width = image.shape[0:2]
    small_size = (int(width * 0.4), int(height * 0.4))

    def pillow_route():
        small = Image.fromarray(image).resize(small_size, Image.Resampling.BOX)
        return np.asarray(small.resize((width, height), Image.Resampling.BOX)).copy()

    def chosen():
        return corrupt.pixelate_box(image, 0.4)

    assert np.array_equal(chosen(), pillow_route())
    assert_not_slower(chosen, pillow_route, label="remap vs Pillow BOX upscale")


def test_impulse_noise_bits():
    image = _images.image_uint8()
    amount = 0.09  # severity 3

    def float_route():
        uniform = iarandom.RNG(1).random(image.shape, dtype=np.float32)
        result = image.copy()
        result[uniform < amount] = 255
        result[uniform < amount / 2] = 0
        return result

    def chosen():
        return icl._impulse_noise(image, 3, iarandom.RNG(1))

    for route in (chosen, float_route):  # same kind of output, same fractions
        out = route()
        changed = out != image
        assert set(np.unique(out[changed])) <= {0, 255}
        assert abs(np.mean(out[changed] == 0) - 0.5) < 0.05
    assert_not_slower(chosen, float_route, label="bits vs float uniforms")


def test_hsv_closed_form_vs_skimage():
    from skimage.color import hsv2rgb, rgb2hsv

    image = _images.image_uint8()

    def skimage_route():
        hsv = rgb2hsv(image / 255.0)
        hsv[:, :, 2] = np.clip(hsv[:, :, 2] + 0.3, 0, 1)
        return (np.clip(hsv2rgb(hsv), 0, 1) * 255).astype(np.uint8)

    assert_not_slower(
        lambda: corrupt.adjust_hsv_uint8(image, 1.0, 0.0, 0.3),
        skimage_route,
        label="closed form vs skimage HSV",
    )


def test_clipped_zoom_warp():
    from scipy import ndimage

    image = _images.image_uint8().astype(np.float32)

    def scipy_route():
        height, width = image.shape[0:2]
        crop_h, crop_w = int(np.ceil(height / 1.2)), int(np.ceil(width / 1.2))
        top, left = (height - crop_h) // 2, (width - crop_w) // 2
        crop = image[top : top + crop_h, left : left + crop_w]
        return ndimage.zoom(crop, (1.2, 1.2, 1), order=1)[:height, :width]

    assert_not_slower(
        lambda: corrupt.clipped_zoom(image, 1.2), scipy_route, label="warp vs zoom"
    )
