"""Out-of-place leaves write into the images once the batch owns them.

Leaves with ``_IMAGES_OUT_OF_PLACE`` run ``_augment_images_by_samples_`` (in place)
instead of ``_augment_images_by_samples`` when ``batch.owns_images``. The
reference results below come from the same pipelines with that switched off
(``owns_images`` patched to False): the out-of-place route every leaf had before.
"""

import numpy as np
import pytest

import imgaug as ia
import imgaug.augmenters as iaa
import imgaug.random as iarandom
from imgaug.augmentables.batches import UnnormalizedBatch, _BatchInAugmentation


def _leaves():
    return [
        iaa.Fliplr(0.5),
        iaa.Flipud(0.5),
        iaa.Affine(rotate=(-10, 10)),
        iaa.GaussianBlur((0, 1.0)),
        iaa.Multiply((0.8, 1.2)),
        iaa.Multiply((0.8, 1.2), per_channel=True),
        iaa.Add((-20, 20), per_channel=0.5),
        iaa.AdditiveGaussianNoise(scale=(0, 0.05 * 255)),
    ]


def _pipeline():
    return iaa.Sequential(_leaves())


PIPELINES = {
    "Sequential": _pipeline,
    "Sequential-random_order": lambda: iaa.Sequential(_leaves(), random_order=True),
    "Sometimes": lambda: iaa.Sometimes(0.5, _leaves()[:4], _leaves()[4:]),
    "SomeOf": lambda: iaa.SomeOf((1, 4), _leaves()),
    "OneOf": lambda: iaa.Sequential([iaa.Fliplr(1.0), iaa.OneOf(_leaves())]),
    "WithChannels": lambda: iaa.Sequential(
        [iaa.Multiply(1.1), iaa.WithChannels([0, 2], _leaves())]
    ),
    "BlendAlpha": lambda: iaa.Sequential(
        [iaa.Fliplr(0.5), iaa.BlendAlpha((0.2, 0.8), _leaves()[:4], _leaves()[4:])]
    ),
    "BlendAlpha-one-branch": lambda: iaa.BlendAlpha(0.5, _pipeline()),
    "nested": lambda: iaa.Sequential(
        [
            iaa.Fliplr(0.5),
            iaa.Sometimes(0.7, iaa.Sequential([iaa.Affine(rotate=5), iaa.Add(3)])),
            iaa.SomeOf(2, [iaa.GaussianBlur(0.5), iaa.Multiply(0.9), iaa.Flipud(1)]),
        ]
    ),
}


def _images(nb_rows=6, shape=(9, 11, 3), dtype=np.uint8):
    rng = np.random.default_rng(3)
    return rng.integers(0, 256, size=(nb_rows, *shape)).astype(dtype)


def _reference(make, images, monkeypatch, **kwargs):
    with monkeypatch.context() as patch:
        patch.setattr(_BatchInAugmentation, "owns_images", property(lambda _: False))
        aug = make()
        aug.seed_(5)
        return aug.augment_images(images, **kwargs)


def _run(make, images, **kwargs):
    aug = make()
    aug.seed_(5)
    return aug.augment_images(images, **kwargs)


def _assert_same(results, expected):
    assert type(results) is type(expected)
    assert len(results) == len(expected)
    for result, want in zip(results, expected):
        assert result.dtype == want.dtype
        assert np.array_equal(result, want)


@pytest.mark.parametrize("as_list", [False, True])
@pytest.mark.parametrize("name", list(PIPELINES))
def test_containers_keep_results_and_inputs(name, as_list, monkeypatch):
    images = _images()
    if as_list:
        images = list(images)
    before = [np.copy(image) for image in images]
    expected = _reference(PIPELINES[name], images, monkeypatch)

    results = _run(PIPELINES[name], images)

    _assert_same(results, expected)
    for image, original in zip(images, before):
        assert np.array_equal(image, original)
    assert not any(np.may_share_memory(r, i) for r in results for i in images)


@pytest.mark.parametrize("name", ["Sequential", "SomeOf", "WithChannels"])
def test_list_with_one_array_twice(name, monkeypatch):
    image = _images(1)[0]
    images = [image, image, image[::-1]]  # two rows share one array, one a view
    before = np.copy(image)
    expected = _reference(PIPELINES[name], images, monkeypatch)

    results = _run(PIPELINES[name], images)

    _assert_same(results, expected)
    assert np.array_equal(image, before)


def test_non_contiguous_input_array(monkeypatch):
    base = _images(6, shape=(9, 22, 3))
    images = base[:, :, ::2]  # strided view of the caller's memory
    before = np.copy(base)
    expected = _reference(_pipeline, images, monkeypatch)

    results = _run(_pipeline, images)

    _assert_same(results, expected)
    assert np.array_equal(base, before)


def test_hooks(monkeypatch):
    def activator(images, augmenter, parents, default):
        return not isinstance(augmenter, iaa.GaussianBlur)

    def propagator(images, augmenter, parents, default):
        return not isinstance(augmenter, iaa.Sometimes)

    def make():
        return iaa.Sequential(
            [iaa.Fliplr(0.5), iaa.GaussianBlur(1.0), iaa.Sometimes(1.0, iaa.Add(9))]
            + _leaves()[2:]
        )

    images = _images()
    before = np.copy(images)
    hooks = ia.HooksImages(activator=activator, propagator=propagator)
    expected = _reference(make, images, monkeypatch, hooks=hooks)

    results = _run(make, images, hooks=hooks)

    _assert_same(results, expected)
    assert np.array_equal(images, before)


def test_to_deterministic_repeats_and_keeps_inputs(monkeypatch):
    images = _images()
    before = np.copy(images)
    det = _pipeline().to_deterministic()
    with monkeypatch.context() as patch:
        patch.setattr(_BatchInAugmentation, "owns_images", property(lambda _: False))
        expected = det.augment_images(images)

    first = det.augment_images(images)
    second = det.augment_images(images)

    _assert_same(first, expected)
    _assert_same(second, expected)
    assert np.array_equal(images, before)


def test_augment_batch_and_augment_call(monkeypatch):
    images = _images()
    before = np.copy(images)
    with monkeypatch.context() as patch:
        patch.setattr(_BatchInAugmentation, "owns_images", property(lambda _: False))
        aug = _pipeline()
        aug.seed_(1)
        expected = aug(images=images)
    aug = _pipeline()
    aug.seed_(1)
    result = aug(images=images)
    batch = UnnormalizedBatch(images=images)
    aug.seed_(1)
    batch_result = aug.augment_batch_(batch).images_aug

    assert np.array_equal(result, expected)
    assert np.array_equal(batch_result, expected)
    assert np.array_equal(images, before)


def test_owned_working_batch_is_written_in_place():
    images = _images()
    batch = _BatchInAugmentation(images=images)
    assert batch.owns_images

    result = iaa.Sequential(_leaves()[2:]).augment_batch_(batch)

    assert result.images is images


def test_first_out_of_place_result_makes_the_batch_owner():
    images = _images()
    batch = _BatchInAugmentation().borrow_images_(images)
    assert not batch.owns_images

    iaa.Fliplr(1.0).augment_batch_(batch)

    assert batch.owns_images
    assert not np.may_share_memory(batch.images, images)


def test_unchanged_rows_keep_the_batch_borrowing():
    images = _images()
    batch = _BatchInAugmentation().borrow_images_(list(images))

    iaa.Fliplr(0.0).augment_batch_(batch)  # returns the caller's rows

    assert not batch.owns_images
    batch.own_images_()
    assert not any(np.may_share_memory(image, images) for image in batch.images)


@pytest.mark.parametrize("as_list", [False, True])
def test_note_images_replaced_with_partly_shared_list(as_list):
    images = _images(3)
    batch = _BatchInAugmentation().borrow_images_(list(images))
    batch.images = [np.copy(images[0]), images[1], np.copy(images[2])]

    batch.note_images_replaced_()

    assert not batch.owns_images
    batch.images[1] = np.copy(images[1])
    batch.note_images_replaced_()
    assert batch.owns_images


# ------------------------------------------------- in place == out of place, leaves
DTYPES = ["uint8", "uint16", "int16", "float32", "float64", "bool"]
ARITH_DTYPES = ["uint8", "uint16", "int16", "float32"]
LEAVES_BY_DTYPE = {
    "Fliplr": (lambda: iaa.Fliplr(0.5), DTYPES),
    "Flipud": (lambda: iaa.Flipud(0.5), DTYPES),
    "Affine": (lambda: iaa.Affine(rotate=(-20, 20), cval=(0, 255)), DTYPES),
    "Affine-order0": (lambda: iaa.Affine(rotate=(-20, 20), order=0), DTYPES),
    "Affine-identity-rows": (lambda: iaa.Affine(rotate=[0, 15]), DTYPES),
    "Affine-fit_output": (lambda: iaa.Affine(rotate=30, fit_output=True), ["uint8"]),
    "Affine-skimage": (
        lambda: iaa.Affine(rotate=(-20, 20), backend="skimage", order=3),
        ["uint8", "float32"],
    ),
    "GaussianBlur": (lambda: iaa.GaussianBlur((0, 2.0)), DTYPES),
    "Add": (lambda: iaa.Add((-20, 20), per_channel=0.5), ARITH_DTYPES),
    "Multiply": (lambda: iaa.Multiply((0.5, 1.5), per_channel=0.5), ARITH_DTYPES),
    "AdditiveGaussianNoise": (
        lambda: iaa.AdditiveGaussianNoise(scale=(0, 20), per_channel=0.5),
        ARITH_DTYPES,
    ),
}
CASES = [
    (name, dtype) for name, (_, dtypes) in LEAVES_BY_DTYPE.items() for dtype in dtypes
]


def _typed_images(shape, dtype):
    rng = np.random.default_rng(7)
    if dtype == "bool":
        return rng.random(shape) > 0.5
    values = rng.integers(0, 200, size=shape)
    return values.astype(dtype)


def _both_routes(make, images):
    aug = make()
    batch = _BatchInAugmentation(images=images)
    samples = aug._draw_samples(batch, iarandom.RNG(11))
    copy = (
        np.copy(images)
        if isinstance(images, np.ndarray)
        else list(map(np.copy, images))
    )
    expected = aug._augment_images_by_samples(copy, samples)
    results = aug._augment_images_by_samples_(images, samples)
    return results, expected


@pytest.mark.parametrize(
    "shape", [(5, 8, 9, 3), (4, 1, 1, 1), (4, 7, 6, 4), (3, 6, 5, 1)]
)
@pytest.mark.parametrize(("name", "dtype"), CASES)
def test_in_place_route_equals_out_of_place_route(name, dtype, shape):
    images = _typed_images(shape, dtype)

    results, expected = _both_routes(LEAVES_BY_DTYPE[name][0], images)

    _assert_same(list(results), list(expected))
    if not name.endswith("fit_output") and not name.endswith("skimage"):
        assert results is images  # written into the owned array


@pytest.mark.parametrize(("name", "dtype"), CASES)
def test_in_place_route_zero_sized_and_lists(name, dtype):
    make = LEAVES_BY_DTYPE[name][0]
    for images in (
        _typed_images((3, 0, 4, 3), dtype),
        _typed_images((2, 4, 0, 1), dtype),
        [_typed_images((5, 6, 3), dtype), _typed_images((7, 4, 1), dtype)],
    ):
        results, expected = _both_routes(make, images)
        _assert_same(list(results), list(expected))


def test_in_place_warp_reads_a_copy_of_small_rows():
    # small rows are not copied for the gather: writing into the source row
    # would corrupt the pixels still to be read
    images = _typed_images((2, 3, 3, 1), "uint8")
    results, expected = _both_routes(lambda: iaa.Affine(rotate=90), images)
    _assert_same(results, expected)


def test_recorder_skips_in_place_pixel_work():
    from imgaug.augmenters._recording import Recorder

    aug = iaa.Multiply(2.0)
    images = _images()
    batch = _BatchInAugmentation(images=np.copy(images))
    with Recorder(aug, skip_pixel_work=True):
        aug.augment_batch_(batch)
    assert np.array_equal(batch.images, images)
