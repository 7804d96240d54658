"""Tests for imgaug.augmentables.normalization.

Every input form of the spec's tables (core.md 2.9) is round-tripped: the type string
is estimated, the canonical form is produced, and the inverse gives back the same
form (container types, tuples, Keypoints, array dtypes).
"""

import numbers

import numpy as np
import pytest

from imgaug.augmentables import lines, polys
from imgaug.augmentables import normalization as normalization
from imgaug.augmentables.base import IAugmentable
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage

SHAPE = (10, 12, 3)


# ---------------------------------------------------------------------------------
# Comparison helper
# ---------------------------------------------------------------------------------


def assert_same_form(observed, expected):
    """Recursively check container types, tuple values, arrays and objects."""
    if expected is None:
        assert observed is None
    elif isinstance(expected, np.ndarray):
        assert isinstance(observed, np.ndarray), type(observed)
        assert observed.dtype == expected.dtype
        assert observed.shape == expected.shape
        assert np.array_equal(observed, expected)
    elif isinstance(expected, tuple):
        assert type(observed) is tuple, type(observed)
        assert len(observed) == len(expected)
        for obs_i, exp_i in zip(observed, expected):
            if isinstance(exp_i, numbers.Real):
                assert isinstance(obs_i, numbers.Real)
                assert obs_i == exp_i
            else:
                assert_same_form(obs_i, exp_i)
    elif isinstance(expected, list):
        assert type(observed) is list, type(observed)
        assert len(observed) == len(expected)
        for obs_i, exp_i in zip(observed, expected):
            assert_same_form(obs_i, exp_i)
    elif isinstance(expected, Keypoint):
        assert isinstance(observed, Keypoint)
        assert (observed.x, observed.y) == (expected.x, expected.y)
    elif isinstance(expected, BoundingBox):
        assert isinstance(observed, BoundingBox)
        assert np.allclose(observed.coords, expected.coords)
    elif isinstance(expected, HeatmapsOnImage):
        assert isinstance(observed, HeatmapsOnImage)
        assert np.array_equal(observed.arr_0to1, expected.arr_0to1)
    elif isinstance(expected, SegmentationMapsOnImage):
        assert isinstance(observed, SegmentationMapsOnImage)
        assert np.array_equal(observed.arr, expected.arr)
    elif not isinstance(expected, IAugmentable) and hasattr(expected, "coords"):
        # Polygon, LineString
        assert type(observed) is type(expected)
        assert np.allclose(observed.coords, expected.coords)
    elif isinstance(expected, IAugmentable):
        assert type(observed) is type(expected)
        assert observed.shape == expected.shape
        assert len(observed.items) == len(expected.items)
        for obs_i, exp_i in zip(observed.items, expected.items):
            assert_same_form(obs_i, exp_i)
    else:
        raise AssertionError(f"unhandled expected type {type(expected)}")


COLUMNS = {
    "heatmaps": (
        normalization.normalize_heatmaps,
        normalization.invert_normalize_heatmaps,
        normalization.estimate_heatmaps_norm_type,
        HeatmapsOnImage,
    ),
    "segmentation_maps": (
        normalization.normalize_segmentation_maps,
        normalization.invert_normalize_segmentation_maps,
        normalization.estimate_segmaps_norm_type,
        SegmentationMapsOnImage,
    ),
    "keypoints": (
        normalization.normalize_keypoints,
        normalization.invert_normalize_keypoints,
        normalization.estimate_keypoints_norm_type,
        KeypointsOnImage,
    ),
    "bounding_boxes": (
        normalization.normalize_bounding_boxes,
        normalization.invert_normalize_bounding_boxes,
        normalization.estimate_bounding_boxes_norm_type,
        BoundingBoxesOnImage,
    ),
    "polygons": (
        normalization.normalize_polygons,
        normalization.invert_normalize_polygons,
        normalization.estimate_polygons_norm_type,
        "PolygonsOnImage",
    ),
    "line_strings": (
        normalization.normalize_line_strings,
        normalization.invert_normalize_line_strings,
        normalization.estimate_line_strings_norm_type,
        "LineStringsOnImage",
    ),
}


def _counts(canonical):
    """Items per image (coordinates) or array shapes (maps)."""
    result = []
    for item in canonical:
        if isinstance(item, HeatmapsOnImage):
            result.append(item.arr_0to1.shape)
        elif isinstance(item, SegmentationMapsOnImage):
            result.append(item.arr.shape)
        else:
            result.append(len(item.items))
    return result


# ---------------------------------------------------------------------------------
# Input forms: (column, make_input, nb_shapes, type string, canonical counts)
# make_input is a callable so that every test gets fresh objects.
# ---------------------------------------------------------------------------------


def _kp(x, y):
    return Keypoint(x=x, y=y)


def _bb(x1, y1, x2, y2):
    return BoundingBox(x1=x1, y1=y1, x2=x2, y2=y2)


def _poly(*points):
    return polys.Polygon(list(points))


def _ls(*points):
    return lines.LineString(list(points))


TRI_A = [(0, 0), (4, 0), (4, 4)]
TRI_B = [(1, 1), (5, 1), (5, 5), (1, 5)]

HEATMAP_CASES = [
    ("None", lambda: None, 0, "None", None),
    (
        "array",
        lambda: np.float32(np.linspace(0, 1, 2 * 4 * 5 * 2).reshape((2, 4, 5, 2))),
        2,
        "array[float]",
        [(4, 5, 2), (4, 5, 2)],
    ),
    (
        "single",
        lambda: HeatmapsOnImage(np.float32([[0.0, 0.5]]), shape=SHAPE),
        0,
        "HeatmapsOnImage",
        [(1, 2, 1)],
    ),
    ("empty", lambda: [], 0, "iterable[empty]", None),
    (
        "list-arrays",
        lambda: [np.zeros((4, 4, 1), np.float32), np.ones((3, 3, 2), np.float32)],
        2,
        "iterable-array[float]",
        [(4, 4, 1), (3, 3, 2)],
    ),
    (
        "list-objects",
        lambda: [
            HeatmapsOnImage(np.float32([[0.5]]), shape=SHAPE),
            HeatmapsOnImage(np.float32([[0.25]]), shape=SHAPE),
            HeatmapsOnImage(np.float32([[1.0]]), shape=SHAPE),
        ],
        0,
        "iterable-HeatmapsOnImage",
        [(1, 1, 1)] * 3,
    ),
]

SEGMAP_CASES = [
    ("None", lambda: None, 0, "None", None),
    (
        "array-int",
        lambda: np.int32(np.arange(2 * 3 * 4).reshape((2, 3, 4, 1)) % 5),
        2,
        "array[int]",
        [(3, 4, 1), (3, 4, 1)],
    ),
    (
        "array-uint",
        lambda: np.uint8(np.arange(3 * 2 * 2 * 2).reshape((3, 2, 2, 2)) % 3),
        3,
        "array[uint]",
        [(2, 2, 2)] * 3,
    ),
    (
        "array-bool",
        lambda: np.arange(2 * 2 * 3).reshape((1, 2, 3, 2)) % 2 == 0,
        1,
        "array[bool]",
        [(2, 3, 2)],
    ),
    (
        "single",
        lambda: SegmentationMapsOnImage(np.uint8([[0, 1]]), shape=SHAPE),
        0,
        "SegmentationMapsOnImage",
        [(1, 2, 1)],
    ),
    ("empty", lambda: [], 0, "iterable[empty]", None),
    (
        "list-int-arrays",
        lambda: [np.int16([[[0], [1]]]), np.int16([[[2, 3]], [[1, 1]]])],
        2,
        "iterable-array[int]",
        [(1, 2, 1), (2, 1, 2)],
    ),
    (
        "list-uint-arrays",
        lambda: [np.uint16([[[7]]])],
        1,
        "iterable-array[uint]",
        [(1, 1, 1)],
    ),
    (
        "list-bool-arrays",
        lambda: [np.array([[[True], [False]]]), np.array([[[False]]])],
        2,
        "iterable-array[bool]",
        [(1, 2, 1), (1, 1, 1)],
    ),
    (
        "list-objects",
        lambda: [SegmentationMapsOnImage(np.uint8([[1]]), shape=SHAPE)],
        0,
        "iterable-SegmentationMapsOnImage",
        [(1, 1, 1)],
    ),
]

KEYPOINT_CASES = [
    ("None", lambda: None, 0, "None", None),
    (
        "array-float",
        lambda: np.float32(np.arange(2 * 3 * 2).reshape((2, 3, 2)) + 0.5),
        2,
        "array[float]",
        [3, 3],
    ),
    (
        "array-int",
        lambda: np.int32(np.arange(1 * 2 * 2).reshape((1, 2, 2))),
        1,
        "array[int]",
        [2],
    ),
    (
        "array-uint",
        lambda: np.uint8(np.arange(3 * 1 * 2).reshape((3, 1, 2))),
        3,
        "array[uint]",
        [1, 1, 1],
    ),
    ("tuple", lambda: (1, 2), 1, "tuple[number,size=2]", [1]),
    ("tuple-float", lambda: (1.5, np.float32(2.5)), 1, "tuple[number,size=2]", [1]),
    ("Keypoint", lambda: _kp(1, 2), 1, "Keypoint", [1]),
    (
        "KeypointsOnImage",
        lambda: KeypointsOnImage([_kp(1, 2), _kp(3, 4)], shape=SHAPE),
        0,
        "KeypointsOnImage",
        [2],
    ),
    ("empty", lambda: [], 0, "iterable[empty]", None),
    (
        "list-arrays-float",
        lambda: [np.float32([[1, 2], [3, 4], [5, 6]]), np.float32([[0.5, 1.5]])],
        2,
        "iterable-array[float]",
        [3, 1],
    ),
    (
        "list-arrays-int",
        lambda: [np.int64([[1, 2]]), np.int16([[3, 4]])],
        2,
        "iterable-array[int]",
        [1, 1],
    ),
    (
        "list-arrays-uint",
        lambda: [np.uint16([[1, 2], [3, 4]])],
        1,
        "iterable-array[uint]",
        [2],
    ),
    (
        "list-tuples",
        lambda: [(1, 2), (3.5, 4)],
        1,
        "iterable-tuple[number,size=2]",
        [2],
    ),
    ("list-Keypoints", lambda: [_kp(1, 2), _kp(3, 4)], 1, "iterable-Keypoint", [2]),
    (
        "tuple-of-Keypoints",
        lambda: (_kp(1, 2), _kp(3, 4), _kp(5, 6)),
        1,
        "iterable-Keypoint",
        [3],
    ),
    (
        "list-KeypointsOnImage",
        lambda: [
            KeypointsOnImage([_kp(1, 2)], shape=SHAPE),
            KeypointsOnImage([], shape=SHAPE),
        ],
        0,
        "iterable-KeypointsOnImage",
        [1, 0],
    ),
    ("list-empty-lists", lambda: [[], []], 0, "iterable-iterable[empty]", None),
    (
        "list-lists-tuples",
        lambda: [[(1, 2)], [(3, 4), (5, 6)], []],
        3,
        "iterable-iterable-tuple[number,size=2]",
        [1, 2, 0],
    ),
    (
        "list-lists-Keypoints",
        lambda: [[_kp(1, 2), _kp(2, 3)], [_kp(4, 5)]],
        2,
        "iterable-iterable-Keypoint",
        [2, 1],
    ),
]

BOUNDING_BOX_CASES = [
    ("None", lambda: None, 0, "None", None),
    (
        "array-float",
        lambda: np.float32(
            [[[0, 1, 2, 3], [1, 1, 4, 5]], [[2, 2, 3, 3], [0, 0, 1, 1]]]
        ),
        2,
        "array[float]",
        [2, 2],
    ),
    ("array-int", lambda: np.int32([[[0, 1, 2, 3]]]), 1, "array[int]", [1]),
    ("array-uint", lambda: np.uint8([[[0, 1, 2, 3]]]), 1, "array[uint]", [1]),
    ("tuple", lambda: (0, 1, 2, 3), 1, "tuple[number,size=4]", [1]),
    ("BoundingBox", lambda: _bb(0, 1, 2, 3), 1, "BoundingBox", [1]),
    (
        "BoundingBoxesOnImage",
        lambda: BoundingBoxesOnImage([_bb(0, 1, 2, 3)], shape=SHAPE),
        0,
        "BoundingBoxesOnImage",
        [1],
    ),
    ("empty", lambda: [], 0, "iterable[empty]", None),
    (
        "list-arrays-float",
        lambda: [np.float32([[0, 1, 2, 3]]), np.float32([[1, 1, 2, 2], [0, 0, 5, 5]])],
        2,
        "iterable-array[float]",
        [1, 2],
    ),
    (
        "list-arrays-int",
        lambda: [np.int32([[0, 1, 2, 3]])],
        1,
        "iterable-array[int]",
        [1],
    ),
    (
        "list-arrays-uint",
        lambda: [np.uint8([[0, 1, 2, 3]]), np.uint8([[4, 4, 6, 6]])],
        2,
        "iterable-array[uint]",
        [1, 1],
    ),
    (
        "list-tuples",
        lambda: [(0, 1, 2, 3), (1.5, 1, 2, 2)],
        1,
        "iterable-tuple[number,size=4]",
        [2],
    ),
    (
        "list-BoundingBoxes",
        lambda: [_bb(0, 1, 2, 3), _bb(1, 1, 2, 2)],
        1,
        "iterable-BoundingBox",
        [2],
    ),
    (
        "list-BoundingBoxesOnImage",
        lambda: [BoundingBoxesOnImage([_bb(0, 1, 2, 3)], shape=SHAPE)],
        0,
        "iterable-BoundingBoxesOnImage",
        [1],
    ),
    ("list-empty-lists", lambda: [[]], 0, "iterable-iterable[empty]", None),
    (
        "list-lists-tuples",
        lambda: [[(0, 1, 2, 3)], [], [(1, 1, 2, 2), (0, 0, 1, 1)]],
        3,
        "iterable-iterable-tuple[number,size=4]",
        [1, 0, 2],
    ),
    (
        "list-lists-BoundingBoxes",
        lambda: [[_bb(0, 1, 2, 3)], [_bb(1, 1, 2, 2)]],
        2,
        "iterable-iterable-BoundingBox",
        [1, 1],
    ),
]


def _shape_cases(cls_single_name, make_single, make_oi):
    return [
        ("None", lambda: None, 0, "None", None),
        (
            "array-float",
            lambda: np.float32(np.arange(2 * 2 * 3 * 2).reshape((2, 2, 3, 2))),
            2,
            "array[float]",
            [2, 2],
        ),
        (
            "array-int",
            lambda: np.int32(np.arange(1 * 1 * 4 * 2).reshape((1, 1, 4, 2))),
            1,
            "array[int]",
            [1],
        ),
        (
            "array-uint",
            lambda: np.uint8(np.arange(1 * 2 * 3 * 2).reshape((1, 2, 3, 2))),
            1,
            "array[uint]",
            [2],
        ),
        ("single", lambda: make_single(*TRI_A), 1, cls_single_name, [1]),
        (
            "on-image",
            lambda: make_oi([make_single(*TRI_A), make_single(*TRI_B)], SHAPE),
            0,
            make_oi.__name__,
            [2],
        ),
        ("empty", lambda: [], 0, "iterable[empty]", None),
        (
            "list-arrays-float",
            lambda: [
                np.float32([TRI_A]),
                np.float32([TRI_A, [(1, 1), (2, 1), (2, 2)]]),
            ],
            2,
            "iterable-array[float]",
            [1, 2],
        ),
        (
            "list-arrays-int",
            lambda: [np.int16([TRI_B])],
            1,
            "iterable-array[int]",
            [1],
        ),
        (
            "list-arrays-uint",
            lambda: [np.uint8([TRI_A]), np.uint8([TRI_A])],
            2,
            "iterable-array[uint]",
            [1, 1],
        ),
        ("list-tuples", lambda: list(TRI_A), 1, "iterable-tuple[number,size=2]", [1]),
        (
            "list-Keypoints",
            lambda: [_kp(x, y) for x, y in TRI_B],
            1,
            "iterable-Keypoint",
            [1],
        ),
        (
            "list-singles",
            lambda: [make_single(*TRI_A), make_single(*TRI_B)],
            1,
            f"iterable-{cls_single_name}",
            [2],
        ),
        (
            "list-on-image",
            lambda: [make_oi([make_single(*TRI_A)], SHAPE), make_oi([], SHAPE)],
            0,
            f"iterable-{make_oi.__name__}",
            [1, 0],
        ),
        ("list-empty-lists", lambda: [[], []], 0, "iterable-iterable[empty]", None),
        (
            "list-lists-arrays-float",
            lambda: [[np.float32(TRI_A)], [np.float32(TRI_B), np.float32(TRI_A)]],
            2,
            "iterable-iterable-array[float]",
            [1, 2],
        ),
        (
            "list-lists-arrays-int",
            lambda: [[np.int32(TRI_A)]],
            1,
            "iterable-iterable-array[int]",
            [1],
        ),
        (
            "list-lists-arrays-uint",
            lambda: [[np.uint8(TRI_A)], []],
            2,
            "iterable-iterable-array[uint]",
            [1, 0],
        ),
        (
            "list-lists-tuples",
            lambda: [list(TRI_A), list(TRI_B)],
            1,
            "iterable-iterable-tuple[number,size=2]",
            [2],
        ),
        (
            "list-lists-Keypoints",
            lambda: [[_kp(x, y) for x, y in TRI_A]],
            1,
            "iterable-iterable-Keypoint",
            [1],
        ),
        (
            "list-lists-singles",
            lambda: [[make_single(*TRI_A)], [make_single(*TRI_B), make_single(*TRI_A)]],
            2,
            f"iterable-iterable-{cls_single_name}",
            [1, 2],
        ),
        (
            "list-lists-empty-lists",
            lambda: [[[]], [[], []]],
            0,
            "iterable-iterable-iterable[empty]",
            None,
        ),
        (
            "list-lists-lists-tuples",
            lambda: [[list(TRI_A)], [list(TRI_B), list(TRI_A)], []],
            3,
            "iterable-iterable-iterable-tuple[number,size=2]",
            [1, 2, 0],
        ),
        (
            "list-lists-lists-Keypoints",
            lambda: [[[_kp(x, y) for x, y in TRI_A]], [[_kp(x, y) for x, y in TRI_B]]],
            2,
            "iterable-iterable-iterable-Keypoint",
            [1, 1],
        ),
    ]


def _polygons_on_image(items, shape):
    return polys.PolygonsOnImage(items, shape=shape)


_polygons_on_image.__name__ = "PolygonsOnImage"


def _line_strings_on_image(items, shape):
    return lines.LineStringsOnImage(items, shape=shape)


_line_strings_on_image.__name__ = "LineStringsOnImage"

POLYGON_CASES = _shape_cases("Polygon", _poly, _polygons_on_image)
LINE_STRING_CASES = _shape_cases("LineString", _ls, _line_strings_on_image)

ALL_CASES = (
    [("heatmaps",) + case for case in HEATMAP_CASES]
    + [("segmentation_maps",) + case for case in SEGMAP_CASES]
    + [("keypoints",) + case for case in KEYPOINT_CASES]
    + [("bounding_boxes",) + case for case in BOUNDING_BOX_CASES]
    + [("polygons",) + case for case in POLYGON_CASES]
    + [("line_strings",) + case for case in LINE_STRING_CASES]
)
ALL_IDS = [f"{case[0]}-{case[1]}" for case in ALL_CASES]


def _expected_inverse(column, ntype, value):
    """What the inverse of an unchanged canonical form must look like."""
    if value is None:
        return None
    if ntype == "iterable[empty]":
        return []
    if ntype == "iterable-Keypoint" and isinstance(value, tuple):
        return list(value)  # outer containers always come back as lists
    if isinstance(value, list):
        return [_expected_inverse(column, "", v) for v in value]
    if isinstance(value, tuple) and column in ("polygons", "line_strings"):
        return tuple(float(v) for v in value)  # points are rebuilt from float32 coords
    if isinstance(value, Keypoint) and column in ("polygons", "line_strings"):
        return Keypoint(float(value.x), float(value.y))
    return value


# ---------------------------------------------------------------------------------
# Round trips over every accepted form
# ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "name", "make_input", "nb_shapes", "ntype", "counts"),
    ALL_CASES,
    ids=ALL_IDS,
)
def test_round_trip(column, name, make_input, nb_shapes, ntype, counts):
    normalize, invert, estimate, cls_oi = COLUMNS[column]
    if isinstance(cls_oi, str):
        cls_oi = getattr(polys if column == "polygons" else lines, cls_oi)
    value = make_input()
    reference = make_input()
    shapes = [SHAPE] * nb_shapes if nb_shapes > 0 else None

    assert normalization.estimate_normalization_type(value) == ntype
    assert estimate(value) == ntype

    canonical = normalize(value, shapes=shapes)
    if counts is None:
        assert canonical is None
    else:
        assert isinstance(canonical, list)
        assert all(isinstance(item, cls_oi) for item in canonical)
        assert _counts(canonical) == counts
        if nb_shapes > 0:
            assert all(item.shape == SHAPE for item in canonical)

    restored = invert(canonical, value)
    assert_same_form(restored, _expected_inverse(column, ntype, reference))
    # normalizing and restoring never modifies the input
    assert_same_form(value, reference)


@pytest.mark.parametrize(
    ("column", "name", "make_input", "nb_shapes", "ntype", "counts"),
    [case for case in ALL_CASES if case[3] > 0],
    ids=[i for i, case in zip(ALL_IDS, ALL_CASES) if case[3] > 0],
)
def test_forms_without_shape_need_image_shapes(
    column, name, make_input, nb_shapes, ntype, counts
):
    normalize = COLUMNS[column][0]
    with pytest.raises(ValueError, match="images"):
        normalize(make_input(), shapes=None)
    with pytest.raises(ValueError, match=f"exactly {nb_shapes} "):
        normalize(make_input(), shapes=[SHAPE] * (nb_shapes + 1))


def test_shapes_from_image_array_and_list_of_images():
    images = np.zeros((2, 5, 6, 3), dtype=np.uint8)
    kps = np.float32([[[1, 2]], [[3, 4]]])
    from_array = normalization.normalize_keypoints(kps, shapes=images)
    from_list = normalization.normalize_keypoints(kps, shapes=list(images))
    assert [k.shape for k in from_array] == [(5, 6, 3), (5, 6, 3)]
    assert [k.shape for k in from_list] == [(5, 6, 3), (5, 6, 3)]
    gray = np.zeros((1, 5, 6), dtype=np.uint8)
    from_gray = normalization.normalize_keypoints((1, 2), shapes=gray)
    assert from_gray[0].shape == (5, 6)


def test_single_objects_are_wrapped_not_copied():
    kpsoi = KeypointsOnImage([_kp(1, 2)], shape=SHAPE)
    assert normalization.normalize_keypoints(kpsoi)[0] is kpsoi
    kp = _kp(1, 2)
    assert normalization.normalize_keypoints(kp, shapes=[SHAPE])[0].keypoints[0] is kp
    assert normalization.invert_normalize_keypoints([kpsoi], kpsoi) is kpsoi


def test_iterable_heatmaps_count_may_differ_from_images():
    hms = [HeatmapsOnImage(np.float32([[0.5]]), shape=SHAPE)] * 3
    assert len(normalization.normalize_heatmaps(hms, shapes=[SHAPE])) == 3


# ---------------------------------------------------------------------------------
# Inverse after (simulated) augmentation
# ---------------------------------------------------------------------------------


def test_keypoints_int_array_rounded_and_clipped():
    kps = np.uint8([[[1, 2], [3, 4]]])
    canonical = normalization.normalize_keypoints(kps, shapes=[SHAPE])
    canonical[0] = KeypointsOnImage.from_xy_array(
        np.float32([[2.6, -3.0], [300.0, 4.4]]), shape=SHAPE
    )
    restored = normalization.invert_normalize_keypoints(canonical, kps)
    assert restored.dtype == np.uint8
    assert np.array_equal(restored, np.uint8([[[3, 0], [255, 4]]]))
    assert np.array_equal(kps, np.uint8([[[1, 2], [3, 4]]]))


def test_keypoints_array_becomes_list_when_counts_differ():
    kps = np.float32([[[1, 2]], [[3, 4]]])
    canonical = normalization.normalize_keypoints(kps, shapes=[SHAPE, SHAPE])
    canonical[1] = KeypointsOnImage([], shape=SHAPE)
    restored = normalization.invert_normalize_keypoints(canonical, kps)
    assert isinstance(restored, list)
    assert restored[0].shape == (1, 2)
    assert restored[1].shape == (0, 2)
    assert restored[1].dtype == np.float32


def test_keypoint_tuple_uses_raw_attributes():
    canonical = normalization.normalize_keypoints((1, 2), shapes=[SHAPE])
    canonical[0].keypoints[0].x = 3.0
    restored = normalization.invert_normalize_keypoints(canonical, (1, 2))
    assert restored == (3.0, 2)
    assert isinstance(restored[0], float)
    assert isinstance(restored[1], int)


def test_keypoint_tuple_lost_point_fails_clearly():
    canonical = normalization.normalize_keypoints((1, 2), shapes=[SHAPE])
    canonical[0] = KeypointsOnImage([], shape=SHAPE)
    with pytest.raises(ValueError, match="exactly 1 keypoints"):
        normalization.invert_normalize_keypoints(canonical, (1, 2))


def test_bounding_box_tuples_after_shift():
    bbs = [(0, 1, 2, 3)]
    canonical = normalization.normalize_bounding_boxes(bbs, shapes=[SHAPE])
    canonical[0] = canonical[0].shift(x=1.5)
    restored = normalization.invert_normalize_bounding_boxes(canonical, bbs)
    assert restored == [(1.5, 1, 3.5, 3)]


def test_bounding_box_int_array_dtype_restored():
    bbs = np.int16([[[0, 1, 2, 3]]])
    canonical = normalization.normalize_bounding_boxes(bbs, shapes=[SHAPE])
    canonical[0] = canonical[0].shift(x=0.6, y=-0.4)
    restored = normalization.invert_normalize_bounding_boxes(canonical, bbs)
    assert restored.dtype == np.int16
    assert np.array_equal(restored, np.int16([[[1, 1, 3, 3]]]))


def test_heatmaps_array_becomes_list_when_sizes_differ():
    arr = np.zeros((2, 4, 4, 1), dtype=np.float32)
    canonical = normalization.normalize_heatmaps(arr, shapes=[SHAPE, SHAPE])
    canonical[1] = canonical[1].resize((2, 2))
    restored = normalization.invert_normalize_heatmaps(canonical, arr)
    assert isinstance(restored, list)
    assert [r.shape for r in restored] == [(4, 4, 1), (2, 2, 1)]
    assert all(r.dtype == np.float32 for r in restored)


def test_segmaps_array_dtype_restored_and_list_when_sizes_differ():
    arr = np.uint8([[[[0], [1]]], [[[2], [0]]]])
    canonical = normalization.normalize_segmentation_maps(arr, shapes=[SHAPE, SHAPE])
    canonical[0] = canonical[0].pad(left=1, cval=3)
    restored = normalization.invert_normalize_segmentation_maps(canonical, arr)
    assert isinstance(restored, list)
    assert restored[0].dtype == np.uint8
    assert np.array_equal(restored[0][:, :, 0], [[3, 0, 1]])
    assert np.array_equal(restored[1], arr[1])


def test_polygon_array_with_changed_point_counts_becomes_lists():
    arr = np.float32([[TRI_A], [TRI_A]])
    canonical = normalization.normalize_polygons(arr, shapes=[SHAPE, SHAPE])
    canonical[1] = polys.PolygonsOnImage([polys.Polygon(TRI_B)], shape=SHAPE)
    restored = normalization.invert_normalize_polygons(canonical, arr)
    assert isinstance(restored, list)
    assert restored[0].shape == (1, 3, 2)
    assert restored[1].shape == (1, 4, 2)
    assert restored[0].dtype == np.float32


def test_polygon_array_int_dtype_restored():
    arr = np.int32([[TRI_A]])
    canonical = normalization.normalize_polygons(arr, shapes=[SHAPE])
    canonical[0] = canonical[0].shift(x=0.7)
    restored = normalization.invert_normalize_polygons(canonical, arr)
    assert restored.dtype == np.int32
    assert np.array_equal(restored, np.int32([[[(1, 0), (5, 0), (5, 4)]]]))


def test_polygon_list_of_tuples_comes_back_as_tuples():
    canonical = normalization.normalize_polygons(list(TRI_A), shapes=[SHAPE])
    assert len(canonical) == 1
    assert len(canonical[0].polygons) == 1
    restored = normalization.invert_normalize_polygons(canonical, list(TRI_A))
    assert restored == [(0.0, 0.0), (4.0, 0.0), (4.0, 4.0)]
    assert all(type(point) is tuple for point in restored)


def test_iterable_iterable_empty_returns_copy_of_old():
    old = [[], []]
    restored = normalization.invert_normalize_keypoints(None, old)
    assert restored == [[], []]
    assert restored is not old


def test_empty_n_array_round_trip():
    kps = np.zeros((0, 3, 2), dtype=np.int32)
    canonical = normalization.normalize_keypoints(kps, shapes=None)
    assert canonical == []
    restored = normalization.invert_normalize_keypoints(canonical, kps)
    assert_same_form(restored, kps)
    restored_none = normalization.invert_normalize_keypoints(None, kps)
    assert_same_form(restored_none, kps)


def test_inverse_with_wrong_count_fails():
    kps = np.float32([[[1, 2]], [[3, 4]]])
    canonical = normalization.normalize_keypoints(kps, shapes=[SHAPE, SHAPE])
    with pytest.raises(ValueError, match="exactly 2"):
        normalization.invert_normalize_keypoints(canonical[:1], kps)


def test_inverse_of_none_form_requires_none():
    with pytest.raises(ValueError, match="None"):
        normalization.invert_normalize_keypoints([], None)


# ---------------------------------------------------------------------------------
# Images
# ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("images", "expected_shape"),
    [
        (np.zeros((4, 5), np.uint8), (1, 4, 5, 1)),
        (np.zeros((2, 4, 5), np.uint8), (2, 4, 5, 1)),  # N grayscale images (E 2)
        (np.zeros((2, 4, 5, 3), np.float32), (2, 4, 5, 3)),
    ],
)
def test_images_array_round_trip(images, expected_shape):
    normalized = normalization.normalize_images(images)
    assert normalized.shape == expected_shape
    assert normalized.dtype == images.dtype
    restored = normalization.invert_normalize_images(normalized, images)
    assert_same_form(restored, images)


def test_images_none():
    assert normalization.normalize_images(None) is None
    assert normalization.invert_normalize_images(None, None) is None


@pytest.mark.parametrize("container", [list, tuple])
def test_images_iterable_round_trip(container):
    images = container([np.zeros((4, 5), np.uint8), np.ones((2, 3, 3), np.uint8)])
    normalized = normalization.normalize_images(images)
    assert isinstance(normalized, list)
    assert [im.shape for im in normalized] == [(4, 5, 1), (2, 3, 3)]
    restored = normalization.invert_normalize_images(normalized, images)
    assert_same_form(restored, list(images))


def test_images_array_2d_turned_into_list():
    old = np.zeros((4, 5), np.uint8)
    restored = normalization.invert_normalize_images(
        [np.ones((6, 7, 1), np.uint8)], old
    )
    assert isinstance(restored, list)
    assert len(restored) == 1
    assert restored[0].shape == (6, 7)


def test_images_array_3d_turned_into_list():
    old = np.zeros((2, 4, 5), np.uint8)
    augmented = [np.zeros((4, 5, 1), np.uint8), np.zeros((3, 3, 1), np.uint8)]
    restored = normalization.invert_normalize_images(augmented, old)
    assert [im.shape for im in restored] == [(4, 5), (3, 3)]


def test_images_array_4d_turned_into_list():
    old = np.zeros((2, 4, 5, 3), np.uint8)
    augmented = [np.zeros((4, 5, 3), np.uint8), np.zeros((3, 3, 3), np.uint8)]
    restored = normalization.invert_normalize_images(augmented, old)
    assert isinstance(restored, list)
    assert [im.shape for im in restored] == [(4, 5, 3), (3, 3, 3)]


# issue 18, item 7: 0.4.0 raises ValueError for old images of an unknown form
@pytest.mark.parametrize(
    "images_old", [False, 5, 2.5, "image", object(), [np.zeros((2, 2)), "x"]]
)
def test_images_inverse_rejects_unknown_old_forms(images_old):
    with pytest.raises(ValueError, match="images_old"):
        normalization.invert_normalize_images(False, images_old)
    with pytest.raises(ValueError, match="images_old"):
        normalization.invert_normalize_images([np.zeros((2, 2, 1))], images_old)


def test_images_inverse_count_mismatch_fails():
    old = [np.zeros((2, 2), np.uint8)]
    with pytest.raises(ValueError, match="exactly 1"):
        normalization.invert_normalize_images([], old)


@pytest.mark.parametrize(
    ("images", "exc"),
    [
        (5, ValueError),
        ("image", ValueError),
        (np.zeros((1, 1, 1, 1, 1), np.uint8), ValueError),
        (np.zeros((3,), np.uint8), ValueError),
        ([np.zeros((1, 2, 2, 3), np.uint8)], ValueError),
        ([[0, 1]], TypeError),
    ],
)
def test_images_invalid(images, exc):
    with pytest.raises(exc, match="images"):
        normalization.normalize_images(images)


# ---------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "value", "got"),
    [
        ("keypoints", [[1, 2]], "iterable-iterable-int"),  # lists are not coordinates
        ("keypoints", [1, 2], "iterable-int"),
        ("keypoints", "abc", "str"),
        ("keypoints", (1, 2, 3), "tuple[number,size=3]"),
        ("bounding_boxes", (1, 2, 3), "tuple[number,size=3]"),
        ("bounding_boxes", [_kp(1, 2)], "iterable-Keypoint"),
        ("heatmaps", np.zeros((1, 2, 2, 1), np.uint8), "array[uint]"),
        ("segmentation_maps", np.zeros((1, 2, 2, 1), np.float32), "array[float]"),
        ("polygons", (1, 2), "tuple[number,size=2]"),
        ("line_strings", [[[(0, 0, 0)]]], "iterable-iterable-iterable-tuple"),
        ("keypoints", (v for v in [(1, 2)]), "generator"),
    ],
)
def test_unknown_datatype(column, value, got):
    normalize = COLUMNS[column][0]
    with pytest.raises(AssertionError, match="unknown datatype for argument") as info:
        normalize(value, shapes=[SHAPE])
    assert f"'{column}'" in str(info.value)
    assert got in str(info.value)


def test_too_deep_nesting_fails():
    with pytest.raises(AssertionError, match="at most 4 levels"):
        normalization.estimate_normalization_type([[[[[(0, 0)]]]]])


def test_self_containing_list_does_not_recurse_forever():
    value = []
    value.append(value)
    with pytest.raises(AssertionError, match="at most 4 levels"):
        normalization.estimate_normalization_type(value)


@pytest.mark.parametrize(
    ("column", "value", "match"),
    [
        ("keypoints", np.zeros((3, 2), np.float32), "3-dimensional"),
        ("keypoints", np.zeros((1, 3, 3), np.float32), "size 2"),
        ("keypoints", [np.zeros((1, 3, 2), np.float32)], "2-dimensional"),
        ("keypoints", [np.zeros((3, 3), np.float32)], "size 2"),
        ("bounding_boxes", np.zeros((2, 4), np.float32), "3-dimensional"),
        ("bounding_boxes", np.zeros((1, 2, 5), np.float32), "size 4"),
        ("bounding_boxes", [np.zeros((2, 5), np.float32)], "size 4"),
        ("heatmaps", np.zeros((4, 4, 1), np.float32), "4-dimensional"),
        ("heatmaps", [np.zeros((4, 4), np.float32)], "3-dimensional"),
        ("segmentation_maps", np.zeros((4, 4, 1), np.int32), "4-dimensional"),
        ("segmentation_maps", [np.zeros((4, 4), np.int32)], "3-dimensional"),
        ("polygons", np.zeros((1, 3, 2), np.float32), "4-dimensional"),
        ("polygons", [np.zeros((3, 2), np.float32)], "3-dimensional"),
        ("polygons", [[np.zeros((1, 3, 2), np.float32)]], "2-dimensional"),
        ("line_strings", np.zeros((1, 1, 3, 3), np.float32), "size 2"),
    ],
)
def test_wrong_array_shapes(column, value, match):
    normalize = COLUMNS[column][0]
    with pytest.raises(ValueError, match=match):
        normalize(value, shapes=[SHAPE])


def test_heatmap_arrays_must_be_float32():
    with pytest.raises(ValueError, match="float32"):
        normalization.normalize_heatmaps(np.zeros((1, 2, 2, 1), np.float64), [SHAPE])


@pytest.mark.parametrize(
    ("column", "value", "nb_shapes"),
    [
        ("keypoints", [(1, 2), (3, 4, 5)], 1),
        ("keypoints", [[(1, 2)], [(3,)]], 2),
        ("bounding_boxes", [(0, 1, 2, 3), (0, 1)], 1),
        ("polygons", [(0, 0), (1, 1, 1)], 1),
        ("line_strings", [[(0, 0), (1, 1)], [(0, 0), 5]], 1),
    ],
)
def test_inconsistent_coordinate_tuples(column, value, nb_shapes):
    normalize = COLUMNS[column][0]
    with pytest.raises((ValueError, TypeError), match=column):
        normalize(value, shapes=[SHAPE] * nb_shapes)


@pytest.mark.parametrize(
    ("shapes", "exc"),
    [
        (np.zeros((2, 2), np.uint8), ValueError),
        (np.zeros((1, 1, 1, 1, 1), np.uint8), ValueError),
        ([5], TypeError),
        ("shape", TypeError),
    ],
)
def test_invalid_shapes(shapes, exc):
    with pytest.raises(exc, match="shapes"):
        normalization.normalize_keypoints((1, 2), shapes=shapes)


# ---------------------------------------------------------------------------------
# Type-string inference
# ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, "None"),
        ([], "iterable[empty]"),
        ((), "iterable[empty]"),
        ([[]], "iterable-iterable[empty]"),
        ([[], [[]]], "iterable-iterable-iterable[empty]"),  # deepest branch
        ([[], [(1, 2)]], "iterable-iterable-tuple[number,size=2]"),
        ([(), (1, 2)], "iterable-tuple[number,size=2]"),
        ((1, 2), "tuple[number,size=2]"),
        ((np.float32(1), np.int64(2), 3.5), "tuple[number,size=3]"),
        ((True, False), "iterable-bool"),
        ([1, 2], "iterable-int"),
        (5, "int"),
        ("abc", "str"),
        (np.zeros((1,), np.float16), "array[float]"),
        (np.zeros((1,), np.int8), "array[int]"),
        (np.zeros((1,), np.uint64), "array[uint]"),
        (np.zeros((1,), bool), "array[bool]"),
        (np.zeros((1,), np.complex64), "array[c]"),
        ([np.zeros((1,), bool)], "iterable-array[bool]"),
        (_kp(1, 2), "Keypoint"),
        ((_kp(1, 2), _kp(2, 3)), "iterable-Keypoint"),
        (_bb(0, 0, 1, 1), "BoundingBox"),  # iterable, but a leaf (has coords)
        ([_bb(0, 0, 1, 1)], "iterable-BoundingBox"),
        (KeypointsOnImage([_kp(1, 2)], shape=SHAPE), "KeypointsOnImage"),
        ([KeypointsOnImage([], shape=SHAPE)], "iterable-KeypointsOnImage"),
        ([[None]], "None"),  # a None leaf ignores its parents
    ],
)
def test_estimate_normalization_type(value, expected):
    assert normalization.estimate_normalization_type(value) == expected


def test_polygon_is_a_leaf():
    poly = polys.Polygon(TRI_A)
    assert normalization.estimate_normalization_type(poly) == "Polygon"
    assert normalization.estimate_normalization_type([[poly]]) == (
        "iterable-iterable-Polygon"
    )


def test_find_first_nonempty():
    inner = [(1, 2)]
    outer = [[], inner]
    nonempty, success, parents = normalization.find_first_nonempty(outer)
    assert (nonempty, success) == (1, True)
    assert parents == [outer, inner, (1, 2)]
    assert parents[0] is outer
    assert parents[1] is inner


def test_find_first_nonempty_empty():
    nonempty, success, parents = normalization.find_first_nonempty([])
    assert (nonempty, success, parents) == (None, False, [])
    arr = np.zeros((0,))
    nonempty, success, parents = normalization.find_first_nonempty(arr)
    assert nonempty is arr
    assert success is True


def test_nonempty_info_to_type_str():
    to_str = normalization._nonempty_info_to_type_str
    assert to_str(None, False, [[]]) == "iterable-iterable[empty]"
    assert to_str(1, True, [[(1, 2)], (1, 2)]) == "iterable-tuple[number,size=2]"
    assert to_str(np.zeros((1,), np.uint8), True, [[]]) == "iterable-array[uint]"
    with pytest.raises(AssertionError):
        to_str(1, True, [[]] * 5)


# ---------------------------------------------------------------------------------
# restore_dtype_and_merge
# ---------------------------------------------------------------------------------


def test_restore_dtype_and_merge_stacks_equal_shapes():
    result = normalization.restore_dtype_and_merge(
        [np.float32([1.4, 2.6]), np.float32([-1.0, 300.0])], np.uint8
    )
    assert isinstance(result, np.ndarray)
    assert result.dtype == np.uint8
    assert np.array_equal(result, [[1, 3], [0, 255]])


def test_restore_dtype_and_merge_keeps_list_for_different_shapes():
    result = normalization.restore_dtype_and_merge(
        [np.float32([1.6]), np.float32([1.0, 2.0])], np.int16
    )
    assert isinstance(result, list)
    assert [r.dtype for r in result] == [np.int16, np.int16]
    assert np.array_equal(result[0], [2])


def test_restore_dtype_and_merge_single_array_and_empty_list():
    arr = np.float32([0.5, 1.5])
    result = normalization.restore_dtype_and_merge(arr, np.float16)
    assert result.dtype == np.float16
    assert arr.dtype == np.float32
    assert normalization.restore_dtype_and_merge([], np.uint8) == []


def test_restore_dtype_and_merge_does_not_modify_input():
    arr = np.float64([1e6, 2.0])
    result = normalization.restore_dtype_and_merge(arr, np.float16)
    assert np.isfinite(result).all()
    assert arr[0] == 1e6
    assert normalization.restore_dtype_and_merge(arr, np.float64) is arr


def test_all_names_exist():
    for name in normalization.__all__:
        assert callable(getattr(normalization, name))
