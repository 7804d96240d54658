"""COCO annotations for `python -m imgaug augment`: loading, RLE, augmentation."""

import json

import numpy as np
import pytest

import imgaug.augmenters as iaa
from imgaug import _coco

H, W = 40, 50


def _annotations():
    mask = np.zeros((H, W), dtype=bool)
    mask[20:25, 30:34] = True
    return [
        {
            "id": 11,
            "image_id": 1,
            "category_id": 1,
            "bbox": [10, 5, 8, 6],
            "area": 48.0,
            "segmentation": [[10, 5, 18, 5, 18, 11, 10, 11]],
            "keypoints": [12, 6, 2, 0, 0, 0, 16, 9, 1],
            "num_keypoints": 2,
            "iscrowd": 0,
        },
        {
            "id": 12,
            "image_id": 1,
            "category_id": 2,
            "bbox": [30, 20, 4, 5],
            "area": 20.0,
            "segmentation": _coco.rle_encode(mask, compressed=False),
            "iscrowd": 1,
        },
        {"id": 13, "image_id": 1, "category_id": 1, "bbox": [2, 30, 6, 4], "area": 24},
    ]


def _augment(aug, annotations):
    kwargs, index = _coco.to_augmentables(annotations, (H, W, 3))
    image = np.zeros((H, W, 3), dtype=np.uint8)
    outputs = aug(image=image, **kwargs)
    augmented = dict(zip(kwargs, outputs[1:]))
    return _coco.from_augmentables(annotations, augmented, index, outputs[0].shape)


def test_flip_updates_every_annotation_form():
    out = _augment(iaa.Fliplr(1.0), _annotations())
    first, crowd, small = out
    assert first["bbox"] == [32, 5, 8, 6]
    assert first["segmentation"] == [[40, 5, 32, 5, 32, 11, 40, 11]]
    assert first["keypoints"] == [38, 6, 2, 0, 0, 0, 34, 9, 1]
    assert first["num_keypoints"] == 2 and first["area"] == 48
    assert first["id"] == 11 and first["category_id"] == 1
    expected_mask = np.zeros((H, W), dtype=bool)
    expected_mask[20:25, 16:20] = True
    assert np.array_equal(_coco.rle_decode(crowd["segmentation"]), expected_mask)
    assert isinstance(crowd["segmentation"]["counts"], list)
    assert crowd["bbox"] == [16, 20, 4, 5] and crowd["area"] == 20
    assert small["bbox"] == [42, 30, 6, 4] and small["area"] == 24


def test_objects_leaving_the_image_are_clipped_or_dropped():
    out = _augment(iaa.Affine(translate_px={"x": -15}), _annotations())
    assert [ann["id"] for ann in out] == [11, 12]  # 13 left the image
    first = out[0]
    assert first["bbox"] == [0, 5, 3, 6]  # clipped polygon's bounds
    assert first["area"] == 18
    assert first["keypoints"] == [0, 0, 0, 0, 0, 0, 1, 9, 1]  # left: unlabeled
    assert first["num_keypoints"] == 1


def test_annotation_without_geometry_is_kept():
    annotations = [{"id": 1, "image_id": 1, "category_id": 3, "caption": "x"}]
    assert _augment(iaa.Fliplr(1.0), annotations) == annotations


def test_resize_changes_rle_size():
    out = _augment(iaa.Resize({"height": 20, "width": 25}), _annotations())
    assert out[1]["segmentation"]["size"] == [20, 25]
    assert out[0]["bbox"] == [5, 2.5, 4, 3]


@pytest.mark.parametrize(
    ("counts", "text"),
    [
        ([2, 3, 4], "234"),
        ([20], "d0"),  # 20 needs two 5-bit groups
        ([0, 10, 0, 2], "0:0H"),  # fourth run: 2 - 10 = -8 (negative delta)
        ([1, 1, 1, 5, 2], "11141"),  # deltas from the fourth run on
    ],
)
def test_compressed_rle_strings(counts, text):
    assert _coco._counts_to_rle_string(counts) == text
    assert _coco._rle_string_to_counts(text) == counts
    assert _coco._rle_string_to_counts(text.encode("ascii")) == counts


def test_rle_round_trip_column_major():
    rng = np.random.default_rng(0)
    for shape in [(5, 7), (1, 1), (3, 4)]:
        mask = rng.random(shape) > 0.5
        for compressed in (False, True):
            rle = _coco.rle_encode(mask, compressed)
            assert rle["size"] == list(shape)
            assert np.array_equal(_coco.rle_decode(rle), mask)
    mask = np.array([[0, 1], [0, 1]], dtype=bool)  # column-major: 0 0 1 1
    assert _coco.rle_encode(mask, False)["counts"] == [2, 2]
    assert _coco.rle_encode(np.ones((2, 2), bool), False)["counts"] == [0, 4]


def test_rle_with_wrong_total_is_refused():
    with pytest.raises(_coco.CocoError, match="sum to 5"):
        _coco.rle_decode({"size": [2, 3], "counts": [2, 3]})
    with pytest.raises(_coco.CocoError, match="Truncated"):
        _coco._rle_string_to_counts("d")


def test_rle_of_other_size_than_image_is_refused():
    annotations = _annotations()
    annotations[1]["segmentation"]["size"] = [W, H]
    with pytest.raises(_coco.CocoError, match="RLE mask of annotation 12"):
        _coco.to_augmentables(annotations, (H, W, 3))


def _write(tmp_path, coco):
    path = tmp_path / "coco.json"
    path.write_text(json.dumps(coco))
    return str(path)


def test_load_groups_annotations_by_image(tmp_path):
    coco = {
        "images": [{"id": 1, "file_name": "a.png"}, {"id": 2, "file_name": "b.png"}],
        "annotations": _annotations(),
        "categories": [{"id": 1, "name": "x"}],
    }
    loaded, by_image = _coco.load(_write(tmp_path, coco))
    assert loaded == coco
    assert [a["id"] for a in by_image[1]] == [11, 12, 13] and by_image[2] == []


@pytest.mark.parametrize(
    ("coco", "match"),
    [
        ({"annotations": []}, "no 'images' list"),
        ({"images": [{"id": 1}]}, "needs an 'id' and a 'file_name'"),
        (
            {"images": [{"id": 1, "file_name": "a"}, {"id": 1, "file_name": "b"}]},
            "occurs twice",
        ),
        ({"images": [], "annotations": {}}, "not a list"),
        ({"images": [], "annotations": [{"id": 3}]}, "has no 'image_id'"),
        (
            {
                "images": [{"id": 1, "file_name": "a"}],
                "annotations": [{"id": 1, "image_id": 1}, {"id": 2, "image_id": 9}],
            },
            r"1 annotation\(s\) .* annotation 1 -> image 9",
        ),
    ],
)
def test_bad_files(tmp_path, coco, match):
    with pytest.raises(_coco.CocoError, match=match):
        _coco.load(_write(tmp_path, coco))


def test_unreadable_json(tmp_path):
    path = tmp_path / "coco.json"
    path.write_text("{not json")
    with pytest.raises(_coco.CocoError, match="Could not read"):
        _coco.load(str(path))
    with pytest.raises(_coco.CocoError, match="Could not read"):
        _coco.load(str(tmp_path / "missing.json"))


def test_many_dangling_ids_are_summarised(tmp_path):
    coco = {
        "images": [],
        "annotations": [{"id": i, "image_id": 100 + i} for i in range(15)],
    }
    with pytest.raises(_coco.CocoError, match="15 annotation.*and 5 more"):
        _coco.load(_write(tmp_path, coco))


def test_write_atomically_leaves_no_partial_file(tmp_path):
    path = tmp_path / "out.json"
    _coco.write_atomically(str(path), {"a": 1})
    assert json.loads(path.read_text()) == {"a": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
