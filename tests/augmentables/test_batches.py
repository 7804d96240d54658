"""Tests for imgaug.augmentables.batches."""

import pickle

import numpy as np
import pytest

import imgaug.imgaug as ia
from imgaug.augmentables import batches as batchesmod
from imgaug.augmentables.batches import (
    DEFAULT,
    Batch,
    UnnormalizedBatch,
    _AugmentableColumn,
    _BatchInAugmentation,
)
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage

COLUMNS = [
    "images",
    "heatmaps",
    "segmentation_maps",
    "keypoints",
    "bounding_boxes",
    "polygons",
    "line_strings",
]


def _kpsoi(x=1.0, y=2.0, shape=(4, 5, 3)):
    return KeypointsOnImage([Keypoint(x=x, y=y)], shape=shape)


def _xy(kpsoi):
    return kpsoi.to_xy_array().tolist()


# ------------------------------------------------------------------- module
def test_default_sentinel():
    assert DEFAULT == "DEFAULT"


def test_all_lists_public_names():
    assert set(batchesmod.__all__) == {"DEFAULT", "UnnormalizedBatch", "Batch"}


# ------------------------------------------------------------- Unnormalized
class TestUnnormalizedBatch:
    def test_init_sets_unaug_and_none_aug(self):
        images = np.zeros((1, 2, 2, 3), dtype=np.uint8)
        batch = UnnormalizedBatch(images=images, data={"a": 1})
        assert batch.images_unaug is images
        assert batch.data == {"a": 1}
        for name in COLUMNS:
            assert getattr(batch, name + "_aug") is None
        assert batch.keypoints_unaug is None

    def test_get_column_names(self):
        batch = UnnormalizedBatch(
            images=np.zeros((1, 2, 2, 3), dtype=np.uint8),
            keypoints=[],
            bounding_boxes=[(0, 0, 1, 1)],
        )
        assert batch.get_column_names() == ["images", "bounding_boxes"]

    def test_get_column_names_counts_single_object_without_len(self):
        from imgaug.augmentables.heatmaps import HeatmapsOnImage

        heatmap = HeatmapsOnImage(np.zeros((2, 2), dtype=np.float32), shape=(2, 2))
        batch = UnnormalizedBatch(heatmaps=heatmap)
        assert batch.get_column_names() == ["heatmaps"]

    def test_to_normalized_batch_images_3d_array_is_n_grayscale(self):
        images = np.zeros((2, 4, 5), dtype=np.uint8)
        batch = UnnormalizedBatch(images=images, data="payload").to_normalized_batch()
        assert isinstance(batch, Batch)
        assert batch.images_unaug.shape == (2, 4, 5, 1)
        assert batch.data == "payload"

    def test_to_normalized_batch_uses_image_shapes_for_keypoints(self):
        images = np.zeros((2, 4, 5, 3), dtype=np.uint8)
        kps = np.float32([[[1, 2]], [[3, 1]]])
        batch = UnnormalizedBatch(images=images, keypoints=kps).to_normalized_batch()
        assert len(batch.keypoints_unaug) == 2
        assert batch.keypoints_unaug[1].shape == (4, 5, 3)
        assert _xy(batch.keypoints_unaug[1]) == [[3.0, 1.0]]

    def test_to_normalized_batch_without_images_needs_shapes(self):
        batch = UnnormalizedBatch(keypoints=np.float32([[[1, 2]]]))
        with pytest.raises(ValueError):
            batch.to_normalized_batch()

    def test_to_normalized_batch_fails_if_aug_set(self):
        batch = UnnormalizedBatch(images=np.zeros((1, 2, 2, 3), dtype=np.uint8))
        batch.images_aug = batch.images_unaug
        with pytest.raises(AssertionError, match="images_aug"):
            batch.to_normalized_batch()

    def test_fill_from_augmented_normalized_batch_restores_forms(self):
        images = np.zeros((1, 4, 5, 3), dtype=np.uint8)
        batch = UnnormalizedBatch(images=images, keypoints=[(1, 2)])
        normalized = batch.to_normalized_batch()
        normalized.images_aug = normalized.images_unaug + 1
        kpsoi = normalized.keypoints_unaug[0].deepcopy()
        kpsoi.keypoints[0].x = 3.0
        normalized.keypoints_aug = [kpsoi]
        result = batch.fill_from_augmented_normalized_batch_(normalized)
        assert result is batch
        assert isinstance(batch.images_aug, np.ndarray)
        assert batch.images_aug.shape == (1, 4, 5, 3)
        assert np.all(batch.images_aug == 1)
        assert batch.keypoints_aug == [(3.0, 2)]
        assert batch.heatmaps_aug is None

    def test_fill_from_augmented_normalized_batch_returns_new(self):
        images = [np.zeros((2, 2), dtype=np.uint8)]
        batch = UnnormalizedBatch(images=images, data="old")
        normalized = batch.to_normalized_batch()
        normalized.images_aug = [np.ones((2, 2, 1), dtype=np.uint8)]
        normalized.data = "new"
        result = batch.fill_from_augmented_normalized_batch(normalized)
        assert result is not batch
        assert batch.images_aug is None
        assert result.images_unaug is images
        assert result.data == "new"
        assert isinstance(result.images_aug, list)
        assert result.images_aug[0].shape == (2, 2)


# -------------------------------------------------------------------- Batch
class TestBatch:
    def test_init(self):
        batch = Batch(keypoints=[_kpsoi()], data=3)
        assert len(batch.keypoints_unaug) == 1
        assert batch.keypoints_aug is None
        assert batch.data == 3

    @pytest.mark.parametrize(
        "name",
        ["images", "heatmaps", "segmentation_maps", "keypoints", "bounding_boxes"],
    )
    def test_deprecated_properties(self, name):
        value = [object()]
        batch = Batch(**{name: value})
        with pytest.warns(ia.DeprecationWarning, match="is deprecated"):
            assert getattr(batch, name) is value

    def test_get_column_names_and_to_normalized_batch(self):
        batch = Batch(images=np.zeros((1, 2, 2, 1), dtype=np.uint8), keypoints=[])
        assert batch.get_column_names() == ["images"]
        assert batch.to_normalized_batch() is batch

    def test_to_batch_in_augmentation_copies(self):
        images = np.zeros((1, 2, 2, 1), dtype=np.uint8)
        kpsoi = _kpsoi()
        batch = Batch(images=images, keypoints=[kpsoi], data="d")
        inaug = batch.to_batch_in_augmentation()
        assert isinstance(inaug, _BatchInAugmentation)
        assert inaug.data is None
        inaug.images[0, 0, 0, 0] = 255
        inaug.keypoints[0].keypoints[0].x = 100.0
        assert images[0, 0, 0, 0] == 0
        assert kpsoi.keypoints[0].x == 1.0
        assert inaug.heatmaps is None

    def test_fill_from_batch_in_augmentation_(self):
        batch = Batch(images=np.zeros((1, 2, 2, 1), dtype=np.uint8))
        inaug = batch.to_batch_in_augmentation()
        inaug.images = inaug.images + 3
        assert batch.fill_from_batch_in_augmentation_(inaug) is batch
        assert np.all(batch.images_aug == 3)
        assert batch.keypoints_aug is None

    def test_deepcopy_copies_everything(self):
        kpsoi = _kpsoi()
        batch = Batch(keypoints=[kpsoi], data={"k": [1]})
        batch.keypoints_aug = [_kpsoi(x=4.0)]
        copied = batch.deepcopy()
        assert copied is not batch
        assert copied.keypoints_unaug[0] is not kpsoi
        assert _xy(copied.keypoints_unaug[0]) == [[1.0, 2.0]]
        assert _xy(copied.keypoints_aug[0]) == [[4.0, 2.0]]
        assert copied.data == {"k": [1]}
        assert copied.data is not batch.data

    def test_deepcopy_with_replacements(self):
        batch = Batch(images=np.zeros((1, 2, 2, 1), dtype=np.uint8))
        new_images = np.ones((1, 3, 3, 1), dtype=np.uint8)
        copied = batch.deepcopy(images_aug=new_images, keypoints_unaug=None)
        assert copied.images_aug.shape == (1, 3, 3, 1)
        assert copied.images_aug is not new_images
        assert copied.images_unaug.shape == (1, 2, 2, 1)

    def test_pickle(self):
        batch = Batch(images=np.ones((1, 2, 2, 1), dtype=np.uint8), data=(1, "x"))
        loaded = pickle.loads(pickle.dumps(batch))
        assert np.array_equal(loaded.images_unaug, batch.images_unaug)
        assert loaded.data == (1, "x")


# ------------------------------------------------------ _BatchInAugmentation
class TestBatchInAugmentation:
    def test_defaults(self):
        batch = _BatchInAugmentation()
        assert batch.empty
        assert batch.nb_rows == 0
        assert batch.columns == []
        assert batch.get_column_names() == []
        assert batch.get_rowwise_shapes() == []

    def test_nb_rows_uses_first_non_none_column(self):
        batch = _BatchInAugmentation(keypoints=[_kpsoi(), _kpsoi()])
        assert batch.nb_rows == 2
        assert not batch.empty

    def test_columns(self):
        images = np.zeros((2, 3, 3, 1), dtype=np.uint8)
        kpsois = [_kpsoi(), _kpsoi()]
        batch = _BatchInAugmentation(images=images, keypoints=kpsois, polygons=[])
        columns = batch.columns
        assert [c.name for c in columns] == ["images", "keypoints"]
        assert isinstance(columns[0], _AugmentableColumn)
        assert columns[0].value is images
        assert columns[1].attr_name == "keypoints"
        assert batch.get_column_names() == ["images", "keypoints"]

    def test_get_rowwise_shapes_from_array(self):
        batch = _BatchInAugmentation(images=np.zeros((3, 4, 5, 2), dtype=np.uint8))
        assert batch.get_rowwise_shapes() == [(4, 5, 2)] * 3

    def test_get_rowwise_shapes_from_list_and_keypoints(self):
        images = [np.zeros((4, 5, 1), dtype=np.uint8), np.zeros((6, 7, 3), np.uint8)]
        batch = _BatchInAugmentation(images=images, keypoints=[_kpsoi(), _kpsoi()])
        assert batch.get_rowwise_shapes() == [(4, 5, 1), (6, 7, 3)]
        kps_only = _BatchInAugmentation(keypoints=[_kpsoi(shape=(9, 8))])
        assert kps_only.get_rowwise_shapes() == [(9, 8)]

    def test_subselect_rows_by_indices_array(self):
        images = np.arange(4).reshape((4, 1, 1, 1)).astype(np.uint8)
        kpsois = [_kpsoi(x=float(i)) for i in range(4)]
        batch = _BatchInAugmentation(images=images, keypoints=kpsois, data="d")
        sub = batch.subselect_rows_by_indices([3, 1])
        assert sub.images.flatten().tolist() == [3, 1]
        assert sub.keypoints[0] is kpsois[3]
        assert sub.data == "d"
        sub.images[0] = 100
        assert images[3, 0, 0, 0] == 3

    def test_subselect_rows_by_indices_empty_gives_none(self):
        batch = _BatchInAugmentation(images=[np.zeros((1, 1, 1), np.uint8)])
        sub = batch.subselect_rows_by_indices([])
        assert sub.images is None
        assert sub.empty

    def test_invert_subselect_array_same_shape_stays_array(self):
        images = np.zeros((3, 2, 2, 1), dtype=np.uint8)
        batch = _BatchInAugmentation(images=images)
        sub = batch.subselect_rows_by_indices([0, 2])
        sub.images = sub.images + np.uint8(5)
        result = batch.invert_subselect_rows_by_indices_([0, 2], sub)
        assert result is batch
        assert isinstance(batch.images, np.ndarray)
        assert batch.images[:, 0, 0, 0].tolist() == [5, 0, 5]

    def test_invert_subselect_array_changed_shape_becomes_list(self):
        images = np.zeros((3, 2, 2, 1), dtype=np.uint8)
        batch = _BatchInAugmentation(images=images)
        sub = batch.subselect_rows_by_indices([1])
        sub.images = [np.ones((4, 4, 1), dtype=np.uint8)]
        batch.invert_subselect_rows_by_indices_([1], sub)
        assert isinstance(batch.images, list)
        assert [image.shape for image in batch.images] == [
            (2, 2, 1),
            (4, 4, 1),
            (2, 2, 1),
        ]

    def test_invert_subselect_array_changed_dtype_becomes_list(self):
        batch = _BatchInAugmentation(images=np.zeros((2, 2, 2, 1), dtype=np.uint8))
        sub = batch.subselect_rows_by_indices([0])
        sub.images = sub.images.astype(np.float32)
        batch.invert_subselect_rows_by_indices_([0], sub)
        assert isinstance(batch.images, list)
        assert batch.images[0].dtype == np.float32
        assert batch.images[1].dtype == np.uint8

    def test_invert_subselect_list(self):
        kpsois = [_kpsoi(x=float(i)) for i in range(3)]
        batch = _BatchInAugmentation(keypoints=list(kpsois))
        sub = batch.subselect_rows_by_indices([2])
        new = _kpsoi(x=9.0)
        sub.keypoints = [new]
        batch.invert_subselect_rows_by_indices_([2], sub)
        assert batch.keypoints[2] is new
        assert batch.keypoints[0] is kpsois[0]

    def test_invert_subselect_empty_indices_is_noop(self):
        batch = _BatchInAugmentation(images=np.zeros((1, 1, 1, 1), np.uint8))
        sub = batch.subselect_rows_by_indices([])
        assert batch.invert_subselect_rows_by_indices_([], sub) is batch

    def test_propagation_hooks(self):
        images = np.zeros((1, 2, 2, 1), dtype=np.uint8)
        kpsois = [_kpsoi()]
        batch = _BatchInAugmentation(images=images, keypoints=kpsois)
        seen = []

        def propagator(values, augmenter, parents, default):
            seen.append((type(values), augmenter, parents, default))
            return not isinstance(values, np.ndarray)

        hooks = ia.HooksImages(propagator=propagator)
        info = batch.apply_propagation_hooks_("aug", hooks, ["p"])
        assert info == [("images", images)]
        assert batch.images is None
        assert batch.keypoints is kpsois
        assert seen[0] == (np.ndarray, "aug", ["p"], True)
        assert batch.invert_apply_propagation_hooks_(info) is batch
        assert batch.images is images

    def test_propagation_hooks_none(self):
        batch = _BatchInAugmentation(images=np.zeros((1, 1, 1, 1), np.uint8))
        assert batch.apply_propagation_hooks_("aug", None, []) is None
        assert batch.invert_apply_propagation_hooks_(None) is batch

    def test_propagation_hooks_ctx_restores_after_exception(self):
        images = np.zeros((1, 2, 2, 1), dtype=np.uint8)
        batch = _BatchInAugmentation(images=images)
        hooks = ia.HooksImages(propagator=lambda v, augmenter, parents, default: False)
        with pytest.raises(RuntimeError):
            with batch.propagation_hooks_ctx("aug", hooks, []) as inner:
                assert inner is batch
                assert batch.images is None
                raise RuntimeError("boom")
        assert batch.images is images

    def test_to_batch_in_augmentation_and_fill(self):
        batch = _BatchInAugmentation(images=np.zeros((1, 1, 1, 1), np.uint8))
        assert batch.to_batch_in_augmentation() is batch
        assert batch.fill_from_batch_in_augmentation_(batch) is batch
        other = _BatchInAugmentation(keypoints=[_kpsoi()])
        batch.fill_from_batch_in_augmentation_(other)
        assert batch.images is None
        assert batch.keypoints is other.keypoints

    def test_to_batch(self):
        before = Batch(images=np.zeros((1, 2, 2, 1), np.uint8), data="d")
        inaug = before.to_batch_in_augmentation()
        inaug.images = inaug.images + 1
        result = inaug.to_batch(before)
        assert isinstance(result, Batch)
        assert result.images_unaug is before.images_unaug
        assert np.all(result.images_aug == 1)
        assert result.data == "d"

    def test_deepcopy(self):
        kpsois = [_kpsoi()]
        batch = _BatchInAugmentation(keypoints=kpsois, data={"x": [1]})
        copied = batch.deepcopy()
        assert copied.keypoints[0] is not kpsois[0]
        assert _xy(copied.keypoints[0]) == [[1.0, 2.0]]
        assert copied.data == {"x": [1]}
        assert copied.data is not batch.data

    def test_pickle(self):
        batch = _BatchInAugmentation(images=np.ones((1, 1, 1, 1), np.uint8), data=2)
        loaded = pickle.loads(pickle.dumps(batch))
        assert np.array_equal(loaded.images, batch.images)
        assert loaded.data == 2


def test_bounding_boxes_roundtrip_through_batches():
    images = np.zeros((1, 10, 10, 3), dtype=np.uint8)
    bbs = np.float32([[[1, 2, 3, 4]]])
    batch = UnnormalizedBatch(images=images, bounding_boxes=bbs)
    normalized = batch.to_normalized_batch()
    assert isinstance(normalized.bounding_boxes_unaug[0], BoundingBoxesOnImage)
    inaug = normalized.to_batch_in_augmentation()
    inaug.bounding_boxes[0] = BoundingBoxesOnImage(
        [BoundingBox(2, 2, 4, 5)], shape=(10, 10, 3)
    )
    normalized.fill_from_batch_in_augmentation_(inaug)
    batch.fill_from_augmented_normalized_batch_(normalized)
    assert isinstance(batch.bounding_boxes_aug, np.ndarray)
    assert batch.bounding_boxes_aug.dtype == np.float32
    assert batch.bounding_boxes_aug.tolist() == [[[2, 2, 4, 5]]]
