"""Benchmarks of the uint8 routes of the colour augmenters (imgaug.augmenters.color).

* uniform quantization with a power-of-two bin count: a bitwise AND (plus OR for
  bin centres) instead of a 256-entry ``cv2.LUT`` table;
* hue and saturation of an HSV image: split into planes, a table for hue, a
  saturating add (or a table) for saturation, merge, instead of one ``cv2.LUT``
  with a ``(1, 256, 3)`` table;
* colour temperature: ``cv2.convertScaleAbs`` per plane instead of ``cv2.LUT``
  with a ``(1, 256, 3)`` table of rounded products;
* ``Grayscale``: ``cvtColor`` to gray and back to three channels instead of the
  general conversion (gray tiled with numpy);
* hue/saturation containers with children that change pixels one by one:
  children run once on a 256-value probe, the result applied as tables, instead
  of handing the children int16 hue/saturation images (for the brightness
  containers this is not faster, so they always use their children);
* k-means: Lloyd's algorithm on colour cells (median-cut start) instead of
  0.4.0's ``cv2.kmeans`` on every pixel; the clusters must be at least as good.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

import imgaug.augmenters as iaa
from imgaug._kernels import colorspace as _cs
from imgaug._kernels import hsv as _hsv
from imgaug._kernels import kelvin as _kelvin
from imgaug._kernels import quantize as _quantize
from imgaug.augmenters import color
from tests.perf import _images
from tests.perf._timing import assert_not_slower

pytestmark = pytest.mark.perf


@pytest.mark.parametrize("nb_bins", [4, 16])
@pytest.mark.parametrize("centers", [True, False])
def test_quantize_uniform_bits_vs_lut(nb_bins, centers):
    image = _images.image_uint8()
    table = _quantize.uniform_table(nb_bins, centers)

    def chosen():
        return color.quantize_uniform(image, nb_bins, to_bin_centers=centers)

    def lut_route():
        return cv2.LUT(image, table)

    assert np.array_equal(chosen(), lut_route())
    assert_not_slower(chosen, lut_route, label="AND/OR vs cv2.LUT")


def test_grayscale_vs_convert():
    image = _images.image_uint8()
    aug = iaa.Grayscale(1.0)

    def chosen():
        return aug._convert_and_blend(image, 1.0, "GRAY")

    def general_route():
        return _cs.convert_(image.copy(), "RGB", "GRAY")

    assert np.array_equal(chosen(), general_route())
    assert_not_slower(chosen, general_route, label="gray fast path vs convert_")


def _general_path(monkeypatch, make, images):
    monkeypatch.setattr(color, "_is_pointwise", lambda augmenter: False)
    try:
        return make()(images=images)
    finally:
        monkeypatch.undo()


@pytest.mark.parametrize(
    "make",
    [
        lambda: iaa.MultiplySaturation((0.5, 1.5), seed=1),
        lambda: iaa.MultiplyHueAndSaturation(seed=1),
    ],
    ids=["MultiplySaturation", "MultiplyHueAndSaturation"],
)
def test_hue_saturation_tables(make, monkeypatch):
    image = _images.image_uint8()
    by_tables = make()(image=image)
    assert np.array_equal(
        _general_path(monkeypatch, make, image[np.newaxis])[0], by_tables
    )
    tables_aug, general_aug = make(), make()

    def chosen():
        return tables_aug(image=image)

    def general_route():
        monkeypatch.setattr(color, "_is_pointwise", lambda augmenter: False)
        try:
            return general_aug(image=image)
        finally:
            monkeypatch.undo()

    assert_not_slower(chosen, general_route, label="probe tables vs int16 children")


@pytest.mark.parametrize("nb_clusters", [4, 16])
def test_kmeans_cells_vs_cv2_kmeans(nb_clusters):
    image = cv2.resize(_images.image_uint8(), (128, 128), interpolation=cv2.INTER_AREA)
    values = image.reshape(-1, 3)
    points = values.astype(np.float32)
    criteria = (cv2.TERM_CRITERIA_MAX_ITER + cv2.TERM_CRITERIA_EPS, 10, 1.0)

    def chosen():
        return _quantize.kmeans(values, nb_clusters, 10, 1.0)

    def cv2_route():
        cv2.setRNGSeed(1)
        return cv2.kmeans(
            points, nb_clusters, None, criteria, 1, cv2.KMEANS_RANDOM_CENTERS
        )

    labels, centers = chosen()
    ours = float(((points - centers[labels]) ** 2).sum())
    theirs, _, _ = cv2_route()
    assert ours <= 1.05 * theirs
    assert_not_slower(chosen, cv2_route, label="cells k-means vs cv2.kmeans")


def test_kelvin_planes_vs_lut():
    image = _images.image_uint8()
    multipliers = _kelvin.kelvins_to_multipliers([4000.0])[0]
    values = np.arange(256, dtype=np.float32)[:, np.newaxis]
    table = np.round(values * multipliers[np.newaxis, :]).astype(np.uint8)
    table = np.ascontiguousarray(table[np.newaxis])

    def chosen():
        return _kelvin.apply_multipliers(image, multipliers)

    def lut_route():
        return cv2.LUT(image, table)

    assert np.array_equal(chosen(), lut_route())
    assert_not_slower(chosen, lut_route, label="convertScaleAbs planes vs cv2.LUT")


@pytest.mark.parametrize("saturation", [25, "table"])
def test_hsv_planes_vs_lut(saturation):
    hsv = cv2.cvtColor(_images.image_uint8(), cv2.COLOR_RGB2HSV)
    hue_table = _hsv.hue_tables([17])[0]
    if saturation == "table":
        saturation = (np.arange(256) * 0.7).astype(np.uint8)
        saturation_table = saturation
    else:
        saturation_table = np.clip(np.arange(256) + saturation, 0, 255).astype(np.uint8)
    table = np.ascontiguousarray(
        np.stack([hue_table, saturation_table, np.arange(256, dtype=np.uint8)], -1)[
            np.newaxis
        ]
    )

    def chosen():
        return _hsv.apply_to_hsv_(hsv.copy(), hue_table, saturation)

    def lut_route():
        work = hsv.copy()
        return cv2.LUT(work, table, dst=work)

    assert np.array_equal(chosen(), lut_route())
    assert_not_slower(chosen, lut_route, label="HSV planes vs 3-channel cv2.LUT")
