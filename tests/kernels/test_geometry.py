"""Tests for the private planar geometry kernel (imgaug._kernels.geometry)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from imgaug._kernels import geometry as g

SQUARE = [(0, 0), (10, 0), (10, 10), (0, 10)]
# U opening downwards: two legs at x in [0,3] and [6,9] for y in [0,6], base y in [6,9]
U_SHAPE = [(0, 0), (3, 0), (3, 6), (6, 6), (6, 0), (9, 0), (9, 9), (0, 9)]


def _sutherland_hodgman_area(poly, x0, y0, x1, y1):
    """Reference: one-ring clip whose (maybe degenerate) ring has the right area."""
    pts = [tuple(map(float, p)) for p in poly]
    for axis, value, keep_greater in (
        (0, x0, True),
        (0, x1, False),
        (1, y0, True),
        (1, y1, False),
    ):
        out = []
        for i, p in enumerate(pts):
            q = pts[(i + 1) % len(pts)]
            p_in = p[axis] >= value if keep_greater else p[axis] <= value
            q_in = q[axis] >= value if keep_greater else q[axis] <= value
            if p_in:
                out.append(p)
            if p_in != q_in:
                t = (value - p[axis]) / (q[axis] - p[axis])
                r = [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]
                r[axis] = value
                out.append(tuple(r))
        pts = out
        if not pts:
            return 0.0
    return g.polygon_area(pts) if len(pts) >= 3 else 0.0


def _star_polygon(angles, radii, center=(5.0, 5.0)):
    angles = np.sort(np.asarray(angles, dtype=np.float64))
    radii = np.asarray(radii, dtype=np.float64)
    return np.stack(
        [center[0] + radii * np.cos(angles), center[1] + radii * np.sin(angles)], axis=1
    )


class TestArea:
    def test_square(self):
        assert g.polygon_area(SQUARE) == 100.0

    def test_signed_area_orientation(self):
        assert g.polygon_signed_area(SQUARE) == 100.0
        assert g.polygon_signed_area(SQUARE[::-1]) == -100.0

    def test_concave(self):
        assert g.polygon_area(U_SHAPE) == 81.0 - 3 * 6

    @pytest.mark.parametrize("points", [[], [(1, 1)], [(0, 0), (5, 5)]])
    def test_fewer_than_three_points(self, points):
        assert g.polygon_area(points) == 0.0

    def test_translation_invariant_far_away(self):
        far = np.array(SQUARE, dtype=np.float64) + 1e7
        assert g.polygon_area(far) == 100.0


class TestPointsInPolygon:
    def test_square_and_u_shape(self):
        points = [(5, 5), (11, 5), (-1, 5), (4.5, 2), (1, 2), (7, 2)]
        assert g.points_in_polygon(points, SQUARE).tolist() == [
            True,
            False,
            False,
            True,
            True,
            True,
        ]
        assert g.points_in_polygon(points, U_SHAPE).tolist() == [
            False,
            False,
            False,
            False,
            True,
            True,
        ]

    def test_degenerate_ring(self):
        assert g.points_in_polygon([(0, 0)], [(0, 0), (1, 1)]).tolist() == [False]


class TestSegmentIntersections:
    @pytest.mark.parametrize(
        ("seg_a", "seg_b", "expected"),
        [
            ((0, 0, 2, 2), (0, 2, 2, 0), True),  # X crossing
            ((0, 0, 2, 0), (2, 0, 3, 1), True),  # shared endpoint
            ((0, 0, 2, 0), (1, 0, 1, 5), True),  # T junction
            ((0, 0, 2, 0), (1, 1, 3, 1), False),  # parallel
            ((0, 0, 2, 0), (1, 0, 3, 0), True),  # collinear overlap
            ((0, 0, 1, 0), (2, 0, 3, 0), False),  # collinear disjoint
            ((0, 0, 2, 0), (1, 0, 1, 0), True),  # point on segment
            ((0, 0, 2, 0), (1, 1, 1, 1), False),  # point off segment
        ],
    )
    def test_matrix(self, seg_a, seg_b, expected):
        assert g.segments_intersect_matrix([seg_a], [seg_b])[0, 0] == expected
        assert g.segments_intersect_matrix([seg_b], [seg_a])[0, 0] == expected

    def test_matrix_shape_and_empty(self):
        assert g.segments_intersect_matrix(np.zeros((0, 4)), [(0, 0, 1, 1)]).shape == (
            0,
            1,
        )
        hits = g.segments_intersect_matrix(
            [(0, 0, 2, 2), (5, 5, 6, 6)], [(0, 2, 2, 0), (0, 1, 2, 1), (9, 9, 9, 8)]
        )
        assert hits.tolist() == [[True, True, False], [False, False, False]]

    def test_crossing_point(self):
        idx_a, idx_b, points, t = g.segment_intersection_points(
            [(0, 0, 4, 4)], [(0, 4, 4, 0)]
        )
        assert idx_a.tolist() == [0]
        assert idx_b.tolist() == [0]
        assert points.tolist() == [[2.0, 2.0]]
        assert t.tolist() == [0.5]

    def test_crossing_with_axis_aligned_segment_is_exact(self):
        seg = (-0.9349432777087046, 1.4988528915121213, 11.124306620540871, 1.329)
        _ia, _ib, points, _t = g.segment_intersection_points([seg], [(0, 0, 0, 10)])
        assert points[0, 0] == 0.0

    def test_collinear_overlap_gives_both_ends(self):
        _ia, _ib, points, t = g.segment_intersection_points(
            [(0, 0, 10, 0)], [(12, 0, 4, 0)]
        )
        assert sorted(points.tolist()) == [[4.0, 0.0], [10.0, 0.0]]
        assert sorted(t.tolist()) == [0.4, 1.0]

    def test_exclude_endpoints(self):
        segs = [(0, 0, 2, 0), (2, 0, 2, 2), (1, -1, 1, 1)]
        idx_a, idx_b, points, _t = g.segment_intersection_points(
            segs, segs, exclude_endpoints=True
        )
        pairs = sorted(zip(idx_a.tolist(), idx_b.tolist()))
        assert pairs == [(0, 2), (2, 0)]
        assert points.tolist() == [[1.0, 0.0], [1.0, 0.0]]

    def test_intersections_per_segment_sorted_and_deduplicated(self):
        edges = g.rect_edges(0, 0, 10, 10)
        # passes through the corner (0, 0) (two edges) and crosses x=10
        result = g.intersections_per_segment([(-2, -2), (12, 12), (12, 20)], edges)
        assert result == [[(0.0, 0.0), (10.0, 10.0)], []]

    def test_large_inputs_are_blocked(self, monkeypatch):
        monkeypatch.setattr(g, "_BLOCK_PAIRS", 4)
        a = [(i, -1, i, 1) for i in range(7)]
        b = [(-1, 0, 10, 0), (-1, 5, 10, 5)]
        hits = g.segments_intersect_matrix(a, b)
        assert hits[:, 0].all() and not hits[:, 1].any()
        idx_a, _ib, points, _t = g.segment_intersection_points(a, b)
        assert idx_a.tolist() == list(range(7))
        assert points[:, 0].tolist() == list(range(7))


class TestIsSimplePolygon:
    @pytest.mark.parametrize(
        "ring",
        [
            SQUARE,
            U_SHAPE,
            [(0, 0), (1, 0), (0, 1)],
            [(0, 0), (0, 0), (4, 0), (4, 4)],  # repeated points are ignored
            [(0, 0), (2, 0), (4, 0), (4, 4)],  # collinear vertex
        ],
    )
    def test_valid(self, ring):
        assert g.is_simple_polygon(ring)

    @pytest.mark.parametrize(
        "ring",
        [
            [],
            [(0, 0), (1, 1)],
            [(0, 0), (1, 1), (1, 0), (0, 1)],  # bow tie
            [(0, 0), (1, 0), (2, 0)],  # no area
            [(0, 0), (4, 0), (4, 4), (4, 8), (4, 2)],  # spike back along an edge
            [(0, 0), (4, 0), (2, 0), (2, 3)],  # fold back
            # vertex touching a non-neighbouring edge
            [(0, 0), (4, 0), (4, 4), (2, 0), (0, 4)],
            # the same point visited twice
            [(0, 0), (2, 2), (4, 0), (4, 4), (2, 2), (0, 4)],
            [(0, 0), (np.nan, 0), (0, 1)],
        ],
    )
    def test_invalid(self, ring):
        assert not g.is_simple_polygon(ring)

    @settings(max_examples=60, deadline=None)
    @given(
        st.lists(
            st.tuples(st.integers(0, 4), st.integers(0, 4)), min_size=3, max_size=7
        ),
        st.integers(0, 6),
        st.tuples(st.integers(-1, 5), st.integers(-1, 5)),
    )
    def test_incremental_check_matches_full_check(self, points, position, new_point):
        ring = g.remove_consecutive_duplicates(np.array(points, dtype=np.float64))
        if not g.is_simple_polygon(ring) or len(np.unique(ring, axis=0)) != len(ring):
            return
        i = position % len(ring)
        full = g.is_simple_polygon(np.insert(ring, i + 1, new_point, axis=0))
        new_is_vertex = np.any(np.all(ring == np.array(new_point), axis=1))
        fast = g.new_edges_keep_simple(ring, i, new_point)
        if new_is_vertex:
            assert not fast
        else:
            assert fast == full


class TestClipPolygonToRect:
    def test_fully_inside_is_unchanged(self):
        rings = g.clip_polygon_to_rect(SQUARE, -1, -1, 11, 11)
        assert [r.tolist() for r in rings] == [[list(map(float, p)) for p in SQUARE]]

    def test_fully_outside(self):
        assert g.clip_polygon_to_rect(SQUARE, 20, 20, 30, 30) == []

    def test_touching_outside_edge_has_no_area(self):
        assert g.clip_polygon_to_rect(SQUARE, 10, 0, 20, 10) == []

    def test_polygon_covering_rect_gives_rect(self):
        rings = g.clip_polygon_to_rect(SQUARE, 2, 3, 5, 7)
        assert len(rings) == 1
        assert sorted(rings[0].tolist()) == [[2, 3], [2, 7], [5, 3], [5, 7]]
        assert g.polygon_signed_area(rings[0]) == 12.0

    def test_u_shape_splits_into_two_parts(self):
        rings = g.clip_polygon_to_rect(U_SHAPE, 0, 0, 10, 5)
        assert len(rings) == 2
        as_sets = sorted(sorted(map(tuple, r.tolist())) for r in rings)
        assert as_sets == [
            [(0.0, 0.0), (0.0, 5.0), (3.0, 0.0), (3.0, 5.0)],
            [(6.0, 0.0), (6.0, 5.0), (9.0, 0.0), (9.0, 5.0)],
        ]
        for r in rings:
            assert g.polygon_signed_area(r) > 0  # orientation of the input kept

    def test_u_shape_cut_at_the_bottom_stays_one_part(self):
        rings = g.clip_polygon_to_rect(U_SHAPE, 0, 4, 10, 10)
        assert len(rings) == 1
        assert g.polygon_area(rings[0]) == 81 - 4 * 9 - 3 * 2

    def test_reversed_orientation_also_splits(self):
        rings = g.clip_polygon_to_rect(U_SHAPE[::-1], 0, 0, 10, 5)
        assert len(rings) == 2
        assert all(g.polygon_signed_area(r) < 0 for r in rings)

    def test_comb_splits_into_many_parts(self):
        comb = [(0, 10), (0, 0), (1, 0), (1, 8), (2, 8), (2, 0), (3, 0), (3, 8)]
        comb += [(4, 8), (4, 0), (5, 0), (5, 10)]
        rings = g.clip_polygon_to_rect(comb, -1, -1, 10, 5)
        assert len(rings) == 3
        assert sorted(g.polygon_area(r) for r in rings) == [5.0, 5.0, 5.0]

    def test_pinch_on_the_border_gives_separate_parts(self):
        # a notch whose tip (4, 5) touches the clip border x=4 from inside
        poly = [(0, 0), (8, 0), (8, 10), (0, 10), (0, 6), (4, 5), (0, 4)]
        rings = g.clip_polygon_to_rect(poly, -1, -1, 4, 11)
        assert len(rings) == 2
        for r in rings:
            assert g.is_simple_polygon(r)
        assert sum(g.polygon_area(r) for r in rings) == pytest.approx(40 - 4 * 2 / 2)

    def test_degenerate_input(self):
        assert g.clip_polygon_to_rect([(0, 0), (1, 1)], 0, 0, 5, 5) == []
        assert g.clip_polygon_to_rect([(0, 0), (1, 0), (2, 0)], -1, -1, 5, 5) == []

    @settings(max_examples=150, deadline=None)
    @given(
        st.lists(st.floats(0, 2 * np.pi), min_size=3, max_size=14, unique=True),
        st.lists(st.integers(1, 9), min_size=14, max_size=14),
        st.tuples(st.integers(-2, 6), st.integers(-2, 6)),
        st.tuples(st.integers(1, 10), st.integers(1, 10)),
        st.booleans(),
    )
    def test_parts_match_reference_area_and_are_valid(
        self, angles, radii, origin, size, round_points
    ):
        poly = _star_polygon(angles, radii[: len(angles)])
        if round_points:
            poly = np.round(poly)
        if not g.is_simple_polygon(poly):
            return
        x0, y0 = origin
        x1, y1 = x0 + size[0], y0 + size[1]
        rings = g.clip_polygon_to_rect(poly, x0, y0, x1, y1)
        total = sum(g.polygon_area(r) for r in rings)
        reference = _sutherland_hodgman_area(poly, x0, y0, x1, y1)
        assert total == pytest.approx(reference, rel=1e-9, abs=1e-9)
        sign = np.sign(g.polygon_signed_area(poly))
        for r in rings:
            assert g.is_simple_polygon(r)
            assert np.sign(g.polygon_signed_area(r)) == sign
            assert r[:, 0].min() >= x0 and r[:, 0].max() <= x1
            assert r[:, 1].min() >= y0 and r[:, 1].max() <= y1

    def test_grid_polygons_match_reference(self):
        rng = np.random.default_rng(3)
        checked = 0
        while checked < 300:
            poly = rng.integers(0, 6, (int(rng.integers(3, 9)), 2)).astype(float)
            if not g.is_simple_polygon(poly):
                continue
            checked += 1
            x0, y0 = rng.integers(0, 4, 2)
            x1, y1 = x0 + rng.integers(1, 4), y0 + rng.integers(1, 4)
            rings = g.clip_polygon_to_rect(poly, x0, y0, x1, y1)
            total = sum(g.polygon_area(r) for r in rings)
            assert total == pytest.approx(
                _sutherland_hodgman_area(poly, x0, y0, x1, y1)
            )
            assert all(g.is_simple_polygon(r) for r in rings)


class TestSplitPolyline:
    def test_pieces(self):
        coords = np.array([(-5, 2), (5, 2), (5, 20), (8, 20), (8, 2), (15, 2)], float)
        edges = g.rect_edges(0, 0, 9.999, 9.999)
        inter = g.intersections_per_segment(coords, edges)
        outside = ~((coords >= 0) & (coords < 10)).all(axis=1)
        pieces = g.split_polyline(coords, outside, inter)
        assert len(pieces) == 2
        assert np.allclose(pieces[0], [[0, 2], [5, 2], [5, 9.999]], rtol=0, atol=1e-9)
        assert np.allclose(
            pieces[1], [[8, 9.999], [8, 2], [9.999, 2]], rtol=0, atol=1e-9
        )

    def test_crossing_close_to_point_is_dropped(self):
        coords = np.array([(-1, 5), (0.005, 5), (5, 5)], float)
        inter = g.intersections_per_segment(coords, g.rect_edges(0, 0, 9.999, 9.999))
        pieces = g.split_polyline(coords, np.array([True, False, False]), inter)
        assert [p.tolist() for p in pieces] == [[[0.005, 5.0], [5.0, 5.0]]]


class TestDistancesAndHull:
    def test_point_to_segments_distance(self):
        dist = g.point_to_segments_distance(
            [(8, 3), (5, -4), (12, 0), (1, 1)], [(0, 0, 10, 0), (1, 1, 1, 1)]
        )
        assert dist.tolist() == [3.0, 4.0, 2.0, 0.0]

    def test_point_to_polyline_distance_single_point(self):
        dist = g.point_to_polyline_distance([(3, 4)], [(0, 0)])
        assert dist.tolist() == [5.0]

    def test_convex_hull(self):
        points = [(0, 0), (5, 5), (10, 0), (5, 1), (10, 10), (0, 10), (5, 0)]
        hull = g.convex_hull_indices(points)
        assert sorted(hull.tolist()) == [0, 2, 4, 5]
        assert g.polygon_signed_area(np.array(points)[hull]) == 100.0

    def test_convex_hull_collinear(self):
        hull = g.convex_hull_indices([(0, 0), (1, 1), (2, 2), (3, 3)])
        assert len(hull) == 2

    @settings(max_examples=50, deadline=None)
    @given(
        st.lists(
            st.tuples(st.integers(-20, 20), st.integers(-20, 20)),
            min_size=3,
            max_size=30,
        )
    )
    def test_convex_hull_contains_all_points(self, points):
        pts = np.array(points, dtype=np.float64)
        hull = pts[g.convex_hull_indices(pts)]
        if len(hull) < 3:
            return
        # every point is on the left of (or on) every hull edge
        nxt = np.roll(hull, -1, axis=0)
        cross = (nxt[:, 0] - hull[:, 0])[:, None] * (pts[:, 1] - hull[:, 1, None])
        cross -= (nxt[:, 1] - hull[:, 1])[:, None] * (pts[:, 0] - hull[:, 0, None])
        assert np.all(cross >= 0)


def test_clip_drops_points_repeated_up_to_float_noise():
    # found by hypothesis: two intersection points 8.0 and 8.0 - 1e-15 apart
    ring = np.array([[4.0, -2.0], [8.0 + 4.0, -6.0], [8.0, 3.0]])
    parts = g.clip_polygon_to_rect(ring, 4.0, -2.0, 8.0, -1.0)
    for part in parts:
        assert g.is_simple_polygon(part)
    noisy = np.array([[6.25, -1.0], [8.0, -2.0], [8.0 - 1e-15, -2.0], [7.7, -1.0]])
    cleaned = g._cleanup_ring(noisy)
    assert len(cleaned) == 3
    assert g.is_simple_polygon(cleaned)
