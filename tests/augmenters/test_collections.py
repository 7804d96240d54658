"""Tests of imgaug.augmenters.collections (spec §8): RandAugment."""

import numpy as np
import pytest

import imgaug.augmenters as iaa
import imgaug.parameters as iap
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmenters import arithmetic, pillike


def _image():
    rng = np.random.default_rng(1)
    return rng.integers(0, 256, size=(24, 32, 3), dtype=np.uint8)


def test_structure_and_operation_list():
    aug = iaa.RandAugment(n=2, m=9)
    assert isinstance(aug, iaa.Sequential) and len(aug) == 2
    initial, main = aug[0], aug[1]
    assert [type(child) for child in initial] == [iaa.Fliplr, iaa.KeepSizeByResize]
    assert isinstance(main, iaa.SomeOf) and main.random_order
    expected = [
        iaa.Identity,
        pillike.Autocontrast,
        pillike.Equalize,
        arithmetic.Invert,
        pillike.Affine,
        pillike.Posterize,
        pillike.Solarize,
        pillike.EnhanceColor,
        pillike.EnhanceContrast,
        pillike.EnhanceBrightness,
        pillike.EnhanceSharpness,
        pillike.Affine,
        pillike.Affine,
        pillike.Affine,
        pillike.Affine,
        arithmetic.Cutout,
        pillike.FilterBlur,
        pillike.FilterSmooth,
    ]
    assert [type(child) for child in main] == expected


def test_all_children_share_one_generator():
    aug = iaa.RandAugment(seed=4)
    children = [*aug[0], *aug[1], *aug[0][1].get_all_children(flat=True)]
    assert len({id(child.random_state) for child in children}) == 1


def test_parameters():
    aug = iaa.RandAugment(n=3, m=(2, 5), cval=7)
    n, m, cval = aug.get_parameters()
    assert n == 3 or getattr(n, "value", None) == 3
    assert isinstance(m, iap.DiscreteUniform)
    assert cval == 7


def test_magnitude_zero_without_operations_only_flips():
    image = _image()
    kps = KeypointsOnImage([Keypoint(3.0, 5.0)], shape=image.shape)
    seen = set()
    for seed in range(6):
        result, kps_aug = iaa.RandAugment(n=0, m=0, seed=seed)(
            image=image, keypoints=kps
        )
        flipped = np.array_equal(result, image[:, ::-1])
        assert flipped or np.array_equal(result, image)
        expected_x = 32 - 3.0 if flipped else 3.0
        assert kps_aug.keypoints[0].x == pytest.approx(expected_x)
        seen.add(flipped)
    assert seen == {True, False}


def test_magnitude_mapping_of_solarize_and_posterize():
    aug = iaa.RandAugment(m=15)
    posterize, solarize = aug[1][5], aug[1][6]
    # 8 - clip(int(15 * 6 / 30), 0, 6) = 5 bits; 256 - int(15 * 256 / 30) = 128
    nb_bits = posterize.get_parameters()[0]
    assert np.all(nb_bits.draw_samples((5,), random_state=0) == 5)
    thresholds = solarize.get_parameters()[4].draw_samples((5,), random_state=0)
    assert np.all(thresholds == 128)


def test_cval_fills_affine_and_cutout():
    aug = iaa.RandAugment(cval=17)
    assert aug[1][4].get_parameters()[4].value == 17
    assert aug[1][15].get_parameters()[5].value == 17


def test_deterministic_with_seed():
    image = _image()
    first = iaa.RandAugment(n=3, m=20, seed=8)(images=[image] * 4)
    second = iaa.RandAugment(n=3, m=20, seed=8)(images=[image] * 4)
    assert all(np.array_equal(a, b) for a, b in zip(first, second))


def test_bad_arguments_and_inputs():
    with pytest.raises(ValueError, match="m"):
        iaa.RandAugment(m=-1)
    with pytest.raises(ValueError, match="channel"):
        iaa.RandAugment(n=0)(image=np.zeros((8, 8, 5), np.uint8))
    with pytest.raises(ValueError):
        iaa.RandAugment(n=0)(image=np.zeros((8, 8, 3), np.float32))
