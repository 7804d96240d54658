"""``augment(..., seed_key=...)``: one sample, randomness fixed by its key."""

import pickle
import threading

import numpy as np
import pytest

import imgaug.augmenters as iaa
import imgaug.random as iarandom
from imgaug.augmentables.bbs import BoundingBox, BoundingBoxesOnImage
from imgaug.augmentables.kps import Keypoint, KeypointsOnImage
from imgaug.augmenters import meta
from imgaug.validation import InvalidTypeError, InvalidValueError


def _pipeline(seed=None):
    return iaa.Sequential(
        [
            iaa.Fliplr(0.5),
            iaa.Affine(rotate=(-30, 30), translate_px=(-3, 3)),
            iaa.Sometimes(0.5, iaa.GaussianBlur((0.5, 1.5))),
            iaa.SomeOf((1, 2), [iaa.Add((-30, 30)), iaa.Multiply((0.7, 1.3))]),
        ],
        random_order=True,
        seed=seed,
    )


def _image(seed=0, shape=(24, 32, 3)):
    return np.random.default_rng(seed).integers(0, 256, shape).astype(np.uint8)


def test_same_key_same_output_whatever_ran_before():
    aug, image = _pipeline(), _image()
    first = aug(image=image, seed_key=(1, 0, 5))
    aug(images=[image] * 3)  # advances the global RNG
    iarandom.seed(99)
    assert np.array_equal(aug(image=image, seed_key=(1, 0, 5)), first)
    # another instance with other own seeds, and a pickled copy
    assert np.array_equal(_pipeline(seed=4)(image=image, seed_key=(1, 0, 5)), first)
    restored = pickle.loads(pickle.dumps(aug))
    assert np.array_equal(restored(image=image, seed_key=(1, 0, 5)), first)


def test_keys_give_different_samples():
    aug, image = _pipeline(), _image()
    outputs = [aug(image=image, seed_key=(1, 0, i)) for i in range(8)]
    outputs += [aug(image=image, seed_key=(1, 1, 0)), aug(image=image, seed_key=2)]
    distinct = {output.tobytes() for output in outputs}
    assert len(distinct) == len(outputs)


@pytest.mark.parametrize(
    ("key_a", "key_b"),
    [
        ((1, 2), (1, 2, 0)),  # trailing zero is not padding
        (5, (5, 0)),
        ((2**32, 0), (0, 1)),  # no word aliasing between components
        ((1, 0, 0), (0, 1, 0)),
    ],
)
def test_similar_keys_are_distinct_streams(key_a, key_b):
    draw_a = meta._rng_from_seed_key(key_a).integers(0, 2**31 - 1, size=(4,))
    draw_b = meta._rng_from_seed_key(key_b).integers(0, 2**31 - 1, size=(4,))
    assert not np.array_equal(draw_a, draw_b)


def test_key_forms_are_equivalent():
    expected = meta._rng_from_seed_key((3, 1, 2)).integers(0, 1000, size=(5,))
    for key in ([3, 1, 2], (np.int64(3), np.uint8(1), 2)):
        drawn = meta._rng_from_seed_key(key).integers(0, 1000, size=(5,))
        assert np.array_equal(drawn, expected)
    single = meta._rng_from_seed_key(3).integers(0, 1000, size=(5,))
    single_tuple = meta._rng_from_seed_key((3,)).integers(0, 1000, size=(5,))
    assert np.array_equal(single, single_tuple)


def test_own_and_global_rngs_are_not_advanced():
    aug = _pipeline(seed=3)
    iarandom.seed(4)
    expected_next = _pipeline(seed=3)(image=_image())
    iarandom.seed(4)
    aug(image=_image(), seed_key=(0, 0, 0))
    aug(image=_image(), seed_key=(0, 0, 1))
    assert np.array_equal(aug(image=_image()), expected_next)


def test_all_kinds_move_together():
    image = np.zeros((40, 40, 3), dtype=np.uint8)
    image[8:12, 28:32] = 255
    kpsoi = KeypointsOnImage([Keypoint(29.5, 9.5)], shape=image.shape)
    bbsoi = BoundingBoxesOnImage([BoundingBox(28, 8, 32, 12)], shape=image.shape)
    aug = iaa.Sequential([iaa.Fliplr(0.5), iaa.Affine(rotate=(-40, 40))])
    for index in range(6):
        key = (0, 0, index)
        image_aug, kps_aug, bbs_aug = aug(
            image=image, keypoints=kpsoi, bounding_boxes=bbsoi, seed_key=key
        )
        assert np.array_equal(aug(image=image, seed_key=key), image_aug)
        ys, xs = np.nonzero(image_aug[..., 0] > 128)
        center = np.array([xs.mean() + 0.5, ys.mean() + 0.5])
        assert np.allclose(kps_aug.to_xy_array()[0], center, atol=1.5)
        assert np.allclose(bbs_aug.bounding_boxes[0].center_x, center[0], atol=1.5)


def test_one_row_batch_equals_single_image():
    aug, image = _pipeline(), _image()
    single = aug(image=image, seed_key=(2, 3, 4))
    batch = aug(images=image[np.newaxis], seed_key=(2, 3, 4))
    listed = aug(images=[image], seed_key=(2, 3, 4))
    assert np.array_equal(batch[0], single)
    assert np.array_equal(listed[0], single)
    kps = aug(
        keypoints=[KeypointsOnImage([Keypoint(1, 2)], shape=(10, 10))], seed_key=1
    )
    assert len(kps) == 1


def test_deterministic_augmenters_keep_their_samples():
    det = iaa.Affine(rotate=(-40, 40)).to_deterministic()
    image = _image()
    fixed = det(image=image)
    assert np.array_equal(det(image=image, seed_key=(0, 0, 1)), fixed)
    assert np.array_equal(det(image=image, seed_key=(0, 0, 2)), fixed)


def test_threads_sharing_one_augmenter_agree_with_serial():
    aug = _pipeline()
    images = [_image(seed=i) for i in range(24)]
    expected = [aug(image=img, seed_key=(5, 0, i)) for i, img in enumerate(images)]
    results = [None] * len(images)

    def work(offset):
        for i in range(offset, len(images), 4):
            results[i] = aug(image=images[i], seed_key=(5, 0, i))

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for got, want in zip(results, expected, strict=True):
        assert np.array_equal(got, want)
    assert meta._SEED_KEY_STATE.rng is None


def test_nested_keyed_call_inside_lambda_restores_outer_key():
    inner = iaa.Affine(rotate=(-40, 40))

    def func(images, random_state, parents, hooks):
        return [inner(image=img, seed_key=(9, 9, 9)) for img in images]

    aug = iaa.Sequential([iaa.Lambda(func_images=func), iaa.Add((-40, 40))])
    image = _image()
    first = aug(image=image, seed_key=(1, 1, 1))
    assert np.array_equal(aug(image=image, seed_key=(1, 1, 1)), first)
    assert meta._SEED_KEY_STATE.rng is None


def test_state_is_reset_after_an_error():
    aug = iaa.AssertShape((None, 5, 5, 3))
    with pytest.raises(AssertionError):
        aug(image=_image(), seed_key=(0, 0, 0))
    assert meta._SEED_KEY_STATE.rng is None


@pytest.mark.parametrize(
    ("key", "error"),
    [
        ("abc", InvalidTypeError),
        ((), InvalidTypeError),
        ((1, 2.5), InvalidTypeError),
        ((1, True), InvalidTypeError),
        (None, None),
        ((1, -1), InvalidValueError),
        (2**64, InvalidValueError),
    ],
)
def test_bad_keys(key, error):
    aug = iaa.Fliplr(0.5)
    if error is None:  # None means "no key": the ordinary call
        aug(image=_image(), seed_key=key)
        return
    with pytest.raises(error, match="seed_key"):
        aug(image=_image(), seed_key=key)


def test_several_rows_are_refused():
    with pytest.raises(InvalidValueError, match="each row with its own key"):
        iaa.Fliplr(0.5)(images=[_image(), _image()], seed_key=(0, 0, 0))
