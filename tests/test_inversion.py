"""Inverting records (``iaa.invert_record``): annotations back onto the original images.

For every invertible augmenter: keypoints, polygons and line strings augmented and
mapped back land within 0.01 px of where they started (``ElasticTransformation``:
within its forward point estimate, 0.1 px), boxes of axis-aligned transforms within
0.5 px (others contain the original box), and a blob in heatmaps and segmentation
maps comes back within 1 px.
"""

import warnings

import numpy as np
import pytest

import imgaug.augmenters as iaa
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import KeypointsOnImage
from imgaug.augmentables.lines import LineString, LineStringsOnImage
from imgaug.augmentables.polys import Polygon, PolygonsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.augmenters.inversion import NotInvertibleError
from imgaug.augmenters.pipelines import ReplayError

H, W = 48, 64
SHAPE = (H, W, 3)
NB_ROWS = 4


def _affine_cv2():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return iaa.AffineCv2(rotate=(-20, 20), scale=(0.9, 1.1), translate_px=(-3, 3))


#: name -> (factory, whether boxes come back exactly)
INVERTIBLE = {
    "Fliplr": (lambda: iaa.Fliplr(0.5), True),
    "Flipud": (lambda: iaa.Flipud(0.5), True),
    "CropAndPad": (lambda: iaa.CropAndPad(px=(-8, 8)), True),
    "CropAndPad-no-keep": (
        lambda: iaa.CropAndPad(percent=(-0.2, 0.2), keep_size=False),
        True,
    ),
    "Crop": (lambda: iaa.Crop(percent=(0, 0.2)), True),
    "Pad": (lambda: iaa.Pad(px=(0, 9), keep_size=False), True),
    "Resize": (lambda: iaa.Resize({"height": (36, 90), "width": (48, 100)}), True),
    "PadToFixedSize": (lambda: iaa.PadToFixedSize(80, 60), True),
    "CenterPadToFixedSize": (lambda: iaa.CenterPadToFixedSize(80, 60), True),
    "CropToFixedSize": (lambda: iaa.CropToFixedSize(50, 40), True),
    "CenterCropToFixedSize": (lambda: iaa.CenterCropToFixedSize(50, 40), True),
    "CropToMultiplesOf": (lambda: iaa.CropToMultiplesOf(10, 7), True),
    "PadToMultiplesOf": (lambda: iaa.PadToMultiplesOf(10, 7), True),
    "CropToPowersOf": (lambda: iaa.CropToPowersOf(2, 3), True),
    "PadToPowersOf": (lambda: iaa.PadToPowersOf(2, 3), True),
    "CropToAspectRatio": (lambda: iaa.CropToAspectRatio(1.0), True),
    "PadToAspectRatio": (lambda: iaa.PadToAspectRatio(2.0), True),
    "CropToSquare": (lambda: iaa.CropToSquare(), True),
    "CenterPadToSquare": (lambda: iaa.CenterPadToSquare(), True),
    "KeepSizeByResize": (
        lambda: iaa.KeepSizeByResize(iaa.Crop(px=(1, 9), keep_size=False)),
        True,
    ),
    "Affine": (
        lambda: iaa.Affine(
            scale=(0.8, 1.2),
            translate_percent=(-0.1, 0.1),
            rotate=(-25, 25),
            shear=(-10, 10),
        ),
        False,
    ),
    "Affine-scale-translate": (
        lambda: iaa.Affine(scale=(0.7, 1.3), translate_px=(-6, 6)),
        True,
    ),
    "Affine-fit-output": (lambda: iaa.Affine(rotate=(-45, 45), fit_output=True), False),
    "ScaleX": (lambda: iaa.ScaleX((0.7, 1.3)), True),
    "ScaleY": (lambda: iaa.ScaleY((0.7, 1.3)), True),
    "TranslateX": (lambda: iaa.TranslateX(percent=(-0.2, 0.2)), True),
    "TranslateY": (lambda: iaa.TranslateY(px=(-5, 5)), True),
    "Rotate": (lambda: iaa.Rotate((-30, 30)), False),
    "ShearX": (lambda: iaa.ShearX((-20, 20)), False),
    "ShearY": (lambda: iaa.ShearY((-20, 20)), False),
    "AffineCv2": (_affine_cv2, False),
    "pillike.Affine": (
        lambda: iaa.pillike.Affine(scale=(0.8, 1.2), rotate=(-20, 20)),
        False,
    ),
    "Rot90": (lambda: iaa.Rot90((0, 3), keep_size=False), True),
    "Rot90-keep-size": (lambda: iaa.Rot90([1, 3]), True),
    "PerspectiveTransform": (
        lambda: iaa.PerspectiveTransform(scale=(0.01, 0.1)),
        False,
    ),
    "PerspectiveTransform-fit-output": (
        lambda: iaa.PerspectiveTransform(scale=0.08, keep_size=False, fit_output=True),
        False,
    ),
    "PiecewiseAffine": (
        lambda: iaa.PiecewiseAffine(scale=(0.01, 0.05), nb_rows=4, nb_cols=4),
        False,
    ),
    "ElasticTransformation": (
        lambda: iaa.ElasticTransformation(alpha=(5, 20), sigma=(4, 6)),
        False,
    ),
}

# points away from the borders (content near a border can be cropped away)
_POINTS = np.array(
    [[14.5, 12.0], [30.0, 20.5], [48.0, 14.0], [20.0, 34.5], [44.5, 36.0]]
)


def _images():
    rng = np.random.default_rng(1)
    return rng.integers(0, 256, size=(NB_ROWS,) + SHAPE).astype(np.uint8)


def _kps():
    return [
        KeypointsOnImage.from_xy_array(_POINTS, shape=SHAPE) for _ in range(NB_ROWS)
    ]


def _augment_and_invert(aug, kind, values):
    aug.seed_(9)
    (_, values_aug), rec = iaa.record(aug, images=_images(), **{kind: values})
    return iaa.invert_record(aug, rec, **{kind: values_aug}), values_aug


@pytest.mark.parametrize("name", list(INVERTIBLE))
def test_keypoints_come_back(name):
    aug = INVERTIBLE[name][0]()
    back, _ = _augment_and_invert(aug, "keypoints", _kps())
    tolerance = 0.1 if name == "ElasticTransformation" else 0.01
    for kpsoi in back:
        assert kpsoi.shape == SHAPE
        assert np.abs(kpsoi.to_xy_array() - _POINTS).max() < tolerance


@pytest.mark.parametrize(
    "name",
    [name for name in INVERTIBLE if name != "Jigsaw"],
)
def test_polygons_and_line_strings_come_back(name):
    aug = INVERTIBLE[name][0]()
    polygon = Polygon(_POINTS[[0, 1, 4, 3]], label="p")
    line = LineString(_POINTS[[0, 2, 4]])
    psois = [PolygonsOnImage([polygon], shape=SHAPE) for _ in range(NB_ROWS)]
    lsois = [LineStringsOnImage([line], shape=SHAPE) for _ in range(NB_ROWS)]
    aug.seed_(9)
    (_, ps_aug, ls_aug), rec = iaa.record(
        aug, images=_images(), polygons=psois, line_strings=lsois
    )
    ps_back, ls_back = iaa.invert_record(aug, rec, polygons=ps_aug, line_strings=ls_aug)
    tolerance = 0.1 if name == "ElasticTransformation" else 0.01
    for psoi, lsoi in zip(ps_back, ls_back):
        assert psoi.polygons[0].label == "p"
        if len(psoi.polygons[0].exterior) == 4:  # (a recoverer may repair shapes)
            assert np.abs(psoi.to_xy_array() - _POINTS[[0, 1, 4, 3]]).max() < tolerance
        assert np.abs(lsoi.to_xy_array() - _POINTS[[0, 2, 4]]).max() < tolerance


@pytest.mark.parametrize("name", [n for n in INVERTIBLE if n != "Jigsaw"])
def test_boxes_come_back(name):
    factory, exact = INVERTIBLE[name]
    box = BoundingBox(12.0, 10.0, 40.0, 30.0, label="b")
    bbsois = [BoundingBoxesOnImage([box], shape=SHAPE) for _ in range(NB_ROWS)]
    back, _ = _augment_and_invert(factory(), "bounding_boxes", bbsois)
    expected = np.array([[12.0, 10.0, 40.0, 30.0]])
    for bbsoi in back:
        assert bbsoi.bounding_boxes[0].label == "b"
        got = bbsoi.to_xyxy_array()
        if exact:
            assert np.abs(got - expected).max() < 0.5
        else:  # the box around the mapped-back corners holds the original box
            assert got[0, 0] <= 12.5 and got[0, 1] <= 10.5
            assert got[0, 2] >= 39.5 and got[0, 3] >= 29.5


def _blob_centroid(arr):
    arr = arr.astype(np.float64)
    if arr.ndim == 3:
        arr = arr[..., 0]
    ys, xs = np.mgrid[0 : arr.shape[0], 0 : arr.shape[1]]
    total = arr.sum()
    return np.array([(xs * arr).sum() / total, (ys * arr).sum() / total])


@pytest.mark.parametrize("name", list(INVERTIBLE))
def test_maps_come_back(name):
    aug = INVERTIBLE[name][0]()
    heat = np.zeros((H, W, 1), dtype=np.float32)
    heat[16:28, 20:34] = 1.0
    seg = np.zeros((H // 2, W // 2), dtype=np.int32)
    seg[8:14, 10:17] = 2
    hms = [HeatmapsOnImage(heat, shape=SHAPE) for _ in range(NB_ROWS)]
    segs = [SegmentationMapsOnImage(seg, shape=SHAPE) for _ in range(NB_ROWS)]
    aug.seed_(9)
    (_, hms_aug, segs_aug), rec = iaa.record(
        aug, images=_images(), heatmaps=hms, segmentation_maps=segs
    )
    hms_back, segs_back = iaa.invert_record(
        aug, rec, heatmaps=hms_aug, segmentation_maps=segs_aug
    )
    for hm, sg in zip(hms_back, segs_back):
        assert hm.shape == SHAPE and hm.arr_0to1.shape == heat.shape
        # maps keep their resolution relative to the image (+-1 px from rounding)
        assert sg.shape == SHAPE
        assert np.abs(np.subtract(sg.arr.shape[0:2], seg.shape)).max() <= 1
        centre = _blob_centroid(heat)
        assert np.abs(_blob_centroid(hm.arr_0to1) - centre).max() < 1.0
        # within one pixel of the (half resolution) map
        mask = sg.arr[..., 0] == 2
        assert np.abs(_blob_centroid(mask) - _blob_centroid(seg == 2)).max() <= 1.0
        assert set(np.unique(sg.arr)) <= {0, 2}


def test_jigsaw_keypoints_and_maps():
    aug = iaa.Jigsaw(nb_rows=(2, 4), nb_cols=(2, 4), max_steps=2)
    back, kps_aug = _augment_and_invert(aug, "keypoints", _kps())
    moved = any(np.abs(k.to_xy_array() - _POINTS).max() > 1 for k in kps_aug)
    assert moved
    for kpsoi in back:
        assert np.abs(kpsoi.to_xy_array() - _POINTS).max() < 0.01


def test_blob_and_keypoint_stay_aligned_through_a_pipeline():
    aug = iaa.Sequential(
        [
            iaa.Fliplr(0.5),
            iaa.Sometimes(0.7, iaa.Affine(rotate=(-20, 20), scale=(0.8, 1.2))),
            iaa.Add((-10, 10)),
            iaa.SomeOf(
                (1, 2),
                [
                    iaa.CropAndPad(px=(-6, 6), keep_size=False),
                    iaa.Rot90((1, 3), keep_size=False),
                ],
            ),  # fmt: skip
            iaa.GaussianBlur((0, 1.0)),
        ],
        random_order=True,
    )
    back, _ = _augment_and_invert(aug, "keypoints", _kps())
    for kpsoi in back:
        assert np.abs(kpsoi.to_xy_array() - _POINTS).max() < 0.01


def test_test_time_augmentation_average():
    """8 augmented copies, 'predict' on each, invert, average: the original."""
    image = _images()[0]
    heat = np.zeros((H, W, 1), dtype=np.float32)
    heat[10:30, 15:40] = 1.0
    truth = HeatmapsOnImage(heat, shape=SHAPE)
    tta = iaa.Sequential([iaa.Fliplr(0.5), iaa.Affine(scale=(0.9, 1.1))]).seed_(2)
    (_, predictions), rec = iaa.record(
        tta, images=np.stack([image] * 8), heatmaps=[truth] * 8
    )
    back = iaa.invert_record(tta, rec, heatmaps=predictions)
    mean = np.mean([hm.get_arr() for hm in back], axis=0)
    assert np.abs(mean - heat)[2:-2, 2:-2].mean() < 0.05


# ---------------------------------------------------------------- not invertible
@pytest.mark.parametrize(
    "aug, name",
    [
        (iaa.WithPolarWarping(iaa.Affine(translate_px={"x": 3})), "WithPolarWarping"),
        (iaa.Lambda(func_keypoints=lambda kps, *args: kps), "Lambda"),
        (iaa.TotalDropout(1.0), "TotalDropout"),
        (iaa.ClipCBAsToImagePlanes(), "ClipCBAsToImagePlanes"),
    ],
)
def test_not_invertible_augmenters_name_themselves(aug, name):
    images = _images()
    (_, kps_aug), rec = iaa.record(aug, images=images, keypoints=_kps())
    with pytest.raises(NotInvertibleError, match=name):
        iaa.invert_record(aug, rec, keypoints=kps_aug)


def test_not_invertible_augmenter_that_did_not_run_is_fine():
    aug = iaa.Sequential([iaa.Fliplr(1.0), iaa.Sometimes(0.0, iaa.TotalDropout(1.0))])
    (_, kps_aug), rec = iaa.record(aug, images=_images(), keypoints=_kps())
    back = iaa.invert_record(aug, rec, keypoints=kps_aug)
    assert np.abs(back[0].to_xy_array() - _POINTS).max() < 0.01


def test_pixel_only_augmenters_and_containers_are_transparent():
    aug = iaa.Sequential(
        [
            iaa.WithColorspace("HSV", children=iaa.Add((-10, 10))),
            iaa.MultiplyHueAndSaturation((0.8, 1.2)),
            iaa.Fliplr(1.0),
            iaa.Identity(),
            iaa.ChannelShuffle(1.0),
        ]
    )
    (_, kps_aug), rec = iaa.record(aug, images=_images(), keypoints=_kps())
    back = iaa.invert_record(aug, rec, keypoints=kps_aug)
    assert np.abs(back[0].to_xy_array() - _POINTS).max() < 0.01


def test_invert_bad_input():
    aug = iaa.Crop(px=(2, 6), keep_size=False).seed_(1)
    images = _images()
    (_, kps_aug), rec = iaa.record(aug, images=images, keypoints=_kps())
    with pytest.raises(ValueError, match="not images"):
        iaa.invert_record(aug, rec, images=images)
    with pytest.raises(ReplayError, match="row"):
        iaa.invert_record(aug, rec, keypoints=kps_aug[:2])
    with pytest.raises(ReplayError, match="shape"):
        iaa.invert_record(
            aug, rec, keypoints=_kps()
        )  # on the original shapes, not the new


def test_invert_leaves_rng_states_alone():
    aug = iaa.Affine(rotate=(-20, 20)).seed_(4)
    (_, kps_aug), rec = iaa.record(aug, images=_images(), keypoints=_kps())
    state = str(aug.random_state.state)
    iaa.invert_record(aug, rec, keypoints=kps_aug)
    assert str(aug.random_state.state) == state
