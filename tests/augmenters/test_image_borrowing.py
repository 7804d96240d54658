"""The engine borrows the caller's images and copies only before writing into them."""

import numpy as np
import pytest

import imgaug.augmenters as iaa
from imgaug.augmentables.batches import Batch, UnnormalizedBatch, _BatchInAugmentation
from imgaug.augmenters._sampled import _SampledAugmenter


class _Rows:
    __slots__ = ("rows",)

    def __init__(self, rows):
        self.rows = rows


class _NegateOutOfPlace(_SampledAugmenter):
    """Test leaf: builds new arrays for the selected rows, never writes its input."""

    _KINDS = ("images",)
    _IMAGES_OUT_OF_PLACE = True

    def __init__(self, rows):
        super().__init__()
        self.rows = rows

    def _draw_samples(self, batch, random_state):
        return _Rows(self.rows)

    def _augment_images_by_samples(self, images, samples):
        if isinstance(images, np.ndarray):
            result = np.array(images)  # an array container is never written
            for i in samples.rows:
                result[i] = 255 - images[i]
            return result
        for i in samples.rows:
            images[i] = 255 - images[i]
        return images

    def get_parameters(self):
        return []


class _AddOneInPlace(_SampledAugmenter):
    """Test leaf: writes into its input (default: the engine copies first)."""

    _KINDS = ("images",)

    def _augment_images_by_samples(self, images, samples):
        for image in images:
            image += 1
        return images

    def get_parameters(self):
        return []


class _LegacyInPlace(iaa.Augmenter):
    """A 0.4.0-style user augmenter that changes images in place."""

    def _augment_batch_(self, batch, random_state, parents, hooks):
        for image in batch.images:
            image[...] = 7
        return batch

    def get_parameters(self):
        return []


def _images():
    return np.arange(2 * 3 * 4 * 1, dtype=np.uint8).reshape((2, 3, 4, 1))


def _shares_any(outputs, inputs):
    return any(np.may_share_memory(out, inp) for out in outputs for inp in inputs)


@pytest.mark.parametrize("as_list", [False, True])
@pytest.mark.parametrize(
    "make",
    [
        lambda: _NegateOutOfPlace(rows=[]),
        lambda: _NegateOutOfPlace(rows=[1]),
        lambda: _AddOneInPlace(),
        lambda: _LegacyInPlace(),
        lambda: iaa.Identity(),
        lambda: iaa.Sequential([_NegateOutOfPlace(rows=[0]), _AddOneInPlace()]),
        lambda: iaa.Sometimes(0.5, _AddOneInPlace(), _NegateOutOfPlace(rows=[0])),
        lambda: iaa.SomeOf(1, [_AddOneInPlace(), _NegateOutOfPlace(rows=[0])]),
        lambda: iaa.WithChannels([0], _AddOneInPlace()),
        lambda: iaa.ChannelShuffle(1.0),
    ],
)
def test_caller_images_are_neither_changed_nor_returned(make, as_list):
    images = _images()
    inputs = list(images) if as_list else images
    expected = images.copy()
    outputs = make()(images=inputs)
    assert np.array_equal(images, expected)
    outputs_list = list(outputs)
    inputs_list = list(images)
    assert not _shares_any(outputs_list, inputs_list)


def test_out_of_place_leaf_results():
    images = _images()
    observed = _NegateOutOfPlace(rows=[1])(images=images)
    assert np.array_equal(observed[0], images[0])
    assert np.array_equal(observed[1], 255 - images[1])


def test_in_place_leaf_gets_a_copy_and_still_applies():
    images = _images()
    observed = _AddOneInPlace()(images=images)
    assert np.array_equal(observed, images + 1)


def test_batch_and_unnormalized_batch_keep_their_inputs():
    images = _images()
    batch = Batch(images=images)
    result = _AddOneInPlace().augment_batch_(batch)
    assert np.array_equal(batch.images_unaug, _images())
    assert np.array_equal(result.images_aug, _images() + 1)
    ubatch = UnnormalizedBatch(images=list(images))
    result = _NegateOutOfPlace(rows=[]).augment_batch_(ubatch)
    assert not _shares_any(result.images_aug, images)


def test_working_batch_given_directly_is_changed_in_place():
    images = _images()
    batch = _BatchInAugmentation(images=images)
    _AddOneInPlace().augment_batch_(batch)
    assert np.array_equal(images, _images() + 1)  # spec: may modify in place


def test_subclass_overriding_batch_code_does_not_inherit_borrowing():
    class MySequential(iaa.Sequential):
        def _augment_batch_(self, batch, random_state, parents, hooks):
            batch.images[0][...] = 9
            return batch

    images = _images()
    MySequential([])(images=images)
    assert np.array_equal(images, _images())
    assert iaa.Sequential._BORROWS_IMAGES is True
    assert MySequential._BORROWS_IMAGES is False


def test_own_images_copies_only_rows_still_shared():
    images = _images()
    batch = _BatchInAugmentation().borrow_images_(list(images))
    fresh = np.zeros((3, 4, 1), dtype=np.uint8)
    batch.images[1] = fresh
    batch.own_images_()
    assert batch.images[1] is fresh
    assert not np.may_share_memory(batch.images[0], images)
    assert np.array_equal(batch.images[0], images[0])
