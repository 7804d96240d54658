"""Tests for imgaug._kernels.elastic (displacement fields, remapping, points)."""

import cv2
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from imgaug._kernels import elastic as el
from imgaug.augmentables.kps import compute_geometric_median

ALL_OK = ["bool", "uint8", "uint16", "uint32", "int8", "int16", "int32"]
ALL_OK += ["float16", "float32", "float64"]
ROW = np.array([[10, 20, 30, 40, 50]])


def _constant_disp(height, width, dx, dy=0.0):
    disp = np.empty((height, width, 2), dtype=np.float32)
    disp[:, :, 0] = dx
    disp[:, :, 1] = dy
    return disp


def _image(shape, dtype):
    dtype = np.dtype(dtype)
    arr = np.arange(int(np.prod(shape))).reshape(shape) % 50
    if dtype.kind == "b":
        return arr % 2 == 1
    if dtype.kind == "i":
        arr = arr - 25
    return arr.astype(dtype)


# --------------------------------------------------------------------------
# fields
# --------------------------------------------------------------------------
class TestKernelSize:
    @pytest.mark.parametrize(
        "sigma, expected",
        [(0.0, 5), (1.0, 5), (2.0, 7), (2.99, 9), (3.0, 9), (4.0, 11), (5.0, 13)]
        + [(8.0, 21), (10.0, 27)],
    )
    def test_rule(self, sigma, expected):
        assert el.compute_ksize(sigma) == expected

    def test_noise_shape_pads_by_half_kernel(self):
        assert el.noise_shape(10, 20, 8.0) == (30, 40, 2)
        assert el.noise_shape(0, 3, 1.0) == (4, 7, 2)


class TestDisplacementField:
    def test_uint16_extremes_map_to_plus_minus_alpha(self):
        shape = el.noise_shape(3, 4, 4.0)
        high = el.displacement_field(np.full(shape, 65535, np.uint16), 2.5, 4.0)
        low = el.displacement_field(np.zeros(shape, np.uint16), 2.5, 4.0)
        assert high.shape == (3, 4, 2) and high.dtype == np.float32
        assert np.allclose(high, 2.5) and np.allclose(low, -2.5)

    def test_tiny_sigma_is_unblurred_scaled_noise(self):
        rng = np.random.default_rng(0)
        noise = rng.uniform(-1, 1, el.noise_shape(4, 5, 0.0)).astype(np.float32)
        observed = el.displacement_field(noise, 3.0, 0.0)
        assert np.allclose(observed, 3.0 * noise[2:6, 2:7])

    def test_equals_full_convolution_without_border_effects(self):
        # the padding is exactly the kernel radius: no pixel of the result
        # depends on how the blur treats the noise's border
        sigma, height, width = 2.0, 3, 4
        ksize = el.compute_ksize(sigma)
        rng = np.random.default_rng(1)
        noise = rng.uniform(-1, 1, el.noise_shape(height, width, sigma))
        noise = noise.astype(np.float32)
        kernel_1d = cv2.getGaussianKernel(ksize, sigma)[:, 0]
        kernel = np.outer(kernel_1d, kernel_1d)
        expected = np.zeros((height, width, 2))
        for y in range(height):
            for x in range(width):
                window = noise[y : y + ksize, x : x + ksize]
                expected[y, x] = (window * kernel[:, :, None]).sum(axis=(0, 1))
        observed = el.displacement_field(noise, 1.0, sigma)
        assert np.allclose(observed, expected, atol=1e-5)

    def test_linear_in_alpha(self):
        rng = np.random.default_rng(2)
        noise = rng.integers(0, 65536, el.noise_shape(20, 30, 5.0), dtype=np.uint16)
        one = el.displacement_field(noise, 1.0, 5.0)
        seven = el.displacement_field(noise, 7.0, 5.0)
        assert np.allclose(seven, 7 * one, atol=1e-4)
        assert np.all(el.displacement_field(noise, 0.0, 5.0) == 0)

    def test_statistics(self):
        rng = np.random.default_rng(3)
        sigma, alpha = 4.0, 10.0
        noise = rng.integers(0, 65536, el.noise_shape(200, 200, sigma), np.uint16)
        disp = el.displacement_field(noise, alpha, sigma).astype(np.float64)
        # predicted standard deviation: uniform noise (variance 1/3) through the
        # truncated, normalised kernel
        k1 = cv2.getGaussianKernel(el.compute_ksize(sigma), sigma)[:, 0]
        expected_std = alpha * np.sqrt(1 / 3 * np.sum(np.outer(k1, k1) ** 2))
        for axis in (0, 1):
            values = disp[:, :, axis]
            assert abs(values.mean()) < 0.1 * expected_std
            assert values.std() == pytest.approx(expected_std, rel=0.05)
        # x and y are independent, neighbours strongly correlated (smooth)
        corr_xy = np.corrcoef(disp[:, :, 0].ravel(), disp[:, :, 1].ravel())[0, 1]
        assert abs(corr_xy) < 0.1
        corr_nb = np.corrcoef(disp[:, :-1, 0].ravel(), disp[:, 1:, 0].ravel())[0, 1]
        assert corr_nb > 0.9

    def test_float_noise_used_as_given(self):
        noise = np.full(el.noise_shape(2, 2, 3.0), 0.25, dtype=np.float32)
        assert np.allclose(el.displacement_field(noise, 4.0, 3.0), 1.0)

    def test_zero_sized(self):
        noise = np.zeros(el.noise_shape(0, 5, 3.0), dtype=np.uint16)
        assert el.displacement_field(noise, 1.0, 3.0).shape == (0, 5, 2)

    def test_bad_noise_shapes(self):
        with pytest.raises(ValueError, match="noise"):
            el.displacement_field(np.zeros((10, 10), np.uint16), 1.0, 3.0)
        with pytest.raises(ValueError, match="noise"):
            el.displacement_field(np.zeros((3, 3, 2), np.uint16), 1.0, 3.0)


class TestResizeDisplacement:
    def test_same_size_returns_input(self):
        disp = _constant_disp(4, 6, 1.0)
        assert el.resize_displacement(disp, 4, 6) is disp

    def test_half_size_scales_displacements(self):
        disp = _constant_disp(4, 6, 3.0, -2.0)
        half = el.resize_displacement(disp, 2, 3)
        assert half.shape == (2, 3, 2)
        assert np.allclose(half[:, :, 0], 1.5) and np.allclose(half[:, :, 1], -1.0)

    def test_anisotropic_and_single_pixel(self):
        disp = _constant_disp(4, 6, 3.0, -2.0)
        assert np.allclose(el.resize_displacement(disp, 8, 3), [1.5, -4.0])
        assert np.allclose(el.resize_displacement(disp, 1, 1), [0.5, -0.5])

    def test_zero_sized(self):
        assert el.resize_displacement(_constant_disp(4, 6, 1.0), 0, 3).shape == (
            0,
            3,
            2,
        )


# --------------------------------------------------------------------------
# remapping
# --------------------------------------------------------------------------
class TestRemapExact:
    @pytest.mark.parametrize("backend", ["cv2", "scipy"])
    @pytest.mark.parametrize(
        "mode, expected",
        [
            ("constant", [7, 7, 10, 20, 30]),
            ("nearest", [10, 10, 10, 20, 30]),
            ("reflect", [30, 20, 10, 20, 30]),
            ("wrap", [40, 50, 10, 20, 30]),
        ],
    )
    @pytest.mark.parametrize("order", [0, 1, 3])
    def test_shift_right_by_two(self, backend, mode, expected, order):
        image = ROW.astype(np.uint8)
        observed = el.remap(
            image, _constant_disp(1, 5, 2.0), order, mode, cval=7, backend=backend
        )
        assert observed.tolist() == [expected]

    @pytest.mark.parametrize("backend", ["cv2", "scipy"])
    def test_shift_down_and_left(self, backend):
        image = np.arange(9, dtype=np.uint8).reshape((3, 3))
        disp = _constant_disp(3, 3, -1.0, 1.0)
        observed = el.remap(image, disp, 0, "constant", cval=0, backend=backend)
        assert observed.tolist() == [[0, 0, 0], [1, 2, 0], [4, 5, 0]]

    def test_half_pixel_linear(self):
        image = ROW.astype(np.float32)
        observed = el.remap(image, _constant_disp(1, 5, 0.5), 1, "nearest")
        assert np.allclose(observed, [[10, 15, 25, 35, 45]])

    @pytest.mark.parametrize("dtype", ALL_OK)
    @pytest.mark.parametrize("order", [0, 1, 3, 5])
    def test_zero_field_is_identity(self, dtype, order):
        image = _image((4, 5, 3), dtype)
        observed = el.remap(image, np.zeros((4, 5, 2), np.float32), order)
        assert observed.dtype == image.dtype
        assert np.array_equal(observed, image)

    @pytest.mark.parametrize("order", [0, 1, 3])
    @pytest.mark.parametrize("mode", ["nearest", "reflect", "wrap"])
    def test_constant_image_stays_constant(self, order, mode):
        rng = np.random.default_rng(4)
        disp = rng.uniform(-3, 3, (6, 7, 2)).astype(np.float32)
        image = np.full((6, 7, 3), 77, dtype=np.uint8)
        assert np.all(el.remap(image, disp, order, mode) == 77)

    @pytest.mark.parametrize("backend", ["cv2", "scipy"])
    def test_orders_above_three(self, backend):
        # cv2: bicubic (0.4.0); scipy: splines; both exact at whole-pixel shifts
        image = ROW.astype(np.float32)
        for order in (2, 4, 5):
            observed = el.remap(
                image, _constant_disp(1, 5, 1.0), order, "nearest", backend=backend
            )
            assert np.allclose(observed, [[10, 10, 20, 30, 40]], atol=1e-4)

    def test_order_5_equals_bicubic_in_cv2(self):
        rng = np.random.default_rng(5)
        image = rng.integers(0, 255, (8, 9)).astype(np.uint8)
        disp = rng.uniform(-2, 2, (8, 9, 2)).astype(np.float32)
        assert np.array_equal(el.remap(image, disp, 5), el.remap(image, disp, 3))


class TestRemapDtypes:
    @pytest.mark.parametrize("backend", ["cv2", "scipy"])
    @pytest.mark.parametrize("dtype", ALL_OK)
    @pytest.mark.parametrize("order", [0, 1, 3])
    def test_whole_pixel_shift_exact_for_every_dtype(self, backend, dtype, order):
        image = _image((3, 5, 2), dtype)
        disp = _constant_disp(3, 5, 1.0, 1.0)
        observed = el.remap(image, disp, order, "nearest", backend=backend)
        expected = np.pad(image, ((1, 0), (1, 0), (0, 0)), mode="edge")[:3, :5]
        assert observed.dtype == image.dtype
        if image.dtype.kind == "f" and backend == "scipy" and order > 1:
            # spline prefiltering leaves float noise
            assert np.allclose(observed, expected, atol=1e-4)
        else:
            assert np.array_equal(observed, expected)

    @pytest.mark.parametrize("dtype", ["uint32", "int32", "uint64", "int64"])
    def test_large_integers(self, dtype):
        info = np.iinfo(dtype)
        # 64 bit integers go through float64: exact up to 2**53
        hi = min(int(info.max), 2**53)
        lo = max(int(info.min), -(2**53))
        image = np.array([[hi, hi - 1, lo, 0]], dtype=dtype)
        order = 1
        observed = el.remap(image, _constant_disp(1, 4, 1.0), order, "nearest")
        assert observed.tolist() == [[hi, hi, hi - 1, lo]]
        if dtype in ("uint32", "int32"):
            observed = el.remap(image, _constant_disp(1, 4, 1.0), 0, "nearest")
            assert observed.tolist() == [[hi, hi, hi - 1, lo]]

    @pytest.mark.parametrize("dtype", ["uint64", "int64"])
    def test_64bit_integers_reject_order_0(self, dtype):
        with pytest.raises(ValueError, match=dtype):
            el.remap(np.zeros((2, 2), dtype), np.zeros((2, 2, 2), np.float32), 0)

    @pytest.mark.skipif(not hasattr(np, "float128"), reason="no float128")
    def test_float128_rejected(self):
        with pytest.raises(ValueError, match="float128"):
            el.remap(np.zeros((2, 2), np.float128), np.zeros((2, 2, 2), np.float32))

    def test_bool_orders(self):
        image = np.array([[True, False, True, True]])
        disp = _constant_disp(1, 4, 1.0)
        for order in (0, 1, 3):
            observed = el.remap(image, disp, order, "constant", cval=1)
            assert observed.dtype == np.bool_
            assert observed.tolist() == [[True, True, False, True]]
        # linear: 0.75 of the left neighbour wins
        mostly = el.remap(image, _constant_disp(1, 4, 0.75), 1, "nearest")
        assert mostly.tolist() == [[True, True, False, True]]
        slightly = el.remap(image, _constant_disp(1, 4, 0.25), 1, "nearest")
        assert slightly.tolist() == [[True, False, True, True]]

    def test_int8_linear_clipped(self):
        image = np.array([[-128, 127, 127, -128]], dtype=np.int8)
        observed = el.remap(image, _constant_disp(1, 4, 0.5), 1, "nearest")
        assert observed.dtype == np.int8
        assert observed.tolist() == [[-128, 0, 127, 0]]

    def test_float16_via_float32(self):
        image = np.array([[0.5, 1.5, 2.5]], dtype=np.float16)
        observed = el.remap(image, _constant_disp(1, 3, 0.5), 1, "nearest")
        assert observed.dtype == np.float16
        assert np.allclose(observed, [[0.5, 1.0, 2.0]])

    @pytest.mark.parametrize(
        "dtype, cval, expected",
        [("uint8", 300, 255), ("int8", -500, -128), ("uint16", -3, 0)]
        + [("float32", 1.5, 1.5), ("bool", 0.7, True), ("bool", 0.2, False)],
    )
    def test_cval_clipped_to_dtype_range(self, dtype, cval, expected):
        image = np.zeros((1, 3), dtype=dtype)
        for order in (0, 1):
            observed = el.remap(image, _constant_disp(1, 3, 5.0), order, cval=cval)
            assert observed.tolist() == [[expected] * 3]


class TestRemapShapes:
    def test_2d_and_single_channel(self):
        image = _image((3, 4), np.uint8)
        disp = _constant_disp(3, 4, 1.0)
        flat = el.remap(image, disp, 1)
        assert flat.shape == (3, 4)
        single = el.remap(image[:, :, None], disp, 1)
        assert single.shape == (3, 4, 1)
        assert np.array_equal(single[:, :, 0], flat)

    @pytest.mark.parametrize("nb_channels", [5, 9])
    def test_many_channels_like_single_channels(self, nb_channels):
        rng = np.random.default_rng(6)
        image = rng.integers(0, 255, (6, 7, nb_channels)).astype(np.uint8)
        disp = rng.uniform(-2, 2, (6, 7, 2)).astype(np.float32)
        observed = el.remap(image, disp, 1, cval=9)
        for c in range(nb_channels):
            expected = el.remap(np.ascontiguousarray(image[:, :, c]), disp, 1, cval=9)
            assert np.array_equal(observed[:, :, c], expected)

    def test_zero_sized(self):
        for shape in ((0, 4, 3), (3, 0), (3, 4, 0)):
            image = np.zeros(shape, dtype=np.uint8)
            observed = el.remap(image, np.zeros(shape[0:2] + (2,), np.float32))
            assert observed.shape == shape and observed is not image

    def test_writes_into_out(self):
        image = _image((3, 4, 3), np.uint8)
        out = np.zeros((2, 3, 4, 3), dtype=np.uint8)
        result = el.remap(image, _constant_disp(3, 4, 1.0), 0, out=out[1])
        assert np.shares_memory(result, out)
        assert np.array_equal(out[1], result) and np.all(out[0] == 0)

    def test_unusual_memory_layouts(self):
        image = _image((5, 6, 3), np.uint8)
        disp = np.random.default_rng(7).uniform(-2, 2, (5, 6, 2)).astype(np.float32)
        expected = el.remap(np.ascontiguousarray(image[:, ::-1]), disp, 3)
        assert np.array_equal(el.remap(image[:, ::-1], disp, 3), expected)
        fortran = np.asfortranarray(image[:, ::-1])
        assert np.array_equal(el.remap(fortran, disp, 3), expected)

    def test_input_not_modified(self):
        image = _image((4, 4, 3), np.float32)
        before = image.copy()
        el.remap(image, _constant_disp(4, 4, 1.3), 3)
        assert np.array_equal(image, before)


class TestRemapErrors:
    def test_bad_arguments(self):
        image = np.zeros((3, 4), np.uint8)
        disp = np.zeros((3, 4, 2), np.float32)
        with pytest.raises(TypeError, match="image"):
            el.remap([[0]], disp)
        with pytest.raises(ValueError, match="image"):
            el.remap(np.zeros((1, 2, 3, 4), np.uint8), disp)
        with pytest.raises(ValueError, match="disp"):
            el.remap(image, np.zeros((4, 3, 2), np.float32))
        with pytest.raises(ValueError, match="order"):
            el.remap(image, disp, order=6)
        with pytest.raises(ValueError, match="mode"):
            el.remap(image, disp, mode="edge")
        with pytest.raises(TypeError, match="cval"):
            el.remap(image, disp, cval=(1, 2))
        with pytest.raises(ValueError, match="backend"):
            el.remap(image, disp, backend="skimage")

    def test_choose_backend(self):
        assert el.choose_backend((100, 200, 3)) == "cv2"
        assert el.choose_backend((10, el.CV2_MAX_SIDE)) == "scipy"
        assert el.choose_backend((10, 10), "scipy") == "scipy"


class TestScipyRouteAgrees:
    @pytest.mark.parametrize("mode", ["constant", "nearest", "reflect", "wrap"])
    def test_linear_fractional_field(self, mode):
        rng = np.random.default_rng(8)
        image = rng.integers(0, 255, (9, 11, 2)).astype(np.float32)
        disp = rng.uniform(-3, 3, (9, 11, 2)).astype(np.float32)
        cv2_result = el.remap(image, disp, 1, mode, cval=20, backend="cv2")
        scipy_result = el.remap(image, disp, 1, mode, cval=20, backend="scipy")
        # OpenCV quantises positions to 1/32 pixel
        assert np.abs(cv2_result - scipy_result).max() <= 255 / 32 + 1e-3


# --------------------------------------------------------------------------
# coordinates
# --------------------------------------------------------------------------
class TestGeometricMedianMany:
    @settings(max_examples=40)
    @given(
        st.lists(
            st.tuples(
                st.floats(-50, 50, allow_nan=False), st.floats(-50, 50, allow_nan=False)
            ),
            min_size=1,
            max_size=12,
        )
    )
    def test_matches_single_version(self, points):
        pts = np.array(points, dtype=np.float64)
        expected = compute_geometric_median(pts)
        observed = el.geometric_median_many(pts[np.newaxis])[0]
        assert np.allclose(observed, expected, atol=1e-3)

    def test_masks_and_coinciding_points(self):
        pts = np.float64(
            [
                [[0, 0], [2, 0], [1, 5], [100, 100]],
                [[3, 3], [3, 3], [3, 3], [3, 3]],
                [[1, 1], [1, 1], [1, 1], [9, 9]],
            ]
        )
        mask = np.array([[1, 1, 1, 0], [1, 1, 1, 1], [1, 1, 1, 1]], dtype=bool)
        observed = el.geometric_median_many(pts, mask)
        assert np.allclose(observed[0], compute_geometric_median(pts[0, :3]))
        assert np.allclose(observed[1], [3, 3])
        assert np.allclose(observed[2], [1, 1], atol=1e-4)

    def test_empty_and_errors(self):
        assert el.geometric_median_many(np.zeros((0, 3, 2))).shape == (0, 2)
        with pytest.raises(ValueError, match="point set"):
            el.geometric_median_many(np.zeros((1, 3, 2)), np.zeros((1, 3), bool))


class TestTransformPoints:
    def test_constant_field_shifts_exactly(self):
        disp = _constant_disp(10, 12, 1.25, -0.5)
        xy = np.float64([[0.0, 0.0], [5.5, 4.25], [11.9, 9.9]])
        observed = el.transform_points(xy, disp)
        assert np.allclose(observed, xy + [1.25, -0.5])
        assert np.allclose(el.transform_points(xy, disp, refine_steps=0), observed)

    def test_points_outside_stay(self):
        disp = _constant_disp(10, 12, 2.0, 2.0)
        xy = np.float64([[-0.1, 3], [12.0, 3], [3, 10.0], [3, -5]])
        assert np.array_equal(el.transform_points(xy, disp), xy)

    def test_empty_inputs(self):
        disp = _constant_disp(4, 4, 1.0)
        assert el.transform_points(np.zeros((0, 2)), disp).shape == (0, 2)
        xy = np.float64([[1.0, 1.0]])
        assert np.array_equal(el.transform_points(xy, np.zeros((0, 4, 2))), xy)

    def test_input_not_modified(self):
        xy = np.float64([[1.0, 2.0]])
        el.transform_points(xy, _constant_disp(4, 4, 1.0))
        assert xy.tolist() == [[1.0, 2.0]]

    def test_solves_inverse_of_smooth_field(self):
        # content at p lands at q with q = p + d(q) (bilinear d at pixel centres)
        height, width = 40, 50
        yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
        disp = np.stack([2.0 * np.sin(yy / 6.0), 1.5 * np.cos(xx / 7.0)], axis=-1)
        disp = disp.astype(np.float32)
        xy = np.float64([[10.3, 12.7], [25.0, 20.0], [40.5, 30.1]])
        observed = el.transform_points(xy, disp)
        back = observed - el._sample_bilinear(disp, observed - 0.5)
        assert np.allclose(back, xy, atol=0.05)

    def test_point_follows_warped_dot(self):
        height, width = 30, 30
        yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
        disp = np.stack([1.5 + 0.8 * np.sin(yy / 5.0), -1.0 + 0.0 * xx], axis=-1)
        disp = disp.astype(np.float32)
        image = np.zeros((height, width), dtype=np.float32)
        image[14:16, 9:11] = 1.0  # centre (10, 15)
        warped = el.remap(image, disp, 1)
        total = warped.sum()
        centre = (
            ((xx + 0.5) * warped).sum() / total,
            ((yy + 0.5) * warped).sum() / total,
        )
        observed = el.transform_points(np.float64([[10.0, 15.0]]), disp)[0]
        assert np.hypot(*(observed - centre)) < 0.2

    def test_neighbourhood_has_25_points(self):
        offsets = el._manhattan_offsets(3, 1.0)
        assert len(offsets) == 25
        assert np.all(np.abs(offsets).sum(axis=1) <= 3)
        assert len(el._manhattan_offsets(1, 2.0)) == 5


class TestOpenCvHangWorkaround:
    """OpenCV's bicubic remap with BORDER_REFLECT_101 hangs on 1-pixel axes."""

    @pytest.mark.parametrize("shape", [(1, 5), (5, 1), (1, 1), (1, 5, 6), (1, 1, 3)])
    def test_reflect_cubic_on_single_pixel_axes(self, shape):
        image = _image(shape, np.float32)
        rng = np.random.default_rng(9)
        disp = rng.uniform(-3, 3, shape[0:2] + (2,)).astype(np.float32)
        observed = el.remap(image, disp, 3, "reflect")
        expected = el.remap(image, disp, 3, "reflect", backend="scipy")
        assert observed.shape == image.shape
        if 1 not in shape[1:2] or shape[0] == 1:
            # x follows the mirrored row; only the 1/32 px quantisation differs
            assert np.abs(observed - expected).max() < 1.5
