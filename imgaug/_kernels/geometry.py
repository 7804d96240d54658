"""Vectorised planar geometry for polygons and line strings (private).

Replaces what imgaug 0.4.0 delegated to Shapely and to a vendored Bentley-Ottmann
segment intersection routine. Everything works on ``(N, 2)`` float arrays of
``(x, y)`` points and computes in float64.

Contents: shoelace area, even-odd point-in-polygon, all-pairs segment intersection
(tests and points, collinear overlaps included), simple-polygon validity, polygon
clipping against an axis-aligned rectangle that returns every part of a concave
polygon, polyline clipping helpers, point-to-polyline distances and the convex hull.
"""

from __future__ import annotations

import numpy as np

__all__: list[str] = []

# pairs of segments per vectorised block in the all-pairs routines
_BLOCK_PAIRS = 1 << 20


def as_points(points) -> np.ndarray:
    """Return ``points`` as a ``(N, 2)`` float64 array (always a new array)."""
    arr = np.array(points, dtype=np.float64)
    if arr.size == 0:
        return np.zeros((0, 2), dtype=np.float64)
    return arr.reshape((-1, 2))


def ring_segments(ring: np.ndarray, closed: bool = True) -> np.ndarray:
    """Return the segments of a point chain as a ``(S, 4)`` array ``x1, y1, x2, y2``.

    ``closed`` adds the segment from the last point back to the first one.
    """
    ring = as_points(ring)
    if len(ring) == 0 or (not closed and len(ring) < 2):
        return np.zeros((0, 4), dtype=np.float64)
    ends = np.roll(ring, -1, axis=0) if closed else ring[1:]
    starts = ring if closed else ring[:-1]
    return np.concatenate([starts, ends], axis=1)


def remove_consecutive_duplicates(
    ring: np.ndarray, closed: bool = True, tol: float = 0.0
) -> np.ndarray:
    """Drop points equal to their predecessor (and, if closed, last equal to first).

    Points count as equal if no coordinate differs by more than `tol`.
    """
    ring = as_points(ring)
    if len(ring) < 2:
        return ring
    keep = np.ones((len(ring),), dtype=bool)
    keep[1:] = np.any(np.abs(ring[1:] - ring[:-1]) > tol, axis=1)
    ring = ring[keep]
    if closed and len(ring) >= 2 and np.all(np.abs(ring[0] - ring[-1]) <= tol):
        ring = ring[:-1]
    return ring


# --------------------------------------------------------------------------------
# area, orientation, containment
# --------------------------------------------------------------------------------


def polygon_signed_area(ring) -> float:
    """Shoelace area of a closed ring; the sign encodes the orientation.

    Positive means counter-clockwise in a y-up frame (clockwise on screen, where y
    points down). Rings with fewer than three points have area 0.
    """
    ring = as_points(ring)
    if len(ring) < 3:
        return 0.0
    # translate to the first point: same area, less cancellation
    rel = ring - ring[0]
    x, y = rel[:, 0], rel[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))


def polygon_area(ring) -> float:
    """Absolute shoelace area of a closed ring (0 for fewer than three points)."""
    return abs(polygon_signed_area(ring))


def points_in_polygon(points, ring) -> np.ndarray:
    """Even-odd test whether points lie inside a closed ring.

    Points exactly on the outline may land on either side.

    Parameters
    ----------
    points : array-like
        ``(P, 2)`` query points.
    ring : array-like
        ``(N, 2)`` polygon outline (implicitly closed).

    Returns
    -------
    ndarray
        ``(P,)`` bool.

    """
    pts = as_points(points)
    ring = as_points(ring)
    if len(ring) < 3 or len(pts) == 0:
        return np.zeros((len(pts),), dtype=bool)
    x1, y1 = ring[:, 0], ring[:, 1]
    x2, y2 = np.roll(x1, -1), np.roll(y1, -1)
    px = pts[:, 0:1]
    py = pts[:, 1:2]
    straddles = (y1 > py) != (y2 > py)
    with np.errstate(divide="ignore", invalid="ignore"):
        x_cross = x1 + (py - y1) * (x2 - x1) / (y2 - y1)
    crossings = straddles & (px < x_cross)
    return (np.count_nonzero(crossings, axis=1) % 2) == 1


# --------------------------------------------------------------------------------
# segment intersections
# --------------------------------------------------------------------------------


def _orient(ax, ay, bx, by, cx, cy):
    """Twice the signed area of triangle abc (broadcasting)."""
    return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)


def _pairwise_intersect(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Bool matrix ``(len(a), len(b))``: do the closed segments touch or cross."""
    ax1, ay1, ax2, ay2 = (a[:, k : k + 1] for k in range(4))
    bx1, by1, bx2, by2 = (b[None, :, k] for k in range(4))
    o1 = np.sign(_orient(ax1, ay1, ax2, ay2, bx1, by1))
    o2 = np.sign(_orient(ax1, ay1, ax2, ay2, bx2, by2))
    o3 = np.sign(_orient(bx1, by1, bx2, by2, ax1, ay1))
    o4 = np.sign(_orient(bx1, by1, bx2, by2, ax2, ay2))
    crossing = (o1 * o2 <= 0) & (o3 * o4 <= 0)
    collinear = (o1 == 0) & (o2 == 0) & (o3 == 0) & (o4 == 0)
    if np.any(collinear & crossing):
        overlap_x = np.maximum(
            np.minimum(ax1, ax2), np.minimum(bx1, bx2)
        ) <= np.minimum(np.maximum(ax1, ax2), np.maximum(bx1, bx2))
        overlap_y = np.maximum(
            np.minimum(ay1, ay2), np.minimum(by1, by2)
        ) <= np.minimum(np.maximum(ay1, ay2), np.maximum(by1, by2))
        crossing &= ~collinear | (overlap_x & overlap_y)
    return crossing


def segments_intersect_matrix(seg_a, seg_b) -> np.ndarray:
    """All-pairs intersection test of two segment sets.

    Parameters
    ----------
    seg_a, seg_b : array-like
        ``(N, 4)`` and ``(M, 4)`` segments as ``x1, y1, x2, y2``.

    Returns
    -------
    ndarray
        ``(N, M)`` bool; True where the closed segments share at least one point.

    """
    a = np.asarray(seg_a, dtype=np.float64).reshape((-1, 4))
    b = np.asarray(seg_b, dtype=np.float64).reshape((-1, 4))
    if len(a) == 0 or len(b) == 0:
        return np.zeros((len(a), len(b)), dtype=bool)
    step = max(1, _BLOCK_PAIRS // len(b))
    blocks = [_pairwise_intersect(a[i : i + step], b) for i in range(0, len(a), step)]
    return np.concatenate(blocks, axis=0)


def _intersection_points_block(a, b, offset, exclude_endpoints, tol):
    """Intersection points of one block of ``a`` against all of ``b``."""
    hit = _pairwise_intersect(a, b)
    ia_idx, ib_idx = np.nonzero(hit)
    if len(ia_idx) == 0:
        empty = np.zeros((0,), dtype=np.intp)
        return empty, empty, np.zeros((0, 2)), np.zeros((0,))
    sa = a[ia_idx]
    sb = b[ib_idx]
    p = sa[:, 0:2]
    r = sa[:, 2:4] - p
    q = sb[:, 0:2]
    s = sb[:, 2:4] - q
    denom = r[:, 0] * s[:, 1] - r[:, 1] * s[:, 0]
    qp = q - p
    parallel = denom == 0

    out_a, out_b, out_t, out_u = [], [], [], []

    proper = ~parallel
    if np.any(proper):
        d = denom[proper]
        t = (qp[proper, 0] * s[proper, 1] - qp[proper, 1] * s[proper, 0]) / d
        u = (qp[proper, 0] * r[proper, 1] - qp[proper, 1] * r[proper, 0]) / d
        out_a.append(ia_idx[proper])
        out_b.append(ib_idx[proper])
        out_t.append(np.clip(t, 0.0, 1.0))
        out_u.append(np.clip(u, 0.0, 1.0))

    if np.any(parallel):
        # collinear overlaps (or degenerate, zero-length segments): report both
        # ends of the shared piece, parameterised along segment a
        pa, ra, qa, sa_ = p[parallel], r[parallel], q[parallel], s[parallel]
        rr = np.sum(ra * ra, axis=1)
        ss = np.sum(sa_ * sa_, axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            t0 = np.where(rr > 0, np.sum((qa - pa) * ra, axis=1) / rr, 0.0)
            t1 = np.where(rr > 0, np.sum((qa + sa_ - pa) * ra, axis=1) / rr, 0.0)
        lo = np.clip(np.minimum(t0, t1), 0.0, 1.0)
        hi = np.clip(np.maximum(t0, t1), 0.0, 1.0)
        for tt in (lo, hi):
            pts = pa + tt[:, None] * ra
            with np.errstate(divide="ignore", invalid="ignore"):
                uu = np.where(
                    ss > 0,
                    np.sum((pts - qa) * sa_, axis=1) / np.maximum(ss, 1e-300),
                    0.0,
                )
            out_a.append(ia_idx[parallel])
            out_b.append(ib_idx[parallel])
            out_t.append(tt)
            out_u.append(np.clip(uu, 0.0, 1.0))

    idx_a = np.concatenate(out_a)
    idx_b = np.concatenate(out_b)
    t = np.concatenate(out_t)
    u = np.concatenate(out_u)
    if exclude_endpoints:
        inner = (t > tol) & (t < 1 - tol) & (u > tol) & (u < 1 - tol)
        idx_a, idx_b, t = idx_a[inner], idx_b[inner], t[inner]
    starts = a[idx_a, 0:2]
    points = starts + t[:, None] * (a[idx_a, 2:4] - starts)
    # a shared point lies in both bounding boxes; clamping removes rounding errors
    # and makes crossings with axis-aligned segments exact
    sa, sb = a[idx_a], b[idx_b]
    lo = np.maximum(
        np.minimum(sa[:, 0:2], sa[:, 2:4]), np.minimum(sb[:, 0:2], sb[:, 2:4])
    )
    hi = np.minimum(
        np.maximum(sa[:, 0:2], sa[:, 2:4]), np.maximum(sb[:, 0:2], sb[:, 2:4])
    )
    points = np.minimum(np.maximum(points, lo), hi)
    return idx_a + offset, idx_b, points, t


def segment_intersection_points(seg_a, seg_b, exclude_endpoints=False, tol=1e-9):
    """All intersection points between two segment sets.

    A crossing or touching pair yields one point; a collinear overlap yields the two
    ends of the shared piece (one point if they coincide).

    Parameters
    ----------
    seg_a, seg_b : array-like
        ``(N, 4)`` and ``(M, 4)`` segments as ``x1, y1, x2, y2``.
    exclude_endpoints : bool, optional
        Drop intersections at (or within ``tol``, in segment parameter units, of)
        an endpoint of either segment.
    tol : float, optional
        See ``exclude_endpoints``.

    Returns
    -------
    idx_a : ndarray
        ``(K,)`` index into ``seg_a`` per intersection point.
    idx_b : ndarray
        ``(K,)`` index into ``seg_b``.
    points : ndarray
        ``(K, 2)`` float64 intersection points.
    t : ndarray
        ``(K,)`` position of each point along its ``seg_a`` segment, in ``[0, 1]``.

    """
    a = np.asarray(seg_a, dtype=np.float64).reshape((-1, 4))
    b = np.asarray(seg_b, dtype=np.float64).reshape((-1, 4))
    if len(a) == 0 or len(b) == 0:
        empty = np.zeros((0,), dtype=np.intp)
        return empty, empty, np.zeros((0, 2)), np.zeros((0,))
    step = max(1, _BLOCK_PAIRS // len(b))
    parts = [
        _intersection_points_block(a[i : i + step], b, i, exclude_endpoints, tol)
        for i in range(0, len(a), step)
    ]
    return tuple(np.concatenate([part[k] for part in parts]) for k in range(4))


def intersections_per_segment(coords, other_segments, dedup_distance=1e-9):
    """For each segment of an open point chain, its intersections with other segments.

    Parameters
    ----------
    coords : array-like
        ``(N, 2)`` points of an open polyline.
    other_segments : array-like
        ``(M, 4)`` segments to intersect with.
    dedup_distance : float, optional
        Points of the same segment closer than this to an earlier one are dropped.

    Returns
    -------
    list of list of tuple of float
        ``N - 1`` lists of ``(x, y)`` points, each sorted by distance from the
        segment's start point.

    """
    segs = ring_segments(coords, closed=False)
    result: list[list[tuple[float, float]]] = [[] for _ in range(len(segs))]
    idx_a, _idx_b, points, _t = segment_intersection_points(segs, other_segments)
    if len(idx_a) == 0:
        return result
    dist = np.sqrt(np.sum((points - segs[idx_a, 0:2]) ** 2, axis=1))
    order = np.lexsort((dist, idx_a))
    last_idx = -1
    last_point = None
    for k in order.tolist():
        i = int(idx_a[k])
        point = points[k]
        if (
            i == last_idx
            and last_point is not None
            and np.hypot(*(point - last_point)) <= dedup_distance
        ):
            continue
        result[i].append((float(point[0]), float(point[1])))
        last_idx = i
        last_point = point
    return result


# --------------------------------------------------------------------------------
# validity
# --------------------------------------------------------------------------------


def is_simple_polygon(ring) -> bool:
    """Whether a closed ring describes a valid simple polygon.

    Valid means: finite coordinates, at least three distinct consecutive points,
    non-zero area, no two non-neighbouring edges touching or crossing and no
    neighbouring edges folding back onto each other. Repeated consecutive points are
    ignored (as Shapely does).
    """
    ring = as_points(ring)
    if len(ring) < 3 or not np.all(np.isfinite(ring)):
        return False
    ring = remove_consecutive_duplicates(ring, closed=True)
    n = len(ring)
    if n < 3 or polygon_signed_area(ring) == 0.0:
        return False
    segs = ring_segments(ring, closed=True)
    # neighbouring edges share exactly their common vertex unless they fold back
    d_in = segs[:, 2:4] - segs[:, 0:2]
    d_out = np.roll(d_in, -1, axis=0)
    cross = d_in[:, 0] * d_out[:, 1] - d_in[:, 1] * d_out[:, 0]
    dot = np.sum(d_in * d_out, axis=1)
    if np.any((cross == 0) & (dot < 0)):
        return False
    if n == 3:
        return True
    hits = segments_intersect_matrix(segs, segs)
    ii, jj = np.nonzero(np.triu(hits, k=2))
    # edge 0 and edge n-1 are neighbours as well
    bad = ~((ii == 0) & (jj == n - 1))
    return not np.any(bad)


def _meet_beyond_shared(v, x, y) -> bool:
    """Whether segments ``v-x`` and ``v-y`` share more than their common point ``v``."""
    dx = x - v
    dy = y - v
    cross = dx[0] * dy[1] - dx[1] * dy[0]
    return bool(cross == 0 and (dx[0] * dy[0] + dx[1] * dy[1]) > 0)


def new_edges_keep_simple(ring, i, point) -> bool:
    """Whether inserting ``point`` after vertex ``i`` keeps a simple ring simple.

    Only the two new edges are tested against the other edges (O(N)); ``ring``
    must already be a valid simple polygon without repeated points.
    """
    ring = as_points(ring)
    n = len(ring)
    a = ring[i]
    b = ring[(i + 1) % n]
    p = np.asarray(point, dtype=np.float64)
    if np.array_equal(p, a) or np.array_equal(p, b):
        return False
    prev_vertex = ring[(i - 1) % n]
    next_vertex = ring[(i + 2) % n]
    if (
        _meet_beyond_shared(a, p, prev_vertex)
        or _meet_beyond_shared(b, p, next_vertex)
        or _meet_beyond_shared(p, a, b)
    ):
        return False
    segs = ring_segments(ring, closed=True)
    new = np.array([[a[0], a[1], p[0], p[1]], [p[0], p[1], b[0], b[1]]])
    hits = segments_intersect_matrix(new, segs)
    # the replaced edge and each new edge's neighbour were handled above
    hits[:, i] = False
    hits[0, (i - 1) % n] = False
    hits[1, (i + 1) % n] = False
    if np.any(hits):
        return False
    return polygon_signed_area(np.insert(ring, i + 1, p, axis=0)) != 0.0


# --------------------------------------------------------------------------------
# clipping
# --------------------------------------------------------------------------------


def _split_ring_by_halfplane(ring, axis, value, keep_greater):
    """Clip a closed ring to a half-plane, returning every resulting ring.

    Vertices on the boundary count as outside, a consistent symbolic perturbation
    of the boundary line inward: crossings are ordered along the line by position
    and then by that perturbation, so that parts touching in a boundary point come
    out as separate rings (degenerate ones are removed by the caller).
    """
    n = len(ring)
    side = ring[:, axis] - value if keep_greater else value - ring[:, axis]
    inside = side > 0
    if np.all(inside):
        return [ring]
    if not np.any(inside):
        return []
    nxt = np.roll(np.arange(n), -1)
    edge_idx = np.flatnonzero(inside != inside[nxt])  # crossing edges, ordered
    s_i = side[edge_idx]
    s_j = side[nxt[edge_idx]]
    p_i = ring[edge_idx]
    p_j = ring[nxt[edge_idx]]
    t = s_i / (s_i - s_j)
    points = p_i + t[:, None] * (p_j - p_i)
    points[:, axis] = value
    other = 1 - axis
    along = points[:, other]
    # derivative of the crossing position when the boundary moves inward
    tie = (p_i[:, other] - p_j[:, other]) / (s_i - s_j)
    entering = inside[nxt[edge_idx]]  # edge goes outside -> inside
    order = np.lexsort((tie, along))
    partner = np.empty(len(order), dtype=np.intp)
    nb_pairs = len(order) // 2
    partner[order[0 : 2 * nb_pairs : 2]] = order[1 : 2 * nb_pairs : 2]
    partner[order[1 : 2 * nb_pairs : 2]] = order[0 : 2 * nb_pairs : 2]
    if len(order) % 2 == 1:  # cannot happen for finite rings; keep walking safe
        partner[order[-1]] = order[-1]

    nb_cross = len(edge_idx)
    visited = np.zeros(nb_cross, dtype=bool)
    rings = []
    for start in np.flatnonzero(entering).tolist():
        if visited[start]:
            continue
        parts = []
        k = start
        while True:
            visited[k] = True
            parts.append(points[k : k + 1])
            # follow the outline from the entering crossing to the next (exiting) one
            x = (k + 1) % nb_cross
            first_vertex = nxt[edge_idx[k]]
            last_vertex = edge_idx[x]
            if last_vertex >= first_vertex:
                parts.append(ring[first_vertex : last_vertex + 1])
            else:
                parts.append(ring[first_vertex:])
                parts.append(ring[: last_vertex + 1])
            visited[x] = True
            parts.append(points[x : x + 1])
            k = int(partner[x])
            if k == start or visited[k] or not entering[k]:
                break
        rings.append(np.concatenate(parts, axis=0))
    return rings


def _cleanup_ring(ring):
    """Remove repeated points and zero-width spikes; None if nothing is left."""
    # intersection points computed from different edges may differ by float noise
    tol = 1e-9 * max(1.0, float(np.max(np.abs(ring)))) if len(ring) else 0.0
    ring = remove_consecutive_duplicates(ring, closed=True, tol=tol)
    changed = True
    while changed and len(ring) >= 3:
        prev = np.roll(ring, 1, axis=0)
        nxt = np.roll(ring, -1, axis=0)
        spike = np.all(prev == nxt, axis=1)
        changed = bool(np.any(spike))
        if changed:
            first = int(np.flatnonzero(spike)[0])
            ring = np.delete(ring, [first, (first + 1) % len(ring)], axis=0)
            ring = remove_consecutive_duplicates(ring, closed=True, tol=tol)
    if len(ring) < 3 or polygon_area(ring) == 0.0:
        return None
    return ring


def clip_polygon_to_rect(ring, x_min, y_min, x_max, y_max):
    """Intersect a polygon with an axis-aligned rectangle.

    Concave polygons may fall apart into several pieces; each is returned as its
    own ring, in the input's orientation. Pieces without area (lines, points) are
    dropped.

    Parameters
    ----------
    ring : array-like
        ``(N, 2)`` outline, implicitly closed.
    x_min, y_min, x_max, y_max : float
        The rectangle (closed).

    Returns
    -------
    list of ndarray
        ``(M, 2)`` float64 rings.

    """
    ring = remove_consecutive_duplicates(as_points(ring), closed=True)
    if len(ring) < 3:
        return []
    lo = ring.min(axis=0)
    hi = ring.max(axis=0)
    if lo[0] >= x_min and lo[1] >= y_min and hi[0] <= x_max and hi[1] <= y_max:
        cleaned = _cleanup_ring(ring)
        return [] if cleaned is None else [cleaned]
    rings = [ring]
    for axis, value, keep_greater in (
        (0, x_min, True),
        (0, x_max, False),
        (1, y_min, True),
        (1, y_max, False),
    ):
        rings = [
            piece
            for current in rings
            for piece in _split_ring_by_halfplane(current, axis, value, keep_greater)
        ]
        if not rings:
            return []
    result = []
    for piece in rings:
        cleaned = _cleanup_ring(piece)
        if cleaned is not None:
            result.append(cleaned)
    return result


def rect_edges(x_min, y_min, x_max, y_max) -> np.ndarray:
    """Return the four edges of a rectangle (top, right, bottom, left), ``(4, 4)``."""
    return np.array(
        [
            [x_min, y_min, x_max, y_min],
            [x_max, y_min, x_max, y_max],
            [x_max, y_max, x_min, y_max],
            [x_min, y_max, x_min, y_min],
        ],
        dtype=np.float64,
    )


def split_polyline(coords, outside, intersections, dedup_distance=1e-2):
    """Cut an open polyline into its pieces inside a region.

    Parameters
    ----------
    coords : ndarray
        ``(N, 2)`` points, ``N >= 2``.
    outside : ndarray
        ``(N,)`` bool, whether each point lies outside the region.
    intersections : list of list of tuple of float
        Per segment the crossings with the region's border, sorted from the
        segment's start (see :func:`intersections_per_segment`).
    dedup_distance : float, optional
        A border crossing closer than this to the previous kept point or to the
        following point of the same piece is skipped.

    Returns
    -------
    list of ndarray
        ``(M, 2)`` float64 pieces (at least one point each).

    """
    coords = as_points(coords)
    n = len(coords)
    # (point, is_crossing, is_outside)
    stream: list[tuple[np.ndarray, bool, bool]] = []
    for i in range(n - 1):
        stream.append((coords[i], False, bool(outside[i])))
        for point in intersections[i]:
            stream.append((np.asarray(point, dtype=np.float64), True, False))
    if not outside[n - 1]:
        stream.append((coords[n - 1], False, False))

    pieces = []
    current: list[np.ndarray] = []
    for k, (point, is_crossing, is_outside) in enumerate(stream):
        if is_outside:
            if current:
                pieces.append(current)
                current = []
            continue
        if not is_crossing:
            current.append(point)
            continue
        has_next = k + 1 < len(stream) and not stream[k + 1][2]
        near_prev = bool(current) and np.hypot(*(point - current[-1])) <= dedup_distance
        near_next = has_next and np.hypot(*(point - stream[k + 1][0])) <= dedup_distance
        if not near_prev and not near_next:
            current.append(point)
    if current:
        pieces.append(current)
    return [np.array(piece, dtype=np.float64) for piece in pieces]


# --------------------------------------------------------------------------------
# distances, hull
# --------------------------------------------------------------------------------


def point_to_segments_distance(points, segments) -> np.ndarray:
    """Smallest Euclidean distance of each point to a set of segments.

    Zero-length segments act as points.

    Parameters
    ----------
    points : array-like
        ``(P, 2)`` points.
    segments : array-like
        ``(S, 4)`` segments as ``x1, y1, x2, y2`` (``S >= 1``).

    Returns
    -------
    ndarray
        ``(P,)`` float64 distances.

    """
    pts = as_points(points)
    segs = np.asarray(segments, dtype=np.float64).reshape((-1, 4))
    if len(pts) == 0:
        return np.zeros((0,), dtype=np.float64)
    result = np.full((len(pts),), np.inf)
    step = max(1, _BLOCK_PAIRS // max(len(pts), 1))
    for i in range(0, len(segs), step):
        block = segs[i : i + step]
        start = block[None, :, 0:2]
        delta = block[None, :, 2:4] - start
        length_sq = np.sum(delta * delta, axis=2)
        rel = pts[:, None, :] - start
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.where(length_sq > 0, np.sum(rel * delta, axis=2) / length_sq, 0.0)
        t = np.clip(t, 0.0, 1.0)
        diff = rel - t[:, :, None] * delta
        dist = np.sqrt(np.sum(diff * diff, axis=2))
        result = np.minimum(result, dist.min(axis=1))
    return result


def point_to_polyline_distance(points, polyline) -> np.ndarray:
    """Distance of each point to an open polyline (a single point if ``N == 1``)."""
    line = as_points(polyline)
    if len(line) == 1:
        segs = np.concatenate([line, line], axis=1)
    else:
        segs = ring_segments(line, closed=False)
    return point_to_segments_distance(points, segs)


def convex_hull_indices(points) -> np.ndarray:
    """Return the indices of the convex hull vertices (monotone chain).

    The hull has positive :func:`polygon_signed_area`; points on hull edges are
    left out.
    """
    pts = as_points(points)
    n = len(pts)
    if n < 3:
        return np.arange(n)
    order = np.lexsort((pts[:, 1], pts[:, 0]))

    def _half(indices):
        chain: list[int] = []
        for idx in indices:
            while len(chain) >= 2:
                o = pts[chain[-2]]
                a = pts[chain[-1]]
                b = pts[idx]
                if (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]) > 0:
                    break
                chain.pop()
            chain.append(int(idx))
        return chain

    lower = _half(order.tolist())
    upper = _half(order[::-1].tolist())
    hull = lower[:-1] + upper[:-1]
    return np.array(hull if hull else order[:1].tolist(), dtype=np.intp)
