"""The heavy pipeline of the imgaug 0.4.0 README runs unchanged.

It is the first thing a migrating user pastes: the "complex augmentation" example
of the 0.4.0 README and documentation, applied to a batch of 16 images with
keypoints and bounding boxes. Two spellings are run: the README's (0.4.0 names)
and the older documentation's (the deprecated ``SimplexNoiseAlpha``,
``FrequencyNoiseAlpha(first=, second=)`` and ``ContrastNormalization``, which warn).
"""

import warnings

import numpy as np
import pytest

import imgaug as ia
import imgaug.augmenters as iaa
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage


def _readme_pipeline(old_names=False):
    """The pipeline as written in the 0.4.0 README (comments shortened)."""

    # Sometimes(0.5, ...) applies the given augmenter in 50% of all cases
    def sometimes(aug):
        return iaa.Sometimes(0.5, aug)

    if old_names:
        simplex_alpha = iaa.SimplexNoiseAlpha(
            iaa.OneOf(
                [
                    iaa.EdgeDetect(alpha=(0.5, 1.0)),
                    iaa.DirectedEdgeDetect(alpha=(0.5, 1.0), direction=(0.0, 1.0)),
                ]
            )
        )
        frequency_alpha = iaa.FrequencyNoiseAlpha(
            exponent=(-4, 0),
            first=iaa.Multiply((0.5, 1.5), per_channel=True),
            second=iaa.ContrastNormalization((0.5, 2.0)),
        )
        contrast = iaa.ContrastNormalization((0.5, 2.0), per_channel=0.5)
    else:
        simplex_alpha = iaa.BlendAlphaSimplexNoise(
            iaa.OneOf(
                [
                    iaa.EdgeDetect(alpha=(0.5, 1.0)),
                    iaa.DirectedEdgeDetect(alpha=(0.5, 1.0), direction=(0.0, 1.0)),
                ]
            )
        )
        frequency_alpha = iaa.BlendAlphaFrequencyNoise(
            exponent=(-4, 0),
            foreground=iaa.Multiply((0.5, 1.5), per_channel=True),
            background=iaa.LinearContrast((0.5, 2.0)),
        )
        contrast = iaa.LinearContrast((0.5, 2.0), per_channel=0.5)

    return iaa.Sequential(
        [
            iaa.Fliplr(0.5),
            iaa.Flipud(0.2),
            sometimes(
                iaa.CropAndPad(percent=(-0.05, 0.1), pad_mode=ia.ALL, pad_cval=(0, 255))
            ),
            sometimes(
                iaa.Affine(
                    scale={"x": (0.8, 1.2), "y": (0.8, 1.2)},
                    translate_percent={"x": (-0.2, 0.2), "y": (-0.2, 0.2)},
                    rotate=(-45, 45),
                    shear=(-16, 16),
                    order=[0, 1],
                    cval=(0, 255),
                    mode=ia.ALL,
                )
            ),
            iaa.SomeOf(
                (0, 5),
                [
                    sometimes(
                        iaa.Superpixels(p_replace=(0, 1.0), n_segments=(20, 200))
                    ),
                    iaa.OneOf(
                        [
                            iaa.GaussianBlur((0, 3.0)),
                            iaa.AverageBlur(k=(2, 7)),
                            iaa.MedianBlur(k=(3, 11)),
                        ]
                    ),
                    iaa.Sharpen(alpha=(0, 1.0), lightness=(0.75, 1.5)),
                    iaa.Emboss(alpha=(0, 1.0), strength=(0, 2.0)),
                    simplex_alpha,
                    iaa.AdditiveGaussianNoise(
                        loc=0, scale=(0.0, 0.05 * 255), per_channel=0.5
                    ),
                    iaa.OneOf(
                        [
                            iaa.Dropout((0.01, 0.1), per_channel=0.5),
                            iaa.CoarseDropout(
                                (0.03, 0.15), size_percent=(0.02, 0.05), per_channel=0.2
                            ),
                        ]
                    ),
                    iaa.Invert(0.05, per_channel=True),
                    iaa.Add((-10, 10), per_channel=0.5),
                    iaa.AddToHueAndSaturation((-20, 20)),
                    iaa.OneOf(
                        [iaa.Multiply((0.5, 1.5), per_channel=0.5), frequency_alpha]
                    ),
                    contrast,
                    iaa.Grayscale(alpha=(0.0, 1.0)),
                    sometimes(iaa.ElasticTransformation(alpha=(0.5, 3.5), sigma=0.25)),
                    sometimes(iaa.PiecewiseAffine(scale=(0.01, 0.05))),
                    sometimes(iaa.PerspectiveTransform(scale=(0.01, 0.1))),
                ],
                random_order=True,
            ),
        ],
        random_order=True,
    )


def _batch(nb_images=16, height=64, width=80):
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, size=(nb_images, height, width, 3), dtype=np.uint8)
    keypoints = [
        KeypointsOnImage(
            [Keypoint(10, 12), Keypoint(40, 30), Keypoint(70, 50)],
            shape=images[0].shape,
        )
        for _ in range(nb_images)
    ]
    boxes = [
        BoundingBoxesOnImage(
            [BoundingBox(5, 5, 30, 25), BoundingBox(35, 20, 75, 60)],
            shape=images[0].shape,
        )
        for _ in range(nb_images)
    ]
    return images, keypoints, boxes


def _check_results(images, keypoints, boxes, images_aug, kps_aug, bbs_aug):
    assert images_aug.shape == images.shape and images_aug.dtype == np.uint8
    assert len(kps_aug) == len(bbs_aug) == len(images)
    for kpsoi, bbsoi in zip(kps_aug, bbs_aug):
        assert len(kpsoi.keypoints) == 3 and len(bbsoi.bounding_boxes) == 2
        assert kpsoi.shape == images.shape[1:]
        assert np.all(np.isfinite(kpsoi.to_xy_array()))
        assert np.all(np.isfinite(bbsoi.to_xyxy_array()))
    assert not np.array_equal(images_aug, images)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_readme_pipeline_runs_on_a_batch_with_keypoints_and_boxes(seed):
    ia.seed(seed)
    seq = _readme_pipeline()
    images, keypoints, boxes = _batch()
    images_aug, kps_aug, bbs_aug = seq(
        images=images, keypoints=keypoints, bounding_boxes=boxes
    )
    _check_results(images, keypoints, boxes, images_aug, kps_aug, bbs_aug)


def test_readme_pipeline_with_deprecated_names():
    ia.seed(4)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        seq = _readme_pipeline(old_names=True)
    assert caught
    assert all(issubclass(w.category, ia.DeprecationWarning) for w in caught)
    images, keypoints, boxes = _batch()
    images_aug, kps_aug, bbs_aug = seq(
        images=images, keypoints=keypoints, bounding_boxes=boxes
    )
    _check_results(images, keypoints, boxes, images_aug, kps_aug, bbs_aug)


def test_readme_pipeline_deterministic_mode_aligns_images_and_keypoints():
    seq = _readme_pipeline().to_deterministic()
    images, keypoints, _ = _batch(nb_images=4)
    first = seq(images=images, keypoints=keypoints)
    second = seq(images=images, keypoints=keypoints)
    assert np.array_equal(first[0], second[0])
    assert all(
        np.allclose(a.to_xy_array(), b.to_xy_array())
        for a, b in zip(first[1], second[1])
    )
