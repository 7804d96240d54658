"""Tests for imgaug.augmenters.blur."""

import pickle

import cv2
import numpy as np
import pytest

import imgaug.dtypes as iadt
import imgaug.parameters as iap
import imgaug.random as iarandom
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import KeypointsOnImage
from imgaug.augmenters import blur
from imgaug.augmenters.blur import (
    AverageBlur,
    BilateralBlur,
    GaussianBlur,
    MeanShiftBlur,
    MedianBlur,
    MotionBlur,
    blur_gaussian_,
    blur_mean_shift_,
)

ALL_DTYPES = [
    "bool",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "int8",
    "int16",
    "int32",
    "int64",
    "float16",
    "float32",
    "float64",
]
SCIPY_ONLY = ["uint32", "uint64", "int64"]
CV2_DTYPES = [name for name in ALL_DTYPES if name not in SCIPY_ONLY]


def _gauss_1d(sigma, radius):
    x = np.arange(-radius, radius + 1, dtype=np.float64)
    kernel = np.exp(-0.5 * (x / sigma) ** 2)
    return kernel / kernel.sum()


def _reference_blur(image, sigma, radius):
    """Separable gaussian blur with reflect-101 borders, in float64."""
    arr = image.astype(np.float64)
    squeeze = arr.ndim == 2
    if squeeze:
        arr = arr[:, :, np.newaxis]
    kernel = _gauss_1d(sigma, radius)
    height, width = arr.shape[0:2]
    # numpy's "reflect" mirrors without repeating the edge, like BORDER_REFLECT_101
    padded = np.pad(arr, ((radius, radius), (radius, radius), (0, 0)), mode="reflect")
    vertical = np.zeros((height, padded.shape[1], arr.shape[2]))
    for i, weight in enumerate(kernel):
        vertical += weight * padded[i : i + height]
    result = np.zeros_like(arr)
    for i, weight in enumerate(kernel):
        result += weight * vertical[:, i : i + width]
    return result[:, :, 0] if squeeze else result


def _random(shape, dtype, seed=0, high=200):
    return np.random.default_rng(seed).integers(0, high, size=shape).astype(dtype)


def _ksize_radius(sigma):
    ksize = blur._compute_gaussian_blur_ksize(sigma)
    ksize += 1 - ksize % 2
    return ksize // 2


def _scipy_radius(sigma):
    return int(4.0 * sigma + 0.5)


# ---------------------------------------------------------------- blur_gaussian_
class TestComputeKsize:
    @pytest.mark.parametrize(
        ("sigma", "expected"),
        [(0.1, 5), (1.0, 5), (1.6, 5), (2.0, 6), (2.99, 9), (3.0, 8), (4.0, 11)]
        + [(5.0, 13), (10.0, 26)],
    )
    def test_values(self, sigma, expected):
        assert blur._compute_gaussian_blur_ksize(sigma) == expected


class TestBlurGaussianCv2:
    @pytest.mark.parametrize("sigma", [0.5, 1.0, 2.0, 4.0])
    def test_float64_matches_reference(self, sigma):
        image = _random((9, 11, 2), np.float64)
        result = blur_gaussian_(image.copy(), sigma, backend="cv2")
        expected = _reference_blur(image, sigma, _ksize_radius(sigma))
        assert np.allclose(result, expected, atol=1e-9)

    def test_exact_small_kernel(self):
        image = np.zeros((5, 5), dtype=np.float64)
        image[2, 2] = 1.0
        result = blur_gaussian_(image.copy(), 1.0, ksize=3, backend="cv2")
        kernel = _gauss_1d(1.0, 1)
        expected = np.zeros((5, 5))
        expected[1:4, 1:4] = np.outer(kernel, kernel)
        assert np.allclose(result, expected, atol=1e-12)

    def test_even_ksize_is_made_odd(self):
        image = _random((7, 7), np.float32)
        even = blur_gaussian_(image.copy(), 1.0, ksize=4)
        odd = blur_gaussian_(image.copy(), 1.0, ksize=5)
        assert np.array_equal(even, odd)

    def test_default_ksize_equals_explicit(self):
        image = _random((9, 9, 3), np.uint8)
        default = blur_gaussian_(image.copy(), 2.0)
        explicit = blur_gaussian_(image.copy(), 2.0, ksize=7)
        assert np.array_equal(default, explicit)

    @pytest.mark.parametrize("dtype", ["uint8", "uint16", "int8", "int16", "int32"])
    def test_int_dtypes_close_to_reference(self, dtype):
        image = _random((8, 9, 3), dtype, high=100)
        result = blur_gaussian_(image.copy(), 1.5)
        expected = np.round(_reference_blur(image, 1.5, _ksize_radius(1.5)))
        assert result.dtype == np.dtype(dtype)
        assert np.max(np.abs(result.astype(np.int64) - expected)) <= 1

    def test_int32_rounds(self):
        image = np.zeros((5, 5), dtype=np.int32)
        image[2, 2] = 10**6
        result = blur_gaussian_(image.copy(), 1.0)
        expected = np.round(_reference_blur(image, 1.0, 2))
        assert np.array_equal(result, expected.astype(np.int32))

    @pytest.mark.parametrize("dtype", ["float16", "float32"])
    def test_float_close_to_reference(self, dtype):
        image = _random((8, 8, 1), dtype) / 7
        result = blur_gaussian_(image.astype(dtype), 1.2)
        expected = _reference_blur(image.astype(dtype), 1.2, _ksize_radius(1.2))
        assert result.dtype == np.dtype(dtype)
        tolerance = 0.1 if dtype == "float16" else 1e-4
        assert np.allclose(result.astype(np.float64), expected, atol=tolerance)

    def test_channels_are_blurred_independently(self):
        image = np.zeros((7, 7, 3), dtype=np.uint8)
        image[3, 3, 1] = 255
        result = blur_gaussian_(image.copy(), 1.0)
        assert np.all(result[..., 0] == 0)
        assert np.all(result[..., 2] == 0)
        assert result[3, 3, 1] < 255
        assert result[3, 2, 1] > 0

    @pytest.mark.parametrize("nb_channels", [5, 600])
    def test_many_channels(self, nb_channels):
        image = _random((6, 6, nb_channels), np.uint8)
        result = blur_gaussian_(image.copy(), 1.0)
        assert result.shape == image.shape
        for c in (0, nb_channels - 1):
            single = blur_gaussian_(np.ascontiguousarray(image[..., c]), 1.0)
            assert np.array_equal(result[..., c], single)

    def test_non_contiguous_input(self):
        image = _random((10, 10, 3), np.uint8)
        view = image[::2, ::2]
        result = blur_gaussian_(view, 1.0)
        assert np.array_equal(result, blur_gaussian_(view.copy(), 1.0))

    def test_cv2_rejects_scipy_only_dtypes(self):
        for dtype in SCIPY_ONLY:
            with pytest.raises(ValueError, match="backend"):
                blur_gaussian_(np.zeros((3, 3), dtype=dtype), 1.0, backend="cv2")


class TestBlurGaussianScipy:
    @pytest.mark.parametrize("sigma", [0.7, 1.5])
    def test_float64_matches_reference(self, sigma):
        image = _random((12, 13, 2), np.float64)
        result = blur_gaussian_(image.copy(), sigma, backend="scipy")
        expected = _reference_blur(image, sigma, _scipy_radius(sigma))
        assert np.allclose(result, expected, atol=1e-9)

    @pytest.mark.parametrize("dtype", ["uint32", "uint64", "int64", "uint8", "int8"])
    def test_ints_are_rounded(self, dtype):
        image = np.zeros((9, 9), dtype=dtype)
        image[4, 4] = 100
        result = blur_gaussian_(image.copy(), 1.0, backend="scipy")
        expected = np.round(_reference_blur(image, 1.0, 4))
        assert result.dtype == np.dtype(dtype)
        assert np.array_equal(result.astype(np.float64), expected)

    def test_auto_uses_scipy_for_64bit_ints(self):
        image = _random((8, 8, 2), np.int64)
        auto = blur_gaussian_(image.copy(), 1.0)
        scipy = blur_gaussian_(image.copy(), 1.0, backend="scipy")
        assert np.array_equal(auto, scipy)

    def test_ksize_is_ignored_with_warning(self):
        image = _random((6, 6), np.float32)
        with pytest.warns(UserWarning, match="ksize"):
            result = blur_gaussian_(image.copy(), 1.0, ksize=3, backend="scipy")
        expected = blur_gaussian_(image.copy(), 1.0, backend="scipy")
        assert np.array_equal(result, expected)

    def test_bool_and_float16(self):
        image = np.zeros((9, 9), dtype=bool)
        image[2:7, 2:7] = True
        result = blur_gaussian_(image.copy(), 1.0, backend="scipy")
        assert result.dtype == np.bool_
        assert result[4, 4]
        assert not result[0, 0]
        image16 = _random((5, 5), np.float16)
        assert blur_gaussian_(image16, 1.0, backend="scipy").dtype == np.float16


class TestBlurGaussianCommon:
    @pytest.mark.parametrize("dtype", ALL_DTYPES)
    @pytest.mark.parametrize("sigma", [0, 1e-3, 0.0005])
    def test_sigma_at_or_below_eps_is_identity(self, dtype, sigma):
        image = _random((4, 4, 3), dtype)
        result = blur_gaussian_(image, sigma)
        assert result is image

    def test_custom_eps(self):
        image = _random((5, 5), np.float32)
        assert blur_gaussian_(image, 0.5, eps=0.6) is image
        assert not np.array_equal(blur_gaussian_(image.copy(), 0.5, eps=0.1), image)

    @pytest.mark.parametrize("dtype", ALL_DTYPES)
    @pytest.mark.parametrize("backend", ["auto", "cv2", "scipy"])
    def test_dtype_kept(self, dtype, backend):
        if backend == "cv2" and dtype in SCIPY_ONLY:
            pytest.skip("cv2 rejects this dtype (tested separately)")
        image = _random((5, 6, 3), dtype, high=2 if dtype == "bool" else 100)
        result = blur_gaussian_(image.copy(), 1.0, backend=backend)
        assert result.dtype == np.dtype(dtype)
        assert result.shape == image.shape

    @pytest.mark.parametrize("dtype", CV2_DTYPES + SCIPY_ONLY)
    def test_constant_image_at_limits_stays(self, dtype):
        dtype = np.dtype(dtype)
        if dtype.kind == "b":
            value = True
        elif dtype.kind == "f":
            value = 1000.0
        elif dtype.itemsize == 8:
            value = 2**40  # float64 computations represent it exactly
        else:
            value = np.iinfo(dtype).max
        image = np.full((5, 5, 2), value, dtype=dtype)
        result = blur_gaussian_(image.copy(), 2.0)
        if dtype.kind == "f":
            assert np.allclose(result, image, rtol=1e-3)
        else:
            assert np.all(result == image)
        if dtype.kind in "iu" and dtype.itemsize < 8:
            low = np.full((5, 5, 2), np.iinfo(dtype).min, dtype=dtype)
            assert np.all(blur_gaussian_(low.copy(), 2.0) == low)

    def test_bool_threshold(self):
        image = np.zeros((9, 9, 1), dtype=bool)
        image[2:7, 2:7] = True
        image[0, 8] = True  # a lone pixel disappears
        result = blur_gaussian_(image.copy(), 1.0)
        assert result.dtype == np.bool_
        assert result[4, 4, 0]
        assert not result[0, 8, 0]

    @pytest.mark.parametrize("backend", ["cv2", "scipy"])
    @pytest.mark.parametrize(
        "shape", [(0, 4, 3), (4, 0, 3), (4, 4, 0), (0, 0), (1, 1), (1, 1, 3), (1, 5)]
    )
    def test_zero_sized_and_tiny(self, backend, shape):
        image = np.full(shape, 50, dtype=np.uint8)
        result = blur_gaussian_(image.copy(), 3.0, backend=backend)
        assert result.shape == shape
        assert np.all(result == 50)

    def test_two_dimensional(self):
        image = _random((6, 7), np.uint8)
        result = blur_gaussian_(image.copy(), 1.0)
        assert result.shape == (6, 7)
        expected = blur_gaussian_(image[:, :, np.newaxis].copy(), 1.0)[:, :, 0]
        assert np.array_equal(result, expected)

    def test_float128_rejected(self):
        if np.dtype(np.longdouble).itemsize <= 8:
            pytest.skip("no extended precision float on this platform")
        with pytest.raises(ValueError, match="float128"):
            blur_gaussian_(np.zeros((3, 3), dtype=np.longdouble), 1.0)

    # issue 18, item 10: sigmas at or below eps are a no-op before any dtype check
    @pytest.mark.parametrize("backend", ["auto", "cv2"])
    def test_no_op_sigma_accepts_any_dtype(self, backend):
        if np.dtype(np.longdouble).itemsize <= 8:
            pytest.skip("no extended precision float on this platform")
        for dtype in (np.longdouble, np.uint32):
            image = np.ones((3, 3), dtype=dtype)
            assert blur_gaussian_(image, 0, backend=backend) is image
            assert blur_gaussian_(image, 5e-4, backend=backend) is image

    def test_bad_arguments_name_themselves(self):
        image = np.zeros((3, 3), dtype=np.uint8)
        with pytest.raises(ValueError, match="'backend'"):
            blur_gaussian_(image, 1.0, backend="foo")
        with pytest.raises(TypeError, match="'ksize'"):
            blur_gaussian_(image, 1.0, ksize=3.5)
        with pytest.raises(TypeError, match="'sigma'"):
            blur_gaussian_(image, "a")


# ------------------------------------------------------------------ GaussianBlur
class TestGaussianBlur:
    def test_defaults_and_parameters(self):
        aug = GaussianBlur()
        params = aug.get_parameters()
        assert params == [aug.sigma]
        assert isinstance(aug.sigma, iap.Uniform)
        assert aug.sigma.a.value == 0.0
        assert aug.sigma.b.value == 3.0
        assert aug.eps == 1e-3
        assert aug.name == "UnnamedGaussianBlur"

    def test_parameter_conversions(self):
        assert isinstance(GaussianBlur(1.0).sigma, iap.Deterministic)
        assert isinstance(GaussianBlur([1.0, 2.0]).sigma, iap.Choice)
        param = iap.Uniform(0.5, 1.0)
        assert GaussianBlur(param).sigma is param

    def test_negative_sigma_rejected(self):
        with pytest.raises(ValueError, match="sigma"):
            GaussianBlur(-1.0)
        with pytest.raises(ValueError, match="sigma"):
            GaussianBlur((-1.0, 1.0))

    def test_sigma_zero_is_identity(self):
        image = _random((6, 6, 3), np.uint8)
        assert np.array_equal(GaussianBlur(0)(image=image), image)

    def test_equals_blur_gaussian(self):
        image = _random((8, 8, 3), np.uint8)
        result = GaussianBlur(1.3)(image=image)
        assert np.array_equal(result, blur_gaussian_(image.copy(), 1.3))

    def test_stronger_sigma_blurs_more(self):
        image = np.zeros((21, 21, 1), dtype=np.uint8)
        image[10, 10] = 255
        weak = GaussianBlur(0.5)(image=image)
        strong = GaussianBlur(3.0)(image=image)
        assert strong[10, 10, 0] < weak[10, 10, 0] < 255

    def test_sampled_per_image(self):
        images = np.zeros((8, 9, 9, 1), dtype=np.uint8)
        images[:, 4, 4] = 255
        result = GaussianBlur((0.5, 3.0), seed=1)(images=images)
        assert len(np.unique(result[:, 4, 4, 0])) > 4

    def test_same_seed_same_output(self):
        images = np.stack([_random((8, 8, 3), np.uint8, seed=i) for i in range(4)])
        a = GaussianBlur(seed=2)(images=images)
        b = GaussianBlur(seed=2)(images=images)
        c = GaussianBlur(seed=3)(images=images)
        assert np.array_equal(a, b)
        assert not np.array_equal(a, c)

    def test_does_not_modify_input(self):
        images = np.stack([_random((8, 8, 3), np.uint8, seed=i) for i in range(3)])
        copy = images.copy()
        as_list = list(images.copy())
        GaussianBlur(2.0)(images=images)
        GaussianBlur(2.0)(images=as_list)
        assert np.array_equal(images, copy)
        assert np.array_equal(np.stack(as_list), copy)

    def test_list_equals_array(self):
        images = np.stack([_random((8, 8, 3), np.uint8, seed=i) for i in range(3)])
        out_array = GaussianBlur(seed=2)(images=images)
        out_list = GaussianBlur(seed=2)(images=list(images))
        assert isinstance(out_array, np.ndarray)
        assert np.array_equal(out_array, np.stack(out_list))

    def test_other_kinds_untouched(self):
        image = _random((6, 8, 3), np.uint8)
        heatmaps = HeatmapsOnImage(
            np.linspace(0, 1, 48, dtype=np.float32).reshape(6, 8, 1), shape=(6, 8, 3)
        )
        kpsoi = KeypointsOnImage.from_xy_array(np.array([[1.0, 2.0]]), (6, 8, 3))
        only_image = GaussianBlur(seed=1)(image=image)
        img_aug, hm_aug, kps_aug = GaussianBlur(seed=1)(
            image=image, heatmaps=heatmaps, keypoints=kpsoi
        )
        assert np.array_equal(only_image, img_aug)
        assert np.array_equal(hm_aug.get_arr(), heatmaps.get_arr())
        assert np.allclose(kps_aug.to_xy_array(), [[1.0, 2.0]])

    @pytest.mark.parametrize("dtype", ALL_DTYPES)
    def test_dtypes_kept(self, dtype):
        image = _random((5, 5, 2), dtype, high=2 if dtype == "bool" else 100)
        assert GaussianBlur(1.0)(image=image).dtype == np.dtype(dtype)

    @pytest.mark.parametrize("shape", [(0, 4, 3), (4, 0, 3), (4, 4, 0), (1, 1, 1)])
    def test_zero_sized_and_tiny(self, shape):
        image = np.full(shape, 9, dtype=np.uint8)
        result = GaussianBlur(2.0)(image=image)
        assert result.shape == shape
        assert np.all(result == 9)

    def test_mixed_shapes_and_many_channels(self):
        images = [_random((5, 5, 1), np.uint8), _random((4, 6, 7), np.uint8)]
        results = GaussianBlur(1.0)(images=images)
        assert [r.shape for r in results] == [(5, 5, 1), (4, 6, 7)]

    def test_deterministic_and_pickle(self):
        image = _random((8, 8, 3), np.uint8)
        aug = GaussianBlur(seed=1).to_deterministic()
        assert np.array_equal(aug(image=image), aug(image=image))
        restored = pickle.loads(pickle.dumps(aug))
        assert np.array_equal(aug(image=image), restored(image=image))

    def test_str(self):
        text = str(GaussianBlur(1.0, name="b"))
        assert text.startswith("GaussianBlur(name=b, parameters=[Deterministic")


# ---------------------------------------------------------------- AverageBlur etc.


def _box_reference(image, kernel_h, kernel_w):
    """Mean over a (kernel_h rows x kernel_w cols) window, reflect-101 borders."""
    kernel = np.full((kernel_h, kernel_w), 1.0 / (kernel_h * kernel_w))
    arr = image.astype(np.float64)
    py, px = kernel_h // 2, kernel_w // 2
    padded = np.pad(
        arr, ((py, kernel_h - 1 - py), (px, kernel_w - 1 - px), (0, 0)), "reflect"
    )
    out = np.zeros_like(arr)
    for dy in range(kernel_h):
        for dx in range(kernel_w):
            out += (
                kernel[dy, dx] * padded[dy : dy + arr.shape[0], dx : dx + arr.shape[1]]
            )
    return out


class TestGaussianBlurOutOfPlace:
    """The augmenter blurs into new arrays; the results equal blur_gaussian_."""

    @pytest.mark.parametrize(
        "dtype", ["uint8", "uint16", "int8", "int32", "float16", "float32", "bool"]
    )
    def test_array_batch_equals_blur_gaussian_per_row(self, dtype):
        rng = np.random.default_rng(1)
        batch = (rng.random((3, 9, 11, 3)) * 100).astype(dtype)
        before = batch.copy()
        result = blur.GaussianBlur(sigma=1.5).augment_images(batch)
        assert np.array_equal(batch, before)  # the caller's array is not written
        assert result.dtype == batch.dtype and result.shape == batch.shape
        for image, row in zip(batch, result):
            assert np.array_equal(row, blur_gaussian_(image.copy(), 1.5))

    def test_list_and_scipy_dtype(self):
        rng = np.random.default_rng(2)
        images = [
            rng.integers(0, 1000, size=(7, 8, 2)).astype(np.uint32),
            rng.integers(0, 255, size=(5, 6)).astype(np.uint8),
        ]
        before = [image.copy() for image in images]
        result = blur.GaussianBlur(sigma=1.2).augment_images(images)
        for image, original, row in zip(images, before, result):
            assert np.array_equal(image, original)
            assert np.array_equal(row, blur_gaussian_(original.copy(), 1.2))

    def test_zero_sigma_rows_copied_unchanged(self):
        batch = np.arange(2 * 4 * 5 * 3, dtype=np.uint8).reshape(2, 4, 5, 3)
        result = blur.GaussianBlur(sigma=0.0).augment_images(batch)
        assert np.array_equal(result, batch) and result is not batch


class TestAverageBlur:
    def test_k3_exact(self):
        image = np.zeros((3, 3, 1), dtype=np.uint8)
        image[1, 1, 0] = 90
        out = AverageBlur(k=3)(image=image)
        # reflect-101 borders repeat the centre pixel twice or four times
        assert out[:, :, 0].tolist() == [[40, 20, 40], [20, 10, 20], [40, 20, 40]]

    def test_matches_reference(self):
        image = _random((8, 9, 3), np.uint8)
        out = AverageBlur(k=5)(image=image)
        expected = _box_reference(image, 5, 5)
        assert np.abs(out.astype(np.float64) - expected).max() <= 0.5 + 1e-6

    def test_per_axis_kernel_is_transposed_like_040(self):
        # k=(kh, kw) -> cv2.blur(image, (kh, kw)) whose tuple is (width, height)
        image = _random((9, 10, 1), np.uint8)
        out = AverageBlur(k=(iap.Deterministic(5), iap.Deterministic(1)))(image=image)
        expected = _box_reference(image, 1, 5)  # 1 row high, 5 columns wide
        assert np.abs(out.astype(np.float64) - expected).max() <= 0.5 + 1e-6

    @pytest.mark.parametrize("k", [0, 1, ((1, 1), 0)])
    def test_noop_sizes(self, k):
        image = _random((5, 5, 3), np.uint8)
        assert np.array_equal(AverageBlur(k=k)(image=image), image)

    def test_parameter_modes(self):
        aug = AverageBlur(k=(1, 5))
        assert aug.mode == "single" and isinstance(aug.k, iap.DiscreteUniform)
        aug = AverageBlur(k=[3, 5])  # a 2-list is a range in 0.4.0
        assert isinstance(aug.k, iap.DiscreteUniform)
        aug = AverageBlur(k=((1, 3), 5))
        assert aug.mode == "two" and isinstance(aug.get_parameters()[0], list)
        assert isinstance(aug.k[0], iap.DiscreteUniform)
        assert isinstance(aug.k[1], iap.Deterministic)
        params = (iap.Deterministic(3), iap.Deterministic(5))
        aug = AverageBlur(k=params)
        assert aug.mode == "two" and aug.get_parameters() == [params]

    @pytest.mark.parametrize("k", [-1, (1, 2, 3), "abc", ((1, 2), "a")])
    def test_bad_k(self, k):
        with pytest.raises((ValueError, TypeError), match="k"):
            AverageBlur(k=k)

    @pytest.mark.parametrize(
        "dtype", ["bool", "uint16", "int8", "int16", "float16", "float32", "float64"]
    )
    def test_dtypes(self, dtype):
        image = _random((6, 7, 2), np.uint8, high=100).astype(dtype)
        out = AverageBlur(k=3)(image=image)
        assert out.dtype == np.dtype(dtype)
        expected = _box_reference(image.astype(np.float64), 3, 3)
        if dtype == "bool":
            assert np.array_equal(out, expected > 0.5)
        else:
            assert np.abs(out.astype(np.float64) - expected).max() <= 0.6

    @pytest.mark.parametrize("dtype", ["uint32", "int32", "int64", "uint64"])
    def test_disallowed(self, dtype):
        with pytest.raises(ValueError):
            AverageBlur(k=3)(image=np.zeros((3, 3, 1), dtype=dtype))

    def test_input_not_mutated(self):
        images = np.stack([_random((6, 6, 3), np.uint8)] * 2)
        before = images.copy()
        out = AverageBlur(k=3)(images=images)
        assert np.array_equal(images, before) and not np.array_equal(out, images)

    @pytest.mark.parametrize(
        "dtype",
        ["bool", "uint8", "uint16", "int8", "int16", "float16", "float32", "float64"],
    )
    @pytest.mark.parametrize(
        "shape", [(1, 1, 1), (1, 1, 3), (7, 9, 1), (7, 9, 3), (8, 5, 4), (6, 7, 5)]
    )
    @pytest.mark.parametrize("ksize", [(3, 3), (5, 1), (2, 7)])
    def test_in_place_on_copy_equals_allocating_blur(self, dtype, shape, ksize):
        # _blur_average filters a copy in place (dst=src): same values as
        # cv2.blur writing a new array, and the input stays as it was
        image = _random(shape, np.uint8, seed=sum(shape)).astype(dtype)
        before = image.copy()
        work = image.astype(
            {"bool": "float32", "float16": "float32", "int8": "int16"}.get(dtype, dtype)
        )
        expected = cv2.blur(work, ksize, borderType=cv2.BORDER_REFLECT_101)
        expected = expected.reshape(shape)
        if dtype == "bool":
            expected = expected > 0.5
        elif expected.dtype != image.dtype:
            expected = iadt.restore_dtypes_(expected, image.dtype)
        out = blur._blur_average(image, *ksize)
        assert out.dtype == image.dtype and out.shape == shape
        assert np.array_equal(out, expected)
        assert np.array_equal(image, before)

    def test_in_place_on_copy_many_channels_and_views(self):
        # more channels than one cv2 matrix takes, and a non-contiguous view
        image = _random((5, 6, 140), np.uint8, seed=3)
        view = image[:, ::-1, 3:10]
        before = image.copy()
        for arr in (image, view):
            expected = np.concatenate(
                [
                    cv2.blur(np.ascontiguousarray(arr[:, :, c : c + 1]), (3, 3))[
                        :, :, np.newaxis
                    ]
                    for c in range(arr.shape[2])
                ],
                axis=2,
            )
            assert np.array_equal(blur._blur_average(arr, 3, 3), expected)
        assert np.array_equal(image, before)

    def test_single_image_and_list_not_mutated(self):
        image = _random((6, 6, 3), np.uint8)
        before = image.copy()
        AverageBlur(k=3)(image=image)
        AverageBlur(k=3)(images=[image])
        assert np.array_equal(image, before)


class TestMedianBlur:
    def test_removes_single_pixel(self):
        image = np.zeros((5, 5, 1), dtype=np.uint8)
        image[2, 2, 0] = 255
        assert MedianBlur(k=3)(image=image).max() == 0

    def test_matches_reference(self):
        from scipy import ndimage

        image = _random((9, 8, 3), np.uint8)
        for k in (3, 5, 7):
            out = MedianBlur(k=k)(image=image)
            expected = ndimage.median_filter(image, size=(k, k, 1), mode="nearest")
            assert np.array_equal(out, expected), k

    def test_even_samples_increase(self):
        image = _random((9, 8, 3), np.uint8)
        even = MedianBlur(k=iap.Deterministic(4))(image=image)
        assert np.array_equal(even, MedianBlur(k=5)(image=image))

    @pytest.mark.parametrize("k", [2, (3, 6), [3, 4], 0, -1])
    def test_even_or_small_k_rejected(self, k):
        with pytest.raises(ValueError, match="k"):
            MedianBlur(k=k)

    @pytest.mark.parametrize(
        "dtype",
        ["bool", "uint16", "uint32", "int8", "int16", "int64", "float16", "float32",
         "float64"],
    )  # fmt: skip
    @pytest.mark.parametrize("k", [3, 7])
    def test_dtypes_match_uint8(self, dtype, k):
        image = _random((9, 8, 3), np.uint8, high=2 if dtype == "bool" else 100)
        out = MedianBlur(k=k)(image=image.astype(dtype))
        assert out.dtype == np.dtype(dtype)
        expected = MedianBlur(k=k)(image=image)
        assert np.array_equal(out.astype(np.uint8), expected)

    @pytest.mark.parametrize("nb_channels", [1, 2, 4, 5])
    def test_channel_counts(self, nb_channels):
        image = _random((7, 7, nb_channels), np.uint8)
        out = MedianBlur(k=3)(image=image)
        first = MedianBlur(k=3)(image=np.ascontiguousarray(image[:, :, 0:1]))
        assert np.array_equal(out[:, :, 0:1], first)


class TestBilateralBlur:
    def test_keeps_edges_and_smooths_flat_noise(self):
        rng = np.random.default_rng(0)
        image = np.zeros((20, 20, 3), dtype=np.uint8)
        image[:, 10:] = 200
        noisy = np.clip(image + rng.integers(-5, 6, image.shape), 0, 255).astype(
            np.uint8
        )
        out = BilateralBlur(d=5, sigma_color=30, sigma_space=30)(image=noisy)
        assert out[:, :9].std() < noisy[:, :9].std()
        assert out[:, :8].max() < 20 and out[:, 12:].min() > 180

    def test_equals_cv2(self):
        import cv2

        image = _random((10, 12, 3), np.uint8)
        out = BilateralBlur(d=5, sigma_color=75, sigma_space=75)(image=image)
        assert np.array_equal(out, cv2.bilateralFilter(image, 5, 75, 75))

    def test_d1_is_identity(self):
        image = _random((6, 6, 3), np.uint8)
        assert np.array_equal(BilateralBlur(d=1)(image=image), image)

    def test_needs_three_channels(self):
        with pytest.raises(ValueError, match="three channels"):
            BilateralBlur(d=3)(image=np.zeros((5, 5, 1), np.uint8))

    def test_float(self):
        image = _random((10, 12, 3), np.uint8)
        out = BilateralBlur(d=5, sigma_color=75, sigma_space=75)(
            image=image.astype(np.float64)
        )
        assert out.dtype == np.float64
        expected = BilateralBlur(d=5, sigma_color=75, sigma_space=75)(image=image)
        assert np.abs(out - expected).max() <= 1.0


class TestMotionBlur:
    def test_vertical_line_kernel(self):
        image = np.zeros((9, 9, 1), dtype=np.uint8)
        image[4, 4, 0] = 210
        out = MotionBlur(k=3, angle=0, direction=0.0)(image=image)
        assert out[3:6, 4, 0].tolist() == [70, 70, 70]
        assert out.sum() == 210

    def test_horizontal_at_90_degrees(self):
        image = np.zeros((9, 9, 1), dtype=np.uint8)
        image[4, 4, 0] = 210
        out = MotionBlur(k=3, angle=90, direction=0.0)(image=image)
        assert out[4, 3:6, 0].tolist() == [70, 70, 70]

    def test_direction_weights_one_end(self):
        image = np.zeros((9, 9, 1), dtype=np.uint8)
        image[4, 4, 0] = 255
        out = MotionBlur(k=5, angle=0, direction=1.0)(image=image)[:, 4, 0]
        # kernel column runs from 1 (top) to 0 (bottom); correlation flips it
        assert out[6] > out[5] > out[4] > out[3] and out[2] == 0

    def test_parameters_and_str(self):
        aug = MotionBlur(k=5, angle=30, direction=0.5)
        matrix, matrix_type = aug.get_parameters()
        assert matrix_type == "function" and callable(matrix)
        kernels = matrix(np.zeros((4, 4, 2), np.uint8), 2, iarandom.RNG(0))
        assert len(kernels) == 2 and kernels[0].shape == (5, 5)
        assert np.isclose(kernels[0].sum(), 1.0)
        assert str(aug).startswith("MotionBlur(name=UnnamedMotionBlur, parameters=[")

    @pytest.mark.parametrize(
        "kwargs", [{"k": 2}, {"k": 1.5}, {"direction": 1.5}, {"order": 7}]
    )
    def test_bad_arguments(self, kwargs):
        with pytest.raises((ValueError, TypeError)):
            MotionBlur(**kwargs)

    def test_float_matches_uint8(self):
        image = _random((12, 12, 3), np.uint8)
        aug = MotionBlur(k=7, angle=33, direction=0.3)
        expected = aug(image=image).astype(np.float64)
        out = aug(image=image.astype(np.float32))
        assert out.dtype == np.float32
        assert np.abs(out - expected).max() <= 0.5 + 1e-3


class TestMeanShift:
    def test_flattens_small_differences(self):
        image = np.full((6, 6, 3), 100, dtype=np.uint8)
        image[0, 0] = 104
        out = blur_mean_shift_(image.copy(), 2, 10)
        assert out.dtype == np.uint8 and out.shape == image.shape
        assert out[0, 0, 0] == 100

    def test_gray_shapes(self):
        gray = _random((8, 8), np.uint8)
        out_2d = blur_mean_shift_(gray.copy(), 3, 20)
        out_3d = blur_mean_shift_(gray[:, :, np.newaxis].copy(), 3, 20)
        tiled = blur_mean_shift_(np.repeat(gray[:, :, np.newaxis], 3, axis=2), 3, 20)
        assert out_2d.shape == (8, 8) and out_3d.shape == (8, 8, 1)
        assert np.array_equal(out_2d, tiled[:, :, 0])
        assert np.array_equal(out_3d[:, :, 0], out_2d)

    def test_negative_radii_clipped(self):
        image = _random((8, 8, 3), np.uint8)
        out = blur_mean_shift_(image.copy(), -5, -5)
        assert np.array_equal(out, blur_mean_shift_(image.copy(), 0, 0))

    def test_read_only_and_empty(self):
        image = _random((6, 6, 3), np.uint8)
        image.flags.writeable = False
        out = blur_mean_shift_(image, 2, 10)
        assert out is not image
        empty = np.zeros((0, 4, 3), np.uint8)
        assert blur_mean_shift_(empty, 2, 2).shape == (0, 4, 3)

    def test_bad_inputs(self):
        with pytest.raises(ValueError):
            blur_mean_shift_(np.zeros((4, 4, 2), np.uint8), 2, 2)
        with pytest.raises(ValueError):
            blur_mean_shift_(np.zeros((4, 4, 3), np.float32), 2, 2)

    def test_augmenter(self):
        image = _random((10, 10, 3), np.uint8)
        aug = MeanShiftBlur(spatial_radius=3, color_radius=15)
        assert np.array_equal(aug(image=image), blur_mean_shift_(image.copy(), 3, 15))
        params = aug.get_parameters()
        assert params == [aug.spatial_window_radius, aug.color_window_radius]

    def test_patchable_module_function(self, monkeypatch):
        calls = []

        def fake(image, spatial, color):
            calls.append((spatial, color))
            return image

        monkeypatch.setattr(blur, "blur_mean_shift_", fake)
        MeanShiftBlur(spatial_radius=3, color_radius=4)(
            image=_random((4, 4, 3), np.uint8)
        )
        assert calls == [(3, 4)]
