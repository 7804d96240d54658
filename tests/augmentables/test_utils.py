"""Tests for imgaug.augmentables.utils."""

import numpy as np
import pytest

import imgaug.imgaug as ia
from imgaug.augmentables import utils as iau
from imgaug.augmentables.base import IAugmentable
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage


class _HasDeepcopy:
    def __init__(self):
        self.calls = 0

    def deepcopy(self):
        self.calls += 1
        return "copied"


class TestIAugmentable:
    def test_containers_derive_from_marker(self):
        assert issubclass(KeypointsOnImage, IAugmentable)
        assert issubclass(BoundingBoxesOnImage, IAugmentable)
        assert not issubclass(Keypoint, IAugmentable)


class TestCopyAugmentables:
    def test_array(self):
        arr = np.arange(6).reshape((2, 3))
        copied = iau.copy_augmentables(arr)
        assert np.array_equal(copied, arr)
        assert copied is not arr
        assert not np.shares_memory(copied, arr)

    def test_list_of_arrays_and_objects(self):
        arr = np.zeros((2,))
        kpsoi = KeypointsOnImage([Keypoint(1, 2)], shape=(3, 3))
        copied = iau.copy_augmentables([arr, kpsoi])
        assert isinstance(copied, list)
        assert copied[0] is not arr
        assert np.array_equal(copied[0], arr)
        assert copied[1] is not kpsoi
        assert copied[1].keypoints[0] is not kpsoi.keypoints[0]
        assert copied[1].keypoints[0].x == 1


class TestDeepcopyFast:
    @pytest.mark.parametrize("value", [None, 1, 2.5, "abc", np.float32(1.5)])
    def test_immutables_returned_as_is(self, value):
        assert iau.deepcopy_fast(value) is value

    def test_list_and_tuple_keep_container_type(self):
        inner = [1, 2]
        obj = [inner, (3, [4])]
        copied = iau.deepcopy_fast(obj)
        assert copied == obj
        assert copied[0] is not inner
        assert isinstance(copied[1], tuple)
        assert copied[1][1] is not obj[1][1]

    def test_array_copied(self):
        arr = np.ones((2, 2))
        copied = iau.deepcopy_fast(arr)
        assert copied is not arr
        assert np.array_equal(copied, arr)

    def test_object_with_deepcopy_method(self):
        obj = _HasDeepcopy()
        assert iau.deepcopy_fast(obj) == "copied"
        assert obj.calls == 1

    def test_other_objects_use_copy_deepcopy(self):
        obj = {"a": [1]}
        copied = iau.deepcopy_fast(obj)
        assert copied == obj
        assert copied["a"] is not obj["a"]


class TestNormalizeShape:
    def test_tuple(self):
        shape = (2, 3, 1)
        assert iau.normalize_shape(shape) is shape

    def test_array(self):
        assert iau.normalize_shape(np.zeros((4, 5))) == (4, 5)

    @pytest.mark.parametrize("value", [[2, 3], 5, None])
    def test_invalid(self, value):
        with pytest.raises(AssertionError, match="shape"):
            iau.normalize_shape(value)
        with pytest.raises(TypeError):
            iau.normalize_shape(value)


class TestProjectCoords:
    def test_same_shape_returns_input(self):
        coords = [(1, 2)]
        assert iau.project_coords_(coords, (4, 5), (4, 5, 3)) is coords
        arr = np.float32([[1, 2]])
        assert iau.project_coords_(arr, (4, 5), np.zeros((4, 5))) is arr

    def test_scaling_float_array_in_place(self):
        arr = np.float32([[1.0, 2.0], [4.0, 0.0]])
        result = iau.project_coords_(arr, (10, 8), (20, 4))
        assert result is arr
        assert np.allclose(arr, [[0.5, 4.0], [2.0, 0.0]])
        assert arr.dtype == np.float32

    def test_float64_stays_float64(self):
        arr = np.float64([[1.0, 1.0]])
        result = iau.project_coords_(arr, (3, 3), (9, 6))
        assert result.dtype == np.float64
        assert np.allclose(result, [[2.0, 3.0]])

    def test_list_and_int_array_converted_to_float32(self):
        result = iau.project_coords_([(1, 2)], (10, 10), (20, 30))
        assert result.dtype == np.float32
        assert np.allclose(result, [[3.0, 4.0]])
        arr = np.int32([[1, 2]])
        result = iau.project_coords_(arr, (10, 10), (20, 30))
        assert result.dtype == np.float32
        assert np.array_equal(arr, [[1, 2]])

    def test_exact_formula(self):
        coords = np.float32([[3.3, 7.7]])
        expected_x = (np.float32(3.3) / np.float32(11)) * np.float32(17)
        expected_y = (np.float32(7.7) / np.float32(13)) * np.float32(5)
        result = iau.project_coords(coords, (13, 11), (5, 17))
        assert result[0, 0] == expected_x
        assert result[0, 1] == expected_y

    def test_non_inplace_variant_copies(self):
        arr = np.float32([[1.0, 2.0]])
        result = iau.project_coords(arr, (10, 10), (20, 20))
        assert np.array_equal(arr, [[1.0, 2.0]])
        assert np.allclose(result, [[2.0, 4.0]])

    def test_empty(self):
        result = iau.project_coords(np.zeros((0, 2), dtype=np.float32), (2, 2), (4, 4))
        assert result.shape == (0, 2)

    @pytest.mark.parametrize(
        ("from_shape", "to_shape"), [((0, 5), (4, 5)), ((4, 5), (4, 0))]
    )
    def test_zero_sized_shapes_fail(self, from_shape, to_shape):
        with pytest.raises(AssertionError, match="from_shape"):
            iau.project_coords([(1, 1)], from_shape, to_shape)


class TestInterpolatePointPair:
    def test_three_steps(self):
        points = iau.interpolate_point_pair((0, 0), (4, 8), 3)
        assert np.allclose(points, [(1, 2), (2, 4), (3, 6)])
        assert all(isinstance(p, tuple) for p in points)

    def test_one_step_is_midpoint(self):
        assert np.allclose(iau.interpolate_point_pair((1, 1), (2, 3), 1), [(1.5, 2)])

    @pytest.mark.parametrize("nb_steps", [0, -1])
    def test_fewer_than_one_step(self, nb_steps):
        assert iau.interpolate_point_pair((0, 0), (1, 1), nb_steps) == []


class TestInterpolatePoints:
    def test_closed(self):
        points = [(0, 0), (2, 0), (2, 2)]
        result = iau.interpolate_points(points, 1, closed=True)
        expected = [(0, 0), (1, 0), (2, 0), (2, 1), (2, 2), (1, 1)]
        assert np.allclose(result, expected)
        assert result[0] is points[0]
        assert result[2] is points[1]

    def test_open(self):
        points = [(0, 0), (2, 0), (2, 2)]
        result = iau.interpolate_points(points, 1, closed=False)
        assert np.allclose(result, [(0, 0), (1, 0), (2, 0), (2, 1), (2, 2)])
        assert result[-1] is points[-1]

    def test_zero_steps_keeps_points(self):
        points = [(0, 0), (2, 0)]
        assert np.allclose(iau.interpolate_points(points, 0, closed=False), points)
        assert np.allclose(iau.interpolate_points(points, 0, closed=True), points)

    def test_at_most_one_point_returned(self):
        points = [(1, 1)]
        assert iau.interpolate_points(points, 3) is points
        empty = []
        assert iau.interpolate_points(empty, 3) is empty

    def test_array_input(self):
        points = np.float32([[0, 0], [3, 0]])
        result = iau.interpolate_points(points, 2, closed=False)
        assert np.allclose(result, [(0, 0), (1, 0), (2, 0), (3, 0)])

    def test_private_array_version_matches(self):
        points = np.float32([[0, 0], [4, 0], [4, 3], [1, 5]])
        for closed in (True, False):
            listed = iau.interpolate_points(points, 2, closed=closed)
            arr = iau._interpolate_points_array(points, 2, closed=closed)
            assert arr.dtype == np.float32
            assert np.allclose(arr, np.float32(listed))


class TestInterpolatePointsByMaxDistance:
    def test_open(self):
        result = iau.interpolate_points_by_max_distance(
            [(0, 0), (3, 0)], 1.0, closed=False
        )
        assert np.allclose(result, [(0, 0), (1, 0), (2, 0), (3, 0)])

    def test_closed_uses_per_segment_counts(self):
        # segment lengths 4, 2, sqrt(20): steps int(4/2-1)=1, int(2/2-1)=0, 1
        result = iau.interpolate_points_by_max_distance(
            [(0, 0), (4, 0), (4, 2)], 2.0, closed=True
        )
        expected = [(0, 0), (2, 0), (4, 0), (4, 2), (2, 1)]
        assert np.allclose(result, expected)

    def test_short_segments_get_no_points(self):
        points = [(0, 0), (0.5, 0)]
        assert np.allclose(
            iau.interpolate_points_by_max_distance(points, 10, closed=False), points
        )

    def test_few_points_returned(self):
        points = [(1, 2)]
        assert iau.interpolate_points_by_max_distance(points, 1.0) is points

    @pytest.mark.parametrize("max_distance", [0, -1.0])
    def test_invalid_max_distance(self, max_distance):
        with pytest.raises(AssertionError, match="max_distance"):
            iau.interpolate_points_by_max_distance([(0, 0), (1, 1)], max_distance)

    def test_private_array_version_matches(self):
        points = [(0, 0), (5, 0), (5, 7), (0.5, 1.5)]
        for closed in (True, False):
            listed = iau.interpolate_points_by_max_distance(points, 1.3, closed=closed)
            arr = iau._interpolate_points_by_max_distance_array(
                points, 1.3, closed=closed
            )
            assert np.allclose(arr, np.float32(listed))


class TestConvertCbaoisToKpsois:
    def test_single(self):
        bbsoi = BoundingBoxesOnImage([BoundingBox(1, 2, 3, 4)], shape=(5, 5))
        kpsoi = iau.convert_cbaois_to_kpsois(bbsoi)
        assert isinstance(kpsoi, KeypointsOnImage)
        assert np.allclose(kpsoi.to_xy_array(), [[1, 2], [3, 2], [3, 4], [1, 4]])

    def test_list(self):
        kpsoi = KeypointsOnImage([Keypoint(1, 1)], shape=(2, 2))
        result = iau.convert_cbaois_to_kpsois([kpsoi, kpsoi])
        assert isinstance(result, list)
        assert len(result) == 2
        assert result[0] is not kpsoi

    def test_invert_single(self):
        bbsoi = BoundingBoxesOnImage([BoundingBox(1, 2, 3, 4)], shape=(5, 5))
        kpsoi = iau.convert_cbaois_to_kpsois(bbsoi)
        kpsoi.shift_(x=1)
        kpsoi.shape = (6, 6)
        result = iau.invert_convert_cbaois_to_kpsois_(bbsoi, kpsoi)
        assert result is bbsoi
        assert np.allclose(bbsoi.to_xyxy_array(), [[2, 2, 4, 4]])
        assert bbsoi.shape == (6, 6)

    def test_invert_list(self):
        bbsois = [BoundingBoxesOnImage([BoundingBox(1, 2, 3, 4)], shape=(5, 5))]
        kpsois = iau.convert_cbaois_to_kpsois(bbsois)
        result = iau.invert_convert_cbaois_to_kpsois_(bbsois, kpsois)
        assert isinstance(result, list)
        assert result[0] is bbsois[0]

    def test_invert_mismatch(self):
        bbsoi = BoundingBoxesOnImage([], shape=(5, 5))
        kpsoi = KeypointsOnImage([], shape=(5, 5))
        with pytest.raises(AssertionError, match="kpsois"):
            iau.invert_convert_cbaois_to_kpsois_([bbsoi], kpsoi)
        with pytest.raises(AssertionError, match="kpsois"):
            iau.invert_convert_cbaois_to_kpsois_([bbsoi], [kpsoi, kpsoi])
        with pytest.raises(AssertionError, match="kpsois"):
            iau.invert_convert_cbaois_to_kpsois_(bbsoi, [kpsoi])


class TestRemoveOutOfImageFraction:
    def test_generic_helper(self):
        kpsoi = KeypointsOnImage([Keypoint(1, 1), Keypoint(-1, 1)], shape=(3, 3))
        result = iau._remove_out_of_image_fraction_(kpsoi, 0.5)
        assert result is kpsoi
        assert len(kpsoi) == 1
        assert kpsoi.keypoints[0].x == 1

    def test_keeps_fraction_below_threshold_only(self):
        bbs = [BoundingBox(-1, 0, 1, 1), BoundingBox(0, 0, 1, 1)]
        bbsoi = BoundingBoxesOnImage(bbs, shape=(3, 3))
        iau._remove_out_of_image_fraction_(bbsoi, 0.5)
        assert bbsoi.bounding_boxes == [bbs[1]]


class TestNormalizeShiftArgs:
    def test_no_deprecated_args(self):
        assert iau._normalize_shift_args(1, 2) == (1, 2)

    def test_deprecated_args_folded_and_warn(self):
        with pytest.warns(ia.DeprecationWarning, match="Use `x` and `y` instead"):
            x, y = iau._normalize_shift_args(1, 2, top=3, right=4, bottom=5, left=6)
        assert (x, y) == (1 + 6 - 4, 2 + 3 - 5)

    def test_single_deprecated_arg(self):
        with pytest.warns(ia.DeprecationWarning, match="These are deprecated"):
            assert iau._normalize_shift_args(0, 0, left=2) == (2, 0)
