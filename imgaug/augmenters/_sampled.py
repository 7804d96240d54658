"""The leaf-augmenter contract: sample once per batch, then apply per kind.

Every built-in leaf augmenter derives from :class:`_SampledAugmenter` and implements

* ``_draw_samples(batch, random_state)`` -- called once per batch; may read only
  ``batch.nb_rows`` and ``batch.get_rowwise_shapes()``; returns an object holding
  arrays of length ``nb_rows`` (or ``None`` for augmenters without randomness),
* ``_augment_images_by_samples(images, samples)``,
* ``_augment_maps_by_samples(maps, kind, samples)`` with ``kind`` being
  ``"heatmaps"`` or ``"segmentation_maps"``,
* ``_augment_keypoints_by_samples(kpsois, samples)``; bounding boxes, polygons and
  line strings are converted to keypoints and back unless the class overrides
  ``_augment_bounding_boxes_by_samples``, ``_augment_polygons_by_samples`` or
  ``_augment_line_strings_by_samples``,
* ``get_parameters()``,

and lists the kinds it changes in the class attribute ``_KINDS``. Kinds not listed
pass through untouched; if a batch holds none of them, no samples are drawn.

Because samples depend only on the row count and row shapes, the same seed gives
the same images whether or not other kinds are present, and every kind in row ``i``
uses row ``i`` of the samples.

Who may write into the images
-----------------------------
The entry points *borrow* the caller's images (see
``_BatchInAugmentation.borrow_images_``); the batch *owns* them once they are a
copy or new arrays made during the call (``batch.owns_images``). Each leaf
declares how it treats its input through ``_IMAGES_OUT_OF_PLACE``:

* ``False`` (default): ``_augment_images_by_samples`` may write into the arrays
  it gets. The engine makes the batch own its images first (copying borrowed
  ones).
* ``True``: ``_augment_images_by_samples`` never writes into the given arrays
  (nor into an array container) and returns new arrays for changed rows, so it
  runs on borrowed images without a copy. Afterwards the engine calls
  ``batch.note_images_replaced_()``: once no result shares memory with the
  caller's arrays, the batch owns them. Such a leaf may also implement
  ``_augment_images_by_samples_(images, samples)`` (trailing ``_``: in place),
  which the engine calls instead whenever the batch owns its images; it may
  write each result into ``images`` (row ``i`` of an array, or the array of list
  entry ``i``) and return the same container, so that a pipeline keeps one
  batch of images alive instead of two. By default it is the out-of-place
  method.

Containers keep to the same rule: a sub-batch owns its images only if they are
not borrowed (``subselect_rows_by_indices`` copies array rows and passes the
borrow state of list rows on; ``WithChannels`` hands copies of the channels to
its children; blend branches borrow the input). Rows of an owned list may be
shared with the parent batch, which writes the sub-batch's rows back anyway.
"""

from __future__ import annotations

from imgaug import parameters as iap
from imgaug.augmentables import polys as _polys
from imgaug.augmentables.batches import _AUGMENTABLE_NAMES, _BatchInAugmentation
from imgaug.augmenters import meta

__all__: list[str] = []


def _aug_heatmaps(aug, values, samples, random_state):
    return aug._augment_maps_by_samples(values, "heatmaps", samples)


def _aug_segmaps(aug, values, samples, random_state):
    return aug._augment_maps_by_samples(values, "segmentation_maps", samples)


def _aug_keypoints(aug, values, samples, random_state):
    return aug._augment_keypoints_by_samples(values, samples)


def _aug_bounding_boxes(aug, values, samples, random_state):
    return aug._augment_bounding_boxes_by_samples(values, samples)


def _aug_polygons(aug, values, samples, random_state):
    recoverer = getattr(aug, "polygon_recoverer", None)
    if recoverer is None:
        return aug._augment_polygons_by_samples(values, samples)
    originals = [psoi.deepcopy() for psoi in values]
    values = aug._augment_polygons_by_samples(values, samples)
    # a copy keeps the repair reproducible without advancing the augmenter's RNG
    return _polys.recover_psois_(values, originals, recoverer, random_state.copy())


def _aug_line_strings(aug, values, samples, random_state):
    return aug._augment_line_strings_by_samples(values, samples)


_DISPATCH = {
    "images": None,  # the engine calls the images hooks itself
    "heatmaps": _aug_heatmaps,
    "segmentation_maps": _aug_segmaps,
    "keypoints": _aug_keypoints,
    "bounding_boxes": _aug_bounding_boxes,
    "polygons": _aug_polygons,
    "line_strings": _aug_line_strings,
}

_LEGACY_HOOK_NAMES = tuple("_augment_" + name for name in _AUGMENTABLE_NAMES)


class _SampledAugmenter(meta.Augmenter):
    """Base class of leaf augmenters that draw all samples once per batch.

    See the module docstring for the methods a subclass implements. Subclasses
    written in the 0.4.0 style that override a legacy per-kind hook (e.g.
    ``_augment_images``) are run through the legacy column-by-column path, where
    every other kind still uses the sample-based hooks.
    """

    #: The kinds this augmenter changes; all others pass through untouched.
    _KINDS = _AUGMENTABLE_NAMES

    #: Set per class: whether a legacy ``_augment_<kind>`` hook is overridden.
    _USES_LEGACY_HOOKS = False

    #: The engine copies borrowed images only for leaves that write into them.
    _BORROWS_IMAGES = True

    #: Whether ``_augment_images_by_samples`` leaves its input untouched: it never
    #: writes into the given arrays (nor into an array container) and returns new
    #: arrays for changed rows. Such leaves run on the caller's images directly,
    #: saving one copy of the batch. False (copy first) unless a leaf says so.
    _IMAGES_OUT_OF_PLACE = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._USES_LEGACY_HOOKS = any(
            getattr(cls, hook_name) is not getattr(_SampledAugmenter, hook_name)
            for hook_name in _LEGACY_HOOK_NAMES
        )
        if (
            "_augment_images_by_samples" in cls.__dict__
            and "_augment_images_by_samples_" not in cls.__dict__
        ):
            # a subclass that replaces the images hook is not bypassed by an
            # inherited in-place variant
            cls._augment_images_by_samples_ = (
                _SampledAugmenter._augment_images_by_samples_
            )
        unknown = [kind for kind in cls._KINDS if kind not in _DISPATCH]
        if unknown:
            raise TypeError(
                f"{cls.__name__}._KINDS contains unknown kinds {unknown}; expected "
                f"names from {list(_AUGMENTABLE_NAMES)}."
            )

    # ------------------------------------------------------------ engine
    def _augment_batch_(self, batch, random_state, parents, hooks):
        if self._USES_LEGACY_HOOKS:
            batch.own_images_()
            return meta.Augmenter._augment_batch_(
                self, batch, random_state=random_state, parents=parents, hooks=hooks
            )
        return self._augment_batch_by_samples_(batch, random_state)

    def _augment_batch_by_samples_(self, batch, random_state):
        """Draw samples once and apply them to every changed kind of the batch."""
        present = []
        for name in self._KINDS:
            value = getattr(batch, name)
            if value is not None and len(value) > 0:
                present.append((name, value))
        if not present:
            return batch
        samples = self._draw_samples(batch, random_state)
        for name, value in present:
            if name == "images":
                self._augment_batch_images_(batch, samples)
            else:
                value = _DISPATCH[name](self, value, samples, random_state)
                setattr(batch, name, value)
        return batch

    def _augment_batch_images_(self, batch, samples):
        """Apply the images hook to ``batch.images`` by the ownership rule above."""
        if not self._IMAGES_OUT_OF_PLACE:
            batch.own_images_()
            batch.images = self._augment_images_by_samples(batch.images, samples)
        elif batch.owns_images:
            batch.images = self._augment_images_by_samples_(batch.images, samples)
        else:
            batch.images = self._augment_images_by_samples(batch.images, samples)
            batch.note_images_replaced_()

    def _augment_single_kind(self, name, values, random_state):
        batch = _BatchInAugmentation(**{name: values})
        return getattr(self._augment_batch_by_samples_(batch, random_state), name)

    # legacy per-kind hooks, expressed through the sample-based hooks
    def _augment_images(self, images, random_state, parents, hooks):
        return self._augment_single_kind("images", images, random_state)

    def _augment_heatmaps(self, heatmaps, random_state, parents, hooks):
        return self._augment_single_kind("heatmaps", heatmaps, random_state)

    def _augment_segmentation_maps(self, segmaps, random_state, parents, hooks):
        return self._augment_single_kind("segmentation_maps", segmaps, random_state)

    def _augment_keypoints(self, keypoints_on_images, random_state, parents, hooks):
        return self._augment_single_kind("keypoints", keypoints_on_images, random_state)

    def _augment_bounding_boxes(
        self, bounding_boxes_on_images, random_state, parents, hooks
    ):
        return self._augment_single_kind(
            "bounding_boxes", bounding_boxes_on_images, random_state
        )

    def _augment_polygons(self, polygons_on_images, random_state, parents, hooks):
        return self._augment_single_kind("polygons", polygons_on_images, random_state)

    def _augment_line_strings(
        self, line_strings_on_images, random_state, parents, hooks
    ):
        return self._augment_single_kind(
            "line_strings", line_strings_on_images, random_state
        )

    # ----------------------------------------------------- subclass hooks
    def _draw_samples(self, batch, random_state):
        """Draw the samples of one batch (default: no samples, ``None``).

        Parameters
        ----------
        batch : imgaug.augmentables.batches._BatchInAugmentation
            The batch; only ``nb_rows`` and ``get_rowwise_shapes()`` may be used.
        random_state : imgaug.random.RNG
            The RNG to draw from.

        Returns
        -------
        object
            Samples with one entry per row.

        """
        return None

    def _not_implemented(self, method_name):
        return NotImplementedError(
            f"{type(self).__name__} lists a kind in _KINDS={self._KINDS} but does "
            f"not implement {method_name}()."
        )

    def _augment_images_by_samples(self, images, samples):
        """Apply the samples to images (list or ``(N,H,W,C)`` array)."""
        raise self._not_implemented("_augment_images_by_samples")

    def _augment_images_by_samples_(self, images, samples):
        """Like `_augment_images_by_samples`, but may write into `images`.

        Called instead of it for leaves with ``_IMAGES_OUT_OF_PLACE`` when the
        batch owns its images (see the module docstring).
        """
        return self._augment_images_by_samples(images, samples)

    def _augment_maps_by_samples(self, maps, kind, samples):
        """Apply the samples to heatmaps or segmentation maps."""
        raise self._not_implemented("_augment_maps_by_samples")

    def _augment_keypoints_by_samples(self, kpsois, samples):
        """Apply the samples to a list of ``KeypointsOnImage``."""
        raise self._not_implemented("_augment_keypoints_by_samples")

    def _augment_cbaois_by_samples_as_keypoints(self, cbaois, samples):
        def func(kpsois):
            return self._augment_keypoints_by_samples(kpsois, samples)

        return self._apply_to_cbaois_as_keypoints(cbaois, func)

    def _augment_bounding_boxes_by_samples(self, bbsois, samples):
        """Apply the samples to bounding boxes (default: corners as keypoints)."""
        return self._augment_cbaois_by_samples_as_keypoints(bbsois, samples)

    def _augment_polygons_by_samples(self, psois, samples):
        """Apply the samples to polygons (default: points as keypoints)."""
        return self._augment_cbaois_by_samples_as_keypoints(psois, samples)

    def _augment_line_strings_by_samples(self, lsois, samples):
        """Apply the samples to line strings (default: points as keypoints)."""
        return self._augment_cbaois_by_samples_as_keypoints(lsois, samples)


def draw_list(param, shape, random_state):
    """Draw samples as (nested) Python lists; constants skip numpy altogether.

    ``Deterministic`` never touches the RNG, so answering it here keeps every
    random stream as it is; the value is the one its draws would give (float32 or
    int32 for numbers). This path keeps the per-call cost of single images low.
    """
    # route: tests/perf/test_warp_perf.py::test_draw_list_constants
    if type(param) is iap.Deterministic:
        value = param.value
        if isinstance(value, str):
            sample = value
        else:
            sample = param.draw_sample().item()
        rows = [sample] * shape[-1]
        if len(shape) == 2:
            return [list(rows) for _ in range(shape[0])]
        return rows
    return param.draw_samples(shape, random_state=random_state).tolist()
