"""Records of what was applied (``iaa.record``) and their replay (``iaa.replay``)."""

import importlib.util
import json
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

import imgaug as ia
import imgaug.augmenters as iaa
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import KeypointsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.augmenters.pipelines import PipelineFormatError, Record, ReplayError
from tests.cases import CASES
from tests.cases import PROPERTIES as CASE_PROPERTIES
from tests.contract import test_generic as contract
from tests.test_serialization import _NOT_GENERIC_CASES as NOT_GENERIC_CASES

BENCH_DIR = Path(__file__).resolve().parent.parent / "benchmarks"


def _transforms_module():
    name = "_imgaug_bench_transforms"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, BENCH_DIR / "transforms.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _readme_short():
    """The 5-augmenter README pipeline (benchmarks/transforms.py)."""
    return _transforms_module()._overhead_imgaug(iaa)


def _readme_heavy():
    """The heavy pipeline of the 0.4.0 README (benchmarks/transforms.py)."""
    if not hasattr(iaa, "BlendAlphaSimplexNoise"):
        pytest.skip("the heavy README pipeline needs the blend family")
    return _transforms_module()._readme_imgaug(iaa)


def _images(n=4, h=24, w=32):
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, size=(n, h, w, 3)).astype(np.uint8)
    images[:, 5:12, 6:14] = 255
    return images


def _keypoints(shape, n):
    xy = np.array([[3.5, 4.0], [shape[1] - 6.0, 7.5], [10.0, shape[0] - 3.0]])
    return [KeypointsOnImage.from_xy_array(xy, shape=shape) for _ in range(n)]


def _same_arrays(a, b):
    assert len(a) == len(b)
    for x, y in zip(a, b):
        assert x.shape == y.shape and x.dtype == y.dtype
        assert np.array_equal(x, y)


# ---------------------------------------------------------------- record
def test_record_returns_exactly_what_augment_returns():
    images = _images()
    aug = _readme_short()
    expected = aug.localize_random_state().seed_(3)(images=images)
    aug.seed_(3)
    result, rec = iaa.record(aug, images=images)
    _same_arrays(result, expected)
    assert len(rec) == len(images)


def test_record_lists_applied_augmenters_with_paths_and_values():
    aug = iaa.Sequential(
        [iaa.Fliplr(1.0), iaa.Sometimes(0.0, iaa.Flipud(1.0)), iaa.Affine(rotate=30)]
    )
    _, rec = iaa.record(aug, images=_images(2))
    steps = rec.rows[1]
    assert [(s["path"], s["class"]) for s in steps] == [
        ("", "Sequential"),
        ("0", "Fliplr"),
        ("1", "Sometimes"),  # its child did not run on any row
        ("2", "Affine"),
    ]
    assert steps[1]["values"] == {"flipped": True}
    assert steps[3]["name"] == "UnnamedAffine"
    assert "linear" in steps[3]["values"]  # the row's 2x2 matrix


def test_rows_only_list_what_ran_on_them():
    aug = iaa.Sometimes(0.5, iaa.Fliplr(1.0), iaa.Flipud(1.0))
    aug.seed_(2)
    images = _images(8)
    result, rec = iaa.record(aug, images=images)
    for image, image_aug, steps in zip(images, result, rec.rows):
        names = [step["class"] for step in steps if step["class"].startswith("Flip")]
        assert len(names) == 1
        flipped = image[:, ::-1] if names[0] == "Fliplr" else image[::-1]
        assert np.array_equal(image_aug, flipped)


def test_noise_is_recorded_by_its_seed_not_by_arrays():
    aug = iaa.Sequential(
        [iaa.AdditiveGaussianNoise(scale=10), iaa.AddElementwise((-10, 10))]
    )
    images = _images(2, 64, 64)
    result, rec = iaa.record(aug, images=images)
    assert len(rec[0].to_json()) < 1000  # no 64x64x3 noise arrays
    assert "seeds" in rec.rows[0][1]["values"]
    _same_arrays(iaa.replay(aug, rec, images=images), result)


def test_recording_leaves_no_hooks_behind():
    aug = _readme_short()
    iaa.record(aug, images=_images(2))
    for sub in [aug, *aug.get_all_children(flat=True)]:
        assert "augment_batch_" not in sub.__dict__
        assert "_draw_samples" not in sub.__dict__
    failing = iaa.Sequential([iaa.Fliplr(0.5), iaa.AssertShape((None, 5, 5, 3))])
    with pytest.raises(AssertionError):
        iaa.record(failing, images=_images(2))
    for sub in [failing, *failing.get_all_children(flat=True)]:
        assert "augment_batch_" not in sub.__dict__


def test_record_of_single_image_and_other_kinds():
    image = _images(1)[0]
    kps = _keypoints(image.shape, 1)[0]
    aug = iaa.Affine(rotate=(-20, 20))
    (image_aug, kps_aug), rec = iaa.record(aug, image=image, keypoints=kps)
    assert len(rec) == 1
    assert image_aug.shape == image.shape and len(kps_aug.keypoints) == 3


# ---------------------------------------------------------------- replay
@pytest.mark.parametrize("make", [_readme_short, _readme_heavy], ids=["short", "heavy"])
@pytest.mark.parametrize("seeded", [False, True])
def test_replay_on_the_same_inputs_is_exact(make, seeded):
    aug = make()
    if seeded:
        aug.seed_(7)
    images = _images(4, 48, 64)
    result, rec = iaa.record(aug, images=images)
    _same_arrays(iaa.replay(aug, rec, images=images), result)
    # also after a JSON round trip of the record, and row by row
    loaded = Record.from_json(rec.to_json())
    _same_arrays(iaa.replay(aug, loaded, images=images), result)
    for i in (0, 3):
        row = Record.from_json(rec[i].to_json())
        assert np.array_equal(iaa.replay(aug, row, image=images[i]), result[i])


@pytest.mark.parametrize("seeded", [False, True])
def test_heavy_pipeline_records_are_small(seeded):
    aug = _readme_heavy()
    if seeded:
        aug.seed_(1)
    images = _images(8, 384, 512)
    _, rec = iaa.record(aug, images=images)
    sizes = [len(row.to_json().encode()) for row in rec]
    assert max(sizes) <= 4096, sizes


def test_replay_on_other_kinds_matches_the_original_call():
    aug = iaa.Sequential(
        [
            iaa.Fliplr(0.5),
            iaa.Sometimes(0.5, iaa.Affine(rotate=(-30, 30), scale=(0.8, 1.2))),
            iaa.Add((-20, 20)),
            iaa.SomeOf((0, 2), [iaa.Crop(px=(0, 5)), iaa.Rot90((1, 3))]),
        ],
        random_order=True,
    )
    images = _images(6)
    shape = images.shape[1:]
    kps = _keypoints(shape, 6)
    heatmaps = [
        HeatmapsOnImage(
            np.linspace(0, 1, 24 * 32, dtype=np.float32).reshape((24, 32, 1)), shape
        )
        for _ in range(6)
    ]
    segmaps = [
        SegmentationMapsOnImage(
            (np.arange(12 * 16, dtype=np.int32) % 3).reshape((12, 16)), shape
        )
        for _ in range(6)
    ]
    aug.seed_(4)
    expected = aug.localize_random_state()(
        images=images, keypoints=kps, heatmaps=heatmaps, segmentation_maps=segmaps
    )
    aug.seed_(4)
    images_aug, rec = iaa.record(aug, images=images)
    _same_arrays(images_aug, expected[0])
    kps_aug, hms_aug, segs_aug = iaa.replay(
        aug, rec, keypoints=kps, heatmaps=heatmaps, segmentation_maps=segmaps
    )
    for got, want in zip(kps_aug, expected[1]):
        assert got.shape == want.shape
        assert np.array_equal(got.to_xy_array(), want.to_xy_array())
    for got, want in zip(hms_aug, expected[2]):
        assert np.array_equal(got.get_arr(), want.get_arr())
    for got, want in zip(segs_aug, expected[3]):
        assert np.array_equal(got.get_arr(), want.get_arr())
    # a second modality (images again) gets the same geometry
    depth = 255 - images  # e.g. another rendering of the same scene
    depth_aug = iaa.replay(aug, rec, images=depth)
    recorded = iaa.replay(aug, rec, images=images)
    _same_arrays(recorded, images_aug)
    assert [d.shape[0:2] for d in depth_aug] == [i.shape[0:2] for i in images_aug]


def test_replay_does_not_change_rng_states_or_inputs():
    aug = _readme_short().seed_(2)
    images = _images(3)
    copy_images = images.copy()
    _, rec = iaa.record(aug, images=images)
    states = [a.random_state.state for a in [aug, *aug.get_all_children(flat=True)]]
    global_state = ia.random.get_global_rng().state
    iaa.replay(aug, rec, images=images)
    after = [a.random_state.state for a in [aug, *aug.get_all_children(flat=True)]]
    assert json.dumps(states, default=str) == json.dumps(after, default=str)
    assert str(ia.random.get_global_rng().state) == str(global_state)
    assert np.array_equal(images, copy_images)


def test_record_concatenate_and_slices():
    aug = iaa.Fliplr(0.5).seed_(1)
    images = _images(4)
    result, rec = iaa.record(aug, images=images)
    joined = Record.concatenate([rec[2], rec[0]])
    replayed = iaa.replay(aug, joined, images=images[[2, 0]])
    _same_arrays(replayed, [result[2], result[0]])
    assert len(rec[1:3]) == 2
    assert [len(r) for r in rec] == [1, 1, 1, 1]
    with pytest.raises(TypeError):
        Record.concatenate([rec, "x"])


def test_replay_of_rows_of_two_calls():
    aug = iaa.Affine(rotate=(-40, 40)).seed_(3)
    first, rec_a = iaa.record(aug, images=_images(2))
    second, rec_b = iaa.record(aug, images=_images(3))
    rows = [rec_b[2], rec_a[0], rec_b[0]]
    images = np.stack([_images(3)[2], _images(2)[0], _images(3)[0]])
    _same_arrays(iaa.replay(aug, rows, images=images), [second[2], first[0], second[0]])


# ---------------------------------------------------------------- bad input
def test_replay_with_another_row_count_raises():
    aug = iaa.Fliplr(0.5)
    _, rec = iaa.record(aug, images=_images(3))
    with pytest.raises(ReplayError, match="3 row"):
        iaa.replay(aug, rec, images=_images(2))


def test_replay_with_another_shape_raises_before_anything_runs():
    aug = iaa.Sequential([iaa.Fliplr(0.5), iaa.Affine(rotate=(-9, 9))]).seed_(1)
    _, rec = iaa.record(aug, images=_images(2))
    state = aug[1].random_state.state
    with pytest.raises(ReplayError, match="shape"):
        iaa.replay(aug, rec, images=_images(2, 20, 32))
    kps = _keypoints((24, 30, 3), 2)
    with pytest.raises(ReplayError, match=r"Row 0 of 'keypoints'"):
        iaa.replay(aug, rec, keypoints=kps)
    assert str(aug[1].random_state.state) == str(state)


def test_replay_with_another_pipeline_raises():
    _, rec = iaa.record(iaa.Sequential([iaa.Fliplr(0.5)]), images=_images(2))
    with pytest.raises(ReplayError, match="another pipeline"):
        iaa.replay(iaa.Sequential([iaa.Flipud(0.5)]), rec, images=_images(2))


def test_replay_after_reseeding_from_global_raises():
    aug = iaa.Sequential([iaa.Fliplr(0.5), iaa.Flipud(0.5)])
    _, rec = iaa.record(aug, images=_images(2))
    aug.seed_(3)  # every augmenter gets an RNG of its own
    with pytest.raises(ReplayError, match="RNG"):
        iaa.replay(aug, rec, images=_images(2))


def test_record_of_another_version_raises():
    _, rec = iaa.record(iaa.Fliplr(0.5), images=_images(1))
    data = rec.to_dict()
    data["version"] = 99
    with pytest.raises(PipelineFormatError, match="99"):
        Record.from_dict(data)
    with pytest.raises(PipelineFormatError):
        Record.from_dict({"format": "something else"})


def test_replay_argument_errors():
    aug = iaa.Fliplr(0.5)
    _, rec = iaa.record(aug, images=_images(1))
    with pytest.raises(TypeError, match="Record"):
        iaa.replay(aug, "record", images=_images(1))
    with pytest.raises(ValueError, match="data"):
        iaa.replay(aug, rec)
    with pytest.raises(TypeError, match="Augmenter"):
        iaa.replay(None, rec, images=_images(1))


def test_boxes_replayed_like_the_original():
    aug = iaa.Affine(translate_px={"x": (-5, 5)}).seed_(6)
    images = _images(2)
    bbs = [
        BoundingBoxesOnImage([BoundingBox(2, 3, 10, 12)], shape=images.shape[1:])
        for _ in range(2)
    ]
    expected = aug.localize_random_state()(images=images, bounding_boxes=bbs)[1]
    aug.seed_(6)
    _, rec = iaa.record(aug, images=images)
    got = iaa.replay(aug, rec, bounding_boxes=bbs)
    for a, b in zip(got, expected):
        assert np.allclose(a.to_xyxy_array(), b.to_xyxy_array())


def test_other_threads_are_not_affected_by_a_running_replay():
    import threading

    from imgaug.augmenters import _recording

    aug = iaa.Sequential([iaa.Add(50), iaa.Fliplr(1.0)])
    images = _images(2)
    expected = aug(images=images)
    results = {}
    with _recording.Recorder(aug, skip_pixel_work=True):
        thread = threading.Thread(target=lambda: results.update(out=aug(images=images)))
        thread.start()
        thread.join()
        skipped = aug(images=images)  # this thread: pixel work skipped
    _same_arrays(results["out"], expected)
    _same_arrays(skipped, images[:, :, ::-1])


# ---------------------------------------------------------------- the registry
def _case_call(name, aug):
    """Images, every other kind and (for mixing cases) donors of one call."""
    images = contract._images(name=name)
    kwargs = {"images": images, **contract._annotations(images.shape[1:])}
    donors = CASE_PROPERTIES[name]["donors"]
    metadata = {}
    if donors is not None:
        shapes = [image.shape for image in images]
        metadata = {aug.metadata_key: donors(shapes, images.dtype, images)}
    return kwargs, metadata


@pytest.mark.parametrize("name", list(CASES))
def test_every_case_replays_exactly(name):
    """Replaying a record (after a JSON round trip) on the recorded inputs gives the
    recorded outputs, and on each annotation kind alone what the call gave it."""
    aug = CASES[name]()
    aug.seed_(7)
    kwargs, metadata = _case_call(name, aug)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # deprecated augmenters warn on use
        expected, rec = iaa.record(aug, **kwargs, **metadata)
        assert len(rec) == len(kwargs["images"])
        rec = Record.from_json(rec.to_json())
        contract._assert_same(iaa.replay(aug, rec, **kwargs, **metadata), expected)
        for index, kind in enumerate(contract.KINDS, start=1):
            alone = iaa.replay(aug, rec, **{kind: kwargs[kind]}, **metadata)
            contract._assert_same(alone, expected[index], kind)
        # row by row (mixing metadata only for all rows of a call)
        single = {"image": kwargs["images"][1]}
        if not metadata:
            assert np.array_equal(iaa.replay(aug, rec[1], **single), expected[0][1])
        else:
            single[aug.metadata_key] = metadata[aug.metadata_key][1]
            with pytest.raises(ReplayError, match="all rows"):
                iaa.replay(aug, rec[1], **single)


@pytest.mark.parametrize(
    "make, kinds",
    [
        *NOT_GENERIC_CASES.values(),
        (lambda: iaa.Lambda(func_images=_halve_images), ()),
    ],
    ids=[*NOT_GENERIC_CASES, "Lambda"],
)
def test_augmenters_without_generic_case_replay_exactly(make, kinds):
    aug = make().seed_(5)
    images = _images(3, 32, 36)
    annotations = contract._annotations(images.shape[1:], n=3)
    kwargs = {"images": images, **{kind: annotations[kind] for kind in kinds}}
    expected, rec = iaa.record(aug, **kwargs)
    rec = Record.from_json(rec.to_json())
    contract._assert_same(iaa.replay(aug, rec, **kwargs), expected)
    for index, kind in enumerate(kinds, start=1):
        contract._assert_same(
            iaa.replay(aug, rec, **{kind: kwargs[kind]}), expected[index], kind
        )


def _halve_images(images, random_state, parents, hooks):
    return [image // 2 for image in images]


def test_rng_states_are_compact_and_checked():
    aug = iaa.Affine(rotate=(-20, 20)).seed_(2)
    _, rec = iaa.record(aug, images=_images(2))
    data = rec.to_dict()
    (state,) = data["calls"][0]["rngs"].values()
    assert state.startswith("sfc64:") and len(state) <= len("sfc64:") + 43 + 4
    for broken in (
        "sfc64:abc",
        "sfc64:" + "!" * 43,
        "pcg:" + state[6:],
        state + ":x:1",
    ):
        data["calls"][0]["rngs"] = {key: broken for key in data["calls"][0]["rngs"]}
        with pytest.raises(PipelineFormatError, match="RNG state"):
            Record.from_dict(data)


def test_default_names_are_left_out_of_the_json_form():
    aug = iaa.Sequential([iaa.Fliplr(1.0), iaa.Flipud(1.0, name="up")])
    _, rec = iaa.record(aug, images=_images(1))
    steps = json.loads(rec.to_json())["rows"][0]["steps"]
    assert [step.get("name") for step in steps] == [None, None, "up"]
    assert Record.from_json(rec.to_json()).rows == rec.rows
    assert [step["name"] for step in rec.rows[0]] == [
        "UnnamedSequential",
        "UnnamedFliplr",
        "up",
    ]


def test_only_augmenters_drawing_from_the_global_rng_count_as_its_users():
    # a OneOf on the global RNG inside a seeded pipeline draws from it; the
    # wrapper Sequential of Sometimes (also on the global RNG) draws nothing, so
    # rows that never reached the OneOf need no state of it
    aug = iaa.Sequential(
        [
            iaa.Sometimes(0.5, iaa.OneOf([iaa.Flipud(1.0), iaa.Add(10)])),
            iaa.Sometimes(0.5, [iaa.Fliplr(1.0)]),
        ]
    ).seed_(3)
    aug[0].then_list.random_state = ia.random.RNG(None)  # the OneOf
    aug[1].then_list.random_state = ia.random.RNG(None)  # the wrapper Sequential
    images = _images(8)
    result, rec = iaa.record(aug, images=images)
    reached = ["0.0" in {step["path"] for step in row} for row in rec.rows]
    assert any(reached) and not all(reached)
    for i, reached_one_of in enumerate(reached):
        rngs = json.loads(rec[i].to_json())["calls"][0]["rngs"]
        assert ("g" in rngs) == reached_one_of
    for i in range(len(rec)):
        row = Record.from_json(rec[i].to_json())
        assert np.array_equal(iaa.replay(aug, row, image=images[i]), result[i])
