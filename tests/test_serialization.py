"""Configs of pipelines: ``iaa.to_dict``/``from_dict``/``save``/``load``.

The registry test runs every case of ``tests/cases.py`` through a JSON and a YAML
file: the loaded augmenter has the same ``str()`` (object addresses aside) and
gives bit-identical outputs, both continuing from the saved RNG states and after
reseeding both with the same seed.
"""

import copy
import functools
import json
import pickle
import re
import warnings

import numpy as np
import pytest

import imgaug as ia
import imgaug.augmenters as iaa
import imgaug.parameters as iap
from imgaug.augmenters.pipelines import (
    NotSerializableError,
    PipelineFormatError,
    UnknownAugmenterError,
)
from tests.cases import CASES, NOT_GENERIC, PROPERTIES
from tests.contract import test_generic as contract


def _normalized_str(aug):
    # some parameters describe themselves by object address (as in 0.4.0)
    return re.sub(r" at 0x[0-9a-fA-F]+", "", str(aug))


def _case_inputs(name):
    props = PROPERTIES[name]
    size = max(32, props["min_size"])
    counts = props["channel_counts"]
    channels = 3 if counts is None or 3 in counts else counts[0]
    dtype = "uint8" if "uint8" in props["allowed"] else props["allowed"][0]
    rng = np.random.default_rng(3)
    images = rng.integers(0, 256, size=(2, size, size + 4, channels)).astype(dtype)
    images[:, 4:9, 5:11] = 200
    kwargs = {"images": images}
    donors = props["donors"]
    return kwargs, donors


def _run(aug, kwargs, donors):
    if donors is not None:
        images = kwargs["images"]
        shapes = [image.shape for image in images]
        kwargs = {**kwargs, aug.metadata_key: donors(shapes, images.dtype, images)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # deprecated augmenters warn on use
        return aug(**kwargs)


def _build(make):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # deprecated augmenters warn when built
        return make()


def _save_load(aug, path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        iaa.save(aug, path)
        return iaa.load(path)


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
@pytest.mark.parametrize("name", list(CASES))
def test_every_case_round_trips_exactly(name, suffix, tmp_path):
    if suffix == ".yaml":
        pytest.importorskip("yaml")
    make = CASES[name]
    kwargs, donors = _case_inputs(name)
    aug = _build(make)
    aug.seed_(11)
    loaded = _save_load(aug, tmp_path / f"pipeline{suffix}")
    assert type(loaded) is type(aug)
    assert _normalized_str(loaded) == _normalized_str(aug)
    # continuing from the saved RNG states ...
    _assert_same(_run(loaded, kwargs, donors), _run(aug, kwargs, donors))
    # ... and after reseeding both
    aug.seed_(5)
    loaded.seed_(5)
    _assert_same(_run(loaded, kwargs, donors), _run(aug, kwargs, donors))


def _assert_same(a, b):
    if isinstance(a, np.ndarray):
        assert a.dtype == b.dtype and a.shape == b.shape
        assert np.array_equal(a, b)
    else:
        assert len(a) == len(b)
        for x, y in zip(a, b):
            _assert_same(x, y)


def test_global_rng_stays_global():
    aug = iaa.Sequential([iaa.Fliplr(0.5), iaa.Affine(rotate=(-20, 20))])
    loaded = iaa.from_dict(iaa.to_dict(aug))
    assert loaded.random_state.is_global_rng()
    assert loaded[1].random_state.is_global_rng()
    images = np.random.default_rng(0).integers(0, 255, (3, 12, 14, 3)).astype(np.uint8)
    ia.seed(4)
    expected = aug(images=images)
    ia.seed(4)
    _assert_same(loaded(images=images), expected)


def test_config_reads_like_the_constructor_call():
    aug = iaa.Sequential(
        [iaa.Fliplr(0.5), iaa.Affine(rotate=(-20, 20), order=[0, 1], name="rot")],
        random_order=True,
    )
    node = iaa.to_dict(aug)["augmenter"]
    assert node["class"] == "Sequential"
    assert node["args"]["random_order"] is True
    children = node["args"]["children"]
    assert [child["class"] for child in children] == ["Fliplr", "Affine"]
    assert children[0]["args"] == {"p": 0.5}
    assert children[1]["args"]["rotate"] == {"tuple": [-20, 20]}
    assert children[1]["args"]["order"] == [0, 1]
    assert children[1]["name"] == "rot"
    assert node["rng"] == "global"


def test_format_field_and_version():
    config = iaa.to_dict(iaa.Identity())
    assert config["format"] == "imgaug.pipeline"
    assert config["version"] == 1
    json.dumps(config)  # JSON-compatible as it is


def test_hand_written_config_with_parameter_by_args():
    config = {
        "format": "imgaug.pipeline",
        "version": 1,
        "augmenter": {
            "class": "Sequential",
            "args": {
                "children": [
                    {"class": "Fliplr", "args": {"p": 1.0}},
                    {
                        "class": "Add",
                        "args": {
                            "value": {
                                "class": "imgaug.parameters:Uniform",
                                "args": {"a": -5, "b": 5},
                            }
                        },
                    },
                ]
            },
        },
    }
    aug = iaa.from_dict(config)
    assert isinstance(aug[1].value, iap.Uniform)
    assert str(aug[1].value) == str(iap.Uniform(-5, 5))
    image = np.arange(12, dtype=np.uint8).reshape((2, 2, 3))
    assert aug(image=image).shape == (2, 2, 3)


def test_children_changed_after_construction_are_written():
    seq = iaa.Sequential()
    seq.append(iaa.Flipud(1.0))
    seq.add(iaa.Fliplr(1.0))
    loaded = iaa.from_dict(iaa.to_dict(seq))
    assert [type(child) for child in loaded] == [iaa.Flipud, iaa.Fliplr]
    sometimes = iaa.Sometimes(0.5, iaa.Fliplr(1.0))
    sometimes.then_list.append(iaa.Flipud(1.0))
    config = iaa.to_dict(sometimes)
    assert "internal" not in config["augmenter"]  # its lists are in its arguments
    loaded = iaa.from_dict(config)
    assert _normalized_str(loaded) == _normalized_str(sometimes)


def test_deterministic_and_deactivated_state_survive():
    aug = iaa.Sequential([iaa.Affine(rotate=(-30, 30)), iaa.Add((-9, 9))], seed=2)
    det = aug.to_deterministic()
    det[1].activated = False
    det.name = "renamed"
    loaded = iaa.from_dict(iaa.to_dict(det))
    assert str(loaded) == str(det)
    assert loaded.deterministic and loaded[0].deterministic
    assert loaded[1].activated is False
    images = np.random.default_rng(1).integers(0, 255, (2, 10, 12, 3)).astype(np.uint8)
    for _ in range(2):  # deterministic: the same result on every call
        _assert_same(loaded(images=images), det(images=images))


def test_shared_generators_stay_shared():
    rng = ia.random.RNG(5)
    first, second = iaa.Fliplr(0.5, seed=rng), iaa.Flipud(0.5, seed=rng)
    loaded = iaa.from_dict(iaa.to_dict(iaa.Sequential([first, second])))
    assert loaded[0].random_state.generator is loaded[1].random_state.generator
    assert not loaded[0].random_state.is_global_rng()


def test_containers_with_inner_augmenters_keep_their_states():
    # MultiplyHue builds its children itself (names derived from name=None, as 0.4.0)
    aug = iaa.MultiplyHue((0.5, 1.5), seed=3)
    loaded = iaa.from_dict(iaa.to_dict(aug))
    assert str(loaded) == str(aug)
    inner = [a.random_state.state for a in aug.get_all_children(flat=True)]
    loaded_inner = [a.random_state.state for a in loaded.get_all_children(flat=True)]
    assert json.dumps(inner, default=str) == json.dumps(loaded_inner, default=str)


# ---------------------------------------------------------------- parameters
_PARAMETERS = [
    iap.Deterministic(3),
    iap.Deterministic(np.float32(0.3)),
    iap.Deterministic("constant"),
    iap.DeterministicList([1, 2, 3]),
    iap.Choice([1, 2, 5], p=[0.2, 0.3, 0.5]),
    iap.Choice(["a", iap.Deterministic("b")]),
    iap.Binomial(0.3),
    iap.DiscreteUniform(-3, 8),
    iap.Poisson(2.5),
    iap.Normal(1, iap.Uniform(0.5, 2)),
    iap.TruncatedNormal(0, 2, low=-1, high=3),
    iap.Laplace(0, 1.5),
    iap.ChiSquare(3),
    iap.Weibull(1.5),
    iap.Uniform(-2, 2),
    iap.Beta(0.5, 0.5),
    iap.FromLowerResolution(iap.Binomial(0.5), size_px=4),
    iap.Clip(iap.Normal(0, 3), -1, 1),
    iap.Discretize(iap.Normal(0, 3)),
    iap.Multiply(iap.Uniform(0, 1), 3, elementwise=True),
    iap.Divide(iap.Uniform(1, 2), iap.Deterministic(2)),
    iap.Add(iap.Normal(0, 1), -2),
    iap.Subtract(5, iap.Poisson(3)),
    iap.Power(iap.Uniform(1, 2), 2),
    iap.Absolute(iap.Normal(0, 1)),
    iap.RandomSign(iap.Poisson(2), p_positive=0.3),
    iap.ForceSign(iap.Normal(0, 1), positive=True, mode="reroll"),
    iap.Positive(iap.Normal(0, 1)),
    iap.Negative(iap.Normal(0, 1)),
    iap.IterativeNoiseAggregator(iap.Normal(0, 1), iterations=(1, 3)),
    iap.Sigmoid(iap.Normal(0, 1), threshold=(-2, 2), activated=0.5, mul=2, add=1),
    iap.SimplexNoise(size_px_max=(4, 8)),
    iap.FrequencyNoise(exponent=(-2, 2), size_px_max=(4, 8)),
    iap.Clip(iap.Add(iap.Normal(0, iap.Uniform(1, 2)), 3), -1, 1) // 2,
]


def test_every_parameter_class_is_listed():
    public = {
        obj
        for name, obj in vars(iap).items()
        if isinstance(obj, type)
        and issubclass(obj, iap.StochasticParameter)
        and obj is not iap.StochasticParameter
        and not name.startswith("_")
    }
    listed = {type(param) for param in _PARAMETERS}
    listed |= {cls for p in _PARAMETERS for cls in type(p).__mro__}
    assert sorted(c.__name__ for c in public - listed) == []


@pytest.mark.parametrize("param", _PARAMETERS, ids=lambda p: type(p).__name__)
def test_parameters_round_trip(param):
    aug = iaa.Add(param)  # Add keeps any StochasticParameter as it is
    loaded = iaa.from_dict(json.loads(json.dumps(iaa.to_dict(aug))))
    assert type(loaded.value) is type(param)
    assert str(loaded.value) == str(param)
    noise = (iap.SimplexNoise, iap.FrequencyNoise, iap.FromLowerResolution)
    size = (6, 5, 1) if isinstance(param, noise) else 7
    expected = param.draw_samples(size, random_state=3)
    assert np.array_equal(loaded.value.draw_samples(size, random_state=3), expected)


def _jigsaw():
    return iaa.Jigsaw(nb_rows=(2, 4), nb_cols=(2, 3), max_steps=(1, 3))


def _imgcorruptlike_elastic():
    return iaa.imgcorruptlike.ElasticTransform(severity=(1, 3))


def _blend_some_colors():
    return iaa.BlendAlphaSomeColors(iaa.Add(40), iaa.Multiply(0.7), nb_bins=(3, 6))


def _blend_segmap_class_ids():
    return iaa.BlendAlphaSegMapClassIds([1, 2], iaa.Add(40), nb_sample_classes=1)


def _blend_bounding_boxes():
    return iaa.BlendAlphaBoundingBoxes(None, iaa.Add(40), iaa.Affine(rotate=10))


#: public augmenters without a generic case (``tests.cases.NOT_GENERIC``) and the
#: kinds they are called with here (besides images); the blend family counts only
#: once it exists. Lambda, AssertLambda and AssertShape are in the tests below.
_NOT_GENERIC_CASES = {
    "Jigsaw": (_jigsaw, ("keypoints", "heatmaps", "segmentation_maps")),
    "ElasticTransform": (_imgcorruptlike_elastic, ()),
    "BlendAlphaSomeColors": (_blend_some_colors, ("keypoints",)),
    "BlendAlphaSegMapClassIds": (_blend_segmap_class_ids, ("segmentation_maps",)),
    "BlendAlphaBoundingBoxes": (_blend_bounding_boxes, ("bounding_boxes",)),
}
_NOT_GENERIC_CASES = {
    name: case
    for name, case in _NOT_GENERIC_CASES.items()
    if hasattr(iaa, name) or hasattr(iaa.imgcorruptlike, name)
}
#: ``NOT_GENERIC`` names covered by the callable tests below (or abstract)
_NOT_GENERIC_ELSEWHERE = {"Augmenter", "Lambda", "AssertLambda", "AssertShape"}


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
@pytest.mark.parametrize("name", list(_NOT_GENERIC_CASES))
def test_augmenters_without_generic_case_round_trip(name, suffix, tmp_path):
    if suffix == ".yaml":
        pytest.importorskip("yaml")
    make, kinds = _NOT_GENERIC_CASES[name]
    images = np.random.default_rng(2).integers(0, 256, (2, 32, 36, 3)).astype(np.uint8)
    kwargs = {"images": images}
    annotations = contract._annotations(images.shape[1:])
    kwargs.update({kind: annotations[kind] for kind in kinds})
    aug = _build(make).seed_(4)
    loaded = _save_load(aug, tmp_path / f"pipeline{suffix}")
    assert _normalized_str(loaded) == _normalized_str(aug)
    for _ in range(2):
        contract._assert_same(_run(loaded, kwargs, None), _run(aug, kwargs, None))


def test_every_public_augmenter_class_is_covered():
    """Every public augmenter class (also in pillike and imgcorruptlike) is built
    by a registry case or one of the tests of this module."""
    public = set()
    for module in (iaa, iaa.pillike, iaa.imgcorruptlike):
        public |= {
            obj
            for name, obj in vars(module).items()
            if isinstance(obj, type)
            and issubclass(obj, iaa.Augmenter)
            and not getattr(obj, "__abstractmethods__", None)
            and not name.startswith("_")
        }
    makers = [*CASES.values(), *(make for make, _ in _NOT_GENERIC_CASES.values())]
    covered = set()
    for make in makers:
        aug = _build(make)
        covered |= {type(aug), *map(type, aug.get_all_children(flat=True))}
    covered |= {iaa.Lambda, iaa.AssertLambda, iaa.AssertShape}
    assert sorted(cls.__qualname__ for cls in public - covered) == []
    assert set(NOT_GENERIC) <= set(_NOT_GENERIC_CASES) | _NOT_GENERIC_ELSEWHERE


# ---------------------------------------------------------------- callables
def _double_images(images, random_state, parents, hooks):
    return [image * 2 for image in images]


def _always_true(images, random_state, parents, hooks):
    return True


class _UserAugmenter(iaa.Fliplr):
    """A user subclass defined at module level (importable)."""


def test_lambda_with_importable_functions():
    aug = iaa.Sequential(
        [
            iaa.Lambda(func_images=_double_images, name="dbl"),
            iaa.AssertLambda(func_images=_always_true),
            iaa.AssertShape((None, 4, 5, 3)),
            iaa.Convolve(matrix=np.eye(3) / 3),
            iaa.Convolve(matrix=functools.partial(_kernels_of, scale=0.5)),
        ]
    )
    loaded = iaa.from_dict(json.loads(json.dumps(iaa.to_dict(aug))))
    assert loaded[0].func_images is _double_images
    image = np.full((4, 5, 3), 3, dtype=np.uint8)
    _assert_same(loaded(image=image), aug(image=image))


def _kernels_of(image, nb_channels, random_state, scale):
    return [np.eye(3) * scale / 3] * nb_channels


def test_user_subclass_by_import_name():
    node = iaa.to_dict(_UserAugmenter(0.5))["augmenter"]
    assert node["class"] == f"{__name__}:_UserAugmenter"
    assert type(iaa.from_dict(iaa.to_dict(_UserAugmenter(0.5)))) is _UserAugmenter


def test_lambda_with_a_lambda_names_augmenter_and_argument(tmp_path):
    aug = iaa.Sequential([iaa.Lambda(func_images=lambda *args: args[0], name="mine")])
    path = tmp_path / "x.json"
    with pytest.raises(NotSerializableError, match=r"Lambda 'mine'.*func_images"):
        iaa.save(aug, path)
    assert not path.exists()  # nothing written


def test_local_class_is_refused():
    class Local(iaa.Identity):
        pass

    with pytest.raises(NotSerializableError, match="Local"):
        iaa.to_dict(Local())


# ---------------------------------------------------------------- files and errors
def test_yaml_and_json_files_hold_the_same_config(tmp_path):
    yaml = pytest.importorskip("yaml")
    aug = iaa.Sequential([iaa.Affine(rotate=(-20, 20)), iaa.Add((-5, 5))], seed=1)
    iaa.save(aug, tmp_path / "a.yml")
    iaa.save(aug, tmp_path / "a.json")
    from_yaml = yaml.safe_load((tmp_path / "a.yml").read_text())
    from_json = json.loads((tmp_path / "a.json").read_text())
    assert from_yaml == from_json


def test_format_forced_and_unknown_extension(tmp_path):
    aug = iaa.Fliplr(0.5)
    iaa.save(aug, tmp_path / "config.txt", format="json")
    assert type(iaa.load(tmp_path / "config.txt", format="json")) is iaa.Fliplr
    with pytest.raises(ValueError, match="extension"):
        iaa.save(aug, tmp_path / "config.txt")
    with pytest.raises(ValueError, match="format"):
        iaa.save(aug, tmp_path / "config.json", format="xml")


def test_other_version_is_refused(tmp_path):
    config = iaa.to_dict(iaa.Fliplr(0.5))
    config["version"] = 2
    path = tmp_path / "future.json"
    path.write_text(json.dumps(config))
    with pytest.raises(PipelineFormatError, match="version 2"):
        iaa.load(path)
    with pytest.raises(PipelineFormatError, match="format"):
        iaa.from_dict({"augmenter": config["augmenter"]})


def test_unknown_augmenter_name_is_refused():
    config = iaa.to_dict(iaa.Sequential([iaa.Fliplr(0.5)]))
    config["augmenter"]["args"]["children"][0]["class"] = "Flipper"
    with pytest.raises(UnknownAugmenterError, match="Flipper"):
        iaa.from_dict(config)
    config["augmenter"]["args"]["children"][0]["class"] = "imgaug.augmenters:Flipper"
    with pytest.raises(UnknownAugmenterError, match="Flipper"):
        iaa.from_dict(config)
    config["augmenter"]["class"] = "numpy:ndarray"
    with pytest.raises(UnknownAugmenterError, match="not an augmenter"):
        iaa.from_dict(config)


def test_unknown_argument_is_refused():
    config = iaa.to_dict(iaa.Fliplr(0.5))
    config["augmenter"]["args"]["q"] = 1
    with pytest.raises(PipelineFormatError, match="'q'"):
        iaa.from_dict(config)


def test_invalid_json_file(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{not json")
    with pytest.raises(PipelineFormatError, match="not valid JSON"):
        iaa.load(path)


def test_missing_pyyaml_names_the_extra(tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_yaml(name, *args, **kwargs):
        if name == "yaml":
            raise ImportError("no yaml")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_yaml)
    with pytest.raises(ImportError, match=r"pip install imgaug\[yaml\]"):
        iaa.save(iaa.Fliplr(0.5), tmp_path / "x.yaml")


def test_to_dict_rejects_non_augmenters():
    with pytest.raises(TypeError, match="augmenter"):
        iaa.to_dict("Fliplr")


# ---------------------------------------------------------------- engine
def test_recorded_arguments_survive_pickle_and_copies():
    aug = iaa.Sequential([iaa.Fliplr(0.5)], random_order=True).seed_(1)
    for other in (pickle.loads(pickle.dumps(aug)), copy.deepcopy(aug), aug.copy()):
        assert (
            iaa.to_dict(other)["augmenter"]["args"]
            == (iaa.to_dict(aug)["augmenter"]["args"])
        )


def test_recorded_arguments_do_not_keep_old_children():
    child = iaa.Fliplr(0.5)
    seq = iaa.Sequential([child])
    args, kwargs = seq._init_args
    assert child not in args and child not in kwargs.values()
    # a deterministic copy writes its new children, not the originals
    det = seq.to_deterministic()
    assert iaa.to_dict(det)["augmenter"]["args"]["children"][0]["deterministic"]


def test_signatures_are_unchanged_by_the_metaclass():
    import inspect

    assert list(inspect.signature(iaa.Fliplr).parameters) == [
        "p",
        "seed",
        "name",
        "random_state",
        "deterministic",
    ]


def test_children_given_as_a_generator_still_pickle():
    seq = iaa.Sequential(child for child in [iaa.Fliplr(0.5), iaa.Flipud(0.5)])
    restored = pickle.loads(pickle.dumps(seq))
    copy.deepcopy(seq)
    children = iaa.to_dict(restored)["augmenter"]["args"]["children"]
    assert [child["class"] for child in children] == ["Fliplr", "Flipud"]
