"""Tests for imgaug._kernels.mix (array helpers of the mixing augmenters)."""

import numpy as np
import pytest

from imgaug._kernels import mix as _mix


class TestGeometry:
    def test_intersect(self):
        assert _mix.intersect((0, 4, 0, 6), (2, 8, 3, 9)) == (2, 4, 3, 6)
        assert _mix.intersect((0, 4, 0, 6), (4, 8, 0, 6)) is None

    def test_source_rect_identity_and_scale(self):
        assert _mix.source_rect((2, 5, 1, 4), (0, 0), (1.0, 1.0), (10, 10)) == (
            2,
            5,
            1,
            4,
        )
        # a source scaled by 2 starting at (10, 20): output pixels 12..16 come from
        # source pixels 1..3 (rounded outwards), x 20..24 from 0..2
        assert _mix.source_rect((12, 16, 20, 24), (10, 20), (2.0, 2.0), (9, 9)) == (
            1,
            3,
            0,
            2,
        )

    def test_source_rect_never_empty_and_clipped(self):
        rect = _mix.source_rect((0, 1, 0, 1), (0, 0), (100.0, 100.0), (3, 3))
        assert rect == (0, 1, 0, 1)
        rect = _mix.source_rect((0, 50, 0, 50), (-10, -10), (1.0, 1.0), (20, 20))
        assert rect == (10, 20, 10, 20)

    def test_scale_rect(self):
        assert _mix.scale_rect((2, 6, 4, 8), 0.5, 0.25) == (1, 3, 1, 2)
        assert _mix.scale_rect((1, 2, 1, 2), 0.1, 0.1) == (0, 1, 0, 1)

    def test_tight_rect(self):
        mask = np.zeros((5, 6), dtype=bool)
        assert _mix.tight_rect(mask) is None
        mask[1:3, 2] = True
        mask[4, 4] = True
        assert _mix.tight_rect(mask) == (1, 5, 2, 5)

    @pytest.mark.parametrize(
        ("fit_mode", "align", "expected"),
        [
            ("cover", (0.5, 0.5), ((10, 20), (0, -5))),
            ("contain", (0.0, 0.0), ((5, 10), (0, 0))),
            ("contain", (1.0, 1.0), ((5, 10), (5, 0))),
        ],
    )
    def test_cell_content(self, fit_mode, align, expected):
        assert _mix.cell_content((10, 10), (4, 8), fit_mode, align) == expected

    def test_window_origin(self):
        assert _mix.window_origin(100, 40, 0.0) == 0
        assert _mix.window_origin(100, 40, 1.0) == 60
        assert _mix.window_origin(100, 40, 0.5) == 30
        assert _mix.window_origin(30, 40, 0.7) == -5  # small canvas: centred


class TestPixels:
    def test_resize_region_same_size_is_a_view(self):
        image = np.arange(48, dtype=np.uint8).reshape(4, 4, 3)
        patch = _mix.resize_region(image, (1, 3, 0, 2), 2, 2, 1)
        assert np.shares_memory(patch, image)
        assert np.array_equal(patch, image[1:3, 0:2])

    def test_resize_region_scales(self):
        image = np.zeros((4, 4, 1), dtype=np.uint8)
        image[0:2, 0:2] = 100
        patch = _mix.resize_region(image, (0, 2, 0, 4), 4, 8, 0)
        assert patch.shape == (4, 8, 1)
        assert np.all(patch[:, 0:4] == 100) and np.all(patch[:, 4:] == 0)

    def test_resize_region_empty_source(self):
        image = np.zeros((0, 4, 2), dtype=np.float32)
        patch = _mix.resize_region(image, (0, 0, 0, 4), 3, 2, 1)
        assert patch.shape == (3, 2, 2) and patch.dtype == np.float32

    def test_resize_mask(self):
        mask = np.array([[True, False]])
        assert _mix.resize_mask(mask, 2, 4).tolist() == [[True, True, False, False]] * 2

    @pytest.mark.parametrize(
        "dtype", ["bool", "uint8", "int16", "float16", "float32", "uint64"]
    )
    @pytest.mark.parametrize("nb_channels", [1, 3, 5])
    def test_paste_masked_matches_numpy(self, dtype, nb_channels):
        rng = np.random.default_rng(0)
        target = (rng.random((6, 7, nb_channels)) * 50).astype(dtype)
        patch = (rng.random((3, 4, nb_channels)) * 50 + 60).astype(dtype)
        mask = rng.random((3, 4)) > 0.5
        expected = target.copy()
        region = expected[2:5, 1:5]
        region[mask] = patch[mask]
        observed = _mix.paste_(target.copy(), (2, 5, 1, 5), patch, mask)
        assert np.array_equal(observed, expected)

    def test_paste_scalar_and_unmasked(self):
        owner = np.full((3, 3), -1, dtype=np.int16)
        mask = np.array([[True, False], [False, True]])
        _mix.paste_(owner, (0, 2, 1, 3), 4, mask)
        assert owner.tolist() == [[-1, 4, -1], [-1, -1, 4], [-1, -1, -1]]
        _mix.paste_(owner, (2, 3, 0, 3), 7)
        assert owner[2].tolist() == [7, 7, 7]

    def test_rasterize_polygon(self):
        square = np.array([[1.0, 1.0], [4.0, 1.0], [4.0, 3.0], [1.0, 3.0]])
        raster = _mix.rasterize_polygon(square, (0, 5, 0, 6))
        expected = np.zeros((5, 6), dtype=bool)
        expected[1:3, 1:4] = True
        assert np.array_equal(raster, expected)
        offset = _mix.rasterize_polygon(square, (1, 3, 1, 4))
        assert offset.all()

    def test_rasterize_concave_polygon_like_point_in_polygon(self):
        from skimage.measure import points_in_poly

        # a U shape with coordinates off the pixel centres
        xy = np.array(
            [
                [0.3, 0.2],
                [9.7, 0.2],
                [9.7, 8.1],
                [6.6, 8.1],
                [6.6, 3.3],
                [3.2, 3.3],
                [3.2, 8.1],
                [0.3, 8.1],
            ]
        )
        rect = (-1, 10, -2, 12)
        yy, xx = np.mgrid[rect[0] : rect[1], rect[2] : rect[3]] + 0.5
        centres = np.stack([xx.ravel(), yy.ravel()], axis=1)
        expected = points_in_poly(centres, xy).reshape(yy.shape)
        assert np.array_equal(_mix.rasterize_polygon(xy, rect), expected)
        assert not expected[5, 7]  # the notch of the U is outside


class TestHistograms:
    @pytest.mark.parametrize("dtype", ["uint8", "int8", "uint16", "float32"])
    def test_value_histogram(self, dtype):
        channel = np.array([[3, 1], [3, 7]], dtype=dtype)
        values, counts = _mix.value_histogram(channel)
        assert values.tolist() == [1, 3, 7] and counts.tolist() == [1, 2, 1]

    def test_match_values_quantiles(self):
        values = np.array([0.0, 1.0, 2.0, 3.0])
        counts = np.ones(4)
        ref_values = np.array([10.0, 20.0, 30.0, 40.0])
        matched = _mix.match_values(values, counts, ref_values, np.ones(4))
        assert matched.tolist() == [10.0, 20.0, 30.0, 40.0]

    def test_merge_histograms(self):
        merged = _mix.merge_histograms(
            [(np.array([1.0, 5.0]), np.array([2.0, 1.0])), (np.array([5.0]), [4.0])]
        )
        assert merged[0].tolist() == [1.0, 5.0] and merged[1].tolist() == [2.0, 5.0]

    def test_uint8_table_equals_general_route(self):
        rng = np.random.default_rng(1)
        channel = rng.integers(0, 120, size=(9, 11)).astype(np.uint8)
        reference = _mix.value_histogram(rng.integers(90, 255, size=(7, 5)))
        table = _mix.match_channel_table_uint8(channel, reference, 0.7)
        general = _mix.match_channel(channel.astype(np.float32), reference, 0.7)
        assert np.array_equal(table[channel], np.round(general).astype(np.uint8))
        as_int16 = _mix.match_channel(channel.astype(np.int16), reference, 0.7)
        assert np.allclose(as_int16, general)


class TestDistributions:
    def test_standard_and_minmax(self):
        source = np.array([[0.0], [2.0], [4.0]])
        reference = [np.array([[10.0], [20.0]])]
        matrix, offset = _mix.adaptation_affine(source, reference, "minmax")
        assert np.allclose(source @ matrix + offset, [[10.0], [15.0], [20.0]])
        matrix, offset = _mix.adaptation_affine(source, reference, "standard")
        result = source @ matrix + offset
        assert np.isclose(result.mean(), 15.0) and np.isclose(result.std(), 5.0)

    def test_pca_matches_mean_and_covariance(self):
        rng = np.random.default_rng(2)
        source = rng.normal(size=(4000, 3)) @ np.array(
            [[1.0, 0.3, 0.0], [0.0, 2.0, 0.5], [0.2, 0.0, 0.7]]
        )
        reference = rng.normal(size=(5000, 3)) @ np.array(
            [[3.0, 0.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.5, 2.0]]
        ) + [50.0, 60.0, 70.0]
        matrix, offset = _mix.adaptation_affine(source, [reference], "pca")
        result = source @ matrix + offset
        assert np.allclose(result.mean(axis=0), reference.mean(axis=0), atol=1e-6)
        assert np.allclose(
            np.cov(result.T, bias=True), np.cov(reference.T, bias=True), rtol=1e-6
        )

    def test_pca_identity_for_same_statistics(self):
        rng = np.random.default_rng(3)
        pixels = rng.normal(size=(500, 3)) * [1.0, 2.0, 3.0]
        matrix, offset = _mix.adaptation_affine(pixels, [pixels[::-1]], "pca")
        assert np.allclose(matrix, np.eye(3), atol=1e-8)
        assert np.allclose(offset, 0, atol=1e-8)

    def test_constant_source(self):
        source = np.full((10, 3), 7.0)
        reference = [np.arange(30, dtype=np.float64).reshape(10, 3)]
        for kind in ("pca", "standard", "minmax"):
            matrix, offset = _mix.adaptation_affine(source, reference, kind)
            assert np.all(np.isfinite(matrix)) and np.all(np.isfinite(offset)), kind

    def test_apply_affine_uint8_route_equals_float(self):
        rng = np.random.default_rng(4)
        image = rng.integers(0, 256, size=(5, 6, 3)).astype(np.uint8)
        matrix = np.array([[0.9, 0.1, 0.0], [0.0, 1.2, 0.0], [0.1, 0.0, 0.8]])
        offset = np.array([3.0, -10.0, 20.0])
        observed = _mix.apply_affine(image, matrix, offset)
        expected = image.reshape(-1, 3).astype(np.float64) @ matrix + offset
        expected = np.clip(np.round(expected), 0, 255).reshape(image.shape)
        assert observed.dtype == np.uint8
        assert np.abs(observed.astype(np.int16) - expected).max() <= 1
        many = _mix.apply_affine(
            np.repeat(image[:, :, :1], 5, axis=2), np.eye(5), np.zeros(5)
        )
        assert many.dtype == np.float64 and many.shape == (5, 6, 5)
