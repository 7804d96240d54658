"""imgaug.integrations.augment_sample: samples as dicts of arrays, by seed key."""

import os
import subprocess
import sys

import numpy as np
import pytest

import imgaug.augmenters as iaa
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.integrations import KINDS, augment_sample
from imgaug.integrations._samples import check_picklable, require
from imgaug.validation import InvalidTypeError, InvalidValueError


def _sample():
    image = np.zeros((10, 20, 3), dtype=np.uint8)
    image[2:4, 1:3] = 255
    segmap = np.zeros((10, 20), dtype=np.int32)
    segmap[2:4, 1:3] = 2
    return {
        "image": image,
        "segmentation_maps": segmap,
        "heatmaps": (segmap[..., np.newaxis] > 0).astype(np.float32),
        "keypoints": np.array([[1.5, 2.5], [3.0, 4.0]]),
        "bounding_boxes": np.array([[1, 2, 5, 6], [-10, -10, -5, -5]], np.float32),
        "polygons": [np.array([[1, 1], [5, 1], [5, 5]], dtype=np.float32)],
        "line_strings": [np.array([[0, 0], [4, 4]], dtype=np.float32)],
        "id": "sample-7",
    }


def test_flip_moves_every_kind_and_keeps_layouts():
    sample = _sample()
    out = augment_sample(iaa.Fliplr(1.0), sample, seed_key=(0, 0, 1))
    assert out.keys() == sample.keys()
    assert np.array_equal(out["image"], sample["image"][:, ::-1])
    assert np.array_equal(
        out["segmentation_maps"], sample["segmentation_maps"][:, ::-1]
    )
    assert out["segmentation_maps"].dtype == np.int32
    assert out["heatmaps"].shape == (10, 20, 1)
    assert np.allclose(out["heatmaps"], sample["heatmaps"][:, ::-1])
    assert np.allclose(out["keypoints"], [[18.5, 2.5], [17.0, 4.0]])
    assert out["keypoints"].dtype == np.float64  # float64 in, float64 out
    assert out["bounding_boxes"].dtype == np.float32
    assert np.allclose(out["bounding_boxes"], [[15, 2, 19, 6], [25, -10, 30, -5]])
    assert np.allclose(out["polygons"][0], [[19, 1], [15, 1], [15, 5]])
    assert np.allclose(out["line_strings"][0], [[20, 0], [16, 4]])
    assert out["id"] == "sample-7"
    assert sample["keypoints"][0, 0] == 1.5  # input untouched


def test_same_key_same_sample_other_key_other_sample():
    aug = iaa.Sequential([iaa.Affine(rotate=(-40, 40)), iaa.Add((-30, 30))])
    sample = _sample()
    a = augment_sample(aug, sample, seed_key=(1, 0, 3))
    b = augment_sample(aug, sample, seed_key=(1, 0, 3))
    c = augment_sample(aug, sample, seed_key=(1, 1, 3))
    assert np.array_equal(a["image"], b["image"])
    assert np.array_equal(a["keypoints"], b["keypoints"])
    assert not np.array_equal(a["image"], c["image"])
    assert np.array_equal(a["image"], aug(image=sample["image"], seed_key=(1, 0, 3)))


def test_box_labels_follow_removed_boxes():
    sample = _sample()
    sample["labels"] = np.array([3, 4])
    aug = iaa.Sequential([iaa.Fliplr(1.0), iaa.RemoveCBAsByOutOfImageFraction(0.5)])
    out = augment_sample(aug, sample, 0, kinds={"labels": "bounding_box_labels"})
    assert out["bounding_boxes"].shape == (1, 4)
    assert out["labels"].tolist() == [3]
    sample["labels"] = ["cat", "dog"]
    out = augment_sample(aug, sample, 0, kinds={"labels": "bounding_box_labels"})
    assert out["labels"] == ["cat"]


def test_labels_without_boxes_pass_through():
    sample = {"image": np.zeros((4, 4, 3), np.uint8), "labels": 5}
    out = augment_sample(
        iaa.Fliplr(1.0), sample, 0, kinds={"labels": "bounding_box_labels"}
    )
    assert out["labels"] == 5


def test_label_count_must_match_boxes():
    sample = _sample()
    sample["labels"] = [1, 2, 3]
    with pytest.raises(InvalidValueError, match="one entry of 'labels' per"):
        augment_sample(
            iaa.Identity(), sample, 0, kinds={"labels": "bounding_box_labels"}
        )


def test_objects_in_objects_out_with_their_labels():
    shape = (10, 20, 3)
    bbsoi = BoundingBoxesOnImage(
        [BoundingBox(1, 2, 5, 6, label="a"), BoundingBox(-9, -9, -5, -5, label="b")],
        shape=shape,
    )
    kpsoi = KeypointsOnImage([Keypoint(1, 2)], shape=shape)
    sample = {"bounding_boxes": bbsoi, "keypoints": kpsoi, "labels": np.array([7, 8])}
    aug = iaa.Sequential([iaa.Fliplr(1.0), iaa.RemoveCBAsByOutOfImageFraction(0.5)])
    out = augment_sample(aug, sample, 0, kinds={"labels": "bounding_box_labels"})
    assert isinstance(out["bounding_boxes"], BoundingBoxesOnImage)
    assert [bb.label for bb in out["bounding_boxes"].bounding_boxes] == ["a"]
    assert out["labels"].tolist() == [7]
    assert isinstance(out["keypoints"], KeypointsOnImage)
    assert np.allclose(out["keypoints"].to_xy_array(), [[19, 2]])


def test_renamed_keys_and_passthrough():
    sample = {
        "img": np.zeros((6, 8), np.uint8),
        "mask": np.ones((6, 8), bool),
        "image": 1,
    }
    sample["img"][0, 0] = 9
    kinds = {"img": "image", "mask": "segmentation_maps", "image": None}
    out = augment_sample(iaa.Fliplr(1.0), sample, 0, kinds=kinds)
    assert out["img"][0, 7] == 9 and out["img"].shape == (6, 8)
    assert out["mask"].dtype == bool and out["mask"].all()
    assert out["image"] == 1


def test_array_and_tuple_samples():
    image = np.arange(12, dtype=np.uint8).reshape(3, 4)
    assert np.array_equal(augment_sample(iaa.Fliplr(1.0), image, 0), image[:, ::-1])
    out = augment_sample(iaa.Fliplr(1.0), (image, 3, "x"), 0)
    assert isinstance(out, tuple) and out[1:] == (3, "x")
    assert np.array_equal(out[0], image[:, ::-1])
    listed = augment_sample(iaa.Fliplr(1.0), [image, 3], 0)
    assert isinstance(listed, list)


def test_pil_images_are_converted():
    pil = pytest.importorskip("PIL.Image")
    image = pil.fromarray(np.full((4, 5, 3), 7, dtype=np.uint8))
    out = augment_sample(iaa.Identity(), {"image": image}, 0)
    assert isinstance(out["image"], np.ndarray) and out["image"].shape == (4, 5, 3)


def test_sample_without_kinds_is_copied():
    sample = {"label": 1}
    out = augment_sample(iaa.Fliplr(1.0), sample, 0)
    assert out == sample and out is not sample


@pytest.mark.parametrize(
    ("sample", "kinds", "error", "match"),
    [
        ({"keypoints": np.zeros((1, 2))}, None, InvalidValueError, "image shape"),
        (
            {"image": np.zeros((4, 4, 3), np.uint8), "keypoints": np.zeros((1, 3))},
            None,
            InvalidValueError,
            r"\(N,2\)",
        ),
        ({"image": np.zeros((4,), np.uint8)}, None, InvalidValueError, "image"),
        (
            {"image": np.zeros((4, 4), np.uint8)},
            {"x": "masks"},
            InvalidValueError,
            "kinds",
        ),
        ({"image": np.zeros((4, 4), np.uint8)}, ["image"], InvalidTypeError, "kinds"),
        (
            {"image": np.zeros((4, 4), np.uint8), "img": np.zeros((4, 4), np.uint8)},
            {"img": "image"},
            InvalidValueError,
            "at most one key",
        ),
        ((), None, InvalidValueError, "non-empty"),
    ],
)
def test_bad_samples(sample, kinds, error, match):
    with pytest.raises(error, match=match):
        augment_sample(iaa.Identity(), sample, 0, kinds=kinds)


def test_kinds_constant_lists_augment_kinds():
    assert KINDS[0] == "image" and "bounding_box_labels" in KINDS


def test_missing_extra_names_the_pip_command(monkeypatch):
    monkeypatch.setitem(sys.modules, "imgaug_missing_dependency", None)
    with pytest.raises(ImportError, match=r"pip install imgaug\[thing\]"):
        require("imgaug_missing_dependency", "thing")


def _module_level(images, random_state, parents, hooks):
    return images


def test_unpicklable_pipeline_names_the_augmenter():
    aug = iaa.Sequential(
        [
            iaa.Fliplr(0.5),
            iaa.Lambda(func_images=lambda images, *args: images, name="L1"),
        ]
    )
    with pytest.raises(TypeError, match="L1.*workers|workers.*L1"):
        check_picklable(aug, "workers")
    good = iaa.Sequential([iaa.Lambda(func_images=_module_level)])
    assert isinstance(check_picklable(good, "workers"), bytes)


def test_importing_imgaug_never_imports_the_extras():
    code = (
        "import sys, imgaug, imgaug.augmenters, imgaug.integrations, imgaug.__main__\n"
        "import imgaug._augment_folder\n"
        "extras = ('torch', 'dask', 'ray', 'distributed')\n"
        "loaded = [m for m in extras if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([os.getcwd(), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
