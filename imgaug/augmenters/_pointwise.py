"""Fusion of consecutive pointwise uint8 augmenters of a ``Sequential`` (private).

On uint8 images many leaves (``Add``, ``Multiply``, ``Invert``, ``Solarize``, the
contrast curves, ``Posterize`` ...) map every pixel value through a function of
that value alone: for each row a 256-entry table, one for all channels or one per
channel. Two such leaves in a row are one table, ``t = t2[t1]``; a ``Sequential``
therefore runs a run of them as one pass over the images instead of one per leaf.

The protocol
------------
A leaf class opts in with the class decorator :func:`fusable` and implements::

    _pointwise_tables(self, samples, images) -> list or None

For the samples it drew for a batch and the batch's (all uint8, non-empty)
images it returns one entry per row: ``None`` (the row stays as it is), a
``(256,)`` uint8 table, or a ``(256, C)`` uint8 table with one column per channel
of the row -- exactly what its ``_augment_images_by_samples`` would do to the row
-- or ``None`` for the whole batch when tables cannot express it (e.g. a
colorspace conversion); it raises where ``_augment_images_by_samples`` would.
Only the decorated class itself takes part, not its subclasses (which may change
what the images hook does).

Running a run of leaves (:func:`augment_children_`)
---------------------------------------------------
Each leaf draws its samples exactly as when it runs alone (its own RNG or the
seed-key RNG; deterministic leaves restore their RNG afterwards), in child order,
and gives its tables right after its draw. A leaf without tables for the batch
first lets the tables so far be applied, then runs its own images hook on its
samples. Drawing depends only on the row count and shapes, which pointwise leaves
do not change, and applying draws nothing, so images, RNG states and every other
kind of the batch end up as with one child after the other. Leaves touch only
images, so the other kinds pass through.

A run is fused only when it has at least two leaves, no hooks are given, no
leaf has anything patched into its instance (e.g. by a record), and the batch has
images that are all uint8; otherwise the children run one by one. Inactive leaves
(``activated`` false) do nothing, as without hooks they do when run alone.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from imgaug._kernels import lut as _lut

__all__: list[str] = []

#: the classes that implement ``_pointwise_tables`` (exact types, see `fusable`)
_FUSABLE_CLASSES: set[type] = set()

#: instance attributes that replace the methods a fused run bypasses or calls
#: (recording and replay put hooks there)
_PATCHABLE = frozenset(
    {
        "augment_batch_",
        "_augment_batch_",
        "_augment_batch_in_context_",
        "_augment_batch_by_samples_",
        "_draw_samples",
        "_augment_images_by_samples",
        "_augment_images_by_samples_",
        "_pointwise_tables",
    }
)


def fusable(cls: type) -> type:
    """Class decorator: `cls` implements ``_pointwise_tables`` (see module doc)."""
    _FUSABLE_CLASSES.add(cls)
    return cls


def _is_fusable(aug: Any) -> bool:
    return type(aug) in _FUSABLE_CLASSES and _PATCHABLE.isdisjoint(aug.__dict__)


def _all_uint8(images: Any) -> bool:
    if isinstance(images, np.ndarray):
        return images.dtype == np.uint8
    return all(image.dtype == np.uint8 for image in images)


def augment_children_(children, batch, parents, keyed_rng):
    """Run `children` on `batch` in order, fusing runs of pointwise uint8 leaves.

    Parameters
    ----------
    children : list of Augmenter
        The children in the order to run them.
    batch : imgaug.augmentables.batches._BatchInAugmentation
        The working batch (changed in place).
    parents : list of Augmenter
        Parents to pass to children that run on their own.
    keyed_rng : None or imgaug.random.RNG
        The RNG of the running ``seed_key`` call (None outside of one).

    Returns
    -------
    imgaug.augmentables.batches._BatchInAugmentation
        The batch.

    """
    index = 0
    nb_children = len(children)
    while index < nb_children:
        stop = index
        while stop < nb_children and _is_fusable(children[stop]):
            stop += 1
        if stop - index >= 2 and _can_fuse(batch):
            # route: tests/perf/test_pointwise_perf.py::test_fused_sequential
            batch = _augment_fused_(children[index:stop], batch, keyed_rng)
            index = stop
            continue
        stop = max(stop, index + 1)
        for child in children[index:stop]:
            batch = child.augment_batch_(batch, parents=parents, hooks=None)
        index = stop
    return batch


def _can_fuse(batch) -> bool:
    images = batch.images
    return images is not None and len(images) > 0 and _all_uint8(images)


def _draw_samples(aug, batch, keyed_rng):
    """Draw `aug`'s samples as ``Augmenter._augment_batch_in_context_`` would."""
    random_state = aug.random_state
    if not aug.deterministic:
        return aug._draw_samples(
            batch, random_state if keyed_rng is None else keyed_rng
        )
    state = random_state.state
    try:
        return aug._draw_samples(batch, random_state)
    finally:
        random_state.set_state_(state)


def _augment_fused_(leaves, batch, keyed_rng):
    """Run fusable `leaves` on a batch with uint8 images (inactive ones do nothing)."""
    pending = []  # per leaf: the tables of every row
    for leaf in leaves:
        if not leaf.activated:
            continue
        samples = _draw_samples(leaf, batch, keyed_rng)
        tables = leaf._pointwise_tables(samples, batch.images)
        if tables is not None:
            pending.append(tables)
            continue
        # no tables: apply those so far, then the leaf's own images hook
        _apply_pending_(batch, pending)
        pending = []
        leaf._augment_batch_images_(batch, samples)
    _apply_pending_(batch, pending)
    return batch


def _apply_pending_(batch, pending):
    """Apply the composed tables of `pending` to the batch's images.

    In place where the batch owns its images, else into new arrays (after which
    the batch owns them unless a row was left unchanged).
    """
    if not pending:
        return
    if batch.owns_images:
        batch.images = apply_row_tables(batch.images, pending, in_place=True)
        return
    batch.images = apply_row_tables(batch.images, pending)
    batch.note_images_replaced_()


def compose_tables(first, second):
    """Return the table of applying `first`, then `second` (None: identity).

    Each is None, a ``(256,)`` table or a ``(256, C)`` table per channel.
    """
    if first is None:
        return second
    if second is None:
        return first
    if second.ndim == 1:
        return second[first]
    if first.ndim == 1:
        return np.take_along_axis(second, first[:, np.newaxis], axis=0)
    return np.take_along_axis(second, first, axis=0)


def apply_row_tables(images, tables_per_leaf, in_place=False):
    """Apply the composed tables of each row to uint8 `images`.

    Parameters
    ----------
    images : ndarray or list of ndarray
        ``(N,H,W,C)`` uint8 array or list of uint8 images.
    tables_per_leaf : list of list
        Per leaf, per row: None, a ``(256,)`` or a ``(256, C)`` uint8 table.
    in_place : bool, optional
        Write the results into `images` (which must be writable and may not be
        the caller's) instead of new arrays.

    Returns
    -------
    ndarray or list of ndarray
        `images` itself if no row changes or `in_place`; else a new array (for an
        array) or a new list whose unchanged rows are the input arrays.

    """
    row_tables = []
    for i in range(len(images)):
        table = None
        for tables in tables_per_leaf:
            table = compose_tables(table, tables[i])
        row_tables.append(_squeeze(table))
    if in_place:
        for image, table in zip(images, row_tables, strict=True):
            if table is not None and image.size > 0:
                _lut.apply_table(image, table, out=image)
        return images
    if len(images) == 1:  # one image per call: skip the loops below
        table = row_tables[0]
        image = images[0]
        if table is None or image.size == 0:
            return images
        if isinstance(images, np.ndarray):
            return _lut.apply_table(image, table)[np.newaxis]
        return [_lut.apply_table(image, table)]
    if all(table is None for table in row_tables):
        return images
    if isinstance(images, np.ndarray):
        results = np.empty(images.shape, dtype=np.uint8)
        for i, (image, table) in enumerate(zip(images, row_tables, strict=True)):
            if table is None or image.size == 0:
                results[i] = image
            else:
                _lut.apply_table(image, table, out=results[i])
        return results
    return [
        image if table is None or image.size == 0 else _lut.apply_table(image, table)
        for image, table in zip(images, row_tables, strict=True)
    ]


def _squeeze(table):
    """One ``(256,)`` table where all channels share it (a faster lookup)."""
    if table is None or table.ndim == 1:
        return table
    if table.shape[1] == 1 or (table == table[:, :1]).all():
        return np.ascontiguousarray(table[:, 0])
    return np.ascontiguousarray(table)
