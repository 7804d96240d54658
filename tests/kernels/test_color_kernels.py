"""Tests for the colour kernels: imgaug._kernels.{colorspace, hsv, kelvin, quantize}."""

import itertools

import cv2
import numpy as np
import pytest

from imgaug._kernels import colorspace as _cs
from imgaug._kernels import hsv as _hsv
from imgaug._kernels import kelvin as _kelvin
from imgaug._kernels import quantize as _quantize


def _image(shape=(5, 7, 3), seed=0):
    return np.random.default_rng(seed).integers(0, 256, size=shape).astype(np.uint8)


# ------------------------------------------------------------------ colorspace
class TestConvert:
    @pytest.mark.parametrize(
        "source, target",
        [
            (s, t)
            for s, t in itertools.product(sorted(_cs.CSPACE_ALL), repeat=2)
            if s != "GRAY"
        ],
    )
    def test_equals_convert_and_leaves_input_alone(self, source, target):
        image = _image()
        before = image.copy()
        result = _cs.convert(image, source, target)
        assert np.array_equal(image, before)
        assert not np.shares_memory(result, image)
        assert np.array_equal(result, _cs.convert_(image.copy(), source, target))
        assert result.shape == image.shape and result.dtype == np.uint8

    def test_gray_is_tiled(self):
        image = _image()
        result = _cs.convert(image, "RGB", "GRAY")
        gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
        for channel in range(3):
            assert np.array_equal(result[:, :, channel], gray)

    def test_same_space_is_a_copy(self):
        image = _image()
        result = _cs.convert(image, "HSV", "HSV")
        assert np.array_equal(result, image) and result is not image

    def test_read_only_and_strided_inputs(self):
        image = _image((6, 8, 3))
        view = image[:, ::-1]
        view.flags.writeable = False
        expected = cv2.cvtColor(np.ascontiguousarray(view), cv2.COLOR_RGB2HSV)
        assert np.array_equal(_cs.convert(view, "RGB", "HSV"), expected)

    def test_empty(self):
        image = np.zeros((0, 4, 3), dtype=np.uint8)
        assert _cs.convert(image, "RGB", "HSV").shape == (0, 4, 3)


# ------------------------------------------------------------------------ hsv
class TestHsvTables:
    def test_hue_offsets_truncate_toward_zero(self):
        offsets = [-255, -200, -1, 0, 1, 20, 37, 255]
        assert _hsv.hue_offsets_to_cv2(offsets).tolist() == [
            -180,
            -141,
            0,
            0,
            0,
            14,
            26,
            180,
        ]

    def test_hue_tables_wrap(self):
        tables = _hsv.hue_tables([10, -20])
        assert tables.shape == (2, 256) and tables.dtype == np.uint8
        values = np.arange(256)
        assert np.array_equal(tables[0], (values + 10) % 180)
        assert np.array_equal(tables[1], (values - 20) % 180)
        assert tables[0, 175] == 5  # wraps around

    @pytest.mark.parametrize("saturation", [0, 30, -40, 255, -255, "table"])
    def test_apply_to_hsv(self, saturation):
        image = _image((6, 7, 3))
        image[0, 0, 1], image[0, 1, 1] = 0, 255
        hue_table = _hsv.hue_tables([37])[0]
        if saturation == "table":
            saturation = (255 - np.arange(256)).astype(np.uint8)
            expected_saturation = saturation[image[:, :, 1]]
        else:
            expected_saturation = np.clip(
                image[:, :, 1].astype(int) + saturation, 0, 255
            )
        work = image.copy()
        result = _hsv.apply_to_hsv_(work, hue_table, saturation)
        assert result is work
        assert np.array_equal(result[:, :, 0], hue_table[image[:, :, 0]])
        assert np.array_equal(result[:, :, 1], expected_saturation)
        assert np.array_equal(result[:, :, 2], image[:, :, 2])

    def test_hue_scaling(self):
        hue = np.array([0, 1, 3, 36, 179], dtype=np.uint8)
        assert _hsv.hue_to_255(hue).tolist() == [0, 1, 4, 51, 253]
        assert _hsv.hue_to_255(hue).dtype == np.int16
        scaled = np.array([-4, 0, 1, 51, 254, 255, 257, 510], dtype=np.int16)
        # (v mod 255) / 255 * 180, truncated
        assert _hsv.hue_from_255(scaled).tolist() == [177, 0, 0, 36, 179, 0, 1, 0]

    def test_probe_round_trip_equals_direct_mapping(self):
        probe = _hsv.probe_hue_saturation()
        assert probe.shape == (1, 256, 2) and probe.dtype == np.int16
        hue, saturation = _hsv.tables_from_probe(probe)
        values = np.arange(256, dtype=np.uint8)
        assert np.array_equal(hue, _hsv.hue_from_255(_hsv.hue_to_255(values)))
        assert np.array_equal(saturation, values)
        assert hue.dtype == saturation.dtype == np.uint8

    def test_tables_from_probe_clip_saturation(self):
        probe = _hsv.probe_hue_saturation()
        probe[0, :, 1] = np.arange(256) * 2 - 100
        _, saturation = _hsv.tables_from_probe(probe)
        assert np.array_equal(saturation, np.clip(np.arange(256) * 2 - 100, 0, 255))


# ---------------------------------------------------------------------- kelvin
class TestKelvin:
    def test_table_rows(self):
        multipliers = _kelvin.kelvins_to_multipliers([1000, 4000, 6500, 6600, 40000])
        rows = np.round(multipliers * 255).astype(int).tolist()
        assert rows == [
            [255, 56, 0],
            [255, 209, 163],
            [255, 249, 253],
            [254, 249, 255],
            [155, 188, 255],
        ]
        assert multipliers.dtype == np.float32

    def test_interpolation_between_rows(self):
        low, mid, high = _kelvin.kelvins_to_multipliers([1000, 1050, 1100])
        np.testing.assert_allclose(mid, (low + high) / 2, atol=1e-6)
        quarter = _kelvin.kelvins_to_multipliers([1025])[0]
        np.testing.assert_allclose(quarter, low + 0.25 * (high - low), atol=1e-6)

    def test_clipped_to_table(self):
        multipliers = _kelvin.kelvins_to_multipliers([500, 1000, 40000, 90000])
        assert np.array_equal(multipliers[0], multipliers[1])
        assert np.array_equal(multipliers[2], multipliers[3])

    @pytest.mark.parametrize("nb_channels", [1, 3, 4])
    def test_apply_multipliers_rounds_float32_products(self, nb_channels):
        values = np.repeat(
            np.arange(256, dtype=np.uint8)[np.newaxis, :, np.newaxis], nb_channels, 2
        )
        for kelvin in np.linspace(1000, 40000, 97):
            multipliers = np.resize(
                _kelvin.kelvins_to_multipliers([kelvin])[0], nb_channels
            )
            expected = np.round(
                values.astype(np.float32) * multipliers.astype(np.float32)
            ).astype(np.uint8)
            result = _kelvin.apply_multipliers(values, multipliers)
            assert result.shape == values.shape and result.dtype == np.uint8
            assert np.array_equal(result, expected), kelvin

    def test_apply_multipliers_new_array_and_ties(self):
        image = np.full((2, 3, 3), 5, dtype=np.uint8)
        result = _kelvin.apply_multipliers(image, [1.0, 0.5, 0.3])
        assert not np.shares_memory(result, image)
        # 2.5 rounds to 2 (ties to even), 1.5 to 2
        assert result[0, 0].tolist() == [5, 2, 2]

    def test_table_is_read_only(self):
        table = _kelvin._multiplier_table()
        assert table.shape == (391, 3) and not table.flags.writeable


# -------------------------------------------------------------------- quantize
class TestUniformTable:
    @pytest.mark.parametrize("nb_bins", [2, 3, 5, 7, 14, 100, 254, 255])
    @pytest.mark.parametrize("centers", [True, False])
    def test_formula_in_float32(self, nb_bins, centers):
        binsize = np.float32(256 / nb_bins)
        values = np.arange(256, dtype=np.float32)
        expected = np.floor(values / binsize) * binsize
        if centers:
            expected = expected + binsize / np.float32(2)
        expected = np.clip(np.round(expected), 0, 255).astype(np.uint8)
        assert np.array_equal(_quantize.uniform_table(nb_bins, centers), expected)

    def test_examples(self):
        table = _quantize.uniform_table(2, True)
        assert np.unique(table).tolist() == [64, 192]
        assert table[127] == 64 and table[128] == 192
        edges = _quantize.uniform_table(3, False)
        assert edges[[0, 85, 86, 170, 171, 255]].tolist() == [0, 0, 85, 85, 171, 171]
        # float32 bin edges: 128 is in bin 6 of 14 (as in 0.4.0)
        assert _quantize.uniform_table(14, False)[128] == 110

    def test_255_bins_are_not_all_zero(self):
        table = _quantize.uniform_table(255, False)
        assert len(np.unique(table)) == 255

    def test_read_only_and_cached(self):
        table = _quantize.uniform_table(6, True)
        assert not table.flags.writeable
        assert _quantize.uniform_table(6, True) is table

    def test_bits_mask(self):
        assert [int(_quantize.bits_mask(b)) for b in range(1, 9)] == [
            0x80,
            0xC0,
            0xE0,
            0xF0,
            0xF8,
            0xFC,
            0xFE,
            0xFF,
        ]


class TestKMeans:
    def test_two_clear_clusters(self):
        values = np.array(
            [[0, 0, 0], [10, 0, 0], [200, 100, 50], [210, 110, 50]], dtype=np.uint8
        )
        labels, centers = _quantize.kmeans(values, 2, 10, 1.0)
        assert labels[0] == labels[1] and labels[2] == labels[3]
        assert labels[0] != labels[2]
        np.testing.assert_allclose(centers[labels[0]], [5, 0, 0])
        np.testing.assert_allclose(centers[labels[2]], [205, 105, 50])

    def test_fewer_distinct_colors_than_clusters(self):
        values = np.array([[5], [5], [9], [9], [9]], dtype=np.uint8)
        labels, centers = _quantize.kmeans(values, 4, 10, 1.0)
        assert len(centers) == 2
        assert sorted(centers[:, 0].tolist()) == [5.0, 9.0]
        assert labels[0] == labels[1] and labels[2] == labels[4]

    def test_one_channel_is_exact(self):
        values = np.array([[0], [1], [2], [100], [101], [102]], dtype=np.uint8)
        labels, centers = _quantize.kmeans(values, 2, 10, 0.0)
        assert sorted(centers[:, 0].tolist()) == [1.0, 101.0]

    def test_deterministic(self):
        values = _image((40, 40, 3), seed=3).reshape(-1, 3)
        labels_a, centers_a = _quantize.kmeans(values, 8, 10, 1.0)
        labels_b, centers_b = _quantize.kmeans(values, 8, 10, 1.0)
        assert np.array_equal(labels_a, labels_b)
        assert np.array_equal(centers_a, centers_b)
        assert len(centers_a) == 8
        assert labels_a.min() >= 0 and labels_a.max() < 8

    def test_iterations_lower_the_error(self):
        rng = np.random.default_rng(5)
        blobs = [rng.normal(c, 12, size=(300, 3)) for c in (40, 120, 200)]
        values = np.clip(np.concatenate(blobs), 0, 255).astype(np.uint8)

        def error(nb_iter):
            labels, centers = _quantize.kmeans(values, 3, nb_iter, 0.0)
            return float(((values - centers[labels]) ** 2).sum())

        assert error(10) <= error(0)
