"""Tests for imgaug.augmentables.kps."""

import pickle

import numpy as np
import pytest

import imgaug.imgaug as ia
from imgaug.augmentables.kps import (
    Keypoint,
    KeypointsOnImage,
    compute_geometric_median,
)


@pytest.fixture
def kpsoi():
    return KeypointsOnImage(
        [Keypoint(x=1, y=2), Keypoint(x=3.5, y=0.5), Keypoint(x=-1, y=1)],
        shape=(4, 5, 3),
    )


def _coords(kps):
    return [(kp.x, kp.y) for kp in kps]


class TestComputeGeometricMedian:
    def test_symmetric_points(self):
        points = np.float32([[0, 0], [2, 0], [0, 2], [2, 2]])
        assert np.allclose(compute_geometric_median(points), [1, 1])

    def test_resists_outlier(self):
        points = np.float64([[0, 0], [1, 0], [0, 1], [1, 1], [100, 100]])
        median = compute_geometric_median(points)
        assert np.all(median < 2)
        assert median.shape == (2,)

    def test_triangle_fermat_point(self):
        # equilateral triangle: the median is the centroid
        points = np.float64([[0, 0], [2, 0], [1, np.sqrt(3)]])
        assert np.allclose(compute_geometric_median(points), [1, np.sqrt(3) / 3])

    def test_all_points_identical(self):
        points = np.float32([[3, 4], [3, 4], [3, 4]])
        assert np.allclose(compute_geometric_median(points), [3, 4])

    def test_estimate_on_a_point_vardi_zhang(self):
        # mean equals one of the points: the correction must still converge
        points = np.float64([[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]])
        assert np.allclose(compute_geometric_median(points), [0, 0], atol=1e-4)

    def test_collinear_points_median(self):
        points = np.float64([[0, 0], [1, 0], [10, 0]])
        assert np.allclose(
            compute_geometric_median(points, eps=1e-9), [1, 0], atol=1e-3
        )

    def test_deprecated_x(self):
        points = np.float32([[0, 0], [2, 2]])
        with pytest.warns(ia.DeprecationWarning, match="is deprecated"):
            median = compute_geometric_median(X=points)
        assert np.allclose(median, [1, 1])

    def test_points_and_x_together_fail(self):
        points = np.float32([[0, 0], [2, 2]])
        with pytest.raises(ValueError, match="points"):
            compute_geometric_median(points, X=points)

    def test_empty_fails(self):
        with pytest.raises(ValueError, match="points"):
            compute_geometric_median(np.zeros((0, 2)))

    def test_input_not_modified(self):
        points = np.float32([[0, 0], [2, 0], [5, 5]])
        orig = points.copy()
        compute_geometric_median(points)
        assert np.array_equal(points, orig)


class TestKeypoint:
    def test_stores_values_as_given(self):
        kp = Keypoint(x=1, y=np.float64(2.5))
        assert kp.x == 1 and isinstance(kp.x, int)
        assert kp.y == 2.5

    def test_coords_and_xy(self):
        kp = Keypoint(x=1.5, y=2.25)
        assert kp.coords.dtype == np.float32
        assert np.array_equal(kp.coords, [[1.5, 2.25]])
        assert kp.xy.dtype == np.float32
        assert np.array_equal(kp.xy, [1.5, 2.25])

    def test_int_properties_use_bankers_rounding(self):
        kp = Keypoint(x=2.5, y=3.5)
        assert kp.x_int == 2
        assert kp.y_int == 4
        assert isinstance(kp.x_int, int)
        assert kp.xy_int.dtype == np.int32
        assert np.array_equal(kp.xy_int, [2, 4])
        assert Keypoint(x=-0.6, y=0.49).xy_int.tolist() == [-1, 0]

    def test_project(self):
        kp = Keypoint(x=1, y=2)
        proj = kp.project((10, 10), (20, 40))
        assert np.isclose(proj.x, 4) and np.isclose(proj.y, 4)
        assert (kp.x, kp.y) == (1, 2)

    def test_project_same_shape_keeps_values(self):
        kp = Keypoint(x=1.1, y=2)
        kp.project_((10, 10), (10, 10, 3))
        assert kp.x == 1.1

    def test_project_inplace(self):
        kp = Keypoint(x=1, y=2)
        assert kp.project_((10, 10), (5, 5)) is kp
        assert np.isclose(kp.x, 0.5) and np.isclose(kp.y, 1)

    @pytest.mark.parametrize(
        ("x", "y", "expected"),
        [
            (0, 0, False),
            (4.999, 3.999, False),
            (5, 1, True),
            (1, 4, True),
            (-0.001, 1, True),
            (1, -0.001, True),
        ],
    )
    def test_is_out_of_image_boundaries(self, x, y, expected):
        kp = Keypoint(x=x, y=y)
        assert kp.is_out_of_image((4, 5)) is expected
        assert kp.is_out_of_image(np.zeros((4, 5, 3))) is expected
        assert kp.compute_out_of_image_fraction((4, 5)) == (1.0 if expected else 0.0)

    def test_shift(self):
        kp = Keypoint(x=1, y=2)
        shifted = kp.shift(x=1.5, y=-1)
        assert (shifted.x, shifted.y) == (2.5, 1)
        assert (kp.x, kp.y) == (1, 2)
        assert kp.shift_(y=3) is kp
        assert (kp.x, kp.y) == (1, 5)

    def test_draw_default_square(self):
        image = np.zeros((5, 5, 3), dtype=np.uint8)
        drawn = Keypoint(x=2, y=2).draw_on_image(image)
        expected = np.zeros((5, 5, 3), dtype=np.uint8)
        expected[1:4, 1:4] = (0, 255, 0)
        assert np.array_equal(drawn, expected)
        assert np.all(image == 0)

    def test_draw_rounds_coordinates(self):
        image = np.zeros((4, 4, 1), dtype=np.uint8)
        drawn = Keypoint(x=0.6, y=2.5).draw_on_image(image, color=9, size=1)
        expected = np.zeros((4, 4, 1), dtype=np.uint8)
        expected[2, 1] = 9
        assert np.array_equal(drawn, expected)

    def test_draw_clipped_at_corner(self):
        image = np.zeros((4, 4, 3), dtype=np.uint8)
        drawn = Keypoint(x=0, y=3).draw_on_image(image, color=(1, 2, 3), size=3)
        expected = np.zeros((4, 4, 3), dtype=np.uint8)
        expected[2:4, 0:2] = (1, 2, 3)
        assert np.array_equal(drawn, expected)

    def test_draw_even_size(self):
        image = np.zeros((6, 6), dtype=np.uint8)
        drawn = Keypoint(x=2, y=2).draw_on_image(image, color=1, size=4)
        expected = np.zeros((6, 6), dtype=np.uint8)
        expected[0:5, 0:5] = 1
        assert np.array_equal(drawn, expected)

    def test_draw_2d_needs_scalar_color(self):
        image = np.zeros((3, 3), dtype=np.uint8)
        with pytest.raises(AssertionError, match="color"):
            Keypoint(1, 1).draw_on_image(image, color=(0, 255, 0))

    def test_draw_alpha_blend_uint8(self):
        image = np.full((3, 3, 3), 100, dtype=np.uint8)
        drawn = Keypoint(1, 1).draw_on_image(
            image, color=(200, 0, 255), alpha=0.5, size=1
        )
        expected = np.full((3, 3, 3), 100, dtype=np.uint8)
        expected[1, 1] = (150, 50, 177)  # (100+255)/2 = 177.5 -> truncated
        assert np.array_equal(drawn, expected)
        assert drawn.dtype == np.uint8

    def test_draw_alpha_blend_float32(self):
        image = np.zeros((3, 3), dtype=np.float32)
        drawn = Keypoint(1, 1).draw_on_image(image, color=1.0, alpha=0.25, size=1)
        assert drawn.dtype == np.float32
        assert drawn[1, 1] == np.float32(0.25)
        assert drawn.sum() == np.float32(0.25)

    def test_draw_tiny_alpha_draws_nothing(self):
        image = np.zeros((3, 3, 3), dtype=np.uint8)
        drawn = Keypoint(1, 1).draw_on_image(image, alpha=0.005)
        assert np.all(drawn == 0)

    def test_draw_copy_false_modifies_in_place(self):
        image = np.zeros((3, 3, 3), dtype=np.uint8)
        drawn = Keypoint(1, 1).draw_on_image(image, size=1, copy=False)
        assert drawn is image
        assert np.array_equal(image[1, 1], [0, 255, 0])

    def test_draw_out_of_image(self):
        image = np.zeros((3, 3, 3), dtype=np.uint8)
        drawn = Keypoint(10, 10).draw_on_image(image, size=3)
        assert np.all(drawn == 0)
        with pytest.raises(Exception, match="Cannot draw keypoint"):
            Keypoint(10, 10).draw_on_image(image, raise_if_out_of_image=True)

    def test_draw_partly_outside_does_not_raise(self):
        image = np.zeros((3, 3, 3), dtype=np.uint8)
        drawn = Keypoint(3, 1).draw_on_image(image, raise_if_out_of_image=True)
        assert np.all(drawn[0:3, 2] == (0, 255, 0))

    @pytest.mark.parametrize("nb_steps", [0, 1, 2, 3])
    def test_generate_similar_points_manhattan_count(self, nb_steps):
        kp = Keypoint(x=2, y=3)
        points = kp.generate_similar_points_manhattan(nb_steps, 0.5, return_array=True)
        assert points.dtype == np.float32
        assert len(points) == 2 * nb_steps + 1 + 2 * nb_steps**2
        dists = np.abs(points[:, 0] - 2) + np.abs(points[:, 1] - 3)
        assert np.all(dists <= nb_steps * 0.5 + 1e-6)
        assert len({tuple(p) for p in points.tolist()}) == len(points)
        assert np.all(np.diff(points[:, 1]) >= 0)

    def test_generate_similar_points_manhattan_exact(self):
        kp = Keypoint(x=0, y=0)
        points = kp.generate_similar_points_manhattan(2, 1.0, return_array=True)
        expected = [
            (0, -2),
            (-1, -1), (0, -1), (1, -1),
            (-2, 0), (-1, 0), (0, 0), (1, 0), (2, 0),
            (-1, 1), (0, 1), (1, 1),
            (0, 2),
        ]  # fmt: skip
        assert np.array_equal(points, np.float32(expected))

    def test_generate_similar_points_manhattan_keypoints(self):
        kp = Keypoint(x=1, y=1)
        kps = kp.generate_similar_points_manhattan(1, 2.0)
        assert all(isinstance(p, Keypoint) for p in kps)
        assert _coords(kps) == [(1, -1), (-1, 1), (1, 1), (3, 1), (1, 3)]

    @pytest.mark.parametrize(
        "other",
        [
            Keypoint(1.00005, 2),
            np.float32([1, 2]),
            np.float32([[1, 2]]),
            (1, 2),
            [[1], [2.00009]],
        ],
    )
    def test_coords_almost_equals_true(self, other):
        assert Keypoint(1, 2).coords_almost_equals(other) is True
        assert Keypoint(1, 2).almost_equals(other) is True

    def test_coords_almost_equals_false_and_max_distance(self):
        kp = Keypoint(1, 2)
        assert kp.coords_almost_equals(Keypoint(1.01, 2)) is False
        assert kp.coords_almost_equals(Keypoint(1.01, 2), max_distance=0.02) is True

    def test_coords_almost_equals_wrong_count(self):
        with pytest.raises(ValueError, match="other"):
            Keypoint(1, 2).coords_almost_equals((1, 2, 3))

    def test_copy_and_deepcopy(self):
        kp = Keypoint(1, 2)
        for method in (kp.copy, kp.deepcopy):
            c = method()
            assert c is not kp
            assert (c.x, c.y) == (1, 2)
            c2 = method(x=5)
            assert (c2.x, c2.y) == (5, 2)
            c3 = method(y=7)
            assert (c3.x, c3.y) == (1, 7)

    def test_str_repr(self):
        kp = Keypoint(1, 2.5)
        assert str(kp) == "Keypoint(x=1.00000000, y=2.50000000)"
        assert repr(kp) == str(kp)


class TestKeypointsOnImage:
    def test_init_and_properties(self, kpsoi):
        assert kpsoi.shape == (4, 5, 3)
        assert kpsoi.height == 4
        assert kpsoi.width == 5
        assert kpsoi.items is kpsoi.keypoints
        assert not kpsoi.empty
        assert KeypointsOnImage([], shape=(2, 2)).empty

    def test_items_setter(self, kpsoi):
        kps = [Keypoint(0, 0)]
        kpsoi.items = kps
        assert kpsoi.keypoints is kps

    def test_shape_from_array(self):
        kpsoi = KeypointsOnImage([], shape=np.zeros((3, 4, 2)))
        assert kpsoi.shape == (3, 4, 2)

    def test_shape_list_fails(self):
        with pytest.raises(AssertionError, match="shape"):
            KeypointsOnImage([], shape=[3, 4])

    def test_on_same_size_changes_only_shape(self, kpsoi):
        result = kpsoi.on_((4, 5))
        assert result is kpsoi
        assert kpsoi.shape == (4, 5)
        assert _coords(kpsoi) == [(1, 2), (3.5, 0.5), (-1, 1)]

    def test_on_projects(self, kpsoi):
        result = kpsoi.on(np.zeros((8, 10, 3)))
        assert result.shape == (8, 10, 3)
        assert np.allclose(result.to_xy_array(), [[2, 4], [7, 1], [-2, 2]])
        assert kpsoi.shape == (4, 5, 3)
        assert _coords(kpsoi) == [(1, 2), (3.5, 0.5), (-1, 1)]

    def test_on_empty(self):
        kpsoi = KeypointsOnImage([], shape=(2, 2))
        assert kpsoi.on_((4, 4)).shape == (4, 4)

    def test_draw_on_image(self):
        kpsoi = KeypointsOnImage([Keypoint(0, 0), Keypoint(3, 2)], shape=(3, 4))
        image = np.zeros((3, 4, 3), dtype=np.uint8)
        drawn = kpsoi.draw_on_image(image, color=(255, 0, 0), size=1)
        expected = np.zeros((3, 4, 3), dtype=np.uint8)
        expected[0, 0] = (255, 0, 0)
        expected[2, 3] = (255, 0, 0)
        assert np.array_equal(drawn, expected)
        assert np.all(image == 0)

    def test_draw_on_image_equals_sequential_keypoint_draws(self):
        kps = [Keypoint(1, 1), Keypoint(2, 1), Keypoint(2.4, 2.6), Keypoint(9, 9)]
        kpsoi = KeypointsOnImage(kps, shape=(5, 5, 3))
        image = np.arange(5 * 5 * 3).reshape((5, 5, 3)).astype(np.uint8) * 3
        for alpha in (1.0, 0.6):
            expected = np.copy(image)
            for kp in kps:
                expected = kp.draw_on_image(expected, alpha=alpha, copy=False)
            drawn = kpsoi.draw_on_image(image, alpha=alpha)
            assert np.array_equal(drawn, expected)

    def test_draw_overlapping_alpha_compounds(self):
        kpsoi = KeypointsOnImage([Keypoint(1, 1), Keypoint(1, 1)], shape=(3, 3))
        image = np.zeros((3, 3), dtype=np.uint8)
        drawn = kpsoi.draw_on_image(image, color=200, alpha=0.5, size=1)
        assert drawn[1, 1] == 150  # 100, then (100 + 200) / 2

    def test_draw_empty_returns_copy(self):
        image = np.ones((2, 2), dtype=np.uint8)
        drawn = KeypointsOnImage([], shape=(2, 2)).draw_on_image(image)
        assert drawn is not image
        assert np.array_equal(drawn, image)

    def test_draw_raise_if_out_of_image(self, kpsoi):
        image = np.zeros((4, 5, 3), dtype=np.uint8)
        kpsoi.keypoints.append(Keypoint(50, 50))
        with pytest.raises(Exception, match="Cannot draw keypoint"):
            kpsoi.draw_on_image(image, raise_if_out_of_image=True)

    def test_draw_copy_false(self):
        kpsoi = KeypointsOnImage([Keypoint(0, 0)], shape=(2, 2))
        image = np.zeros((2, 2, 3), dtype=np.uint8)
        assert kpsoi.draw_on_image(image, size=1, copy=False) is image
        assert image[0, 0, 1] == 255

    def test_shift(self, kpsoi):
        shifted = kpsoi.shift(x=1, y=-0.5)
        assert _coords(shifted) == [(2, 1.5), (4.5, 0), (0, 0.5)]
        assert _coords(kpsoi) == [(1, 2), (3.5, 0.5), (-1, 1)]
        assert kpsoi.shift_(x=2) is kpsoi
        assert _coords(kpsoi) == [(3, 2), (5.5, 0.5), (1, 1)]

    def test_shift_has_no_deprecated_args(self, kpsoi):
        with pytest.raises(TypeError):
            kpsoi.shift(top=1)

    def test_remove_out_of_image_fraction(self, kpsoi):
        result = kpsoi.remove_out_of_image_fraction(0.5)
        assert _coords(result) == [(1, 2), (3.5, 0.5)]
        assert len(kpsoi) == 3
        # threshold above 1.0 keeps everything; 0.0 removes everything
        assert len(kpsoi.remove_out_of_image_fraction(1.01)) == 3
        assert len(kpsoi.remove_out_of_image_fraction(0.0)) == 0
        assert kpsoi.remove_out_of_image_fraction_(0.5) is kpsoi
        assert len(kpsoi) == 2

    def test_clip_out_of_image(self):
        kps = [Keypoint(0, 0), Keypoint(5, 1), Keypoint(4.99, 3.99), Keypoint(1, 4)]
        kpsoi = KeypointsOnImage(kps, shape=(4, 5))
        result = kpsoi.clip_out_of_image()
        assert _coords(result) == [(0, 0), (4.99, 3.99)]
        assert len(kpsoi) == 4
        assert kpsoi.clip_out_of_image_() is kpsoi
        assert kpsoi.keypoints == [kps[0], kps[2]]

    def test_has_no_remove_out_of_image(self, kpsoi):
        assert not hasattr(kpsoi, "remove_out_of_image")

    def test_to_xy_array(self, kpsoi):
        xy = kpsoi.to_xy_array()
        assert xy.dtype == np.float32
        assert np.array_equal(xy, [[1, 2], [3.5, 0.5], [-1, 1]])
        assert KeypointsOnImage([], shape=(1, 1)).to_xy_array().shape == (0, 2)

    def test_get_coords_array_deprecated(self, kpsoi):
        with pytest.warns(ia.DeprecationWarning, match="is deprecated"):
            xy = kpsoi.get_coords_array()
        assert np.array_equal(xy, kpsoi.to_xy_array())

    def test_from_xy_array(self):
        kpsoi = KeypointsOnImage.from_xy_array([(1, 2), (3, 4)], shape=(5, 5))
        assert _coords(kpsoi) == [(1, 2), (3, 4)]
        assert kpsoi.shape == (5, 5)
        empty = KeypointsOnImage.from_xy_array(np.zeros((0, 2)), shape=(5, 5))
        assert empty.empty
        assert KeypointsOnImage.from_xy_array([], shape=(5, 5)).empty

    def test_from_xy_array_wrong_shape(self):
        with pytest.raises(AssertionError, match="xy"):
            KeypointsOnImage.from_xy_array(np.zeros((2, 3)), shape=(5, 5))

    def test_from_coords_array_deprecated(self):
        with pytest.warns(ia.DeprecationWarning, match="is deprecated"):
            kpsoi = KeypointsOnImage.from_coords_array(np.float32([[1, 2]]), (3, 3))
        assert _coords(kpsoi) == [(1, 2)]

    def test_fill_from_xy_array(self, kpsoi):
        kps_before = list(kpsoi.keypoints)
        result = kpsoi.fill_from_xy_array_(np.float64([[0, 1], [2, 3], [4, 5]]))
        assert result is kpsoi
        assert kpsoi.keypoints == kps_before  # same objects, new values
        assert _coords(kpsoi) == [(0, 1), (2, 3), (4, 5)]

    def test_fill_from_xy_array_converts_to_float32(self):
        kpsoi = KeypointsOnImage([Keypoint(0, 0)], shape=(3, 3))
        kpsoi.fill_from_xy_array_([(0.1, 0.2)])
        assert kpsoi.keypoints[0].x == float(np.float32(0.1))

    def test_fill_from_xy_array_count_mismatch(self, kpsoi):
        with pytest.raises(AssertionError, match="xy"):
            kpsoi.fill_from_xy_array_(np.zeros((2, 2)))

    def test_fill_from_empty_array(self):
        kpsoi = KeypointsOnImage([], shape=(3, 3))
        assert kpsoi.fill_from_xy_array_(np.zeros((0,))) is kpsoi
        assert kpsoi.fill_from_xy_array_([]) is kpsoi

    def test_to_keypoint_image_size_1(self):
        kpsoi = KeypointsOnImage([Keypoint(1, 2), Keypoint(10, 10)], shape=(3, 4, 3))
        image = kpsoi.to_keypoint_image()
        assert image.shape == (3, 4, 2)
        assert image.dtype == np.uint8
        expected = np.zeros((3, 4, 2), dtype=np.uint8)
        expected[2, 1, 0] = 255
        assert np.array_equal(image, expected)

    def test_to_keypoint_image_size_3(self):
        kpsoi = KeypointsOnImage([Keypoint(0.4, 1.6)], shape=(4, 4))
        image = kpsoi.to_keypoint_image(size=3)
        expected = np.zeros((4, 4, 1), dtype=np.uint8)
        expected[1:4, 0:2, 0] = 128
        expected[2, 0, 0] = 255
        assert np.array_equal(image, expected)

    def test_to_keypoint_image_neighbourhood_of_point_outside(self):
        kpsoi = KeypointsOnImage([Keypoint(-1, 1)], shape=(3, 3))
        image = kpsoi.to_keypoint_image(size=3)
        expected = np.zeros((3, 3, 1), dtype=np.uint8)
        expected[0:3, 0, 0] = 128
        assert np.array_equal(image, expected)

    @pytest.mark.parametrize("size", [2, 0, 4])
    def test_to_keypoint_image_even_size_fails(self, size):
        kpsoi = KeypointsOnImage([Keypoint(1, 1)], shape=(3, 3))
        with pytest.raises(AssertionError, match="size"):
            kpsoi.to_keypoint_image(size=size)

    def test_from_keypoint_image(self):
        image = np.zeros((3, 4, 3), dtype=np.uint8)
        image[2, 1, 0] = 255
        image[0, 3, 1] = 128
        image[1, 1, 1] = 100
        kpsoi = KeypointsOnImage.from_keypoint_image(image)
        assert _coords(kpsoi) == [(1.5, 2.5), (3.5, 0.5), (-1, -1)]
        assert kpsoi.shape == (3, 4)

    def test_from_keypoint_image_threshold(self):
        image = np.zeros((2, 2, 1), dtype=np.uint8)
        image[1, 0, 0] = 50
        kpsoi = KeypointsOnImage.from_keypoint_image(image, threshold=50)
        assert _coords(kpsoi) == [(0.5, 1.5)]
        kpsoi = KeypointsOnImage.from_keypoint_image(image, threshold=51)
        assert _coords(kpsoi) == [(-1, -1)]

    @pytest.mark.parametrize(
        ("if_not_found", "expected"),
        [
            ({"x": 7, "y": 8}, [(0.5, 0.5), (7, 8)]),
            ((5, 6), [(0.5, 0.5), (5, 6)]),
            ([5, 6], [(0.5, 0.5), (5, 6)]),
            (None, [(0.5, 0.5)]),
        ],
    )
    def test_from_keypoint_image_not_found(self, if_not_found, expected):
        image = np.zeros((2, 2, 2), dtype=np.uint8)
        image[0, 0, 0] = 255
        kpsoi = KeypointsOnImage.from_keypoint_image(
            image, if_not_found_coords=if_not_found
        )
        assert _coords(kpsoi) == expected

    def test_from_keypoint_image_invalid_not_found(self):
        image = np.zeros((2, 2, 1), dtype=np.uint8)
        with pytest.raises(Exception, match="Expected if_not_found_coords to be"):
            KeypointsOnImage.from_keypoint_image(image, if_not_found_coords="x")

    def test_from_keypoint_image_nb_channels(self):
        image = np.zeros((2, 3, 1), dtype=np.uint8)
        kpsoi = KeypointsOnImage.from_keypoint_image(image, nb_channels=3)
        assert kpsoi.shape == (2, 3, 3)

    def test_from_keypoint_image_2d_fails(self):
        with pytest.raises(ValueError, match="image"):
            KeypointsOnImage.from_keypoint_image(np.zeros((2, 2), dtype=np.uint8))

    def test_keypoint_image_roundtrip(self):
        kpsoi = KeypointsOnImage([Keypoint(1, 2), Keypoint(3, 0)], shape=(4, 5))
        restored = KeypointsOnImage.from_keypoint_image(kpsoi.to_keypoint_image(3))
        assert _coords(restored) == [(1.5, 2.5), (3.5, 0.5)]

    def test_to_distance_maps(self):
        kpsoi = KeypointsOnImage([Keypoint(1, 0), Keypoint(0.5, 1.5)], shape=(2, 3))
        maps = kpsoi.to_distance_maps()
        assert maps.shape == (2, 3, 2)
        assert maps.dtype == np.float32
        yy, xx = np.mgrid[0:2, 0:3]
        expected0 = np.sqrt((xx - 1.0) ** 2 + (yy - 0.0) ** 2)
        expected1 = np.sqrt((xx - 0.5) ** 2 + (yy - 1.5) ** 2)
        assert np.allclose(maps[..., 0], expected0)
        assert np.allclose(maps[..., 1], expected1)
        assert maps[0, 1, 0] == 0.0

    def test_to_distance_maps_inverted(self):
        kpsoi = KeypointsOnImage([Keypoint(1, 0)], shape=(2, 3))
        maps = kpsoi.to_distance_maps(inverted=True)
        assert maps.dtype == np.float32
        assert maps[0, 1, 0] == 1.0
        assert np.isclose(maps[0, 0, 0], 0.5)
        assert np.isclose(maps[1, 0, 0], 1 / (np.sqrt(2) + 1))

    def test_to_distance_maps_empty(self):
        maps = KeypointsOnImage([], shape=(2, 3)).to_distance_maps()
        assert maps.shape == (2, 3, 0)

    def test_from_distance_maps(self):
        kpsoi = KeypointsOnImage([Keypoint(1, 0), Keypoint(2, 1)], shape=(2, 3))
        restored = KeypointsOnImage.from_distance_maps(kpsoi.to_distance_maps())
        assert _coords(restored) == [(1, 0), (2, 1)]
        assert restored.shape == (2, 3)
        restored = KeypointsOnImage.from_distance_maps(
            kpsoi.to_distance_maps(inverted=True), inverted=True, nb_channels=4
        )
        assert _coords(restored) == [(1, 0), (2, 1)]
        assert restored.shape == (2, 3, 4)

    def test_from_distance_maps_threshold(self):
        maps = np.full((2, 2, 2), 5.0, dtype=np.float32)
        maps[1, 0, 0] = 0.5
        maps[0, 1, 1] = 2.0
        result = KeypointsOnImage.from_distance_maps(maps, threshold=2.0)
        assert _coords(result) == [(0, 1), (-1, -1)]
        result = KeypointsOnImage.from_distance_maps(
            maps, threshold=2.0, if_not_found_coords=None
        )
        assert _coords(result) == [(0, 1)]

    def test_from_distance_maps_inverted_threshold(self):
        maps = np.zeros((2, 2, 2), dtype=np.float32)
        maps[1, 1, 0] = 0.5
        maps[0, 0, 1] = 0.2
        result = KeypointsOnImage.from_distance_maps(
            maps, inverted=True, threshold=0.5, if_not_found_coords=(9, 9)
        )
        assert _coords(result) == [(1, 1), (9, 9)]

    def test_from_distance_maps_invalid_not_found(self):
        with pytest.raises(Exception, match="Expected if_not_found_coords to be"):
            KeypointsOnImage.from_distance_maps(
                np.zeros((2, 2, 1)), if_not_found_coords=1.0
            )

    def test_to_keypoints_on_image_is_deep_copy(self, kpsoi):
        result = kpsoi.to_keypoints_on_image()
        assert result is not kpsoi
        assert result.keypoints[0] is not kpsoi.keypoints[0]
        assert _coords(result) == _coords(kpsoi)

    def test_invert_to_keypoints_on_image(self, kpsoi):
        other = KeypointsOnImage.from_xy_array([(0, 0), (1, 1), (2, 2)], shape=(9, 9))
        assert kpsoi.invert_to_keypoints_on_image_(other) is kpsoi
        assert _coords(kpsoi) == [(0, 0), (1, 1), (2, 2)]
        assert kpsoi.shape == (9, 9)

    def test_invert_to_keypoints_on_image_count_mismatch(self, kpsoi):
        with pytest.raises(AssertionError, match="kpsoi"):
            kpsoi.invert_to_keypoints_on_image_(KeypointsOnImage([], shape=(1, 1)))

    def test_copy(self, kpsoi):
        c = kpsoi.copy()
        assert c.keypoints is not kpsoi.keypoints
        assert c.keypoints[0] is kpsoi.keypoints[0]
        assert c.shape == kpsoi.shape
        c2 = kpsoi.copy(keypoints=[Keypoint(0, 0)], shape=(1, 2))
        assert _coords(c2) == [(0, 0)]
        assert c2.shape == (1, 2)
        c3 = kpsoi.copy(shape=np.zeros((7, 7)))
        assert c3.shape == (7, 7)

    def test_deepcopy(self, kpsoi):
        c = kpsoi.deepcopy()
        assert c.keypoints[0] is not kpsoi.keypoints[0]
        assert _coords(c) == _coords(kpsoi)
        c.keypoints[0].x = 100
        assert kpsoi.keypoints[0].x == 1
        c2 = kpsoi.deepcopy(shape=[3, 3])
        assert c2.shape == (3, 3)

    def test_getitem_iter_len(self, kpsoi):
        assert kpsoi[0] is kpsoi.keypoints[0]
        assert kpsoi[1:] == kpsoi.keypoints[1:]
        assert list(kpsoi) == kpsoi.keypoints
        assert len(kpsoi) == 3

    def test_str_repr(self):
        kpsoi = KeypointsOnImage([Keypoint(1, 2)], shape=(3, 4))
        expected = (
            "KeypointsOnImage([Keypoint(x=1.00000000, y=2.00000000)], shape=(3, 4))"
        )
        assert str(kpsoi) == expected
        assert repr(kpsoi) == expected

    def test_pickle(self, kpsoi):
        restored = pickle.loads(pickle.dumps(kpsoi))
        assert _coords(restored) == _coords(kpsoi)
        assert restored.shape == kpsoi.shape

    def test_non_inplace_methods_do_not_mutate(self, kpsoi):
        before = (_coords(kpsoi), kpsoi.shape, list(kpsoi.keypoints))
        kpsoi.on((8, 8))
        kpsoi.shift(x=3)
        kpsoi.clip_out_of_image()
        kpsoi.remove_out_of_image_fraction(0.1)
        kpsoi.to_keypoints_on_image()
        kpsoi.to_xy_array()
        kpsoi.to_keypoint_image()
        kpsoi.to_distance_maps()
        kpsoi.draw_on_image(np.zeros((4, 5, 3), dtype=np.uint8))
        kpsoi.deepcopy()
        assert (_coords(kpsoi), kpsoi.shape, list(kpsoi.keypoints)) == before
