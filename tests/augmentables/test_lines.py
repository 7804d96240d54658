"""Tests for imgaug.augmentables.lines (LineString, LineStringsOnImage)."""

import copy

import numpy as np
import pytest

import imgaug.imgaug as ia
from imgaug.augmentables.bbs import BoundingBox
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.lines import LineString, LineStringsOnImage
from imgaug.augmentables.polys import Polygon
from imgaug.augmentables.segmaps import SegmentationMapsOnImage


def _coords(ls):
    return ls.coords.tolist()


class TestLineStringInit:
    def test_list_of_tuples(self):
        ls = LineString([(0, 0), (1, 2)], label="a")
        assert ls.coords.dtype == np.float32
        assert _coords(ls) == [[0, 0], [1, 2]]
        assert ls.label == "a"

    def test_float32_array_is_shared(self):
        arr = np.float32([[0, 0], [1, 2]])
        assert LineString(arr).coords is arr

    def test_other_array_is_converted(self):
        arr = np.int32([[0, 0], [1, 2]])
        ls = LineString(arr)
        assert ls.coords.dtype == np.float32
        assert ls.coords is not arr

    @pytest.mark.parametrize("coords", [[], np.zeros((0, 2)), np.zeros((0,))])
    def test_empty(self, coords):
        assert LineString(coords).coords.shape == (0, 2)

    @pytest.mark.parametrize("coords", [[(0, 0, 0)], np.zeros((3, 3))])
    def test_bad_coords(self, coords):
        with pytest.raises(ValueError, match="coords"):
            LineString(coords)

    def test_bad_type(self):
        with pytest.raises(TypeError, match="coords"):
            LineString(5)


class TestLineStringProperties:
    def test_length_and_extent(self):
        ls = LineString([(0, 0), (3, 4), (3, 10)])
        assert ls.length == pytest.approx(11.0)
        assert ls.width == 3
        assert ls.height == 10
        assert ls.compute_neighbour_distances().tolist() == [5.0, 6.0]

    @pytest.mark.parametrize("coords", [[], [(3, 4)]])
    def test_short_line_strings(self, coords):
        ls = LineString(coords)
        assert ls.length == 0
        assert ls.width == 0
        assert ls.height == 0
        assert ls.compute_neighbour_distances().shape == (0,)

    def test_xx_yy(self):
        ls = LineString([(0.4, 1.5), (2.5, 3.6)])
        assert ls.xx.tolist() == pytest.approx([0.4, 2.5])
        assert ls.yy.tolist() == pytest.approx([1.5, 3.6])
        assert ls.xx_int.tolist() == [0, 2]  # numpy rounds half to even
        assert ls.yy_int.tolist() == [2, 4]
        assert ls.xx_int.dtype == np.int32

    def test_pointwise_inside_mask(self):
        ls = LineString([(0, 0), (9.9, 4.9), (10, 1), (-0.1, 1), (1, 5)])
        mask = ls.get_pointwise_inside_image_mask((5, 10, 3))
        assert mask.tolist() == [True, True, False, False, False]
        assert ls.get_pointwise_inside_image_mask(np.zeros((5, 10))).tolist() == (
            mask.tolist()
        )
        assert LineString([]).get_pointwise_inside_image_mask((5, 5)).shape == (0,)


class TestLineStringDistances:
    def test_pointwise_distances(self):
        ls = LineString([(0, 0), (4, 0)])
        assert ls.compute_pointwise_distances((0, 3)) == [3.0, 5.0]
        assert ls.compute_pointwise_distances(Keypoint(4, 3)) == [5.0, 3.0]
        other = LineString([(0, 1), (10, 1)])
        assert ls.compute_pointwise_distances(other) == [1.0, 1.0]

    def test_distances_to_empty(self):
        ls = LineString([(0, 0), (4, 0)])
        assert ls.compute_pointwise_distances(LineString([]), default="x") == "x"
        assert ls.compute_distance(LineString([]), default=-1) == -1
        assert LineString([]).compute_distance((0, 0), default=-2) == -2

    def test_bad_other(self):
        with pytest.raises(ValueError, match="Expected Keypoint or LineString"):
            LineString([(0, 0)]).compute_pointwise_distances([1, 2])

    def test_compute_distance_is_pointwise_minimum(self):
        ls = LineString([(0, 0), (4, 0)])
        assert ls.compute_distance((2, 1)) == pytest.approx(np.sqrt(5))
        assert ls.compute_distance(LineString([(2, -1), (2, 1)])) == 2.0

    def test_contains(self):
        ls = LineString([(0, 0), (4, 0)])
        assert ls.contains((4, 0))
        assert ls.contains(Keypoint(0, 1e-5))
        assert not ls.contains((0, 1e-3))
        assert ls.contains((0, 1e-3), max_distance=1e-2)
        assert not LineString([]).contains((0, 0))


class TestLineStringProject:
    def test_project(self):
        ls = LineString([(1, 2), (3, 4)])
        proj = ls.project((10, 10), (20, 40))
        assert _coords(proj) == [[4, 4], [12, 8]]
        assert _coords(ls) == [[1, 2], [3, 4]]

    def test_project_inplace_does_not_touch_shared_array(self):
        arr = np.float32([[1, 2], [3, 4]])
        ls = LineString(arr)
        assert ls.project_((10, 10), (20, 20)) is ls
        assert _coords(ls) == [[2, 4], [6, 8]]
        assert arr.tolist() == [[1, 2], [3, 4]]


class TestLineStringOutOfImage:
    def test_fraction(self):
        assert LineString([(-5, 5), (15, 5)]).compute_out_of_image_fraction(
            (10, 10)
        ) == pytest.approx(1 - 9.999 / 20, abs=1e-6)
        assert LineString([(1, 1), (5, 5)]).compute_out_of_image_fraction((10, 10)) == 0
        assert LineString([(11, 1), (15, 5)]).compute_out_of_image_fraction(
            (10, 10)
        ) == pytest.approx(1.0)

    def test_fraction_without_length(self):
        assert LineString([]).compute_out_of_image_fraction((10, 10)) == 0.0
        assert LineString([(5, 5)]).compute_out_of_image_fraction((10, 10)) == 0.0
        assert LineString([(15, 5)]).compute_out_of_image_fraction((10, 10)) == 1.0
        assert LineString([(15, 5), (15, 5)]).compute_out_of_image_fraction(
            (10, 10)
        ) == (1.0)

    def test_within_and_out_of_image(self):
        inside = LineString([(0, 0), (9, 9)])
        partly = LineString([(5, 5), (15, 5)])
        crossing = LineString([(-5, 5), (15, 5)])  # all points outside
        outside = LineString([(-5, -1), (15, -1)])
        shape = (10, 10)
        assert inside.is_fully_within_image(shape)
        assert not partly.is_fully_within_image(shape)
        assert partly.is_partly_within_image(shape)
        assert crossing.is_partly_within_image(shape)
        assert not outside.is_partly_within_image(shape)
        assert inside.is_out_of_image(shape) is False
        assert partly.is_out_of_image(shape, fully=True, partly=False) is False
        assert partly.is_out_of_image(shape, fully=False, partly=True) is True
        assert crossing.is_out_of_image(shape, partly=True) is True
        assert outside.is_out_of_image(shape, fully=True) is True
        assert outside.is_out_of_image(shape, fully=False) is False

    def test_defaults_for_empty(self):
        empty = LineString([])
        assert empty.is_fully_within_image((5, 5), default="a") == "a"
        assert empty.is_partly_within_image((5, 5), default="b") == "b"
        assert empty.is_out_of_image((5, 5), default="c") == "c"
        assert empty.is_out_of_image((5, 5)) is True


class TestLineStringClip:
    def test_fully_inside_is_copy(self):
        ls = LineString([(1, 1), (5, 5)], label="x")
        clipped = ls.clip_out_of_image((10, 10))
        assert len(clipped) == 1
        assert _coords(clipped[0]) == _coords(ls)
        assert clipped[0].label == "x"
        assert clipped[0].coords is not ls.coords

    def test_fully_outside(self):
        assert LineString([(-5, -1), (15, -1)]).clip_out_of_image((10, 10)) == []
        assert LineString([]).clip_out_of_image((10, 10)) == []

    def test_single_point(self):
        assert len(LineString([(1, 1)]).clip_out_of_image((10, 10))) == 1
        assert LineString([(11, 1)]).clip_out_of_image((10, 10)) == []

    def test_crossing_through(self):
        clipped = LineString([(-5, 5), (15, 5)]).clip_out_of_image((10, 10))
        assert len(clipped) == 1
        assert np.allclose(clipped[0].coords, [[0, 5], [9.999, 5]], atol=1e-5)

    def test_partly_outside(self):
        clipped = LineString([(5, 5), (5, 15)], label=3).clip_out_of_image((10, 10))
        assert len(clipped) == 1
        assert np.allclose(clipped[0].coords, [[5, 5], [5, 9.999]], atol=1e-5)
        assert clipped[0].label == 3

    def test_split_into_several_pieces(self):
        ls = LineString([(-5, 2), (5, 2), (5, 20), (8, 20), (8, 2), (15, 2), (15, 5)])
        clipped = ls.clip_out_of_image((10, 10, 3))
        assert len(clipped) == 2
        assert np.allclose(clipped[0].coords, [[0, 2], [5, 2], [5, 9.999]], atol=1e-5)
        assert np.allclose(
            clipped[1].coords, [[8, 9.999], [8, 2], [9.999, 2]], atol=1e-5
        )
        for piece in clipped:
            assert piece.is_fully_within_image((10, 10))

    def test_in_out_in_gives_two_pieces(self):
        ls = LineString([(1, 1), (20, 1), (20, 5), (1, 5)])
        clipped = ls.clip_out_of_image((10, 10))
        assert len(clipped) == 2
        assert np.allclose(clipped[0].coords, [[1, 1], [9.999, 1]], atol=1e-5)
        assert np.allclose(clipped[1].coords, [[9.999, 5], [1, 5]], atol=1e-5)

    def test_random_pieces_are_inside(self):
        rng = np.random.default_rng(0)
        for _ in range(200):
            ls = LineString(rng.uniform(-5, 15, (int(rng.integers(2, 8)), 2)))
            for piece in ls.clip_out_of_image((10, 10)):
                assert piece.is_fully_within_image((10, 10))

    def test_crossing_at_corner_is_deduplicated(self):
        clipped = LineString([(-1, 1), (1, -1)]).clip_out_of_image((10, 10))
        assert len(clipped) == 1
        assert np.allclose(clipped[0].coords, [[0, 0]])

    def test_crossing_near_existing_point_is_dropped(self):
        clipped = LineString([(-1, 5), (0.005, 5), (5, 5)]).clip_out_of_image((10, 10))
        assert len(clipped) == 1
        assert np.allclose(clipped[0].coords, [[0.005, 5], [5, 5]])

    def test_find_intersections_with(self):
        ls = LineString([(0, 0), (4, 0), (4, 4)])
        other = [LineString([(3, -1), (3, 1)]), LineString([(1, -1), (1, 1)])]
        assert ls.find_intersections_with(other) == [[(1.0, 0.0), (3.0, 0.0)], []]
        assert ls.find_intersections_with(LineString([(0, 2), (10, 2)])) == [
            [],
            [(4.0, 2.0)],
        ]
        assert ls.find_intersections_with((2, 0)) == [[(2.0, 0.0)], []]
        assert ls.find_intersections_with([(2, -1), (2, 1), (5, 1)]) == [
            [(2.0, 0.0)],
            [(4.0, 1.0)],
        ]

    def test_find_intersections_collinear_overlap(self):
        ls = LineString([(0, 0), (10, 0)])
        assert ls.find_intersections_with(LineString([(12, 0), (4, 0)])) == [
            [(4.0, 0.0), (10.0, 0.0)]
        ]

    def test_find_intersections_bad_type(self):
        with pytest.raises(TypeError, match="other"):
            LineString([(0, 0), (1, 1)]).find_intersections_with(5)


class TestLineStringShift:
    def test_shift(self):
        ls = LineString([(0, 0), (1, 2)])
        assert _coords(ls.shift(x=1, y=-2)) == [[1, -2], [2, 0]]
        assert _coords(ls) == [[0, 0], [1, 2]]

    def test_shift_inplace(self):
        ls = LineString([(0, 0), (1, 2)])
        assert ls.shift_(x=3) is ls
        assert _coords(ls) == [[3, 0], [4, 2]]

    def test_deprecated_shift_arguments(self):
        ls = LineString([(0, 0)])
        with pytest.warns(ia.DeprecationWarning, match="These are deprecated"):
            shifted = ls.shift(top=1, right=2, bottom=3, left=5)
        assert _coords(shifted) == [[3, -2]]


class TestLineStringDrawing:
    def test_lines_on_2d_image_exact(self):
        ls = LineString([(0, 1), (2, 1)])
        out = ls.draw_lines_on_image(np.zeros((3, 3), np.uint8), color=255, size=1)
        assert out.tolist() == [[0, 0, 0], [255, 255, 255], [0, 0, 0]]

    def test_lines_thick(self):
        ls = LineString([(2, 2), (3, 2)])
        out = ls.draw_lines_on_image(np.zeros((5, 5), np.uint8), color=10, size=3)
        expected = np.zeros((5, 5), np.uint8)
        expected[1:4, 1:5] = 10
        assert np.array_equal(out, expected)

    def test_lines_alpha_blend(self):
        ls = LineString([(0, 0), (5, 0)])
        image = np.full((4, 6, 3), 100, np.uint8)
        out = ls.draw_lines_on_image(image, color=(200, 0, 50), alpha=0.5, size=1)
        assert out[0].tolist() == [[150, 50, 75]] * 6
        assert np.all(out[1:] == 100)
        assert np.all(image == 100)

    def test_lines_antialiased_diagonal(self):
        heatmap = LineString([(0, 0), (3, 1)]).draw_lines_heatmap_array((3, 4))
        assert heatmap.dtype == np.float32
        assert heatmap[0, 0] == 1.0 and heatmap[1, 3] == 1.0
        assert 0 < heatmap[0, 1] < 1 and 0 < heatmap[1, 2] < 1
        assert np.all(heatmap[2] == 0)

    def test_lines_always_uint8(self):
        ls = LineString([(0, 0), (2, 0)])
        out = ls.draw_lines_on_image(np.zeros((3, 3), np.float32), color=1, size=1)
        assert out.dtype == np.uint8
        assert out[0].tolist() == [1, 1, 1]

    def test_lines_on_shape_tuple(self):
        out = LineString([(0, 1), (2, 1)]).draw_lines_on_image(
            (3, 3, 3), color=(1, 2, 3), size=1
        )
        assert out.shape == (3, 3, 3) and out.dtype == np.uint8
        assert out[1].tolist() == [[1, 2, 3]] * 3
        assert out[0].sum() == 0

    def test_nothing_to_draw_returns_unchanged_copy(self):
        image = np.full((3, 3), 7, np.float32)
        for ls, kwargs in [
            (LineString([(1, 1)]), {}),
            (LineString([(0, 0), (2, 2)]), {"alpha": 0}),
            (LineString([(0, 0), (2, 2)]), {"size": 0}),
        ]:
            out = ls.draw_lines_on_image(image, **kwargs)
            assert out.dtype == np.float32
            assert np.array_equal(out, image)
            assert out is not image

    def test_lines_fully_outside(self):
        ls = LineString([(10, 10), (20, 20)])
        image = np.zeros((5, 5), np.uint8)
        assert np.all(ls.draw_lines_on_image(image, color=255) == 0)
        with pytest.raises(Exception, match="Cannot draw line string"):
            ls.draw_lines_on_image(image, color=255, raise_if_out_of_image=True)

    def test_lines_partly_outside_is_clipped(self):
        out = LineString([(-3, 1), (10, 1)]).draw_lines_on_image(
            np.zeros((3, 4), np.uint8), color=9, size=1
        )
        assert out[1].tolist() == [9, 9, 9, 9]
        assert out.sum() == 36

    def test_lines_with_far_away_points(self):
        ls = LineString([(-1e9, 2), (1e9, 2), (1e9, 1e9)])
        out = ls.draw_lines_on_image(np.zeros((5, 6), np.uint8), color=255, size=1)
        expected = np.zeros((5, 6), np.uint8)
        expected[2] = 255
        assert np.array_equal(out, expected)

    def test_lines_color_validation(self):
        ls = LineString([(0, 0), (2, 0)])
        with pytest.raises(ValueError, match="color"):
            ls.draw_lines_on_image(np.zeros((3, 3), np.uint8), color=(1, 2, 3))
        with pytest.raises(ValueError, match="color"):
            ls.draw_lines_on_image(np.zeros((3, 3, 3), np.uint8), color=(1, 2))

    def test_points_on_image(self):
        ls = LineString([(1, 1), (5, 1)])
        out = ls.draw_points_on_image(np.zeros((3, 7, 3), np.uint8), size=1)
        assert out[1, 1].tolist() == [0, 128, 0]
        assert out[1, 5].tolist() == [0, 128, 0]
        assert out.sum() == 2 * 128

    def test_draw_on_image_layers(self):
        ls = LineString([(2, 3), (6, 3)])
        image = np.zeros((7, 9, 3), np.uint8)
        out = ls.draw_on_image(image, color=(0, 200, 0), size=1)
        # lines in full colour, points (3x3 squares) in half colour drawn on top
        assert out[3, 4].tolist() == [0, 200, 0]
        assert out[3, 2].tolist() == [0, 100, 0]
        assert out[2, 1].tolist() == [0, 100, 0]
        assert out[4, 7].tolist() == [0, 100, 0]
        assert out[0, 0].tolist() == [0, 0, 0]
        assert out[3, 0].tolist() == [0, 0, 0]
        assert image.sum() == 0

    def test_draw_on_image_explicit_args(self):
        ls = LineString([(1, 1), (3, 1)])
        out = ls.draw_on_image(
            np.zeros((3, 5), np.uint8),
            color=50,
            color_points=7,
            size_lines=1,
            size_points=1,
        )
        assert out.tolist() == [[0, 0, 0, 0, 0], [0, 7, 50, 7, 0], [0, 0, 0, 0, 0]]

    def test_draw_on_image_none_arguments(self):
        with pytest.raises(ValueError, match="color"):
            LineString([(0, 0), (1, 1)]).draw_on_image(np.zeros((3, 3)), color=None)

    def test_heatmap_and_mask(self):
        ls = LineString([(0, 0), (3, 1)])
        mask = ls.draw_mask((3, 4))
        assert mask.dtype == bool
        assert mask.tolist() == [
            [True, True, False, False],
            [False, False, True, True],
            [False, False, False, False],
        ]
        points = LineString([(1, 1), (3, 1)]).draw_points_heatmap_array((3, 5), size=1)
        assert points.tolist() == [[0] * 5, [0, 1, 0, 1, 0], [0] * 5]
        combined = LineString([(1, 1), (3, 1)]).draw_heatmap_array(
            (3, 5, 1), size_points=1, alpha_lines=0.5, antialiased=False
        )
        assert combined.shape == (3, 5, 1)
        # 255 * 0.5 = 127.5 rounds (half to even) to 128
        assert combined[1, :, 0].tolist() == pytest.approx([0, 1, 128 / 255, 1, 0])

    @pytest.mark.parametrize("shape", [(3, 3, 3), (3,)])
    def test_heatmap_shape_validation(self, shape):
        with pytest.raises(AssertionError, match="image_shape"):
            LineString([(0, 0), (1, 1)]).draw_lines_heatmap_array(shape)

    def test_to_heatmap_and_segmap(self):
        ls = LineString([(0, 1), (3, 1)])
        heatmap = ls.to_heatmap((3, 4))
        assert isinstance(heatmap, HeatmapsOnImage)
        assert heatmap.shape == (3, 4)
        assert heatmap.get_arr()[1].tolist() == [1, 1, 1, 1]
        segmap = ls.to_segmentation_map((3, 4))
        assert isinstance(segmap, SegmentationMapsOnImage)
        assert segmap.get_arr()[1].tolist() == [1, 1, 1, 1]
        assert segmap.get_arr()[0].tolist() == [0, 0, 0, 0]


class TestLineStringExtract:
    def test_extract(self):
        image = np.arange(1, 26, dtype=np.uint8).reshape((5, 5))
        out = LineString([(1, 1), (3, 1)]).extract_from_image(image)
        assert out.tolist() == [[7, 8, 9]]

    def test_extract_thick_3d(self):
        image = np.full((5, 5, 2), 9, np.uint8)
        out = LineString([(1, 2), (3, 2)]).extract_from_image(image, size=3)
        assert out.shape == (3, 5, 2)
        assert np.all(out == 9)

    def test_extract_padded(self):
        image = np.full((4, 4), 5, np.uint8)
        out = LineString([(-1, 0), (1, 0)]).extract_from_image(image)
        assert out.tolist() == [[0, 5, 5]]

    def test_extract_single_point_and_empty(self):
        image = np.arange(1, 26, dtype=np.uint8).reshape((5, 5))
        assert LineString([(2, 2)]).extract_from_image(image).tolist() == [[13]]
        assert LineString([]).extract_from_image(image).shape == (1, 1)
        out = LineString([]).extract_from_image(
            np.zeros((5, 5, 3), np.uint8), prevent_zero_size=False
        )
        assert out.shape == (0, 0, 3)
        assert LineString([(0, 0), (1, 1)]).extract_from_image(image, size=0).shape == (
            1,
            1,
        )


class TestLineStringConversions:
    def test_concatenate(self):
        ls = LineString([(0, 0)], label="l")
        joined = ls.concatenate(LineString([(1, 1)]))
        assert _coords(joined) == [[0, 0], [1, 1]]
        assert joined.label == "l"
        assert _coords(ls.concatenate([(2, 2), (3, 3)])) == [[0, 0], [2, 2], [3, 3]]

    def test_subdivide(self):
        ls = LineString([(0, 0), (4, 0), (4, 2)])
        assert _coords(ls.subdivide(1)) == [[0, 0], [2, 0], [4, 0], [4, 1], [4, 2]]
        assert _coords(ls.subdivide(0)) == _coords(ls)
        assert _coords(LineString([(1, 1)]).subdivide(3)) == [[1, 1]]

    def test_to_keypoints(self):
        kps = LineString([(0, 1), (2, 3)]).to_keypoints()
        assert [(kp.x, kp.y) for kp in kps] == [(0, 1), (2, 3)]

    def test_to_bounding_box(self):
        bb = LineString([(3, 1), (0, 4)], label="b").to_bounding_box()
        assert isinstance(bb, BoundingBox)
        assert (bb.x1, bb.y1, bb.x2, bb.y2, bb.label) == (0, 1, 3, 4, "b")
        assert LineString([]).to_bounding_box() is None

    def test_to_polygon(self):
        poly = LineString([(0, 0), (2, 0), (2, 2)], label="p").to_polygon()
        assert isinstance(poly, Polygon)
        assert poly.exterior.tolist() == [[0, 0], [2, 0], [2, 2]]
        assert poly.label == "p"


class TestLineStringComparison:
    def test_coords_almost_equals(self):
        ls = LineString([(0, 0), (2, 0)])
        assert ls.coords_almost_equals(LineString([(0, 0), (1, 0), (2, 0)]))
        assert ls.coords_almost_equals([(0, 0), (2, 0)])
        assert ls.coords_almost_equals(np.float32([[0, 0], [2, 0]]))
        assert not ls.coords_almost_equals([(0, 0), (2, 0.1)])
        assert ls.coords_almost_equals([(0, 0), (2, 0.1)], max_distance=0.2)
        assert not ls.coords_almost_equals([(0, 0), (3, 0)])

    def test_coords_almost_equals_reversed_direction(self):
        assert LineString([(0, 0), (2, 0)]).coords_almost_equals([(2, 0), (0, 0)])

    def test_coords_almost_equals_empty_and_point(self):
        assert LineString([]).coords_almost_equals([])
        assert not LineString([]).coords_almost_equals([(0, 0)])
        assert not LineString([(0, 0)]).coords_almost_equals([])
        assert LineString([(1, 2)]).coords_almost_equals((1, 2))

    def test_almost_equals_checks_label(self):
        a = LineString([(0, 0), (2, 0)], label="a")
        assert a.almost_equals(LineString([(0, 0), (2, 0)], label="a"))
        assert not a.almost_equals(LineString([(0, 0), (2, 0)], label="b"))


class TestLineStringCopy:
    def test_copy_shares_coords(self):
        ls = LineString([(0, 0)], label=["x"])
        cp = ls.copy()
        assert cp.coords is ls.coords
        assert cp.label == ["x"]
        assert _coords(ls.copy(coords=[(1, 1)])) == [[1, 1]]

    def test_deepcopy(self):
        ls = LineString([(0, 0)], label=["x"])
        cp = ls.deepcopy()
        assert cp.coords is not ls.coords
        assert cp.label == ls.label and cp.label is not ls.label
        assert cp.deepcopy(label="y").label == "y"
        assert copy.deepcopy(ls).coords.tolist() == [[0, 0]]

    def test_getitem_iter_str(self):
        ls = LineString([(0, 1), (2.5, 3)], label="z")
        assert ls[1].tolist() == [2.5, 3]
        assert [p.tolist() for p in ls] == [[0, 1], [2.5, 3]]
        assert str(ls) == "LineString([(0.00, 1.00), (2.50, 3.00)], label=z)"
        assert repr(ls) == str(ls)


class TestLineStringNoMutation:
    def test_non_inplace_methods_keep_input(self):
        arr = np.float32([[-2, 1], [5, 1], [5, 20]])
        ls = LineString(arr, label="k")
        before = arr.copy()
        image = np.zeros((8, 8, 3), np.uint8)
        ls.shift(x=1)
        ls.project((8, 8), (16, 16))
        ls.clip_out_of_image((8, 8))
        ls.compute_out_of_image_fraction((8, 8))
        ls.draw_on_image(image)
        ls.extract_from_image(image)
        ls.subdivide(2)
        ls.concatenate([(0, 0)])
        ls.to_polygon().shift_(x=5)
        ls.to_bounding_box()
        ls.deepcopy().shift_(x=3)
        assert np.array_equal(arr, before)
        assert ls.coords is arr
        assert image.sum() == 0


class TestLineStringsOnImage:
    def _lsoi(self):
        return LineStringsOnImage(
            [LineString([(0, 0), (5, 5)]), LineString([(1, 2), (3, 4), (8, 1)])],
            shape=(10, 20, 3),
        )

    def test_init(self):
        lsoi = self._lsoi()
        assert lsoi.shape == (10, 20, 3)
        assert len(lsoi) == 2
        assert lsoi.items is lsoi.line_strings
        assert not lsoi.empty
        assert LineStringsOnImage([], shape=np.zeros((2, 3))).shape == (2, 3)
        assert LineStringsOnImage([], shape=(2, 3)).empty

    def test_init_validation(self):
        with pytest.raises(AssertionError, match="LineString"):
            LineStringsOnImage([(0, 0)], shape=(2, 2))
        with pytest.raises(AssertionError, match="line_strings"):
            LineStringsOnImage(5, shape=(2, 2))
        with pytest.raises(AssertionError, match="shape"):
            LineStringsOnImage([], shape=[2, 2])

    def test_items_setter(self):
        lsoi = self._lsoi()
        lsoi.items = []
        assert lsoi.empty

    def test_xy_array_round_trip(self):
        lsoi = self._lsoi()
        xy = lsoi.to_xy_array()
        assert xy.dtype == np.float32
        assert xy.tolist() == [[0, 0], [5, 5], [1, 2], [3, 4], [8, 1]]
        assert lsoi.fill_from_xy_array_(xy + 1) is lsoi
        assert lsoi.line_strings[1].coords.tolist() == [[2, 3], [4, 5], [9, 2]]
        assert xy[0].tolist() == [0, 0]
        with pytest.raises(AssertionError, match="xy"):
            lsoi.fill_from_xy_array_(xy[:-1])
        empty = LineStringsOnImage([], shape=(2, 2))
        assert empty.to_xy_array().shape == (0, 2)
        assert empty.fill_from_xy_array_(np.zeros((0, 2))) is empty
        assert empty.fill_from_xy_array_([]) is empty

    def test_from_and_to_xy_arrays(self):
        arrs = [np.float32([[0, 0], [1.6, 2]]), [(3, 3)]]
        lsoi = LineStringsOnImage.from_xy_arrays(arrs, shape=(5, 5))
        assert np.allclose(lsoi.line_strings[0].coords, [[0, 0], [1.6, 2]])
        assert lsoi.line_strings[1].coords.tolist() == [[3, 3]]
        assert lsoi.line_strings[0].coords is not arrs[0]
        out = lsoi.to_xy_arrays(dtype=np.int32)
        assert out[0].dtype == np.int32
        assert out[0].tolist() == [[0, 0], [2, 2]]
        out_f = lsoi.to_xy_arrays()
        assert out_f[0] is not lsoi.line_strings[0].coords

    def test_on(self):
        lsoi = self._lsoi()
        projected = lsoi.on((20, 40))
        assert projected.shape == (20, 40)
        assert projected.line_strings[0].coords.tolist() == [[0, 0], [10, 10]]
        assert lsoi.line_strings[0].coords.tolist() == [[0, 0], [5, 5]]
        same = lsoi.on(np.zeros((10, 20)))
        assert same.shape == (10, 20)
        assert same.line_strings[0].coords.tolist() == [[0, 0], [5, 5]]

    def test_shift(self):
        lsoi = self._lsoi()
        shifted = lsoi.shift(x=1, y=2)
        assert shifted.line_strings[0].coords.tolist() == [[1, 2], [6, 7]]
        assert lsoi.line_strings[0].coords.tolist() == [[0, 0], [5, 5]]
        with pytest.warns(ia.DeprecationWarning):
            moved = lsoi.shift(left=1)
        assert moved.line_strings[0].coords.tolist() == [[1, 0], [6, 5]]

    def test_remove_out_of_image(self):
        lsoi = LineStringsOnImage(
            [
                LineString([(1, 1), (2, 2)]),
                LineString([(5, 5), (15, 5)]),
                LineString([(15, 5), (25, 5)]),
                LineString([]),
            ],
            shape=(10, 10),
        )

        # line strings without points are always removed (as in 0.4.0)
        def lengths(result):
            return [len(ls.coords) and ls.coords[0, 0] for ls in result]

        assert lengths(lsoi.remove_out_of_image()) == [1, 5]
        assert lengths(lsoi.remove_out_of_image(fully=True, partly=True)) == [1]
        assert lengths(lsoi.remove_out_of_image(fully=False, partly=False)) == [
            1,
            5,
            15,
        ]
        assert len(lsoi) == 4
        assert lsoi.remove_out_of_image_() is lsoi
        assert lengths(lsoi) == [1, 5]
        empty_only = LineStringsOnImage([LineString([])], shape=(10, 10))
        assert empty_only.remove_out_of_image_(fully=False, partly=False).empty

    def test_remove_out_of_image_fraction(self):
        lsoi = LineStringsOnImage(
            [
                LineString([(1, 1), (2, 2)]),
                LineString([(5, 5), (15, 5)]),  # ~0.5 outside
                LineString([(15, 5), (25, 5)]),
            ],
            shape=(10, 10),
        )
        assert len(lsoi.remove_out_of_image_fraction(0.6)) == 2
        assert len(lsoi.remove_out_of_image_fraction(0.4)) == 1
        assert len(lsoi) == 3

    def test_clip(self):
        ls = LineString([(-5, 2), (5, 2), (5, 20), (8, 20), (8, 2), (15, 2)])
        lsoi = LineStringsOnImage(
            [ls, LineString([(20, 20), (30, 30)])], shape=(10, 10)
        )
        clipped = lsoi.clip_out_of_image()
        assert len(clipped) == 2
        assert len(lsoi) == 2
        assert all(piece.is_fully_within_image((10, 10)) for piece in clipped)

    def test_keypoints_round_trip(self):
        lsoi = self._lsoi()
        kpsoi = lsoi.to_keypoints_on_image()
        assert isinstance(kpsoi, KeypointsOnImage)
        assert kpsoi.to_xy_array().tolist() == lsoi.to_xy_array().tolist()
        kpsoi = kpsoi.shift(x=1)
        kpsoi.shape = (30, 30)
        assert lsoi.invert_to_keypoints_on_image_(kpsoi) is lsoi
        assert lsoi.shape == (30, 30)
        assert lsoi.line_strings[0].coords.tolist() == [[1, 0], [6, 5]]
        with pytest.raises(AssertionError):
            lsoi.invert_to_keypoints_on_image_(KeypointsOnImage([], shape=(3, 3)))

    def test_draw_on_image(self):
        lsoi = LineStringsOnImage(
            [LineString([(0, 0), (4, 0)]), LineString([(0, 4), (4, 4)])], shape=(5, 5)
        )
        image = np.zeros((5, 5, 3), np.uint8)
        out = lsoi.draw_on_image(image, color=(10, 20, 30), size_points=1)
        # full colour lines, 1-px points in half colour at the ends
        expected_row = [[5, 10, 15]] + [[10, 20, 30]] * 3 + [[5, 10, 15]]
        assert out[0].tolist() == expected_row
        assert out[4].tolist() == expected_row
        assert out[2].sum() == 0
        assert image.sum() == 0
        empty_out = LineStringsOnImage([], shape=(5, 5)).draw_on_image(image)
        assert np.array_equal(empty_out, image) and empty_out is not image

    def test_copy_and_deepcopy(self):
        lsoi = self._lsoi()
        cp = lsoi.copy()
        assert cp.line_strings is not lsoi.line_strings
        assert cp.line_strings[0] is lsoi.line_strings[0]
        dcp = lsoi.deepcopy()
        assert dcp.line_strings[0] is not lsoi.line_strings[0]
        assert dcp.line_strings[0].coords.tolist() == [[0, 0], [5, 5]]
        assert lsoi.copy(shape=np.zeros((4, 4))).shape == (4, 4)
        assert lsoi.deepcopy(line_strings=[], shape=[3, 3]).shape == (3, 3)

    def test_getitem_iter_str(self):
        lsoi = self._lsoi()
        assert lsoi[0] is lsoi.line_strings[0]
        assert lsoi[0:1] == lsoi.line_strings[0:1]
        assert list(lsoi) == lsoi.line_strings
        assert str(lsoi).startswith("LineStringsOnImage([LineString([(0.00, 0.00)")
        assert str(lsoi).endswith("shape=(10, 20, 3))")
        assert repr(lsoi) == str(lsoi)

    def test_non_inplace_methods_do_not_mutate(self):
        lsoi = self._lsoi()
        before = lsoi.to_xy_array().copy()
        lsoi.shift(x=3)
        lsoi.on((30, 30))
        lsoi.clip_out_of_image()
        lsoi.remove_out_of_image(partly=True)
        lsoi.remove_out_of_image_fraction(0.1)
        lsoi.deepcopy().fill_from_xy_array_(before + 5)
        assert np.array_equal(lsoi.to_xy_array(), before)
        assert len(lsoi) == 2
        assert lsoi.shape == (10, 20, 3)
