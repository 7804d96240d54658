"""Tests for imgaug.augmenters.mix (mixing augmenters) and the metadata plumbing."""

import copy
import pickle

import numpy as np
import pytest

import imgaug.augmenters as iaa
from imgaug.augmentables.batches import Batch, UnnormalizedBatch, _BatchInAugmentation
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.lines import LineString, LineStringsOnImage
from imgaug.augmentables.polys import Polygon, PolygonsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.augmenters import mix

# ---------------------------------------------------------------------------------
# scenes: coloured rectangles with every kind of annotation
# ---------------------------------------------------------------------------------

COLOURS = np.array(
    [
        (255, 0, 0),
        (0, 255, 0),
        (0, 0, 255),
        (255, 255, 0),
        (255, 0, 255),
        (0, 255, 255),
        (255, 128, 0),
        (128, 0, 255),
        (0, 128, 255),
        (128, 255, 0),
    ],
    dtype=np.uint8,
)


def _scene(shape, rects, first):
    """An image with coloured rectangles ``(x1, y1, x2, y2)``, labels from `first`.

    Rectangle ``i`` has colour/label/class ``first + i`` (class ids start at 1).
    """
    image = np.zeros(shape, dtype=np.uint8)
    seg = np.zeros(shape[0:2], dtype=np.int32)
    boxes, kps, polys, lines = [], [], [], []
    for i, (x1, y1, x2, y2) in enumerate(rects):
        label = first + i
        image[y1:y2, x1:x2] = COLOURS[label]
        seg[y1:y2, x1:x2] = label + 1
        boxes.append(BoundingBox(x1, y1, x2, y2, label=label))
        kps.append(Keypoint((x1 + x2) / 2, (y1 + y2) / 2))
        polys.append(Polygon([(x1, y1), (x2, y1), (x2, y2), (x1, y2)], label=label))
        lines.append(LineString([(x1 + 1, y1 + 1), (x2 - 1, y2 - 1)], label=label))
    heatmap = (seg > 0).astype(np.float32)[:, :, np.newaxis]
    return {
        "image": image,
        "heatmaps": HeatmapsOnImage(heatmap, shape=shape),
        "segmentation_maps": SegmentationMapsOnImage(seg, shape=shape),
        "keypoints": KeypointsOnImage(kps, shape=shape),
        "bounding_boxes": BoundingBoxesOnImage(boxes, shape=shape),
        "polygons": PolygonsOnImage(polys, shape=shape),
        "line_strings": LineStringsOnImage(lines, shape=shape),
    }


PRIMARY_RECTS = [(10, 8, 40, 34), (52, 30, 76, 56)]
DONOR_SCENES = [
    ((64, 96, 3), [(6, 6, 36, 30), (50, 20, 90, 58)]),
    ((50, 70, 3), [(20, 4, 50, 26), (2, 30, 30, 48)]),
    ((80, 60, 3), [(8, 40, 52, 76), (30, 6, 56, 30)]),
]


def _primary():
    return _scene((60, 80, 3), PRIMARY_RECTS, 0)


def _donors():
    donors = []
    for index, (shape, rects) in enumerate(DONOR_SCENES):
        donors.append(_scene(shape, rects, 2 + 2 * index))
    return donors


def _colour_fraction(image, x1, y1, x2, y2, label, inset=1):
    """Fraction of pixels inside the box (shrunk by `inset`) close to a colour."""
    y1i, y2i = int(np.ceil(y1)) + inset, int(np.floor(y2)) - inset
    x1i, x2i = int(np.ceil(x1)) + inset, int(np.floor(x2)) - inset
    region = image[max(y1i, 0) : max(y2i, 0), max(x1i, 0) : max(x2i, 0)]
    if region.size == 0:
        return None
    distance = np.abs(region.astype(np.int32) - COLOURS[label].astype(np.int32))
    return float(np.mean(distance.sum(axis=-1) < 60))


def _colour_pixels(image, label):
    distance = np.abs(image.astype(np.int32) - COLOURS[label].astype(np.int32))
    return int(np.sum(distance.sum(axis=-1) < 60))


def _check_layout_alignment(out, min_visibility):
    """The issue's alignment rule for Mosaic / CutMix / CopyAndPaste outputs."""
    image, _, segmap, kpsoi, bbsoi, psoi, lsoi = out
    assert tuple(bbsoi.shape[0:2]) == image.shape[0:2]
    checked = 0
    for bb in bbsoi.bounding_boxes:
        fraction = _colour_fraction(image, bb.x1, bb.y1, bb.x2, bb.y2, bb.label)
        if fraction is None:
            continue
        checked += 1
        visibility = getattr(bb, "visibility", None)
        if visibility is None:
            assert fraction >= 0.95, (bb, fraction)
            region = segmap.arr[
                int(np.ceil(bb.y1)) + 1 : int(np.floor(bb.y2)) - 1,
                int(np.ceil(bb.x1)) + 1 : int(np.floor(bb.x2)) - 1,
                0,
            ]
            assert np.mean(region == bb.label + 1) >= 0.95, bb
        else:
            # a part is hidden, the rest is no rectangle: the box keeps its extent;
            # visibility = visible part / the whole (uncut) box, so the share of
            # the colour inside the kept box is at least that
            assert min_visibility <= visibility < 1.0
            assert fraction >= visibility - 0.1, (bb, fraction, visibility)
    for poly in psoi.polygons:
        from imgaug._kernels import mix as _mix_kernels

        rect = (0, image.shape[0], 0, image.shape[1])
        raster = _mix_kernels.rasterize_polygon(np.asarray(poly.exterior), rect)
        if raster.sum() < 9:
            continue
        distance = np.abs(image[raster].astype(np.int32) - COLOURS[poly.label])
        assert np.mean(distance.sum(axis=-1) < 60) >= min(0.95, min_visibility), poly
    for ls in lsoi.line_strings:
        xy = np.asarray(ls.coords)
        assert np.all(xy >= -1e-4)
        assert np.all(xy[:, 0] <= image.shape[1] + 1e-4)
        assert np.all(xy[:, 1] <= image.shape[0] + 1e-4)
    return checked


# ---------------------------------------------------------------------------------
# metadata plumbing (engine)
# ---------------------------------------------------------------------------------


class TestMetadataPlumbing:
    def test_unknown_keyword_still_raises(self):
        image = np.zeros((4, 4, 3), dtype=np.uint8)
        with pytest.raises(ValueError, match="mosaic_metadata"):
            iaa.Fliplr(1.0)(image=image, mosaic_metadata=[{"image": image}])
        with pytest.raises(ValueError, match="mixup_metadata"):
            iaa.Mosaic()(image=image, mixup_metadata=[{"image": image}])

    def test_error_names_the_declared_keys(self):
        image = np.zeros((4, 4, 3), dtype=np.uint8)
        seq = iaa.Sequential([iaa.MixUp(), iaa.CutMix(metadata_key="patches")])
        with pytest.raises(ValueError, match="patches") as info:
            seq(image=image, unknown=[])
        assert "'mixup_metadata'" in str(info.value)

    def test_metadata_needs_data(self):
        with pytest.raises(ValueError, match="besides the metadata"):
            iaa.MixUp()(mixup_metadata=[])

    def test_custom_key_and_pass_through_containers(self):
        rng = np.random.default_rng(0)
        image = rng.integers(0, 255, size=(12, 16, 3)).astype(np.uint8)
        donor = {"image": rng.integers(0, 255, size=(12, 16, 3)).astype(np.uint8)}
        mixer = iaa.MixUp(alpha=2.0, metadata_key="others", seed=3)
        expected = mixer.deepcopy()(image=np.fliplr(image), others=[donor])
        pipeline = iaa.Sequential(
            [
                iaa.Fliplr(1.0),  # ignores the metadata; donors are not flipped
                iaa.Sometimes(1.0, iaa.SomeOf(1, [iaa.OneOf([mixer.deepcopy()])])),
            ]
        )
        observed = pipeline(image=image, others=[donor])
        assert np.array_equal(observed, expected)

    def test_rows_keep_their_donors_through_sub_selection(self):
        images = [np.full((6, 6, 1), 10 * i, dtype=np.uint8) for i in range(4)]
        references = [
            [{"image": np.full((2, 2, 1), 100 + i, np.uint8)}] for i in range(4)
        ]
        matcher = iaa.HistogramMatching(blend_ratio=1.0)
        aug = iaa.Sometimes(0.5, matcher, seed=1)
        out = aug(images=images, hm_metadata=references)
        changed = [i for i in range(4) if not np.array_equal(out[i], images[i])]
        assert 0 < len(changed) < 4  # some rows went through the matcher
        for i in changed:
            assert np.all(out[i] == 100 + i)

    def test_none_and_empty_metadata_leave_input_unchanged(self):
        image = np.arange(48, dtype=np.uint8).reshape(4, 4, 3)
        for value in (None, []):
            assert np.array_equal(iaa.MixUp()(image=image, mixup_metadata=value), image)
        out = iaa.MixUp()(images=[image, image], mixup_metadata=[None, []])
        assert all(np.array_equal(o, image) for o in out)

    def test_batch_call_needs_one_list_per_row(self):
        images = np.zeros((2, 4, 4, 3), dtype=np.uint8)
        donor = {"image": images[0]}
        for metadata in ([donor], [donor, donor], [[donor]]):
            with pytest.raises(ValueError, match="mixup_metadata"):
                iaa.MixUp()(images=images, mixup_metadata=metadata)
        with pytest.raises(TypeError, match="mixup_metadata"):
            iaa.MixUp()(images=images, mixup_metadata=[[donor], donor])
        # one row: a flat list of donors and a list with one list are the same
        rows = iaa.MixUp(seed=1)(images=images[0:1], mixup_metadata=[[donor]])
        flat = iaa.MixUp(seed=1)(images=images[0:1], mixup_metadata=[donor])
        assert np.array_equal(rows, flat)

    def test_unnormalized_batch_and_batch_carry_metadata(self):
        image = np.zeros((4, 4, 3), dtype=np.uint8)
        donor = {"image": np.full((4, 4, 3), 200, dtype=np.uint8)}
        aug = iaa.CutMix(alpha=1e6, position="left-top")
        batch = UnnormalizedBatch(images=[image])
        batch.metadata = {"cutmix_metadata": [[donor]]}
        result = aug.augment_batch_(batch)
        assert result.metadata is batch.metadata
        assert result.images_aug[0].max() == 200
        normalized = UnnormalizedBatch(images=[image])
        normalized.metadata = {"cutmix_metadata": [[donor]]}
        normalized = normalized.to_normalized_batch()
        assert normalized.metadata["cutmix_metadata"][0][0] is donor
        copied = normalized.deepcopy()
        assert copied.metadata["cutmix_metadata"][0][0]["image"] is not donor["image"]
        (out,) = aug.augment_batches([normalized])
        assert out.images_aug[0].max() == 200

    def test_working_batch_sub_selection(self):
        batch = _BatchInAugmentation(images=[np.zeros((2, 2, 1), np.uint8)] * 3)
        batch.metadata = {"k": ["a", "b", "c"]}
        sub = batch.subselect_rows_by_indices([2, 0])
        assert sub.metadata == {"k": ["c", "a"]}
        assert batch.deepcopy().metadata is batch.metadata
        plain = _BatchInAugmentation(images=[np.zeros((2, 2, 1), np.uint8)])
        assert plain.subselect_rows_by_indices([0]).metadata is None

    def test_row_count_is_checked(self):
        batch = Batch(images=[np.zeros((2, 2, 1), np.uint8)])
        batch.metadata = {"mixup_metadata": [[], []]}
        with pytest.raises(ValueError, match="mixup_metadata"):
            batch.to_batch_in_augmentation()
        batch.metadata = ["not a dict"]
        with pytest.raises(TypeError, match="metadata"):
            batch.to_batch_in_augmentation()

    def test_legacy_entry_points_without_metadata(self):
        image = np.arange(48, dtype=np.uint8).reshape(4, 4, 3)
        assert np.array_equal(
            iaa.Mosaic(target_size=(4, 4)).augment_image(image), image
        )


# ---------------------------------------------------------------------------------
# every transform: missing metadata, determinism, donors are never changed
# ---------------------------------------------------------------------------------


def _object(scene, index):
    """A CopyAndPaste object dict: the rectangle `index` of a scene with its mask."""
    x1, y1, x2, y2 = scene["bounding_boxes"].bounding_boxes[index].coords.ravel()
    x1, y1, x2, y2 = int(x1), int(y1), int(x2), int(y2)
    mask = np.zeros(scene["image"].shape[0:2], dtype=bool)
    mask[y1:y2, x1:x2] = True
    label = scene["bounding_boxes"].bounding_boxes[index].label
    return {
        "image": scene["image"],
        "mask": mask,
        "label": label,
        "segmentation_maps": scene["segmentation_maps"],
        "polygon": scene["polygons"].polygons[index],
        "keypoints": KeypointsOnImage(
            [scene["keypoints"].keypoints[index]], shape=scene["image"].shape
        ),
    }


def _all_cases():
    donors = _donors()
    objects = [_object(donors[0], 0), _object(donors[1], 1), _object(donors[2], 0)]
    elements = [{"image": donors[0]["image"][0:20, 0:30], "label": 7}]
    references = [{"image": donors[0]["image"]}]
    return [
        (iaa.Mosaic(target_size=(64, 64)), donors),
        (iaa.MixUp(), donors[0:1]),
        (iaa.CutMix(), donors[0:2]),
        (iaa.CopyAndPaste(), objects),
        (iaa.OverlayElements(), elements),
        (iaa.HistogramMatching(), references),
        (iaa.PixelDistributionAdaptation(), references),
    ]


CASE_IDS = [
    "Mosaic",
    "MixUp",
    "CutMix",
    "CopyAndPaste",
    "OverlayElements",
    "HistogramMatching",
    "PixelDistributionAdaptation",
]


@pytest.mark.parametrize("index", range(len(CASE_IDS)), ids=CASE_IDS)
def test_missing_or_empty_metadata_returns_input_unchanged(index):
    aug, _ = _all_cases()[index]
    primary = _primary()
    expected = copy.deepcopy(primary)
    for extra in ({}, {aug.metadata_key: []}, {aug.metadata_key: None}):
        out = aug(**primary, **extra)
        image, heatmaps, segmaps, kpsoi, bbsoi, psoi, lsoi = out
        assert np.array_equal(image, expected["image"])
        assert np.array_equal(heatmaps.arr_0to1, expected["heatmaps"].arr_0to1)
        assert np.array_equal(segmaps.arr, expected["segmentation_maps"].arr)
        for name, value in zip(
            ("keypoints", "bounding_boxes", "polygons", "line_strings"),
            (kpsoi, bbsoi, psoi, lsoi),
            strict=True,
        ):
            assert np.array_equal(value.to_xy_array(), expected[name].to_xy_array())
            assert value.shape == expected[name].shape
    # batch form with an empty row next to a mixed one
    _, donors = _all_cases()[index]
    images = [primary["image"], primary["image"]]
    out = aug(images=images, **{aug.metadata_key: [[], donors]})
    assert np.array_equal(out[0], primary["image"])


@pytest.mark.parametrize("index", range(len(CASE_IDS)), ids=CASE_IDS)
def test_same_seed_same_donors_same_output_and_donors_untouched(index):
    aug, donors = _all_cases()[index]
    snapshot = copy.deepcopy(donors)
    primary = _primary()
    key = aug.metadata_key
    first = aug.deepcopy()
    first.seed_(4)
    second = aug.deepcopy()
    second.seed_(4)
    out_a = first(**primary, **{key: donors})
    out_b = second(**copy.deepcopy(primary), **{key: donors})
    assert np.array_equal(out_a[0], out_b[0])
    for a, b in zip(out_a[3:], out_b[3:], strict=True):
        assert np.array_equal(a.to_xy_array(), b.to_xy_array())
    det = aug.deepcopy().to_deterministic()
    assert np.array_equal(
        det(image=primary["image"], **{key: donors}),
        det(image=primary["image"], **{key: donors}),
    )
    restored = pickle.loads(pickle.dumps(first))
    assert np.array_equal(
        restored(image=primary["image"], **{key: donors}),
        first(image=primary["image"], **{key: donors}),
    )
    # donors are read, never changed
    for before, after in zip(snapshot, donors, strict=True):
        assert before.keys() == after.keys()
        assert np.array_equal(before["image"], after["image"])
        for name in ("bounding_boxes", "keypoints", "polygons"):
            if name in before:
                assert np.array_equal(
                    before[name].to_xy_array(), after[name].to_xy_array()
                )


@pytest.mark.parametrize("index", range(len(CASE_IDS)), ids=CASE_IDS)
def test_description(index):
    aug, _ = _all_cases()[index]
    text = str(aug)
    assert type(aug).__name__ in text and aug.metadata_key in text
    assert aug.get_parameters()[-1] == aug.metadata_key


# ---------------------------------------------------------------------------------
# alignment: annotations lie on their colour (issue acceptance)
# ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fit_mode", ["cover", "contain"])
@pytest.mark.parametrize("seed", range(6))
def test_mosaic_alignment(fit_mode, seed):
    aug = iaa.Mosaic(
        target_size=(96, 120),
        cell_shape=(70, 90),
        fit_mode=fit_mode,
        center_range=(0.0, 1.0),
        min_visibility=0.0,
        seed=seed,
    )
    donors = _donors()
    out = aug(**_primary(), mosaic_metadata=donors)
    assert out[0].shape == (96, 120, 3)
    assert _check_layout_alignment(out, 0.0) > 0
    labels = {bb.label for bb in out[4].bounding_boxes}
    assert labels <= set(range(8))
    # dropped rectangles are not visible at all
    for label in set(range(8)) - labels:
        assert _colour_pixels(out[0], label) == 0, label
    # keypoints (rectangle centres) lie on some rectangle
    for kp in out[3].keypoints:
        pixel = out[0][int(kp.y), int(kp.x)]
        assert pixel.max() >= 128, (kp, pixel)
    # maps follow the image: classes where the colours are
    assert out[2].arr.shape[0:2] == (96, 120)
    for label in labels:
        colour = np.abs(out[0].astype(np.int32) - COLOURS[label]).sum(axis=-1) < 20
        assert np.mean(out[2].arr[colour, 0] == label + 1) >= 0.95
    assert np.all((out[1].arr_0to1[:, :, 0] > 0.5) == (out[2].arr[:, :, 0] > 0)) or (
        np.mean((out[1].arr_0to1[:, :, 0] > 0.5) == (out[2].arr[:, :, 0] > 0)) > 0.97
    )


@pytest.mark.parametrize("seed", range(8))
def test_cutmix_alignment(seed):
    aug = iaa.CutMix(min_visibility=0.0, seed=seed)
    donors = _donors()
    out = aug(**_primary(), cutmix_metadata=donors)
    _check_layout_alignment(out, 0.0)
    labels = {bb.label for bb in out[4].bounding_boxes}
    for label in set(range(8)) - labels:
        assert _colour_pixels(out[0], label) == 0, label
    for bb in out[4].bounding_boxes:
        if bb.width >= 3 and bb.height >= 3:  # slivers may show blended edges only
            assert _colour_pixels(out[0], bb.label) > 0, bb


@pytest.mark.parametrize("seed", range(8))
def test_copy_and_paste_alignment(seed):
    aug = iaa.CopyAndPaste(scale=(0.5, 1.5), min_visibility=0.0, seed=seed)
    donors = _donors()
    objects = [_object(donors[0], 0), _object(donors[1], 1), _object(donors[2], 0)]
    out = aug(**_primary(), copy_paste_metadata=objects)
    _check_layout_alignment(out, 0.0)
    labels = [bb.label for bb in out[4].bounding_boxes]
    for label in set(range(8)) - set(labels):
        assert _colour_pixels(out[0], label) == 0, label
    # every pasted object brings its box, polygon and keypoint, labels intact
    pasted = [obj["label"] for obj in objects]
    assert [label for label in labels if label >= 2] == [
        label for label in pasted if label in labels
    ]
    poly_labels = [p.label for p in out[5].polygons]
    assert set(poly_labels) <= set(labels) | {0, 1}


def test_mixup_alignment():
    aug = iaa.MixUp(alpha=2.0, seed=5)
    primary = _primary()
    donors = _donors()[0:2]
    out = aug(**primary, mixup_metadata=donors)
    image, heatmaps, segmaps, kpsoi, bbsoi, psoi, lsoi = out
    boxes = bbsoi.bounding_boxes
    assert [bb.label for bb in boxes] == [0, 1, 2, 3, 4, 5]  # all kept, in order
    assert len(kpsoi.keypoints) == 6 and len(psoi.polygons) == 6
    # donor annotations land where their pixels land after resizing to the image
    resized = [
        primary["image"],
        *[
            mix._mix.resize_region(
                d["image"], (0, d["image"].shape[0], 0, d["image"].shape[1]), 60, 80, 1
            )
            for d in donors
        ],
    ]
    for bb in boxes:
        source = 0 if bb.label < 2 else 1 + (bb.label - 2) // 2
        fraction = _colour_fraction(
            resized[source], bb.x1, bb.y1, bb.x2, bb.y2, bb.label
        )
        assert fraction >= 0.95, bb


# ---------------------------------------------------------------------------------
# exact values
# ---------------------------------------------------------------------------------


class TestMosaic:
    def _quadrants(self, **kwargs):
        aug = iaa.Mosaic(target_size=(4, 6), center_range=0.5, **kwargs)
        image = np.zeros((4, 6, 1), dtype=np.uint8)
        donors = [{"image": np.full((4, 6, 1), 50 * i, np.uint8)} for i in (1, 2, 3)]
        return aug, image, donors

    def test_window_in_the_middle_of_the_grid(self):
        aug, image, donors = self._quadrants()
        out = aug(image=image, mosaic_metadata=donors)
        expected = np.array([[0] * 3 + [50] * 3] * 2 + [[100] * 3 + [150] * 3] * 2)
        assert np.array_equal(out[:, :, 0], expected)

    def test_missing_donor_cells_stay_cval(self):
        aug, image, donors = self._quadrants(cval=9)
        out = aug(image=image, mosaic_metadata=donors[0:1])
        assert np.all(out[2:, :, 0] == 9) and np.all(out[0:2, 3:, 0] == 50)

    def test_too_many_donors(self):
        aug, image, donors = self._quadrants(grid_yx=(1, 2))
        with pytest.raises(ValueError, match="mosaic_metadata"):
            aug(image=image, mosaic_metadata=donors)

    def test_coordinates_scaled_shifted_and_clipped(self):
        # canvas 8x12, window rows 2..6, cols 3..9; the primary's cell shows its
        # rows 2..4 and cols 3..6 at output rows 0..2, cols 0..3
        aug = iaa.Mosaic(target_size=(4, 6), center_range=0.5, min_visibility=0.2)
        image = np.zeros((4, 6, 3), dtype=np.uint8)
        kps = KeypointsOnImage([Keypoint(4.5, 2.5), Keypoint(1, 1)], shape=image.shape)
        bbs = BoundingBoxesOnImage(
            [
                BoundingBox(3, 2, 6, 4, "in"),
                BoundingBox(0, 0, 6, 4, "quarter"),
                BoundingBox(0, 0, 4, 3, "mostly-out"),
            ],
            shape=image.shape,
        )
        # donor twice as large as its cell: scaled by 0.5 into the top-right cell
        donor_image = np.zeros((8, 12, 3), dtype=np.uint8)
        donor = {
            "image": donor_image,
            "keypoints": [Keypoint(2, 6)],
            "bounding_boxes": [BoundingBox(0, 4, 6, 8, label="d")],
            "line_strings": [LineString([(0, 5), (11, 5)])],
        }
        out_kps, out_bbs, out_ls = aug(
            image=image,
            keypoints=kps,
            bounding_boxes=bbs,
            line_strings=LineStringsOnImage([], image.shape),
            mosaic_metadata=[donor],
        )[1:]
        assert out_kps.to_xy_array().tolist() == [[1.5, 0.5], [4.0, 1.0]]
        coords = {bb.label: bb.coords.ravel().tolist() for bb in out_bbs}
        assert coords == {
            "in": [0.0, 0.0, 3.0, 2.0],
            "quarter": [0.0, 0.0, 3.0, 2.0],
            "d": [3.0, 0.0, 6.0, 2.0],
        }
        (line,) = out_ls.line_strings
        assert np.allclose(line.coords, [[3.0, 0.5], [6.0, 0.5]], atol=1e-2)

    def test_contain_pushes_sources_towards_the_centre(self):
        aug = iaa.Mosaic(target_size=(8, 12), center_range=0.5, fit_mode="contain")
        image = np.full((2, 6, 1), 200, dtype=np.uint8)  # half as high as its cell
        out = aug(
            image=image, mosaic_metadata=[{"image": np.zeros((4, 6, 1), np.uint8)}]
        )
        # window rows 4..12 of a 16x24 canvas, cols 6..18; the primary fills rows
        # 2..4 (bottom) of its cell 0..4, i.e. nothing of it is in the window
        out_small = iaa.Mosaic(
            target_size=(4, 6), center_range=0.5, fit_mode="contain", cval=1
        )(image=image, mosaic_metadata=[{"image": image}])
        assert np.all(out_small[0:2, 0:3, 0] == 200)
        assert np.all(out_small[2:, :, 0] == 1)
        assert out.shape == (8, 12, 1)

    def test_maps_composed_at_the_primary_ratio(self):
        aug = iaa.Mosaic(target_size=(4, 6), center_range=0.5)
        image = np.zeros((4, 6, 1), dtype=np.uint8)
        segmap = SegmentationMapsOnImage(np.ones((2, 3), np.int32), shape=(4, 6, 1))
        heatmap = HeatmapsOnImage(np.ones((4, 6, 1), np.float32), shape=(4, 6, 1))
        donor = {"image": image, "segmentation_maps": np.full((4, 6), 4, np.int32)}
        hm, seg = aug(
            image=image,
            heatmaps=heatmap,
            segmentation_maps=segmap,
            mosaic_metadata=[donor],
        )[1:]
        assert seg.arr.shape == (2, 3, 1) and seg.shape == (4, 6, 1)
        # image columns 0..3 are primary, 3..6 donor: map columns [0, 1.5), [1.5, 3)
        assert seg.arr[:, :, 0].tolist() == [[1, 1, 4], [0, 0, 0]]
        assert hm.arr_0to1[:, :, 0].tolist() == [[1, 1, 1, 0, 0, 0]] * 2 + [[0] * 6] * 2

    def test_map_channel_mismatch(self):
        aug = iaa.Mosaic(target_size=(4, 6))
        image = np.zeros((4, 6, 1), dtype=np.uint8)
        heatmap = HeatmapsOnImage(np.ones((4, 6, 1), np.float32), shape=(4, 6, 1))
        donor = {"image": image, "heatmaps": np.ones((4, 6, 2), np.float32)}
        with pytest.raises(ValueError, match="heatmaps"):
            aug(image=image, heatmaps=heatmap, mosaic_metadata=[donor])

    def test_annotation_only_call(self):
        aug = iaa.Mosaic(target_size=(4, 6), center_range=0.5)
        kps = KeypointsOnImage([Keypoint(4.5, 2.5)], shape=(4, 6, 3))
        donor = {"keypoints": KeypointsOnImage([Keypoint(1, 3)], shape=(4, 6, 3))}
        out = aug(keypoints=kps, mosaic_metadata=[donor])
        assert out.shape == (4, 6, 3)
        assert out.to_xy_array().tolist() == [[1.5, 0.5], [4.0, 1.0]]


class TestMixUp:
    def test_two_donors_weights_shared_by_image_and_heatmaps(self):
        aug = iaa.MixUp(alpha=1.0, seed=3)
        image = np.zeros((4, 5, 3), dtype=np.float32)
        heatmap = HeatmapsOnImage(np.zeros((4, 5, 1), np.float32), shape=image.shape)
        segmap = SegmentationMapsOnImage(np.ones((4, 5), np.int32), shape=image.shape)
        donors = [
            {
                "image": np.full((8, 10, 3), (100.0, 0, 0), np.float32),
                "heatmaps": np.ones((8, 10, 1), np.float32),
                "segmentation_maps": np.full((8, 10), 2, np.int32),
            },
            {"image": np.full((2, 2, 3), (0, 100.0, 0), np.float32)},
        ]
        out, hm, seg = aug(
            image=image,
            heatmaps=heatmap,
            segmentation_maps=segmap,
            mixup_metadata=donors,
        )
        w1, w2 = out[0, 0, 0] / 100, out[0, 0, 1] / 100
        assert np.allclose(out, [100 * w1, 100 * w2, 0], atol=1e-4)
        assert 0 < w1 < 1 and 0 < w2 < 1 and w1 + w2 < 1
        assert np.allclose(hm.arr_0to1, w1, atol=1e-5)
        weights = [1 - w1 - w2, w1, w2]
        expected_class = [1, 2, 0][int(np.argmax(weights))]
        assert np.all(seg.arr == expected_class)

    def test_one_donor_is_beta_distributed(self):
        aug = iaa.MixUp(alpha=2.0, seed=1)
        image = np.zeros((1, 1, 1), dtype=np.float32)
        donor = [{"image": np.ones((1, 1, 1), np.float32)}]
        values = [
            float(aug(image=image, mixup_metadata=donor)[0, 0, 0]) for _ in range(300)
        ]
        # 1 - lam ~ Beta(2, 2): mean 0.5, variance 1/20
        assert abs(np.mean(values) - 0.5) < 0.05
        assert abs(np.var(values) - 0.05) < 0.015

    def test_uint8_and_coordinates(self):
        aug = iaa.MixUp(alpha=1e6)  # weights 0.5 / 0.5
        image = np.zeros((10, 40, 3), dtype=np.uint8)
        donor = {
            "image": np.full((20, 20, 3), 200, np.uint8),
            "keypoints": [Keypoint(10, 10)],
            "polygons": [Polygon([(0, 0), (20, 0), (20, 20)], label="tri")],
        }
        kps = KeypointsOnImage([Keypoint(1, 1)], shape=image.shape)
        psoi = PolygonsOnImage([], shape=image.shape)
        out, kps_aug, psoi_aug = aug(
            image=image, keypoints=kps, polygons=psoi, mixup_metadata=[donor]
        )
        assert np.all(np.abs(out.astype(int) - 100) <= 1)
        assert kps_aug.to_xy_array().tolist() == [[1.0, 1.0], [20.0, 5.0]]
        assert psoi_aug.polygons[0].label == "tri"
        assert np.allclose(psoi_aug.polygons[0].exterior, [[0, 0], [40, 0], [40, 10]])


class TestCutMix:
    def _scene(self):
        image = np.zeros((20, 40, 3), dtype=np.uint8)
        bbs = BoundingBoxesOnImage(
            [
                BoundingBox(0, 0, 40, 20, "all"),
                BoundingBox(30, 0, 40, 20, "right"),
                BoundingBox(0, 0, 40, 10, "top"),
                BoundingBox(2, 2, 10, 8, "hidden"),
            ],
            shape=image.shape,
        )
        donor = {
            "image": np.full((20, 40, 3), 255, np.uint8),
            "bounding_boxes": [
                BoundingBox(20, 10, 36, 18, "d1"),
                BoundingBox(30, 0, 40, 20, "d2"),
            ],
            "keypoints": [Keypoint(5, 5), Keypoint(35, 5)],
            "segmentation_maps": np.full((20, 40), 2, np.int32),
        }
        return image, bbs, donor

    def test_patch_area_position_and_annotations(self):
        image, bbs, donor = self._scene()
        aug = iaa.CutMix(alpha=1e6, position="left-top")  # lam ~ 0.5
        kps = KeypointsOnImage([Keypoint(5, 5)], shape=image.shape)
        seg = SegmentationMapsOnImage(np.ones((20, 40), np.int32), shape=image.shape)
        out, seg_aug, kps_aug, bbs_aug = aug(
            image=image,
            segmentation_maps=seg,
            keypoints=kps,
            bounding_boxes=bbs,
            cutmix_metadata=[donor],
        )
        patch = np.zeros((20, 40), dtype=bool)
        patch[0:14, 0:28] = True  # side sqrt(0.5): 14 x 28, at the top-left
        assert np.array_equal(out[:, :, 0] == 255, patch)
        assert np.array_equal(seg_aug.arr[:, :, 0], np.where(patch, 2, 1))
        boxes = {bb.label: bb for bb in bbs_aug.bounding_boxes}
        assert sorted(boxes) == ["all", "d1", "right", "top"]
        assert boxes["all"].coords.ravel().tolist() == [0, 0, 40, 20]
        assert boxes["all"].visibility == pytest.approx(1 - 14 * 28 / 800)
        assert boxes["right"].coords.ravel().tolist() == [30, 0, 40, 20]
        assert not hasattr(boxes["right"], "visibility")
        assert boxes["top"].coords.ravel().tolist() == [28, 0, 40, 10]
        assert not hasattr(boxes["top"], "visibility")
        assert boxes["d1"].coords.ravel().tolist() == [20, 10, 28, 14]
        # primary keypoints stay (no visibility flag), donor ones outside the patch go
        assert kps_aug.to_xy_array().tolist() == [[5.0, 5.0], [5.0, 5.0]]

    def test_min_visibility(self):
        image, bbs, donor = self._scene()
        aug = iaa.CutMix(alpha=1e6, position="left-top", min_visibility=0.6)
        bbs_aug = aug(image=image, bounding_boxes=bbs, cutmix_metadata=[donor])[1]
        labels = sorted(bb.label for bb in bbs_aug.bounding_boxes)
        assert labels == ["right"]  # "all" keeps 0.51, "top" 0.3, "d1" 0.25

    def test_donor_resized_to_the_image(self):
        aug = iaa.CutMix(alpha=1e6, position="left-top")
        image = np.zeros((20, 40, 1), dtype=np.uint8)
        donor = np.zeros((10, 20, 1), dtype=np.uint8)
        donor[0:5, 0:10] = 100  # the top-left quarter
        out = aug(image=image, cutmix_metadata=[{"image": donor}])
        assert np.all(out[0:9, 0:19] == 100) and np.all(out[11:14, 0:28] == 0)


class TestCopyAndPaste:
    def _object(self, **extra):
        obj_image = np.full((4, 4, 3), 200, np.uint8)
        mask = np.zeros((4, 4), dtype=bool)
        mask[0:3, 0:4] = True
        obj = {"image": obj_image, "mask": mask, "label": 5}
        obj.update(extra)
        return obj

    def test_paste_and_occlusion(self):
        aug = iaa.CopyAndPaste(position="left-top")
        image = np.zeros((10, 10, 3), dtype=np.uint8)
        bbs = BoundingBoxesOnImage(
            [
                BoundingBox(0, 0, 10, 10, "big"),
                BoundingBox(0, 0, 4, 6, "left"),
                BoundingBox(1, 0, 3, 2, "hidden"),
            ],
            shape=image.shape,
        )
        psoi = PolygonsOnImage(
            [
                Polygon([(0, 0), (4, 0), (4, 3), (0, 3)], "under"),
                Polygon([(5, 5), (9, 5), (9, 9)], "free"),
            ],
            shape=image.shape,
        )
        seg = SegmentationMapsOnImage(np.ones((10, 10), np.int32), shape=image.shape)
        obj = self._object(polygon=[(0, 0), (4, 0), (4, 3)])
        out, seg_aug, bbs_aug, psoi_aug = aug(
            image=image,
            segmentation_maps=seg,
            bounding_boxes=bbs,
            polygons=psoi,
            copy_paste_metadata=[obj],
        )
        assert np.all(out[0:3, 0:4] == 200) and out[3:].max() == 0
        assert out[:, 4:].max() == 0
        assert np.all(seg_aug.arr[0:3, 0:4] == 5) and seg_aug.arr.sum() == 100 + 12 * 4
        boxes = [(bb.label, bb.coords.ravel().tolist()) for bb in bbs_aug]
        assert boxes == [
            ("big", [0, 0, 10, 10]),
            ("left", [0, 3, 4, 6]),
            (5, [0, 0, 4, 3]),
        ]
        assert bbs_aug.bounding_boxes[0].visibility == pytest.approx(0.88)
        assert [p.label for p in psoi_aug.polygons] == ["free", 5]

    def test_scale_is_capped_by_the_image(self):
        aug = iaa.CopyAndPaste(scale=10.0, position="left-top")
        image = np.zeros((10, 10, 3), dtype=np.uint8)
        bbs_aug = aug(
            image=image,
            bounding_boxes=BoundingBoxesOnImage([], image.shape),
            copy_paste_metadata=[self._object()],
        )[1]
        # the 3x4 object grows by at most 10/4: to 8x10
        assert bbs_aug.bounding_boxes[0].coords.ravel().tolist() == [0, 0, 10, 8]

    def test_given_box_keypoints_and_maps(self):
        aug = iaa.CopyAndPaste(position="right-bottom")
        image = np.zeros((10, 10, 3), dtype=np.uint8)
        obj = self._object(
            bounding_box=(0, 0, 4, 3),
            keypoints=[Keypoint(1, 1)],
            heatmaps=np.full((4, 4, 1), 0.5, np.float32),
        )
        heatmap = HeatmapsOnImage(np.ones((10, 10, 1), np.float32), shape=image.shape)
        kps = KeypointsOnImage([Keypoint(8, 8)], shape=image.shape)
        bbs = BoundingBoxesOnImage([], shape=image.shape)
        hm, kps_aug, bbs_aug = aug(
            image=image,
            heatmaps=heatmap,
            keypoints=kps,
            bounding_boxes=bbs,
            copy_paste_metadata=[obj],
        )[1:]
        assert bbs_aug.bounding_boxes[0].coords.ravel().tolist() == [6, 7, 10, 10]
        assert bbs_aug.bounding_boxes[0].label == 5
        assert kps_aug.to_xy_array().tolist() == [[8.0, 8.0], [7.0, 8.0]]
        assert np.all(hm.arr_0to1[7:10, 6:10] == 0.5) and hm.arr_0to1.sum() == 100 - 6

    def test_empty_mask_is_skipped(self):
        aug = iaa.CopyAndPaste()
        image = np.zeros((6, 6, 3), dtype=np.uint8)
        obj = self._object(mask=np.zeros((4, 4), bool))
        assert np.array_equal(aug(image=image, copy_paste_metadata=[obj]), image)


class TestOverlayElements:
    def test_placed_by_box_with_mask_and_class(self):
        aug = iaa.OverlayElements()
        image = np.zeros((6, 6, 1), dtype=np.uint8)
        mask = np.array([[True, False], [True, True]])
        element = {
            "image": np.full((2, 2, 1), 9, np.uint8),
            "mask": mask,
            "bounding_box": BoundingBox(1, 1, 5, 5),
            "label": 3,
        }
        seg = SegmentationMapsOnImage(np.zeros((6, 6), np.int32), shape=image.shape)
        bbs = BoundingBoxesOnImage(
            [BoundingBox(1, 1, 3, 3, "hidden"), BoundingBox(3, 1, 5, 3, "visible")],
            image.shape,
        )
        out, seg_aug, bbs_aug = aug(
            image=image,
            segmentation_maps=seg,
            bounding_boxes=bbs,
            overlay_metadata=[element],
        )
        expected = np.zeros((6, 6), dtype=np.uint8)
        expected[1:5, 1:3] = 9
        expected[3:5, 3:5] = 9
        assert np.array_equal(out[:, :, 0], expected)
        assert np.array_equal(seg_aug.arr[:, :, 0], np.where(expected > 0, 3, 0))
        assert [bb.label for bb in bbs_aug] == ["visible"]  # elements add no boxes

    def test_random_position_keeps_size(self):
        aug = iaa.OverlayElements(position="right-bottom")
        image = np.zeros((6, 8, 1), dtype=np.uint8)
        out = aug(
            image=image, overlay_metadata=[{"image": np.ones((2, 3, 1), np.uint8)}]
        )
        assert np.array_equal(np.argwhere(out[:, :, 0]).min(axis=0), [4, 5])
        assert out.sum() == 6


class TestHistogramMatching:
    def test_references_are_pooled(self):
        aug = iaa.HistogramMatching(blend_ratio=1.0)
        image = np.array([[0, 1], [2, 3]], dtype=np.uint8)
        refs = [
            {"image": np.array([[10, 10]], np.uint8)},
            {"image": np.array([[20, 20]], np.uint8)},
        ]
        assert aug(image=image, hm_metadata=refs).tolist() == [[10, 10], [15, 20]]

    @pytest.mark.parametrize(
        "dtype", ["uint16", "int8", "int16", "float16", "float32", "float64"]
    )
    def test_dtypes_agree_with_uint8(self, dtype):
        rng = np.random.default_rng(0)
        image = rng.integers(0, 100, size=(9, 7, 3)).astype(np.uint8)
        ref = rng.integers(20, 120, size=(5, 6, 3)).astype(np.uint8)
        aug = iaa.HistogramMatching(blend_ratio=(0.2, 0.9), seed=2)
        expected = aug.deepcopy()(image=image, hm_metadata=[{"image": ref}])
        observed = aug.deepcopy()(
            image=image.astype(dtype), hm_metadata=[{"image": ref.astype(dtype)}]
        )
        assert observed.dtype.name == dtype
        assert np.abs(observed.astype(np.float64) - expected).max() <= 1.0

    def test_blend_zero_keeps_the_image(self):
        image = np.arange(12, dtype=np.uint8).reshape(2, 2, 3)
        ref = [{"image": np.full((2, 2, 3), 200, np.uint8)}]
        out = iaa.HistogramMatching(blend_ratio=0.0)(image=image, hm_metadata=ref)
        assert np.array_equal(out, image)


class TestPixelDistributionAdaptation:
    def test_standard(self):
        aug = iaa.PixelDistributionAdaptation(1.0, transform_type="standard")
        image = np.array([[0.0, 2.0, 4.0]], dtype=np.float32)[:, :, np.newaxis]
        ref = [{"image": np.array([[10.0, 20.0]], np.float32)}]
        out = aug(image=image, pda_metadata=ref)
        assert np.allclose(
            out[0, :, 0], [15 - 5 * np.sqrt(1.5), 15, 15 + 5 * np.sqrt(1.5)]
        )

    def test_pca_moves_statistics_to_the_references(self):
        rng = np.random.default_rng(0)
        image = rng.normal(100, 10, size=(40, 50, 3)) * [1.0, 0.5, 2.0]
        ref = rng.normal(0, 1, size=(60, 30, 3)) @ np.array(
            [[3.0, 0.0, 0.0], [1.0, 2.0, 0.0], [0.5, 0.5, 1.0]]
        ) + [10.0, 20.0, 30.0]
        aug = iaa.PixelDistributionAdaptation(1.0)
        out = aug(image=image, pda_metadata=[{"image": ref}])
        out_px = out.reshape(-1, 3)
        ref_px = ref.reshape(-1, 3)
        assert np.allclose(out_px.mean(axis=0), ref_px.mean(axis=0), atol=1e-6)
        assert np.allclose(
            np.cov(out_px.T, bias=True),
            np.cov(ref_px.T, bias=True),
            rtol=1e-6,
            atol=1e-6,
        )

    def test_uint8_is_rounded_and_saturated(self):
        image = np.array([[[0, 0, 0], [250, 250, 250]]], dtype=np.uint8)
        ref = [{"image": np.array([[[100, 100, 100], [255, 255, 255]]], np.uint8)}]
        aug = iaa.PixelDistributionAdaptation(1.0, transform_type="minmax")
        assert aug(image=image, pda_metadata=ref).tolist() == [
            [[100, 100, 100], [255, 255, 255]]
        ]

    @pytest.mark.parametrize("transform_type", ["pca", "standard", "minmax"])
    def test_blend_zero_and_many_channels(self, transform_type):
        rng = np.random.default_rng(1)
        image = rng.integers(0, 255, size=(6, 7, 6)).astype(np.uint8)
        ref = [{"image": rng.integers(0, 255, size=(4, 4, 6)).astype(np.uint8)}]
        aug = iaa.PixelDistributionAdaptation(0.0, transform_type=transform_type)
        assert np.array_equal(aug(image=image, pda_metadata=ref), image)
        aug = iaa.PixelDistributionAdaptation(1.0, transform_type=transform_type)
        out = aug(image=image, pda_metadata=ref)
        assert out.shape == image.shape and out.dtype == np.uint8


# ---------------------------------------------------------------------------------
# bad donors
# ---------------------------------------------------------------------------------


class TestBadDonors:
    image = np.zeros((8, 8, 3), dtype=np.uint8)

    @pytest.mark.parametrize(
        ("donor", "exc", "match"),
        [
            ({"image": np.zeros((8, 8, 3), np.float32)}, ValueError, "dtype"),
            ({"image": np.zeros((8, 8, 4), np.uint8)}, ValueError, "channel"),
            (
                {"image": np.zeros((8, 8, 3), np.uint8), "bboxes": []},
                ValueError,
                "bboxes",
            ),
            ("not a dict", TypeError, "dict"),
            ({"image": "abc"}, TypeError, "image"),
            ({"keypoints": [(1, 2)]}, ValueError, "image"),
            (
                {"image": np.zeros((8, 8, 3), np.uint8), "keypoints": "abc"},
                TypeError,
                "keypoints",
            ),
        ],
    )
    def test_image_donors(self, donor, exc, match):
        kps = KeypointsOnImage([], shape=self.image.shape)
        with pytest.raises(exc, match="mosaic_metadata") as info:
            iaa.Mosaic(target_size=(8, 8))(
                image=self.image, keypoints=kps, mosaic_metadata=[donor]
            )
        assert match in str(info.value)

    def test_mask_must_match_its_image(self):
        obj = {"image": np.zeros((4, 4, 3), np.uint8), "mask": np.ones((4, 5), bool)}
        with pytest.raises(ValueError, match="mask") as info:
            iaa.CopyAndPaste()(image=self.image, copy_paste_metadata=[obj])
        assert "copy_paste_metadata" in str(info.value)

    def test_reference_dtype(self):
        ref = {"image": np.zeros((4, 4, 3), np.uint16)}
        with pytest.raises(ValueError, match="hm_metadata"):
            iaa.HistogramMatching()(image=self.image, hm_metadata=[ref])

    def test_unsupported_image_dtype(self):
        image = np.zeros((4, 4, 3), dtype=np.int64)
        with pytest.raises(ValueError, match="int64"):
            iaa.MixUp()(image=image, mixup_metadata=[{"image": image}])
