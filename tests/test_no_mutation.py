"""Acceptance rule B: nothing is mutated unless the method name ends in ``_``.

* Every public method of the augmentable classes whose name does not end in ``_``
  leaves its object (coordinates, labels, arrays, shape, ...) and its array arguments
  untouched. Its result is then modified in place, which must not reach back into
  the original either (no ``self`` returned, no shared arrays) -- except for the
  documented shallow copies (``copy()``).
* Augmenters (every case of ``tests/cases.py``) leave the caller's data untouched
  for the entry points that ``tests/contract/test_generic.py`` does not cover: the
  legacy ``augment_<kind>()`` methods, ``augment_batch_()`` with a ``Batch`` or an
  ``UnnormalizedBatch`` (its ``*_unaug`` fields), ``augment_batches()``, raw input
  forms (keypoints as arrays, polygons as nested lists, ...), and their outputs do
  not share memory with the inputs.
* Non-``_`` augmenter methods (``copy``, ``localize_random_state``, ...) leave the
  augmenter itself unchanged.
* Public non-``_`` kernels (``fliplr``, ``pad``, ``add_scalar``, ``imresize_*``,
  pooling, ``draw_grid``, ...) leave their array arguments untouched for every dtype
  route, and stochastic parameters never modify the arrays they were built from nor
  hand out samples that alias their own state.
"""

import copy
import inspect
import warnings

import numpy as np
import pytest

import imgaug.augmenters as iaa
import imgaug.imgaug as ia
from imgaug.augmentables.batches import Batch, UnnormalizedBatch
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.lines import LineString, LineStringsOnImage
from imgaug.augmentables.polys import MultiPolygon, Polygon, PolygonsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from tests.cases import CASES, PROPERTIES

H, W = 12, 14
SHAPE = (H, W, 3)

# ================================================================ comparisons


def _state(value):
    """A comparable snapshot of `value` and everything it references."""
    if isinstance(value, np.ndarray):
        return ("ndarray", value.dtype.str, value.shape, value.tobytes())
    if isinstance(value, np.generic):
        return ("scalar", value.dtype.str, value.tobytes())
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(_state(item) for item in value))
    if isinstance(value, dict):
        return ("dict", tuple((repr(k), _state(v)) for k, v in value.items()))
    if isinstance(value, float) and value != value:
        return ("float", "nan")
    if value is None or isinstance(value, (bool, int, float, str, np.dtype)):
        return (type(value).__name__, value)
    if hasattr(value, "__dict__"):
        attrs = sorted(vars(value).items())
        return (type(value).__name__, tuple((k, _state(v)) for k, v in attrs))
    return ("repr", repr(value))


def _assert_unchanged(before, after, where):
    assert _state(before) == _state(after), f"{where} was modified"


def _arrays_in(value, seen=None):
    """All numpy arrays referenced by `value` (recursively)."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, np.ndarray):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _arrays_in(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _arrays_in(item, seen)
    elif hasattr(value, "__dict__") and not isinstance(value, type):
        for item in vars(value).values():
            yield from _arrays_in(item, seen)


def _assert_no_shared_memory(outputs, inputs, where):
    inputs = [arr for arr in _arrays_in(inputs) if arr.size > 0]
    for out in _arrays_in(outputs):
        for arr in inputs:
            assert not np.shares_memory(out, arr), f"{where}: output aliases input"


# ======================================================== augmentable objects


def _image():
    rng = np.random.default_rng(0)
    return rng.integers(0, 255, size=SHAPE).astype(np.uint8)


def _kp():
    return Keypoint(2.5, 3.25)


def _kpsoi():
    return KeypointsOnImage([Keypoint(2.5, 3.25), Keypoint(W + 1.0, 4.0)], SHAPE)


def _bb():
    return BoundingBox(2.5, 1.5, 9.25, 8.0, label="box")


def _bbsoi():
    return BoundingBoxesOnImage(
        [_bb(), BoundingBox(W - 3, H - 2, W + 4, H + 1, label=["mutable", "label"])],
        SHAPE,
    )


def _poly():
    return Polygon([(1.5, 1.0), (9.0, 2.5), (8.0, 9.0), (2.0, 7.5)], label="poly")


def _psoi():
    outside = Polygon([(W - 2, 2), (W + 5, 2), (W + 5, 8), (W - 2, 8)], label=[1])
    return PolygonsOnImage([_poly(), outside], SHAPE)


def _mpoly():
    return MultiPolygon([_poly()])


def _ls():
    return LineString([(1.0, 1.5), (8.5, 6.0), (W + 3.0, 4.0)], label="line")


def _lsoi():
    return LineStringsOnImage([_ls(), LineString([(2, 10), (11, 11)])], SHAPE)


def _heatmaps():
    arr = np.zeros((H, W, 2), dtype=np.float32)
    arr[2:7, 3:9, 0] = 0.75
    arr[5:10, 1:4, 1] = 0.25
    return HeatmapsOnImage(arr, SHAPE)


def _segmap():
    arr = np.zeros((H, W, 2), dtype=np.int32)
    arr[2:7, 3:9, 0] = 2
    arr[5:10, 1:4, 1] = 1
    return SegmentationMapsOnImage(arr, SHAPE)


def _batch():
    return Batch(
        images=_image()[np.newaxis],
        heatmaps=[_heatmaps()],
        segmentation_maps=[_segmap()],
        keypoints=[_kpsoi()],
        bounding_boxes=[_bbsoi()],
        polygons=[_psoi()],
        line_strings=[_lsoi()],
        data={"id": [1]},
    )


def _unnormalized_batch():
    return UnnormalizedBatch(
        images=_image()[np.newaxis],
        keypoints=np.float32([[[2.5, 3.0], [5.0, 6.0]]]),
        bounding_boxes=[[(1.0, 2.0, 5.0, 6.0)]],
        data=[1],
    )


OBJECTS = {
    "Keypoint": _kp,
    "KeypointsOnImage": _kpsoi,
    "BoundingBox": _bb,
    "BoundingBoxesOnImage": _bbsoi,
    "Polygon": _poly,
    "PolygonsOnImage": _psoi,
    "MultiPolygon": _mpoly,
    "LineString": _ls,
    "LineStringsOnImage": _lsoi,
    "HeatmapsOnImage": _heatmaps,
    "SegmentationMapsOnImage": _segmap,
    "Batch": _batch,
    "UnnormalizedBatch": _unnormalized_batch,
}

#: Arguments by name (a factory is called anew for every call).
ARGS_BY_NAME = {
    "image": _image,
    "from_shape": lambda: SHAPE,
    "to_shape": lambda: (2 * H, 3 * W, 3),
    "fraction": lambda: 0.5,
    "x": lambda: 3.0,
    "y": lambda: 2.0,
    "points_per_edge": lambda: 2,
    "sizes": lambda: (2 * H, W // 2),
    "block_size": lambda: 2,
    "aspect_ratio": lambda: 2.0,
    "nb_steps": lambda: 2,
    "step_size": lambda: 1.5,
    "point_idx": lambda: 2,
    "image_shape": lambda: (H, W),
}

#: Arguments per ``(class, method)`` (override ``ARGS_BY_NAME``).
ARGS_BY_METHOD = {
    ("Keypoint", "almost_equals"): {"other": _kp},
    ("Keypoint", "coords_almost_equals"): {"other": lambda: np.float32([2.5, 3.0])},
    ("Keypoint", "shift"): {"x": lambda: 1.0, "y": lambda: -2.0},
    ("KeypointsOnImage", "shift"): {"x": lambda: 1.0, "y": lambda: -2.0},
    ("KeypointsOnImage", "on"): {"image": lambda: np.zeros((2 * H, W, 1), np.uint8)},
    ("BoundingBox", "almost_equals"): {"other": _bb},
    ("BoundingBox", "coords_almost_equals"): {
        "other": lambda: np.float32([1, 2, 3, 4])
    },
    ("BoundingBox", "contains"): {"other": _kp},
    ("BoundingBox", "intersection"): {"other": lambda: BoundingBox(4, 4, 20, 20)},
    ("BoundingBox", "union"): {"other": lambda: BoundingBox(4, 4, 20, 20)},
    ("BoundingBox", "iou"): {"other": lambda: BoundingBox(4, 4, 20, 20)},
    ("BoundingBox", "extend"): {"all_sides": lambda: 1, "top": lambda: 2},
    ("BoundingBox", "shift"): {"x": lambda: 1.0, "y": lambda: -2.0},
    ("BoundingBox", "clip_out_of_image"): {"image": lambda: (4, 5, 3)},
    ("BoundingBox", "cut_out_of_image"): {"image": lambda: (4, 5, 3)},
    ("BoundingBoxesOnImage", "on"): {"image": lambda: (2 * H, W, 3)},
    ("BoundingBoxesOnImage", "shift"): {"x": lambda: 1.0, "y": lambda: -2.0},
    ("BoundingBoxesOnImage", "remove_out_of_image"): {"partly": lambda: True},
    ("Polygon", "almost_equals"): {"other": _poly},
    ("Polygon", "coords_almost_equals"): {"other": _poly},
    ("Polygon", "exterior_almost_equals"): {
        "other": lambda: np.float32([[1.5, 1.0], [9.0, 2.5], [8.0, 9.0]])
    },
    ("Polygon", "clip_out_of_image"): {"image": lambda: (6, 6, 3)},
    ("Polygon", "change_first_point_by_coords"): {"x": lambda: 9.0, "y": lambda: 2.5},
    ("Polygon", "cut_out_of_image"): {"image": lambda: (6, 6, 3)},
    ("Polygon", "shift"): {"x": lambda: 1.0, "y": lambda: -2.0},
    ("PolygonsOnImage", "on"): {"image": lambda: (2 * H, W, 3)},
    ("PolygonsOnImage", "shift"): {"x": lambda: 1.0, "y": lambda: -2.0},
    ("LineString", "almost_equals"): {"other": _ls},
    ("LineString", "coords_almost_equals"): {
        "other": lambda: np.float32([[1.0, 1.5], [8.5, 6.0]])
    },
    ("LineString", "compute_distance"): {"other": _kp},
    ("LineString", "compute_pointwise_distances"): {
        "other": lambda: LineString([(0, 0), (5, 5)])
    },
    ("LineString", "contains"): {"other": lambda: (1.0, 1.5)},
    ("LineString", "concatenate"): {"other": lambda: np.float32([[20, 20], [21, 22]])},
    ("LineString", "find_intersections_with"): {
        "other": lambda: LineString([(0, 5), (20, 5)])
    },
    ("LineString", "shift"): {"x": lambda: 1.0, "y": lambda: -2.0},
    ("LineStringsOnImage", "on"): {"image": lambda: (2 * H, W, 3)},
    ("LineStringsOnImage", "shift"): {"x": lambda: 1.0, "y": lambda: -2.0},
    ("HeatmapsOnImage", "pad"): {
        "top": lambda: 1,
        "left": lambda: 2,
        "mode": lambda: "edge",
    },
    ("HeatmapsOnImage", "draw"): {"size": lambda: (H // 2, W)},
    ("HeatmapsOnImage", "scale"): {"sizes": lambda: 0.5},
    ("SegmentationMapsOnImage", "pad"): {"bottom": lambda: 2, "right": lambda: 1},
    ("SegmentationMapsOnImage", "draw"): {"size": lambda: 2.0},
    ("SegmentationMapsOnImage", "scale"): {"sizes": lambda: 0.5},
    ("SegmentationMapsOnImage", "draw_on_image"): {
        "image": _image,
        "draw_background": lambda: True,
    },
    ("UnnormalizedBatch", "fill_from_augmented_normalized_batch"): {
        "batch_aug_norm": lambda: _augmented_normalized_batch()
    },
}

#: Methods that are documented to share data with the object (shallow copies).
SHARING_METHODS = {
    ("KeypointsOnImage", "copy"): "shallow copy: same Keypoint objects",
    ("BoundingBoxesOnImage", "copy"): "shallow copy: same BoundingBox objects",
    ("PolygonsOnImage", "copy"): "shallow copy: same Polygon objects",
    ("LineStringsOnImage", "copy"): "shallow copy: same LineString objects",
    ("LineString", "copy"): "shallow copy: shares the coordinate array",
    ("SegmentationMapsOnImage", "copy"): "shallow copy: shares the class-id array",
    ("Batch", "to_normalized_batch"): "returns the batch itself (0.4.0)",
    (
        "UnnormalizedBatch",
        "to_normalized_batch",
    ): "normalization keeps the user's arrays (no copy); augmentation copies them",
    (
        "UnnormalizedBatch",
        "fill_from_augmented_normalized_batch",
    ): "new batch holding the same *_unaug inputs (0.4.0)",
}

#: Public methods not called here, with the reason.
NOT_CALLED = {
    ("Polygon", "to_shapely_polygon"): "needs the optional package shapely",
    ("Polygon", "to_shapely_line_string"): "needs the optional package shapely",
    ("Polygon", "from_shapely"): "needs the optional package shapely",
    ("MultiPolygon", "from_shapely"): "needs the optional package shapely",
}


def _augmented_normalized_batch():
    batch = _unnormalized_batch().to_normalized_batch()
    result = iaa.Fliplr(1.0).augment_batch_(batch)
    return result


def _public_methods(cls, constructors=False):
    """Public non-``_`` instance methods (or class/static methods) of `cls`."""
    names = []
    for name in dir(cls):
        if name.startswith("_") or name.endswith("_"):
            continue
        static = inspect.getattr_static(cls, name)
        if isinstance(static, property) or not callable(getattr(cls, name)):
            continue
        if isinstance(static, (classmethod, staticmethod)) == constructors:
            names.append(name)
    return names


def _method_cases():
    params = []
    for cls_name, factory in OBJECTS.items():
        cls = type(factory())
        for method in _public_methods(cls):
            if (cls_name, method) in NOT_CALLED:
                continue
            params.append(pytest.param(cls_name, method, id=f"{cls_name}.{method}"))
    return params


def _build_args(cls_name, method, func):
    specific = ARGS_BY_METHOD.get((cls_name, method), {})
    kwargs = {}
    for param in list(inspect.signature(func).parameters.values()):
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        if param.name in specific:
            kwargs[param.name] = specific[param.name]()
        elif param.default is inspect.Parameter.empty:
            assert param.name in ARGS_BY_NAME, (
                f"add an argument for {cls_name}.{method}({param.name}=...)"
            )
            kwargs[param.name] = ARGS_BY_NAME[param.name]()
    for name, make in specific.items():
        kwargs.setdefault(name, make())
    return kwargs


def _mutate_in_place(value):
    """Change `value` (a method's result) in place as far as possible."""
    if isinstance(value, np.ndarray):
        if value.flags.writeable and value.size > 0:
            value[...] = 1 if value.dtype.kind in "biu" else 0.123
    elif isinstance(value, (list, tuple)):
        for item in value:
            _mutate_in_place(item)
    elif isinstance(value, (Keypoint, BoundingBox, Polygon, LineString)):
        value.shift_(x=7, y=5)
    elif isinstance(
        value,
        (KeypointsOnImage, BoundingBoxesOnImage, PolygonsOnImage, LineStringsOnImage),
    ):
        for item in list(value.items):
            _mutate_in_place(item)
        value.shift_(x=3, y=2)
        value.items.append(value.items[0] if value.items else None)
        value.shape = (1, 1, 1)
    elif isinstance(value, HeatmapsOnImage):
        value.arr_0to1[...] = 0.5
        value.shape = (1, 1, 1)
    elif isinstance(value, SegmentationMapsOnImage):
        value.arr[...] = 3
        value.shape = (1, 1, 1)
    elif isinstance(value, MultiPolygon):
        for geom in value.geoms:
            _mutate_in_place(geom)
    elif isinstance(value, (Batch, UnnormalizedBatch)):
        for attr in list(vars(value).values()):
            _mutate_in_place(attr)


@pytest.mark.parametrize("cls_name, method", _method_cases())
def test_augmentable_method_does_not_mutate(cls_name, method):
    obj = OBJECTS[cls_name]()
    func = getattr(obj, method)
    kwargs = _build_args(cls_name, method, func)
    obj_before = copy.deepcopy(obj)
    kwargs_before = copy.deepcopy(kwargs)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # deprecated aliases are called too
        result = func(**kwargs)

    _assert_unchanged(obj_before, obj, f"{cls_name} after .{method}()")
    _assert_unchanged(kwargs_before, kwargs, f"arguments of {cls_name}.{method}()")
    if (cls_name, method) in SHARING_METHODS:
        return
    if result is not None and not isinstance(result, (bool, int, float, str)):
        assert result is not obj, f"{cls_name}.{method}() returned the object itself"
    _mutate_in_place(result)
    _assert_unchanged(
        obj_before, obj, f"{cls_name} after changing .{method}()'s result"
    )
    _assert_unchanged(kwargs_before, kwargs, f"arguments via {method}()'s result")


def test_every_public_method_is_checked():
    """New public methods get called automatically; they may need arguments here."""
    for cls_name, factory in OBJECTS.items():
        cls = type(factory())
        for method in _public_methods(cls):
            if (cls_name, method) in NOT_CALLED:
                continue
            _build_args(cls_name, method, getattr(factory(), method))
    constructors = {
        f"{name}.{method}"
        for name, factory in OBJECTS.items()
        for method in _public_methods(type(factory()), constructors=True)
        if (name, method) not in NOT_CALLED
    }
    assert constructors <= set(CONSTRUCTOR_CALLS)
    assert set(SHARING_METHODS) <= {
        (name, method)
        for name, factory in OBJECTS.items()
        for method in _public_methods(type(factory()))
    }


#: Class/static constructors and their array arguments.
CONSTRUCTOR_CALLS = {
    "KeypointsOnImage.from_xy_array": (
        KeypointsOnImage.from_xy_array,
        lambda: {"xy": np.float32([[1, 2], [3, 4]]), "shape": SHAPE},
    ),
    "KeypointsOnImage.from_coords_array": (
        KeypointsOnImage.from_coords_array,
        lambda: {"coords": np.float32([[1, 2], [3, 4]]), "shape": SHAPE},
    ),
    "KeypointsOnImage.from_keypoint_image": (
        KeypointsOnImage.from_keypoint_image,
        lambda: {"image": _kpsoi().to_keypoint_image(size=3)},
    ),
    "KeypointsOnImage.from_distance_maps": (
        KeypointsOnImage.from_distance_maps,
        lambda: {"distance_maps": _kpsoi().to_distance_maps()},
    ),
    "BoundingBox.from_point_soup": (
        BoundingBox.from_point_soup,
        lambda: {"xy": np.float32([[1, 2], [5, 1], [3, 7]])},
    ),
    "BoundingBoxesOnImage.from_xyxy_array": (
        BoundingBoxesOnImage.from_xyxy_array,
        lambda: {"xyxy": np.float32([[3, 4, 1, 2]]), "shape": SHAPE},
    ),
    "BoundingBoxesOnImage.from_point_soups": (
        BoundingBoxesOnImage.from_point_soups,
        lambda: {"xy": np.float32([[1, 2, 5, 1, 3, 7]]), "shape": SHAPE},
    ),
    "LineStringsOnImage.from_xy_arrays": (
        LineStringsOnImage.from_xy_arrays,
        lambda: {"xy": [np.float32([[1, 2], [3, 4]])], "shape": SHAPE},
    ),
    "Polygon": (
        Polygon,
        lambda: {"exterior": np.float32([[0, 0], [4, 0], [4, 4], [0, 0]])},
    ),
    "LineString": (LineString, lambda: {"coords": np.float64([[0, 0], [4, 0]])}),
    "HeatmapsOnImage": (
        HeatmapsOnImage,
        lambda: {
            "arr": np.float32([[0.0, 2.0], [4.0, 1.0]]),
            "shape": (2, 2),
            "min_value": 0.0,
            "max_value": 4.0,
        },
    ),
    "HeatmapsOnImage-out-of-range": (
        HeatmapsOnImage,
        lambda: {"arr": np.float32([[0.0, 1.5], [-0.5, 1.0]]), "shape": (2, 2)},
    ),
    "HeatmapsOnImage.from_uint8": (
        HeatmapsOnImage.from_uint8,
        lambda: {"arr_uint8": np.uint8([[0, 255]]), "shape": (1, 2)},
    ),
    "HeatmapsOnImage.from_0to1": (
        HeatmapsOnImage.from_0to1,
        lambda: {
            "arr_0to1": np.float32([[0.0, 0.5]]),
            "shape": (1, 2),
            "min_value": -1.0,
            "max_value": 1.0,
        },
    ),
    "HeatmapsOnImage.change_normalization": (
        HeatmapsOnImage.change_normalization,
        lambda: {
            "arr": np.float32([[0.0, 0.5]]),
            "source": (0.0, 1.0),
            "target": (-1.0, 1.0),
        },
    ),
    "SegmentationMapsOnImage-bool": (
        SegmentationMapsOnImage,
        lambda: {"arr": np.array([[True, False]]), "shape": (1, 2)},
    ),
    "SegmentationMapsOnImage-uint8": (
        SegmentationMapsOnImage,
        lambda: {"arr": np.uint8([[[1], [2]]]), "shape": (1, 2)},
    ),
}


@pytest.mark.parametrize("name", list(CONSTRUCTOR_CALLS))
def test_constructors_do_not_mutate_their_inputs(name):
    func, make_kwargs = CONSTRUCTOR_CALLS[name]
    kwargs = make_kwargs()
    before = copy.deepcopy(kwargs)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # out-of-range heatmaps warn
        func(**kwargs)
    _assert_unchanged(before, kwargs, f"arguments of {name}")


# ================================================================= augmenters

# cases defined only for large images (imgcorruptlike: >= 32x32) are checked for
# mutation by tests/contract (test_no_mutation_of_inputs) at a valid size
_CASE_PARAMS = [
    pytest.param(name, make, id=name)
    for name, make in CASES.items()
    if PROPERTIES[name]["min_size"] <= 1
]


def _seeded(make, seed=3):
    aug = make()
    aug.seed_(seed)
    return aug


def _aug_images(n=2):
    rng = np.random.default_rng(5)
    images = rng.integers(0, 256, size=(n, H, W, 3)).astype(np.uint8)
    images[:, 2:6, 3:8] = 255
    return images


def _aug_annotations(n=2):
    return {
        "heatmaps": [_heatmaps() for _ in range(n)],
        "segmentation_maps": [_segmap() for _ in range(n)],
        "keypoints": [_kpsoi() for _ in range(n)],
        "bounding_boxes": [_bbsoi() for _ in range(n)],
        "polygons": [_psoi() for _ in range(n)],
        "line_strings": [_lsoi() for _ in range(n)],
    }


_LEGACY = {
    "heatmaps": "augment_heatmaps",
    "segmentation_maps": "augment_segmentation_maps",
    "keypoints": "augment_keypoints",
    "bounding_boxes": "augment_bounding_boxes",
    "polygons": "augment_polygons",
    "line_strings": "augment_line_strings",
}


def _check_call(where, call, *inputs):
    before = copy.deepcopy(inputs)
    outputs = call()
    _assert_unchanged(before, inputs, where)
    _assert_no_shared_memory(outputs, inputs, where)
    return outputs


@pytest.mark.parametrize("name, make", _CASE_PARAMS)
def test_legacy_entry_points_do_not_mutate(name, make):
    images = _aug_images()
    aug = _seeded(make)
    _check_call("augment_images(array)", lambda: aug.augment_images(images), images)
    image_list = list(_aug_images())
    _check_call(
        "augment_images(list)", lambda: aug.augment_images(image_list), image_list
    )
    image = _aug_images(1)[0]
    _check_call("augment_image", lambda: aug.augment_image(image), image)
    for kind, value in _aug_annotations().items():
        method = getattr(aug, _LEGACY[kind])
        _check_call(f"{_LEGACY[kind]}(list)", lambda m=method, v=value: m(v), value)
        single = value[0]
        _check_call(f"{_LEGACY[kind]}(single)", lambda m=method, v=single: m(v), single)


@pytest.mark.parametrize("name, make", _CASE_PARAMS)
def test_augment_batch_keeps_batch_inputs(name, make):
    images = _aug_images()
    batch = Batch(images=images, **_aug_annotations())
    unaug_before = copy.deepcopy(
        {k: v for k, v in vars(batch).items() if "_unaug" in k}
    )
    result = _seeded(make).augment_batch_(batch)
    assert result is batch
    unaug_after = {k: v for k, v in vars(batch).items() if "_unaug" in k}
    _assert_unchanged(unaug_before, unaug_after, "Batch *_unaug after augment_batch_")
    augmented = {k: v for k, v in vars(batch).items() if k.endswith("_aug")}
    _assert_no_shared_memory(augmented, unaug_after, "Batch *_aug vs *_unaug")


def _raw_inputs(n=2):
    """Every column in a non-object form that normalization accepts."""
    heatmaps = np.zeros((n, H, W, 1), dtype=np.float32)
    heatmaps[:, 2:6, 3:8] = 0.5
    segmaps = np.zeros((n, H, W, 1), dtype=np.int32)
    segmaps[:, 2:6, 3:8] = 1
    return {
        "images": _aug_images(n),
        "heatmaps": heatmaps,
        "segmentation_maps": segmaps,
        "keypoints": np.float32([[[2.5, 3.0], [9.0, 4.5]]] * n),
        "bounding_boxes": np.float32([[[1.0, 2.0, 6.0, 8.0]]] * n),
        "polygons": [[[(1.0, 1.0), (8.0, 2.0), (5.0, 9.0)]] for _ in range(n)],
        "line_strings": [[[(1.0, 1.0), (8.0, 2.0), (12.0, 9.0)]] for _ in range(n)],
    }


@pytest.mark.parametrize("name, make", _CASE_PARAMS)
def test_raw_input_forms_are_not_mutated(name, make):
    raw = _raw_inputs()
    aug = _seeded(make)
    _check_call("aug(<raw forms>)", lambda: aug(**raw), raw)
    batch = UnnormalizedBatch(**_raw_inputs(), data={"tag": [1]})
    before = copy.deepcopy(vars(batch))
    aug.augment_batch_(batch)
    after = {k: v for k, v in vars(batch).items() if not k.endswith("_aug")}
    _assert_unchanged(
        {k: v for k, v in before.items() if not k.endswith("_aug")},
        after,
        "UnnormalizedBatch *_unaug/data after augment_batch_",
    )
    augmented = {k: v for k, v in vars(batch).items() if k.endswith("_aug")}
    _assert_no_shared_memory(augmented, after, "UnnormalizedBatch *_aug vs *_unaug")


@pytest.mark.parametrize("name, make", _CASE_PARAMS)
def test_augment_batches_keeps_inputs(name, make):
    batches = [
        UnnormalizedBatch(
            images=_aug_images(), keypoints=_aug_annotations()["keypoints"]
        ),
        Batch(
            images=list(_aug_images()),
            bounding_boxes=_aug_annotations()["bounding_boxes"],
        ),
    ]
    before = [copy.deepcopy(vars(batch)) for batch in batches]
    results = list(_seeded(make).augment_batches(batches))
    assert len(results) == 2
    for batch, state in zip(batches, before, strict=True):
        _assert_unchanged(state, vars(batch), "input batch of augment_batches")
    inputs = [
        {k: v for k, v in vars(batch).items() if k.endswith("_unaug")}
        for batch in batches
    ]
    outputs = [
        {k: v for k, v in vars(result).items() if k.endswith("_aug")}
        for result in results
    ]
    _assert_no_shared_memory(outputs, inputs, "augment_batches output vs input")


@pytest.mark.parametrize("name, make", _CASE_PARAMS)
def test_deterministic_copies_do_not_mutate(name, make):
    images = _aug_images()
    annotations = _aug_annotations()
    det = _seeded(make).to_deterministic()
    for _ in range(2):
        _check_call(
            "deterministic aug(...)",
            lambda: det(images=images, **annotations),
            images,
            annotations,
        )


@pytest.mark.parametrize("name, make", _CASE_PARAMS)
def test_augmenter_methods_do_not_change_the_augmenter(name, make):
    aug = _seeded(make)
    other = _seeded(make, seed=9)
    state = _augmenter_state(aug)
    other_state = _augmenter_state(other)
    copies = [
        aug.copy(),
        aug.deepcopy(),
        aug.localize_random_state(),
        aug.copy_random_state(other),
        aug.remove_augmenters(lambda a, parents: False),
    ]
    aug.get_parameters()
    aug.get_children_lists()
    aug.get_all_children(flat=True)
    aug.find_augmenters(lambda a, parents: True)
    str(aug)
    assert _augmenter_state(aug) == state
    assert _augmenter_state(other) == other_state
    for result in copies:
        assert result is not aug
    # changing a deep copy (its RNG) does not reach back into the original
    copies[1].seed_(123)
    assert _augmenter_state(aug) == state


def _augmenter_state(aug):
    return [
        (
            type(a).__name__,
            a.name,
            bool(a.deterministic),
            str(a.get_parameters()),
            _state(a.random_state.state),
        )
        for a in [aug, *aug.get_all_children(flat=True)]
    ]


def test_draw_grid_does_not_mutate_images():
    images = _aug_images()
    before = images.copy()
    iaa.Affine(rotate=(-20, 20), seed=1).draw_grid(images, rows=2, cols=2)
    assert np.array_equal(images, before)


# ============================================================ public kernels


def _kernel_image(dtype, shape=(H, W, 3)):
    rng = np.random.default_rng(11)
    if np.dtype(dtype).kind == "b":
        return rng.random(shape) > 0.5
    return rng.integers(0, 100, size=shape).astype(dtype)


_KERNEL_DTYPES = ("uint8", "int16", "float32", "bool")

#: ``name -> (function, kwargs factory taking a dtype, output may alias input)``.
KERNEL_CALLS = {
    "flip.fliplr": (iaa.fliplr, lambda dt: {"arr": _kernel_image(dt)}, True),
    "flip.flipud": (iaa.flipud, lambda dt: {"arr": _kernel_image(dt)}, True),
    "size.pad": (
        iaa.pad,
        lambda dt: {"arr": _kernel_image(dt), "top": 1, "left": 2, "mode": "edge"},
        False,
    ),
    "size.pad-no-padding": (iaa.pad, lambda dt: {"arr": _kernel_image(dt)}, False),
    "size.pad_to_aspect_ratio": (
        iaa.pad_to_aspect_ratio,
        lambda dt: {"arr": _kernel_image(dt), "aspect_ratio": 2.0},
        False,
    ),
    "size.pad_to_multiples_of": (
        iaa.pad_to_multiples_of,
        lambda dt: {
            "arr": _kernel_image(dt),
            "height_multiple": 5,
            "width_multiple": 5,
            "mode": "reflect",
        },
        False,
    ),
    "size.compute_paddings_to_reach_aspect_ratio": (
        iaa.compute_paddings_to_reach_aspect_ratio,
        lambda dt: {"arr": _kernel_image(dt), "aspect_ratio": 2.0},
        False,
    ),
    "meta.shuffle_channels": (
        iaa.shuffle_channels,
        lambda dt: {"image": _kernel_image(dt), "random_state": 1},
        False,
    ),
    "meta.copy_arrays": (
        iaa.copy_arrays,
        lambda dt: {"arrays": [_kernel_image(dt), _kernel_image(dt)]},
        False,
    ),
    "meta.clip_augmented_images": (
        iaa.clip_augmented_images,
        lambda dt: {
            "images": _kernel_image(dt)[np.newaxis],
            "min_value": 10,
            "max_value": 50,
        },
        False,
    ),
    "ia.imresize_many_images": (
        ia.imresize_many_images,
        lambda dt: {"images": _kernel_image(dt)[np.newaxis], "sizes": (7, 9)},
        False,
    ),
    "ia.imresize_many_images-same-size": (
        ia.imresize_many_images,
        lambda dt: {"images": [_kernel_image(dt)], "sizes": (H, W)},
        False,
    ),
    "ia.imresize_single_image": (
        ia.imresize_single_image,
        lambda dt: {
            "image": _kernel_image(dt),
            "sizes": 2.0,
            "interpolation": "nearest",
        },
        False,
    ),
    "ia.avg_pool": (
        ia.avg_pool,
        lambda dt: {"arr": _kernel_image(dt), "block_size": 3},
        False,
    ),
    "ia.max_pool": (
        ia.max_pool,
        lambda dt: {"arr": _kernel_image(dt), "block_size": (2, 3)},
        False,
    ),
    "ia.min_pool": (
        ia.min_pool,
        lambda dt: {"arr": _kernel_image(dt), "block_size": 2},
        False,
    ),
    "ia.median_pool": (
        ia.median_pool,
        lambda dt: {"arr": _kernel_image(dt), "block_size": 3},
        False,
    ),
    "ia.draw_grid": (
        ia.draw_grid,
        lambda dt: {"images": [_kernel_image(dt), _kernel_image(dt)]},
        False,
    ),
    "ia.draw_text": (
        ia.draw_text,
        lambda dt: {"img": _kernel_image("uint8"), "y": 1, "x": 1, "text": "A"},
        False,
    ),
    "ia.apply_lut": (
        ia.apply_lut,
        lambda dt: {
            "image": _kernel_image("uint8"),
            "table": np.arange(256)[::-1].astype(np.uint8),
        },
        False,
    ),
}
KERNEL_CALLS["arithmetic.add_scalar"] = (
    iaa.add_scalar,
    lambda dt: {"image": _kernel_image(dt), "value": 3},
    False,
)
KERNEL_CALLS["arithmetic.add_scalar-per-channel"] = (
    iaa.add_scalar,
    lambda dt: {"image": _kernel_image(dt), "value": np.float32([1, -2, 3])},
    False,
)
KERNEL_CALLS["arithmetic.multiply_scalar"] = (
    iaa.multiply_scalar,
    lambda dt: {"image": _kernel_image(dt), "multiplier": 1.5},
    False,
)
KERNEL_CALLS["arithmetic.add_elementwise"] = (
    iaa.add_elementwise,
    lambda dt: {"image": _kernel_image(dt), "values": np.full((H, W, 3), 2, np.int16)},
    False,
)
KERNEL_CALLS["arithmetic.multiply_elementwise"] = (
    iaa.multiply_elementwise,
    lambda dt: {
        "image": _kernel_image(dt),
        "multipliers": np.full((H, W, 1), 1.5, np.float32),
    },
    False,
)
KERNEL_CALLS["arithmetic.multiply_elementwise-bool"] = (
    iaa.multiply_elementwise,
    lambda dt: {
        "image": _kernel_image(dt),
        "multipliers": np.ones((H, W, 3), dtype=bool),
    },
    False,
)


def _kernel_cases():
    params = []
    for name in KERNEL_CALLS:
        for dtype in _KERNEL_DTYPES:
            params.append(pytest.param(name, dtype, id=f"{name}-{dtype}"))
    return params


@pytest.mark.parametrize("name, dtype", _kernel_cases())
def test_public_kernels_do_not_mutate(name, dtype):
    func, make_kwargs, may_alias = KERNEL_CALLS[name]
    kwargs = make_kwargs(dtype)
    before = copy.deepcopy(kwargs)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # deprecated clip_augmented_images
        result = func(**kwargs)
    _assert_unchanged(before, kwargs, f"arguments of {name} ({dtype})")
    if not may_alias:
        _assert_no_shared_memory(result, kwargs, f"{name} ({dtype})")


# ============================================================ parameters


def _parameter_inputs():
    return {
        "choice_a": np.float32([-3.0, 1.5, 4.0]),
        "choice_p": np.float64([0.2, 0.3, 0.5]),
        "list_values": np.int32([-2, 5, 7]),
        "handle_values": np.float64([-1.0, 2.0]),
    }


def _wrapped_parameters(inputs):
    """Parameters built from caller arrays, wrapped in in-place transformations."""
    import imgaug.parameters as iap

    choice = iap.Choice(inputs["choice_a"], p=inputs["choice_p"])
    dlist = iap.DeterministicList(inputs["list_values"])
    handled = iap.handle_continuous_param(inputs["handle_values"], "x")
    return [
        choice,
        dlist,
        handled,
        iap.Clip(choice, -1, 2),
        iap.Clip(dlist, 0, 6),
        iap.Discretize(choice),
        iap.Absolute(dlist),
        iap.RandomSign(choice),
        iap.ForceSign(dlist, positive=True, mode="reroll"),
        iap.Multiply(choice, 2.0, elementwise=True),
        iap.Add(dlist, handled),
        iap.Power(iap.Absolute(choice), 2),
        iap.Sigmoid(choice, threshold=0),
        iap.IterativeNoiseAggregator(choice, iterations=2),
    ]


def test_parameters_keep_caller_arrays_and_own_state():
    inputs = _parameter_inputs()
    before = copy.deepcopy(inputs)
    params = _wrapped_parameters(inputs)
    for param in params:
        first = param.draw_samples((3, 4), random_state=1)
        expected = param.draw_samples((3, 4), random_state=1)
        _mutate_in_place(first)
        again = param.draw_samples((3, 4), random_state=1)
        assert np.array_equal(again, expected), f"{param} reuses returned samples"
    _assert_unchanged(before, inputs, "arrays given to stochastic parameters")
