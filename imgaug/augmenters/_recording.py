"""Machinery behind records, replay and inversion (private).

Recording costs nothing while it is off: for the duration of one call,
:class:`Recorder` puts small hooks into the instance dicts of the augmenters of one
pipeline (``augment_batch_`` of every augmenter, ``_draw_samples`` of every leaf) and
removes them afterwards. The hooks note every invocation (which augmenter, on which
rows of the top-level batch, with which row shapes) and the samples each leaf drew.
Rows are followed through sub-batches by a metadata entry, which
``subselect_rows_by_indices`` keeps in step with the rows.

Replay restores the RNG states that the augmenters had when the call started and
runs the pipeline again on a batch of the same rows and shapes. Samples depend only
on the row count and row shapes (and on which kinds are present), so every
augmenter draws exactly what it drew then; kinds that the replay lacks are filled
with placeholders, so that the augmenters see the same columns as in the recorded
call.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np

from imgaug import random as iarandom
from imgaug.augmentables.batches import _BatchInAugmentation
from imgaug.augmentables.bbs import BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import KeypointsOnImage
from imgaug.augmentables.lines import LineStringsOnImage
from imgaug.augmentables.polys import PolygonsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.augmenters import _codec
from imgaug.augmenters._sampled import _SampledAugmenter
from imgaug.augmenters.meta import Augmenter

#: metadata entry that carries the top-level row index of every row of a sub-batch
ROWS_KEY = "__imgaug_record_rows__"


# ---------------------------------------------------------------- tree
def units(augmenter: Augmenter) -> list[Augmenter]:
    """Return the direct children; a list augmenter (``Sequential``) is one child."""
    result = []
    for lst in augmenter.get_children_lists():
        if isinstance(lst, Augmenter) and lst is not augmenter:
            result.append(lst)
        else:
            result.extend(lst)
    return result


def tree(augmenter: Augmenter, path: str = "") -> list[tuple[str, Augmenter]]:
    """``(path, augmenter)`` for the augmenter and all below it, depth first.

    The root has path ``""``; unit ``k`` of an augmenter at path ``p`` has path
    ``"k"`` (root) or ``"p.k"``.
    """
    result = [(path, augmenter)]
    for index, unit in enumerate(units(augmenter)):
        result.extend(tree(unit, f"{path}.{index}" if path else str(index)))
    return result


def generator_key(rng: iarandom.RNG, keys: dict) -> str:
    """``"g"`` for the global RNG, else a key per distinct generator object."""
    if rng.is_global_rng():
        return "g"
    return keys.setdefault(id(rng.generator), str(len(keys)))


# ---------------------------------------------------------------- placeholders
def placeholder(kind: str, shape: tuple, dtype: Any = np.uint8) -> Any:
    """Return a cheap item of `kind` for a row of image shape `shape`."""
    if kind == "images":
        return np.zeros(shape, dtype=dtype)
    if kind == "heatmaps":
        return HeatmapsOnImage(np.zeros(shape[0:2] + (1,), dtype=np.float32), shape)
    if kind == "segmentation_maps":
        return SegmentationMapsOnImage(np.zeros(shape[0:2], dtype=np.int32), shape)
    classes = {
        "keypoints": KeypointsOnImage,
        "bounding_boxes": BoundingBoxesOnImage,
        "polygons": PolygonsOnImage,
        "line_strings": LineStringsOnImage,
    }
    return classes[kind]([], shape=shape)


# ---------------------------------------------------------------- recording
class Event:
    """One invocation of one augmenter during a recorded call."""

    __slots__ = ("augmenter", "path", "rows", "in_shapes", "out_shapes", "samples",
                 "parent")  # fmt: skip

    def __init__(self, augmenter, path, rows, in_shapes, parent):
        self.augmenter = augmenter
        self.path = path
        self.rows = rows  # top-level row of every row of the batch, or None
        self.in_shapes = in_shapes
        self.out_shapes = None
        self.samples = None
        self.parent = parent  # the enclosing Event, or None


class _BatchHook:
    __slots__ = ("recorder", "augmenter", "path")

    def __init__(self, recorder, augmenter, path):
        self.recorder = recorder
        self.augmenter = augmenter
        self.path = path

    def __call__(self, batch, parents=None, hooks=None):
        return self.recorder.run(self, batch, parents, hooks)


class _DrawHook:
    __slots__ = ("recorder", "augmenter")

    def __init__(self, recorder, augmenter):
        self.recorder = recorder
        self.augmenter = augmenter

    def __call__(self, batch, random_state):
        aug = self.augmenter
        samples = type(aug)._draw_samples(aug, batch, random_state)
        recorder = self.recorder
        if threading.get_ident() == recorder.thread and recorder.stack:
            event = recorder.stack[-1]
            if event.augmenter is aug and event.samples is None:
                event.samples = samples
        return samples


class _SkipImages:
    """Leaves the images of a pixel-only leaf as they are (in the owning thread)."""

    __slots__ = ("recorder", "augmenter", "method")

    def __init__(self, recorder, augmenter, method):
        self.recorder = recorder
        self.augmenter = augmenter
        self.method = method  # the images hook replaced (out of place or in place)

    def __call__(self, images, samples):
        if threading.get_ident() == self.recorder.thread:
            return images
        aug = self.augmenter
        return getattr(type(aug), self.method)(aug, images, samples)


class Recorder:
    """Notes every invocation of the augmenters of one pipeline while installed.

    Parameters
    ----------
    root : Augmenter
        The pipeline.
    skip_pixel_work : bool, optional
        Let leaves that change only images draw their samples but leave the
        images as they are (for runs on placeholder images).

    """

    def __init__(self, root: Augmenter, skip_pixel_work: bool = False) -> None:
        self.root = root
        self.skip_pixel_work = skip_pixel_work
        self.paths = {}
        for path, aug in tree(root):
            self.paths.setdefault(id(aug), (path, aug))
        self.thread = threading.get_ident()
        self.events: list[Event] = []
        self.stack: list[Event] = []
        self.root_event: Event | None = None
        self.states: dict | None = None
        self.kinds: list[str] = []
        self.drawn: set[str] = set()
        # paths of the events during which the global RNG advanced outside their
        # nested events (None: outside every event)
        self.global_draws: set[str | None] = set()
        self._global_state: Any = None
        self._installed: list[tuple[Augmenter, str]] = []

    # -- installing
    def __enter__(self) -> Recorder:
        for path, aug in self.paths.values():
            self._put(aug, "augment_batch_", _BatchHook(self, aug, path))
            if isinstance(aug, _SampledAugmenter) and not aug._USES_LEGACY_HOOKS:
                self._put(aug, "_draw_samples", _DrawHook(self, aug))
                if self.skip_pixel_work and tuple(aug._KINDS) == ("images",):
                    for method in (
                        "_augment_images_by_samples",
                        "_augment_images_by_samples_",
                    ):
                        self._put(aug, method, _SkipImages(self, aug, method))
        return self

    def _put(self, aug: Augmenter, name: str, value: Any) -> None:
        if name in aug.__dict__:
            raise RuntimeError(
                f"{type(aug).__name__} '{aug.name}' is already being recorded or "
                "replayed (nested or concurrent use of one pipeline)."
            )
        aug.__dict__[name] = value
        self._installed.append((aug, name))

    def __exit__(self, *exc_info: Any) -> None:
        for aug, name in self._installed:
            aug.__dict__.pop(name, None)
        self._installed = []

    # -- running
    def run(self, hook: _BatchHook, batch: Any, parents: Any, hooks: Any) -> Any:
        aug = hook.augmenter
        if threading.get_ident() != self.thread:
            return type(aug).augment_batch_(aug, batch, parents=parents, hooks=hooks)
        if not isinstance(batch, _BatchInAugmentation):
            return self._run_unnormalized(aug, batch, parents, hooks)
        is_root = self.states is None
        if is_root:
            self._start(batch)
        nb_rows = batch.nb_rows
        if not aug.activated or nb_rows == 0:
            result = type(aug).augment_batch_(aug, batch, parents=parents, hooks=hooks)
            if is_root and result.metadata is not None:
                result.metadata.pop(ROWS_KEY, None)
            return result
        parent = self.stack[-1] if self.stack else None
        metadata = batch.metadata or {}
        rows = metadata.get(ROWS_KEY)
        if rows is None or len(rows) != nb_rows:
            rows = parent.rows if parent is not None else None
            if rows is not None and len(rows) != nb_rows:
                rows = None
        event = Event(aug, hook.path, rows, batch.get_rowwise_shapes(), parent)
        if is_root:
            self.root_event = event
        self._note_global_draws()
        self.events.append(event)
        self.stack.append(event)
        try:
            result = type(aug).augment_batch_(aug, batch, parents=parents, hooks=hooks)
            self._note_global_draws()
        finally:
            self.stack.pop()
        event.out_shapes = result.get_rowwise_shapes()
        if is_root:
            if result.metadata is not None:
                result.metadata.pop(ROWS_KEY, None)
            self._note_drawn()
        return result

    def _note_global_draws(self) -> None:
        """Attribute draws from the global RNG since the last note to an event.

        They belong to the innermost running event (the global RNG is shared by
        all augmenters without an RNG of their own).
        """
        state = _codec.rng_state_to_json(iarandom.get_global_rng().state)
        last = self._global_state
        self._global_state = state
        if last is not None and state != last:
            self.global_draws.add(self.stack[-1].path if self.stack else None)

    def _note_drawn(self) -> None:
        """Note which generators the call advanced (the others drew nothing)."""
        states = self.states["states"]
        self.drawn = {
            key
            for key, generator in self.generators.items()
            if _codec.rng_state_to_json(iarandom.get_generator_state(generator))
            != states[key]
        }

    def _run_unnormalized(self, aug, batch, parents, hooks):
        batch_norm = batch.to_normalized_batch()
        batch_inaug = batch_norm.to_batch_in_augmentation()
        batch_inaug = self.run(
            aug.__dict__["augment_batch_"], batch_inaug, parents, hooks
        )
        batch_norm.fill_from_batch_in_augmentation_(batch_inaug)
        if batch_norm is batch:
            return batch
        return batch.fill_from_augmented_normalized_batch_(batch_norm)

    def _start(self, batch: _BatchInAugmentation) -> None:
        """Note the RNG states, kinds and rows of the top-level batch."""
        keys: dict = {}
        states = {"g": _codec.rng_state_to_json(iarandom.get_global_rng().state)}
        generators = {"g": iarandom.get_global_rng().generator}
        rng_of = {}
        for path, aug in self.paths.values():
            key = generator_key(aug.random_state, keys)
            rng_of[path] = key
            if key not in states:
                states[key] = _codec.rng_state_to_json(aug.random_state.state)
                generators[key] = aug.random_state.generator
        self.states = {"states": states, "rng_of": rng_of}
        self._global_state = states["g"]
        self.generators = generators
        self.kinds = [column.name for column in batch.columns]
        self.shapes = batch.get_rowwise_shapes()
        images = batch.images
        self.dtype = None if images is None or len(images) == 0 else images[0].dtype
        batch.metadata = dict(batch.metadata or {})
        batch.metadata[ROWS_KEY] = list(range(batch.nb_rows))


# ---------------------------------------------------------------- RNG states
def snapshot_generators(root: Augmenter) -> list[tuple[Any, Any]]:
    """Return ``(generator, state)`` of every generator of a pipeline (+ global)."""
    seen = {}
    for _, aug in tree(root):
        generator = aug.random_state.generator
        seen.setdefault(id(generator), generator)
    global_generator = iarandom.get_global_rng().generator
    seen.setdefault(id(global_generator), global_generator)
    return [
        (generator, iarandom.get_generator_state(generator))
        for generator in seen.values()
    ]


def restore_generators(snapshot: list[tuple[Any, Any]]) -> None:
    """Undo everything since :func:`snapshot_generators`."""
    for generator, state in snapshot:
        iarandom.set_generator_state_(generator, state)
