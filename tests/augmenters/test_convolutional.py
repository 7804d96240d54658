"""Tests for imgaug.augmenters.convolutional (Convolve and its subclasses)."""

import pickle

import numpy as np
import pytest

import imgaug.parameters as iap
import imgaug.random as iarandom
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmenters import convolutional as conv


def _reference_correlate(image, kernel):
    """Correlation with BORDER_REFLECT_101 borders in float64, per channel."""
    kh, kw = kernel.shape
    py, px = kh // 2, kw // 2
    arr = image.astype(np.float64)
    padded = np.pad(arr, ((py, kh - 1 - py), (px, kw - 1 - px), (0, 0)), "reflect")
    out = np.zeros_like(arr)
    for dy in range(kh):
        for dx in range(kw):
            out += (
                kernel[dy, dx] * padded[dy : dy + arr.shape[0], dx : dx + arr.shape[1]]
            )
    return out


def _image(shape=(6, 7, 3), seed=0, dtype=np.uint8):
    return np.random.default_rng(seed).integers(0, 200, size=shape).astype(dtype)


class TestConvolve:
    def test_none_is_identity(self):
        image = _image()
        aug = conv.Convolve()
        assert np.array_equal(aug(image=image), image)
        assert aug.get_parameters() == [None, "None"]

    def test_constant_matrix_equals_reference(self):
        image = _image()
        kernel = np.array([[0, 1, 0], [1, 2, 1], [0, 1, 0]], dtype=np.float64) / 6
        out = conv.Convolve(kernel)(image=image)
        expected = np.clip(np.round(_reference_correlate(image, kernel)), 0, 255)
        # OpenCV computes in float32: exact .5 ties may round either way
        diff = np.abs(out.astype(int) - expected)
        assert diff.max() <= 1 and np.mean(diff == 0) > 0.8

    def test_correlation_not_convolution(self):
        image = np.zeros((5, 5, 1), dtype=np.uint8)
        image[2, 2, 0] = 100
        kernel = np.zeros((3, 3))
        kernel[1, 2] = 1.0  # takes the right neighbour
        out = conv.Convolve(kernel)(image=image)
        assert out[2, 1, 0] == 100 and out[2, 3, 0] == 0 and out.sum() == 100

    def test_non_square_matrix(self):
        image = _image()
        kernel = np.array([[1.0, 2.0, 3.0, 2.0, 1.0]]) / 9
        out = conv.Convolve(kernel)(image=image)
        expected = np.round(_reference_correlate(image, kernel))
        assert np.abs(out.astype(int) - expected).max() <= 1

    @pytest.mark.parametrize(
        "dtype", ["uint16", "int16", "int8", "float16", "float32", "float64"]
    )
    def test_dtypes(self, dtype):
        image = _image(dtype=dtype) - (50 if np.dtype(dtype).kind in "if" else 0)
        image = image.astype(dtype)
        kernel = np.array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], dtype=np.float64)
        out = conv.Convolve(kernel)(image=image)
        assert out.dtype == np.dtype(dtype)
        expected = _reference_correlate(image, kernel)
        info = np.iinfo(dtype) if np.dtype(dtype).kind in "iu" else None
        if info is not None:
            expected = np.clip(np.round(expected), info.min, info.max)
        tol = 0.1 if dtype == "float16" else 1e-3
        assert np.allclose(out.astype(np.float64), expected, atol=tol, rtol=1e-3)

    def test_bool(self):
        image = np.zeros((4, 4, 1), dtype=bool)
        image[1:3, 1:3] = True
        out = conv.Convolve(np.full((3, 3), 1 / 9))(image=image)
        assert out.dtype == bool
        expected = _reference_correlate(image, np.full((3, 3), 1 / 9)) > 0.5
        assert np.array_equal(out, expected)

    @pytest.mark.parametrize("dtype", ["uint32", "int32", "int64", "uint64"])
    def test_disallowed_dtypes(self, dtype):
        with pytest.raises(ValueError):
            conv.Convolve(np.ones((3, 3)))(image=np.zeros((3, 3, 1), dtype=dtype))

    def test_function_per_channel_and_none(self):
        image = _image(shape=(5, 5, 3))
        calls = []

        def matrices(img, nb_channels, random_state):
            calls.append((img.shape, nb_channels, type(random_state)))
            return [np.full((3, 3), 1 / 9), None, np.array([[2.0]])]

        out = conv.Convolve(matrices)(image=image)
        assert calls == [((5, 5, 3), 3, iarandom.RNG)]
        box = np.round(_reference_correlate(image[:, :, 0:1], np.full((3, 3), 1 / 9)))
        assert np.array_equal(out[:, :, 0], box[:, :, 0].astype(np.uint8))
        assert np.array_equal(out[:, :, 1], image[:, :, 1])
        assert np.array_equal(
            out[:, :, 2], np.clip(image[:, :, 2].astype(int) * 2, 0, 255)
        )

    def test_function_2d_and_3d_results(self):
        image = _image()
        kernel = np.full((1, 3), 1 / 3)
        out_2d = conv.Convolve(lambda img, n, rs: kernel)(image=image)
        out_3d = conv.Convolve(lambda img, n, rs: np.dstack([kernel] * n))(image=image)
        expected = conv.Convolve(kernel)(image=image)
        assert np.array_equal(out_2d, expected)
        assert np.array_equal(out_3d, expected)

    def test_function_with_wrong_result_raises(self):
        aug = conv.Convolve(lambda img, n, rs: [np.ones((3, 3))] * (n + 1))
        with pytest.raises(ValueError, match="one matrix per channel"):
            aug(image=_image())
        aug = conv.Convolve(lambda img, n, rs: "abc")
        with pytest.raises(ValueError, match="matrix function"):
            aug(image=_image())

    def test_function_gets_a_reproducible_rng(self):
        def random_matrix(img, n, random_state):
            return random_state.uniform(0, 1, size=(3, 3)) / 4.5

        image = _image()
        first = conv.Convolve(random_matrix, seed=3)(image=image)
        second = conv.Convolve(random_matrix, seed=3)(image=image)
        third = conv.Convolve(random_matrix, seed=4)(image=image)
        assert np.array_equal(first, second)
        assert not np.array_equal(first, third)

    def test_other_kinds_untouched(self):
        image = _image()
        kpsoi = KeypointsOnImage([Keypoint(1.5, 2.5)], shape=image.shape)
        heatmaps = HeatmapsOnImage(np.full((6, 7, 1), 0.5, np.float32), image.shape)
        aug = conv.Convolve(np.full((3, 3), 1 / 9))
        _, kps_aug, hm_aug = aug(image=image, keypoints=kpsoi, heatmaps=heatmaps)
        assert np.allclose(kps_aug.to_xy_array(), kpsoi.to_xy_array())
        assert np.array_equal(hm_aug.arr_0to1, heatmaps.arr_0to1)

    def test_input_not_mutated_and_batch_array(self):
        images = np.stack([_image(seed=1), _image(seed=2)])
        before = images.copy()
        out = conv.Convolve(np.full((3, 3), 1 / 9))(images=images)
        assert np.array_equal(images, before)
        assert isinstance(out, np.ndarray) and out.shape == images.shape
        single = conv.Convolve(np.full((3, 3), 1 / 9))(image=images[1])
        assert np.array_equal(out[1], single)

    @pytest.mark.parametrize("nb_channels", [1, 4, 5, 513])
    def test_channels(self, nb_channels):
        image = _image(shape=(5, 6, nb_channels))
        # a list: augment(image=...) warns for 513 channels, as in 0.4.0
        (out,) = conv.Convolve(np.full((3, 3), 1 / 9))(images=[image])
        first = conv.Convolve(np.full((3, 3), 1 / 9))(image=image[:, :, 0:1])
        assert out.shape == image.shape
        assert np.array_equal(out[:, :, 0], first[:, :, 0])

    def test_matrix_validation(self):
        with pytest.raises(ValueError, match="matrix"):
            conv.Convolve(np.ones((3, 3, 1)))
        with pytest.raises(TypeError, match="matrix"):
            conv.Convolve("abc")

    def test_pickle(self):
        aug = conv.Convolve(np.full((3, 3), 1 / 9), seed=1)
        image = _image()
        assert np.array_equal(
            pickle.loads(pickle.dumps(aug))(image=image), aug(image=image)
        )


def _kernel_of(aug):
    return aug.matrix(np.zeros((4, 4, 3), np.uint8), 3, iarandom.RNG(0))


class TestMatrixGenerators:
    def test_sharpen(self):
        kernels = _kernel_of(conv.Sharpen(alpha=0.5, lightness=1.0))
        expected = np.array([[-0.5, -0.5, -0.5], [-0.5, 5.0, -0.5], [-0.5, -0.5, -0.5]])
        assert len(kernels) == 3 and kernels[0].dtype == np.float32
        assert np.allclose(kernels[0], expected)

    def test_sharpen_alpha_zero_is_identity(self):
        image = _image()
        assert np.array_equal(conv.Sharpen(alpha=0.0)(image=image), image)

    def test_emboss(self):
        kernel = _kernel_of(conv.Emboss(alpha=0.5, strength=1.0))[0]
        expected = np.array([[-1.0, -0.5, 0.0], [-0.5, 1.0, 0.5], [0.0, 0.5, 1.0]])
        assert np.allclose(kernel, expected)
        kernel = _kernel_of(conv.Emboss(alpha=1.0, strength=2.0))[0]
        assert np.allclose(kernel, [[-3, -2, 0], [-2, 1, 2], [0, 2, 3]])

    def test_edge_detect(self):
        kernel = _kernel_of(conv.EdgeDetect(alpha=1.0))[0]
        assert np.allclose(kernel, [[0, 1, 0], [1, -4, 1], [0, 1, 0]])
        kernel = _kernel_of(conv.EdgeDetect(alpha=0.25))[0]
        assert np.allclose(kernel, [[0, 0.25, 0], [0.25, -0.25, 0.25], [0, 0.25, 0]])

    @pytest.mark.parametrize(
        ("direction", "strongest"),
        [(0.0, (0, 1)), (0.25, (1, 2)), (0.5, (2, 1)), (0.75, (1, 0)), (0.125, (0, 2))],
    )
    def test_directed_edge_detect_direction(self, direction, strongest):
        kernel = _kernel_of(conv.DirectedEdgeDetect(alpha=1.0, direction=direction))[0]
        assert kernel[1, 1] == pytest.approx(1.0)
        neighbours = kernel.copy()
        neighbours[1, 1] = 0
        assert neighbours.sum() == pytest.approx(-1.0, abs=1e-5)
        assert np.unravel_index(np.argmin(neighbours), (3, 3)) == strongest

    def test_directed_edge_detect_weights(self):
        kernel = _kernel_of(conv.DirectedEdgeDetect(alpha=1.0, direction=0.1))[0]
        # 36 degrees: neighbour angles 9 (top right), 36 (top), 81 (right), ...
        top_right, top = (1 - 9 / 180) ** 4, (1 - 36 / 180) ** 4
        assert kernel[0, 1] / kernel[0, 2] == pytest.approx(top / top_right, rel=1e-4)

    def test_generators_draw_per_row(self):
        gen = conv.Sharpen(alpha=(0.0, 1.0)).matrix
        kernels = gen.draw_kernels(4, iarandom.RNG(0))
        assert len(kernels) == 4
        assert len({float(k[0, 0]) for k in kernels}) == 4

    def test_parameters(self):
        aug = conv.Sharpen()
        matrix, matrix_type = aug.get_parameters()
        assert matrix_type == "function" and callable(matrix)
        assert isinstance(matrix.alpha, iap.Uniform)
        assert isinstance(conv.DirectedEdgeDetect().matrix.direction, iap.Uniform)

    @pytest.mark.parametrize(
        "make",
        [
            lambda: conv.Sharpen(alpha=1.5),
            lambda: conv.Sharpen(lightness=-1),
            lambda: conv.Emboss(strength=-1),
            lambda: conv.EdgeDetect(alpha=-0.1),
            lambda: conv.DirectedEdgeDetect(alpha=2.0),
        ],
    )
    def test_bad_arguments(self, make):
        with pytest.raises(ValueError):
            make()
