"""Ray Data: augment a ``ray.data.Dataset`` with ``map_batches``.

Row ``index`` (taken from an index column: Ray batches carry no global row
positions) is augmented with ``seed_key=(seed, epoch, index)`` (see
:mod:`imgaug.integrations`), so the result equals a serial loop however Ray
splits the data into blocks and batches and whichever worker runs them. Needs
``pip install imgaug[ray]``.

Examples
--------
Build the dataset with an index column, then augment it::

    import ray
    import imgaug.augmenters as iaa
    from imgaug.integrations.ray import augment_dataset

    ds = ray.data.from_items(
        [{"index": i, "image": image} for i, image in enumerate(images)]
    )
    augmented = augment_dataset(ds, iaa.Fliplr(0.5), seed=1)
    rows = augmented.take_all()

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

ray = require("ray", "ray")
require("ray.data", "ray")

__all__ = ["BatchAugmenter", "augment_dataset"]


class BatchAugmenter:
    """The function that ``map_batches`` calls: augments every row of a batch.

    Parameters
    ----------
    augmenter : imgaug.augmenters.meta.Augmenter
        The pipeline.
    seed : int
        The seed of the run.
    epoch : int, optional
        The epoch (or copy number).
    index_column : str, optional
        The column holding each row's int index; it passes through unchanged.
    kinds : None or dict, optional
        Extra ``{column: kind}`` entries (e.g. ``{"data": "image"}`` for
        ``ray.data.from_numpy``); see :func:`imgaug.integrations.augment_sample`.

    """

    def __init__(self, augmenter, seed, epoch=0, index_column="index", kinds=None):
        from imgaug.augmenters.meta import Augmenter

        if not isinstance(augmenter, Augmenter):
            raise InvalidTypeError(
                "Expected argument 'augmenter' to be an imgaug augmenter, got "
                f"{type(augmenter).__name__}."
            )
        self.augmenter = augmenter
        self.seed = check_seed(seed)
        self.epoch = check_seed(epoch, "epoch")
        self.index_column = index_column
        self.mapping = resolve_kinds(kinds)
        if self.mapping.get(index_column) is not None:
            raise InvalidValueError(
                f"Expected argument 'index_column' ({index_column!r}) not to name "
                "a kind."
            )

    def __call__(self, batch):
        """Augment a batch in ``"numpy"`` format (a dict of column arrays)."""
        if self.index_column not in batch:
            raise InvalidValueError(
                f"Expected an index column {self.index_column!r} (argument "
                f"'index_column') in the batch, got columns {sorted(batch)}. Add "
                "one when building the dataset, e.g. from_items([{'index': i, ...}])."
            )
        indices = batch[self.index_column]
        rows = []
        for row, index in enumerate(indices):
            if isinstance(index, (bool, np.bool_)) or not isinstance(
                index, numbers.Integral
            ):
                raise InvalidValueError(
                    f"Expected int values in the index column {self.index_column!r}"
                    f", got {index!r}."
                )
            sample = {column: values[row] for column, values in batch.items()}
            key = (self.seed, self.epoch, int(index))
            rows.append(augment_sample(self.augmenter, sample, key, self.mapping))
        return {column: _stack([row[column] for row in rows]) for column in batch}


def _stack(values):
    """One column of a batch: a stacked array if possible, else an object array."""
    arrays = [np.asarray(value) if np.isscalar(value) else value for value in values]
    if all(isinstance(a, np.ndarray) for a in arrays) and arrays:
        first = arrays[0]
        if all(a.shape == first.shape and a.dtype == first.dtype for a in arrays):
            return np.stack(arrays)
    column = np.empty(len(values), dtype=object)
    column[:] = values
    return column


def augment_dataset(
    dataset, augmenter, seed, epoch=0, index_column="index", kinds=None, **kwargs
):
    """Return ``dataset.map_batches(BatchAugmenter(...), batch_format="numpy")``.

    Parameters
    ----------
    dataset : ray.data.Dataset
        Rows with an int index column and sample columns (``image`` and other
        kinds of :func:`imgaug.integrations.augment_sample`).
    augmenter : imgaug.augmenters.meta.Augmenter
        The pipeline.
    seed : int
        The seed of the run.
    epoch : int, optional
        The epoch (or copy number).
    index_column : str, optional
        The index column.
    kinds : None or dict, optional
        Extra ``{column: kind}`` entries.
    **kwargs
        Passed to ``map_batches`` (e.g. ``batch_size``, ``concurrency``).

    Returns
    -------
    ray.data.Dataset
        The lazily augmented dataset.

    """
    if not isinstance(dataset, ray.data.Dataset):
        raise InvalidTypeError(
            "Expected argument 'dataset' to be a ray.data.Dataset, got "
            f"{type(dataset).__name__}."
        )
    function = BatchAugmenter(augmenter, seed, epoch, index_column, kinds)
    return dataset.map_batches(function, batch_format="numpy", **kwargs)
