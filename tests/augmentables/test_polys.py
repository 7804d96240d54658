"""Tests for imgaug.augmentables.polys."""

import importlib.util

import numpy as np
import pytest

import imgaug.imgaug as ia
from imgaug.augmentables.bbs import BoundingBox
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.lines import LineString
from imgaug.augmentables.polys import (
    MultiPolygon,
    Polygon,
    PolygonsOnImage,
    _ConcavePolygonRecoverer,
    _convert_points_to_shapely_line_string,
    recover_psois_,
)
from imgaug.random import RNG

HAS_SHAPELY = importlib.util.find_spec("shapely") is not None

SQUARE = [(1, 1), (5, 1), (5, 5), (1, 5)]
# legs at x in [0,3] and [6,9] for y in [0,6], joined by a base at y in [6,9]
U_SHAPE = [(0, 0), (3, 0), (3, 6), (6, 6), (6, 0), (9, 0), (9, 9), (0, 9)]


def _ext(poly):
    return poly.exterior.tolist()


class TestPolygonInit:
    def test_list_of_tuples(self):
        poly = Polygon([(0, 0), (1, 0), (1, 1)], label="a")
        assert poly.exterior.dtype == np.float32
        assert _ext(poly) == [[0, 0], [1, 0], [1, 1]]
        assert poly.label == "a"

    def test_keypoints(self):
        poly = Polygon([Keypoint(0, 0), Keypoint(2, 0), Keypoint(2, 3)])
        assert _ext(poly) == [[0, 0], [2, 0], [2, 3]]

    def test_array_is_copied(self):
        arr = np.float32([[0, 0], [1, 0], [1, 1]])
        poly = Polygon(arr)
        assert poly.exterior is not arr
        poly.exterior[0, 0] = 5
        assert arr[0, 0] == 0

    def test_empty(self):
        assert Polygon([]).exterior.shape == (0, 2)
        assert Polygon(np.zeros((0, 2))).exterior.shape == (0, 2)

    def test_closing_point_is_dropped(self):
        assert _ext(Polygon([(0, 0), (1, 0), (1, 1), (0, 0)])) == [
            [0, 0],
            [1, 0],
            [1, 1],
        ]
        assert _ext(Polygon([(2, 2), (2, 2)])) == [[2, 2]]

    def test_bad_inputs(self):
        with pytest.raises(AssertionError, match="exterior"):
            Polygon(np.zeros((3, 3)))
        with pytest.raises(AssertionError, match="exterior"):
            Polygon([(0, 0, 0), (1, 1, 1)])
        with pytest.raises(TypeError, match="exterior"):
            Polygon(5)


class TestPolygonProperties:
    def test_coordinates(self):
        poly = Polygon([(0.4, 1.5), (2.5, 3.6), (0, 3)])
        assert poly.coords is poly.exterior
        assert poly.xx.tolist() == pytest.approx([0.4, 2.5, 0])
        assert poly.yy.tolist() == pytest.approx([1.5, 3.6, 3])
        assert poly.xx_int.tolist() == [0, 2, 0]
        assert poly.yy_int.tolist() == [2, 4, 3]
        assert poly.yy_int.dtype == np.int32
        assert poly.width == pytest.approx(2.5)
        assert poly.height == pytest.approx(2.1)

    def test_area(self):
        assert Polygon(SQUARE).area == 16.0
        assert Polygon(U_SHAPE).area == 81.0 - 18.0
        assert Polygon([(0, 0), (1, 1)]).area == 0.0
        assert Polygon([]).area == 0.0

    @pytest.mark.parametrize(
        ("exterior", "valid"),
        [
            (SQUARE, True),
            (U_SHAPE, True),
            ([(0, 0), (1, 1), (1, 0), (0, 1)], False),  # bow tie
            ([(0, 0), (1, 0), (2, 0)], False),  # line
            ([(0, 0), (1, 1)], False),
            ([], False),
            ([(0, 0), (4, 0), (4, 4), (2, 0), (0, 4)], False),  # self-touching
        ],
    )
    def test_is_valid(self, exterior, valid):
        assert Polygon(exterior).is_valid is valid


class TestPolygonProjectAndPoints:
    def test_project(self):
        poly = Polygon([(1, 2), (3, 4), (0, 4)])
        proj = poly.project((10, 10), (20, 40))
        assert _ext(proj) == [[4, 4], [12, 8], [0, 8]]
        assert _ext(poly) == [[1, 2], [3, 4], [0, 4]]
        assert poly.project_((10, 10), (10, 10)) is poly

    def test_find_closest_point_index(self):
        poly = Polygon(SQUARE)
        assert poly.find_closest_point_index(x=4.5, y=4) == 2
        idx, dist = poly.find_closest_point_index(x=5, y=4, return_distance=True)
        assert (idx, dist) == (2, 1.0)
        with pytest.raises(AssertionError):
            Polygon([]).find_closest_point_index(0, 0)

    def test_change_first_point_by_index(self):
        poly = Polygon(SQUARE, label="s")
        moved = poly.change_first_point_by_index(2)
        assert _ext(moved) == [[5, 5], [1, 5], [1, 1], [5, 1]]
        assert moved.label == "s"
        assert _ext(poly.change_first_point_by_index(0)) == _ext(poly)
        with pytest.raises(AssertionError):
            poly.change_first_point_by_index(4)
        with pytest.raises(AssertionError):
            Polygon([]).change_first_point_by_index(0)

    def test_change_first_point_by_coords(self):
        poly = Polygon(SQUARE)
        assert _ext(poly.change_first_point_by_coords(5, 1)) == [
            [5, 1],
            [5, 5],
            [1, 5],
            [1, 1],
        ]
        with pytest.raises(Exception, match="Closest found point"):
            poly.change_first_point_by_coords(5, 2)
        unchanged = poly.change_first_point_by_coords(5, 2, raise_if_too_far_away=False)
        assert _ext(unchanged) == _ext(poly)
        assert _ext(poly.change_first_point_by_coords(5, 2, max_distance=None))[0] == [
            5,
            1,
        ]
        with pytest.raises(Exception, match="Cannot reorder polygon points"):
            Polygon([]).change_first_point_by_coords(0, 0)


class TestPolygonOutOfImage:
    def test_fractions(self):
        poly = Polygon(SQUARE)
        assert poly.compute_out_of_image_area((10, 10)) == 0.0
        assert poly.compute_out_of_image_fraction((10, 10)) == 0.0
        assert poly.compute_out_of_image_area((3, 3)) == pytest.approx(12.0)
        assert poly.compute_out_of_image_fraction((3, 3)) == pytest.approx(0.75)
        assert Polygon([(20, 20), (30, 20), (30, 30)]).compute_out_of_image_fraction(
            (10, 10)
        ) == pytest.approx(1.0)

    def test_fraction_of_concave_polygon(self):
        poly = Polygon(U_SHAPE)
        # only the legs' upper parts y in [0, 5] are inside: 2 * 3 * 5 = 30
        assert poly.compute_out_of_image_area((5, 10)) == pytest.approx(63 - 30)

    def test_fraction_without_area_uses_outline(self):
        line_like = Polygon([(5, 5), (15, 5)])
        assert line_like.compute_out_of_image_fraction((10, 10)) == pytest.approx(
            0.5, abs=1e-3
        )

    def test_is_out_of_image(self):
        shape = (10, 10)
        inside = Polygon(SQUARE)
        partly = Polygon([(5, 5), (15, 5), (15, 8)])
        outside = Polygon([(20, 20), (30, 20), (30, 30)])
        covering = Polygon([(-1, -1), (11, -1), (11, 11), (-1, 11)])
        assert inside.is_out_of_image(shape) is False
        assert inside.is_fully_within_image(shape)
        assert partly.is_out_of_image(shape) is False
        assert partly.is_out_of_image(shape, fully=False, partly=True) is True
        assert partly.is_partly_within_image(shape)
        assert not partly.is_fully_within_image(shape)
        assert outside.is_out_of_image(shape) is True
        assert not outside.is_partly_within_image(shape)
        # outline completely outside, but the polygon covers the image
        assert covering.is_out_of_image(shape) is False
        assert covering.is_out_of_image(shape, fully=False, partly=True) is True
        assert covering.is_partly_within_image(shape)
        with pytest.raises(Exception, match="Cannot determine whether the polygon"):
            Polygon([]).is_out_of_image(shape)


class TestPolygonClip:
    def test_fully_inside(self):
        poly = Polygon(SQUARE, label="x")
        clipped = poly.clip_out_of_image((10, 10))
        assert len(clipped) == 1
        assert _ext(clipped[0]) == _ext(poly)
        assert clipped[0].label == "x"
        assert clipped[0].exterior is not poly.exterior

    def test_fully_outside(self):
        assert Polygon([(20, 20), (30, 20), (30, 30)]).clip_out_of_image((10, 10)) == []
        assert Polygon([]).clip_out_of_image((10, 10)) == []

    def test_touching_border_from_outside_is_dropped(self):
        poly = Polygon([(10, 0), (15, 0), (15, 5), (10, 5)])
        assert poly.clip_out_of_image((10, 10)) == []

    def test_partly_outside_exact(self):
        poly = Polygon([(2, 2), (12, 2), (12, 6), (2, 6)], label="p")
        clipped = poly.clip_out_of_image(np.zeros((10, 10, 3), np.uint8))
        assert len(clipped) == 1
        assert _ext(clipped[0]) == [[2, 2], [10, 2], [10, 6], [2, 6]]
        assert clipped[0].label == "p"

    def test_covering_polygon_gives_image_plane(self):
        poly = Polygon([(-1, -1), (11, -1), (11, 11), (-1, 11)])
        clipped = poly.clip_out_of_image((10, 10))
        assert len(clipped) == 1
        assert _ext(clipped[0]) == [[0, 0], [10, 0], [10, 10], [0, 10]]
        # (11, -1) -> (11, 0) is the closest pair of original and clipped points
        clipped = poly.clip_out_of_image((10, 12))
        assert _ext(clipped[0]) == [[11, 0], [11, 10], [0, 10], [0, 0]]

    def test_first_point_is_closest_to_original_points(self):
        poly = Polygon([(20, -5), (5, 5), (-5, -5)])
        clipped = poly.clip_out_of_image((10, 10))
        assert len(clipped) == 1
        assert _ext(clipped[0])[0] == [5, 5]
        assert clipped[0].exterior_almost_equals([(0, 0), (10, 0), (10, 5 / 3), (5, 5)])

    def test_concave_polygon_splits_into_parts(self):
        clipped = Polygon(U_SHAPE, label="u").clip_out_of_image((5, 12))
        assert [_ext(p) for p in clipped] == [
            [[0, 0], [3, 0], [3, 5], [0, 5]],
            [[6, 0], [9, 0], [9, 5], [6, 5]],
        ]
        assert [p.label for p in clipped] == ["u", "u"]
        assert all(p.is_valid for p in clipped)

    def test_concave_polygon_cut_elsewhere_stays_whole(self):
        clipped = Polygon(U_SHAPE).clip_out_of_image((12, 8))
        assert len(clipped) == 1
        # legs 3*6 and 2*6, base 8*3
        assert clipped[0].area == pytest.approx(18 + 12 + 24)

    def test_comb_splits_into_three_parts(self):
        comb = [(0, 10), (0, 0), (1, 0), (1, 8), (2, 8), (2, 0), (3, 0), (3, 8)]
        comb += [(4, 8), (4, 0), (5, 0), (5, 10)]
        clipped = Polygon(comb).clip_out_of_image((5, 10))
        assert len(clipped) == 3
        assert [p.area for p in clipped] == [5.0, 5.0, 5.0]
        # ordered along the original outline
        assert [_ext(p)[0][0] for p in clipped] == [0, 2, 4]

    def test_short_polygons_clip_like_line_strings(self):
        clipped = Polygon([(5, 5), (15, 5)]).clip_out_of_image((10, 10))
        assert len(clipped) == 1
        assert np.allclose(clipped[0].exterior, [[5, 5], [9.999, 5]], atol=1e-5)
        assert len(Polygon([(5, 5)]).clip_out_of_image((10, 10))) == 1
        assert Polygon([(15, 5)]).clip_out_of_image((10, 10)) == []

    def test_cut_out_of_image_is_deprecated(self):
        with pytest.warns(ia.DeprecationWarning, match="is deprecated"):
            clipped = Polygon(SQUARE).cut_out_of_image((3, 3))
        assert _ext(clipped[0]) == [[1, 1], [3, 1], [3, 3], [1, 3]]


class TestPolygonShift:
    def test_shift(self):
        poly = Polygon(SQUARE)
        assert _ext(poly.shift(x=1, y=-1))[0] == [2, 0]
        assert _ext(poly)[0] == [1, 1]
        assert poly.shift_(y=2) is poly
        assert _ext(poly)[0] == [1, 3]

    def test_deprecated_shift_arguments(self):
        with pytest.warns(ia.DeprecationWarning, match="These are deprecated"):
            shifted = Polygon(SQUARE).shift(top=1, left=2)
        assert _ext(shifted)[0] == [3, 2]


class TestPolygonDraw:
    def test_layers_exact(self):
        poly = Polygon([(2, 2), (6, 2), (6, 6), (2, 6)])
        image = np.zeros((9, 9, 3), np.uint8)
        out = poly.draw_on_image(
            image,
            color_face=(0, 0, 200),
            color_lines=(200, 0, 0),
            color_points=(0, 200, 0),
            alpha_face=1.0,
            size_points=1,
        )
        face = np.zeros((9, 9), np.uint8)
        face[3:6, 3:6] = 200
        lines = np.zeros((9, 9), np.uint8)
        lines[2, 3:6] = lines[6, 3:6] = lines[3:6, 2] = lines[3:6, 6] = 200
        points = np.zeros((9, 9), np.uint8)
        points[[2, 2, 6, 6], [2, 6, 2, 6]] = 200
        assert np.array_equal(out[..., 2], face)
        assert np.array_equal(out[..., 0], lines)
        assert np.array_equal(out[..., 1], points)
        assert image.sum() == 0

    def test_defaults_half_alpha_face_and_half_colour_outline(self):
        poly = Polygon([(2, 2), (6, 2), (6, 6), (2, 6)])
        image = np.full((9, 9), 100, np.uint8)
        out = poly.draw_on_image(image, color=200, size_points=1)
        assert out[4, 4] == 150  # face: 0.5 * 100 + 0.5 * 200
        assert out[2, 4] == 100  # outline: colour 100 with alpha 1
        assert out[2, 2] == 100  # point: colour 100
        assert out[0, 0] == 100
        assert np.all(image == 100)

    def test_alpha_zero_face(self):
        poly = Polygon([(2, 2), (6, 2), (6, 6), (2, 6)])
        out = poly.draw_on_image(
            np.zeros((9, 9), np.uint8), color=200, alpha_face=0.005
        )
        assert out[4, 4] == 0

    def test_float_image_keeps_dtype(self):
        out = Polygon(SQUARE).draw_on_image(np.zeros((7, 7, 3), np.float32))
        assert out.dtype == np.float32
        assert out[3, 3].tolist() == [0, 128, 0]  # 0.5 * 255 rounded half to even

    def test_fully_outside(self):
        poly = Polygon([(20, 20), (30, 20), (30, 30)])
        image = np.zeros((5, 5, 3), np.uint8)
        assert poly.draw_on_image(image).sum() == 0
        with pytest.raises(Exception, match="Cannot draw polygon"):
            poly.draw_on_image(image, raise_if_out_of_image=True)

    def test_none_arguments(self):
        for kwargs in ({"color": None}, {"alpha": None}, {"size": None}):
            with pytest.raises(ValueError):
                Polygon(SQUARE).draw_on_image(np.zeros((5, 5, 3), np.uint8), **kwargs)


class TestPolygonExtract:
    def test_extract_triangle(self):
        image = np.arange(36, dtype=np.uint8).reshape((6, 6))
        out = Polygon([(1, 1), (4, 1), (4, 4)]).extract_from_image(image)
        assert out.tolist() == [[7, 8, 9], [0, 14, 15], [0, 0, 21]]

    def test_extract_3d_square(self):
        image = np.full((6, 6, 2), 7, np.uint8)
        out = Polygon(SQUARE).extract_from_image(image)
        assert out.shape == (4, 4, 2)
        assert np.all(out == 7)

    def test_extract_partly_outside_is_padded(self):
        image = np.full((4, 4), 9, np.uint8)
        out = Polygon([(-2, 0), (2, 0), (2, 2), (-2, 2)]).extract_from_image(image)
        assert out.tolist() == [[0, 0, 9, 9], [0, 0, 9, 9]]

    def test_extract_fully_outside(self):
        out = Polygon([(10, 10), (12, 10), (12, 12)]).extract_from_image(
            np.full((4, 4), 9, np.uint8)
        )
        assert out.shape == (2, 2)
        assert out.sum() == 0

    def test_extract_needs_three_points(self):
        with pytest.raises(Exception, match="at least 3 points"):
            Polygon([(0, 0), (1, 1)]).extract_from_image(np.zeros((3, 3), np.uint8))


class TestPolygonConversions:
    def test_subdivide(self):
        poly = Polygon([(0, 0), (2, 0), (2, 2)])
        sub = poly.subdivide(1)
        assert _ext(sub) == [[0, 0], [1, 0], [2, 0], [2, 1], [2, 2], [1, 1]]
        assert len(poly.exterior) == 3
        assert poly.subdivide_(0) is poly
        assert _ext(Polygon([(1, 1)]).subdivide(2)) == [[1, 1]]
        assert _ext(Polygon([(0, 0), (2, 0)]).subdivide(1)) == [
            [0, 0],
            [1, 0],
            [2, 0],
            [1, 0],
        ]

    def test_to_bounding_box(self):
        bb = Polygon([(3, 1), (0, 4), (2, 2)], label="b").to_bounding_box()
        assert isinstance(bb, BoundingBox)
        assert (bb.x1, bb.y1, bb.x2, bb.y2, bb.label) == (0, 1, 3, 4, "b")

    def test_to_keypoints(self):
        kps = Polygon(SQUARE).to_keypoints()
        assert [(kp.x, kp.y) for kp in kps] == SQUARE

    def test_to_line_string(self):
        poly = Polygon(SQUARE, label="l")
        closed = poly.to_line_string()
        assert isinstance(closed, LineString)
        assert closed.coords.tolist() == [list(p) for p in SQUARE + SQUARE[:1]]
        assert closed.label == "l"
        opened = poly.to_line_string(closed=False)
        assert opened.coords.tolist() == [list(p) for p in SQUARE]
        opened.shift_(x=10)
        assert _ext(poly)[0] == [1, 1]

    @pytest.mark.skipif(HAS_SHAPELY, reason="checks the message without shapely")
    def test_shapely_conversions_need_shapely(self):
        with pytest.raises(ImportError, match="shapely"):
            Polygon(SQUARE).to_shapely_polygon()
        with pytest.raises(ImportError, match="shapely"):
            Polygon(SQUARE).to_shapely_line_string()
        with pytest.raises(ImportError, match="shapely"):
            Polygon.from_shapely(object())
        with pytest.raises(ImportError, match="shapely"):
            MultiPolygon.from_shapely(object())

    def test_shapely_line_string_needs_two_points(self):
        with pytest.raises(Exception, match="requires at least two points"):
            _convert_points_to_shapely_line_string([(0, 0)])

    @pytest.mark.skipif(not HAS_SHAPELY, reason="needs shapely")
    def test_shapely_round_trip(self):  # pragma: no cover - optional extra
        shp = Polygon(SQUARE).to_shapely_polygon()
        assert shp.area == 16.0
        assert _ext(Polygon.from_shapely(shp, label="s")) == [list(p) for p in SQUARE]


class TestPolygonComparison:
    def test_exterior_almost_equals(self):
        poly = Polygon(SQUARE)
        assert poly.exterior_almost_equals(Polygon(SQUARE))
        assert poly.exterior_almost_equals(SQUARE[2:] + SQUARE[:2])  # rotated start
        assert poly.exterior_almost_equals(SQUARE[::-1])  # reversed direction
        assert poly.exterior_almost_equals(np.float32(SQUARE))
        assert poly.exterior_almost_equals([(1, 1), (3, 1), (5, 1), (5, 5), (1, 5)])
        assert not poly.exterior_almost_equals([(1, 1), (5, 1), (5, 5.1), (1, 5)])
        assert poly.exterior_almost_equals(
            [(1, 1), (5, 1), (5, 5.1), (1, 5)], max_distance=0.2
        )
        assert poly.coords_almost_equals(SQUARE)
        with pytest.raises(TypeError, match="other"):
            poly.exterior_almost_equals(5)

    def test_almost_equals(self):
        poly = Polygon(SQUARE, label="a")
        assert poly.almost_equals(Polygon(SQUARE, label="a"))
        assert not poly.almost_equals(Polygon(SQUARE, label="b"))
        assert not poly.almost_equals(SQUARE)

    def test_empty(self):
        assert Polygon([]).exterior_almost_equals([])
        assert not Polygon([]).exterior_almost_equals(SQUARE)


class TestPolygonCopy:
    def test_copy_and_deepcopy(self):
        poly = Polygon(SQUARE, label=["x"])
        for cp in (poly.copy(), poly.deepcopy()):
            assert cp.exterior is not poly.exterior
            assert _ext(cp) == _ext(poly)
            assert cp.label == poly.label and cp.label is not poly.label
        assert _ext(poly.copy(exterior=[(0, 0), (1, 0), (0, 1)])) == [
            [0, 0],
            [1, 0],
            [0, 1],
        ]
        assert poly.deepcopy(label="y").label == "y"

    def test_getitem_iter_str(self):
        poly = Polygon([(0, 1), (2.5, 3), (0, 3)], label="z")
        assert poly[1].tolist() == [2.5, 3]
        assert [p.tolist() for p in poly] == [[0, 1], [2.5, 3], [0, 3]]
        assert str(poly) == (
            "Polygon([(x=0.000, y=1.000), (x=2.500, y=3.000), (x=0.000, y=3.000)] "
            "(3 points), label=z)"
        )
        assert repr(poly) == str(poly)

    def test_non_inplace_methods_keep_input(self):
        poly = Polygon([(-2, 1), (5, 1), (5, 20), (-2, 20)], label="k")
        before = poly.exterior.copy()
        image = np.zeros((8, 8, 3), np.uint8)
        poly.shift(x=1)
        poly.project((8, 8), (16, 16))
        poly.clip_out_of_image((8, 8))
        poly.compute_out_of_image_fraction((8, 8))
        poly.draw_on_image(image)
        poly.extract_from_image(image)
        poly.subdivide(2)
        poly.change_first_point_by_index(2)
        poly.to_line_string(closed=False).shift_(x=5)
        poly.to_bounding_box()
        assert np.array_equal(poly.exterior, before)
        assert image.sum() == 0


class TestPolygonsOnImage:
    def _psoi(self):
        return PolygonsOnImage(
            [Polygon(SQUARE), Polygon([(6, 6), (9, 6), (9, 9)])], shape=(10, 20, 3)
        )

    def test_init(self):
        psoi = self._psoi()
        assert psoi.shape == (10, 20, 3)
        assert len(psoi) == 2
        assert psoi.items is psoi.polygons
        assert not psoi.empty
        assert PolygonsOnImage([], shape=np.zeros((3, 4))).shape == (3, 4)
        assert PolygonsOnImage([], shape=(3, 4)).empty
        psoi.items = []
        assert psoi.empty

    def test_init_validation(self):
        with pytest.raises(AssertionError, match="Polygon"):
            PolygonsOnImage([SQUARE], shape=(5, 5))
        with pytest.raises(AssertionError, match="shape"):
            PolygonsOnImage([], shape=[5, 5])

    def test_xy_array_round_trip(self):
        psoi = self._psoi()
        xy = psoi.to_xy_array()
        assert xy.dtype == np.float32
        assert xy.shape == (7, 2)
        assert psoi.fill_from_xy_array_(xy * 2) is psoi
        assert _ext(psoi.polygons[1]) == [[12, 12], [18, 12], [18, 18]]
        assert xy[0].tolist() == [1, 1]
        with pytest.raises(AssertionError, match="xy"):
            psoi.fill_from_xy_array_(xy[:3])
        empty = PolygonsOnImage([], shape=(2, 2))
        assert empty.to_xy_array().shape == (0, 2)
        assert empty.fill_from_xy_array_(np.zeros((0, 2))) is empty

    def test_on(self):
        psoi = self._psoi()
        projected = psoi.on((20, 40))
        assert projected.shape == (20, 40)
        assert _ext(projected.polygons[0])[0] == [2, 2]
        assert _ext(psoi.polygons[0])[0] == [1, 1]
        assert psoi.on_((10, 20)) is psoi
        assert psoi.shape == (10, 20)

    def test_shift_and_subdivide(self):
        psoi = self._psoi()
        shifted = psoi.shift(x=1, y=2)
        assert _ext(shifted.polygons[0])[0] == [2, 3]
        assert _ext(psoi.polygons[0])[0] == [1, 1]
        with pytest.warns(ia.DeprecationWarning):
            psoi.shift(bottom=1)
        sub = psoi.subdivide(1)
        assert [len(p.exterior) for p in sub] == [8, 6]
        assert [len(p.exterior) for p in psoi] == [4, 3]
        assert psoi.subdivide_(1) is psoi
        assert [len(p.exterior) for p in psoi] == [8, 6]

    def test_remove_out_of_image(self):
        psoi = PolygonsOnImage(
            [
                Polygon(SQUARE),
                Polygon([(5, 5), (15, 5), (15, 8)]),
                Polygon([(20, 20), (30, 20), (30, 30)]),
            ],
            shape=(10, 10),
        )
        assert len(psoi.remove_out_of_image()) == 2
        assert len(psoi.remove_out_of_image(fully=True, partly=True)) == 1
        assert len(psoi) == 3
        assert psoi.remove_out_of_image_(fully=False, partly=True) is psoi
        assert len(psoi) == 2

    def test_remove_out_of_image_fraction(self):
        psoi = PolygonsOnImage(
            [
                Polygon(SQUARE),
                Polygon([(8, 0), (12, 0), (12, 4), (8, 4)]),  # half outside
                Polygon([(20, 20), (30, 20), (30, 30)]),
            ],
            shape=(10, 10),
        )
        assert len(psoi.remove_out_of_image_fraction(0.6)) == 2
        assert len(psoi.remove_out_of_image_fraction(0.5)) == 1
        assert len(psoi) == 3

    def test_clip_gives_flat_list_of_parts(self):
        psoi = PolygonsOnImage(
            [
                Polygon(U_SHAPE),
                Polygon([(20, 20), (30, 20), (30, 30)]),
                Polygon([(1, 1), (3, 1), (3, 3)]),
            ],
            shape=(5, 12),
        )
        clipped = psoi.clip_out_of_image()
        assert len(clipped) == 3
        assert [p.area for p in clipped] == [15.0, 15.0, 2.0]
        assert len(psoi) == 3
        assert psoi.clip_out_of_image_() is psoi
        assert len(psoi) == 3

    def test_keypoints_round_trip(self):
        psoi = self._psoi()
        kpsoi = psoi.to_keypoints_on_image()
        assert isinstance(kpsoi, KeypointsOnImage)
        assert kpsoi.to_xy_array().tolist() == psoi.to_xy_array().tolist()
        kpsoi = kpsoi.shift(y=1)
        kpsoi.shape = (11, 21, 3)
        assert psoi.invert_to_keypoints_on_image_(kpsoi) is psoi
        assert psoi.shape == (11, 21, 3)
        assert _ext(psoi.polygons[1])[0] == [6, 7]

    def test_draw_on_image(self):
        psoi = PolygonsOnImage(
            [Polygon([(1, 1), (3, 1), (3, 3), (1, 3)])], shape=(5, 5, 3)
        )
        image = np.zeros((5, 5, 3), np.uint8)
        out = psoi.draw_on_image(image, color=(0, 200, 0), size_points=1)
        assert out[1, 1].tolist() == [0, 100, 0]
        assert out[0, 0].tolist() == [0, 0, 0]
        assert image.sum() == 0
        empty = PolygonsOnImage([], shape=(5, 5, 3)).draw_on_image(image)
        assert empty is not image and np.array_equal(empty, image)

    def test_copy_and_deepcopy(self):
        psoi = self._psoi()
        cp = psoi.copy()
        assert cp.polygons is not psoi.polygons
        assert cp.polygons[0] is psoi.polygons[0]
        dcp = psoi.deepcopy()
        assert dcp.polygons[0] is not psoi.polygons[0]
        assert _ext(dcp.polygons[0]) == _ext(psoi.polygons[0])
        assert psoi.deepcopy(polygons=[], shape=[2, 2]).shape == (2, 2)
        assert psoi.copy(shape=np.zeros((4, 4))).shape == (4, 4)

    def test_getitem_iter_str(self):
        psoi = self._psoi()
        assert psoi[1] is psoi.polygons[1]
        assert list(psoi) == psoi.polygons
        assert str(psoi).startswith("PolygonsOnImage([Polygon([(x=1.000, y=1.000)")
        assert str(psoi).endswith("shape=(10, 20, 3))")

    def test_non_inplace_methods_do_not_mutate(self):
        psoi = self._psoi()
        before = psoi.to_xy_array().copy()
        psoi.shift(x=3)
        psoi.on((30, 30))
        psoi.clip_out_of_image()
        psoi.subdivide(2)
        psoi.remove_out_of_image(partly=True)
        psoi.remove_out_of_image_fraction(0.1)
        psoi.deepcopy().fill_from_xy_array_(before + 5)
        assert np.array_equal(psoi.to_xy_array(), before)
        assert len(psoi) == 2


class TestMultiPolygon:
    def test_init(self):
        mp = MultiPolygon([Polygon(SQUARE)])
        assert len(mp.geoms) == 1
        assert MultiPolygon([]).geoms == []
        with pytest.raises(AssertionError):
            MultiPolygon([SQUARE])


class TestRecoverer:
    def test_valid_input_is_kept(self):
        rec = _ConcavePolygonRecoverer()
        old = Polygon([(0, 0), (1, 0), (1, 1)], label="l")
        result = rec.recover_from(U_SHAPE, old)
        assert _ext(result) == [list(p) for p in U_SHAPE]
        assert result.label == "l"
        assert result is not old

    @pytest.mark.parametrize(
        "exterior",
        [
            [(0, 0), (1, 1), (1, 0), (0, 1)],  # bow tie
            [(0, 0), (2, 2), (2, 0), (0, 2), (1, 1)],
            [(0, 0), (1, 0), (2, 0), (3, 0)],  # collinear
            [(1, 1), (0, 0), (2, 2)],  # collinear, first point in the middle
            [(5, 5), (5, 5), (5, 5)],  # all identical
            [(0, 0), (4, 0), (4, 4), (0, 0), (0, 4), (4, 4)],  # duplicates
            [(0, 0), (4, 0), (4, 4), (4, 8), (4, 2), (0, 4)],  # spike
            U_SHAPE[:6] + [U_SHAPE[7], U_SHAPE[6]],  # twisted base
        ],
    )
    def test_invalid_inputs_become_valid(self, exterior):
        rec = _ConcavePolygonRecoverer()
        result = rec.recover_from(exterior, Polygon(SQUARE, label="q"), random_state=1)
        assert result.is_valid
        assert result.label == "q"
        assert result.exterior.dtype == np.float32

    def test_bow_tie_keeps_crossing_point(self):
        rec = _ConcavePolygonRecoverer()
        result = rec.recover_from([(0, 0), (2, 2), (2, 0), (0, 2)], Polygon(SQUARE))
        assert result.is_valid
        assert np.any(np.all(np.isclose(result.exterior, [1, 1]), axis=1))
        assert result.area > 1.0

    def test_same_seed_same_result(self):
        rec = _ConcavePolygonRecoverer()
        ext = [(0, 0), (2, 2), (2, 0), (0, 2), (1, 1), (1, 1)]
        a = rec.recover_from(ext, Polygon(SQUARE), random_state=3)
        b = rec.recover_from(ext, Polygon(SQUARE), random_state=RNG(3))
        assert _ext(a) == _ext(b)

    def test_random_outlines_become_valid(self):
        rec = _ConcavePolygonRecoverer()
        rng = np.random.default_rng(0)
        for i in range(25):
            pts = rng.uniform(0, 50, (int(rng.integers(3, 25)), 2))
            if i % 3 == 0:
                pts = np.round(pts / 10) * 10
            result = rec.recover_from(pts.astype(np.float32), Polygon(SQUARE), i)
            assert result.is_valid

    def test_input_validation(self):
        rec = _ConcavePolygonRecoverer()
        with pytest.raises(AssertionError, match="three points"):
            rec.recover_from([(0, 0), (1, 1)], Polygon(SQUARE))
        with pytest.raises(AssertionError, match="new_exterior"):
            rec.recover_from(np.zeros((4, 3)), Polygon(SQUARE))

    def test_input_is_not_modified(self):
        rec = _ConcavePolygonRecoverer()
        ext = np.float32([(0, 0), (1, 1), (1, 0), (0, 1)])
        before = ext.copy()
        old = Polygon(SQUARE)
        rec.recover_from(ext, old)
        assert np.array_equal(ext, before)
        assert _ext(old) == [list(p) for p in SQUARE]

    def test_remove_consecutive_duplicate_points(self):
        rec = _ConcavePolygonRecoverer()
        points = [(0, 0), (0, 0), (1, 1), (1, 1 + 1e-5), (2, 2), (0, 1e-6)]
        assert rec._remove_consecutive_duplicate_points(points) == [
            (0, 0),
            (1, 1),
            (2, 2),
        ]
        assert rec._remove_consecutive_duplicate_points([]) == []

    def test_is_polygon_line(self):
        rec = _ConcavePolygonRecoverer
        assert rec._is_polygon_line([(0, 0), (1, 0), (2, 0)])
        assert rec._is_polygon_line([(1, 0), (0, 0), (2, 0)])
        assert rec._is_polygon_line([(0, 0), (0, 0), (3, 0)])
        assert not rec._is_polygon_line([(0, 0), (1, 0), (1, 1)])

    def test_fix_polygon_is_line(self):
        rec = _ConcavePolygonRecoverer()
        fixed = rec._fix_polygon_is_line([(0, 0), (1, 0), (2, 0)], RNG(0))
        assert len(fixed) == 3
        assert not rec._is_polygon_line(fixed)
        assert np.allclose(fixed, [(0, 0), (1, 0), (2, 0)], atol=1e-2)
        kept = [(0, 0), (1, 0), (1, 1)]
        assert rec._fix_polygon_is_line(kept, RNG(0)) == kept

    def test_jitter_duplicate_points(self):
        rec = _ConcavePolygonRecoverer()
        points = [(0, 0), (1, 0), (0, 0), (1, 1)]
        jittered = rec._jitter_duplicate_points(points, RNG(0))
        assert jittered[0:2] == [(0, 0), (1, 0)]
        assert jittered[3] == (1, 1)
        assert jittered[2] != (0, 0)
        assert np.allclose(jittered[2], (0, 0), atol=1e-2)

    def test_calculate_circumference(self):
        assert _ConcavePolygonRecoverer._calculate_circumference(
            [(0, 0), (3, 0), (3, 4)]
        ) == pytest.approx(12.0)

    def test_generate_intersection_points(self):
        rec = _ConcavePolygonRecoverer()
        bow_tie = [(0, 0), (1, 1), (1, 0), (0, 1)]
        assert rec._generate_intersection_points(bow_tie) == [[(0.5, 0.5)], [], [], []]
        both = rec._generate_intersection_points(
            bow_tie, one_point_per_intersection=False
        )
        assert both == [[(0.5, 0.5)], [], [(0.5, 0.5)], []]
        assert rec._generate_intersection_points(SQUARE) == [[], [], [], []]
        assert rec._generate_intersection_points([]) == []

    def test_generate_intersection_points_sorted(self):
        rec = _ConcavePolygonRecoverer()
        # the long first edge is crossed twice
        ext = [(0, 0), (10, 0), (10, 5), (7, 5), (7, -5), (3, -5), (3, 5)]
        result = rec._generate_intersection_points(ext)
        assert result[0] == [(3.0, 0.0), (7.0, 0.0)]

    def test_generate_intersection_points_skips_huge_coordinates(self):
        rec = _ConcavePolygonRecoverer()
        with pytest.warns(UserWarning, match="self-intersections"):
            result = rec._generate_intersection_points(
                [(0, 0), (1e6, 1e6), (1e6, 0), (0, 1e6)]
            )
        assert result == [[], [], [], []]

    def test_oversample_and_insert(self):
        rec = _ConcavePolygonRecoverer()
        bow_tie = [(0, 0), (1, 1), (1, 0), (0, 1)]
        added = rec._oversample_intersection_points(bow_tie, [[(0.5, 0.5)], [], [], []])
        assert np.allclose(added[0], [(0.495, 0.495), (0.5, 0.5), (0.505, 0.505)])
        assert added[1:] == [[], [], []]
        merged = rec._insert_intersection_points(bow_tie, added)
        assert len(merged) == 7
        assert merged[0] == (0, 0) and merged[4] == (1, 1)

    def test_oversampling_is_capped(self):
        rec = _ConcavePolygonRecoverer()
        rec.oversample_up_to_n_points_max = 5
        bow_tie = [(0, 0), (1, 1), (1, 0), (0, 1)]
        added = rec._oversample_intersection_points(bow_tie, [[(0.5, 0.5)], [], [], []])
        assert added[0] == [(0.5, 0.5)]

    def test_fit_best_valid_polygon(self):
        rec = _ConcavePolygonRecoverer()
        points = [(0, 0), (0.49, 0.49), (0.5, 0.5), (0.51, 0.51), (1, 1), (1, 0)]
        points += [(0, 1)]
        kept = rec._fit_best_valid_polygon(points, RNG(0))
        assert len(set(kept)) == len(kept) >= 4
        assert Polygon([points[i] for i in kept]).is_valid
        assert rec._fit_best_valid_polygon(SQUARE, RNG(0)) == [0, 1, 2, 3]


class TestRecoverPsois:
    def test_single_and_list(self):
        rec = _ConcavePolygonRecoverer()
        orig = PolygonsOnImage([Polygon(SQUARE, label="a")], shape=(10, 10))
        broken = PolygonsOnImage(
            [Polygon([(0, 0), (2, 2), (2, 0), (0, 2)], label="a")], shape=(10, 10)
        )
        result = recover_psois_(broken, orig, rec, random_state=1)
        assert result is broken
        assert broken.polygons[0].is_valid
        assert broken.polygons[0].label == "a"

        broken_list = [broken.deepcopy(), broken.deepcopy()]
        broken_list[0].polygons[0].exterior = np.float32(
            [(0, 0), (2, 2), (2, 0), (0, 2)]
        )
        result = recover_psois_(broken_list, [orig, orig], rec, random_state=1)
        assert isinstance(result, list) and len(result) == 2
        assert all(psoi.polygons[0].is_valid for psoi in result)
