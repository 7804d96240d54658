"""Acceptance rule A: bad input is rejected early, with an error naming the argument.

Every constructor and public helper given a wrong type or an out-of-range value must
raise a ``ValueError`` or ``TypeError`` (``imgaug.validation.InvalidValueError`` /
``InvalidTypeError`` where the check is ours) whose message names the argument --
never a silent wrong result and never a bare ``AttributeError``/``IndexError``/
``KeyError``/``cv2.error`` from deep inside.

The checks are data: one table row per call, ``(callable, kwargs, exception type,
name that must appear in the message)``. Augmenter constructors are enumerated from
``imgaug.augmenters``; their wrong values come from a table keyed by argument name
(``AUGMENTER_ARG_KINDS``, with per-class overrides), and a coverage test makes sure
that every argument of every augmenter has bad values to try.
"""

import functools
import inspect
import re
import warnings
from typing import Any, NamedTuple

import numpy as np
import pytest

import imgaug.augmenters as iaa
import imgaug.dtypes as iadt
import imgaug.imgaug as ia
import imgaug.parameters as iap
import imgaug.random as iarandom
from imgaug.augmentables.batches import Batch, UnnormalizedBatch
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.lines import LineString, LineStringsOnImage
from imgaug.augmentables.polys import MultiPolygon, Polygon, PolygonsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage

V = ValueError
T = TypeError
NAN = float("nan")


class _Opaque:
    """A value of a type no API accepts (``repr`` without a memory address)."""

    def __repr__(self):
        return "<opaque>"


OBJ = _Opaque()


class Case(NamedTuple):
    """One bad call: ``func(**kwargs)`` raises `exc` naming `name`."""

    func: Any
    kwargs: dict
    exc: type
    name: str
    label: str


def _func_label(func):
    if isinstance(func, functools.partial):
        return _func_label(func.func)
    return getattr(func, "__qualname__", getattr(func, "__name__", repr(func)))


def _value_label(value):
    text = repr(value)
    return text if len(text) <= 24 else text[:21] + "..."


def case(func, exc, name=None, /, **kwargs):
    """Build a table row; `name` defaults to the single (last) keyword argument."""
    if name is None:
        name = list(kwargs)[-1]
    label = f"{_func_label(func)}-{name}=" + ",".join(
        _value_label(v) for k, v in kwargs.items() if k == name
    )
    return Case(func, kwargs, exc, name, label)


def rows(func, name, bad_values, /, **fixed):
    """Rows calling ``func(**fixed, name=value)`` for every ``(value, exc)``."""
    return [
        case(func, exc, name, **fixed, **{name: value}) for value, exc in bad_values
    ]


def _name_pattern(name):
    """Regex finding argument `name` in a message (quoted if it is very short)."""
    escaped = re.escape(name)
    if len(name) <= 2:
        # "a"/"p"/"x" are English words too: require a quote or an argument phrase
        return (
            rf"['`]{escaped}['`\[]|"
            rf"(?:Expected|argument|parameter|probability) {escaped}\b"
        )
    return rf"(?<![A-Za-z0-9_]){escaped}(?![A-Za-z0-9_])"


def check_case(item):
    with warnings.catch_warnings():
        # deprecated arguments warn before they are checked; irrelevant here
        warnings.simplefilter("ignore")
        with pytest.raises(item.exc) as excinfo:
            item.func(**item.kwargs)
    message = str(excinfo.value)
    assert re.search(_name_pattern(item.name), message), (
        f"{type(excinfo.value).__name__} does not name argument {item.name!r}: "
        f"{message}"
    )


def _ids(cases):
    seen = {}
    ids = []
    for item in cases:
        count = seen.get(item.label, 0)
        seen[item.label] = count + 1
        ids.append(item.label if count == 0 else f"{item.label}#{count}")
    return ids


# ===================================================================== parameters

CONT = [(OBJ, T), ("abc", T), (None, T), (NAN, V), ((1, 2, 3), V), ([], V), (["a"], V)]
DISC = [(OBJ, T), ("abc", T), (None, T), (NAN, V), ((1, 2, 3), V), ([], V), (["a"], V)]
PROB = [(OBJ, T), ("abc", T), (None, T), (1.5, V), (-0.1, V), (NAN, V), ((0, 1), T)]
STOCH = [(OBJ, T), ("abc", T), (None, T), (1, T)]
FLAG = [(OBJ, T), ("abc", T), (None, T), (3, T)]
D1 = iap.Deterministic(1)

PARAMETER_CASES = []
_handlers = {
    "handle_continuous_param": iap.handle_continuous_param,
    "handle_discrete_param": iap.handle_discrete_param,
}
for _handler in _handlers.values():
    for _value, _exc in CONT + [(np.zeros((2, 2)), V), ({1: 2}, T)]:
        PARAMETER_CASES.append(
            case(_handler, _exc, "my_arg", param=_value, name="my_arg")
        )
    for _value in (-1, (-1, 2), [0, -1], 11):
        PARAMETER_CASES.append(
            case(
                _handler, V, "my_arg", param=_value, name="my_arg", value_range=(0, 10)
            )
        )
    PARAMETER_CASES += [
        case(
            _handler, T, "my_arg", param=(1, 2), name="my_arg", tuple_to_uniform=False
        ),
        case(_handler, T, "my_arg", param=[1, 2], name="my_arg", list_to_choice=False),
        case(_handler, V, "my_arg", param=1, name="my_arg", value_range=(0, 1, 2)),
        case(_handler, T, "my_arg", param=1, name="my_arg", value_range="abc"),
    ]
PARAMETER_CASES += [
    case(
        iap.handle_discrete_param,
        T,
        "my_arg",
        param=1.5,
        name="my_arg",
        allow_floats=False,
    ),
    case(
        iap.handle_discrete_param,
        V,
        "my_arg",
        param=(1.5, 2.5),
        name="my_arg",
        allow_floats=False,
    ),
]
for _value, _exc in [
    (OBJ, T),
    (None, T),
    (1, T),
    ("abc", V),
    (["a", 1], T),
    ([], V),
    (["abc"], V),
    (("a", "b"), T),
]:
    PARAMETER_CASES.append(
        case(
            iap.handle_categorical_string_param,
            _exc,
            "my_arg",
            param=_value,
            name="my_arg",
            valid_values=["a", "b"],
        )
    )
for _value, _exc in [
    (OBJ, T),
    ("abc", T),
    (None, T),
    (0, V),
    (NAN, V),
    ((1, 2, 3), V),
    ([], V),
    ((1, "a"), T),
    ([1, -1], V),
    (np.zeros((2, 2)), V),
]:
    PARAMETER_CASES.append(
        case(
            iap.handle_discrete_kernel_size_param,
            _exc,
            "my_arg",
            param=_value,
            name="my_arg",
        )
    )
for _value, _exc in PROB + [((0.1, 2.0), T)]:
    PARAMETER_CASES.append(
        case(iap.handle_probability_param, _exc, "my_arg", param=_value, name="my_arg")
    )
for _value, _exc in [
    ((0.5, 2.0), V),
    ((1, 2, 3), V),
    ([0.5, 2.0], V),
    ([], V),
    (np.zeros((2, 2)), V),
    ([NAN], V),
]:
    PARAMETER_CASES.append(
        case(
            iap.handle_probability_param,
            _exc,
            "my_arg",
            param=_value,
            name="my_arg",
            tuple_to_uniform=True,
            list_to_choice=True,
        )
    )

PARAMETER_CASES += (
    rows(iap.Deterministic, "value", [(OBJ, T), (None, T), ((1, 2), T), ([1], T)])
    + rows(
        iap.DeterministicList,
        "values",
        [(OBJ, T), ("abc", T), (5, T), ([], V), ([OBJ], T), ({"z": 1}, T)],
    )
    + rows(iap.Choice, "a", [(OBJ, T), ("abc", T), (5, T), ([], V), ({"z": 1}, T)])
    + rows(iap.Choice, "replace", FLAG, a=[1, 2])
    + rows(iap.Choice, "p", [(OBJ, T), (5, T), ([1.0], V)], a=[1, 2])
    + rows(iap.Binomial, "p", CONT)
    + rows(iap.DiscreteUniform, "a", DISC, b=2)
    + rows(iap.DiscreteUniform, "b", DISC, a=1)
    + rows(iap.Poisson, "lam", CONT)
    + rows(iap.Normal, "loc", CONT, scale=1)
    + rows(iap.Normal, "scale", CONT + [(-1, V)], loc=0)
    + rows(iap.TruncatedNormal, "loc", CONT, scale=1)
    + rows(iap.TruncatedNormal, "scale", CONT + [(-1, V)], loc=0)
    + rows(iap.TruncatedNormal, "low", CONT, loc=0, scale=1)
    + rows(iap.TruncatedNormal, "high", CONT, loc=0, scale=1)
    + rows(iap.Laplace, "loc", CONT, scale=1)
    + rows(iap.Laplace, "scale", CONT + [(-1, V)], loc=0)
    + rows(iap.ChiSquare, "df", DISC + [(0, V)])
    + rows(iap.Weibull, "a", CONT + [(0, V)])
    + rows(iap.Uniform, "a", CONT, b=1)
    + rows(iap.Uniform, "b", CONT, a=0)
    + rows(iap.Beta, "alpha", CONT, beta=1)
    + rows(iap.Beta, "beta", CONT, alpha=1)
    + rows(
        iap.Beta,
        "epsilon",
        [(OBJ, T), ("abc", T), ((1, 2), T), (0, V), (-1, V), (NAN, V)],
        alpha=1,
        beta=1,
    )
    + rows(iap.FromLowerResolution, "other_param", STOCH, size_px=2)
    + rows(
        iap.FromLowerResolution,
        "size_percent",
        [(OBJ, T), ("abc", T), (-0.5, V), (NAN, V), ((1, 2, 3), V)],
        other_param=D1,
    )
    + rows(
        iap.FromLowerResolution,
        "size_px",
        [(OBJ, T), ("abc", T), (1.5, T), (-1, V), ((1, 2, 3), V)],
        other_param=D1,
    )
    + rows(
        iap.FromLowerResolution,
        "method",
        [(OBJ, T), ("abc", V), (-5, V), (1.5, T)],
        other_param=D1,
        size_px=2,
    )
    + rows(
        iap.FromLowerResolution,
        "min_size",
        [(OBJ, V), ("abc", V), (0, V), (1.5, V)],
        other_param=D1,
        size_px=2,
    )
    + rows(iap.Clip, "other_param", STOCH)
    + rows(
        iap.Clip,
        "minval",
        [(OBJ, T), ("abc", T), ((1, 2), T), (NAN, V)],
        other_param=D1,
    )
    + rows(
        iap.Clip,
        "maxval",
        [(OBJ, T), ("abc", T), ((1, 2), T), (NAN, V)],
        other_param=D1,
    )
    + rows(iap.Discretize, "other_param", STOCH)
    + rows(iap.Discretize, "round", FLAG, other_param=D1)
    + rows(iap.Absolute, "other_param", STOCH)
    + rows(iap.RandomSign, "other_param", STOCH)
    + rows(
        iap.RandomSign,
        "p_positive",
        [(OBJ, V), ("abc", V), (1.5, V), (-0.5, V)],
        other_param=D1,
    )
    + rows(iap.ForceSign, "other_param", STOCH, positive=True)
    + rows(iap.ForceSign, "positive", FLAG, other_param=D1)
    + rows(
        iap.ForceSign,
        "mode",
        [(OBJ, V), ("abc", V), (None, V)],
        other_param=D1,
        positive=True,
    )
    + rows(
        iap.ForceSign,
        "reroll_count_max",
        [(OBJ, V), ("abc", V), (-1, V), (1.5, V)],
        other_param=D1,
        positive=True,
    )
    + rows(iap.Positive, "other_param", STOCH)
    + rows(iap.Negative, "mode", [(OBJ, V), ("abc", V)], other_param=D1)
    + rows(iap.IterativeNoiseAggregator, "other_param", STOCH)
    + rows(
        iap.IterativeNoiseAggregator,
        "iterations",
        [(OBJ, T), ("abc", T), (0, V), (10001, V), ((1, 2, 3), V), ([], V)],
        other_param=D1,
    )
    + rows(
        iap.IterativeNoiseAggregator,
        "aggregation_method",
        [(OBJ, T), (5, T), ("abc", V), (["max", "abc"], V), ([], V)],
        other_param=D1,
    )
    + rows(iap.Sigmoid, "other_param", STOCH)
    + rows(iap.Sigmoid, "threshold", CONT, other_param=D1)
    + rows(iap.Sigmoid, "activated", PROB, other_param=D1)
    + rows(
        iap.Sigmoid,
        "mul",
        [(OBJ, V), ("abc", V), (0, V), (-1, V), (NAN, V)],
        other_param=D1,
    )
    + rows(iap.Sigmoid, "add", [(OBJ, T), ("abc", T), (NAN, V)], other_param=D1)
    + rows(iap.SimplexNoise, "size_px_max", DISC + [(0, V), (10001, V)])
    + rows(
        iap.SimplexNoise,
        "upscale_method",
        [(OBJ, T), (5, T), ("abc", V), (["linear", "abc"], V), ([], V)],
    )
    + rows(iap.FrequencyNoise, "exponent", CONT)
    + rows(iap.FrequencyNoise, "size_px_max", DISC + [(0, V)])
    + rows(
        iap.FrequencyNoise, "upscale_method", [(OBJ, T), (5, T), ("abc", V), ([], V)]
    )
)
for _cls in (iap.Multiply, iap.Divide, iap.Add, iap.Subtract, iap.Power):
    PARAMETER_CASES += (
        rows(_cls, "other_param", CONT, val=1)
        + rows(_cls, "val", CONT, other_param=D1)
        + rows(_cls, "elementwise", FLAG, other_param=D1, val=1)
    )
_U01 = iap.Uniform(0, 1)
PARAMETER_CASES += [
    case(_U01.draw_samples, T, "size", size=OBJ),
    case(_U01.draw_samples, T, "size", size=2.5),
    case(_U01.draw_samples, T, "size", size="abc"),
    case(_U01.draw_samples, T, "random_state", size=2, random_state="abc"),
    case(_U01.draw_samples, V, "random_state", size=2, random_state=-1),
    case(_U01.draw_sample, T, "random_state", random_state=OBJ),
    case(_U01.draw_distribution_graph, T, "title", title=5),
    case(_U01.__add__, T, "str", other="abc"),
    case(_U01.__mul__, T, "object", other=object()),
]
PARAMETER_CASES += (
    rows(
        iap.draw_distributions_grid,
        "params",
        [(OBJ, T), ([OBJ], T), ("abc", T), ([_U01, 5], T)],
    )
    + rows(
        iap.draw_distributions_grid,
        "rows",
        [(OBJ, V), ("abc", V), (0, V)],
        params=[_U01],
    )
    + rows(
        iap.draw_distributions_grid,
        "graph_sizes",
        [(OBJ, V), ("abc", V), ((0, 5), V), ((1, 2, 3), V)],
        params=[_U01],
    )
    + rows(
        iap.draw_distributions_grid,
        "sample_sizes",
        [(OBJ, V), ("abc", V), ([10, 10], V), (False, V)],
        params=[_U01],
    )
    + rows(
        iap.draw_distributions_grid, "titles", [(5, V), (["a", "b"], V)], params=[_U01]
    )
    + rows(iap.force_np_float_dtype, "val", [(OBJ, T), (5, T), ([1], T)])
    + rows(
        iap.both_np_float_if_one_is_float, "a", [(OBJ, T), ("abc", T)], b=np.float32(1)
    )
    + rows(iap.both_np_float_if_one_is_float, "b", [(OBJ, T)], a=np.int32(1))
)


@pytest.mark.parametrize("item", PARAMETER_CASES, ids=_ids(PARAMETER_CASES))
def test_parameters(item):
    check_case(item)


# ================================================================== augmentables

S = (10, 12, 3)
IMG = np.zeros(S, dtype=np.uint8)
IMG_F = np.zeros(S, dtype=np.float32)
SHAPE_BAD = [
    (OBJ, T),
    ("abc", T),
    ((3,), V),
    ((4.0, 4), V),
    ((True, 4), V),
    ((-1, 4), V),
    (("a", "b"), V),
    ([4, 4], T),
]
IMAGE_BAD = [(OBJ, T), ("abc", T), (None, T), ([1, 2], T)]
COORD_BAD = [(OBJ, T), ("abc", T), (None, T), ((1, 2), T)]
COLOR_BAD = [
    (OBJ, T),
    ("abc", T),
    (None, T),
    ((0, 255), V),
    ((300, 0, 0), V),
    ((-1, 0, 0), V),
    ([[1, 2, 3]], T),
]
ALPHA_BAD = [(OBJ, T), ("abc", T), (None, T), (-0.5, V), (1.5, V)]
SIZE_BAD = [(OBJ, T), ("abc", T), (None, T), (1.5, T), (-1, V)]
DTYPE_BAD = [(OBJ, T), ("abc", T), (-5, T)]


def _none_is_value_error(bad_values):
    """Polygons/line strings reject a None colour/alpha/size with a ValueError."""
    return [(value, V if value is None else exc) for value, exc in bad_values]


def _kp():
    return Keypoint(1, 2)


def _kpsoi():
    return KeypointsOnImage([Keypoint(1, 2), Keypoint(3, 4)], shape=S)


def _bb():
    return BoundingBox(1, 2, 5, 6, label="a")


def _bbsoi():
    return BoundingBoxesOnImage([BoundingBox(1, 2, 5, 6)], shape=S)


def _poly():
    return Polygon([(1, 1), (6, 1), (6, 6)], label="p")


def _psoi():
    return PolygonsOnImage([_poly()], shape=S)


def _ls():
    return LineString([(1, 1), (6, 1), (6, 6)])


def _lsoi():
    return LineStringsOnImage([_ls()], shape=S)


def _hm():
    return HeatmapsOnImage(np.zeros((10, 12, 1), dtype=np.float32), shape=S)


def _segmap():
    return SegmentationMapsOnImage(np.zeros((10, 12, 1), dtype=np.int32), shape=S)


def _call(factory, method):
    """A callable that builds a fresh object and calls `method` on it."""

    def _func(**kwargs):
        return getattr(factory(), method)(**kwargs)

    _func.__qualname__ = f"{factory.__name__[1:]}.{method}"
    return _func


ARR = np.zeros((10, 12, 1), dtype=np.float32)
SEG = np.zeros((10, 12, 1), dtype=np.int32)

AUGMENTABLE_CASES = (
    # ------------------------------------------------------------ keypoints
    rows(Keypoint, "x", COORD_BAD, y=1)
    + rows(Keypoint, "y", COORD_BAD, x=1)
    + rows(
        KeypointsOnImage,
        "keypoints",
        [(OBJ, T), ("abc", T), (5, T), ([(1, 2)], T), ([_kp(), 1], T)],
        shape=S,
    )
    + rows(KeypointsOnImage, "shape", SHAPE_BAD, keypoints=[])
    + rows(_call(_kp, "shift"), "x", COORD_BAD)
    + rows(_call(_kp, "shift_"), "y", COORD_BAD)
    + rows(_call(_kp, "project"), "from_shape", SHAPE_BAD, to_shape=S)
    + rows(_call(_kp, "project_"), "to_shape", SHAPE_BAD, from_shape=S)
    + rows(_call(_kp, "is_out_of_image"), "image", SHAPE_BAD)
    + rows(_call(_kp, "compute_out_of_image_fraction"), "image", SHAPE_BAD)
    + rows(_call(_kp, "draw_on_image"), "image", IMAGE_BAD)
    + rows(_call(_kp, "draw_on_image"), "color", COLOR_BAD, image=IMG)
    + rows(_call(_kp, "draw_on_image"), "alpha", ALPHA_BAD, image=IMG)
    + rows(_call(_kp, "draw_on_image"), "size", SIZE_BAD, image=IMG)
    + rows(
        _call(_kp, "generate_similar_points_manhattan"),
        "nb_steps",
        SIZE_BAD,
        step_size=1,
    )
    + rows(
        _call(_kp, "generate_similar_points_manhattan"),
        "step_size",
        COORD_BAD,
        nb_steps=1,
    )
    + rows(_call(_kp, "coords_almost_equals"), "other", [("abc", V), ((1, 2, 3), V)])
    + rows(_call(_kpsoi, "on"), "image", SHAPE_BAD)
    + rows(_call(_kpsoi, "on_"), "image", SHAPE_BAD)
    + rows(_call(_kpsoi, "shift"), "x", COORD_BAD)
    + rows(_call(_kpsoi, "shift_"), "y", COORD_BAD)
    + rows(_call(_kpsoi, "draw_on_image"), "image", IMAGE_BAD)
    + rows(_call(_kpsoi, "draw_on_image"), "color", COLOR_BAD, image=IMG)
    + rows(_call(_kpsoi, "draw_on_image"), "alpha", ALPHA_BAD, image=IMG)
    + rows(_call(_kpsoi, "draw_on_image"), "size", SIZE_BAD, image=IMG)
    + rows(
        _call(_kpsoi, "remove_out_of_image_fraction"),
        "fraction",
        COORD_BAD + [(NAN, V)],
    )
    + rows(_call(_kpsoi, "remove_out_of_image_fraction_"), "fraction", COORD_BAD)
    + rows(
        KeypointsOnImage.from_coords_array,
        "coords",
        [(OBJ, V), ("abc", V), (np.zeros((2, 3)), V)],
        shape=S,
    )
    + rows(
        KeypointsOnImage.from_xy_array,
        "xy",
        [(OBJ, V), ("abc", V), (np.zeros((2, 3)), V), ([1, 2], V)],
        shape=S,
    )
    + rows(
        _call(_kpsoi, "fill_from_xy_array_"),
        "xy",
        [(OBJ, V), ("abc", V), (np.zeros((3, 2)), V), (np.zeros((2, 3)), V)],
    )
    + rows(
        _call(_kpsoi, "invert_to_keypoints_on_image_"),
        "kpsoi",
        [(OBJ, T), ([_kp()], T), (_bbsoi(), T)],
    )
    + rows(_call(_kpsoi, "to_keypoint_image"), "size", [(2, V), (OBJ, V)])
    + rows(KeypointsOnImage.from_keypoint_image, "image", [(OBJ, V), (IMG[..., 0], V)])
    + rows(
        KeypointsOnImage.from_keypoint_image,
        "threshold",
        [(OBJ, T), ("abc", T), (None, T)],
        image=IMG,
    )
    + rows(
        KeypointsOnImage.from_keypoint_image,
        "nb_channels",
        [(OBJ, T), ("abc", T), (-1, V)],
        image=IMG,
    )
    + rows(
        KeypointsOnImage.from_keypoint_image,
        "if_not_found_coords",
        [((1, 2, 3), V), ({"z": 1}, V), (OBJ, Exception)],
        image=IMG,
    )
    + rows(KeypointsOnImage.from_distance_maps, "distance_maps", [(OBJ, V)])
    + rows(
        KeypointsOnImage.from_distance_maps,
        "threshold",
        [(OBJ, T), ("abc", T)],
        distance_maps=IMG_F,
    )
    + rows(_call(_kpsoi, "copy"), "keypoints", [(OBJ, T), ([1], T)])
    + rows(_call(_kpsoi, "deepcopy"), "shape", [(OBJ, T), ("abc", T), ((3,), V)])
    # ------------------------------------------------------- bounding boxes
    + rows(BoundingBox, "x1", COORD_BAD, y1=0, x2=1, y2=1)
    + rows(BoundingBox, "y2", COORD_BAD, x1=0, y1=0, x2=1)
    + rows(
        BoundingBoxesOnImage,
        "bounding_boxes",
        [(OBJ, T), ("abc", T), (5, T), ([(1, 2, 3, 4)], T)],
        shape=S,
    )
    + rows(BoundingBoxesOnImage, "shape", SHAPE_BAD, bounding_boxes=[])
    + rows(
        _call(_bb, "contains"),
        "other",
        [(OBJ, T), ("abc", T), ((1, 2, 3), T), (("a", 1), T)],
    )
    + rows(_call(_bb, "intersection"), "other", [(OBJ, T), ((1, 2, 3, 4), T)])
    + rows(_call(_bb, "union"), "other", [(OBJ, T), (None, T)])
    + rows(_call(_bb, "iou"), "other", [(OBJ, T), (_kp(), T)])
    + rows(_call(_bb, "extend"), "all_sides", COORD_BAD)
    + rows(_call(_bb, "extend_"), "left", COORD_BAD)
    + rows(_call(_bb, "shift"), "x", COORD_BAD)
    + rows(_call(_bb, "shift"), "top", COORD_BAD[:2] + COORD_BAD[3:])
    + rows(_call(_bb, "shift_"), "y", COORD_BAD)
    + rows(_call(_bb, "project"), "to_shape", SHAPE_BAD, from_shape=S)
    + rows(_call(_bb, "is_out_of_image"), "image", SHAPE_BAD)
    + rows(_call(_bb, "clip_out_of_image"), "image", SHAPE_BAD)
    + rows(_call(_bb, "compute_out_of_image_fraction"), "image", SHAPE_BAD)
    + rows(
        _call(_bb, "coords_almost_equals"),
        "other",
        [(OBJ, V), ("abc", V), ((1, 2, 3), V)],
    )
    + rows(_call(_bb, "extract_from_image"), "image", IMAGE_BAD)
    + rows(
        _call(_bb, "extract_from_image"),
        "pad_max",
        SIZE_BAD[:2] + SIZE_BAD[3:],
        image=IMG,
    )
    + rows(_call(_bb, "draw_box_on_image"), "image", IMAGE_BAD)
    + rows(_call(_bb, "draw_box_on_image"), "color", COLOR_BAD, image=IMG)
    + rows(_call(_bb, "draw_box_on_image"), "alpha", ALPHA_BAD, image=IMG)
    + rows(_call(_bb, "draw_box_on_image"), "size", SIZE_BAD, image=IMG)
    + rows(
        _call(_bb, "draw_on_image"), "thickness", SIZE_BAD[:2] + SIZE_BAD[3:], image=IMG
    )
    + rows(
        _call(_bb, "draw_label_on_image"),
        "color_text",
        COLOR_BAD[:2] + [((0, 255), V)],
        image=IMG,
    )
    + rows(
        _call(_bb, "draw_label_on_image"),
        "color_bg",
        [(OBJ, T), ((0, 255), V)],
        image=IMG,
    )
    + rows(
        _call(_bb, "draw_label_on_image"), "size_text", SIZE_BAD + [(0, V)], image=IMG
    )
    + rows(_call(_bb, "draw_label_on_image"), "height", SIZE_BAD, image=IMG)
    + rows(BoundingBox.from_point_soup, "xy", [(OBJ, V), ("abc", V), ([], V)])
    + rows(_call(_bbsoi, "draw_on_image"), "image", IMAGE_BAD)
    + rows(_call(_bbsoi, "draw_on_image"), "color", COLOR_BAD, image=IMG)
    + rows(_call(_bbsoi, "draw_on_image"), "alpha", ALPHA_BAD, image=IMG)
    + rows(_call(_bbsoi, "on"), "image", SHAPE_BAD)
    + rows(_call(_bbsoi, "shift"), "x", COORD_BAD)
    + rows(
        _call(_bbsoi, "remove_out_of_image_fraction_"),
        "fraction",
        COORD_BAD + [(NAN, V)],
    )
    + rows(
        BoundingBoxesOnImage.from_xyxy_array,
        "xyxy",
        [(OBJ, V), ("abc", V), (np.zeros((2, 3)), V)],
        shape=S,
    )
    + rows(BoundingBoxesOnImage.from_point_soups, "xy", [(OBJ, V), ("abc", V)], shape=S)
    + rows(
        _call(_bbsoi, "fill_from_xyxy_array_"),
        "xyxy",
        [(OBJ, V), ("abc", V), (np.zeros((3, 4)), V)],
    )
    + rows(_call(_bbsoi, "to_xyxy_array"), "dtype", DTYPE_BAD)
    + rows(
        _call(_bbsoi, "invert_to_keypoints_on_image_"), "kpsoi", [(OBJ, T), (None, T)]
    )
    + rows(_call(_bbsoi, "copy"), "shape", [(OBJ, T), ((3,), V)])
    # ------------------------------------------------------------- polygons
    + rows(
        Polygon,
        "exterior",
        [
            (OBJ, T),
            ("abc", T),
            (5, T),
            ([1, 2], V),
            ([("a", "b")], V),
            (np.zeros((3, 3)), V),
            ([(1, 2, 3)], V),
        ],
    )
    + rows(PolygonsOnImage, "polygons", [(OBJ, T), ("abc", T), ([1], T)], shape=S)
    + rows(PolygonsOnImage, "shape", SHAPE_BAD, polygons=[])
    + rows(MultiPolygon, "geoms", [(OBJ, T), ([1], T), ("abc", T)])
    + rows(_call(_poly, "shift"), "x", COORD_BAD)
    + rows(_call(_poly, "shift_"), "y", COORD_BAD)
    + rows(_call(_poly, "project"), "from_shape", SHAPE_BAD, to_shape=S)
    + rows(_call(_poly, "is_out_of_image"), "image", SHAPE_BAD)
    + rows(_call(_poly, "clip_out_of_image"), "image", SHAPE_BAD)
    + rows(_call(_poly, "compute_out_of_image_fraction"), "image", SHAPE_BAD)
    + rows(_call(_poly, "find_closest_point_index"), "x", COORD_BAD, y=1)
    + rows(_call(_poly, "change_first_point_by_coords"), "y", COORD_BAD, x=1)
    + rows(
        _call(_poly, "change_first_point_by_coords"),
        "max_distance",
        [(OBJ, T), ("abc", T)],
        x=1,
        y=1,
    )
    + rows(
        _call(_poly, "change_first_point_by_index"),
        "point_idx",
        [(OBJ, T), ("abc", T), (1.5, T), (-1, V), (3, V)],
    )
    + rows(_call(_poly, "subdivide"), "points_per_edge", SIZE_BAD)
    + rows(_call(_poly, "subdivide_"), "points_per_edge", SIZE_BAD)
    + rows(
        _call(_poly, "exterior_almost_equals"),
        "other",
        [(OBJ, T), ([1, 2], V), ("abc", T)],
    )
    + rows(_call(_poly, "draw_on_image"), "image", [(OBJ, V), ("abc", V)])
    + rows(
        _call(_poly, "draw_on_image"),
        "color",
        _none_is_value_error(COLOR_BAD),
        image=IMG,
    )
    + rows(
        _call(_poly, "draw_on_image"),
        "color_face",
        COLOR_BAD[:2] + COLOR_BAD[3:],
        image=IMG,
    )
    + rows(
        _call(_poly, "draw_on_image"),
        "color_lines",
        COLOR_BAD[:2] + [((0, 255), V), ((300, 0, 0), V)],
        image=IMG,
    )
    + rows(
        _call(_poly, "draw_on_image"),
        "color_points",
        [(OBJ, T), ((0, 255), V)],
        image=IMG,
    )
    + rows(
        _call(_poly, "draw_on_image"),
        "alpha",
        _none_is_value_error(ALPHA_BAD),
        image=IMG,
    )
    + rows(
        _call(_poly, "draw_on_image"),
        "alpha_face",
        ALPHA_BAD[:2] + ALPHA_BAD[3:],
        image=IMG,
    )
    + rows(
        _call(_poly, "draw_on_image"), "size", _none_is_value_error(SIZE_BAD), image=IMG
    )
    + rows(
        _call(_poly, "draw_on_image"),
        "size_points",
        SIZE_BAD[:2] + SIZE_BAD[3:],
        image=IMG,
    )
    + rows(_call(_poly, "extract_from_image"), "image", [(OBJ, V), ("abc", V)])
    + rows(_call(_psoi, "on"), "image", SHAPE_BAD)
    + rows(_call(_psoi, "shift"), "x", COORD_BAD)
    + rows(_call(_psoi, "subdivide"), "points_per_edge", SIZE_BAD)
    + rows(_call(_psoi, "draw_on_image"), "image", IMAGE_BAD)
    + rows(_call(_psoi, "draw_on_image"), "alpha_lines", ALPHA_BAD[:2], image=IMG)
    + rows(_call(_psoi, "remove_out_of_image_fraction"), "fraction", COORD_BAD)
    + rows(
        _call(_psoi, "fill_from_xy_array_"),
        "xy",
        [(OBJ, V), ("abc", V), (np.zeros((2, 2)), V)],
    )
    + rows(
        _call(_psoi, "invert_to_keypoints_on_image_"), "kpsoi", [(OBJ, T), (None, T)]
    )
    + rows(_call(_psoi, "copy"), "polygons", [(OBJ, T), ([1], T), ("abc", T)])
    + rows(_call(_psoi, "deepcopy"), "polygons", [(OBJ, T), ([1], T), ("abc", T)])
    # --------------------------------------------------------- line strings
    + rows(
        LineString,
        "coords",
        [
            (OBJ, T),
            ("abc", T),
            (5, T),
            ([1, 2], V),
            ([("a", "b")], V),
            (np.zeros((3, 3)), V),
            (np.array([["a", "b"]]), V),
        ],
    )
    + rows(
        LineStringsOnImage, "line_strings", [(OBJ, T), ("abc", T), ([1], T)], shape=S
    )
    + rows(LineStringsOnImage, "shape", SHAPE_BAD, line_strings=[])
    + rows(_call(_ls, "shift"), "x", COORD_BAD)
    + rows(_call(_ls, "shift_"), "y", COORD_BAD)
    + rows(_call(_ls, "project_"), "from_shape", SHAPE_BAD, to_shape=S)
    + rows(_call(_ls, "is_out_of_image"), "image", SHAPE_BAD)
    + rows(_call(_ls, "is_fully_within_image"), "image", SHAPE_BAD)
    + rows(_call(_ls, "clip_out_of_image"), "image", SHAPE_BAD)
    + rows(_call(_ls, "get_pointwise_inside_image_mask"), "image", SHAPE_BAD)
    + rows(
        _call(_ls, "compute_pointwise_distances"),
        "other",
        [(OBJ, V), ("abc", V), ((1, 2, 3), V)],
    )
    + rows(_call(_ls, "compute_distance"), "other", [(OBJ, V), (5, V)])
    + rows(_call(_ls, "contains"), "other", [(OBJ, V)])
    + rows(_call(_ls, "find_intersections_with"), "other", [(OBJ, T), ("abc", T)])
    + rows(_call(_ls, "concatenate"), "other", [(OBJ, T), ([1, 2], V), ("abc", T)])
    + rows(_call(_ls, "subdivide"), "points_per_edge", SIZE_BAD)
    + rows(_call(_ls, "coords_almost_equals"), "other", [(OBJ, T), ([1, 2], V)])
    + rows(_call(_ls, "almost_equals"), "other", [(OBJ, T), ("abc", T)])
    + rows(_call(_ls, "draw_lines_on_image"), "image", [(OBJ, V), ("abc", V)])
    + rows(_call(_ls, "draw_lines_on_image"), "color", COLOR_BAD[:2], image=IMG)
    + rows(_call(_ls, "draw_lines_on_image"), "alpha", ALPHA_BAD, image=IMG)
    + rows(_call(_ls, "draw_lines_on_image"), "size", SIZE_BAD, image=IMG)
    + rows(_call(_ls, "draw_points_on_image"), "image", IMAGE_BAD)
    + rows(_call(_ls, "draw_points_on_image"), "color", COLOR_BAD, image=IMG)
    + rows(
        _call(_ls, "draw_on_image"), "color", _none_is_value_error(COLOR_BAD), image=IMG
    )
    + rows(
        _call(_ls, "draw_on_image"), "color_lines", [(OBJ, T), ((0, 255), V)], image=IMG
    )
    + rows(_call(_ls, "draw_on_image"), "alpha_points", ALPHA_BAD[:2], image=IMG)
    + rows(_call(_ls, "draw_on_image"), "size_lines", SIZE_BAD[:2], image=IMG)
    + rows(
        _call(_ls, "draw_mask"),
        "image_shape",
        [(OBJ, T), ("abc", T), ((3,), V), ((4, 4, 3), V)],
    )
    + rows(_call(_ls, "draw_mask"), "size_points", SIZE_BAD, image_shape=(4, 4))
    + rows(
        _call(_ls, "draw_heatmap_array"), "alpha_lines", ALPHA_BAD, image_shape=(4, 4)
    )
    + rows(_call(_ls, "draw_lines_heatmap_array"), "image_shape", [(OBJ, T)])
    + rows(_call(_ls, "to_heatmap"), "size_lines", SIZE_BAD, image_shape=(4, 4))
    + rows(_call(_ls, "to_segmentation_map"), "image_shape", [(OBJ, T), ((3,), V)])
    + rows(_call(_ls, "extract_from_image"), "image", [(OBJ, V)])
    + rows(_call(_ls, "extract_from_image"), "size", SIZE_BAD, image=IMG)
    + rows(_call(_lsoi, "on_"), "image", SHAPE_BAD)
    + rows(_call(_lsoi, "shift"), "y", COORD_BAD)
    + rows(_call(_lsoi, "draw_on_image"), "image", IMAGE_BAD)
    + rows(_call(_lsoi, "remove_out_of_image_fraction_"), "fraction", COORD_BAD)
    + rows(
        LineStringsOnImage.from_xy_arrays,
        "xy",
        [(OBJ, T), (5, T), ([[1, 2, 3]], V), (["abc"], V)],
        shape=S,
    )
    + rows(_call(_lsoi, "to_xy_arrays"), "dtype", DTYPE_BAD)
    + rows(
        _call(_lsoi, "fill_from_xy_array_"),
        "xy",
        [(OBJ, V), ("abc", V), (np.zeros((2, 2)), V)],
    )
    + rows(_call(_lsoi, "invert_to_keypoints_on_image_"), "kpsoi", [(OBJ, T)])
    + rows(_call(_lsoi, "copy"), "line_strings", [(OBJ, T), ([1], T)])
    + rows(_call(_lsoi, "deepcopy"), "line_strings", [(OBJ, T), ([1], T), ("abc", T)])
    # ------------------------------------------------------------- heatmaps
    + rows(
        HeatmapsOnImage,
        "arr",
        [
            (OBJ, T),
            ([[0.5]], T),
            (np.zeros((2, 2), np.int32), V),
            (np.zeros((1, 2, 2, 1), np.float32), V),
            (np.zeros((0, 2), np.float32), V),
        ],
        shape=S,
    )
    + rows(
        HeatmapsOnImage,
        "shape",
        [(OBJ, T), ("abc", T), ((3,), V), ((-1, 4), V), (np.zeros((2, 2)), T)],
        arr=ARR,
    )
    + rows(
        HeatmapsOnImage,
        "min_value",
        [(OBJ, T), ("abc", T), (2.0, V), (NAN, V)],
        arr=ARR,
        shape=S,
    )
    + rows(HeatmapsOnImage, "max_value", [(OBJ, T), (-1.0, V)], arr=ARR, shape=S)
    + rows(HeatmapsOnImage.from_uint8, "arr_uint8", [(OBJ, T), ([[1]], T)], shape=S)
    + rows(HeatmapsOnImage.from_0to1, "arr_0to1", [(OBJ, T), ([[1.0]], T)], shape=S)
    + rows(
        HeatmapsOnImage.from_0to1,
        "min_value",
        [(OBJ, T), (2.0, V)],
        arr_0to1=ARR,
        shape=S,
    )
    + rows(
        HeatmapsOnImage.change_normalization,
        "source",
        [(OBJ, T), ((1, 2, 3), V), ((2, 1), V)],
        arr=ARR,
        target=(0, 1),
    )
    + rows(_call(_hm, "draw"), "cmap", [(OBJ, T), ("not-a-colormap", V)])
    + rows(_call(_hm, "draw"), "size", [(OBJ, T), ("abc", T), (-1, V)])
    + rows(
        _call(_hm, "draw_on_image"), "image", [(OBJ, T), (IMG_F, V), (IMG[..., 0], V)]
    )
    + rows(
        _call(_hm, "draw_on_image"), "alpha", ALPHA_BAD[:3] + ALPHA_BAD[4:], image=IMG
    )
    + rows(_call(_hm, "draw_on_image"), "resize", [(OBJ, V), ("abc", V)], image=IMG)
    + rows(_call(_hm, "pad"), "top", [(OBJ, T), ("abc", T), (-1, V), (1.5, T)])
    + rows(_call(_hm, "pad"), "mode", [(OBJ, V), ("abc", V)])
    + rows(_call(_hm, "pad"), "cval", [(OBJ, T), ("abc", T)])
    + rows(
        _call(_hm, "pad_to_aspect_ratio"),
        "aspect_ratio",
        [(OBJ, V), ("abc", V), (0, V), (-1, V)],
    )
    + rows(_call(_hm, "avg_pool"), "block_size", [(OBJ, T), ("abc", T), (0, V)])
    + rows(_call(_hm, "max_pool"), "block_size", [(OBJ, T), ((1, 2, 3, 4), V)])
    + rows(_call(_hm, "resize"), "sizes", [(OBJ, T), ("abc", T), (-1, V), (NAN, V)])
    + rows(_call(_hm, "resize"), "interpolation", [(OBJ, V), ("abc", V)], sizes=2.0)
    # ---------------------------------------------------- segmentation maps
    + rows(
        SegmentationMapsOnImage,
        "arr",
        [
            (OBJ, T),
            ([[1]], T),
            (np.zeros((1, 2, 2, 1), np.int32), V),
            (np.full((2, 2), -1, np.int32), V),
            (np.zeros((2, 2), np.uint32), V),
            (np.array([["a"]]), V),
        ],
        shape=S,
    )
    + rows(
        SegmentationMapsOnImage,
        "shape",
        [(OBJ, T), ("abc", T), ([4, 4], T), ((3,), V), ((-1, 4), V)],
        arr=SEG,
    )
    + rows(_call(_segmap, "draw"), "size", [(OBJ, T), ("abc", T), (-1, V)])
    + rows(_call(_segmap, "draw_on_image"), "image", [(OBJ, T), (IMG_F, V)])
    + rows(
        _call(_segmap, "draw_on_image"),
        "alpha",
        ALPHA_BAD[:3] + ALPHA_BAD[4:],
        image=IMG,
    )
    + rows(_call(_segmap, "draw_on_image"), "resize", [(OBJ, V), ("abc", V)], image=IMG)
    + rows(
        _call(_segmap, "draw_on_image"),
        "background_class_id",
        [(OBJ, T), ("abc", T), ((1, 2), T), (-1, V)],
        image=IMG,
    )
    + rows(
        _call(_segmap, "draw_on_image"), "colors", [(OBJ, V), ([(1, 2)], V)], image=IMG
    )
    + rows(
        _call(_segmap, "pad"),
        "cval",
        [(OBJ, T), ("abc", T), (True, T), (-1, V), (-1.0, V), (1.5, V), (NAN, V)],
    )
    + rows(_call(_segmap, "pad"), "left", [(OBJ, T), (-1, V)])
    + rows(
        _call(_segmap, "pad_to_aspect_ratio"),
        "cval",
        [(OBJ, T), (-5, V), (0.5, V)],
        aspect_ratio=1.0,
    )
    + rows(_call(_segmap, "resize"), "sizes", [(OBJ, T), (-1, V)])
    + rows(
        _call(_segmap, "resize"),
        "interpolation",
        [(OBJ, V), ("abc", V), ("linear", V), (None, V)],
        sizes=2.0,
    )
    # --------------------------------------------------------------- batches
    + rows(
        Batch,
        "images",
        [
            (OBJ, T),
            ("abc", T),
            (5, T),
            (np.zeros((1, 2, 2, 1), dtype=object), T),
            ([np.zeros((2, 2, 1), dtype=np.complex64)], T),
        ],
    )
    + rows(Batch, "keypoints", [(OBJ, T), (_kpsoi(), T)])
    + rows(Batch, "line_strings", [(OBJ, T), ("abc", T)])
    + rows(
        _call(lambda: Batch(), "fill_from_batch_in_augmentation_"),
        "batch_in_augmentation",
        [(OBJ, T), (Batch(), T)],
    )
    + rows(
        _call(UnnormalizedBatch, "fill_from_augmented_normalized_batch_"),
        "batch_aug_norm",
        [(OBJ, T), (None, T)],
    )
    + rows(
        _call(UnnormalizedBatch, "fill_from_augmented_normalized_batch"),
        "batch_aug_norm",
        [(OBJ, T)],
    )
)
# UnnormalizedBatch keeps raw data; bad data is reported when it is normalized
AUGMENTABLE_CASES += [
    case(
        lambda **kw: UnnormalizedBatch(**kw).to_normalized_batch(),
        _exc,
        name,
        **{name: value},
    )
    for name, value, _exc in [
        ("images", OBJ, V),
        ("images", "abc", V),
        ("images", [1, 2], T),
        ("images", np.zeros((2,)), V),
        ("heatmaps", OBJ, T),
        ("heatmaps", "abc", T),
        ("segmentation_maps", OBJ, T),
        ("keypoints", OBJ, T),
        ("keypoints", "abc", T),
        ("bounding_boxes", OBJ, T),
        ("polygons", OBJ, T),
        ("line_strings", 5, T),
    ]
]


@pytest.mark.parametrize("item", AUGMENTABLE_CASES, ids=_ids(AUGMENTABLE_CASES))
def test_augmentables(item):
    check_case(item)


# ========================================================= imgaug.imgaug helpers

IMGS = np.zeros((2, 6, 8, 3), dtype=np.uint8)
LUT = np.arange(256, dtype=np.uint8)

HELPER_CASES = (
    rows(
        ia.imresize_many_images,
        "images",
        [(OBJ, T), (5, T), (None, T), ([1, 2], T), (np.zeros((2, 2)), V)],
        sizes=(4, 4),
    )
    + rows(
        ia.imresize_many_images,
        "sizes",
        [
            (OBJ, T),
            ("abc", T),
            (-1, V),
            (0, V),
            (NAN, V),
            ((1, 2, 3), V),
            ((-1, 4), V),
            ((NAN, 4), V),
        ],
        images=IMGS,
    )
    + rows(
        ia.imresize_many_images,
        "interpolation",
        [(OBJ, V), ("abc", V), (-5, V), (99, V)],
        images=IMGS,
        sizes=(4, 4),
    )
    + rows(
        ia.imresize_single_image,
        "image",
        [(OBJ, T), (np.zeros((2,)), V), (IMGS, V)],
        sizes=(4, 4),
    )
    + rows(ia.imresize_single_image, "sizes", [(OBJ, T), (NAN, V)], image=IMG)
    + rows(ia.pad, "arr", [(OBJ, T), ("abc", T), (np.zeros((2,)), V)])
    + rows(ia.pad, "top", [(OBJ, T), ("abc", T), (-1, V), (1.5, T)], arr=IMG)
    + rows(ia.pad, "left", [(None, T), (-5, V)], arr=IMG)
    + rows(ia.pad, "mode", [(OBJ, V), ("abc", V), (None, V)], arr=IMG, top=1)
    + rows(
        ia.pad, "cval", [(OBJ, T), ("abc", T), (NAN, V), ((1, 2), V)], arr=IMG, top=1
    )
    + rows(
        ia.pad_to_aspect_ratio,
        "aspect_ratio",
        [(OBJ, V), ("abc", V), (0, V), (-1, V)],
        arr=IMG,
    )
    + rows(
        ia.pad_to_multiples_of,
        "height_multiple",
        [(OBJ, T), ("abc", T), (0, V), (-1, V), (1.5, T)],
        arr=IMG,
        width_multiple=2,
    )
    + rows(
        ia.compute_paddings_for_aspect_ratio,
        "arr",
        [(OBJ, T), (5, T)],
        aspect_ratio=1.0,
    )
    + rows(
        ia.compute_paddings_to_reach_multiples_of,
        "width_multiple",
        [(OBJ, T), (0, V)],
        arr=IMG,
        height_multiple=2,
    )
    + rows(ia.pool, "arr", [(OBJ, T), (np.zeros((2,)), V)], block_size=2, func=np.max)
    + rows(
        ia.pool,
        "block_size",
        [(OBJ, T), ("abc", T), (0, V), ((1, 2, 3, 4), V), ((0, 1), V)],
        arr=IMG,
        func=np.max,
    )
    + rows(ia.pool, "func", [(OBJ, T), ("max", T)], arr=IMG, block_size=2)
    + rows(
        ia.pool, "pad_mode", [(OBJ, V), ("abc", V)], arr=IMG, block_size=2, func=np.max
    )
    + rows(
        ia.pool,
        "pad_cval",
        [(OBJ, T), ("abc", T), (NAN, V)],
        arr=IMG,
        block_size=2,
        func=np.max,
    )
    + rows(
        ia.pool,
        "preserve_dtype",
        [(OBJ, T), ("abc", T), (None, T)],
        arr=IMG,
        block_size=2,
        func=np.max,
    )
    + rows(ia.avg_pool, "block_size", [(OBJ, T), (-1, V)], arr=IMG)
    + rows(ia.avg_pool, "pad_mode", [("abc", V)], arr=IMG, block_size=2)
    + rows(ia.max_pool, "pad_cval", [("abc", T)], arr=IMG, block_size=2)
    + rows(ia.min_pool, "arr", [(OBJ, T)], block_size=2)
    + rows(ia.median_pool, "preserve_dtype", [(OBJ, T)], arr=IMG, block_size=2)
    + rows(
        ia.draw_grid,
        "images",
        [
            (OBJ, T),
            ([], V),
            ([IMG, IMG[..., 0]], V),
            ([IMG, IMG_F], V),
            (np.zeros((2, 2)), V),
        ],
    )
    + rows(
        ia.draw_grid,
        "rows",
        [(OBJ, V), ("abc", V), (0, V), (1.5, V)],
        images=[IMG, IMG],
    )
    + rows(ia.draw_grid, "cols", [(OBJ, V), (-1, V), (NAN, V)], images=[IMG, IMG])
    + rows(
        ia.draw_text,
        "img",
        [(OBJ, T), (np.zeros((4, 4), np.int32), V), (np.zeros((2,), np.uint8), V)],
        y=0,
        x=0,
        text="a",
    )
    + rows(ia.draw_text, "y", [(OBJ, V), ("abc", V), (NAN, V)], img=IMG, x=0, text="a")
    + rows(ia.draw_text, "x", [(OBJ, V), (None, V)], img=IMG, y=0, text="a")
    + rows(ia.draw_text, "text", [(OBJ, T), (5, T), (None, T)], img=IMG, y=0, x=0)
    + rows(
        ia.draw_text,
        "color",
        [(OBJ, T), ("abc", T), ((1, 2), V), ((NAN, 0, 0), V)],
        img=IMG,
        y=0,
        x=0,
        text="a",
    )
    + rows(
        ia.draw_text,
        "size",
        [(OBJ, V), ("abc", V), (0, V), (-5, V)],
        img=IMG,
        y=0,
        x=0,
        text="a",
    )
    + rows(
        ia.apply_lut,
        "image",
        [(OBJ, T), (IMG_F, V), (np.zeros((2,), np.uint8), V)],
        table=LUT,
    )
    + rows(
        ia.apply_lut,
        "table",
        [
            (OBJ, T),
            (np.arange(10, dtype=np.uint8), V),
            (np.zeros((256, 2), np.uint8), V),
        ],
        image=IMG,
    )
    + rows(ia.apply_lut_, "table", [(OBJ, T)], image=IMG.copy())
)


@pytest.mark.parametrize("item", HELPER_CASES, ids=_ids(HELPER_CASES))
def test_imgaug_helpers(item):
    check_case(item)


# ================================================================ imgaug.dtypes

DTYPE_CASES = (
    rows(iadt.normalize_dtype, "dtype", DTYPE_BAD + [([np.uint8], T)])
    + rows(iadt.normalize_dtypes, "dtypes", DTYPE_BAD + [([np.uint8, "abc"], T)])
    + rows(iadt.change_dtype_, "arr", [(OBJ, T), ([1, 2], T)], dtype=np.uint8)
    + rows(iadt.change_dtype_, "dtype", DTYPE_BAD, arr=IMG.copy())
    + rows(
        iadt.change_dtypes_,
        "images",
        [(OBJ, T), ("abc", T), ([1, 2], T)],
        dtypes=np.uint8,
    )
    + rows(
        iadt.change_dtypes_,
        "dtypes",
        [(OBJ, T), ("abc", T), ([np.uint8, np.float32], V), ([np.uint8] * 3, V)],
        images=IMGS.copy(),
    )
    + rows(
        iadt.restore_dtypes_,
        "dtypes",
        [(OBJ, T), ([np.uint8], V)],
        images=[IMG.copy(), IMG.copy()],
    )
    + rows(iadt.copy_dtypes_for_restore, "images", [(OBJ, T), (5, T), ([1], T)])
    + rows(
        iadt.increase_itemsize_of_dtype, "dtype", DTYPE_BAD + [(np.bool_, V)], factor=2
    )
    + rows(
        iadt.increase_itemsize_of_dtype,
        "factor",
        [(OBJ, T), ("abc", T), (3, V), (2.0, T)],
        dtype=np.uint8,
    )
    + rows(iadt.increase_itemsize_of_dtype, "dtype", [(np.float64, T)], factor=4)
    + rows(iadt.get_minimal_dtype, "arrays", [(OBJ, V), ([], V), ([OBJ], T)])
    + rows(
        iadt.get_minimal_dtype,
        "increase_itemsize_factor",
        [(OBJ, T), ("abc", T), (3, V)],
        arrays=[IMG],
    )
    + rows(iadt.promote_array_dtypes_, "arrays", [(OBJ, T), ([OBJ], T)])
    + rows(
        iadt.promote_array_dtypes_,
        "dtypes",
        [(OBJ, T), ("abc", T)],
        arrays=[IMG.copy()],
    )
    + rows(iadt.increase_array_resolutions_, "arrays", [(OBJ, T), ([5], T)], factor=2)
    + rows(
        iadt.increase_array_resolutions_,
        "factor",
        [(OBJ, T), (3, V)],
        arrays=IMG.copy(),
    )
    + rows(
        iadt.get_value_range_of_dtype,
        "dtype",
        DTYPE_BAD + [(np.dtype("U3"), V), (np.dtype("O"), V)],
    )
    + rows(
        iadt.clip_,
        "array",
        [(OBJ, T), ([1, 2], T), (None, T), (5, T), (2.5, T)],
        min_value=0,
        max_value=1,
    )
    + rows(
        iadt.clip_,
        "min_value",
        [(OBJ, V), ("abc", V), (NAN, V), ((1, 2), V)],
        array=IMG.copy(),
        max_value=10,
    )
    + rows(iadt.clip_, "max_value", [(OBJ, V), (NAN, V)], array=IMG.copy(), min_value=0)
    + [
        case(
            iadt.clip_,
            V,
            "dtype",
            array=np.zeros((2,), np.int64),
            min_value=0,
            max_value=1,
        )
    ]
    + rows(
        iadt.clip_to_dtype_value_range_,
        "array",
        [(OBJ, T), ([1, 2], T)],
        dtype=np.uint8,
    )
    + rows(iadt.clip_to_dtype_value_range_, "dtype", DTYPE_BAD, array=IMG.copy())
    + rows(
        iadt.clip_to_dtype_value_range_,
        "validate_values",
        [(OBJ, V), ((1, 2, 3), V), (5, V)],
        array=IMG.copy(),
        dtype=np.uint8,
    )
    + rows(
        iadt.gate_dtypes,
        "dtypes",
        DTYPE_BAD + [([IMG, "abc"], T)],
        allowed=["uint8"],
        disallowed=["float64"],
    )
    + rows(
        iadt.gate_dtypes,
        "allowed",
        [(OBJ, T), ("uint8", T), (5, T), ([], V), ([5], T)],
        dtypes=IMG,
        disallowed=[],
    )
    + rows(
        iadt.gate_dtypes,
        "disallowed",
        [(OBJ, T), ("float64", T), ([5], T)],
        dtypes=IMG,
        allowed=["uint8"],
    )
    + [
        case(
            iadt.gate_dtypes,
            V,
            "allowed",
            dtypes=IMG,
            allowed=["uint8"],
            disallowed=["uint8"],
        )
    ]
)


@pytest.mark.parametrize("item", DTYPE_CASES, ids=_ids(DTYPE_CASES))
def test_dtypes(item):
    check_case(item)


# ===================================================================== augmenters

#: Wrong values of discrete arguments that accept integers only (floats: TypeError).
DISC_INT = [(NAN, T) if value is NAN else (value, exc) for value, exc in DISC]

#: Wrong values per kind of argument: ``[(value, expected exception), ...]``.
ARG_KINDS = {
    "prob": PROB,
    "prob_plus": [
        (OBJ, T),
        ("abc", T),
        (None, T),
        (1.5, V),
        (-0.1, V),
        ((0.5, 2.0), V),
        ((1, 2, 3), V),
        ([], V),
        ([0.5, 2.0], V),
    ],
    "cont": CONT,
    "cont_or_none": [item for item in CONT if item[0] is not None],
    "cont_pos": CONT + [(-1, V), ((-2, 1), V), ([1, -1], V)],
    "disc_pos": DISC + [(-1, V)],
    "cval": CONT,  # imgaug.ALL is the only accepted string
    "flag": FLAG,
    "seed": [("abc", T), (OBJ, T), (-1, V), (1.5, T)],
    "severity": [(0, V), (6, V), ((0, 3), V), ([1, 7], V), (1.5, T), ("abc", T)],
    "name": [(123, T), (OBJ, T), (("a",), T)],
    "deterministic": [("abc", T), (1, T), (None, T)],
    "random_state": [("abc", T), (OBJ, T), (-1, V)],
    "children": [(OBJ, T), ("abc", T), (5, T), ([OBJ], T), ([iaa.Identity(), 5], T)],
    "order": [(OBJ, T), ("abc", T), (-1, V), (7, V), (1.5, T), ([], T), ([0, 9], V)],
    "mode": [(OBJ, T), ("abc", V), (5, T), ([], T), (["constant", "abc"], V)],
    "backend": [(OBJ, V), ("abc", V), (None, V)],
    "pad_mode": [(OBJ, T), ("abc", V), (5, T), ([], V), (["constant", "abc"], V)],
    "pad_cval": [(OBJ, T), ("abc", T), (None, T), (NAN, V), ((1, 2, 3), V), ([], V)],
    "position": [(OBJ, T), ("abc", V), ((0.5, 2.0), V), ((1, 2, 3), V), (5, T)],
    "fixed_size": [(OBJ, V), ("abc", V), (-5, V), (1.5, V)],
    "multiple": [(OBJ, V), ("abc", V), (0, V), (-5, V), (1.5, V)],
    "base": [(OBJ, V), ("abc", V), (1, V), (-5, V)],
    "aspect_ratio": [(OBJ, V), ("abc", V), (0, V), (-5, V), (NAN, V)],
    "fraction": [(OBJ, T), ("abc", T), (None, T), (-0.5, V), (1.5, V), (NAN, V)],
    "n": [(OBJ, T), ("abc", T), (-5, V), ((1, 2, 3), T), ([], T)],
    "shuffle_channels": [(OBJ, T), ("abc", T), (5, T), ([0, "a"], T), ((0, 1), T)],
    "with_channels": [(OBJ, T), ("abc", T), (NAN, T), ([0, "a"], T)],
    "assert_shape": [
        (OBJ, V),
        ("abc", V),
        ((1, 2, 3), V),
        ((None, None, None, "a"), T),
        ((None, None, None, OBJ), T),
    ],
    "func": [(OBJ, T), ("abc", T), (5, T)],
    "func_or_keypoints": [(OBJ, T), ("abc", T), (5, T)],
    "px": [(OBJ, T), ("abc", T), (1.5, T), ((1, 2, 3), V), ([], T)],
    "percent": [(OBJ, T), ("abc", T), (-1.0, V), ((1, 2, 3), V), ([], T), (NAN, V)],
    "crop_px": [(OBJ, T), ("abc", T), (-1, V), ((1, 2, 3), V)],
    "crop_percent": [(OBJ, T), ("abc", T), (-0.1, V), ((1, 2, 3), V)],
    "resize_size": [
        (OBJ, V),
        ("abc", V),
        (-5, V),
        (0, V),
        ((1, 2, 3), V),
        ({"z": 1}, V),
        (NAN, V),
    ],
    "resize_interpolation": [
        (OBJ, T),
        ("abc", V),
        (-5, V),
        (99, V),
        ([], V),
        (["abc"], V),
    ],
    "keep_interpolation": [(OBJ, V), ("abc", V), (-5, V), ([], V), (["abc"], V)],
    "affine_scale": [
        (OBJ, T),
        ("abc", T),
        (-1, V),
        (0, V),
        ((1, 2, 3), V),
        ({"z": 1}, V),
        (NAN, V),
    ],
    "affine_translate_percent": [item for item in CONT if item[0] is not None]
    + [({"z": 1}, V), ({}, V)],
    "affine_translate_px": [
        (OBJ, T),
        ("abc", T),
        (1.5, T),
        ((1, 2, 3), V),
        ({"z": 1}, V),
    ],
    "affine_shear": [item for item in CONT if item[0] is not None] + [({"z": 1}, V)],
    "polygon_recoverer": [(OBJ, T), ("abc", T), (5, T)],
    "disc_order": [(OBJ, T), ("abc", T), (-1, V), (6, V), ([], V)],
    "categorical_mode": [(OBJ, T), (5, T), ("abc", V), ([], V), (["abc"], V)],
    "cv2_flag": [(OBJ, V), ("abc", V), (99, V), ([], V)],
    "scale_shortcut": [
        (OBJ, T),
        ("abc", T),
        (-1, V),
        (0, V),
        ((1, 2, 3), V),
        ({"z": 1}, T),
        (NAN, V),
    ],
    # pooling, segmentation
    "kernel_size": [
        (OBJ, T),
        ("abc", T),
        (None, T),
        (-1, V),
        (1.5, T),
        ((1, 2, 3), V),
        ((-1, 2), V),
        ([], V),
        ((2, "a"), T),
    ],
    "disc_int_pos": [
        (OBJ, T),
        ("abc", T),
        (None, T),
        (NAN, T),
        (1.5, T),
        (0, V),
        (-1, V),
        ((0, 3), V),
        ((1, 2, 3), V),
        ([], V),
        (["a"], V),
    ],
    "relative_fraction": [
        (OBJ, T),
        ("abc", T),
        (None, T),
        (NAN, V),
        (0.0, V),
        (1.5, V),
        ((0.5, 2.0), V),
        ([], V),
    ],
    "p_drop": [
        (OBJ, T),
        ("abc", T),
        (None, T),
        (1.5, V),
        (-0.1, V),
        (NAN, V),
        ((0.5, 2.0), V),
        ((0.6, 0.2), V),
        ((1, 2, 3), V),
    ],
    "max_size": [(OBJ, T), ("abc", T), (1.5, T), (True, T), (0, V), (-5, V)],
    "segment_interpolation": [
        (OBJ, T),
        ("abc", V),
        (-5, V),
        (99, V),
        (1.5, T),
        ([], T),
    ],
    "points_sampler": [(OBJ, T), ("abc", T), (5, T), (None, T)],
    "translate_px_shortcut": [
        (OBJ, T),
        ("abc", T),
        (1.5, T),
        ((1, 2, 3), V),
        ({"z": 1}, T),
    ],
    "average_kernel_size": [
        (OBJ, T),
        ("abc", T),
        (None, T),
        (NAN, V),
        (-1, V),
        ((1, 2, 3), V),
        ([], V),
        (((1, 2), "a"), T),
        ((3, -1), V),
    ],
    "odd_kernel_size": DISC_INT + [(-1, V), (0, V), (4, V), ((3, 6), V), ([3, 4], V)],
    "motion_kernel_size": DISC_INT + [(1, V), (-3, V)],
    "direction_unit": CONT + [(1.5, V), (-2.0, V)],
    "disc_at_least_1": DISC_INT + [(0, V), (-1, V)],
    "cont_at_least_1": CONT + [(0.5, V), ((0.5, 10), V)],
    "cont_at_least_0_01": CONT + [(0.0, V), (-1.0, V)],
    "conv_matrix": [
        (OBJ, T),
        ("abc", T),
        (5, T),
        (np.zeros((3,)), V),
        (np.zeros((3, 3, 3)), V),
        (np.zeros((0, 0)), V),
        (np.full((3, 3), "a"), T),
    ],
    "canny_thresholds": [
        (OBJ, T),
        ("abc", T),
        (None, T),
        (NAN, V),
        (-1, V),
        (300, V),
        ((1, 2, 3), V),
        (((0, 300), (10, 20)), V),
    ],
    "sobel_kernel_size": DISC_INT + [(-1, V), (8, V)],
    "colorizer": [(OBJ, T), ("abc", T), (5, T)],
    # arithmetic (rest) and contrast
    "dropout_p": [
        (OBJ, T),
        ("abc", T),
        (None, T),
        (1.5, V),
        (-0.1, V),
        (NAN, V),
        ((0.5, 0.2), V),
        ((0.2, 1.5), V),
        ((1, 2, 3), V),
        ([], V),
        ([0.5, 2.0], V),
    ],
    "size_px": [(OBJ, T), ("abc", T), (-1, V), ((1, 2, 3), V), (1.5, T)],
    "size_percent": [(OBJ, T), ("abc", T), (-0.1, V), ((1, 2, 3), V)],
    "min_size": [(OBJ, T), ("abc", T), (None, T), (0, V), (-3, V), (1.5, T)],
    "int_any": [(OBJ, T), ("abc", T), (None, T), (1.5, T)],
    "disc_pos_int": [item for item in DISC if item[0] is not NAN]
    + [(NAN, T), (-1, V), (1.5, T)],
    "tile_min": [(OBJ, T), ("abc", T), (None, T), (-1, V), (1.5, T)],
    "unit_size": CONT + [(-0.1, V), (1.5, V), ((0.1, 2.0), V)],
    "unit_interval": CONT + [(-0.1, V), (1.5, V), ((0.1, 2.0), V)],
    "number_or_none": [(OBJ, T), ("abc", T), (NAN, V), ((1, 2), T)],
    "compression": CONT + [(-1, V), (150, V), ((0, 150), V), ([50, 101], V)],
    # mix
    "cont_unit": CONT + [(-0.5, V), (1.5, V), ((0.5, 1.5), V)],
    "mix_size": [
        (OBJ, T),
        ("abc", T),
        (None, T),
        ((0, 2), V),
        ((2, -1), V),
        ((2,), T),
        ((1.5, 2), T),
    ],
    "mix_cell_shape": [(OBJ, T), ("abc", T), ((0, 2), V), ((2,), T), ((1.5, 2), T)],
    "mix_choice": [(OBJ, T), (5, T), (None, T), ("abc", V)],
    "mix_interpolation": [(OBJ, T), ("abc", V), (99, V), (-5, V), (1.5, T), ([], T)],
    "mix_cval": [(OBJ, T), ("abc", T), (None, T), (NAN, V), ((1, 2, 3), T), ([], T)],
    "metadata_key": [(OBJ, T), (5, T), ("not a keyword", V), ("images", V), ("", V)],
    # color
    "colorspace": [(OBJ, T), (5, T), (None, T), ("abc", V), ("GRAY", V)],
    "colorspace_or_gray": [(OBJ, T), (5, T), (None, T), ("abc", V)],
    "colorspace_choice": [
        (OBJ, T),
        (5, T),
        (None, T),
        ("abc", V),
        ([], V),
        (["HSV", "abc"], V),
    ],
    "colorspace_or_none": [
        (OBJ, T),
        (5, T),
        ("abc", V),
        ("GRAY", V),
        ([], T),
        (["HSV", "abc"], V),
    ],
    "brightness_colorspace": [
        (OBJ, T),
        (5, T),
        ("abc", V),
        ("RGB", V),
        ([], V),
        (["HSV", "RGB"], V),
    ],
    "mul_or_none": [item for item in CONT if item[0] is not None] + [(20, V)],
    "mul_hue": CONT + [(20, V), ((-20, 1), V)],
    "mul_saturation": CONT + [(-1, V), (20, V)],
    "mul_saturation_or_none": [item for item in CONT if item[0] is not None]
    + [(-1, V), (20, V)],
    "hue_saturation_offset": [
        (OBJ, T),
        ("abc", T),
        (None, T),
        (1.5, T),
        (NAN, T),
        (300, V),
        ((1, 2, 3), V),
        ([], V),
        (["a"], V),
    ],
    "hue_saturation_offset_or_none": [
        (OBJ, T),
        ("abc", T),
        (1.5, T),
        (300, V),
        ((-300, 0), V),
        ((1, 2, 3), V),
        ([], V),
    ],
    "kelvin": CONT + [(500, V), (50000, V), ((900, 5000), V)],
    "n_colors": [
        (OBJ, T),
        ("abc", T),
        (None, T),
        (1, V),
        (1.5, T),
        ((1, 2, 3), V),
        ([], V),
    ],
    "nb_bits": [(OBJ, T), ("abc", T), (None, T), (0, V), (9, V), (1.5, T), ([], V)],
    "int_param": [
        (OBJ, T),
        ("abc", T),
        (None, T),
        (NAN, T),
        (1.5, T),
        ((1, 2, 3), V),
        ([], V),
        (["a"], V),
    ],
    "grid_min2": [(1, V), (0, V), ((1, 3), V), ([2, 1], V), (1.5, T), (OBJ, T)],
    "grid_min1": [(0, V), (-1, V), ((0, 3), V), (1.5, T), (OBJ, T), ([], V)],
    "steps_min0": [(-1, V), ((-1, 2), V), (1.5, T), (OBJ, T), ("abc", T)],
}

#: Kind of every augmenter argument, by argument name.
AUGMENTER_ARG_KINDS = {
    "seed": "seed",
    "name": "name",
    "deterministic": "deterministic",
    "random_state": "random_state",
    "p": "prob",
    "per_channel": "prob",
    "value": "cont",
    "mul": "cont",
    "loc": "cont",
    "scale": "cont_pos",
    "lam": "cont_pos",
    "sigma": "cont_pos",
    "children": "children",
    "then_list": "children",
    "else_list": "children",
    "random_order": "flag",
    "keep_size": "flag",
    "sample_independently": "flag",
    "fit_output": "flag",
    "n": "n",
    "fraction": "fraction",
    "shape": "assert_shape",
    "order": "order",
    "mode": "mode",
    "cval": "cval",
    "backend": "backend",
    "pad_mode": "pad_mode",
    "pad_cval": "pad_cval",
    "position": "position",
    "width": "fixed_size",
    "height": "fixed_size",
    "width_multiple": "multiple",
    "height_multiple": "multiple",
    "width_base": "base",
    "height_base": "base",
    "aspect_ratio": "aspect_ratio",
    "px": "px",
    "percent": "percent",
    "size": "resize_size",
    "interpolation": "resize_interpolation",
    "interpolation_heatmaps": "keep_interpolation",
    "interpolation_segmaps": "keep_interpolation",
    "rotate": "cont_or_none",
    "alpha": "cont_pos",
    "polygon_recoverer": "polygon_recoverer",
    "shear": "affine_shear",
    "translate_percent": "affine_translate_percent",
    "translate_px": "affine_translate_px",
    "func_images": "func",
    "func_heatmaps": "func",
    "func_segmentation_maps": "func",
    "func_keypoints": "func",
    "func_bounding_boxes": "func_or_keypoints",
    "func_polygons": "func_or_keypoints",
    "func_line_strings": "func_or_keypoints",
    "check_images": "flag",
    "check_heatmaps": "flag",
    "check_segmentation_maps": "flag",
    "check_keypoints": "flag",
    "check_bounding_boxes": "flag",
    "check_polygons": "flag",
    "check_line_strings": "flag",
    "d": "disc_at_least_1",
    "sigma_color": "cont_at_least_1",
    "sigma_space": "cont_at_least_1",
    "spatial_radius": "cont_at_least_0_01",
    "color_radius": "cont_at_least_0_01",
    "angle": "cont",
    "direction": "cont",
    "matrix": "conv_matrix",
    "lightness": "cont_pos",
    "strength": "cont_pos",
    "hysteresis_thresholds": "canny_thresholds",
    "sobel_kernel_size": "sobel_kernel_size",
    "colorizer": "colorizer",
    "blur_ksize": "cont_pos",
    "segmentation_size": "cont_pos",
    "saturation": "cont_pos",
    "edge_prevalence": "cont_pos",
    "mask": "prob_plus",
    "replacement": "cont",
    "size_px": "size_px",
    "size_percent": "size_percent",
    "min_size": "min_size",
    "nb_keep_channels": "int_any",
    "nb_iterations": "disc_pos_int",
    "squared": "prob",
    "fill_mode": "categorical_mode",
    "fill_per_channel": "prob",
    "min_value": "number_or_none",
    "max_value": "number_or_none",
    "threshold": "cont_or_none",
    "invert_above_threshold": "prob",
    "compression": "compression",
    "gamma": "cont",
    "gain": "cont_pos",
    "cutoff": "unit_interval",
    "clip_limit": "cont_pos",
    "tile_grid_size_px": "kernel_size",
    "tile_grid_size_px_min": "tile_min",
    "from_colorspace": "colorspace",
    "to_colorspace": "colorspace",
    "kernel_size": "kernel_size",
    "p_replace": "prob_plus",
    "n_segments": "disc_int_pos",
    "max_size": "max_size",
    "points_sampler": "points_sampler",
    "n_points": "disc_int_pos",
    "n_rows": "disc_int_pos",
    "n_cols": "disc_int_pos",
    "p_drop_points": "p_drop",
    "n_rows_frac": "relative_fraction",
    "n_cols_frac": "relative_fraction",
    "severity": "severity",
    # mix
    "grid_yx": "mix_size",
    "target_size": "mix_size",
    "cell_shape": "mix_cell_shape",
    "center_range": "cont_unit",
    "fit_mode": "mix_choice",
    "min_visibility": "fraction",
    "metadata_key": "metadata_key",
    "blend_ratio": "cont_unit",
    "transform_type": "mix_choice",
    "add": "cont",
    "kelvin": "kelvin",
    "n_colors": "n_colors",
    "nb_bits": "nb_bits",
    "absolute_scale": "flag",
    "allow_pad": "flag",
    "k": "int_param",
    "max_steps": "steps_min0",
}

#: Per-class kinds where the same name means something else.
AUGMENTER_ARG_OVERRIDES = {
    ("ChannelShuffle", "channels"): "shuffle_channels",
    ("KeepSizeByResize", "interpolation"): "keep_interpolation",
    ("ElasticTransformation", "order"): "disc_order",
    ("ElasticTransformation", "mode"): "categorical_mode",
    ("AffineCv2", "rotate"): "cont",
    ("WithChannels", "channels"): "with_channels",
    ("Affine", "scale"): "affine_scale",
    ("Affine", "cval"): "cval",
    ("ScaleX", "scale"): "scale_shortcut",
    ("ScaleY", "scale"): "scale_shortcut",
    ("TranslateX", "percent"): "cont_or_none",
    ("TranslateY", "percent"): "cont_or_none",
    ("TranslateX", "px"): "translate_px_shortcut",
    ("TranslateY", "px"): "translate_px_shortcut",
    ("ShearX", "shear"): "cont",
    ("ShearY", "shear"): "cont",
    ("AffineCv2", "scale"): "cont_pos",
    ("AffineCv2", "translate_percent"): "cont_or_none",
    ("AffineCv2", "translate_px"): "affine_translate_px",
    ("AffineCv2", "shear"): "cont",
    ("AffineCv2", "order"): "cv2_flag",
    ("AffineCv2", "mode"): "cv2_flag",
    ("Crop", "px"): "crop_px",
    ("Crop", "percent"): "crop_percent",
    ("Pad", "px"): "crop_px",
    ("Pad", "percent"): "crop_percent",
    ("Lambda", "func_bounding_boxes"): "func_or_keypoints",
    ("AssertLambda", "func_bounding_boxes"): "func",
    ("AssertLambda", "func_polygons"): "func",
    ("AssertLambda", "func_line_strings"): "func",
    ("AverageBlur", "k"): "average_kernel_size",
    ("MedianBlur", "k"): "odd_kernel_size",
    ("MotionBlur", "k"): "motion_kernel_size",
    ("MotionBlur", "direction"): "direction_unit",
    ("Dropout", "p"): "dropout_p",
    ("CoarseDropout", "p"): "dropout_p",
    ("Dropout2d", "p"): "dropout_p",
    ("TotalDropout", "p"): "dropout_p",
    ("SaltAndPepper", "p"): "prob_plus",
    ("ImpulseNoise", "p"): "prob_plus",
    ("CoarseSaltAndPepper", "p"): "prob_plus",
    ("Salt", "p"): "prob_plus",
    ("CoarseSalt", "p"): "prob_plus",
    ("Pepper", "p"): "prob_plus",
    ("CoarsePepper", "p"): "prob_plus",
    ("Cutout", "size"): "unit_size",
    ("LinearContrast", "alpha"): "cont",
    ("Superpixels", "interpolation"): "segment_interpolation",
    ("Voronoi", "interpolation"): "segment_interpolation",
    ("UniformVoronoi", "interpolation"): "segment_interpolation",
    ("RegularGridVoronoi", "interpolation"): "segment_interpolation",
    ("RelativeRegularGridVoronoi", "interpolation"): "segment_interpolation",
    ("Mosaic", "interpolation"): "mix_interpolation",
    ("Mosaic", "cval"): "mix_cval",
    ("WithBrightnessChannels", "to_colorspace"): "brightness_colorspace",
    ("MultiplyAndAddToBrightness", "to_colorspace"): "brightness_colorspace",
    ("MultiplyBrightness", "to_colorspace"): "brightness_colorspace",
    ("AddToBrightness", "to_colorspace"): "brightness_colorspace",
    ("ChangeColorspace", "to_colorspace"): "colorspace_choice",
    ("KMeansColorQuantization", "to_colorspace"): "colorspace_or_none",
    ("KMeansColorQuantization", "interpolation"): "keep_interpolation",
    ("UniformColorQuantization", "to_colorspace"): "colorspace_or_none",
    ("UniformColorQuantization", "interpolation"): "keep_interpolation",
    ("UniformColorQuantizationToNBits", "to_colorspace"): "colorspace_or_none",
    ("UniformColorQuantizationToNBits", "interpolation"): "keep_interpolation",
    ("Posterize", "to_colorspace"): "colorspace_or_none",
    ("Posterize", "interpolation"): "keep_interpolation",
    ("MultiplyHueAndSaturation", "mul"): "mul_or_none",
    ("MultiplyHueAndSaturation", "mul_hue"): "mul_or_none",
    ("MultiplyHueAndSaturation", "mul_saturation"): "mul_saturation_or_none",
    ("MultiplyHue", "mul"): "mul_hue",
    ("MultiplySaturation", "mul"): "mul_saturation",
    ("RemoveSaturation", "mul"): "fraction",
    ("AddToHueAndSaturation", "value"): "hue_saturation_offset_or_none",
    ("AddToHueAndSaturation", "value_hue"): "hue_saturation_offset_or_none",
    ("AddToHueAndSaturation", "value_saturation"): "hue_saturation_offset_or_none",
    ("AddToHue", "value"): "hue_saturation_offset",
    ("AddToSaturation", "value"): "hue_saturation_offset",
    ("PiecewiseAffine", "nb_rows"): "grid_min2",
    ("PiecewiseAffine", "nb_cols"): "grid_min2",
    ("Jigsaw", "nb_rows"): "grid_min1",
    ("Jigsaw", "nb_cols"): "grid_min1",
    ("PerspectiveTransform", "mode"): "cv2_flag",
}

# ---------------------------------------------------------------- pillike
# (pillike.Posterize is color.Posterize: its rows are those of "Posterize")
ARG_KINDS.update(
    {
        "pillike_threshold": [item for item in CONT if item[0] is not None],
        "pillike_cutoff": DISC + [(-1, V), (50, V)],
    }
)
AUGMENTER_ARG_OVERRIDES.update(
    {
        ("pillike.Solarize", "threshold"): "pillike_threshold",
        ("pillike.Autocontrast", "cutoff"): "pillike_cutoff",
        ("pillike.EnhanceColor", "factor"): "cont_pos",
        ("pillike.EnhanceContrast", "factor"): "cont_pos",
        ("pillike.EnhanceBrightness", "factor"): "cont_pos",
        ("pillike.EnhanceSharpness", "factor"): "cont_pos",
        ("pillike.Affine", "fillcolor"): "cval",
        ("pillike.Affine", "center"): "position",
    }
)

#: Valid values for required constructor arguments.
REQUIRED_ARGS = {
    "mask": 0.5,
    "replacement": 0,
    "children": [iaa.Identity()],
    "shape": (None, None, None, None),
    "fraction": 0.5,
    "size": 8,
    "aspect_ratio": 1.0,
    "width": 8,
    "height": 8,
    "width_multiple": 2,
    "height_multiple": 2,
    "width_base": 2,
    "height_base": 2,
    "points_sampler": iaa.RegularGridPointsSampler(2, 2),
    "to_colorspace": "HSV",
}

#: Modules whose augmenters this audit covers.
AUDITED_MODULES = {
    "meta",
    "flip",
    "size",
    "geometric",
    "arithmetic",
    "blur",
    "convolutional",
    "edges",
    "artistic",
    "contrast",
    "pooling",
    "segmentation",
    "mix",
    "color",
}
#: Sub-modules reached as ``iaa.<name>`` only; their augmenters are audited too
#: (labelled and overridden as ``"<name>.<Class>"``).
AUDITED_SUBMODULES = ("pillike", "imgcorruptlike")

# ---------------------------------------------------------------- composites
# blend, collections (RandAugment), debug and weather
AUDITED_MODULES |= {"blend", "collections", "debug", "weather"}
ARG_KINDS.update(
    {
        "mask_generator": [(OBJ, T), ("abc", T), (5, T), (None, T)],
        "noise_size_px_max": DISC + [(0, V)],
        "upscale_method_or_none": [(OBJ, T), (5, T), ("abc", V), ([], V)],
        "noise_iterations": [(OBJ, T), ("abc", T), (0, V), ((1, 2, 3), V), ([], V)],
        "aggregation_method": [(OBJ, T), (5, T), ("abc", V), (["max", "abc"], V)],
        "sigmoid": [(OBJ, T), ("abc", T), (None, T), (1.5, V), (-0.5, V)],
        "cont_or_none_any": [item for item in CONT if item[0] is not None],
        "nb_bins": DISC_INT + [(0, V), (257, V)],
        "rotation_deg": CONT + [(-400, V), (400, V), ((0, 500), V)],
        "class_ids": [(OBJ, T), ("abc", T), (1.5, T), ((1, 2), T), ([1, "a"], T)],
        "nb_samples": [(OBJ, T), ("abc", T), (-1, V), (1.5, T), ((1, 2, 3), V)],
        "labels": [(OBJ, T), (5, T), ([1], T), ((1, 2), T)],
        "destination": [(OBJ, T), (5, T), ("/no/such/folder/for/debug/images", V)],
        "interval": [(OBJ, T), ("abc", T), (None, T), (1.5, T), (0, V), (True, T)],
        "lightness_threshold": CONT + [(-1, V), (300, V)],
        "blur_sigma_limits": [(OBJ, T), ("abc", T), ((1, 2, 3), T), ((2, 1), V)],
        "density": [item for item in ARG_KINDS["prob_plus"] if item[0] is not None],
    }
)
AUGMENTER_ARG_KINDS.update(
    {
        "foreground": "children",
        "background": "children",
        "mask_generator": "mask_generator",
        "factor": "cont_unit",
        "size_px_max": "noise_size_px_max",
        "upscale_method": "upscale_method_or_none",
        "iterations": "noise_iterations",
        "aggregation_method": "aggregation_method",
        "sigmoid": "sigmoid",
        "sigmoid_thresh": "cont_or_none_any",
        "exponent": "cont",
        "nb_bins": "nb_bins",
        "smoothness": "cont_unit",
        "rotation_deg": "rotation_deg",
        "from_colorspace": "colorspace",
        "start_at": "cont_unit",
        "end_at": "cont_unit",
        "nb_rows": "grid_min1",
        "nb_cols": "grid_min1",
        "class_ids": "class_ids",
        "nb_sample_classes": "nb_samples",
        "labels": "labels",
        "nb_sample_labels": "nb_samples",
        "m": "disc_pos_int",
        "destination": "destination",
        "interval": "interval",
        "lightness_threshold": "lightness_threshold",
        "lightness_multiplier": "cont_pos",
        "intensity_mean": "cont",
        "intensity_freq_exponent": "cont",
        "intensity_coarse_scale": "cont_pos",
        "alpha_min": "cont",
        "alpha_multiplier": "cont",
        "alpha_size_px_max": "noise_size_px_max",
        "alpha_freq_exponent": "cont",
        "sparsity": "cont",
        "density_multiplier": "cont",
        "density": "density",
        "density_uniformity": "cont_unit",
        "flake_size": "cont_unit",
        "flake_size_uniformity": "cont_unit",
        "drop_size": "cont_unit",
        "drop_size_uniformity": "cont_unit",
        "speed": "cont_unit",
        "blur_sigma_fraction": "cont_unit",
        "blur_sigma_limits": "blur_sigma_limits",
    }
)
AUGMENTER_ARG_OVERRIDES.update(
    {
        ("BlendAlphaSomeColors", "alpha"): "cont_unit",
        ("BlendAlphaRegularGrid", "alpha"): "cont_unit",
        ("BlendAlphaHorizontalLinearGradient", "min_value"): "cont_unit",
        ("BlendAlphaHorizontalLinearGradient", "max_value"): "cont_unit",
        ("BlendAlphaVerticalLinearGradient", "min_value"): "cont_unit",
        ("BlendAlphaVerticalLinearGradient", "max_value"): "cont_unit",
        ("Rain", "nb_iterations"): "n",
        ("RandAugment", "cval"): "cval",
    }
)
REQUIRED_ARGS.update(
    {
        "mask_generator": iaa.CheckerboardMaskGen(2, 2),
        "nb_rows": 2,
        "nb_cols": 2,
        "class_ids": 1,
        "labels": "a",
        "destination": ".",
        "interval": 1,
        "intensity_mean": 200,
        "intensity_freq_exponent": -2.0,
        "intensity_coarse_scale": 10,
        "alpha_min": 0.0,
        "alpha_multiplier": 0.5,
        "alpha_size_px_max": 8,
        "alpha_freq_exponent": -2.0,
        "sparsity": 1.0,
        "density_multiplier": 1.0,
        "density": 0.05,
        "density_uniformity": 0.5,
        "flake_size": 0.5,
        "flake_size_uniformity": 0.5,
        "drop_size": 0.01,
        "drop_size_uniformity": 0.3,
        "angle": 0.0,
        "speed": 0.01,
        "blur_sigma_fraction": 0.001,
    }
)


def _class_label(cls):
    family = cls.__module__.rsplit(".", 1)[-1]
    return f"{family}.{cls.__name__}" if family in AUDITED_SUBMODULES else cls.__name__


def _augmenter_classes():
    classes = []
    for name, obj in sorted(vars(iaa).items()):
        if not (isinstance(obj, type) and issubclass(obj, iaa.Augmenter)):
            continue
        if name == "Augmenter" or name.startswith("_"):
            continue
        if obj.__module__.rsplit(".", 1)[-1] in AUDITED_MODULES:
            classes.append(obj)
    for family in AUDITED_SUBMODULES:
        module = getattr(iaa, family)
        for name, obj in sorted(vars(module).items()):
            if (
                isinstance(obj, type)
                and issubclass(obj, iaa.Augmenter)
                and not name.startswith("_")
                and obj.__module__ == module.__name__
            ):
                classes.append(obj)
    return classes


def _constructor_args(cls):
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    return [p for p in params if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]


def _arg_kind(cls, arg):
    for key in ((_class_label(cls), arg), (cls.__name__, arg)):
        if key in AUGMENTER_ARG_OVERRIDES:
            return AUGMENTER_ARG_OVERRIDES[key]
    return AUGMENTER_ARG_KINDS.get(arg)


def _augmenter_cases():
    cases = []
    for cls in _augmenter_classes():
        params = _constructor_args(cls)
        required = {
            p.name: REQUIRED_ARGS[p.name]
            for p in params
            if p.default is inspect.Parameter.empty and p.name in REQUIRED_ARGS
        }
        for param in params:
            kind = _arg_kind(cls, param.name)
            if kind is None:
                continue  # reported by test_every_augmenter_argument_has_a_kind
            for value, exc in ARG_KINDS[kind]:
                kwargs = dict(required)
                kwargs[param.name] = value
                cases.append(
                    Case(
                        cls,
                        kwargs,
                        exc,
                        param.name,
                        f"{_class_label(cls)}-{param.name}={_value_label(value)}",
                    )
                )
    return cases


AUGMENTER_CASES = _augmenter_cases()


def test_every_augmenter_argument_has_a_kind():
    """New augmenters/arguments need rows here (rule A covers every constructor)."""
    missing = [
        f"{cls.__name__}.{param.name}"
        for cls in _augmenter_classes()
        for param in _constructor_args(cls)
        if _arg_kind(cls, param.name) is None
    ]
    assert missing == []


def test_augmenter_table_is_not_empty():
    names = {cls.__name__ for cls in _augmenter_classes()}
    assert {"Fliplr", "Affine", "CropAndPad", "Sequential", "Add", "GaussianBlur"} <= (
        names
    )
    assert len(AUGMENTER_CASES) > 500


@pytest.mark.parametrize("item", AUGMENTER_CASES, ids=_ids(AUGMENTER_CASES))
def test_augmenter_constructors(item):
    check_case(item)


# ============================================================ augmenter calls

_FLIP = iaa.Fliplr(1.0)
_IMAGE = np.zeros((4, 4, 3), dtype=np.uint8)


def _augment_batches(**kwargs):
    return list(_FLIP.augment_batches(**kwargs))


CALL_CASES = (
    rows(_FLIP.augment, "images", [(OBJ, V), ("abc", V), ([1, 2], T)])
    + rows(_FLIP.augment, "image", [(OBJ, T), (np.zeros((3,)), V)])
    + rows(
        _FLIP.augment, "keypoints", [(OBJ, T), ("abc", T), ([[1, 2]], T)], image=_IMAGE
    )
    + rows(_FLIP.augment, "bounding_boxes", [(OBJ, T)], image=_IMAGE)
    + rows(_FLIP.augment, "polygons", [(OBJ, T)], image=_IMAGE)
    + rows(_FLIP.augment, "line_strings", [(OBJ, T)], image=_IMAGE)
    + rows(
        _FLIP.augment,
        "heatmaps",
        [(OBJ, T), (np.zeros((1, 4, 4, 1), np.int32), T)],
        image=_IMAGE,
    )
    + rows(_FLIP.augment, "segmentation_maps", [(OBJ, T)], image=_IMAGE)
    + rows(_FLIP.augment, "return_batch", [("abc", T), (None, T)], image=_IMAGE)
    + [case(_FLIP.augment, V, "imgs", imgs=_IMAGE)]
    + rows(
        _FLIP.augment,
        "images",
        [
            (np.zeros((1, 4, 4, 3), dtype=object), T),
            ([np.zeros((4, 4, 3), dtype=np.complex64)], T),
            (np.full((1, 4, 4, 3), "a"), T),
        ],
    )
    + rows(
        _FLIP.augment,
        "image",
        [
            (np.zeros((4, 4, 3), dtype=object), T),
            (np.zeros((4, 4, 3), dtype=np.complex64), T),
        ],
    )
    + rows(
        _FLIP.augment,
        "keypoints",
        [([KeypointsOnImage([], shape=(4, 4, 3))] * 3, V)],
        images=np.zeros((2, 4, 4, 3), dtype=np.uint8),
    )
    + rows(
        _FLIP.augment,
        "segmentation_maps",
        [(np.zeros((3, 4, 4, 1), dtype=np.int32), V)],
        images=np.zeros((2, 4, 4, 3), dtype=np.uint8),
    )
    + [
        case(
            lambda **kw: _FLIP.augment_batch_(Batch(**kw)),
            V,
            "keypoints",
            images=np.zeros((2, 4, 4, 3), dtype=np.uint8),
            keypoints=[KeypointsOnImage([Keypoint(1, 1)], shape=(4, 4, 3))],
        )
    ]
    + rows(_FLIP.augment_images, "images", [(OBJ, V), ([OBJ], T)])
    + rows(_FLIP.augment_image, "image", [(OBJ, T), ([1], T)])
    + [case(_FLIP.augment_keypoints, T, "keypoints", keypoints_on_images=OBJ)]
    + rows(_FLIP.augment_batch_, "batch", [(OBJ, V), (None, V)])
    + rows(_FLIP.to_deterministic, "n", [("abc", V), (0, V), (1.5, V)])
    + rows(_FLIP.seed_, "entropy", [("abc", T), (OBJ, T), (-1, V)])
    + rows(_FLIP.seed_, "deterministic_too", [("abc", T), (None, T)])
    + rows(_FLIP.copy_random_state, "matching", [("abc", V)], source=iaa.Fliplr(seed=1))
    + rows(_augment_batches, "batches", [(OBJ, T), ("abc", T), (5, T)])
    + [
        case(
            lambda channels: iaa.WithChannels(channels, iaa.Add(1))(image=_IMAGE),
            V,
            "channels",
            channels=channels,
        )
        for channels in ([3], [0, 5], [-4], -5)
    ]
)


@pytest.mark.parametrize("item", CALL_CASES, ids=_ids(CALL_CASES))
def test_augmenter_calls(item):
    check_case(item)


# ============================================================ imgcorruptlike
# Sub-module classes are not in ``vars(iaa)``, so the constructor audit above does
# not enumerate them; their rows are listed here.

_ICL_IMAGE = np.zeros((32, 32, 3), dtype=np.uint8)
_ICL_SEVERITY = [(0, V), (6, V), ((0, 3), V), ([1, 7], V), (1.5, T), ("abc", T)]
IMGCORRUPTLIKE_CASES = (
    [
        case(cls, exc, "severity", severity=value)
        for cls in (iaa.imgcorruptlike.Contrast, iaa.imgcorruptlike.ElasticTransform)
        for value, exc in _ICL_SEVERITY
    ]
    + rows(iaa.imgcorruptlike.Fog, "seed", ARG_KINDS["seed"])
    + rows(iaa.imgcorruptlike.Fog, "name", ARG_KINDS["name"])
    + rows(
        iaa.imgcorruptlike.apply_gaussian_noise,
        "severity",
        [(0, V), (6, V), (1.5, T), (None, T)],
        x=_ICL_IMAGE,
    )
    + rows(
        iaa.imgcorruptlike.apply_fog,
        "x",
        [
            (OBJ, T),
            (np.zeros((31, 40, 3), np.uint8), V),
            (np.zeros((40, 40, 4), np.uint8), V),
            (np.zeros((40, 40, 3), np.float32), V),
        ],
    )
    + rows(
        iaa.imgcorruptlike.apply_elastic_transform,
        "image",
        [(OBJ, T), (np.zeros((40, 20), np.uint8), V)],
    )
    + rows(iaa.imgcorruptlike.apply_snow, "seed", [(-1, V), ("a", T)], x=_ICL_IMAGE)
    + rows(iaa.imgcorruptlike.get_corruption_names, "subset", [("abc", V), (OBJ, V)])
)


@pytest.mark.parametrize("item", IMGCORRUPTLIKE_CASES, ids=_ids(IMGCORRUPTLIKE_CASES))
def test_imgcorruptlike(item):
    check_case(item)


# ================================================ filter functions (blur, edges, ...)

_RGB = np.zeros((4, 4, 3), dtype=np.uint8)
_COLORIZER = iaa.RandomColorsBinaryImageColorizer()


def _colorize(**kwargs):
    params = {
        "image_binary": np.zeros((4, 4), dtype=bool),
        "image_original": _RGB,
        "nth_image": 0,
        "random_state": iarandom.RNG(0),
    }
    params.update(kwargs)
    return _COLORIZER.colorize(**params)


FILTER_FUNCTION_CASES = (
    rows(
        iaa.blur_mean_shift_,
        "image",
        [(np.zeros((4, 4, 2), np.uint8), V), (np.zeros((4,), np.uint8), V)],
        spatial_window_radius=2,
        color_window_radius=2,
    )
    + rows(
        iaa.stylize_cartoon,
        "image",
        [(OBJ, T), (np.zeros((4, 4, 1), np.uint8), V)],
    )
    + rows(iaa.stylize_cartoon, "from_colorspace", [("abc", V)], image=_RGB)
    + rows(
        _colorize,
        "image_binary",
        [(np.zeros((4, 4, 1), bool), V), (np.zeros((4, 4), np.uint8), T)],
    )
    + rows(
        _colorize,
        "image_original",
        [(np.zeros((4, 4, 2), np.uint8), V), (np.zeros((4, 4, 3), np.float32), T)],
    )
    + rows(iaa.RandomColorsBinaryImageColorizer, "color_true", DISC_INT + [(256, V)])
    + rows(iaa.RandomColorsBinaryImageColorizer, "color_false", DISC_INT + [(-1, V)])
)


@pytest.mark.parametrize("item", FILTER_FUNCTION_CASES, ids=_ids(FILTER_FUNCTION_CASES))
def test_filter_functions(item):
    check_case(item)


# ============================================================ augmenter functions
# Public kernels of the augmenter modules and argument combinations that the
# per-argument constructor table cannot express.

_IMG_F = np.zeros((4, 4, 3), dtype=np.float32)
_IMG_2CH = np.zeros((4, 4, 2), dtype=np.uint8)
_MASK = np.ones((4, 4), dtype=bool)

FUNCTION_CASES = (
    [
        case(iaa.Invert, V, "min_value", min_value=10, max_value=5),
        case(iaa.Invert, V, "min_value", min_value=5, max_value=5),
        case(iaa.Solarize, V, "min_value", min_value=200, max_value=100),
    ]
    + rows(
        iaa.compress_jpeg,
        "image",
        [(_IMG_F, V), (_IMG_2CH, V), (OBJ, T)],
        compression=50,
    )
    + rows(
        iaa.compress_jpeg,
        "compression",
        [(150, V), (-1, V), (NAN, V), ("abc", T), (None, T)],
        image=_IMAGE,
    )
    + rows(iaa.invert, "image", [(OBJ, T), ([1, 2], T)])
    + rows(iaa.invert_, "min_value", [(-1, V), ("abc", T), (300, V)], image=_IMAGE)
    + rows(iaa.invert, "max_value", [(256, V), (OBJ, T)], image=_IMAGE)
    + [
        case(iaa.invert, V, "min_value", image=_IMAGE, min_value=100, max_value=50),
    ]
    + rows(iaa.invert, "threshold", [("abc", T), (NAN, V)], image=_IMAGE)
    + rows(iaa.solarize, "threshold", [(OBJ, T), ("abc", T)], image=_IMAGE)
    + rows(iaa.cutout, "image", [(OBJ, T), (np.zeros((2,)), V)], x1=0, y1=0, x2=1, y2=1)
    + rows(
        iaa.cutout_,
        "fill_mode",
        [("abc", V), (OBJ, V), (None, V)],
        image=_IMAGE,
        x1=0,
        y1=0,
        x2=2,
        y2=2,
    )
    + rows(
        iaa.cutout_,
        "cval",
        [("abc", T), (OBJ, T), ([], T)],
        image=_IMAGE,
        x1=0,
        y1=0,
        x2=2,
        y2=2,
    )
    + rows(
        iaa.cutout_,
        "x1",
        [("abc", T), (NAN, V), (None, T)],
        image=_IMAGE,
        y1=0,
        x2=2,
        y2=2,
    )
    + rows(
        iaa.replace_elementwise_,
        "mask",
        [(OBJ, T), (np.zeros((3, 3)), V), (np.zeros((4, 4, 2)), V), ([1], T)],
        image=_IMAGE,
        replacements=1,
    )
    + rows(
        iaa.replace_elementwise_,
        "replacements",
        [(["a"], T), (np.arange(5), V)],
        image=_IMAGE,
        mask=_MASK,
    )
    + rows(iaa.adjust_contrast_gamma, "arr", [(OBJ, T), ([1, 2], T)], gamma=1.0)
    + rows(
        iaa.adjust_contrast_gamma, "gamma", [(OBJ, T), ("abc", T), (NAN, V)], arr=_IMAGE
    )
    + [
        case(
            iaa.adjust_contrast_gamma,
            V,
            "arr",
            arr=np.full((2, 2), -1, np.int8),
            gamma=1.0,
        ),
        case(
            iaa.adjust_contrast_log,
            V,
            "arr",
            arr=np.full((2, 2), -0.5, np.float32),
            gain=1.0,
        ),
    ]
    + rows(
        iaa.adjust_contrast_sigmoid,
        "gain",
        [(OBJ, T), (None, T)],
        arr=_IMAGE,
        cutoff=0.5,
    )
    + rows(
        iaa.adjust_contrast_sigmoid, "cutoff", [(OBJ, T), (NAN, V)], arr=_IMAGE, gain=10
    )
    + rows(iaa.adjust_contrast_log, "gain", [("abc", T), ((1, 2), T)], arr=_IMAGE)
    + rows(iaa.adjust_contrast_linear, "alpha", [(OBJ, T), (NAN, V)], arr=_IMAGE)
    + [
        case(iaa.CLAHE, V, "clip_limit", clip_limit=-1),
        case(iaa.CLAHE, V, "from_colorspace", from_colorspace="GRAY"),
        case(iaa.CLAHE, V, "to_colorspace", to_colorspace="RGB"),
        case(iaa.HistogramEqualization, V, "to_colorspace", to_colorspace="YCrCb"),
        case(iaa.Dropout, V, "p", p=(0.5, 0.2)),
        case(iaa.JpegCompression, V, "compression", compression=150),
    ]
)


@pytest.mark.parametrize("item", FUNCTION_CASES, ids=_ids(FUNCTION_CASES))
def test_augmenter_functions(item):
    check_case(item)


# ============================================================ segmentation helpers

_GRID = iaa.RegularGridPointsSampler(2, 2)
_IMG_U8 = np.zeros((6, 8, 3), dtype=np.uint8)
_CELLS = np.float64([[1.0, 1.0], [5.0, 4.0]])

SEGMENTATION_CASES = (
    rows(iaa.RegularGridPointsSampler, "n_rows", ARG_KINDS["disc_int_pos"], n_cols=2)
    + rows(iaa.RegularGridPointsSampler, "n_cols", ARG_KINDS["disc_int_pos"], n_rows=2)
    + rows(
        iaa.RelativeRegularGridPointsSampler,
        "n_rows_frac",
        ARG_KINDS["relative_fraction"],
        n_cols_frac=0.5,
    )
    + rows(
        iaa.RelativeRegularGridPointsSampler,
        "n_cols_frac",
        ARG_KINDS["relative_fraction"],
        n_rows_frac=0.5,
    )
    + rows(iaa.UniformPointsSampler, "n_points", ARG_KINDS["disc_int_pos"])
    + rows(
        iaa.DropoutPointsSampler,
        "other_points_sampler",
        ARG_KINDS["points_sampler"],
        p_drop=0.5,
    )
    + rows(
        iaa.DropoutPointsSampler,
        "p_drop",
        [(v, e) for v, e in ARG_KINDS["p_drop"] if v is not None] + [(None, T)],
        other_points_sampler=_GRID,
    )
    + rows(
        iaa.SubsamplingPointsSampler,
        "other_points_sampler",
        ARG_KINDS["points_sampler"],
        n_points_max=5,
    )
    + rows(
        iaa.SubsamplingPointsSampler,
        "n_points_max",
        [(OBJ, T), ("abc", T), (1.5, T), (None, T), (-1, V)],
        other_points_sampler=_GRID,
    )
    + rows(
        _GRID.sample_points,
        "images",
        [(OBJ, T), ([], T), (np.zeros((2, 2)), V), ([np.zeros((2, 2))], V)],
        random_state=1,
    )
    + rows(
        iaa.segment_voronoi,
        "image",
        [(OBJ, T), (np.zeros((2,)), V), (np.zeros((2, 2), dtype=object), T)],
        cell_coordinates=_CELLS,
    )
    + rows(
        iaa.segment_voronoi,
        "cell_coordinates",
        [(OBJ, T), (np.zeros((2, 3)), V), ([[1.0, NAN]], V)],
        image=_IMG_U8,
    )
    + rows(
        iaa.segment_voronoi,
        "replace_mask",
        [(np.ones(3, dtype=bool), V), (np.ones(2, dtype=np.float32), V)],
        image=_IMG_U8,
        cell_coordinates=_CELLS,
    )
)


@pytest.mark.parametrize("item", SEGMENTATION_CASES, ids=_ids(SEGMENTATION_CASES))
def test_segmentation_helpers(item):
    check_case(item)


# ============================================================ pillike functions

_PIL_IMG = np.zeros((10, 12, 3), dtype=np.uint8)
_PIL_IMAGE_BAD = [(OBJ, T), ([[1, 2]], T), (np.zeros((2,), np.uint8), V), (IMG_F, V)]
_PIL_NUMBER_BAD = [(OBJ, T), ("abc", T), (None, T), (NAN, V), ((1, 2), T)]


def _pillike_function_cases():
    from imgaug.augmenters import pillike

    cases = []
    uint8_only = [
        (pillike.posterize, {"bits": 3}),
        (pillike.posterize_, {"bits": 3}),
        (pillike.equalize, {}),
        (pillike.equalize_, {}),
        (pillike.autocontrast, {}),
        (pillike.warp_affine, {}),
    ]
    uint8_only += [
        (getattr(pillike, f"enhance_{name}"), {"factor": 1.5})
        for name in ("color", "contrast", "brightness", "sharpness")
    ]
    uint8_only += [
        (getattr(pillike, f"filter_{name}"), {})
        for name in (
            "blur smooth smooth_more edge_enhance edge_enhance_more find_edges "
            "contour emboss sharpen detail"
        ).split()
    ]
    for func, kwargs in uint8_only:
        cases += rows(func, "image", _PIL_IMAGE_BAD, **kwargs)
    for func in (pillike.solarize, pillike.solarize_):
        cases += rows(func, "image", _PIL_IMAGE_BAD[0:3])
        cases += rows(func, "threshold", [(OBJ, T), ("abc", T), (NAN, V)], image=IMG)
    for func in (pillike.posterize, pillike.posterize_):
        bad_bits = [
            (OBJ, T),
            ("abc", T),
            (None, T),
            (True, T),
            (0, V),
            (9, V),
            (1.5, V),
        ]
        cases += rows(func, "bits", bad_bits, image=_PIL_IMG)
    for func in (pillike.equalize, pillike.equalize_):
        bad_masks = [
            (OBJ, T),
            ([[1]], T),
            (np.zeros((3, 3), np.uint8), V),
            (np.zeros((10, 12), np.float32), V),
        ]
        cases += rows(func, "mask", bad_masks, image=_PIL_IMG)
    cases += rows(
        pillike.autocontrast,
        "cutoff",
        [(OBJ, T), ("abc", T), ((1, 2, 3), T), (-1, V), (101, V), ((1, 200), V)],
        image=_PIL_IMG,
    )
    cases += rows(
        pillike.autocontrast,
        "ignore",
        [(OBJ, T), ("abc", T), ([1.5], T), ([True], T)],
        image=_PIL_IMG,
    )
    for name in ("color", "contrast", "brightness", "sharpness"):
        func = getattr(pillike, f"enhance_{name}")
        cases += rows(func, "factor", _PIL_NUMBER_BAD, image=_PIL_IMG)
    for name in (
        "scale_x scale_y translate_x_px translate_y_px rotate_deg shear_x_deg "
        "shear_y_deg"
    ).split():
        cases += rows(pillike.warp_affine, name, _PIL_NUMBER_BAD, image=_PIL_IMG)
    cases += rows(
        pillike.warp_affine,
        "fillcolor",
        [(OBJ, T), ("abc", T), ([], T), (["a"], T)],
        image=_PIL_IMG,
    )
    cases += rows(
        pillike.warp_affine,
        "center",
        [(OBJ, T), (0.5, T), ((1, 2, 3), T), (("a", 1), T)],
        image=_PIL_IMG,
    )
    return cases


PILLIKE_FUNCTION_CASES = _pillike_function_cases()


@pytest.mark.parametrize(
    "item", PILLIKE_FUNCTION_CASES, ids=_ids(PILLIKE_FUNCTION_CASES)
)
def test_pillike_functions(item):
    check_case(item)


# ============================================================ mixing donors (mix)

_MIX_IMAGE = np.zeros((4, 4, 3), dtype=np.uint8)
_MOSAIC = iaa.Mosaic(target_size=(4, 4))
_COPY_PASTE = iaa.CopyAndPaste()

MIX_CALL_CASES = rows(
    _MOSAIC.augment,
    "mosaic_metadata",
    [
        ([{"image": np.zeros((4, 4, 3), dtype=np.float32)}], V),  # dtype
        ([{"image": np.zeros((4, 4, 1), dtype=np.uint8)}], V),  # channels
        ([{"image": _MIX_IMAGE, "bboxes": []}], V),  # unknown key
        ([{"image": _MIX_IMAGE}] * 4, V),  # more donors than grid cells
        (["abc"], T),
        ([{"image": "abc"}], T),
        ({"image": _MIX_IMAGE}, T),
    ],
    image=_MIX_IMAGE,
) + rows(
    _COPY_PASTE.augment,
    "copy_paste_metadata",
    [
        ([{"image": _MIX_IMAGE, "mask": np.ones((4, 5), dtype=bool)}], V),
        ([{"image": _MIX_IMAGE, "mask": "abc"}], T),
        ([{"image": _MIX_IMAGE, "label": 1, "polygons": []}], V),
    ],
    image=_MIX_IMAGE,
)


@pytest.mark.parametrize("item", MIX_CALL_CASES, ids=_ids(MIX_CALL_CASES))
def test_mixing_donors(item):
    check_case(item)


# ============================================================ color functions and calls

_RGB = np.zeros((4, 4, 3), dtype=np.uint8)
_RGB_BATCH = np.zeros((2, 4, 4, 3), dtype=np.uint8)


def _color(name):
    return getattr(iaa.color, name)


COLOR_CASES = (
    rows(
        _color("change_colorspace_"),
        "to_colorspace",
        [("abc", V), (5, T), (None, T)],
        image=_RGB,
    )
    + rows(
        _color("change_colorspace_"),
        "from_colorspace",
        [("abc", V), ("GRAY", V), (5, T)],
        image=_RGB,
        to_colorspace="HSV",
    )
    + rows(
        _color("change_colorspace_"),
        "image",
        [(OBJ, T), (np.zeros((4, 4, 1), np.uint8), V), (np.zeros((4, 4), np.uint8), V)],
        to_colorspace="HSV",
    )
    + rows(
        _color("change_colorspaces_"),
        "to_colorspaces",
        [(["HSV"], V), (["HSV", "abc"], V), (5, T)],
        images=_RGB_BATCH,
    )
    + rows(
        _color("change_colorspaces_"),
        "from_colorspaces",
        [(["RGB"], V), (["RGB", "GRAY"], V)],
        images=_RGB_BATCH,
        to_colorspaces="HSV",
    )
    + rows(
        _color("change_color_temperatures_"),
        "kelvins",
        [(500, V), ([4000], V), ([4000, 50000], V), ("abc", T), (OBJ, T)],
        images=_RGB_BATCH,
    )
    + rows(
        _color("change_color_temperatures_"),
        "from_colorspaces",
        [("GRAY", V), ("abc", V)],
        images=_RGB_BATCH,
        kelvins=4000,
    )
    + rows(
        _color("change_color_temperature"),
        "kelvin",
        [(999, V), (40001, V), ("abc", T)],
        image=_RGB,
    )
    + rows(
        _color("change_color_temperature"),
        "image",
        [(OBJ, T)],
        kelvin=4000,
    )
    + rows(
        _color("quantize_uniform"),
        "nb_bins",
        [(1, V), (257, V), (1.5, T), ("abc", T)],
        arr=_RGB,
    )
    + rows(
        _color("quantize_uniform_"),
        "to_bin_centers",
        [("abc", T), (None, T)],
        arr=_RGB,
        nb_bins=4,
    )
    + rows(_color("quantize_uniform"), "arr", [(OBJ, T)], nb_bins=4)
    + rows(
        _color("quantize_uniform_to_n_bits"),
        "nb_bits",
        [(0, V), (9, V), (1.5, T)],
        arr=_RGB,
    )
    + rows(_color("quantize_uniform_to_n_bits_"), "nb_bits", [(0, V)], arr=_RGB)
    + rows(_color("posterize"), "nb_bits", [(9, V)], arr=_RGB)
    + rows(
        _color("quantize_kmeans"),
        "nb_clusters",
        [(1, V), (257, V), (2.5, T)],
        arr=_RGB,
    )
    + rows(
        _color("quantize_kmeans"),
        "nb_max_iter",
        [(0, V), (1.5, T)],
        arr=_RGB,
        nb_clusters=2,
    )
    + rows(
        _color("quantize_kmeans"),
        "eps",
        [(-1, V), ("abc", V)],
        arr=_RGB,
        nb_clusters=2,
    )
    + rows(
        _color("quantize_kmeans"),
        "arr",
        [(OBJ, T), (np.zeros((2, 2, 2, 2), np.uint8), V)],
        nb_clusters=2,
    )
    + [
        case(aug.augment, V, "images", images=images)
        for aug, images in (
            (iaa.Grayscale(), [np.zeros((4, 4, 1), np.uint8)]),
            (iaa.Grayscale(), [np.zeros((4, 4, 4), np.uint8)]),
            (iaa.AddToHueAndSaturation(10), [np.zeros((4, 4, 2), np.uint8)]),
            (iaa.MultiplySaturation(1.5), [np.zeros((4, 4, 4), np.uint8)]),
            (iaa.AddToBrightness(10), [np.zeros((4, 4, 5), np.uint8)]),
            (iaa.ChangeColorTemperature(4000), [np.zeros((4, 4, 1), np.uint8)]),
            (iaa.WithColorspace("HSV"), [np.zeros((4, 4, 4), np.uint8)]),
            (iaa.KMeansColorQuantization(2), [np.zeros((4, 4, 2), np.uint8)]),
            (iaa.UniformColorQuantization(2), [np.zeros((4, 4, 5), np.uint8)]),
        )
    ]
)


@pytest.mark.parametrize("item", COLOR_CASES, ids=_ids(COLOR_CASES))
def test_color_functions_and_calls(item):
    check_case(item)


# ============================================================ geometric functions

_GEO = iaa.geometric
_DEST = np.array([[1, 0]])

GEOMETRIC_FUNCTION_CASES = (
    rows(
        _GEO.apply_jigsaw,
        "arr",
        [(np.zeros((3, 4)), V), (np.zeros((4, 3)), V), (np.zeros((4,)), V)],
        destinations=np.array([[0, 1], [2, 3]]),
    )
    + rows(
        _GEO.apply_jigsaw,
        "destinations",
        [(np.zeros((0, 2), int), V), (np.array([[0, 5]]), V), (np.array([0, 1]), V)],
        arr=np.zeros((4, 4)),
    )
    + rows(
        _GEO.apply_jigsaw_to_coords,
        "destinations",
        [(np.array([[-1, 0]]), V), (np.zeros((2,), int), V)],
        coords=np.zeros((1, 2)),
        image_shape=(4, 4),
    )
    + rows(
        _GEO.generate_jigsaw_destinations,
        "connectivity",
        [(5, V), (None, V), (True, V)],
        nb_rows=2,
        nb_cols=2,
        max_steps=1,
        seed=1,
    )
    + rows(
        _GEO.generate_jigsaw_destinations,
        "nb_rows",
        [(0, V), (1.5, V), ("abc", V)],
        nb_cols=2,
        max_steps=1,
        seed=1,
    )
    + rows(
        _GEO.generate_jigsaw_destinations,
        "max_steps",
        [(-1, V), (None, V)],
        nb_rows=2,
        nb_cols=2,
        seed=1,
    )
    + [
        case(
            lambda arr: iaa.Jigsaw(2, 2, allow_pad=False)(image=arr),
            V,
            "arr",
            arr=np.zeros((3, 4, 3), dtype=np.uint8),
        ),
        case(
            lambda image: iaa.PiecewiseAffine(0.1, mode=iap.Deterministic("x"))(
                image=image
            ),
            V,
            "mode",
            image=np.zeros((8, 8, 3), dtype=np.uint8),
        ),
        case(
            lambda image: iaa.PerspectiveTransform(0.1, mode=iap.Deterministic(9))(
                image=image
            ),
            V,
            "mode",
            image=np.zeros((8, 8, 3), dtype=np.uint8),
        ),
    ]
)


@pytest.mark.parametrize(
    "item", GEOMETRIC_FUNCTION_CASES, ids=_ids(GEOMETRIC_FUNCTION_CASES)
)
def test_geometric_functions(item):
    check_case(item)


# ============================================================ composites
# mask generators, blend calls, debug drawing and weather layers on bad images
_D05 = iap.Deterministic(0.5)
_GEN = iaa.CheckerboardMaskGen(2, 2)
_CONT_UNIT = ARG_KINDS["cont_unit"]


class _WrongMasks(iaa.IBatchwiseMaskGenerator):
    """Mask generator returning masks of a given (wrong) shape."""

    def __init__(self, shape, count=None):
        self.shape = shape
        self.count = count

    def draw_masks(self, batch, random_state=None):
        count = batch.nb_rows if self.count is None else self.count
        return [np.zeros(self.shape, dtype=np.float32) for _ in range(count)]


def _blend_mask_call(mask_generator):
    return iaa.BlendAlphaMask(mask_generator, iaa.Add(1))(image=_IMAGE)


def _layer_call(layer, **kwargs):
    return layer(**kwargs)


_SNOW_LAYER = iaa.SnowflakesLayer(0.05, 0.5, 0.5, 0.5, 0, 0.01, 0.001)
_RAIN = iaa.Rain()
_CLOUD_LAYER = iaa.CloudLayer(200, -2.0, 10, 0.0, 0.5, 8, -2.0, 1.0, 1.0)

COMPOSITE_CASES = (
    rows(iaa.StochasticParameterMaskGen, "parameter", STOCH, per_channel=False)
    + rows(iaa.StochasticParameterMaskGen, "per_channel", PROB, parameter=_D05)
    + rows(iaa.SomeColorsMaskGen, "nb_bins", ARG_KINDS["nb_bins"])
    + rows(iaa.SomeColorsMaskGen, "smoothness", _CONT_UNIT)
    + rows(iaa.SomeColorsMaskGen, "alpha", _CONT_UNIT)
    + rows(iaa.SomeColorsMaskGen, "rotation_deg", ARG_KINDS["rotation_deg"])
    + rows(iaa.SomeColorsMaskGen, "from_colorspace", ARG_KINDS["colorspace"])
    + [
        item
        for cls in (
            iaa.HorizontalLinearGradientMaskGen,
            iaa.VerticalLinearGradientMaskGen,
        )
        for arg in ("min_value", "max_value", "start_at", "end_at")
        for item in rows(cls, arg, _CONT_UNIT)
    ]
    + rows(iaa.RegularGridMaskGen, "nb_rows", ARG_KINDS["grid_min1"], nb_cols=2)
    + rows(iaa.RegularGridMaskGen, "nb_cols", ARG_KINDS["grid_min1"], nb_rows=2)
    + rows(iaa.RegularGridMaskGen, "alpha", _CONT_UNIT, nb_rows=2, nb_cols=2)
    + rows(iaa.CheckerboardMaskGen, "nb_rows", ARG_KINDS["grid_min1"], nb_cols=2)
    + rows(iaa.CheckerboardMaskGen, "nb_cols", ARG_KINDS["grid_min1"], nb_rows=2)
    + rows(iaa.SegMapClassIdsMaskGen, "class_ids", ARG_KINDS["class_ids"])
    + rows(
        iaa.SegMapClassIdsMaskGen,
        "nb_sample_classes",
        ARG_KINDS["nb_samples"],
        class_ids=[1, 2],
    )
    + rows(iaa.BoundingBoxesMaskGen, "labels", ARG_KINDS["labels"])
    + rows(
        iaa.BoundingBoxesMaskGen,
        "nb_sample_labels",
        ARG_KINDS["nb_samples"],
        labels="a",
    )
    + rows(iaa.InvertMaskGen, "p", PROB, child=_GEN)
    + rows(iaa.InvertMaskGen, "child", ARG_KINDS["mask_generator"], p=0.5)
    + rows(
        iaa.RegularGridMaskGen.generate_mask,
        "alphas",
        [(np.zeros((3,)), V)],
        shape=(4, 4),
        nb_rows=2,
        nb_cols=2,
    )
    + [
        case(
            iaa.SomeColorsMaskGen.generate_mask,
            V,
            name,
            image=image,
            binwise_alphas=np.array([0.0, 1.0]),
            sigma=0.0,
            rotation_bins=0,
            from_colorspace="RGB",
        )
        for name, image in (
            ("dtype", np.zeros((4, 4, 3), np.float32)),
            ("image", np.zeros((4, 4, 4), np.uint8)),
        )
    ]
    # a blend needs at least one branch
    + [case(iaa.BlendAlpha, V, "foreground", factor=0.5)]
    + [case(iaa.BlendAlphaMask, V, "foreground", mask_generator=_GEN)]
    # mask generators must return one (H, W[, C]) mask per row
    + rows(
        _blend_mask_call,
        "mask_generator",
        [
            (_WrongMasks((3, 4)), V),
            (_WrongMasks((4, 4, 2)), V),
            (_WrongMasks((4, 4), count=2), V),
        ],
    )
    # generators that need images, segmentation maps or bounding boxes
    + [
        case(
            _layer_call,
            V,
            "images",
            layer=iaa.BlendAlphaSomeColors(iaa.Add(1)),
            keypoints=KeypointsOnImage([], shape=(4, 4, 3)),
        ),
        case(
            _layer_call,
            V,
            "segmentation maps",
            layer=iaa.BlendAlphaSegMapClassIds(1, iaa.Add(1)),
            image=_IMAGE,
        ),
        case(
            _layer_call,
            V,
            "bounding boxes",
            layer=iaa.BlendAlphaBoundingBoxes("a", iaa.Add(1)),
            image=_IMAGE,
        ),
    ]
    # weather layers: uint8 with 1 or 3 channels (CloudLayer also floats)
    + [
        case(_layer_call, V, name, layer=layer, image=image)
        for name, layer, image in (
            ("dtype", _SNOW_LAYER, np.zeros((8, 8, 3), np.float32)),
            ("dtype", _SNOW_LAYER, np.zeros((8, 8, 3), np.int16)),
            ("images", _RAIN, np.zeros((8, 8, 4), np.uint8)),
            ("images", _RAIN, np.zeros((8, 8, 2), np.uint8)),
            ("dtype", _CLOUD_LAYER, np.zeros((8, 8, 3), bool)),
            ("dtype", iaa.FastSnowyLandscape(), np.zeros((8, 8, 3), np.float32)),
            ("images", iaa.FastSnowyLandscape(), np.zeros((8, 8, 4), np.uint8)),
            ("images", iaa.FastSnowyLandscape(), np.zeros((8, 8, 1), np.uint8)),
        )
    ]
    + rows(
        _SNOW_LAYER.draw_on_image,
        "image",
        [(np.zeros((8, 8), np.uint8), V), (np.zeros((8, 8, 4), np.uint8), V)],
        random_state=1,
    )
    + [
        case(
            _CLOUD_LAYER.draw_on_image,
            V,
            "dtype",
            image=np.zeros((8, 8, 3), np.int32),
            random_state=1,
        )
    ]
    # debug drawing
    + rows(
        iaa.draw_debug_image,
        "images",
        [(None, T), (np.zeros((4, 4)), V), ([np.zeros((4,))], V), ([OBJ], V)],
    )
    + rows(
        iaa.draw_debug_image,
        "keypoints",
        [([KeypointsOnImage([], shape=(4, 4, 3))] * 2, V)],
        images=[_IMAGE],
    )
)


@pytest.mark.parametrize("item", COMPOSITE_CASES, ids=_ids(COMPOSITE_CASES))
def test_composites(item):
    check_case(item)
