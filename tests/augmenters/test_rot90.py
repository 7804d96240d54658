"""Tests for imgaug.augmenters.geometric.Rot90."""

import numpy as np
import pytest

import imgaug as ia
import imgaug.parameters as iap
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.augmenters.geometric import Rot90

SHAPE = (4, 6, 3)


def _image(shape=SHAPE):
    return (np.arange(int(np.prod(shape))).reshape(shape) % 200).astype(np.uint8)


class TestParameters:
    def test_defaults(self):
        aug = Rot90()
        k, keep_size = aug.get_parameters()
        assert isinstance(k, iap.Deterministic) and k.value == 1
        assert keep_size is True

    def test_all_is_choice_of_four(self):
        k = Rot90(ia.ALL).k
        assert isinstance(k, iap.Choice) and k.a == [0, 1, 2, 3]

    def test_tuple_is_discrete_uniform(self):
        assert isinstance(Rot90((0, 3)).k, iap.DiscreteUniform)

    def test_str(self):
        text = str(Rot90((0, 3), name="r"))
        assert text == (
            "Rot90(name=r, parameters=[DiscreteUniform(Deterministic(int 0), "
            "Deterministic(int 3)), True], deterministic=False)"
        )

    @pytest.mark.parametrize("k", ["x", 1.5, None, []])
    def test_bad_k(self, k):
        with pytest.raises((TypeError, ValueError), match="'k'"):
            Rot90(k)

    def test_bad_keep_size(self):
        with pytest.raises(TypeError, match="keep_size"):
            Rot90(keep_size="yes")


class TestImages:
    @pytest.mark.parametrize("k", [-1, 0, 1, 2, 3, 5])
    def test_clockwise_turns(self, k):
        image = _image()
        observed = Rot90(k, keep_size=False)(image=image)
        assert np.array_equal(observed, np.rot90(image, k, axes=(1, 0)))

    def test_keep_size_resizes_back(self):
        image = _image((8, 12, 3))
        observed = Rot90(1)(image=image)
        expected = ia.imresize_single_image(np.rot90(image, 1, axes=(1, 0)), (8, 12))
        assert np.array_equal(observed, expected)

    def test_keep_size_square_is_exact(self):
        image = _image((5, 5, 3))
        assert np.array_equal(Rot90(3)(image=image), np.rot90(image, 3, axes=(1, 0)))

    def test_container_types(self):
        images = np.stack([_image(), _image()])
        assert isinstance(Rot90(1)(images=images), np.ndarray)
        # without keep_size a list, as in 0.4.0 (also when shapes agree)
        out = Rot90(2, keep_size=False)(images=images)
        assert isinstance(out, list) and out[0].shape == SHAPE
        out = Rot90([0, 1], keep_size=False, seed=1)(images=list(images) * 4)
        assert {o.shape for o in out} == {(4, 6, 3), (6, 4, 3)}

    def test_all_dtypes_without_keep_size(self):
        for dtype in ["bool", "uint32", "int64", "float16", "float64", "uint64"]:
            image = _image().astype(dtype)
            observed = Rot90(1, keep_size=False)(image=image)
            assert observed.dtype == image.dtype
            assert np.array_equal(observed, np.rot90(image, 1, axes=(1, 0)))

    def test_zero_sized(self):
        image = np.zeros((0, 5, 3), dtype=np.uint8)
        assert Rot90(1)(image=image).shape == (0, 5, 3)
        assert Rot90(1, keep_size=False)(image=image).shape == (5, 0, 3)


class TestMaps:
    def test_heatmaps_turn_and_shape(self):
        arr = np.zeros((4, 6, 1), dtype=np.float32)
        arr[0, 0] = 1.0
        heatmaps = HeatmapsOnImage(arr, shape=(8, 12, 3))
        observed = Rot90(1, keep_size=False)(heatmaps=heatmaps)
        assert observed.shape == (12, 8, 3)
        assert observed.arr_0to1.shape == (6, 4, 1)
        assert observed.arr_0to1[0, 3, 0] == 1.0  # top-left -> top-right

    def test_segmaps_keep_size(self):
        arr = np.zeros((4, 6), dtype=np.int32)
        arr[:, 0] = 2
        segmaps = SegmentationMapsOnImage(arr, shape=(4, 6, 3))
        observed = Rot90(2)(segmentation_maps=segmaps)
        assert observed.shape == (4, 6, 3) and observed.arr.shape == (4, 6, 1)
        assert np.all(observed.arr[:, 5, 0] == 2) and np.all(observed.arr[:, 0] == 0)

    def test_segmaps_keep_size_resized_back(self):
        segmaps = SegmentationMapsOnImage(np.ones((4, 6), np.int32), shape=(4, 6, 3))
        observed = Rot90(1)(segmentation_maps=segmaps)
        assert observed.arr.shape == (4, 6, 1) and observed.shape == (4, 6, 3)


class TestCoordinates:
    def test_keypoint_on_bright_pixel(self):
        image = np.zeros((4, 6, 1), dtype=np.uint8)
        image[1, 4] = 255
        kps = KeypointsOnImage([Keypoint(4.5, 1.5)], shape=image.shape)
        for k in range(4):
            image_aug, kps_aug = Rot90(k, keep_size=False)(image=image, keypoints=kps)
            y, x = np.argwhere(image_aug[:, :, 0] == 255)[0]
            assert kps_aug.to_xy_array().tolist() == [[x + 0.5, y + 0.5]]
            assert kps_aug.shape == image_aug.shape

    def test_formula_one_turn(self):
        kps = KeypointsOnImage([Keypoint(1.0, 0.5)], shape=(2, 3, 3))
        observed = Rot90(1, keep_size=False)(keypoints=kps)
        assert observed.to_xy_array().tolist() == [[1.5, 1.0]]
        assert observed.shape == (3, 2, 3)

    def test_keep_size_projects_back(self):
        kps = KeypointsOnImage([Keypoint(1.0, 0.5)], shape=(2, 3, 3))
        observed = Rot90(1)(keypoints=kps)
        # (1.5, 1.0) on a 3x2 image -> x * 3/2, y * 2/3
        assert np.allclose(observed.to_xy_array(), [[2.25, 2.0 / 3.0]])
        assert observed.shape == (2, 3, 3)

    def test_bounding_box_stays_valid(self):
        bbs = BoundingBoxesOnImage([BoundingBox(1, 0, 3, 1)], shape=(2, 4, 3))
        observed = Rot90(1, keep_size=False)(bounding_boxes=bbs).bounding_boxes[0]
        assert (observed.x1, observed.y1, observed.x2, observed.y2) == (1, 1, 2, 3)

    def test_same_seed_same_rotation_for_all_kinds(self):
        image = np.zeros((6, 6, 1), dtype=np.uint8)
        image[0, 1] = 255
        kps = KeypointsOnImage([Keypoint(1.5, 0.5)], shape=image.shape)
        det = Rot90((0, 3), seed=3).to_deterministic()
        for _ in range(3):
            image_aug = det(image=image)
            kps_aug = det(keypoints=kps)
            y, x = np.argwhere(image_aug[:, :, 0] == 255)[0]
            assert kps_aug.to_xy_array().tolist() == [[x + 0.5, y + 0.5]]
