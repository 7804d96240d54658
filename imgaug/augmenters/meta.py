"""The augmenter base class and augmenters that combine or control other augmenters.

List of augmenters:

* :class:`Augmenter` (abstract base of every augmenter)
* :class:`Sequential`
* :class:`SomeOf`
* :class:`OneOf`
* :class:`Sometimes`
* :class:`WithChannels`
* :class:`Identity`
* :class:`Noop`
* :class:`Lambda`
* :class:`AssertLambda`
* :class:`AssertShape`
* :class:`ChannelShuffle`
* :class:`RemoveCBAsByOutOfImageFraction`
* :class:`ClipCBAsToImagePlanes`

Every public entry point of :class:`Augmenter` (``augment``, ``__call__``,
``augment_*``, ``augment_batches``, ``pool``) ends in :meth:`Augmenter.augment_batch_`,
which normalizes the input once, copies it once, runs hooks, activation and the
deterministic mode and then calls the subclass hook ``_augment_batch_``. Built-in
leaf augmenters implement that hook through
:class:`imgaug.augmenters._sampled._SampledAugmenter`; the default implementation
here calls the per-kind legacy hooks (``_augment_images``, ``_augment_keypoints``,
...) so that augmenters written for imgaug 0.4.0 keep working.
"""

from __future__ import annotations

import contextlib
import copy as copylib
import hashlib
import re
import struct
import threading
from abc import abstractmethod
from numbers import Integral, Real

import numpy as np

from imgaug import dtypes as iadt
from imgaug import imgaug as ia
from imgaug import parameters as iap
from imgaug import random as iarandom
from imgaug._kernels import channels as _channels
from imgaug.augmentables import normalization as _normalization
from imgaug.augmentables import polys as _polys
from imgaug.augmentables import utils as _augm_utils
from imgaug.augmentables.batches import (
    _AUGMENTABLE_NAMES,
    Batch,
    UnnormalizedBatch,
    _BatchInAugmentation,
)
from imgaug.augmentables.bbs import BoundingBoxesOnImage
from imgaug.augmentables.heatmaps import HeatmapsOnImage
from imgaug.augmentables.kps import KeypointsOnImage
from imgaug.augmentables.lines import LineStringsOnImage
from imgaug.augmentables.polys import PolygonsOnImage
from imgaug.augmentables.segmaps import SegmentationMapsOnImage
from imgaug.augmenters import _pointwise
from imgaug.augmenters._construction import _RecordsArguments
from imgaug.augmenters.base import (
    SuspiciousMultiImageShapeWarning,
    SuspiciousSingleImageShapeWarning,
)
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "clip_augmented_image_",
    "clip_augmented_image",
    "clip_augmented_images_",
    "clip_augmented_images",
    "handle_children_list",
    "reduce_to_nonempty",
    "invert_reduce_to_nonempty",
    "estimate_max_number_of_channels",
    "copy_arrays",
    "shuffle_channels",
    "Augmenter",
    "Sequential",
    "SomeOf",
    "OneOf",
    "Sometimes",
    "WithChannels",
    "Identity",
    "Noop",
    "Lambda",
    "AssertLambda",
    "AssertShape",
    "ChannelShuffle",
    "RemoveCBAsByOutOfImageFraction",
    "ClipCBAsToImagePlanes",
]

_DEPRECATED = "deprecated"
_CBA_NAMES = ("keypoints", "bounding_boxes", "polygons", "line_strings")
_AUGMENT_KWARGS = ("image", *_AUGMENTABLE_NAMES)


# --------------------------------------------------------------------------------
# small private type helpers (kept local: they run on hot paths)
# --------------------------------------------------------------------------------
def _is_int(value):
    return isinstance(value, Integral) and not isinstance(value, (bool, np.bool_))


def _is_number(value):
    return isinstance(value, Real) and not isinstance(value, (bool, np.bool_))


def _is_bool(value):
    return isinstance(value, (bool, np.bool_))


def _rng_from_argument(value, argname):
    """Return ``RNG(value)``; errors name the augmenter's argument `argname`."""
    try:
        return iarandom.RNG(value)
    except (InvalidTypeError, InvalidValueError) as exc:
        raise type(exc)(f"Invalid argument '{argname}': {exc}") from None


def _is_iterable(value):
    try:
        iter(value)
    except TypeError:
        return False
    return True


def _is_not_given(value):
    """Return whether ``value`` is the ``"deprecated"`` default marker."""
    return isinstance(value, str) and value == _DEPRECATED


# --------------------------------------------------------------------------------
# seed keys: one sample, randomness fixed by (seed, epoch, index)
# --------------------------------------------------------------------------------
#: Prefix of the hashed seed-key bytes (so keys never collide with other hashes).
_SEED_KEY_TAG = b"imgaug.seed_key.v1"
_SEED_KEY_MAX = 2**64


class _SeedKeyState(threading.local):
    """Per thread: the RNG of the running keyed call and one to reuse for the next."""

    rng = None
    spare = None


_SEED_KEY_STATE = _SeedKeyState()


def _rng_from_seed_key(seed_key, rng=None):
    """Set `rng` (or a new RNG) to the stream of one seed key and return it.

    A key is an int or a tuple of ints in ``[0, 2**64)``. The SFC64 state words
    ``a, b, c, counter`` are the four little-endian uint64 of
    ``blake2b(tag + n + k_1 + ... + k_n, digest_size=32)`` (``n`` and every
    component as 8 little-endian bytes): different keys (also ``(1, 2)`` and
    ``(1, 2, 0)``) give unrelated streams. Fixed forever: keyed outputs (data
    loaders, the CLI, Dask, Ray) depend on it. A hash and a reused generator
    instead of a new SeedSequence generator: several times faster, once per sample.
    """
    parts = (seed_key,) if not isinstance(seed_key, (tuple, list)) else seed_key
    if not all(type(part) is int for part in parts):  # plain ints: fast path
        if not all(_is_int(part) for part in parts):
            parts = ()
        parts = tuple(int(part) for part in parts)
    if len(parts) == 0:
        raise InvalidTypeError(
            "Expected argument 'seed_key' to be an int or a non-empty tuple of "
            f"ints, e.g. (seed, epoch, index), got {seed_key!r}."
        )
    if not all(0 <= part < _SEED_KEY_MAX for part in parts):
        raise InvalidValueError(
            "Expected every component of argument 'seed_key' to be in "
            f"[0, 2**64), got {seed_key!r}."
        )
    message = _SEED_KEY_TAG + struct.pack(f"<{len(parts) + 1}Q", len(parts), *parts)
    words = struct.unpack("<4Q", hashlib.blake2b(message, digest_size=32).digest())
    if rng is None:
        rng = iarandom.RNG(np.random.SFC64(0))
    rng.generator.bit_generator.state = {
        "bit_generator": "SFC64",
        "state": {"state": np.array(words, dtype=np.uint64)},
        "has_uint32": 0,
        "uinteger": 0,
    }
    return rng


@contextlib.contextmanager
def _seed_key_rng(seed_key):
    """Within the block, every augmenter of this thread draws from `seed_key`'s RNG."""
    previous = _SEED_KEY_STATE.rng
    # outermost keyed call of this thread: reuse its RNG object (only the state
    # changes); a keyed call inside a keyed call gets a new one
    spare = _SEED_KEY_STATE.spare if previous is None else None
    rng = _rng_from_seed_key(seed_key, spare)
    if previous is None:
        _SEED_KEY_STATE.spare = rng
    _SEED_KEY_STATE.rng = rng
    try:
        yield rng
    finally:
        _SEED_KEY_STATE.rng = previous


# --------------------------------------------------------------------------------
# module functions
# --------------------------------------------------------------------------------
def clip_augmented_image_(image, min_value, max_value):
    """Clip an image's values in place (deprecated).

    **Deprecated**. Use :func:`imgaug.dtypes.clip_` instead.

    Parameters
    ----------
    image : ndarray
        Image to clip.
    min_value, max_value : number
        Bounds.

    Returns
    -------
    ndarray
        The clipped image (possibly the same array).

    """
    ia.warn_deprecated(
        "Function `clip_augmented_image_()` is deprecated. Use "
        "`imgaug.dtypes.clip_` instead."
    )
    return iadt.clip_(image, min_value, max_value)


def clip_augmented_image(image, min_value, max_value):
    """Clip a copy of an image (deprecated).

    **Deprecated**. Use :func:`imgaug.dtypes.clip_` on a copy instead.

    Parameters
    ----------
    image : ndarray
        Image to clip; not modified.
    min_value, max_value : number
        Bounds.

    Returns
    -------
    ndarray
        Clipped copy.

    """
    ia.warn_deprecated(
        "Function `clip_augmented_image()` is deprecated. Use "
        "`imgaug.dtypes.clip_` instead."
    )
    return iadt.clip_(np.copy(image), min_value, max_value)


def clip_augmented_images_(images, min_value, max_value):
    """Clip images in place (deprecated).

    **Deprecated**. Use :func:`imgaug.dtypes.clip_` instead.

    Parameters
    ----------
    images : ndarray or list of ndarray
        Images to clip.
    min_value, max_value : number
        Bounds.

    Returns
    -------
    ndarray or list of ndarray
        The clipped images.

    """
    ia.warn_deprecated(
        "Function `clip_augmented_images_()` is deprecated. Use "
        "`imgaug.dtypes.clip_` instead."
    )
    if isinstance(images, np.ndarray):
        return iadt.clip_(images, min_value, max_value)
    for i, image in enumerate(images):
        images[i] = iadt.clip_(image, min_value, max_value)
    return images


def clip_augmented_images(images, min_value, max_value):
    """Clip copies of images (deprecated).

    **Deprecated**. Use :func:`imgaug.dtypes.clip_` on copies instead.

    Parameters
    ----------
    images : ndarray or list of ndarray
        Images to clip; not modified.
    min_value, max_value : number
        Bounds.

    Returns
    -------
    ndarray or list of ndarray
        Clipped copies.

    """
    ia.warn_deprecated(
        "Function `clip_augmented_images()` is deprecated. Use "
        "`imgaug.dtypes.clip_` instead."
    )
    images = copy_arrays(images)
    if isinstance(images, np.ndarray):
        return iadt.clip_(images, min_value, max_value)
    return [iadt.clip_(image, min_value, max_value) for image in images]


def handle_children_list(lst, augmenter_name, lst_name, default="sequential"):
    """Normalize a "children" argument of a container augmenter.

    Parameters
    ----------
    lst : None or Augmenter or iterable of Augmenter
        The argument as given by the user.
    augmenter_name : str
        Name of the container; used to name a created :class:`Sequential`.
    lst_name : str
        Name of the list (e.g. ``"then"``); the created :class:`Sequential` is named
        ``"<augmenter_name>-<lst_name>"``.
    default : "sequential" or object, optional
        What ``None`` (and an empty iterable, unless this is ``"sequential"``)
        becomes: ``"sequential"`` means an empty :class:`Sequential`.

    Returns
    -------
    Augmenter or object
        An iterable augmenter (given ones are returned as they are), a new
        :class:`Sequential`, or ``default``.

    Examples
    --------
    >>> from imgaug.augmenters.meta import handle_children_list, Identity
    >>> handle_children_list([Identity()], "Parent", "then").name
    'Parent-then'

    """
    return _handle_children_list(lst, augmenter_name, lst_name, default)


def _handle_children_list(lst, augmenter_name, lst_name, default, argname=None):
    """Implement :func:`handle_children_list`; errors name `argname` if given."""
    seq_name = f"{augmenter_name}-{lst_name}"
    use_sequential = isinstance(default, str) and default == "sequential"
    where = f"list '{lst_name}' of augmenter '{augmenter_name}'"
    if argname is not None:
        where = f"argument '{argname}' ({where})"
    if lst is None:
        return Sequential([], name=seq_name) if use_sequential else default
    if isinstance(lst, Augmenter):
        if _is_iterable(lst):
            return lst
        return Sequential(lst, name=seq_name)
    if _is_iterable(lst) and not isinstance(lst, (str, bytes, np.ndarray)):
        lst = list(lst)
        if len(lst) == 0 and not use_sequential:
            return default
        bad = [
            type(child).__name__ for child in lst if not isinstance(child, Augmenter)
        ]
        if bad:
            raise InvalidTypeError(
                f"Expected all children of {where} to be augmenters, got "
                f"non-augmenters of types {bad}."
            )
        return Sequential(lst, name=seq_name)
    raise InvalidTypeError(
        f"Expected None, an augmenter or a list of augmenters as children {where}, "
        f"got {type(lst).__name__}."
    )


def reduce_to_nonempty(objs):
    """Keep only the objects whose ``empty`` attribute is ``False``.

    Parameters
    ----------
    objs : list
        Objects with an ``empty`` attribute (e.g. ``KeypointsOnImage``).

    Returns
    -------
    tuple of list
        ``(objs_reduced, ids)``: the non-empty objects and their indices.

    """
    objs_reduced = []
    ids = []
    for i, obj in enumerate(objs):
        if not obj.empty:
            objs_reduced.append(obj)
            ids.append(i)
    return objs_reduced, ids


def invert_reduce_to_nonempty(objs, ids, objs_reduced):
    """Put objects returned by :func:`reduce_to_nonempty` back at their indices.

    Parameters
    ----------
    objs : list
        The full original list.
    ids : list of int
        Indices returned by :func:`reduce_to_nonempty`.
    objs_reduced : list
        Replacements, one per index.

    Returns
    -------
    list
        A new list: ``objs`` with the replacements written in.

    """
    objs_inv = list(objs)
    for idx, obj in zip(ids, objs_reduced):
        objs_inv[idx] = obj
    return objs_inv


def estimate_max_number_of_channels(images):
    """Return the largest channel count among images.

    Parameters
    ----------
    images : (N,H,W,C) ndarray or list of ndarray
        Images; 2D images in a list count as one channel.

    Returns
    -------
    None or int
        The maximum channel count, ``None`` for an empty list.

    Examples
    --------
    >>> import numpy as np
    >>> from imgaug.augmenters.meta import estimate_max_number_of_channels
    >>> estimate_max_number_of_channels([np.zeros((2, 2)), np.zeros((2, 2, 4))])
    4

    """
    if isinstance(images, np.ndarray):
        if images.ndim != 4:
            raise InvalidValueError(
                "Expected argument 'images' to be a 4D (N,H,W,C) array, got an array "
                f"of shape {images.shape}."
            )
        return images.shape[3]
    if len(images) == 0:
        return None
    return max(image.shape[2] if image.ndim == 3 else 1 for image in images)


def copy_arrays(arrays):
    """Copy an array or every array in a list.

    Parameters
    ----------
    arrays : ndarray or list of ndarray
        Arrays to copy.

    Returns
    -------
    ndarray or list of ndarray
        Copies, in the same container type.

    """
    if isinstance(arrays, np.ndarray):
        return np.copy(arrays)
    return [np.copy(array) for array in arrays]


def _draw_channel_permutation(nb_channels, channels, random_state):
    """Draw a channel index array that permutes ``channels`` among themselves."""
    if channels is None or (isinstance(channels, str) and channels == ia.ALL):
        return random_state.permutation(nb_channels)
    channels = [int(channel) for channel in channels]
    bad = [channel for channel in channels if not 0 <= channel < nb_channels]
    if bad:
        raise InvalidValueError(
            f"Expected argument 'channels' to contain only indices of existing "
            f"channels (0 to {nb_channels - 1}), got {bad}."
        )
    if len(set(channels)) == nb_channels:
        return random_state.permutation(nb_channels)
    full = np.arange(nb_channels)
    full[channels] = random_state.permutation(channels)
    return full


def shuffle_channels(image, random_state, channels=None):
    """Randomly permute the channels of an image.

    Supported dtypes
    ----------------
    All dtypes (only indexing is used): yes; fully tested: uint8, float32.

    Parameters
    ----------
    image : (H,W) or (H,W,C) ndarray
        The image; 2D or single-channel images are returned unchanged.
    random_state : imgaug.random.RNG or int or None
        Source of randomness.
    channels : None or imgaug.ALL or list of int, optional
        Channels to permute among themselves; ``None``/``imgaug.ALL`` = all.

    Returns
    -------
    ndarray
        Image with permuted channels (a new array unless returned unchanged).

    Examples
    --------
    >>> import numpy as np
    >>> from imgaug.augmenters.meta import shuffle_channels
    >>> image = np.arange(3, dtype=np.uint8).reshape((1, 1, 3))
    >>> sorted(shuffle_channels(image, 1).flatten().tolist())
    [0, 1, 2]

    """
    if image.ndim < 3 or image.shape[2] == 1:
        return image
    if not isinstance(random_state, iarandom.RNG):
        random_state = iarandom.RNG(random_state)
    permutation = _draw_channel_permutation(image.shape[2], channels, random_state)
    return _channels.permute_channels(image, permutation)


def _warn_if_suspicious_single_image(image, entry_point):
    """Warn when one image's last axis is so large that it may be a stack of images."""
    if image.ndim == 3 and image.shape[-1] >= 32 and image.shape[0:2] != (1, 1):
        ia.warn(
            f"You provided an image of shape {image.shape} to {entry_point}. "
            "Its last axis is very large, so it might be a stack of (H, W) images "
            "rather than one (H, W, C) image. Use augment_images() or "
            "augment(images=...) for several images.",
            category=SuspiciousSingleImageShapeWarning,
        )


def _warn_if_suspicious_image_array(images, entry_point):
    """Warn when a 3D images array, read as (N, H, W), looks like one (H, W, C)."""
    if isinstance(images, np.ndarray) and images.ndim == 3:
        if images.shape[-1] in (1, 3):
            ia.warn(
                f"You provided a numpy array of shape {images.shape} to "
                f"{entry_point}. It is read as (N, H, W) grayscale images, but the "
                "last axis has size 1 or 3, so it might be a single (H, W, C) "
                "image. Use augment_image() or augment(image=...) for one image.",
                category=SuspiciousMultiImageShapeWarning,
            )


# --------------------------------------------------------------------------------
# Augmenter
# --------------------------------------------------------------------------------
class Augmenter(metaclass=_RecordsArguments):
    """Base class of every augmenter.

    Parameters
    ----------
    seed : None or int or imgaug.random.RNG or numpy.random.Generator, optional
        Seed of the augmenter's random number generator. ``None`` shares the global
        RNG (see :mod:`imgaug.random`); an int gives the augmenter its own RNG.
        Numpy ``BitGenerator``, ``SeedSequence`` and ``RandomState`` work as well.
    name : None or str, optional
        Name of the augmenter, e.g. for :meth:`find_augmenters_by_name`. ``None``
        means ``"Unnamed<ClassName>"``.
    random_state : None or int or imgaug.random.RNG or numpy.random.Generator, optional
        Old name of ``seed``; cannot be combined with it.
    deterministic : bool, optional
        **Deprecated**. Use :meth:`to_deterministic` instead.

    Attributes
    ----------
    name : str
        The name.
    deterministic : bool
        Whether the augmenter repeats the same samples on every call.
    random_state : imgaug.random.RNG
        The random number generator.
    activated : bool
        Whether the augmenter runs at all (hooks may switch it off).

    """

    #: Whether ``_augment_batch_`` may receive images that are still the caller's
    #: arrays (see ``_BatchInAugmentation.borrow_images_``). False for every class
    #: that does not say otherwise -- including users' subclasses, which may write
    #: into ``batch.images`` -- so their images are copied first.
    _BORROWS_IMAGES = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # a subclass that brings its own batch or image code must opt in itself
        overrides = ("_augment_batch_", "_augment_images", "_augment_batch_by_samples_")
        if "_BORROWS_IMAGES" not in cls.__dict__ and any(
            name in cls.__dict__ for name in overrides
        ):
            cls._BORROWS_IMAGES = False

    def __init__(
        self,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        if name is None:
            name = "Unnamed" + type(self).__name__
        elif not isinstance(name, str):
            raise InvalidTypeError(
                f"Expected argument 'name' to be None or a string, got "
                f"{type(name).__name__}."
            )
        self.name = name

        if _is_not_given(deterministic):
            deterministic = False
        else:
            ia.warn_deprecated(
                "The parameter `deterministic` is deprecated in "
                "imgaug.augmenters.meta.Augmenter. Use `.to_deterministic()` to "
                "switch into deterministic mode."
            )
            if not _is_bool(deterministic):
                raise InvalidTypeError(
                    "Expected argument 'deterministic' to be a bool, got "
                    f"{type(deterministic).__name__}."
                )
            deterministic = bool(deterministic)
        self.deterministic = deterministic

        if not _is_not_given(random_state):
            if seed is not None:
                raise InvalidValueError(
                    "Expected at most one of the arguments 'seed' and 'random_state' "
                    "(deprecated alias of 'seed') to be set, got both."
                )
            seed = random_state

        if deterministic and seed is None:
            self.random_state = iarandom.RNG.create_pseudo_random_()
        else:
            argname = "seed" if _is_not_given(random_state) else "random_state"
            self.random_state = _rng_from_argument(seed, argname)
        self.activated = True

    # ---------------------------------------------------------------- batches
    def augment_batches(self, batches, hooks=None, background=False):
        """Augment several batches, one after another (a generator).

        Parameters
        ----------
        batches : Batch or UnnormalizedBatch or iterable
            The batch or an iterable/generator of ``Batch`` or
            ``UnnormalizedBatch`` objects. Deprecated alternatives:
            ``(N,H,W[,C])`` image arrays and lists of images or of one kind of
            ``*OnImage`` objects.
        hooks : None or imgaug.imgaug.HooksImages, optional
            Hooks for every batch (not allowed with ``background=True``).
        background : bool, optional
            Whether to augment in background processes via
            :class:`imgaug.multicore.Pool`.

        Yields
        ------
        Batch or UnnormalizedBatch or object
            The augmented batches, in input order and in their input type (an
            ``UnnormalizedBatch`` becomes a new ``UnnormalizedBatch`` with ``*_aug``
            set; deprecated inputs give the augmented column only).

        """
        if isinstance(batches, (Batch, UnnormalizedBatch)):
            batches = [batches]
        if isinstance(batches, (np.ndarray, str, bytes)) or not _is_iterable(batches):
            raise InvalidTypeError(
                "Expected argument 'batches' to be a Batch, an UnnormalizedBatch or "
                "an iterable or generator of them, got "
                f"{type(batches).__name__}."
            )
        if background and hooks is not None:
            raise InvalidValueError(
                "Hooks cannot be used together with background augmentation "
                "(background=True): hooks are not picklable."
            )
        if background:
            yield from self._augment_batches_in_background(batches)
            return
        for idx, batch in enumerate(batches):
            kind, normalized, extra = self._normalize_batch_for_augment_batches(
                batch, idx
            )
            if kind == "empty":
                yield []
                continue
            batch_aug = self.augment_batch_(normalized, hooks=hooks)
            yield self._restore_batch_from_augment_batches(
                kind, batch, batch_aug, extra
            )

    def _augment_batches_in_background(self, batches):
        # upward reference forced by the spec: multicore sits above augmenters
        from imgaug import multicore

        pending = {}
        counter = {"count": 0}

        def _generate():
            for idx, batch in enumerate(batches):
                kind, normalized, extra = self._normalize_batch_for_augment_batches(
                    batch, idx
                )
                pending[idx] = (kind, batch, extra)
                counter["count"] = idx + 1
                if kind != "empty":
                    yield normalized

        next_idx = 0
        with multicore.Pool(self) as pool:
            buffer_size = pool.pool._processes * 10
            for batch_aug in pool.imap_batches(
                _generate(), output_buffer_size=buffer_size
            ):
                idx = batch_aug.data[0]
                while next_idx < idx:  # rows in between were empty legacy inputs
                    pending.pop(next_idx, None)
                    next_idx += 1
                    yield []
                kind, batch, extra = pending.pop(idx)
                next_idx = idx + 1
                yield self._restore_batch_from_augment_batches(
                    kind, batch, batch_aug, extra
                )
        while next_idx < counter["count"]:
            pending.pop(next_idx, None)
            next_idx += 1
            yield []

    @classmethod
    def _normalize_batch_for_augment_batches(cls, batch, idx):
        """Return ``(kind, normalized_batch_or_None, extra)`` for augment_batches."""
        if isinstance(batch, Batch):
            normalized = batch.deepcopy()
            normalized.data = (idx, normalized.data)
            return "Batch", normalized, None
        if isinstance(batch, UnnormalizedBatch):
            normalized = batch.to_normalized_batch()
            normalized.data = (idx, normalized.data)
            return "UnnormalizedBatch", normalized, None

        column = cls._get_legacy_batch_column(batch)
        ia.warn_deprecated(
            "Received an input in augment_batches() that was neither a Batch nor an "
            f"UnnormalizedBatch, but {type(batch).__name__}. This is deprecated; "
            "wrap the data in imgaug.augmentables.batches.UnnormalizedBatch instead."
        )
        if column is None:
            return "empty", None, None
        unnormalized = UnnormalizedBatch(**{column: batch})
        normalized = unnormalized.to_normalized_batch()
        normalized.data = (idx, None)
        return "legacy", normalized, (column, unnormalized)

    @staticmethod
    def _get_legacy_batch_column(batch):
        if isinstance(batch, np.ndarray):
            if batch.ndim in (3, 4):
                return "images"
        elif isinstance(batch, list):
            if len(batch) == 0:
                return None
            first = batch[0]
            if isinstance(first, np.ndarray):
                return "images"
            by_class = (
                (HeatmapsOnImage, "heatmaps"),
                (SegmentationMapsOnImage, "segmentation_maps"),
                (KeypointsOnImage, "keypoints"),
                (BoundingBoxesOnImage, "bounding_boxes"),
                (PolygonsOnImage, "polygons"),
                (LineStringsOnImage, "line_strings"),
            )
            for klass, column in by_class:
                if isinstance(first, klass):
                    return column
        raise InvalidTypeError(
            "Unknown datatype of batch in augment_batches(): expected Batch, "
            "UnnormalizedBatch, an image array (3D/4D) or a list of images or of "
            f"one kind of *OnImage objects, got {type(batch).__name__}."
        )

    @staticmethod
    def _restore_batch_from_augment_batches(kind, batch, batch_aug, extra):
        if kind == "Batch":
            batch_aug.data = batch_aug.data[1]
            return batch_aug
        if kind == "UnnormalizedBatch":
            batch_aug.data = batch_aug.data[1]
            return batch.fill_from_augmented_normalized_batch(batch_aug)
        column, unnormalized = extra
        batch_aug.data = None
        unnormalized.fill_from_augmented_normalized_batch_(batch_aug)
        return getattr(unnormalized, column + "_aug")

    def augment_batch(self, batch, hooks=None):
        """Augment a single batch (deprecated).

        **Deprecated**. Use :meth:`augment_batch_` instead.

        Parameters
        ----------
        batch : Batch or UnnormalizedBatch or _BatchInAugmentation
            The batch.
        hooks : None or imgaug.imgaug.HooksImages, optional
            Hooks.

        Returns
        -------
        Batch or UnnormalizedBatch or _BatchInAugmentation
            See :meth:`augment_batch_`.

        """
        ia.warn_deprecated(
            "Method `Augmenter.augment_batch()` is deprecated. Use "
            "`augment_batch_()` instead."
        )
        return self.augment_batch_(batch, hooks=hooks)

    def augment_batch_(self, batch, parents=None, hooks=None):
        """Augment a single batch in place.

        Parameters
        ----------
        batch : Batch or UnnormalizedBatch or _BatchInAugmentation
            The batch. Its inputs are copied once (except for a
            ``_BatchInAugmentation``, which is changed in place).
        parents : None or list of Augmenter, optional
            Augmenters that called this one.
        hooks : None or imgaug.imgaug.HooksImages, optional
            Hooks that may change columns or deactivate this augmenter.

        Returns
        -------
        Batch or UnnormalizedBatch or _BatchInAugmentation
            The same kind of object that was passed in: a ``Batch`` or
            ``UnnormalizedBatch`` is returned with its ``*_aug`` attributes filled (in
            the input forms for ``UnnormalizedBatch``).

        """
        batch_type = type(batch)
        if batch_type is _BatchInAugmentation:
            batch_norm = None
            batch_inaug = batch
        elif batch_type is UnnormalizedBatch or batch_type is Batch:
            batch_norm = batch.to_normalized_batch()
            batch_inaug = batch_norm._to_batch_in_augmentation_borrowing_images()
        elif isinstance(batch, _BatchInAugmentation):
            batch_norm = None
            batch_inaug = batch
        elif isinstance(batch, (UnnormalizedBatch, Batch)):
            batch_norm = batch.to_normalized_batch()
            batch_inaug = batch_norm._to_batch_in_augmentation_borrowing_images()
        else:
            raise ValueError(
                "Expected argument 'batch' to be an UnnormalizedBatch, Batch or "
                f"_BatchInAugmentation, got {type(batch).__name__}."
            )

        if hooks is None and self.activated:
            if batch_inaug.nb_rows > 0:
                batch_inaug = self._augment_batch_in_context_(
                    batch_inaug, [] if parents is None else parents, None
                )
        else:
            batch_inaug = self._augment_batch_with_hooks_(batch_inaug, parents, hooks)

        if batch_norm is None:
            return batch_inaug
        batch_inaug.own_images_()  # never hand the caller's arrays back
        batch_norm.fill_from_batch_in_augmentation_(batch_inaug)
        if batch_norm is batch:
            return batch
        return batch.fill_from_augmented_normalized_batch_(batch_norm)

    def _augment_batch_in_context_(self, batch, parents, hooks):
        """Call ``_augment_batch_``; deterministic augmenters restore their RNG."""
        if not self._BORROWS_IMAGES:
            batch.own_images_()
        random_state = self.random_state
        if not self.deterministic:
            keyed = _SEED_KEY_STATE.rng  # set during augment(..., seed_key=...)
            return self._augment_batch_(
                batch,
                random_state=random_state if keyed is None else keyed,
                parents=parents,
                hooks=hooks,
            )
        state = random_state.state
        try:
            return self._augment_batch_(
                batch, random_state=random_state, parents=parents, hooks=hooks
            )
        finally:
            random_state.set_state_(state)

    def _augment_batch_with_hooks_(self, batch, parents, hooks):
        if hooks is not None:
            batch.own_images_()  # hook callbacks may change images in place
            for column in batch.columns:
                value = hooks.preprocess(column.value, augmenter=self, parents=parents)
                setattr(batch, column.attr_name, value)

        hidden = []
        for column in batch.columns:
            if not self.activated:
                activated = False
            elif hooks is None:
                activated = True
            else:
                activated = hooks.is_activated(
                    column.value,
                    augmenter=self,
                    parents=parents,
                    default=self.activated,
                )
            if not activated:
                hidden.append((column.attr_name, column.value))
                setattr(batch, column.attr_name, None)

        if not batch.empty:
            batch = self._augment_batch_in_context_(
                batch, [] if parents is None else parents, hooks
            )

        for attr_name, value in hidden:
            setattr(batch, attr_name, value)

        if hooks is not None:
            for column in batch.columns:
                value = hooks.postprocess(column.value, augmenter=self, parents=parents)
                setattr(batch, column.attr_name, value)
        return batch

    def _augment_batch_(self, batch, random_state, parents, hooks):
        """Augment a working batch in place; the default calls the legacy hooks.

        Each non-empty column ``<name>`` goes through ``_augment_<name>``. With more
        than one column (or in deterministic mode) every call starts from the same
        RNG state, so all columns receive identical samples; afterwards the RNG is
        advanced once.

        Parameters
        ----------
        batch : _BatchInAugmentation
            The working batch.
        random_state : imgaug.random.RNG
            The RNG to use.
        parents : list of Augmenter
            Parent augmenters.
        hooks : None or imgaug.imgaug.HooksImages
            Hooks.

        Returns
        -------
        _BatchInAugmentation
            The batch.

        """
        columns = batch.columns
        multiple = len(columns) > 1
        if not multiple and not self.deterministic:
            for column in columns:
                func = getattr(self, "_augment_" + column.name)
                value = func(
                    column.value,
                    random_state=random_state,
                    parents=parents,
                    hooks=hooks,
                )
                setattr(batch, column.attr_name, value)
            return batch

        for column in columns:
            state = random_state.state
            try:
                func = getattr(self, "_augment_" + column.name)
                value = func(
                    column.value,
                    random_state=random_state,
                    parents=parents,
                    hooks=hooks,
                )
            finally:
                random_state.set_state_(state)
            setattr(batch, column.attr_name, value)
        if multiple and not self.deterministic:
            random_state.advance_()
        return batch

    # --------------------------------------------------------- legacy hooks
    def _augment_images(self, images, random_state, parents, hooks):
        """Augment images (legacy hook; default: unchanged)."""
        return images

    def _augment_heatmaps(self, heatmaps, random_state, parents, hooks):
        """Augment heatmaps (legacy hook; default: unchanged)."""
        return heatmaps

    def _augment_segmentation_maps(self, segmaps, random_state, parents, hooks):
        """Augment segmentation maps (legacy hook; default: unchanged)."""
        return segmaps

    def _augment_keypoints(self, keypoints_on_images, random_state, parents, hooks):
        """Augment keypoints (legacy hook; default: unchanged)."""
        return keypoints_on_images

    def _augment_bounding_boxes(
        self, bounding_boxes_on_images, random_state, parents, hooks
    ):
        """Augment bounding boxes (legacy hook; default: unchanged)."""
        return bounding_boxes_on_images

    def _augment_polygons(self, polygons_on_images, random_state, parents, hooks):
        """Augment polygons (legacy hook; default: unchanged)."""
        return polygons_on_images

    def _augment_line_strings(
        self, line_strings_on_images, random_state, parents, hooks
    ):
        """Augment line strings (legacy hook; default: unchanged)."""
        return line_strings_on_images

    # ------------------------------------------- coordinates as keypoints
    def _augment_bounding_boxes_as_keypoints(
        self, bounding_boxes_on_images, random_state, parents, hooks
    ):
        return self._augment_cbaois_as_keypoints(
            bounding_boxes_on_images, random_state, parents, hooks
        )

    def _augment_polygons_as_keypoints(
        self, polygons_on_images, random_state, parents, hooks, recoverer=None
    ):
        def func(kpsois):
            return self._augment_keypoints(
                kpsois, random_state=random_state, parents=parents, hooks=hooks
            )

        return self._apply_to_polygons_as_keypoints(
            polygons_on_images, func, recoverer=recoverer, random_state=random_state
        )

    def _augment_line_strings_as_keypoints(
        self, line_strings_on_images, random_state, parents, hooks
    ):
        return self._augment_cbaois_as_keypoints(
            line_strings_on_images, random_state, parents, hooks
        )

    def _augment_cbaois_as_keypoints(self, cbaois, random_state, parents, hooks):
        def func(kpsois):
            return self._augment_keypoints(
                kpsois, random_state=random_state, parents=parents, hooks=hooks
            )

        return self._apply_to_cbaois_as_keypoints(cbaois, func)

    @classmethod
    def _apply_to_cbaois_as_keypoints(cls, cbaois, func):
        """Run ``func`` on keypoint versions of coordinate containers, write back.

        Parameters
        ----------
        cbaois : object or list of object
            ``BoundingBoxesOnImage``, ``PolygonsOnImage``, ``LineStringsOnImage``
            or ``KeypointsOnImage`` (or a list of them).
        func : callable
            Receives a list of ``KeypointsOnImage`` (or one, mirroring the input)
            and returns the transformed ones.

        Returns
        -------
        object or list of object
            The containers with the transformed coordinates (changed in place).

        """
        kpsois = _augm_utils.convert_cbaois_to_kpsois(cbaois)
        kpsois_aug = func(kpsois)
        return _augm_utils.invert_convert_cbaois_to_kpsois_(cbaois, kpsois_aug)

    @classmethod
    def _apply_to_polygons_as_keypoints(
        cls, psois, func, recoverer=None, random_state=None
    ):
        """Like :meth:`_apply_to_cbaois_as_keypoints`, then repair invalid polygons.

        Parameters
        ----------
        psois : PolygonsOnImage or list of PolygonsOnImage
            The polygons.
        func : callable
            Transformation of the keypoint versions.
        recoverer : None or imgaug.augmentables.polys._ConcavePolygonRecoverer, optional
            Repairs polygons that became invalid; ``None`` skips the repair.
        random_state : None or imgaug.random.RNG, optional
            RNG for the repair.

        Returns
        -------
        PolygonsOnImage or list of PolygonsOnImage
            The transformed polygons.

        """
        psois_orig = None
        if recoverer is not None:
            if isinstance(psois, list):
                psois_orig = [psoi.deepcopy() for psoi in psois]
            else:
                psois_orig = psois.deepcopy()
        psois = cls._apply_to_cbaois_as_keypoints(psois, func)
        if recoverer is not None:
            psois = _polys.recover_psois_(psois, psois_orig, recoverer, random_state)
        return psois

    # --------------------------------------------------------- user API
    def augment_image(self, image, hooks=None):
        """Augment a single image.

        Parameters
        ----------
        image : (H,W) or (H,W,C) ndarray
            The image.
        hooks : None or imgaug.imgaug.HooksImages, optional
            Hooks.

        Returns
        -------
        ndarray
            The augmented image.

        """
        if not isinstance(image, np.ndarray):
            raise InvalidTypeError(
                "Expected argument 'image' to be a numpy array, got "
                f"{type(image).__name__}."
            )
        if image.ndim not in (2, 3):
            raise InvalidValueError(
                "Expected argument 'image' to have two or three dimensions (H,W) or "
                f"(H,W,C), got shape {image.shape}. Use augment_images() for "
                "several images."
            )
        _warn_if_suspicious_single_image(image, "augment_image()")
        if hooks is None:
            return self._augment_images_fast([image])[0]
        return self.augment_images([image], hooks=hooks)[0]

    def augment_images(self, images, parents=None, hooks=None):
        """Augment several images.

        Parameters
        ----------
        images : (N,H,W,C) ndarray or (N,H,W) ndarray or list of ndarray
            The images; a 3D array is read as ``N`` grayscale images.
        parents : None or list of Augmenter, optional
            Parent augmenters.
        hooks : None or imgaug.imgaug.HooksImages, optional
            Hooks.

        Returns
        -------
        ndarray or list of ndarray
            The augmented images, in the input container type where shapes allow.

        """
        _warn_if_suspicious_image_array(images, "augment_images()")
        if hooks is None and isinstance(images, (np.ndarray, list)):
            return self._augment_images_fast(images, parents)
        batch = UnnormalizedBatch(images=images)
        return self.augment_batch_(batch, parents=parents, hooks=hooks).images_aug

    def _augment_images_fast(self, images, parents=None):
        """Augment images given as array or list, without hooks or other columns.

        The same steps as :meth:`augment_batch_` on an ``UnnormalizedBatch`` holding
        only ``images`` (normalize, borrow, augment, copy what is still borrowed,
        restore the input form), minus the batch objects: per-call overhead matters
        when one image is augmented per call.
        """
        normalized = _normalization.normalize_images(images)
        batch = _BatchInAugmentation().borrow_images_(normalized)
        if self.activated and len(normalized) > 0:
            batch = self._augment_batch_in_context_(
                batch, [] if parents is None else parents, None
            )
        batch.own_images_()  # never hand the caller's arrays back
        return _normalization.invert_normalize_images(batch.images, images)

    def augment_heatmaps(self, heatmaps, parents=None, hooks=None):
        """Augment heatmaps.

        Parameters
        ----------
        heatmaps : HeatmapsOnImage or list of HeatmapsOnImage
            The heatmaps.
        parents : None or list of Augmenter, optional
            Parent augmenters.
        hooks : None or imgaug.imgaug.HooksImages, optional
            Hooks.

        Returns
        -------
        HeatmapsOnImage or list of HeatmapsOnImage
            The augmented heatmaps, in the input form.

        """
        batch = UnnormalizedBatch(heatmaps=heatmaps)
        return self.augment_batch_(batch, parents=parents, hooks=hooks).heatmaps_aug

    def augment_segmentation_maps(self, segmaps, parents=None, hooks=None):
        """Augment segmentation maps.

        Parameters
        ----------
        segmaps : SegmentationMapsOnImage or list of SegmentationMapsOnImage
            The segmentation maps.
        parents : None or list of Augmenter, optional
            Parent augmenters.
        hooks : None or imgaug.imgaug.HooksImages, optional
            Hooks.

        Returns
        -------
        SegmentationMapsOnImage or list of SegmentationMapsOnImage
            The augmented maps, in the input form.

        """
        batch = UnnormalizedBatch(segmentation_maps=segmaps)
        batch = self.augment_batch_(batch, parents=parents, hooks=hooks)
        return batch.segmentation_maps_aug

    def augment_keypoints(self, keypoints_on_images, parents=None, hooks=None):
        """Augment keypoints.

        Parameters
        ----------
        keypoints_on_images : KeypointsOnImage or list of KeypointsOnImage
            The keypoints.
        parents : None or list of Augmenter, optional
            Parent augmenters.
        hooks : None or imgaug.imgaug.HooksImages, optional
            Hooks.

        Returns
        -------
        KeypointsOnImage or list of KeypointsOnImage
            The augmented keypoints, in the input form.

        """
        batch = UnnormalizedBatch(keypoints=keypoints_on_images)
        return self.augment_batch_(batch, parents=parents, hooks=hooks).keypoints_aug

    def augment_bounding_boxes(
        self, bounding_boxes_on_images, parents=None, hooks=None
    ):
        """Augment bounding boxes.

        Parameters
        ----------
        bounding_boxes_on_images : BoundingBoxesOnImage or list of BoundingBoxesOnImage
            The bounding boxes.
        parents : None or list of Augmenter, optional
            Parent augmenters.
        hooks : None or imgaug.imgaug.HooksImages, optional
            Hooks.

        Returns
        -------
        BoundingBoxesOnImage or list of BoundingBoxesOnImage
            The augmented bounding boxes, in the input form.

        """
        batch = UnnormalizedBatch(bounding_boxes=bounding_boxes_on_images)
        batch = self.augment_batch_(batch, parents=parents, hooks=hooks)
        return batch.bounding_boxes_aug

    def augment_polygons(self, polygons_on_images, parents=None, hooks=None):
        """Augment polygons.

        Parameters
        ----------
        polygons_on_images : PolygonsOnImage or list of PolygonsOnImage
            The polygons.
        parents : None or list of Augmenter, optional
            Parent augmenters.
        hooks : None or imgaug.imgaug.HooksImages, optional
            Hooks.

        Returns
        -------
        PolygonsOnImage or list of PolygonsOnImage
            The augmented polygons, in the input form.

        """
        batch = UnnormalizedBatch(polygons=polygons_on_images)
        return self.augment_batch_(batch, parents=parents, hooks=hooks).polygons_aug

    def augment_line_strings(self, line_strings_on_images, parents=None, hooks=None):
        """Augment line strings.

        Parameters
        ----------
        line_strings_on_images : LineStringsOnImage or list of LineStringsOnImage
            The line strings.
        parents : None or list of Augmenter, optional
            Parent augmenters.
        hooks : None or imgaug.imgaug.HooksImages, optional
            Hooks.

        Returns
        -------
        LineStringsOnImage or list of LineStringsOnImage
            The augmented line strings, in the input form.

        """
        batch = UnnormalizedBatch(line_strings=line_strings_on_images)
        batch = self.augment_batch_(batch, parents=parents, hooks=hooks)
        return batch.line_strings_aug

    def augment(self, return_batch=False, hooks=None, **kwargs):
        """Augment data given as keyword arguments, returned in the same forms.

        Parameters
        ----------
        return_batch : bool, optional
            Return the :class:`UnnormalizedBatch` instead of the data.
        hooks : None or imgaug.imgaug.HooksImages, optional
            Hooks.
        **kwargs
            Any of ``image``, ``images``, ``heatmaps``, ``segmentation_maps``,
            ``keypoints``, ``bounding_boxes``, ``polygons``, ``line_strings`` (not
            both ``image`` and ``images``), in any form that
            :class:`UnnormalizedBatch` accepts. Additionally the ``metadata_key``
            of any mixing augmenter in the pipeline (e.g. ``mosaic_metadata``, see
            :mod:`imgaug.augmenters.mix`): the list of donor dicts of a single
            image, or one such list per row. Metadata is not returned.
            And ``seed_key``: an int or a tuple of ints such as ``(seed, epoch,
            index)`` (each in ``[0, 2**64)``). With it, one sample (``image=`` or
            a batch of one row) is augmented with randomness that depends only on
            the key, the data and the pipeline's configuration: every augmenter
            of the pipeline draws from one generator created from the key, and
            neither their own generators nor the global RNG are used or advanced
            (deterministic augmenters keep their fixed samples). The same key
            gives the same result in any thread, process or machine, whatever
            was augmented before; this is how ``imgaug.integrations`` makes data
            loaders, Dask and Ray reproducible.

        Returns
        -------
        object or tuple or UnnormalizedBatch
            One augmented value if one keyword was given, otherwise a tuple in the
            order of the keywords; or the batch if ``return_batch`` is set.

        Examples
        --------
        >>> import numpy as np
        >>> import imgaug.augmenters as iaa
        >>> image = np.zeros((4, 4, 3), dtype=np.uint8)
        >>> iaa.Identity()(image=image).shape
        (4, 4, 3)
        >>> aug = iaa.Affine(rotate=(-45, 45))
        >>> a = aug(image=image, seed_key=(1, 0, 7))  # seed 1, epoch 0, sample 7
        >>> b = aug(image=image, seed_key=(1, 0, 7))
        >>> bool((a == b).all())
        True

        """
        seed_key = kwargs.pop("seed_key", None)
        if hooks is None and return_batch is False and len(kwargs) == 1:
            image = kwargs.get("image")
            if (
                type(image) is np.ndarray
                and image.ndim in (2, 3)
                and image.dtype.kind in "biuf"
            ):
                # one image per call (the data-loader habit): no batch objects
                _warn_if_suspicious_single_image(image, "augment(image=...)")
                if seed_key is None:
                    return self._augment_images_fast([image])[0]
                with _seed_key_rng(seed_key):
                    return self._augment_images_fast([image])[0]
        if not _is_bool(return_batch):
            raise InvalidTypeError(
                "Expected argument 'return_batch' to be a bool, got "
                f"{type(return_batch).__name__}. Call augment() only with named "
                "arguments, e.g. augment(images=<array>)."
            )
        if not kwargs:
            raise InvalidValueError(
                "Expected augment() to receive at least one of the named arguments "
                f"{list(_AUGMENT_KWARGS)}, got none."
            )
        metadata = None
        unknown = [key for key in kwargs if key not in _AUGMENT_KWARGS]
        if unknown:
            kwargs, metadata = self._split_metadata_kwargs(kwargs, unknown)
            if not kwargs:
                raise InvalidValueError(
                    "Expected augment() to receive data (one of the named arguments "
                    f"{list(_AUGMENT_KWARGS)}) besides the metadata {unknown}."
                )
        single_image = "image" in kwargs
        if single_image:
            if "images" in kwargs:
                raise InvalidValueError(
                    "Expected augment() to receive either 'image' or 'images', got "
                    "both."
                )
            image = kwargs["image"]
            if not isinstance(image, np.ndarray) or image.dtype.kind not in "biuf":
                raise InvalidTypeError(
                    "Expected argument 'image' to be a numeric numpy array, got "
                    f"{getattr(image, 'dtype', type(image).__name__)}."
                )
            _warn_if_suspicious_single_image(image, "augment(image=...)")
            columns = dict(kwargs)
            columns["images"] = [columns.pop("image")]
        else:
            _warn_if_suspicious_image_array(kwargs.get("images"), "augment(images=...)")
            columns = kwargs

        if hooks is None and not return_batch and metadata is None and seed_key is None:
            fast = self._augment_fast_if_images_only(columns, single_image)
            if fast is not None:
                return fast[0]
        batch = UnnormalizedBatch(**columns)
        if metadata is not None:
            batch.metadata = metadata
        if seed_key is None:
            batch_aug = self.augment_batch_(batch, hooks=hooks)
        else:
            batch_aug = self._augment_sample_with_seed_key(batch, seed_key, hooks)
        if return_batch:
            return batch_aug

        result = []
        for key in kwargs:
            if key == "image":
                result.append(batch_aug.images_aug[0])
            else:
                result.append(getattr(batch_aug, key + "_aug"))
        if len(result) == 1:
            return result[0]
        return tuple(result)

    def _augment_fast_if_images_only(self, columns, single_image):
        """Return ``(result,)`` of :meth:`augment` for images-only calls, else None."""
        if len(columns) != 1:
            return None
        images = columns.get("images")
        if not isinstance(images, (np.ndarray, list)):
            return None
        result = self._augment_images_fast(images)
        return (result[0],) if single_image else (result,)

    def _augment_sample_with_seed_key(self, batch, seed_key, hooks):
        """Augment a one-row UnnormalizedBatch with the RNG of `seed_key`."""
        batch_norm = batch.to_normalized_batch()
        columns = [getattr(batch_norm, name + "_unaug") for name in _AUGMENTABLE_NAMES]
        nb_rows = max((len(col) for col in columns if col is not None), default=0)
        if nb_rows > 1:
            raise InvalidValueError(
                "Expected a single sample (image=... or a batch of one row) with "
                f"argument 'seed_key', got {nb_rows} rows. Augment each row with "
                "its own key, e.g. seed_key=(seed, epoch, index)."
            )
        with _seed_key_rng(seed_key):
            batch_norm = self.augment_batch_(batch_norm, hooks=hooks)
        return batch.fill_from_augmented_normalized_batch_(batch_norm)

    def _split_metadata_kwargs(self, kwargs, unknown):
        """Separate the metadata keywords of mixing augmenters from the data.

        A keyword that is not a data column is accepted if an augmenter of this
        pipeline declares it as its ``metadata_key`` (see
        :mod:`imgaug.augmenters.mix`); anything else raises as before.
        """
        declared = {
            aug.metadata_key
            for aug in self.find_augmenters(
                lambda aug, parents: isinstance(getattr(aug, "metadata_key", None), str)
            )
        }
        undeclared = [key for key in unknown if key not in declared]
        if undeclared:
            hint = (
                f" The metadata keywords of this pipeline are {sorted(declared)}."
                if declared
                else ""
            )
            raise InvalidValueError(
                f"Got unknown argument(s) {undeclared} in augment(); expected only "
                f"{list(_AUGMENT_KWARGS)} or the metadata_key of a mixing augmenter "
                f"in the pipeline.{hint}"
            )
        data = {key: value for key, value in kwargs.items() if key not in unknown}
        metadata = {}
        for key in unknown:
            value = kwargs[key]
            if value is None or (isinstance(value, (list, tuple)) and not value):
                continue  # no donors: nothing to mix
            if isinstance(value, (list, tuple)) and isinstance(value[0], dict):
                value = [value]  # the donors of a single image (one row)
            metadata[key] = value
        return data, (metadata or None)

    def __call__(self, *args, **kwargs):
        """Alias of :meth:`augment`."""
        return self.augment(*args, **kwargs)

    def pool(self, processes=None, maxtasksperchild=None, seed=None):
        """Create a pool of worker processes for this augmenter.

        Parameters
        ----------
        processes : None or int, optional
            Number of worker processes (see :class:`imgaug.multicore.Pool`).
        maxtasksperchild : None or int, optional
            Tasks per worker before it is replaced.
        seed : None or int, optional
            Seed from which each batch's RNG is derived.

        Returns
        -------
        imgaug.multicore.Pool
            The pool (a context manager).

        """
        # upward reference forced by the spec: multicore sits above augmenters
        from imgaug import multicore

        return multicore.Pool(
            self, processes=processes, maxtasksperchild=maxtasksperchild, seed=seed
        )

    # ---------------------------------------------------------- grid
    def draw_grid(self, images, rows, cols):
        """Draw a grid of ``rows * cols`` augmented versions of every image.

        Parameters
        ----------
        images : ndarray or list of ndarray
            ``(N,H,W,C)``, ``(H,W,C)`` or ``(H,W)`` array or a list of ``(H,W[,C])``
            arrays.
        rows : int
            Rows per image.
        cols : int
            Columns.

        Returns
        -------
        ndarray
            ``(cell_h * rows * N, cell_w * cols, 3)`` grid; row ``r`` of image ``i``
            is grid row ``r * N + i``.

        """
        if isinstance(images, np.ndarray):
            if images.ndim == 4:
                images = list(images)
            elif images.ndim == 3:
                images = [images]
            elif images.ndim == 2:
                images = [images[:, :, np.newaxis]]
            else:
                raise InvalidValueError(
                    "Expected argument 'images' to be a 2D, 3D or 4D array, got shape "
                    f"{images.shape}."
                )
        elif isinstance(images, list):
            images = [
                image[:, :, np.newaxis] if image.ndim == 2 else image
                for image in images
            ]
            if any(image.ndim != 3 for image in images):
                raise InvalidValueError(
                    "Expected argument 'images' to contain only 2D or 3D arrays."
                )
        else:
            raise InvalidTypeError(
                "Expected argument 'images' to be an array or a list of arrays, got "
                f"{type(images).__name__}."
            )

        det = self if self.deterministic else self.to_deterministic()
        nb_cells = rows * cols
        augs = [det.augment_images([image] * nb_cells) for image in images]
        cells = []
        for row_idx in range(rows):
            for image_augs in augs:
                for col_idx in range(cols):
                    cells.append(_to_rgb_cell(image_augs[row_idx * cols + col_idx]))
        return ia.draw_grid(cells, rows=rows * len(images), cols=cols)

    def show_grid(self, images, rows, cols):
        """Show :meth:`draw_grid`'s result via :func:`imgaug.imgaug.imshow`.

        Parameters
        ----------
        images : ndarray or list of ndarray
            See :meth:`draw_grid`.
        rows : int
            Rows per image.
        cols : int
            Columns.

        """
        ia.imshow(self.draw_grid(images, rows, cols))

    # ---------------------------------------------------- determinism & RNG
    def to_deterministic(self, n=None):
        """Return deterministic copies that repeat their samples on every call.

        Parameters
        ----------
        n : None or int, optional
            ``None`` for a single copy, otherwise the number of copies (>= 1).

        Returns
        -------
        Augmenter or list of Augmenter
            The copy or copies. Each derives its RNG from this augmenter (which
            advances this augmenter's RNG).

        """
        if n is None:
            return self._to_deterministic()
        if not _is_int(n) or n < 1:
            raise InvalidValueError(
                f"Expected argument 'n' to be None or an int >= 1, got {n!r}."
            )
        return [self._to_deterministic() for _ in range(n)]

    def _to_deterministic(self):
        """Return one deterministic copy (containers also convert their children)."""
        aug = self.copy()
        aug.random_state = self.random_state.derive_rng_()
        aug.deterministic = True
        return aug

    def reseed(self, random_state=None, deterministic_too=False):
        """Reseed the augmenter and its children (deprecated).

        **Deprecated**. Use :meth:`seed_` instead.

        Parameters
        ----------
        random_state : None or int or imgaug.random.RNG, optional
            See ``entropy`` of :meth:`seed_`.
        deterministic_too : bool, optional
            See :meth:`seed_`.

        """
        ia.warn_deprecated(
            "Method `Augmenter.reseed()` is deprecated. Use `Augmenter.seed_()` "
            "instead."
        )
        self.seed_(entropy=random_state, deterministic_too=deterministic_too)

    def seed_(self, entropy=None, deterministic_too=False):
        """Reseed this augmenter and all of its children in place.

        Parameters
        ----------
        entropy : None or int or imgaug.random.RNG or numpy.random.Generator, optional
            Seed; ``None`` derives a new RNG from the global RNG.
        deterministic_too : bool, optional
            Also reseed deterministic augmenters.

        Returns
        -------
        Augmenter
            This instance.

        Examples
        --------
        >>> import imgaug.augmenters as iaa
        >>> aug = iaa.Sequential([iaa.Identity()]).seed_(1)

        """
        if not _is_bool(deterministic_too):
            raise InvalidTypeError(
                "Expected argument 'deterministic_too' to be a bool, got "
                f"{type(deterministic_too).__name__}."
            )
        if entropy is None:
            random_state = iarandom.RNG.create_pseudo_random_()
        else:
            random_state = _rng_from_argument(entropy, "entropy")
        self._seed_from_rng_(random_state, bool(deterministic_too))
        return self

    def _seed_from_rng_(self, random_state, deterministic_too):
        if not self.deterministic or deterministic_too:
            self.random_state = random_state.copy()
        children_lists = self.get_children_lists()
        for lst in children_lists:
            for child in lst:
                child._seed_from_rng_(random_state.derive_rng_(), deterministic_too)
        # A children list can be an augmenter of its own (the Sequential that wraps
        # Sometimes' then_list, a SomeOf given as children) that draws from its own
        # RNG, e.g. for random_order. It is seeded after all children, so their
        # seeds stay what they were.
        for lst in children_lists:
            if isinstance(lst, Augmenter) and lst is not self:
                if not lst.deterministic or deterministic_too:
                    lst.random_state = random_state.derive_rng_()

    def localize_random_state(self, recursive=True):
        """Return a deep copy whose global-RNG users get their own RNGs.

        Parameters
        ----------
        recursive : bool, optional
            Also localize the children.

        Returns
        -------
        Augmenter
            The copy.

        """
        aug = self.deepcopy()
        aug.localize_random_state_(recursive=recursive)
        return aug

    def localize_random_state_(self, recursive=True):
        """Give this augmenter and its children own RNGs if they use the global one.

        Parameters
        ----------
        recursive : bool, optional
            Also localize the children.

        Returns
        -------
        Augmenter
            This instance.

        """
        if self.random_state.is_global_rng():
            self.random_state = self.random_state.derive_rng_()
        if recursive:
            children_lists = self.get_children_lists()
            for lst in children_lists:
                for child in lst:
                    child.localize_random_state_(recursive=True)
            # children lists that are augmenters themselves (see _seed_from_rng_)
            for lst in children_lists:
                if isinstance(lst, Augmenter) and lst is not self:
                    if lst.random_state.is_global_rng():
                        lst.random_state = lst.random_state.derive_rng_()
        return self

    def copy_random_state(
        self,
        source,
        recursive=True,
        matching="position",
        matching_tolerant=True,
        copy_determinism=False,
    ):
        """Return a deep copy that uses copies of ``source``'s RNGs.

        Parameters
        ----------
        source : Augmenter
            Where to copy the RNGs from.
        recursive : bool, optional
            Also copy between the children.
        matching : {"position", "name"}, optional
            Pair augmenters by their position in the flattened tree or by name.
        matching_tolerant : bool, optional
            Ignore unpaired augmenters instead of raising.
        copy_determinism : bool, optional
            Also copy the ``deterministic`` flags.

        Returns
        -------
        Augmenter
            The copy.

        """
        aug = self.deepcopy()
        return aug.copy_random_state_(
            source,
            recursive=recursive,
            matching=matching,
            matching_tolerant=matching_tolerant,
            copy_determinism=copy_determinism,
        )

    def copy_random_state_(
        self,
        source,
        recursive=True,
        matching="position",
        matching_tolerant=True,
        copy_determinism=False,
    ):
        """Use copies of ``source``'s RNGs in this augmenter (and its children).

        Parameters
        ----------
        source : Augmenter
            Where to copy the RNGs from; must not use the global RNG.
        recursive : bool, optional
            Also copy between the children.
        matching : {"position", "name"}, optional
            Pair augmenters by their position in the flattened tree or by name.
        matching_tolerant : bool, optional
            Ignore unpaired augmenters instead of raising.
        copy_determinism : bool, optional
            Also copy the ``deterministic`` flags.

        Returns
        -------
        Augmenter
            This instance.

        """
        if recursive:
            source_augs = [source, *source.get_all_children(flat=True)]
            target_augs = [self, *self.get_all_children(flat=True)]
        else:
            source_augs = [source]
            target_augs = [self]

        global_msg = (
            "You called copy_random_state_() with a source that uses the global RNG. "
            "Call localize_random_state_() on the source first or create its "
            "augmenters with a seed, e.g. Fliplr(0.5, seed=1)."
        )

        def _copy(source_aug, target_aug):
            if source_aug.random_state.is_global_rng():
                raise InvalidValueError(global_msg)
            target_aug.random_state = source_aug.random_state.copy()
            if copy_determinism:
                target_aug.deterministic = source_aug.deterministic

        if matching == "name":
            source_by_name = {aug.name: aug for aug in source_augs}
            target_by_name = {aug.name: aug for aug in target_augs}
            if len(source_by_name) < len(source_augs) or len(target_by_name) < len(
                target_augs
            ):
                ia.warn(
                    "copy_random_state_() with matching='name' found several "
                    "augmenters with the same name in the source or the target; "
                    "only one of each name is used."
                )
            for name, target_aug in target_by_name.items():
                if name in source_by_name:
                    _copy(source_by_name[name], target_aug)
                elif not matching_tolerant:
                    raise InvalidValueError(
                        f"Augmenter name '{name}' was not found in the source "
                        "augmenter (matching='name', matching_tolerant=False)."
                    )
        elif matching == "position":
            if len(source_augs) != len(target_augs) and not matching_tolerant:
                raise InvalidValueError(
                    "Source and target augmenters have different numbers of "
                    f"augmenters ({len(source_augs)} vs {len(target_augs)}) with "
                    "matching='position' and matching_tolerant=False."
                )
            for source_aug, target_aug in zip(source_augs, target_augs):
                _copy(source_aug, target_aug)
        else:
            raise InvalidValueError(
                "Expected argument 'matching' to be 'position' or 'name', got "
                f"{matching!r}."
            )
        return self

    # ------------------------------------------------------- children
    @abstractmethod
    def get_parameters(self):
        """Return the augmenter's parameters (used by ``__str__``).

        Every subclass implements it; this base version raises
        ``NotImplementedError``.

        Returns
        -------
        list
            The parameters, usually ``StochasticParameter`` objects.

        """
        raise NotImplementedError()

    def get_children_lists(self):
        """Return the lists of child augmenters (empty for leaves).

        Returns
        -------
        list of list of Augmenter
            One entry per list of children.

        """
        return []

    def get_all_children(self, flat=False):
        """Return all child augmenters, depth first.

        Parameters
        ----------
        flat : bool, optional
            ``False`` places a nested list after every augmenter that has children.

        Returns
        -------
        list
            The children (nested lists if not ``flat``).

        """
        result = []
        for lst in self.get_children_lists():
            for child in lst:
                result.append(child)
                grandchildren = child.get_all_children(flat=flat)
                if len(grandchildren) > 0:
                    if flat:
                        result.extend(grandchildren)
                    else:
                        result.append(grandchildren)
        return result

    def find_augmenters(self, func, parents=None, flat=True):
        """Find augmenters (including this one) for which a predicate holds.

        Parameters
        ----------
        func : callable
            Called as ``func(augmenter, parents)``; truthy means "found".
        parents : None or list of Augmenter, optional
            Parents of this augmenter.
        flat : bool, optional
            Return a flat list instead of nested lists per container.

        Returns
        -------
        list
            Found augmenters.

        """
        parents = [] if parents is None else parents
        result = []
        if func(self, parents):
            result.append(self)
        subparents = [*parents, self]
        for lst in self.get_children_lists():
            for child in lst:
                found = child.find_augmenters(func, parents=subparents, flat=flat)
                if len(found) > 0:
                    if flat:
                        result.extend(found)
                    else:
                        result.append(found)
        return result

    def find_augmenters_by_name(self, name, regex=False, flat=True):
        """Find augmenters by name.

        Parameters
        ----------
        name : str
            Name, or a regular expression if ``regex`` is set.
        regex : bool, optional
            Match with :func:`re.match` instead of equality.
        flat : bool, optional
            See :meth:`find_augmenters`.

        Returns
        -------
        list
            Found augmenters.

        """
        return self.find_augmenters_by_names([name], regex=regex, flat=flat)

    def find_augmenters_by_names(self, names, regex=False, flat=True):
        """Find augmenters whose name is one of several names.

        Parameters
        ----------
        names : list of str
            Names or regular expressions.
        regex : bool, optional
            Match with :func:`re.match` instead of equality.
        flat : bool, optional
            See :meth:`find_augmenters`.

        Returns
        -------
        list
            Found augmenters.

        """
        if regex:
            patterns = [re.compile(name) for name in names]

            def func(aug, parents):
                return any(pattern.match(aug.name) for pattern in patterns)

        else:
            names = set(names)

            def func(aug, parents):
                return aug.name in names

        return self.find_augmenters(func, flat=flat)

    def remove_augmenters(
        self, func, copy=True, identity_if_topmost=True, noop_if_topmost=None
    ):
        """Remove augmenters for which a predicate holds.

        Parameters
        ----------
        func : callable
            Called as ``func(augmenter, parents)``; truthy means "remove".
        copy : bool, optional
            Work on a deep copy (required if this augmenter itself matches).
        identity_if_topmost : bool, optional
            If this augmenter itself matches, return :class:`Identity` (else None).
        noop_if_topmost : None or bool, optional
            **Deprecated** alias of ``identity_if_topmost``.

        Returns
        -------
        None or Augmenter
            The augmenter without the removed children.

        """
        if noop_if_topmost is not None:
            ia.warn_deprecated(
                "The argument 'noop_if_topmost' of remove_augmenters() is "
                "deprecated. Use 'identity_if_topmost' instead."
            )
            identity_if_topmost = noop_if_topmost

        if func(self, []):
            if not copy:
                raise InvalidValueError(
                    "remove_augmenters() cannot remove the topmost augmenter in "
                    "place. Set argument 'copy' to True."
                )
            return Identity() if identity_if_topmost else None
        aug = self.deepcopy() if copy else self
        aug.remove_augmenters_(func, parents=[])
        return aug

    def remove_augmenters_inplace(self, func, parents=None):
        """Remove matching child augmenters in place (deprecated).

        **Deprecated**. Use :meth:`remove_augmenters_` instead.

        Parameters
        ----------
        func : callable
            See :meth:`remove_augmenters_`.
        parents : None or list of Augmenter, optional
            Parents of this augmenter.

        """
        ia.warn_deprecated(
            "Method `Augmenter.remove_augmenters_inplace()` is deprecated. Use "
            "`Augmenter.remove_augmenters_()` instead."
        )
        self.remove_augmenters_(func, parents=parents)

    def remove_augmenters_(self, func, parents=None):
        """Remove matching child augmenters in place, recursively.

        Parameters
        ----------
        func : callable
            Called as ``func(child, parents)``; truthy means "remove".
        parents : None or list of Augmenter, optional
            Parents of this augmenter.

        """
        parents = [] if parents is None else parents
        subparents = [*parents, self]
        for lst in self.get_children_lists():
            to_remove = [i for i, child in enumerate(lst) if func(child, subparents)]
            for nb_removed, index in enumerate(to_remove):
                del lst[index - nb_removed]
            for child in lst:
                child.remove_augmenters_(func, parents=subparents)

    # ---------------------------------------------------------- misc
    def copy(self):
        """Return a shallow copy."""
        return copylib.copy(self)

    def deepcopy(self):
        """Return a deep copy."""
        return copylib.deepcopy(self)

    def __repr__(self):
        return self.__str__()

    def __str__(self):
        params = ", ".join(str(param) for param in self.get_parameters())
        return (
            f"{type(self).__name__}(name={self.name}, parameters=[{params}], "
            f"deterministic={self.deterministic})"
        )


def _to_rgb_cell(image):
    """Return an image with exactly three channels for a grid cell."""
    if image.ndim == 2:
        image = image[:, :, np.newaxis]
    nb_channels = image.shape[2]
    if nb_channels == 3:
        return image
    if nb_channels == 1:
        return np.repeat(image, 3, axis=2)
    if nb_channels > 3:
        return image[:, :, 0:3]
    padding = np.zeros(image.shape[0:2] + (3 - nb_channels,), dtype=image.dtype)
    return np.concatenate([image, padding], axis=2)


def _children_to_list(children, class_name):
    if children is None:
        return []
    if isinstance(children, Augmenter):
        return [children]
    if _is_iterable(children) and not isinstance(children, (str, bytes, np.ndarray)):
        children = list(children)
        bad = [type(c).__name__ for c in children if not isinstance(c, Augmenter)]
        if bad:
            raise InvalidTypeError(
                f"Expected argument 'children' of {class_name} to contain only "
                f"augmenters, got non-augmenters of types {bad}."
            )
        return children
    raise InvalidTypeError(
        f"Expected argument 'children' of {class_name} to be None, an augmenter or "
        f"an iterable of augmenters, got {type(children).__name__}."
    )


# --------------------------------------------------------------------------------
# containers
# --------------------------------------------------------------------------------
def _augment_children_with_hooks(aug, batch, random_state, parents, hooks):
    """Call ``aug._augment_children`` inside the propagation hooks (if any)."""
    if hooks is None:
        return aug._augment_children(batch, random_state, parents, hooks)
    with batch.propagation_hooks_ctx(aug, hooks, parents):
        return aug._augment_children(batch, random_state, parents, hooks)


class _AugmenterList(Augmenter, list):
    """List behaviour shared by `Sequential` and `SomeOf` (the items are children)."""

    def _to_deterministic(self):
        aug = super()._to_deterministic()
        aug[:] = [child.to_deterministic() for child in self]
        return aug

    def add(self, augmenter):
        """Append a child augmenter.

        Parameters
        ----------
        augmenter : Augmenter
            The child.

        """
        self.append(augmenter)

    def get_children_lists(self):
        """See :meth:`Augmenter.get_children_lists`."""
        return [self]


class Sequential(_AugmenterList):
    """Apply child augmenters one after another (optionally in random order).

    Supported dtypes
    ----------------
    Any dtype its children support.

    Parameters
    ----------
    children : None or Augmenter or iterable of Augmenter, optional
        The children.
    random_order : bool, optional
        Apply the children in a new random order in every batch.
    seed, name, random_state, deterministic
        See :class:`Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> seq = iaa.Sequential([iaa.Identity(), iaa.Identity()], random_order=True)
    >>> len(seq)
    2

    """

    _BORROWS_IMAGES = True  # never writes into images; children copy if needed

    def __init__(
        self,
        children=None,
        random_order=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        Augmenter.__init__(
            self,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )
        list.__init__(self, _children_to_list(children, "Sequential"))
        if not _is_bool(random_order):
            raise InvalidTypeError(
                "Expected argument 'random_order' to be a bool, got "
                f"{type(random_order).__name__}."
            )
        self.random_order = bool(random_order)

    # sampling order: child order permutation (only if random_order)
    def _augment_batch_(self, batch, random_state, parents, hooks):
        return _augment_children_with_hooks(self, batch, random_state, parents, hooks)

    def _augment_children(self, batch, random_state, parents, hooks):
        if self.random_order:
            order = random_state.permutation(len(self))
        else:
            order = range(len(self))
        subparents = [*parents, self]
        if hooks is None:
            # runs of pointwise uint8 leaves become one table pass (same results)
            children = [self[index] for index in order]
            keyed = _SEED_KEY_STATE.rng
            return _pointwise.augment_children_(children, batch, subparents, keyed)
        for index in order:
            batch = self[index].augment_batch_(batch, parents=subparents, hooks=hooks)
        return batch

    def get_parameters(self):
        """See :meth:`Augmenter.get_parameters`."""
        return [self.random_order]

    def __str__(self):
        children = ", ".join(str(child) for child in self)
        return (
            f"{type(self).__name__}(name={self.name}, "
            f"random_order={self.random_order}, children=[{children}], "
            f"deterministic={self.deterministic})"
        )


def _select_rows_and_augment(child, batch, rows, nb_rows, parents, hooks):
    """Run ``child`` on the given rows of ``batch`` and write them back."""
    if len(rows) == 0:
        return batch
    if len(rows) == nb_rows:
        return child.augment_batch_(batch, parents=parents, hooks=hooks)
    sub = batch.subselect_rows_by_indices(rows)
    sub = child.augment_batch_(sub, parents=parents, hooks=hooks)
    return batch.invert_subselect_rows_by_indices_(rows, sub)


class SomeOf(_AugmenterList):
    """Apply a random subset of the children to every image.

    Supported dtypes
    ----------------
    Any dtype its children support.

    Parameters
    ----------
    n : None or int or tuple or list or imgaug.parameters.StochasticParameter, optional
        How many children to apply per image: ``None`` = all; an int = exactly that
        many; ``(a, b)`` = a random number in ``[a, b]``; ``(a, None)`` = at least
        ``a`` up to all children; a parameter = sampled per image.
    children : None or Augmenter or iterable of Augmenter, optional
        The children.
    random_order : bool, optional
        Apply the chosen children in a random order (one order per batch).
    seed, name, random_state, deterministic
        See :class:`Augmenter`.

    Examples
    --------
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.SomeOf((0, 2), [iaa.Identity(), iaa.Identity(), iaa.Identity()])
    >>> aug.n_mode
    'stochastic'

    """

    _BORROWS_IMAGES = True  # never writes into images; children copy if needed

    def __init__(
        self,
        n=None,
        children=None,
        random_order=False,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        Augmenter.__init__(
            self,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )
        list.__init__(self, _children_to_list(children, type(self).__name__))
        self.n, self.n_mode = self._handle_arg_n(n)
        if not _is_bool(random_order):
            raise InvalidTypeError(
                "Expected argument 'random_order' to be a bool, got "
                f"{type(random_order).__name__}."
            )
        self.random_order = bool(random_order)

    @classmethod
    def _handle_arg_n(cls, n):
        if n is None:
            return None, "None"
        if _is_number(n):
            if n != int(n) or n < 0:
                raise InvalidValueError(
                    f"Expected argument 'n' to be a non-negative integer, got {n!r}."
                )
            return int(n), "deterministic"
        if isinstance(n, iap.StochasticParameter):
            return n, "stochastic"
        if isinstance(n, (tuple, list)) and len(n) == 2:
            low, high = n
            if _is_number(low) and high is None:
                return (int(low), None), "(int,None)"
            if _is_number(low) and _is_number(high):
                return iap.DiscreteUniform(int(low), int(high)), "stochastic"
        raise InvalidTypeError(
            "Expected argument 'n' to be None, an int, a tuple (a, b) or (a, None) "
            f"or a StochasticParameter, got {n!r}."
        )

    def _draw_counts(self, nb_rows, random_state):
        nb_children = len(self)
        if self.n_mode == "deterministic":
            counts = np.full((nb_rows,), self.n, dtype=np.int32)
        elif self.n_mode == "None":
            counts = np.full((nb_rows,), nb_children, dtype=np.int32)
        elif self.n_mode == "(int,None)":
            param = iap.DiscreteUniform(self.n[0], nb_children)
            counts = param.draw_samples((nb_rows,), random_state=random_state)
        else:
            counts = self.n.draw_samples((nb_rows,), random_state=random_state)
        return np.clip(np.asarray(counts).astype(np.int64), 0, nb_children)

    # sampling order: child order permutation (if random_order), count per row,
    # one random key per (row, child) to pick that row's children
    def _draw_active(self, nb_rows, random_state):
        nb_children = len(self)
        if self.random_order:
            order = random_state.permutation(nb_children)
        else:
            order = np.arange(nb_children)
        counts = self._draw_counts(nb_rows, random_state)
        if np.all(counts >= nb_children):
            active = np.ones((nb_rows, nb_children), dtype=bool)
        elif np.all(counts <= 0):
            active = np.zeros((nb_rows, nb_children), dtype=bool)
        else:
            keys = random_state.random((nb_rows, nb_children), dtype=np.float64)
            ranks = np.argsort(np.argsort(keys, axis=1), axis=1)
            active = ranks < counts[:, np.newaxis]
        return order, active

    def _augment_batch_(self, batch, random_state, parents, hooks):
        return _augment_children_with_hooks(self, batch, random_state, parents, hooks)

    def _augment_children(self, batch, random_state, parents, hooks):
        nb_rows = batch.nb_rows
        if nb_rows == 0 or len(self) == 0:
            return batch
        order, active = self._draw_active(nb_rows, random_state)
        subparents = [*parents, self]
        for index in order:
            rows = np.flatnonzero(active[:, index])
            batch = _select_rows_and_augment(
                self[index], batch, rows, nb_rows, subparents, hooks
            )
        return batch

    def get_parameters(self):
        """See :meth:`Augmenter.get_parameters`."""
        return [self.n]

    def __str__(self):
        augs = ", ".join(str(aug) for aug in self)
        return (
            f"{type(self).__name__}(name={self.name}, n={self.n}, "
            f"random_order={self.random_order}, augmenters=[{augs}], "
            f"deterministic={self.deterministic})"
        )


class OneOf(SomeOf):
    """Apply exactly one randomly chosen child to every image.

    Supported dtypes
    ----------------
    Any dtype its children support.

    Parameters
    ----------
    children : Augmenter or iterable of Augmenter
        The children.
    seed, name, random_state, deterministic
        See :class:`Augmenter`.

    Examples
    --------
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.OneOf([iaa.Identity(), iaa.Noop()])
    >>> aug.n
    1

    """

    def __init__(
        self,
        children,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            n=1,
            children=children,
            random_order=False,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class Sometimes(Augmenter):
    """Apply children only to a random fraction of the images.

    Supported dtypes
    ----------------
    Any dtype its children support.

    Parameters
    ----------
    p : float or imgaug.parameters.StochasticParameter, optional
        Probability per image of using ``then_list`` (otherwise ``else_list``).
    then_list : None or Augmenter or list of Augmenter, optional
        Children for the chosen images.
    else_list : None or Augmenter or list of Augmenter, optional
        Children for the other images.
    seed, name, random_state, deterministic
        See :class:`Augmenter`.

    Examples
    --------
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.Sometimes(0.5, iaa.Identity())
    >>> aug.then_list.name
    'UnnamedSometimes-then'

    """

    _BORROWS_IMAGES = True  # never writes into images; children copy if needed

    def __init__(
        self,
        p=0.5,
        then_list=None,
        else_list=None,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )
        self.p = iap.handle_probability_param(p, "p")
        self.then_list = _handle_children_list(
            then_list, self.name, "then", default=None, argname="then_list"
        )
        self.else_list = _handle_children_list(
            else_list, self.name, "else", default=None, argname="else_list"
        )

    # sampling order: p (one sample per row)
    def _augment_batch_(self, batch, random_state, parents, hooks):
        return _augment_children_with_hooks(self, batch, random_state, parents, hooks)

    def _augment_children(self, batch, random_state, parents, hooks):
        nb_rows = batch.nb_rows
        if nb_rows == 0:
            return batch
        samples = self.p.draw_samples((nb_rows,), random_state=random_state)
        mask = np.asarray(samples) > 0.5
        subparents = [*parents, self]
        if self.then_list is not None:
            rows = np.flatnonzero(mask)
            batch = _select_rows_and_augment(
                self.then_list, batch, rows, nb_rows, subparents, hooks
            )
        if self.else_list is not None:
            rows = np.flatnonzero(~mask)
            batch = _select_rows_and_augment(
                self.else_list, batch, rows, nb_rows, subparents, hooks
            )
        return batch

    def _to_deterministic(self):
        aug = super()._to_deterministic()
        if self.then_list is not None:
            aug.then_list = self.then_list.to_deterministic()
        if self.else_list is not None:
            aug.else_list = self.else_list.to_deterministic()
        return aug

    def get_parameters(self):
        """See :meth:`Augmenter.get_parameters`."""
        return [self.p]

    def get_children_lists(self):
        """See :meth:`Augmenter.get_children_lists`."""
        return [lst for lst in (self.then_list, self.else_list) if lst is not None]

    def __str__(self):
        return (
            f"{type(self).__name__}(p={self.p}, name={self.name}, "
            f"then_list={self.then_list}, else_list={self.else_list}, "
            f"deterministic={self.deterministic})"
        )


def _nb_channels_of_shape(shape):
    return shape[2] if len(shape) >= 3 else 1


class WithChannels(Augmenter):
    """Apply children only to some channels of the images.

    Non-image data is augmented too, but for a row whose image (according to the
    augmentable's ``shape``) has less than twice as many channels as selected the
    original value is kept.

    Supported dtypes
    ----------------
    Any dtype its children support.

    Parameters
    ----------
    channels : None or int or list of int, optional
        Channel indices to augment; ``None`` = all.
    children : None or Augmenter or list of Augmenter, optional
        The children.
    seed, name, random_state, deterministic
        See :class:`Augmenter`.

    Examples
    --------
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.WithChannels([0], iaa.Identity())
    >>> aug.channels
    [0]

    """

    def __init__(
        self,
        channels=None,
        children=None,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )
        if channels is None:
            self.channels = None
        elif _is_int(channels):
            self.channels = [int(channels)]
        elif _is_iterable(channels) and not isinstance(channels, (str, bytes)):
            channels = list(channels)
            bad = [c for c in channels if not _is_int(c)]
            if bad:
                raise InvalidTypeError(
                    f"Expected argument 'channels' to contain only integers, got {bad}."
                )
            self.channels = [int(c) for c in channels]
        else:
            raise InvalidTypeError(
                "Expected argument 'channels' to be None, an int or a list of ints, "
                f"got {type(channels).__name__}."
            )
        self.children = _handle_children_list(
            children, self.name, "then", "sequential", argname="children"
        )

    def _augment_batch_(self, batch, random_state, parents, hooks):
        if self.channels is not None and len(self.channels) == 0:
            return batch
        return _augment_children_with_hooks(self, batch, random_state, parents, hooks)

    def _check_channels_exist(self, images):
        if len(images) > 0:
            nb_channels = min(
                image.shape[2] if image.ndim == 3 else 1 for image in images
            )
            if max(self.channels) >= nb_channels or min(self.channels) < -nb_channels:
                raise InvalidValueError(
                    f"Expected every index in 'channels' of {self.name} to be below "
                    f"the number of image channels ({nb_channels}) (and not below "
                    f"-{nb_channels}), got {self.channels}."
                )

    def _augment_children(self, batch, random_state, parents, hooks):
        channels = self.channels
        restore = self._collect_rows_to_restore(batch) if channels is not None else []
        images_orig = batch.images if channels is not None else None
        if images_orig is not None:
            self._check_channels_exist(images_orig)
            if isinstance(images_orig, np.ndarray):
                batch.images = images_orig[..., channels]
            else:
                batch.images = [image[..., channels] for image in images_orig]

        batch = self.children.augment_batch_(
            batch, parents=[*parents, self], hooks=hooks
        )

        if images_orig is not None:
            batch.images = self._write_back_channels(images_orig, batch.images)
        for attr_name, rows, items in restore:
            values = getattr(batch, attr_name)
            for row, item in zip(rows, items):
                values[row] = item
        return batch

    def _collect_rows_to_restore(self, batch):
        nb_selected = len(self.channels)
        restore = []
        for name in _AUGMENTABLE_NAMES[1:]:
            values = getattr(batch, name)
            if values is None:
                continue
            rows = []
            items = []
            for row, item in enumerate(values):
                nb_channels = _nb_channels_of_shape(item.shape)
                if nb_channels > 0 and nb_selected / nb_channels < 0.5:
                    rows.append(row)
                    items.append(item.deepcopy())
            if rows:
                restore.append((name, rows, items))
        return restore

    def _write_back_channels(self, images_orig, images_aug):
        channels = self.channels
        if len(images_aug) != len(images_orig):
            raise InvalidValueError(
                f"Children of WithChannels '{self.name}' changed the number of images "
                f"from {len(images_orig)} to {len(images_aug)}."
            )
        if isinstance(images_orig, np.ndarray) and isinstance(images_aug, np.ndarray):
            if len(images_orig) > 0:
                self._check_augmented_image(images_orig[0], images_aug[0], 0)
            images_orig[..., channels] = images_aug
            return images_orig
        for i, (image_orig, image_aug) in enumerate(zip(images_orig, images_aug)):
            self._check_augmented_image(image_orig, image_aug, i)
            image_orig[..., channels] = image_aug
        return images_orig

    def _check_augmented_image(self, image_orig, image_aug, index):
        """Raise unless the children kept height, width, channels and dtype."""
        prefix = f"Children of WithChannels '{self.name}' changed"
        if image_aug.shape[0:2] != image_orig.shape[0:2]:
            raise InvalidValueError(
                f"{prefix} the height/width of image {index} from "
                f"{image_orig.shape[0:2]} to {image_aug.shape[0:2]}; they must keep it."
            )
        nb_channels = image_aug.shape[2] if image_aug.ndim == 3 else None
        if nb_channels != len(self.channels):
            raise InvalidValueError(
                f"{prefix} the number of channels of image {index} from "
                f"{len(self.channels)} to {nb_channels}; they must keep it."
            )
        if image_aug.dtype != image_orig.dtype:
            raise InvalidValueError(
                f"{prefix} the dtype of image {index} from {image_orig.dtype.name} "
                f"to {image_aug.dtype.name}; they must keep it."
            )

    def _to_deterministic(self):
        aug = super()._to_deterministic()
        aug.children = self.children.to_deterministic()
        return aug

    def get_parameters(self):
        """See :meth:`Augmenter.get_parameters`."""
        return [self.channels]

    def get_children_lists(self):
        """See :meth:`Augmenter.get_children_lists`."""
        return [self.children]

    def __str__(self):
        return (
            f"{type(self).__name__}(channels={self.channels}, name={self.name}, "
            f"children={self.children}, deterministic={self.deterministic})"
        )


# --------------------------------------------------------------------------------
# leaves
# --------------------------------------------------------------------------------
class Identity(Augmenter):
    """Return all data unchanged.

    Supported dtypes
    ----------------
    All dtypes: yes (nothing is computed).

    Parameters
    ----------
    seed, name, random_state, deterministic
        See :class:`Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> image = np.arange(4, dtype=np.uint8).reshape((2, 2))
    >>> iaa.Identity()(image=image).tolist()
    [[0, 1], [2, 3]]

    """

    _BORROWS_IMAGES = True  # never writes into images; children copy if needed

    def __init__(
        self,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )

    def _augment_batch_(self, batch, random_state, parents, hooks):
        return batch

    def get_parameters(self):
        """See :meth:`Augmenter.get_parameters`."""
        return []


class Noop(Identity):
    """Alias of :class:`Identity` (kept for 0.4.0 compatibility).

    Supported dtypes
    ----------------
    See :class:`Identity`.

    Parameters
    ----------
    seed, name, random_state, deterministic
        See :class:`Augmenter`.

    """


def _check_result_list(result, klass, func_name):
    if not isinstance(result, list) or not all(
        isinstance(item, klass) for item in result
    ):
        raise InvalidTypeError(
            f"Expected '{func_name}' of Lambda to return a list of "
            f"{klass.__name__}, got {type(result).__name__}."
        )


def _check_lambda_func(func, argname, allow_keypoints):
    if func is None or callable(func):
        return
    if allow_keypoints and isinstance(func, str) and func == "keypoints":
        return
    expected = (
        'None, "keypoints" or a callable' if allow_keypoints else "None or a callable"
    )
    raise InvalidTypeError(
        f"Expected argument '{argname}' to be {expected}, got {type(func).__name__}."
    )


class Lambda(Augmenter):
    """Augment data with user-defined functions.

    Every function is called as ``func(values, random_state, parents, hooks)`` with
    the column's values (e.g. a list of images or of ``KeypointsOnImage``) and must
    return the augmented values. With several kinds in one call every function
    starts from the same RNG state.

    Supported dtypes
    ----------------
    Whatever ``func_images`` supports.

    Parameters
    ----------
    func_images, func_heatmaps : None or callable, optional
        Functions per kind; ``None`` leaves that kind unchanged.
    func_segmentation_maps, func_keypoints : None or callable, optional
        Functions per kind; ``None`` leaves that kind unchanged.
    func_bounding_boxes, func_polygons : "keypoints" or None or callable, optional
        Functions per kind; ``"keypoints"`` converts the coordinates to keypoints
        and uses ``func_keypoints`` (polygons are repaired if they become invalid).
    func_line_strings : "keypoints" or None or callable, optional
        Functions per kind; ``"keypoints"`` converts the coordinates to keypoints
        and uses ``func_keypoints`` (polygons are repaired if they become invalid).
    seed, name, random_state, deterministic
        See :class:`Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> def invert(images, random_state, parents, hooks):
    ...     return [255 - image for image in images]
    >>> iaa.Lambda(func_images=invert)(image=np.zeros((1, 1), np.uint8)).tolist()
    [[255]]

    """

    def __init__(
        self,
        func_images=None,
        func_heatmaps=None,
        func_segmentation_maps=None,
        func_keypoints=None,
        func_bounding_boxes="keypoints",
        func_polygons="keypoints",
        func_line_strings="keypoints",
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )
        for argname, func, allow_keypoints in (
            ("func_images", func_images, False),
            ("func_heatmaps", func_heatmaps, False),
            ("func_segmentation_maps", func_segmentation_maps, False),
            ("func_keypoints", func_keypoints, False),
            ("func_bounding_boxes", func_bounding_boxes, True),
            ("func_polygons", func_polygons, True),
            ("func_line_strings", func_line_strings, True),
        ):
            _check_lambda_func(func, argname, allow_keypoints)
        self.func_images = func_images
        self.func_heatmaps = func_heatmaps
        self.func_segmentation_maps = func_segmentation_maps
        self.func_keypoints = func_keypoints
        self.func_bounding_boxes = func_bounding_boxes
        self.func_polygons = func_polygons
        self.func_line_strings = func_line_strings

    def _augment_images(self, images, random_state, parents, hooks):
        if self.func_images is None:
            return images
        return self.func_images(images, random_state, parents, hooks)

    def _augment_heatmaps(self, heatmaps, random_state, parents, hooks):
        if self.func_heatmaps is None:
            return heatmaps
        result = self.func_heatmaps(heatmaps, random_state, parents, hooks)
        _check_result_list(result, HeatmapsOnImage, "func_heatmaps")
        return result

    def _augment_segmentation_maps(self, segmaps, random_state, parents, hooks):
        if self.func_segmentation_maps is None:
            return segmaps
        result = self.func_segmentation_maps(segmaps, random_state, parents, hooks)
        _check_result_list(result, SegmentationMapsOnImage, "func_segmentation_maps")
        return result

    def _augment_keypoints(self, keypoints_on_images, random_state, parents, hooks):
        if self.func_keypoints is None:
            return keypoints_on_images
        result = self.func_keypoints(keypoints_on_images, random_state, parents, hooks)
        _check_result_list(result, KeypointsOnImage, "func_keypoints")
        return result

    def _augment_bounding_boxes(
        self, bounding_boxes_on_images, random_state, parents, hooks
    ):
        func = self.func_bounding_boxes
        if func is None:
            return bounding_boxes_on_images
        if isinstance(func, str) and func == "keypoints":
            return self._augment_bounding_boxes_as_keypoints(
                bounding_boxes_on_images, random_state, parents, hooks
            )
        result = func(bounding_boxes_on_images, random_state, parents, hooks)
        _check_result_list(result, BoundingBoxesOnImage, "func_bounding_boxes")
        for bbsoi in result:
            for bb in bbsoi.bounding_boxes:
                if bb.x1 > bb.x2:
                    bb.x1, bb.x2 = bb.x2, bb.x1
                if bb.y1 > bb.y2:
                    bb.y1, bb.y2 = bb.y2, bb.y1
        return result

    def _augment_polygons(self, polygons_on_images, random_state, parents, hooks):
        func = self.func_polygons
        if func is None:
            return polygons_on_images
        if isinstance(func, str) and func == "keypoints":
            return self._augment_polygons_as_keypoints(
                polygons_on_images,
                random_state,
                parents,
                hooks,
                recoverer=_polys._ConcavePolygonRecoverer(),
            )
        result = func(polygons_on_images, random_state, parents, hooks)
        _check_result_list(result, PolygonsOnImage, "func_polygons")
        return result

    def _augment_line_strings(
        self, line_strings_on_images, random_state, parents, hooks
    ):
        func = self.func_line_strings
        if func is None:
            return line_strings_on_images
        if isinstance(func, str) and func == "keypoints":
            return self._augment_line_strings_as_keypoints(
                line_strings_on_images, random_state, parents, hooks
            )
        result = func(line_strings_on_images, random_state, parents, hooks)
        _check_result_list(result, LineStringsOnImage, "func_line_strings")
        return result

    def get_parameters(self):
        """See :meth:`Augmenter.get_parameters`."""
        return []


class _AssertLambdaCheck:
    """Picklable wrapper: call a user predicate and raise if it is falsy."""

    __slots__ = ("func", "kind")

    def __init__(self, func, kind):
        self.func = func
        self.kind = kind

    def __call__(self, values, random_state, parents, hooks):
        if not self.func(values, random_state, parents, hooks):
            raise AssertionError(
                f"Input {self.kind} did not fulfill user-defined assertion in "
                "AssertLambda."
            )
        return values


class AssertLambda(Lambda):
    """Check data with user-defined predicates; data passes unchanged.

    Each predicate is called as ``func(values, random_state, parents, hooks)`` and
    must return a truthy value, otherwise an ``AssertionError`` is raised.

    Supported dtypes
    ----------------
    All dtypes: yes (the data is not changed).

    Parameters
    ----------
    func_images, func_heatmaps, func_segmentation_maps : None or callable, optional
        Predicates per kind; ``None`` skips the check.
    func_keypoints, func_bounding_boxes : None or callable, optional
        Predicates per kind; ``None`` skips the check.
    func_polygons, func_line_strings : None or callable, optional
        Predicates per kind; ``None`` skips the check.
    seed, name, random_state, deterministic
        See :class:`Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.AssertLambda(func_images=lambda images, rs, p, h: len(images) == 1)
    >>> aug(image=np.zeros((2, 2), np.uint8)).shape
    (2, 2)

    """

    def __init__(
        self,
        func_images=None,
        func_heatmaps=None,
        func_segmentation_maps=None,
        func_keypoints=None,
        func_bounding_boxes=None,
        func_polygons=None,
        func_line_strings=None,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        def _wrap(func, kind):
            if func is None:
                return None
            _check_lambda_func(func, f"func_{kind}", allow_keypoints=False)
            return _AssertLambdaCheck(func, kind)

        super().__init__(
            func_images=_wrap(func_images, "images"),
            func_heatmaps=_wrap(func_heatmaps, "heatmaps"),
            func_segmentation_maps=_wrap(func_segmentation_maps, "segmentation_maps"),
            func_keypoints=_wrap(func_keypoints, "keypoints"),
            func_bounding_boxes=_wrap(func_bounding_boxes, "bounding_boxes"),
            func_polygons=_wrap(func_polygons, "polygons"),
            func_line_strings=_wrap(func_line_strings, "line_strings"),
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


def _check_shape_entry(entry, position):
    if entry is None or _is_int(entry):
        return
    if isinstance(entry, tuple):
        ok = len(entry) == 2 and all(v is None or _is_number(v) for v in entry)
        if ok:
            return
    elif isinstance(entry, list):
        if all(_is_int(v) for v in entry):
            return
    raise InvalidTypeError(
        f"Expected entry {position} of argument 'shape' to be None, an int, a tuple "
        f"(a, b) of numbers or a list of ints, got {entry!r}."
    )


def _shape_value_matches(value, expected):
    if expected is None:
        return True
    if isinstance(expected, tuple):
        low, high = expected
        return (low is None or low <= value) and (high is None or value < high)
    if isinstance(expected, list):
        return value in expected
    return value == expected


class _AssertShapeCheck:
    """Picklable check of the counts and shapes of one column for AssertShape."""

    __slots__ = ("shape", "kind")

    _AXIS_NAMES = ("number of items", "height", "width", "channels")

    def __init__(self, shape, kind):
        self.shape = shape
        self.kind = kind

    def _item_shape(self, item):
        if self.kind == "images":
            return item.shape
        if self.kind == "heatmaps":
            return item.arr_0to1.shape
        if self.kind == "segmentation_maps":
            return item.arr.shape
        return item.shape[0:2]

    def _check(self, value, axis, index):
        expected = self.shape[axis]
        if not _shape_value_matches(value, expected):
            where = "" if index is None else f" of item {index}"
            raise InvalidValueError(
                f"AssertShape: expected the {self._AXIS_NAMES[axis]}{where} in "
                f"{self.kind} to match {expected!r}, got {value}."
            )

    def __call__(self, values, random_state, parents, hooks):
        self._check(len(values), 0, None)
        for index, item in enumerate(values):
            item_shape = self._item_shape(item)
            for axis, size in enumerate(item_shape[0:3], start=1):
                self._check(size, axis, index)
        return values


class AssertShape(Lambda):
    """Check the number and shapes of images and other data; data passes unchanged.

    Supported dtypes
    ----------------
    All dtypes: yes (the data is not changed).

    Parameters
    ----------
    shape : tuple
        ``(N, H, W, C)``; each entry ``None`` (any), an int (exact), a tuple
        ``(a, b)`` (``a <= v < b``) or a list (one of). ``N`` is compared with the
        number of items; heatmaps and segmentation maps compare their array
        shapes, coordinate containers only ``N, H, W`` of their image shape.
    check_images, check_heatmaps, check_segmentation_maps : bool, optional
        Which kinds to check.
    check_keypoints, check_bounding_boxes : bool, optional
        Which kinds to check.
    check_polygons, check_line_strings : bool, optional
        Which kinds to check.
    seed, name, random_state, deterministic
        See :class:`Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.AssertShape((None, 4, (2, 8), [1, 3]))
    >>> aug(images=np.zeros((2, 4, 4, 3), np.uint8)).shape
    (2, 4, 4, 3)

    """

    def __init__(
        self,
        shape,
        check_images=True,
        check_heatmaps=True,
        check_segmentation_maps=True,
        check_keypoints=True,
        check_bounding_boxes=True,
        check_polygons=True,
        check_line_strings=True,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        if not isinstance(shape, (tuple, list)) or len(shape) != 4:
            raise InvalidValueError(
                "Expected argument 'shape' to be a tuple of four entries "
                f"(N, H, W, C), got {shape!r}."
            )
        for position, entry in enumerate(shape):
            _check_shape_entry(entry, position)

        def _make(check, kind):
            if not _is_bool(check):
                raise InvalidTypeError(
                    f"Expected argument 'check_{kind}' to be a bool, got "
                    f"{type(check).__name__}."
                )
            return _AssertShapeCheck(shape, kind) if check else None

        super().__init__(
            func_images=_make(check_images, "images"),
            func_heatmaps=_make(check_heatmaps, "heatmaps"),
            func_segmentation_maps=_make(check_segmentation_maps, "segmentation_maps"),
            func_keypoints=_make(check_keypoints, "keypoints"),
            func_bounding_boxes=_make(check_bounding_boxes, "bounding_boxes"),
            func_polygons=_make(check_polygons, "polygons"),
            func_line_strings=_make(check_line_strings, "line_strings"),
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )
        self.shape = shape


class ChannelShuffle(Augmenter):
    """Randomly permute the channels of images.

    Supported dtypes
    ----------------
    All dtypes: yes (only indexing is used); fully tested: uint8, float32.

    Parameters
    ----------
    p : float or imgaug.parameters.StochasticParameter, optional
        Probability per image of shuffling its channels.
    channels : None or imgaug.ALL or list of int, optional
        Channels to permute among themselves; ``None``/``imgaug.ALL`` = all.
    seed, name, random_state, deterministic
        See :class:`Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> image = np.arange(3, dtype=np.uint8).reshape((1, 1, 3))
    >>> sorted(iaa.ChannelShuffle(1.0, seed=1)(image=image).flatten().tolist())
    [0, 1, 2]

    """

    def __init__(
        self,
        p=1.0,
        channels=None,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )
        self.p = iap.handle_probability_param(p, "p")
        valid = (
            channels is None
            or (isinstance(channels, str) and channels == ia.ALL)
            or (isinstance(channels, list) and all(_is_int(c) for c in channels))
        )
        if not valid:
            raise InvalidTypeError(
                "Expected argument 'channels' to be None, imgaug.ALL or a list of "
                f"ints, got {channels!r}."
            )
        self.channels = channels

    # sampling order: p (one per row), then one permutation per chosen row with
    # more than one channel, in row order
    def _augment_batch_(self, batch, random_state, parents, hooks):
        images = batch.images
        if images is None or len(images) == 0:
            return batch
        nb_rows = len(images)
        p_samples = self.p.draw_samples((nb_rows,), random_state=random_state)
        for row in np.flatnonzero(np.asarray(p_samples) >= 1 - 1e-4):
            image = images[row]
            if image.ndim < 3 or image.shape[2] <= 1:
                continue
            permutation = _draw_channel_permutation(
                image.shape[2], self.channels, random_state
            )
            images[row] = _channels.permute_channels(image, permutation)
        return batch

    def get_parameters(self):
        """See :meth:`Augmenter.get_parameters`."""
        return [self.p, self.channels]


class RemoveCBAsByOutOfImageFraction(Augmenter):
    """Remove keypoints, boxes, polygons and line strings that are too far outside.

    An item is removed if its out-of-image fraction (area for boxes and polygons,
    length for line strings, 0 or 1 for keypoints) is at least ``fraction``.

    Supported dtypes
    ----------------
    All dtypes: yes (images are not changed).

    Parameters
    ----------
    fraction : number
        Removal threshold in ``[0, 1]``.
    seed, name, random_state, deterministic
        See :class:`Augmenter`.

    Examples
    --------
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.RemoveCBAsByOutOfImageFraction(0.5)
    >>> aug.get_parameters()
    [0.5]

    """

    _BORROWS_IMAGES = True  # never writes into images; children copy if needed

    def __init__(
        self,
        fraction,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )
        if not _is_number(fraction):
            raise InvalidTypeError(
                "Expected argument 'fraction' to be a number, got "
                f"{type(fraction).__name__}."
            )
        if not 0 <= fraction <= 1:
            raise InvalidValueError(
                f"Expected argument 'fraction' to be in [0, 1], got {fraction!r}."
            )
        self.fraction = fraction

    def _augment_batch_(self, batch, random_state, parents, hooks):
        for name in _CBA_NAMES:
            values = getattr(batch, name)
            if values is None:
                continue
            for i, cbaoi in enumerate(values):
                values[i] = cbaoi.remove_out_of_image_fraction_(self.fraction)
        return batch

    def get_parameters(self):
        """See :meth:`Augmenter.get_parameters`."""
        return [self.fraction]


class ClipCBAsToImagePlanes(Augmenter):
    """Clip keypoints, boxes, polygons and line strings to their image planes.

    Keypoints outside of the image are removed; the other kinds are cut at the
    image borders.

    Supported dtypes
    ----------------
    All dtypes: yes (images are not changed).

    Parameters
    ----------
    seed, name, random_state, deterministic
        See :class:`Augmenter`.

    Examples
    --------
    >>> import imgaug.augmenters as iaa
    >>> iaa.ClipCBAsToImagePlanes().get_parameters()
    []

    """

    _BORROWS_IMAGES = True  # never writes into images; children copy if needed

    def __init__(
        self,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )

    def _augment_batch_(self, batch, random_state, parents, hooks):
        for name in _CBA_NAMES:
            values = getattr(batch, name)
            if values is None:
                continue
            for i, cbaoi in enumerate(values):
                values[i] = cbaoi.clip_out_of_image_()
        return batch

    def get_parameters(self):
        """See :meth:`Augmenter.get_parameters`."""
        return []
