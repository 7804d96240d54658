"""Dask: augment a ``dask.bag`` of samples or a ``dask.array`` image stack.

Both functions build lazy collections; compute them on any scheduler (threads,
processes, a ``distributed.Client`` of a ``LocalCluster`` or of a remote
scheduler). Sample ``index`` is augmented with ``seed_key=(seed, epoch, index)``
(see :mod:`imgaug.integrations`), so the result is the same as a serial loop
whatever the scheduler, the number of workers or the chunking. Needs
``pip install imgaug[dask]`` (``imgaug[dask]`` includes ``distributed``).

Examples
--------
>>> import numpy as np
>>> import dask.array as da
>>> import imgaug.augmenters as iaa
>>> from imgaug.integrations.dask import augment_array
>>> stack = da.zeros((6, 8, 8, 3), dtype=np.uint8, chunks=(2, 8, 8, 3))
>>> augmented = augment_array(stack, iaa.Add((0, 50)), seed=1)
>>> augmented.compute(scheduler="threads").shape
(6, 8, 8, 3)

"""

import numbers

import numpy as np

from imgaug.integrations._samples import (
    augment_sample,
    check_seed,
    require,
    resolve_kinds,
)
from imgaug.validation import InvalidTypeError, InvalidValueError

dask = require("dask", "dask")
require("dask.array", "dask")
require("dask.bag", "dask")

__all__ = ["augment_bag", "augment_array", "connect"]


def _check_augmenter(augmenter):
    from imgaug.augmenters.meta import Augmenter

    if not isinstance(augmenter, Augmenter):
        raise InvalidTypeError(
            "Expected argument 'augmenter' to be an imgaug augmenter, got "
            f"{type(augmenter).__name__}."
        )


def augment_bag(bag, augmenter, seed, epoch=0, index_key="index", kinds=None):
    """Augment every sample of a ``dask.bag.Bag`` (lazily).

    Parameters
    ----------
    bag : dask.bag.Bag
        A bag of dict samples (see :func:`imgaug.integrations.augment_sample`),
        each carrying its integer index under `index_key`. Bags have no global
        positions, so the index must travel with the sample, e.g.
        ``db.from_sequence([{"index": i, "path": p} for i, p in
        enumerate(paths)]).map(load)``.
    augmenter : imgaug.augmenters.meta.Augmenter
        The pipeline.
    seed : int
        The seed of the run.
    epoch : int, optional
        The epoch (or copy number).
    index_key : str, optional
        The key of the sample index; it passes through unchanged.
    kinds : None or dict, optional
        Extra ``{sample key: kind}`` entries, see
        :func:`imgaug.integrations.augment_sample`.

    Returns
    -------
    dask.bag.Bag
        The augmented samples, in the same order and partitions.

    """
    _check_augmenter(augmenter)
    seed = check_seed(seed)
    epoch = check_seed(epoch, "epoch")
    mapping = resolve_kinds(kinds)
    if mapping.get(index_key) is not None:
        raise InvalidValueError(
            f"Expected argument 'index_key' ({index_key!r}) not to name a kind."
        )
    return bag.map(
        _augment_bag_item,
        augmenter=augmenter,
        seed=seed,
        epoch=epoch,
        index_key=index_key,
        mapping=mapping,
    )


def _augment_bag_item(sample, augmenter, seed, epoch, index_key, mapping):
    if not isinstance(sample, dict):
        raise InvalidTypeError(
            f"Expected the samples of the bag to be dicts, got {type(sample).__name__}."
        )
    index = sample.get(index_key)
    if isinstance(index, (bool, np.bool_)) or not isinstance(index, numbers.Integral):
        raise InvalidValueError(
            f"Expected every sample of the bag to carry its int index under "
            f"{index_key!r} (argument 'index_key'), got {index!r} in a sample with "
            f"keys {sorted(map(str, sample))}."
        )
    return augment_sample(augmenter, sample, (seed, epoch, int(index)), mapping)


def augment_array(array, augmenter, seed, epoch=0):
    """Augment a ``dask.array`` stack of images ``(N, H, W[, C])`` (lazily).

    Image ``i`` (its position along the first axis) gets
    ``seed_key=(seed, epoch, i)``. Chunks along the other axes are merged first
    (each task needs whole images); the first axis keeps its chunks.

    Parameters
    ----------
    array : dask.array.Array
        The images, 3D or 4D.
    augmenter : imgaug.augmenters.meta.Augmenter
        A pipeline that keeps the image shape and dtype (no resizing or
        cropping without ``keep_size``); otherwise the computation raises.
    seed : int
        The seed of the run.
    epoch : int, optional
        The epoch (or copy number).

    Returns
    -------
    dask.array.Array
        The augmented stack: same shape, dtype and first-axis chunks.

    """
    _check_augmenter(augmenter)
    seed = check_seed(seed)
    epoch = check_seed(epoch, "epoch")
    if not isinstance(array, dask.array.Array) or array.ndim not in (3, 4):
        raise InvalidTypeError(
            "Expected argument 'array' to be a 3D or 4D dask.array.Array of "
            f"images, got {type(array).__name__} with shape "
            f"{getattr(array, 'shape', None)}."
        )
    whole_images = {axis: -1 for axis in range(1, array.ndim)}
    array = array.rechunk(whole_images)
    return array.map_blocks(
        _augment_block,
        augmenter=augmenter,
        seed=seed,
        epoch=epoch,
        dtype=array.dtype,
        meta=np.empty((0,) * array.ndim, dtype=array.dtype),
    )


def _augment_block(block, augmenter, seed, epoch, block_info=None):
    start = block_info[0]["array-location"][0][0] if block_info else 0
    out = np.empty_like(block)
    for i, image in enumerate(block):
        image_aug = augmenter.augment(image=image, seed_key=(seed, epoch, start + i))
        if image_aug.shape != image.shape or image_aug.dtype != image.dtype:
            raise InvalidValueError(
                "augment_array() needs a pipeline that keeps the image shape and "
                f"dtype: image {start + i} went from {image.shape} {image.dtype} to "
                f"{image_aug.shape} {image_aug.dtype}. Use augment_bag() for "
                "pipelines that change sizes."
            )
        out[i] = image_aug
    return out


def connect(address, timeout=10):
    """Connect a ``distributed.Client`` to a scheduler, with a clear error.

    Parameters
    ----------
    address : str
        The scheduler address, e.g. ``"tcp://10.0.0.5:8786"``.
    timeout : float, optional
        Seconds to wait for the scheduler.

    Returns
    -------
    distributed.Client
        The connected client (close it when done).

    """
    distributed = require("distributed", "dask")
    try:
        return distributed.Client(address, timeout=f"{float(timeout)}s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConnectionError(
            f"Could not reach the Dask scheduler at {address!r} within {timeout} s "
            f"({type(exc).__name__}: {exc}). Check the address and that the "
            "scheduler is running and reachable from this machine."
        ) from exc
