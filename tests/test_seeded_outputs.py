"""Seeded outputs of a few pipelines, pinned as digests.

Speed work on the engine (fast paths for single images, cheaper sampling and RNG
handling) must not change a single seeded output. Every scenario below runs a
seeded pipeline through several entry points and compares a digest of all outputs
with the value recorded when the scenario was added. A mismatch means results
drifted: if the change is deliberate (e.g. a new sampling order), it needs a
CHANGELOG line, and the new digests come from ``python tests/test_seeded_outputs.py``.
"""

import hashlib
import platform

import numpy as np
import pytest

import imgaug.augmenters as iaa
import imgaug.parameters as iap
import imgaug.random as iarandom
from imgaug.augmentables.batches import UnnormalizedBatch
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage


def _digest(value):
    hasher = hashlib.sha256()

    def feed(item):
        if isinstance(item, np.ndarray):
            hasher.update(f"{item.shape}{item.dtype}".encode())
            hasher.update(np.ascontiguousarray(item).tobytes())
        elif isinstance(item, (list, tuple)):
            hasher.update(b"[")
            for entry in item:
                feed(entry)
            hasher.update(b"]")
        elif isinstance(item, KeypointsOnImage):
            feed(item.to_xy_array())
        elif isinstance(item, BoundingBoxesOnImage):
            feed(item.to_xyxy_array())
        elif isinstance(item, (HeatmapsOnImage, SegmentationMapsOnImage)):
            feed(item.get_arr())
        elif isinstance(item, np.generic):
            feed(np.asarray(item))
        else:
            hasher.update(repr(item).encode())

    feed(value)
    return hasher.hexdigest()[:20]


def _image(height, width, seed):
    yy, xx = np.mgrid[0:height, 0:width]
    base = np.stack([xx * 4, yy * 3, (xx + yy) * 2], axis=-1)
    noise = np.random.default_rng(seed).integers(0, 40, (height, width, 3))
    return np.clip(base + noise, 0, 255).astype(np.uint8)


def _annotations(shape):
    height, width = shape[0:2]
    return {
        "keypoints": KeypointsOnImage(
            [Keypoint(10.5, 12.25), Keypoint(30, 40)], shape=shape
        ),
        "bounding_boxes": BoundingBoxesOnImage(
            [BoundingBox(5, 6, 30, 40)], shape=shape
        ),
        "heatmaps": HeatmapsOnImage(
            np.linspace(0, 1, height * width, dtype=np.float32).reshape(
                height, width, 1
            ),
            shape=shape,
        ),
        "segmentation_maps": SegmentationMapsOnImage(
            (np.arange(height * width) % 5).reshape(height, width).astype(np.int32),
            shape=shape,
        ),
    }


IMG_A = _image(64, 64, 0)
IMG_B = _image(64, 64, 1)
IMG_C = _image(48, 56, 2)


def _issue_pipeline(seed=1):
    return iaa.Sequential(
        [
            iaa.Fliplr(0.5),
            iaa.Affine(rotate=(-10, 10)),
            iaa.GaussianBlur((0.1, 1.0)),
            iaa.Multiply((0.8, 1.2)),
            iaa.AdditiveGaussianNoise(scale=(0.02 * 255, 0.05 * 255), per_channel=True),
        ],
        seed=seed,
    )


def _containers_pipeline():
    return iaa.Sequential(
        [
            iaa.SomeOf((1, 2), [iaa.Fliplr(1.0), iaa.Flipud(1.0), iaa.Add((-20, 20))]),
            iaa.OneOf([iaa.Affine(scale=(0.8, 1.2)), iaa.Affine(translate_px=(-5, 5))]),
            iaa.Sometimes(0.5, iaa.Crop(px=(0, 6)), iaa.Pad(px=(0, 4))),
            iaa.LinearContrast((0.6, 1.4), per_channel=0.5),
        ],
        random_order=True,
    ).seed_(3)


def _scenario_issue_pipeline_entry_points():
    aug = _issue_pipeline()
    outputs = [aug(image=IMG_A), aug(image=IMG_A), aug.augment_image(IMG_B)]
    outputs.append(aug.augment_images(np.stack([IMG_A, IMG_B, IMG_A])))
    outputs.append(aug.augment_images([IMG_A, IMG_C]))
    outputs.append(aug(images=[IMG_C]))
    outputs.append(aug(image=IMG_A[:, :, 0]))
    return outputs


def _scenario_issue_pipeline_with_annotations():
    aug = _issue_pipeline(seed=2)
    annotations = _annotations(IMG_A.shape)
    single = aug(image=IMG_A, **annotations)
    batch = aug(
        images=[IMG_A, IMG_C],
        keypoints=[annotations["keypoints"], _annotations(IMG_C.shape)["keypoints"]],
    )
    return [single, batch]


def _scenario_containers():
    aug = _containers_pipeline()
    outputs = []
    for _ in range(3):
        annotations = [_annotations(image.shape) for image in (IMG_A, IMG_B, IMG_C)]
        outputs.append(
            aug(
                images=[IMG_A, IMG_B, IMG_C],
                keypoints=[a["keypoints"] for a in annotations],
                bounding_boxes=[a["bounding_boxes"] for a in annotations],
            )
        )
    maps = [_annotations(IMG_A.shape), _annotations(IMG_B.shape)]
    outputs.append(
        aug(
            images=np.stack([IMG_A, IMG_B]),
            heatmaps=[m["heatmaps"] for m in maps],
            segmentation_maps=[m["segmentation_maps"] for m in maps],
        )
    )
    return outputs


def _scenario_deterministic():
    det = _containers_pipeline().to_deterministic()
    flip = iaa.Fliplr(0.5, seed=4).to_deterministic()
    return [det(image=IMG_A), det(image=IMG_B), flip(images=[IMG_A, IMG_B, IMG_C])]


def _scenario_global_rng():
    iarandom.seed(5)
    aug = iaa.Sequential([iaa.Fliplr(0.5), iaa.Add((-30, 30)), iaa.Affine(rotate=90)])
    return [aug(image=IMG_A), aug(images=[IMG_B, IMG_C])]


def _scenario_lut_rows():
    augs = [
        iaa.Multiply((0.5, 1.5), seed=1),
        iaa.Multiply((0.5, 1.5), per_channel=True, seed=2),
        iaa.LinearContrast((0.5, 1.5), seed=3),
        iaa.GammaContrast((0.5, 2.0), per_channel=True, seed=4),
        iaa.Add((-40, 40), per_channel=0.5, seed=5),
    ]
    return [[aug(image=IMG_A), aug(images=np.stack([IMG_B, IMG_A]))] for aug in augs]


def _scenario_augment_batches():
    aug = _issue_pipeline(seed=6)
    batches = [
        UnnormalizedBatch(images=[IMG_A, IMG_B]),
        UnnormalizedBatch(images=np.stack([IMG_A, IMG_B])),
    ]
    return [batch.images_aug for batch in aug.augment_batches(batches)]


def _scenario_parameter_draws():
    params = [
        iap.Uniform(-2, 3),
        iap.Uniform((0, 1), (2, 3)),
        iap.Normal(1, 2),
        iap.Binomial(0.3),
        iap.Choice([1, 5, 9]),
        iap.DiscreteUniform(-3, 8),
        iap.TruncatedNormal(0, 1, -1, 1),
        iap.Clip(iap.Normal(0, 3), -1, 1),
        iap.Uniform(0, 1) * iap.Normal(0, 1),
    ]
    outputs = []
    for param in params:
        rng = iarandom.RNG(3)
        outputs.append(
            [
                param.draw_samples((1,), random_state=rng),
                param.draw_samples((5,), random_state=rng),
                param.draw_sample(random_state=rng),
                param.draw_samples((2, 3), random_state=rng),
                rng.integers(0, 1000, (3,)),
            ]
        )
    return outputs


SCENARIOS = {
    "issue_pipeline_entry_points": _scenario_issue_pipeline_entry_points,
    "issue_pipeline_with_annotations": _scenario_issue_pipeline_with_annotations,
    "containers": _scenario_containers,
    "deterministic": _scenario_deterministic,
    "global_rng": _scenario_global_rng,
    "lut_rows": _scenario_lut_rows,
    "augment_batches": _scenario_augment_batches,
    "parameter_draws": _scenario_parameter_draws,
}


def _stack():
    """NumPy and OpenCV versions (major.minor): their rounding shapes the outputs."""
    import cv2

    def short(version):
        return ".".join(version.split(".")[:2])

    return f"numpy {short(np.__version__)}, opencv {short(cv2.__version__)}"


#: Digests per stack, recorded on x86-64 (newest and oldest supported stacks); a
#: tuple lists every digest seen for a scenario on the machines CI runs on.
DIGESTS = {
    "numpy 2.4, opencv 5.1": {
        "issue_pipeline_entry_points": "ed022f3a028e4c985f26",
        "issue_pipeline_with_annotations": "5ffa73e5347aa8b55c0e",
        # two machines of the same kind (AMD EPYC, x86-64, same packages) give two
        # results here, stably each; the op that differs is not pinned down yet
        "containers": ("3b13d3e7789b12424462", "765f6abb39d25299ce06"),
        "deterministic": "b2a252188195d7a76dc1",
        "global_rng": "b11d9e04a7e676f26b25",
        "lut_rows": "95ec159a9be84c349568",
        "augment_batches": "899894d73702d0f21312",
        "parameter_draws": "d223f11761c9220789f8",
    },
    "numpy 1.26, opencv 4.10": {
        "issue_pipeline_entry_points": "7794e7a48ecc43431d05",
        "issue_pipeline_with_annotations": "a06da378657180d22527",
        "containers": "a3f76de6e9795667c62a",
        "deterministic": "694a788890854fae70af",
        "global_rng": "b11d9e04a7e676f26b25",
        "lut_rows": "95ec159a9be84c349568",
        "augment_batches": "3d77a1048f690cea083d",
        "parameter_draws": "d223f11761c9220789f8",
    },
}


# OpenCV and numpy's distributions may round differently on other CPU families
@pytest.mark.skipif(
    platform.machine().lower() not in ("x86_64", "amd64"),
    reason="digests were recorded on x86-64",
)
@pytest.mark.parametrize("name", list(SCENARIOS))
def test_seeded_outputs_unchanged(name):
    digests = DIGESTS.get(_stack())
    if digests is None:
        pytest.skip(f"no digests recorded for {_stack()}")
    expected = digests[name]
    expected = (expected,) if isinstance(expected, str) else expected
    assert _digest(SCENARIOS[name]()) in expected


if __name__ == "__main__":
    print(_stack())
    for scenario_name, func in SCENARIOS.items():
        iarandom.seed(0)
        print(f"        {scenario_name!r}: {_digest(func())!r},")
