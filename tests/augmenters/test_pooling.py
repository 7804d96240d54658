"""Tests for imgaug.augmenters.pooling."""

import warnings

import numpy as np
import pytest

import imgaug as ia
import imgaug.augmenters as iaa
import imgaug.parameters as iap
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.augmenters import pooling

POOLINGS = [iaa.AveragePooling, iaa.MaxPooling, iaa.MinPooling, iaa.MedianPooling]
ALLOWED = [
    "bool",
    "uint8",
    "uint16",
    "uint32",
    "int8",
    "int16",
    "int32",
    "float16",
    "float32",
    "float64",
]
if hasattr(np, "float128"):
    ALLOWED.append("float128")


def _image_4x4():
    # 2x2 blocks: [[0, 1, 4, 5]...] -> block values listed per block below
    arr = np.array(
        [[0, 2, 10, 11], [4, 7, 12, 30], [100, 100, 1, 0], [100, 104, 0, 0]],
        dtype=np.uint8,
    )
    return arr[:, :, np.newaxis]


class TestExactValues:
    @pytest.mark.parametrize(
        ("cls", "expected"),
        [
            # means 3.25, 15.75, 101, 0.25 truncated
            (iaa.AveragePooling, [[3, 15], [101, 0]]),
            (iaa.MaxPooling, [[7, 30], [104, 1]]),
            (iaa.MinPooling, [[0, 10], [100, 0]]),
            # medians: (2+4)/2, (11+12)/2 = 11.5 -> 11, 100, 0
            (iaa.MedianPooling, [[3, 11], [100, 0]]),
        ],
    )
    def test_2x2_blocks_without_keep_size(self, cls, expected):
        observed = cls(2, keep_size=False)(image=_image_4x4())
        assert observed.dtype == np.uint8
        assert observed[:, :, 0].tolist() == expected

    def test_non_divisible_size_pads_like_avg_pool(self):
        image = np.arange(5 * 7 * 3, dtype=np.uint8).reshape(5, 7, 3)
        observed = iaa.AveragePooling(3, keep_size=False)(image=image)
        assert observed.shape == (2, 3, 3)
        assert np.array_equal(observed, ia.avg_pool(image, (3, 3)))

    @pytest.mark.parametrize(
        ("cls", "func"),
        [
            (iaa.AveragePooling, ia.avg_pool),
            (iaa.MaxPooling, ia.max_pool),
            (iaa.MinPooling, ia.min_pool),
            (iaa.MedianPooling, ia.median_pool),
        ],
    )
    def test_keep_size_resizes_the_pooled_image_back(self, cls, func):
        image = np.random.default_rng(0).integers(0, 256, (10, 13, 3)).astype(np.uint8)
        observed = cls(3)(image=image)
        pooled = func(image, (3, 3))
        # imresize's default interpolation: INTER_AREA when enlarging
        expected = ia.imresize_single_image(pooled, (10, 13))
        assert observed.shape == image.shape
        assert np.array_equal(observed, expected)

    @pytest.mark.parametrize("dtype", ALLOWED)
    @pytest.mark.parametrize("channels", [None, 1, 3, 5])
    def test_keep_size_with_whole_factors_replicates_pixels(self, dtype, channels):
        # enlarging by whole factors: INTER_AREA repeats every pooled pixel
        shape = (8, 12) if channels is None else (8, 12, channels)
        image = (np.arange(np.prod(shape)).reshape(shape) % 7).astype(dtype)
        observed = iaa.MaxPooling(((2, 2), (3, 3)))(image=image)
        pooled = ia.max_pool(image, (2, 3))
        expected = np.repeat(np.repeat(pooled, 2, axis=0), 3, axis=1)
        assert observed.dtype.name == dtype and np.array_equal(observed, expected)
        if dtype not in ("uint32", "int32", "float128"):
            assert np.array_equal(observed, ia.imresize_single_image(pooled, shape[:2]))

    def test_keep_size_array_input_in_fortran_order(self):
        images = np.asfortranarray(
            np.random.default_rng(4).integers(0, 256, (2, 8, 8, 3)).astype(np.uint8)
        )
        observed = iaa.AveragePooling(2)(images=images)
        for image, out in zip(images, observed, strict=True):
            pooled = ia.avg_pool(image, 2)
            assert np.array_equal(out, np.repeat(np.repeat(pooled, 2, 0), 2, 1))

    def test_separate_height_and_width(self):
        # a tuple of two ints is one range for both axes; a tuple of two
        # ranges/lists gives the height and the width
        assert iaa.MaxPooling((2, 4)).kernel_size[1] is None
        aug = iaa.MaxPooling(((2, 2), [4]), keep_size=False)
        assert aug(image=np.zeros((6, 12, 1), dtype=np.uint8)).shape == (3, 3, 1)

    @pytest.mark.parametrize("kernel_size", [0, 1])
    def test_kernel_size_below_two_leaves_image_unchanged(self, kernel_size):
        image = np.random.default_rng(1).integers(0, 256, (5, 6, 3)).astype(np.uint8)
        for keep_size in (True, False):
            aug = iaa.AveragePooling(kernel_size, keep_size=keep_size)
            assert np.array_equal(aug(image=image), image)

    def test_one_axis_pooled(self):
        image = np.arange(8, dtype=np.uint8).reshape(1, 8, 1)
        observed = iaa.MinPooling(((1, 1), (2, 2)), keep_size=False)(image=image)
        assert observed[:, :, 0].tolist() == [[0, 2, 4, 6]]


class TestSampling:
    def test_kernel_sizes_sampled_per_image_within_range(self):
        aug = iaa.AveragePooling((2, 4), keep_size=False, seed=3)
        images = [np.zeros((12, 12, 1), dtype=np.uint8)] * 60
        heights = {out.shape[0] for out in aug(images=images)}
        assert heights == {6, 4, 3}

    def test_same_kernel_for_height_and_width(self):
        aug = iaa.AveragePooling((2, 4), keep_size=False, seed=4)
        for out in aug(images=[np.zeros((12, 12, 1), dtype=np.uint8)] * 20):
            assert out.shape[0] == out.shape[1]

    def test_stochastic_parameters(self):
        aug = iaa.MaxPooling((iap.Deterministic(2), iap.Deterministic(3)), False)
        assert aug(image=np.zeros((6, 6, 1), dtype=np.uint8)).shape == (3, 2, 1)

    def test_samples_clipped_to_one(self):
        aug = iaa.MaxPooling(iap.Deterministic(-3))
        samples = aug._draw_samples(_batch_of(np.zeros((2, 2, 3))), aug.random_state)
        assert samples.heights.tolist() == [1] and samples.widths.tolist() == [1]


def _batch_of(image):
    from imgaug.augmentables.batches import _BatchInAugmentation

    return _BatchInAugmentation(images=[image])


class TestContainers:
    def test_array_input_without_keep_size_gives_list(self):
        images = np.zeros((3, 8, 8, 3), dtype=np.uint8)
        observed = iaa.AveragePooling(2, keep_size=False)(images=images)
        assert isinstance(observed, list) and len(observed) == 3
        assert all(image.shape == (4, 4, 3) for image in observed)

    def test_array_input_with_keep_size_gives_array(self):
        images = np.random.default_rng(2).integers(0, 256, (3, 8, 9, 3))
        images = images.astype(np.uint8)
        observed = iaa.MaxPooling(2)(images=images)
        assert isinstance(observed, np.ndarray) and observed.shape == images.shape
        for image, out in zip(images, observed, strict=True):
            expected = ia.imresize_single_image(ia.max_pool(image, 2), (8, 9))
            assert np.array_equal(out, expected)

    def test_2d_images(self):
        image = np.arange(16, dtype=np.uint8).reshape(4, 4)
        observed = iaa.MaxPooling(2, keep_size=False)(image=image)
        assert observed.tolist() == [[5, 7], [13, 15]]


class TestOtherKinds:
    def _augmentables(self, shape=(8, 12, 3)):
        heatmap = np.zeros((4, 6, 1), dtype=np.float32)
        heatmap[1:3, 2:4] = 1.0
        segmap = np.zeros((8, 12), dtype=np.int32)
        segmap[2:6, 4:8] = 1
        return (
            HeatmapsOnImage(heatmap, shape=shape),
            SegmentationMapsOnImage(segmap, shape=shape),
            KeypointsOnImage([Keypoint(x=6.0, y=4.0), Keypoint(x=11.0, y=1.0)], shape),
            BoundingBoxesOnImage([BoundingBox(2, 2, 10, 6)], shape=shape),
        )

    def test_keep_size_leaves_everything_but_images(self):
        heatmaps, segmaps, kps, bbs = self._augmentables()
        image = np.zeros((8, 12, 3), dtype=np.uint8)
        _, hm_aug, seg_aug, kps_aug, bbs_aug = iaa.AveragePooling(2)(
            image=image,
            heatmaps=heatmaps,
            segmentation_maps=segmaps,
            keypoints=kps,
            bounding_boxes=bbs,
        )
        assert np.array_equal(hm_aug.get_arr(), heatmaps.get_arr())
        assert hm_aug.shape == (8, 12, 3)
        assert np.array_equal(seg_aug.get_arr(), segmaps.get_arr())
        assert np.array_equal(kps_aug.to_xy_array(), kps.to_xy_array())
        assert bbs_aug.bounding_boxes[0].coords.tolist() == [[2, 2], [10, 6]]

    def test_without_keep_size_maps_and_coordinates_follow(self):
        heatmaps, segmaps, kps, bbs = self._augmentables()
        image = np.zeros((8, 12, 3), dtype=np.uint8)
        image_aug, hm_aug, seg_aug, kps_aug, bbs_aug = iaa.AveragePooling(
            ((2, 2), (3, 3)), keep_size=False
        )(
            image=image,
            heatmaps=heatmaps,
            segmentation_maps=segmaps,
            keypoints=kps,
            bounding_boxes=bbs,
        )
        assert image_aug.shape == (4, 4, 3)
        # maps are pooled in their own pixels: (4, 6) -> (2, 2), (8, 12) -> (4, 4)
        assert hm_aug.arr_0to1.shape == (2, 2, 1)
        assert hm_aug.shape == (4, 4, 3)
        assert seg_aug.arr.shape == (4, 4, 1)
        assert seg_aug.shape == (4, 4, 3)
        expected = segmaps.resize((4, 4)).get_arr()  # nearest neighbour
        assert np.array_equal(seg_aug.get_arr(), expected)
        assert np.array_equal(
            hm_aug.get_arr(), heatmaps.resize((2, 2), interpolation="cubic").get_arr()
        )
        # coordinates are rescaled to the pooled shape (x * 4/12, y * 4/8)
        assert np.allclose(kps_aug.to_xy_array(), [[2.0, 2.0], [11 / 3, 0.5]])
        assert kps_aug.shape == (4, 4, 3)
        assert np.allclose(bbs_aug.bounding_boxes[0].coords, [[2 / 3, 1], [10 / 3, 3]])

    def test_pooled_shape_rounds_up(self):
        kps = KeypointsOnImage([Keypoint(x=9.0, y=3.0)], shape=(5, 10, 3))
        observed = iaa.MaxPooling(4, keep_size=False)(keypoints=kps)
        # ceil(5/4) = 2, ceil(10/4) = 3
        assert observed.shape == (2, 3, 3)
        assert np.allclose(observed.to_xy_array(), [[9 * 3 / 10, 3 * 2 / 5]])

    def test_blob_and_keypoint_stay_aligned(self):
        image = np.zeros((24, 32, 3), dtype=np.uint8)
        image[8:12, 16:20] = 255  # centre (18, 10)
        kps = KeypointsOnImage([Keypoint(x=18.0, y=10.0)], shape=image.shape)
        image_aug, kps_aug = iaa.MaxPooling(4, keep_size=False)(
            image=image, keypoints=kps
        )
        ys, xs = np.nonzero(image_aug[:, :, 0])
        centre = (xs.mean() + 0.5, ys.mean() + 0.5)
        kp = kps_aug.keypoints[0]
        assert np.hypot(kp.x - centre[0], kp.y - centre[1]) <= 0.5


class TestDtypes:
    @pytest.mark.parametrize("cls", POOLINGS)
    @pytest.mark.parametrize("dtype", ALLOWED)
    @pytest.mark.parametrize("keep_size", [True, False])
    def test_supported_dtypes(self, cls, dtype, keep_size):
        image = (np.arange(6 * 7 * 2).reshape(6, 7, 2) % 50).astype(dtype)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            observed = cls(3, keep_size=keep_size)(image=image)
        assert observed.dtype.name == dtype
        assert observed.shape == ((6, 7, 2) if keep_size else (2, 3, 2))

    @pytest.mark.parametrize("dtype", ["uint32", "int32"])
    def test_wide_integers_resized_back_like_float64(self, dtype):
        image = (np.arange(6 * 7).reshape(6, 7, 1) * 1000).astype(dtype)
        observed = iaa.AveragePooling(3)(image=image)
        pooled = ia.avg_pool(image, (3, 3)).astype(np.float64)
        expected = np.round(ia.imresize_single_image(pooled, (6, 7)))
        assert np.array_equal(observed, expected.astype(dtype))

    @pytest.mark.parametrize("cls", POOLINGS)
    @pytest.mark.parametrize("dtype", ["uint64", "int64"])
    @pytest.mark.parametrize("kernel_size", [1, 2])
    def test_unsupported_dtypes(self, cls, dtype, kernel_size):
        image = np.zeros((4, 4, 1), dtype=dtype)
        with pytest.raises(ValueError, match=dtype):
            cls(kernel_size)(image=image)

    def test_float_average(self):
        image = np.float32([[0.0, 1.0], [0.5, 0.25]])[:, :, np.newaxis]
        observed = iaa.AveragePooling(2, keep_size=False)(image=image)
        assert observed[0, 0, 0] == pytest.approx(0.4375)


class TestEdgeCases:
    @pytest.mark.parametrize("shape", [(0, 4, 3), (4, 0, 3), (4, 4, 0), (1, 1, 3)])
    @pytest.mark.parametrize("keep_size", [True, False])
    def test_tiny_and_zero_sized(self, shape, keep_size):
        image = np.full(shape, 7, dtype=np.uint8)
        observed = iaa.AveragePooling(3, keep_size=keep_size)(image=image)
        assert observed.shape == shape and np.all(observed == 7)

    def test_input_not_modified(self):
        image = np.random.default_rng(3).integers(0, 256, (6, 6, 3)).astype(np.uint8)
        before = image.copy()
        iaa.MinPooling(2)(image=image)
        assert np.array_equal(image, before)

    def test_compute_shape_after_pooling(self):
        compute = pooling._compute_shape_after_pooling
        assert compute((10, 11, 3), 3, 4) == (4, 3, 3)
        assert compute((10, 11), 1, 1) == (10, 11)
        assert compute((0, 11, 3), 3, 4) == (0, 11, 3)
        assert compute((10, 11, 0), 3, 4) == (10, 11, 0)


class TestMisc:
    @pytest.mark.parametrize("cls", POOLINGS)
    def test_get_parameters(self, cls):
        aug = cls((2, 4), keep_size=False)
        params = aug.get_parameters()
        assert len(params) == 2 and params[1] is False
        assert isinstance(params[0][0], iap.DiscreteUniform)
        assert params[0][1] is None

    @pytest.mark.parametrize("cls", POOLINGS)
    def test_defaults(self, cls):
        aug = cls()
        assert aug.keep_size is True
        assert str(aug.kernel_size[0]) == str(iap.DiscreteUniform(1, 5))
        name = cls.__name__
        assert str(aug) == (
            f"{name}(name=Unnamed{name}, parameters=[(DiscreteUniform("
            "Deterministic(int 1), Deterministic(int 5)), None), True], "
            "deterministic=False)"
        )

    def test_pool_function_looked_up_at_call_time(self, monkeypatch):
        calls = []

        def fake_avg_pool(arr, block_size, *args, **kwargs):
            calls.append(block_size)
            return np.zeros((1, 1, arr.shape[2]), dtype=arr.dtype)

        # the augmenter calls imgaug.imgaug.avg_pool, as 0.4.0 did
        monkeypatch.setattr(pooling.ia, "avg_pool", fake_avg_pool)
        image = np.ones((4, 4, 3), dtype=np.uint8)
        observed = iaa.AveragePooling(2, keep_size=False)(image=image)
        assert calls == [(2, 2)] and observed.shape == (1, 1, 3)

    def test_to_deterministic_repeats(self):
        aug = iaa.AveragePooling((1, 6), keep_size=False, seed=5).to_deterministic()
        images = [np.zeros((12, 12, 3), dtype=np.uint8)] * 4
        shapes = [out.shape for out in aug(images=images)]
        assert shapes == [out.shape for out in aug(images=images)]
