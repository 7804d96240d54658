"""PyTorch: a ``Dataset`` wrapper, tensor conversion and a collate function.

``AugmentedDataset(dataset, augmenter, seed=s)`` augments sample ``i`` of epoch
``e`` with ``seed_key=(s, e, i)`` (see :mod:`imgaug.integrations`): a
``DataLoader`` yields the same samples for any ``num_workers``, with
``persistent_workers`` on or off, with the ``fork`` or ``spawn`` start method, in
every run. Workers never share a random stream because no stream is carried from
one sample to the next. Needs ``pip install imgaug[torch]``.

Examples
--------
>>> import numpy as np
>>> import imgaug.augmenters as iaa
>>> from imgaug.integrations.torch import AugmentedDataset, collate
>>> base = [{"image": np.zeros((8, 8, 3), dtype=np.uint8),
...          "bounding_boxes": np.array([[1.0, 1.0, 4.0, 5.0]]), "label": 1}]
>>> dataset = AugmentedDataset(base, iaa.Fliplr(0.5), seed=1)
>>> sample = dataset[0]
>>> tuple(sample["image"].shape), tuple(sample["bounding_boxes"].shape)
((3, 8, 8), (1, 4))
>>> batch = collate([sample, sample])
>>> tuple(batch["image"].shape), len(batch["bounding_boxes"])
((2, 3, 8, 8), 2)

"""

import multiprocessing
import multiprocessing.context
import numbers
import pickle
import secrets

import numpy as np

from imgaug.integrations._samples import (
    augment_sample,
    check_picklable,
    check_seed,
    require,
    resolve_kinds,
)
from imgaug.validation import InvalidTypeError, InvalidValueError

torch = require("torch", "torch")
require("torch.utils.data", "torch")

__all__ = ["AugmentedDataset", "to_tensors", "collate"]

#: Kinds whose arrays are images or maps: (H, W, C) becomes (C, H, W).
_CHANNELS_FIRST = ("image", "heatmaps", "segmentation_maps")


class _SharedEpoch:
    """The current epoch in shared memory, so persistent workers see changes.

    Pickled for a new worker process (spawn, forkserver) the shared value travels
    along; pickled or copied for any other reason it becomes a private copy.
    """

    def __init__(self, value=0):
        self._value = multiprocessing.RawValue("q", value)

    @property
    def value(self):
        return int(self._value.value)

    @value.setter
    def value(self, value):
        self._value.value = value

    def __getstate__(self):
        if multiprocessing.context.get_spawning_popen() is None:
            return {"value": self.value}
        return {"shared": self._value}

    def __setstate__(self, state):
        if "shared" in state:
            self._value = state["shared"]
        else:
            self._value = multiprocessing.RawValue("q", state["value"])


class AugmentedDataset(torch.utils.data.Dataset):
    """A map-style dataset whose samples are augmented by the seed-key rule.

    Sample ``index`` of epoch ``epoch`` is
    ``augment_sample(augmenter, dataset[index], (seed, epoch, index), kinds)``,
    then (by default) converted with :func:`to_tensors`.

    Parameters
    ----------
    dataset : sequence or torch.utils.data.Dataset
        Anything with ``__getitem__`` and ``__len__`` whose items are samples as
        described in :func:`imgaug.integrations.augment_sample`: a dict of arrays
        (image, heatmaps, segmentation maps, keypoints, boxes with labels, ...),
        an image array, or an ``(image, target, ...)`` tuple.
    augmenter : imgaug.augmenters.meta.Augmenter
        The pipeline. Worker processes started with ``spawn`` or ``forkserver``
        receive a pickled copy; an unpicklable pipeline raises a TypeError
        naming the augmenter when the workers start.
    seed : None or int, optional
        The seed of the whole run. ``None`` draws one from the operating system
        (stored in :attr:`seed`), so runs differ but workers still agree.
    kinds : None or dict, optional
        Extra ``{sample key: kind}`` entries, e.g. ``{"mask":
        "segmentation_maps", "boxes": "bounding_boxes", "labels":
        "bounding_box_labels"}``; see :func:`imgaug.integrations.augment_sample`.
    to_tensors : bool, optional
        Convert samples with :func:`to_tensors` (``False`` returns numpy arrays).

    Attributes
    ----------
    seed : int
        The seed in use.

    """

    def __init__(self, dataset, augmenter, seed=None, kinds=None, to_tensors=True):
        from imgaug.augmenters.meta import Augmenter

        if not isinstance(augmenter, Augmenter):
            raise InvalidTypeError(
                "Expected argument 'augmenter' to be an imgaug augmenter, got "
                f"{type(augmenter).__name__}."
            )
        if not (hasattr(dataset, "__getitem__") and hasattr(dataset, "__len__")):
            raise InvalidTypeError(
                "Expected argument 'dataset' to support indexing and len(), got "
                f"{type(dataset).__name__}."
            )
        self.dataset = dataset
        self.augmenter = augmenter
        self.seed = secrets.randbits(63) if seed is None else check_seed(seed)
        self.kinds = kinds
        self._mapping = resolve_kinds(kinds)
        self.to_tensors = bool(to_tensors)
        self._epoch = _SharedEpoch(0)

    @property
    def epoch(self):
        """The epoch whose augmentations :meth:`__getitem__` returns."""
        return self._epoch.value

    def set_epoch(self, epoch):
        """Select the epoch; call it before iterating the DataLoader of the epoch.

        Worker processes see the new value too, also persistent ones.

        Parameters
        ----------
        epoch : int
            The epoch, >= 0.

        """
        self._epoch.value = check_seed(epoch, "epoch")

    def __len__(self):
        return len(self.dataset)

    def __getitem__(self, index):
        if isinstance(index, (bool, np.bool_)) or not isinstance(
            index, numbers.Integral
        ):
            raise InvalidTypeError(
                f"Expected an int index, got {type(index).__name__} (batched "
                "samplers are not supported: use the default sampler)."
            )
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(f"index {index} out of range for {len(self)} samples")
        index = int(index)
        sample = augment_sample(
            self.augmenter,
            self.dataset[index],
            (self.seed, self.epoch, index),
            self._mapping,
        )
        return to_tensors(sample, self._mapping) if self.to_tensors else sample

    def __getstate__(self):
        state = dict(self.__dict__)
        state["augmenter"] = check_picklable(self.augmenter, "DataLoader workers")
        return state

    def __setstate__(self, state):
        state["augmenter"] = pickle.loads(state["augmenter"])
        self.__dict__.update(state)


def to_tensors(sample, kinds=None):
    """Convert the numpy arrays of a sample to ``torch`` tensors.

    Images, heatmaps and segmentation maps of shape ``(H, W, C)`` become
    ``(C, H, W)``; a 2D image becomes ``(1, H, W)``, 2D maps stay ``(H, W)`` (the
    layout of class-index targets). Dtypes are kept (uint8 images stay uint8:
    convert and normalize on the device). Keypoints, boxes and other arrays become
    tensors of the same shape; lists of arrays (polygons) lists of tensors.
    Numbers, strings and ``*OnImage`` objects pass through.

    Parameters
    ----------
    sample : dict or numpy.ndarray or tuple
        An (augmented) sample.
    kinds : None or dict, optional
        Extra ``{sample key: kind}`` entries, as for :class:`AugmentedDataset`.

    Returns
    -------
    dict or torch.Tensor or tuple
        The sample with tensors.

    """
    if isinstance(sample, dict):
        mapping = resolve_kinds(kinds)
        return {
            key: _to_tensor(value, mapping.get(key)) for key, value in sample.items()
        }
    if isinstance(sample, (tuple, list)):
        if len(sample) == 0:
            return sample
        rest = [_to_tensor(value, None) for value in sample[1:]]
        return type(sample)([_to_tensor(sample[0], "image"), *rest])
    return _to_tensor(sample, "image")


def _to_tensor(value, kind):
    if isinstance(value, (list, tuple)) and all(
        isinstance(item, np.ndarray) for item in value
    ):
        return [_to_tensor(item, None) for item in value]
    if not isinstance(value, np.ndarray) or value.dtype.kind not in "biuf":
        return value
    if kind in _CHANNELS_FIRST:
        if value.ndim == 3:
            value = value.transpose(2, 0, 1)
        elif value.ndim == 2 and kind == "image":
            value = value[np.newaxis]
    if value.dtype.kind == "u" and value.dtype != np.uint8:
        value = value.astype(np.int64)  # torch has no uint16/32/64 arithmetic
    return torch.from_numpy(np.ascontiguousarray(value))


def collate(samples):
    """Combine samples into a batch; variable-size fields become lists.

    For each field, tensors of one shape are stacked; tensors of different
    shapes (boxes, keypoints, polygons of different counts; images of different
    sizes) are returned as a list, one entry per sample; numbers become a tensor;
    anything else a list. Use it as ``DataLoader(..., collate_fn=collate)``.

    Parameters
    ----------
    samples : list of dict or list of tuple or list of torch.Tensor
        Samples as returned by :class:`AugmentedDataset`.

    Returns
    -------
    dict or tuple or torch.Tensor or list
        The batch, in the structure of a sample.

    """
    if len(samples) == 0:
        raise InvalidValueError("Expected at least one sample to collate, got none.")
    first = samples[0]
    if isinstance(first, dict):
        return {key: collate([sample[key] for sample in samples]) for key in first}
    if isinstance(first, tuple):
        return tuple(collate(list(column)) for column in zip(*samples))
    if isinstance(first, torch.Tensor):
        if all(
            isinstance(item, torch.Tensor) and item.shape == first.shape
            for item in samples
        ):
            return torch.stack(samples)
        return list(samples)
    if all(
        isinstance(item, numbers.Number) and not isinstance(item, complex)
        for item in samples
    ):
        return torch.tensor(samples)
    return list(samples)
