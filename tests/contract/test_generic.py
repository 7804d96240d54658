"""Generic contract tests run over every case of ``tests/cases.py``.

Contract (STYLE.md §7, spec augmenters.md §1.3/§1.6/§23.1): pickle round trip;
same seed -> same output; images-only == images + all other kinds (and vice versa
for keypoints); a bright blob stays aligned with its keypoint, bounding box,
heatmap and segmentation map (also maps at half resolution); dtypes kept where
supported and ``ValueError`` where disallowed; zero-sized axes, 1x1 and 2D images;
empty augmentables; list vs array forms; no mutation of the caller's data;
``to_deterministic()`` repeats exactly across calls and kinds.

Mixing augmenters (``imgaug.augmenters.mix``) get donors with every call: a case's
``donors`` property makes them for the rows of the call (see ``_WithDonors``).
"""

import copy
import pickle

import numpy as np
import pytest
from scipy import ndimage

import imgaug as ia
import imgaug.augmenters as iaa
import imgaug.random as iarandom
from imgaug.augmentables.batches import UnnormalizedBatch
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.lines import LineString, LineStringsOnImage
from imgaug.augmentables.polys import Polygon, PolygonsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from tests.cases import CASES, NOT_GENERIC, PROPERTIES

#: Known contract violations of existing augmenters, ``case name -> {test: reason}``.
#: Each is an ``xfail(strict=True)``: fix the augmenter, then delete the entry.
KNOWN_FAILURES = {}

H, W = 20, 24  # small and deliberately not square
DTYPE_TOLERANCE = 3.0  # uint8 routes round and cv2 warps use 1/32 px fixed point
KINDS = (
    "heatmaps",
    "segmentation_maps",
    "keypoints",
    "bounding_boxes",
    "polygons",
    "line_strings",
)


def _cases(test_name):
    params = []
    for name, make in CASES.items():
        marks = []
        reason = KNOWN_FAILURES.get(name, {}).get(test_name)
        if reason is not None:
            marks.append(pytest.mark.xfail(strict=True, reason=reason))
        params.append(pytest.param(name, make, marks=marks, id=name))
    return params


def _seeded(make, seed, donors=True):
    aug = make()
    aug.seed_(seed)
    return _with_donors(make, aug) if donors else aug


# ---------------------------------------------------------------- donors

_DONORS = {make: PROPERTIES[name]["donors"] for name, make in CASES.items()}


def _call_rows(kwargs):
    """``(shapes, dtype, images, single)`` of the rows of an augment() call."""
    if "image" in kwargs:
        image = kwargs["image"]
        return [image.shape], image.dtype, [image], True
    if "images" in kwargs:
        images = kwargs["images"]
        dtype = images[0].dtype if len(images) > 0 else np.dtype(np.uint8)
        return [image.shape for image in images], dtype, list(images), False
    for kind in KINDS:
        if kind in kwargs:
            value = kwargs[kind]
            items = value if isinstance(value, list) else [value]
            return (
                [tuple(item.shape) for item in items],
                np.dtype(np.uint8),
                None,
                False,
            )
    return [], np.dtype(np.uint8), None, False


def _metadata(donors, key, kwargs):
    """The metadata keyword argument with donors for the rows of `kwargs`."""
    shapes, dtype, images, single = _call_rows(kwargs)
    if not shapes:
        return {}
    rows = donors(shapes, dtype, images)
    return {key: rows[0] if single else rows}


def _add_batch_metadata(make, aug, batch):
    """Attach the case's donors to an UnnormalizedBatch (no-op for other cases)."""
    donors = _DONORS[make]
    if donors is not None:
        shapes, dtype, images, _ = _call_rows({"images": batch.images_unaug})
        batch.metadata = {aug.metadata_key: donors(shapes, dtype, images)}
    return batch


class _WithDonors:
    """The augmenter of a mixing case plus the donors every call of it needs.

    Calling it (``aug(...)``, ``aug.augment(...)``) adds the augmenter's metadata
    keyword with donors made for the rows of that call; ``to_deterministic()`` keeps
    the wrapper. Every other attribute is the augmenter's own, so legacy
    ``augment_*`` calls run without donors (and leave the data unchanged).
    """

    def __init__(self, augmenter, donors):
        self.augmenter = augmenter
        self.donors = donors

    def __call__(self, **kwargs):
        key = self.augmenter.metadata_key
        return self.augmenter(**kwargs, **_metadata(self.donors, key, kwargs))

    augment = __call__

    def to_deterministic(self, n=None):
        result = self.augmenter.to_deterministic(n)
        if n is None:
            return _WithDonors(result, self.donors)
        return [_WithDonors(aug, self.donors) for aug in result]

    def __getattr__(self, name):
        if name.startswith("__") or name in ("augmenter", "donors"):
            raise AttributeError(name)
        return getattr(self.augmenter, name)


def _with_donors(make, aug):
    donors = _DONORS[make]
    return aug if donors is None else _WithDonors(aug, donors)


# ---------------------------------------------------------------- inputs


def _hw(name):
    """Height and width of the test images of a case (``min_size`` respected)."""
    min_size = PROPERTIES[name]["min_size"]
    return max(H, min_size), max(W, min_size + 4)


def _defined_for_channels(name, nb_channels):
    """Whether the case is defined for images with `nb_channels` channels."""
    counts = PROPERTIES[name]["channel_counts"]
    return counts is None or nb_channels in counts


def _call_with_other_channels(name, call):
    """Run `call` on images of a channel count the case is not defined for: it
    raises ``ValueError`` or, for ``other_channels="warn"``, warns and returns."""
    if PROPERTIES[name]["other_channels"] == "warn":
        with pytest.warns(UserWarning):
            return call()
    with pytest.raises(ValueError):
        call()
    return None


def _images(n=2, h=H, w=W, c=3, name=None):
    if name is not None:
        h, w = _hw(name)
    rng = np.random.default_rng(1)
    base = rng.integers(0, 256, size=(n, h, w, c)).astype(np.uint8)
    base[:, 2:6, 3:9] = 255  # some structure so that flips/shifts are visible
    return base


def _annotations(shape, n=2):
    h, w = shape[0:2]
    heatmaps, segmaps, kpsois, bbsois, psois, lsois = [], [], [], [], [], []
    for i in range(n):
        hm = np.zeros((h, w, 1), dtype=np.float32)
        hm[2 + i : 8, 3:10] = 0.75
        heatmaps.append(HeatmapsOnImage(hm, shape=shape))
        seg = np.zeros((h // 2, w // 2, 1), dtype=np.int32)
        seg[1:4, 2 + i : 6] = 1
        seg[5:8, 1:3] = 2
        segmaps.append(SegmentationMapsOnImage(seg, shape=shape))
        kpsois.append(
            KeypointsOnImage(
                [Keypoint(3.0 + i, 4.0), Keypoint(w - 2.5, h - 1.5), Keypoint(-2, 5)],
                shape=shape,
            )
        )
        bbsois.append(
            BoundingBoxesOnImage(
                [
                    BoundingBox(2, 3, 9 + i, 11, label="a"),
                    BoundingBox(w - 5, h - 4, w + 3, h + 2),
                ],
                shape=shape,
            )
        )
        psois.append(
            PolygonsOnImage(
                [
                    Polygon([(2, 2), (10, 3), (6, 9 + i)], label="tri"),
                    Polygon([(12, 5), (20, 5), (20, 15), (12, 15)]),
                ],
                shape=shape,
            )
        )
        lsois.append(
            LineStringsOnImage(
                [
                    LineString([(1, 1), (8, 6), (15, 2 + i)]),
                    LineString([(3, 18), (22, 17)]),
                ],
                shape=shape,
            )
        )
    return dict(
        zip(KINDS, (heatmaps, segmaps, kpsois, bbsois, psois, lsois), strict=True)
    )


# ---------------------------------------------------------------- comparison


def _assert_same(a, b, where="output"):
    if isinstance(a, np.ndarray):
        assert isinstance(b, np.ndarray), where
        assert a.dtype == b.dtype and a.shape == b.shape, where
        assert np.array_equal(a, b), where
    elif isinstance(a, (list, tuple)):
        assert type(a) is type(b) and len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _assert_same(x, y, f"{where}[{i}]")
    elif isinstance(a, HeatmapsOnImage):
        assert tuple(a.shape) == tuple(b.shape), where
        _assert_same(a.arr_0to1, b.arr_0to1, where)
    elif isinstance(a, SegmentationMapsOnImage):
        assert tuple(a.shape) == tuple(b.shape), where
        _assert_same(a.arr, b.arr, where)
    elif hasattr(a, "to_xy_array"):
        assert type(a) is type(b) and tuple(a.shape) == tuple(b.shape), where
        assert len(a.items) == len(b.items), where
        assert np.array_equal(a.to_xy_array(), b.to_xy_array()), where
    else:
        raise AssertionError(f"unexpected type at {where}: {type(a)}")


def _snapshot(value):
    """Deep copy for the no-mutation check (arrays copied, objects deep-copied)."""
    return copy.deepcopy(value)


def _arrays_of(value):
    if isinstance(value, np.ndarray):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _arrays_of(item)
    elif isinstance(value, HeatmapsOnImage):
        yield value.arr_0to1
    elif isinstance(value, SegmentationMapsOnImage):
        yield value.arr


# ---------------------------------------------------------------- registry


def test_every_public_augmenter_has_a_case():
    public = {
        name
        for name, obj in vars(iaa).items()
        if isinstance(obj, type)
        and issubclass(obj, iaa.Augmenter)
        and not name.startswith("_")
    }
    covered = {type(make()).__name__ for make in CASES.values()} | set(NOT_GENERIC)
    assert sorted(public - covered) == []


def test_registry_is_consistent():
    assert set(CASES) == set(PROPERTIES)
    assert set(KNOWN_FAILURES) <= set(CASES)
    for name, make in CASES.items():
        assert isinstance(make(), iaa.Augmenter), name
        assert make() is not make(), name


# ---------------------------------------------------------------- tests


@pytest.mark.parametrize("name, make", _cases("test_pickle_round_trip"))
def test_pickle_round_trip(name, make):
    aug = _seeded(make, 3)
    restored = pickle.loads(pickle.dumps(aug, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(restored) is type(aug)
    images = _images(name=name)
    kpsois = _annotations(images.shape[1:])["keypoints"]
    for _ in range(2):  # the RNG state travels with the augmenter
        expected = aug(images=images, keypoints=kpsois)
        observed = restored(images=images, keypoints=kpsois)
        _assert_same(expected, observed)


@pytest.mark.parametrize("name, make", _cases("test_same_seed_same_output"))
def test_same_seed_same_output(name, make):
    images = _images(name=name)
    annotations = _annotations(images.shape[1:])
    a, b = _seeded(make, 5), _seeded(make, 5)
    for _ in range(2):
        _assert_same(a(images=images, **annotations), b(images=images, **annotations))
    # unseeded augmenters share the global RNG: imgaug.random.seed() makes them repeat
    outputs = []
    for _ in range(2):
        iarandom.seed(123)
        outputs.append(_with_donors(make, make())(images=images, **annotations))
    _assert_same(outputs[0], outputs[1], "after imgaug.random.seed")


@pytest.mark.parametrize("name, make", _cases("test_other_kinds_do_not_change_image"))
def test_other_kinds_do_not_change_image(name, make):
    images = _images(name=name)
    annotations = _annotations(images.shape[1:])
    only_images = _seeded(make, 11)(images=images)
    with_all = _seeded(make, 11)(images=images, **annotations)
    _assert_same(only_images, with_all[0], "images")


@pytest.mark.parametrize(
    "name, make", _cases("test_other_kinds_do_not_change_annotations")
)
def test_other_kinds_do_not_change_annotations(name, make):
    images = _images(name=name)
    annotations = _annotations(images.shape[1:])
    with_all = _seeded(make, 11)(images=images, **annotations)
    for index, kind in enumerate(KINDS, start=1):
        alone = _seeded(make, 11)(**{kind: annotations[kind]})
        _assert_same(alone, with_all[index], kind)


# ---------------------------------------------------------------- alignment

BLOB_Y0, BLOB_Y1, BLOB_X0, BLOB_X1 = 4, 8, 6, 10  # [y0, y1) x [x0, x1), centre (8, 6)
BLOB_CENTER = ((BLOB_X0 + BLOB_X1) / 2, (BLOB_Y0 + BLOB_Y1) / 2)
TOLERANCE_PX = 2.0
_BLOB_CORNERS = np.float32(
    [[BLOB_X0, BLOB_Y0], [BLOB_X1, BLOB_Y0], [BLOB_X1, BLOB_Y1], [BLOB_X0, BLOB_Y1]]
)


def _blob_row(shape, half_res_maps):
    """One row: image with a bright square, plus its keypoint, box, heatmap, segmap."""
    h, w = shape[0:2]
    image = np.zeros(shape, dtype=np.uint8)
    image[BLOB_Y0:BLOB_Y1, BLOB_X0:BLOB_X1] = 255
    f = 2 if half_res_maps else 1
    heatmap = np.zeros((h // f, w // f, 1), dtype=np.float32)
    heatmap[BLOB_Y0 // f : BLOB_Y1 // f, BLOB_X0 // f : BLOB_X1 // f] = 1.0
    segmap = np.zeros((h // f, w // f, 1), dtype=np.int32)
    segmap[BLOB_Y0 // f : BLOB_Y1 // f, BLOB_X0 // f : BLOB_X1 // f] = 1
    return (
        image,
        HeatmapsOnImage(heatmap, shape=shape),
        SegmentationMapsOnImage(segmap, shape=shape),
        KeypointsOnImage([Keypoint(*BLOB_CENTER)], shape=shape),
        BoundingBoxesOnImage([BoundingBox(BLOB_X0, BLOB_Y0, BLOB_X1, BLOB_Y1)], shape),
        PolygonsOnImage([Polygon(_BLOB_CORNERS)], shape=shape),
        LineStringsOnImage([LineString(_BLOB_CORNERS[[0, 2]])], shape=shape),
    )


def _blob_batch(shapes=((H, W, 3), (H, W, 3))):
    """Row 0 has maps at full resolution, row 1 at half resolution."""
    rows = [_blob_row(shape, half_res_maps=i == 1) for i, shape in enumerate(shapes)]
    columns = ("images",) + KINDS
    return {
        name: list(values) for name, values in zip(columns, zip(*rows), strict=True)
    }


def _centroid(arr, threshold_half_max=True):
    """Centroid ``(x, y)`` in continuous coordinates; None if it touches a border."""
    arr = np.asarray(arr, dtype=np.float64)
    if arr.ndim == 3:
        arr = arr.mean(axis=2)
    if arr.size == 0:
        return None
    if threshold_half_max:
        background = np.median(arr)
        peak = arr.max()
        if peak - background <= 1e-6:
            return None
        weights = np.clip(arr - (background + 0.5 * (peak - background)), 0, None)
        # the blob is the heaviest connected region above half maximum: bright
        # noise elsewhere (salt) must not pull the centroid away from it
        labels, nb_labels = ndimage.label(weights > 0)
        if nb_labels > 1:
            sums = ndimage.sum(weights, labels, index=np.arange(1, nb_labels + 1))
            weights = np.where(labels == 1 + int(np.argmax(sums)), weights, 0.0)
    else:
        weights = arr
    if weights.sum() <= 0:
        return None
    if (
        weights[0, :].any()
        or weights[-1, :].any()
        or weights[:, 0].any()
        or weights[:, -1].any()
    ):
        return None  # cut by the image border or duplicated by padding
    yy, xx = np.mgrid[0 : arr.shape[0], 0 : arr.shape[1]]
    total = weights.sum()
    return (
        float(((xx + 0.5) * weights).sum() / total),
        float(((yy + 0.5) * weights).sum() / total),
    )


def _check_alignment(image, kpsoi, where):
    """Return True if checked, False if the blob left the image (seed skipped)."""
    centre = _centroid(image)
    if centre is None or len(kpsoi.keypoints) != 1:
        return False
    kp = kpsoi.keypoints[0]
    if not (0 <= kp.x < image.shape[1] and 0 <= kp.y < image.shape[0]):
        return False
    distance = np.hypot(kp.x - centre[0], kp.y - centre[1])
    assert distance <= TOLERANCE_PX, (
        f"{where}: keypoint ({kp.x:.2f}, {kp.y:.2f}) vs blob centroid "
        f"({centre[0]:.2f}, {centre[1]:.2f}) in image of shape {image.shape}"
    )
    return True


def _check_map_alignment(centre_image, arr, image_shape, where, half_max=True):
    """Heatmaps (interpolated): within 2 image px. Segmaps (nearest, so quantised to
    whole map cells at every step): within 2 map cells."""
    centre = _centroid(arr, threshold_half_max=half_max)
    if centre is None:
        return
    sx = image_shape[1] / arr.shape[1]
    sy = image_shape[0] / arr.shape[0]
    tolerance = TOLERANCE_PX * (1.0 if half_max else max(sx, sy, 1.0))
    distance = np.hypot(
        centre[0] * sx - centre_image[0], centre[1] * sy - centre_image[1]
    )
    assert distance <= tolerance, (
        f"{where}: map centroid ({centre[0] * sx:.2f}, {centre[1] * sy:.2f}) vs image "
        f"blob ({centre_image[0]:.2f}, {centre_image[1]:.2f}); map array {arr.shape}, "
        f"image {image_shape}"
    )


def _blob_covered(batch, image, row):
    before = batch["images"][row][BLOB_Y0:BLOB_Y1, BLOB_X0:BLOB_X1]
    return not np.array_equal(before, image[BLOB_Y0:BLOB_Y1, BLOB_X0:BLOB_X1])


@pytest.mark.parametrize("name, make", _cases("test_blob_stays_aligned"))
def test_blob_stays_aligned(name, make):
    """Image, keypoint, box, heatmap and segmap of a row move together (R1, R4)."""
    if PROPERTIES[name]["blob"] == "hidden":
        pytest.skip("the augmenter hides the blob by design (blob='hidden')")
    h, w = _hw(name)
    checked = 0
    for seed in range(4):
        # seeds 2 and 3 use rows of different shapes (samples are per row shape)
        shapes = [(h, w, 3), (h, w, 3)] if seed < 2 else [(h, w, 3), (h + 6, w + 8, 3)]
        batch = _blob_batch(shapes)
        outputs = _seeded(make, seed)(**batch)
        images, heatmaps, segmaps, kpsois, bbsois, psois, lsois = outputs
        for row in range(2):
            image = images[row]
            covers = PROPERTIES[name]["blob"] == "may_be_covered"
            if covers and _blob_covered(batch, image, row):
                continue  # pasted content hides (part of) the blob: not comparable
            if not _check_alignment(image, kpsois[row], f"seed {seed} row {row}"):
                continue
            checked += 1
            centre = _centroid(image)
            if PROPERTIES[name]["items"] == "adds":  # donors' boxes follow the image's
                bb = bbsois[row].bounding_boxes[0]
            else:
                (bb,) = bbsois[row].bounding_boxes
            distance = np.hypot(bb.center_x - centre[0], bb.center_y - centre[1])
            assert distance <= TOLERANCE_PX, (
                f"seed {seed} row {row}: bounding box centre "
                f"({bb.center_x:.2f}, {bb.center_y:.2f}) vs blob {centre}"
            )
            (poly,) = psois[row].polygons
            (line,) = lsois[row].line_strings
            for label, coords in (("polygon", poly.exterior), ("line", line.coords)):
                mean = np.asarray(coords, dtype=np.float64).mean(axis=0)
                distance = np.hypot(mean[0] - centre[0], mean[1] - centre[1])
                assert distance <= TOLERANCE_PX, (
                    f"seed {seed} row {row}: {label} centre {mean} vs blob {centre}"
                )
            _check_map_alignment(
                centre,
                heatmaps[row].arr_0to1,
                image.shape,
                f"seed {seed} row {row} heatmap {'half' if row else 'full'} res",
            )
            _check_map_alignment(
                centre,
                segmaps[row].arr == 1,
                image.shape,
                f"seed {seed} row {row} segmap",
                half_max=False,
            )
            assert tuple(heatmaps[row].shape[0:2]) == image.shape[0:2]
            assert tuple(segmaps[row].shape[0:2]) == image.shape[0:2]
            assert tuple(kpsois[row].shape[0:2]) == image.shape[0:2]
            assert tuple(bbsois[row].shape[0:2]) == image.shape[0:2]
            assert tuple(psois[row].shape[0:2]) == image.shape[0:2]
            assert tuple(lsois[row].shape[0:2]) == image.shape[0:2]
    assert checked > 0, "the blob left the image for every seed; adjust the case"


@pytest.mark.parametrize("name, make", _cases("test_to_deterministic"))
def test_to_deterministic(name, make):
    """A deterministic copy repeats itself across calls and aligns separate calls."""
    det = _seeded(make, 2).to_deterministic()
    h, w = _hw(name)
    batch = _blob_batch(((h, w, 3), (h, w, 3)))
    images = np.stack(batch["images"])
    kpsois = batch["keypoints"]
    first = det(images=images)
    _assert_same(first, det(images=images), "second call")
    kps_alone = det(keypoints=kpsois)
    _assert_same(kps_alone, det(keypoints=kpsois), "second keypoints call")
    joint_images, joint_kps = det(images=images, keypoints=kpsois)
    _assert_same(first, joint_images, "images vs images+keypoints")
    _assert_same(kps_alone, joint_kps, "keypoints vs images+keypoints")
    for row in range(len(kpsois)):
        if PROPERTIES[name]["blob"] == "kept":
            _check_alignment(first[row], kps_alone[row], f"row {row}")
    restored = pickle.loads(pickle.dumps(det))
    _assert_same(first, restored(images=images), "pickled deterministic copy")
    dets = _seeded(make, 2).to_deterministic(2)
    assert len(dets) == 2 and all(d.deterministic for d in dets)


# ---------------------------------------------------------------- dtypes


def _image_of_dtype(dtype_name, shape=(14, 18, 3), name=None):
    if name is not None:
        min_size = PROPERTIES[name]["min_size"]
        shape = (max(shape[0], min_size), max(shape[1], min_size + 4), shape[2])
    rng = np.random.default_rng(7)
    dtype = np.dtype(dtype_name)
    if dtype.kind == "b":
        return rng.random(shape) > 0.5
    if dtype.kind == "u":
        return rng.integers(0, 100, size=shape).astype(dtype)
    if dtype.kind == "i":
        return rng.integers(-50, 50, size=shape).astype(dtype)
    return rng.random(shape).astype(dtype)


@pytest.mark.parametrize("name, make", _cases("test_supported_dtypes_are_kept"))
def test_supported_dtypes_are_kept(name, make):
    props = PROPERTIES[name]
    for dtype_name in props["allowed"]:
        image = _image_of_dtype(dtype_name, name=name)
        aug = _seeded(make, 4)
        out_image = aug(image=image)
        out_images = aug(images=[image, image[:, ::-1].copy()])
        for result in [out_image, *out_images]:
            assert result.dtype.name == dtype_name, f"{dtype_name} -> {result.dtype}"
            assert result.ndim == 3 and result.shape[2] == 3, dtype_name
            if not props["changes_shape"]:
                assert result.shape == image.shape, dtype_name


@pytest.mark.parametrize("name, make", _cases("test_unsupported_dtypes_raise"))
def test_unsupported_dtypes_raise(name, make):
    props = PROPERTIES[name]
    if not props["disallowed"]:
        pytest.skip("the case supports every dtype")
    for dtype_name in props["disallowed"]:
        image = _image_of_dtype(dtype_name, name=name)
        with pytest.raises(ValueError):
            _seeded(make, 4)(image=image)


# ---------------------------------------------------------------- shapes

ODD_SHAPES = [
    (0, W, 3),
    (H, 0, 3),
    (0, 0, 3),
    (H, W, 0),
    (1, 1, 3),
    (1, W, 3),
    (H, 1, 3),
    # one-channel sources that cv2 confuses with its 4x1 scalar arrays
    (1, 1, 1),
    (4, 1, 1),
]


@pytest.mark.parametrize("name, make", _cases("test_zero_sized_and_tiny_images"))
def test_zero_sized_and_tiny_images(name, make):
    props = PROPERTIES[name]
    for shape in ODD_SHAPES:
        image = np.full(shape, 7, dtype=np.uint8)
        if not _defined_for_channels(name, shape[2]):
            if image.size == 0:
                continue  # not defined, and nothing to compute: either outcome is fine
            out = _call_with_other_channels(
                name, lambda image=image: _seeded(make, 1)(image=image)
            )
            if out is None:
                continue
        elif 0 not in shape and min(shape[0:2]) < props["min_size"]:
            with pytest.raises(ValueError):
                _seeded(make, 1)(image=image)
            continue
        else:
            out = _seeded(make, 1)(image=image)
        assert isinstance(out, np.ndarray) and out.dtype == np.uint8, shape
        assert out.ndim == 3 and out.shape[2] == shape[2], (shape, out.shape)
        if not props["changes_shape"]:
            assert out.shape == shape, (shape, out.shape)


@pytest.mark.parametrize("name, make", _cases("test_images_without_channel_axis"))
def test_images_without_channel_axis(name, make):
    props = PROPERTIES[name]
    image = _images(n=1, name=name)[0, :, :, 0]
    if not _defined_for_channels(name, 1):
        out = _call_with_other_channels(name, lambda: _seeded(make, 6)(image=image))
        assert out is None or (out.ndim == 2 and out.dtype == np.uint8)
        return
    out = _seeded(make, 6)(image=image)
    assert out.ndim == 2 and out.dtype == np.uint8
    if not props["changes_shape"]:
        assert out.shape == image.shape
    many = _seeded(make, 6)(images=[image, image])
    assert all(o.ndim == 2 for o in many)
    # same transformation as for the 1-channel version of the image
    one_channel = _seeded(make, 6)(image=image[:, :, np.newaxis])
    _assert_same(out, one_channel[:, :, 0], "2D vs (H, W, 1)")


@pytest.mark.parametrize("name, make", _cases("test_empty_augmentables"))
def test_empty_augmentables(name, make):
    shape = _hw(name) + (3,)
    empty = {
        "keypoints": KeypointsOnImage([], shape=shape),
        "bounding_boxes": BoundingBoxesOnImage([], shape=shape),
        "polygons": PolygonsOnImage([], shape=shape),
        "line_strings": LineStringsOnImage([], shape=shape),
    }
    stays_empty = PROPERTIES[name]["items"] != "adds"  # else donors bring items
    for kind, value in empty.items():
        out = _seeded(make, 8)(**{kind: value})
        assert type(out) is type(value), kind
        assert len(out.items) == 0 or not stays_empty, kind
        assert isinstance(out.shape, tuple) and len(out.shape) == 3, kind
        image_out, out = _seeded(make, 8)(
            image=_images(n=1, name=name)[0], **{kind: value}
        )
        assert len(out.items) == 0 or not stays_empty, kind
        assert tuple(out.shape[0:2]) == image_out.shape[0:2], kind
    assert _seeded(make, 8)(images=[]) == []


@pytest.mark.parametrize("name, make", _cases("test_list_and_array_forms"))
def test_list_and_array_forms(name, make):
    images = _images(n=3, name=name)
    as_array = _seeded(make, 9)(images=images)
    as_list = _seeded(make, 9)(images=list(images))
    assert isinstance(as_list, list) and len(as_list) == 3
    if PROPERTIES[name]["changes_shape"]:
        assert isinstance(as_array, (np.ndarray, list)) and len(as_array) == 3
    else:
        assert isinstance(as_array, np.ndarray) and as_array.shape == images.shape
    for observed, expected in zip(as_array, as_list, strict=True):
        _assert_same(observed, expected, "array vs list input")
    # image=x is images=[x] unwrapped
    single = _seeded(make, 9)(image=images[0])
    _assert_same(single, _seeded(make, 9)(images=[images[0]])[0], "image= vs images=")


@pytest.mark.parametrize("name, make", _cases("test_no_mutation_of_inputs"))
def test_no_mutation_of_inputs(name, make):
    images = _images(name=name)
    annotations = _annotations(images.shape[1:])
    for images_in in (images, list(images)):
        before_images = _snapshot(images_in)
        before = {kind: _snapshot(value) for kind, value in annotations.items()}
        outputs = _seeded(make, 10)(images=images_in, **annotations)
        _assert_same(before_images, images_in, "caller images")
        for kind in KINDS:
            _assert_same(before[kind], annotations[kind], f"caller {kind}")
        inputs = list(_arrays_of(images_in)) + list(_arrays_of(annotations.values()))
        for out_arr in _arrays_of(list(outputs)):
            for in_arr in inputs:
                assert not np.shares_memory(out_arr, in_arr), "output aliases input"


@pytest.mark.parametrize("name, make", _cases("test_description"))
def test_description(name, make):
    aug = make()
    params = aug.get_parameters()
    assert isinstance(params, list)
    text = str(aug)
    assert text == repr(aug)
    assert type(aug).__name__ in text
    assert aug.name in text


@pytest.mark.parametrize("name, make", _cases("test_legacy_entry_points"))
def test_legacy_entry_points(name, make):
    """``augment_<kind>(...)`` gives the same result as ``augment(<kind>=...)``."""
    images = _images(name=name)
    annotations = _annotations(images.shape[1:])
    # without donors: the legacy entry points cannot carry metadata
    _assert_same(
        _seeded(make, 12, donors=False).augment_images(images),
        _seeded(make, 12, donors=False)(images=images),
    )
    _assert_same(
        _seeded(make, 12, donors=False).augment_image(images[0]),
        _seeded(make, 12, donors=False)(image=images[0]),
    )
    methods = {
        "heatmaps": "augment_heatmaps",
        "segmentation_maps": "augment_segmentation_maps",
        "keypoints": "augment_keypoints",
        "bounding_boxes": "augment_bounding_boxes",
        "polygons": "augment_polygons",
        "line_strings": "augment_line_strings",
    }
    for kind, method in methods.items():
        legacy = getattr(_seeded(make, 12, False), method)(annotations[kind])
        _assert_same(
            legacy, _seeded(make, 12, False)(**{kind: annotations[kind]}), kind
        )
        single = getattr(_seeded(make, 12, False), method)(annotations[kind][0])
        _assert_same(
            single, _seeded(make, 12, False)(**{kind: annotations[kind][0]}), kind
        )


@pytest.mark.parametrize("name, make", _cases("test_deactivated_by_hooks"))
def test_deactivated_by_hooks(name, make):
    """An activator returning False turns the augmenter into a pass-through."""
    images = _images(name=name)
    annotations = _annotations(images.shape[1:])
    hooks = ia.HooksImages(activator=lambda values, augmenter, parents, default: False)
    batch = UnnormalizedBatch(images=images, **annotations)
    result = _seeded(make, 13).augment_batch_(batch, hooks=hooks)
    _assert_same(images, result.images_aug, "images")
    for kind in KINDS:
        _assert_same(annotations[kind], getattr(result, kind + "_aug"), kind)


@pytest.mark.parametrize("name, make", _cases("test_augment_batches"))
def test_augment_batches(name, make):
    """``augment_batches`` (single core) equals consecutive ``augment`` calls."""
    images = _images(name=name)
    kpsois = _annotations(images.shape[1:])["keypoints"]
    batches = [UnnormalizedBatch(images=images, keypoints=kpsois) for _ in range(2)]
    augmenter = _seeded(make, 14, donors=False)
    for batch in batches:
        _add_batch_metadata(make, augmenter, batch)
    results = list(augmenter.augment_batches(batches))
    aug = _seeded(make, 14)
    for result in results:
        expected_images, expected_kps = aug(images=images, keypoints=kpsois)
        _assert_same(expected_images, result.images_aug, "images")
        _assert_same(expected_kps, result.keypoints_aug, "keypoints")


@pytest.mark.parametrize("name, make", _cases("test_dtypes_agree_with_uint8"))
def test_dtypes_agree_with_uint8(name, make):
    """Every supported dtype gets the same transformation as uint8 (up to rounding)."""
    if PROPERTIES[name]["value_range_relative"]:
        pytest.skip("the result depends on the dtype's value range")
    rng = np.random.default_rng(3)
    image = rng.integers(30, 101, size=_hw(name) + (3,)).astype(np.uint8)
    expected = _seeded(make, 15)(image=image).astype(np.float64)
    for dtype_name in PROPERTIES[name]["allowed"]:
        if dtype_name in ("bool", "uint8"):
            continue
        observed = _seeded(make, 15)(image=image.astype(dtype_name))
        assert observed.shape == expected.shape, dtype_name
        diff = np.abs(observed.astype(np.float64) - expected)
        # OpenCV's nearest-neighbour warps break exact .5 coordinate ties per dtype
        # differently, so a few isolated pixels may pick the neighbouring source
        # pixel; a wrong transform changes far more than 1 % of the values
        assert np.mean(diff > DTYPE_TOLERANCE) <= 0.01, (
            f"{dtype_name}: max |difference| to the uint8 result is {diff.max():.2f} "
            f"({np.mean(diff > DTYPE_TOLERANCE):.1%} of the values)"
        )


@pytest.mark.parametrize("name, make", _cases("test_item_counts_preserved"))
def test_item_counts_preserved(name, make):
    """Augmenters move coordinates but never drop items (spec §14.3: not clipped)."""
    items = PROPERTIES[name]["items"]
    if items != "kept":
        pytest.skip(f"the case changes item counts by design (items={items!r})")
    images = _images(name=name)
    annotations = _annotations(images.shape[1:])
    outputs = _seeded(make, 16)(images=images, **annotations)
    for kind, out in zip(KINDS[2:], outputs[3:], strict=True):
        for before, after in zip(annotations[kind], out, strict=True):
            assert len(after.items) == len(before.items), kind
            if kind in ("polygons", "line_strings"):
                for item_before, item_after in zip(before.items, after.items):
                    assert len(item_after.coords) == len(item_before.coords), kind
                    assert item_after.label == item_before.label, kind
            if kind == "bounding_boxes":
                labels = [bb.label for bb in after.items]
                assert labels == [bb.label for bb in before.items]


@pytest.mark.parametrize("name, make", _cases("test_many_channels"))
def test_many_channels(name, make):
    """More than 4 (cv2 chunks) and more than 512 channels behave like channel 0."""
    for nb_channels in (5, 513):
        shape = _hw(name) + (nb_channels,)
        image, *_ = _blob_row(shape, half_res_maps=False)
        kpsoi = KeypointsOnImage([Keypoint(*BLOB_CENTER)], shape=shape)

        def call(image=image, kpsoi=kpsoi):
            # a list: augment(image=...) warns for that many channels, as in 0.4.0
            return _seeded(make, 17)(images=[image], keypoints=[kpsoi])

        if _defined_for_channels(name, nb_channels):
            outputs = call()
        else:
            outputs = _call_with_other_channels(name, call)
            if outputs is None:
                continue
        (out,), (kps,) = outputs
        assert out.dtype == np.uint8 and out.ndim == 3, nb_channels
        assert out.shape[2] == nb_channels, (nb_channels, out.shape)
        if not PROPERTIES[name]["changes_shape"]:
            assert out.shape == shape
        for channel in (0, 4, nb_channels - 1):
            _check_alignment(out[:, :, channel], kps, f"C={nb_channels} ch {channel}")


@pytest.mark.parametrize("name, make", _cases("test_unusual_memory_layouts"))
def test_unusual_memory_layouts(name, make):
    """Views with negative strides, Fortran order and read-only arrays work alike."""
    base = _images(n=1, name=name)[0]
    expected = _seeded(make, 18)(image=np.ascontiguousarray(base[:, ::-1]))
    flipped_view = base[:, ::-1]
    fortran = np.asfortranarray(base[:, ::-1])
    read_only = np.ascontiguousarray(base[:, ::-1])
    read_only.flags.writeable = False
    for label, image in (
        ("negative-stride view", flipped_view),
        ("Fortran order", fortran),
        ("read-only", read_only),
    ):
        observed = _seeded(make, 18)(image=image)
        _assert_same(expected, observed, label)
    tall = base
    if PROPERTIES[name]["min_size"] > base.shape[0] // 2:
        tall = np.concatenate([base, base])  # still large enough when strided
    strided_batch = np.stack([tall, tall])[:, ::2]  # non-contiguous (N, H, W, C)
    out = _seeded(make, 18)(images=strided_batch)
    assert len(out) == 2 and out[0].dtype == np.uint8


@pytest.mark.parametrize("name, make", _cases("test_pool_ignores_process_count"))
def test_pool_ignores_process_count(name, make):
    """``Pool(seed=s)`` output does not depend on the number of processes."""
    from imgaug import multicore

    images = _images(name=name)
    kpsois = _annotations(images.shape[1:])["keypoints"]
    batches = [UnnormalizedBatch(images=images, keypoints=kpsois) for _ in range(3)]
    for batch in batches:
        _add_batch_metadata(make, make(), batch)
    results = []
    for processes in (1, 2):
        with multicore.Pool(make(), processes=processes, seed=21) as pool:
            results.append(pool.map_batches(batches))
    for first, second in zip(*results, strict=True):
        _assert_same(first.images_aug, second.images_aug, "images")
        _assert_same(first.keypoints_aug, second.keypoints_aug, "keypoints")


@pytest.mark.parametrize("name, make", _cases("test_seed_key_ignores_other_rngs"))
def test_seed_key_ignores_other_rngs(name, make):
    """``seed_key`` output depends on the key only, never on other RNG states."""
    image = _images(n=1, name=name)[0]
    annotations = {
        kind: values[0] for kind, values in _annotations(image.shape, n=1).items()
    }
    outputs = []
    for seed in (1, 2):
        aug = _seeded(make, seed)
        iarandom.seed(100 + seed)
        own_state = copy.deepcopy(aug.random_state.state)
        global_state = copy.deepcopy(iarandom.get_global_rng().state)
        outputs.append(aug(image=image, **annotations, seed_key=(7, 0, 3)))
        assert aug.random_state.equals(iarandom.RNG(0).set_state_(own_state))
        assert iarandom.get_global_rng().equals(
            iarandom.RNG(0).set_state_(global_state)
        )
    _assert_same(outputs[0], outputs[1], "seed_key")
