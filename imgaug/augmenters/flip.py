"""Augmenters that mirror images horizontally or vertically.

List of augmenters:

* :class:`Fliplr`
* :class:`Flipud`

``HorizontalFlip`` and ``VerticalFlip`` are plain alias functions of them.
"""

from __future__ import annotations

import cv2
import numpy as np

import imgaug.parameters as iap
from imgaug._kernels import cv2util
from imgaug.augmenters._sampled import _SampledAugmenter

__all__ = [
    "fliplr",
    "flipud",
    "HorizontalFlip",
    "VerticalFlip",
    "Fliplr",
    "Flipud",
]

# cv2.flip only moves memory, so every dtype is flipped as the unsigned/cv2 type
# of the same item size (float128 and other sizes use numpy).
_FLIP_VIEW_DTYPES = {
    1: np.dtype(np.uint8),
    2: np.dtype(np.uint16),
    4: np.dtype(np.int32),
    8: np.dtype(np.float64),
}


def fliplr(arr):
    """Mirror an array along its x-axis (axis 1).

    Supported dtypes
    ----------------
    * ``uint8``, ``uint16``, ``uint32``, ``uint64``, ``int8``, ``int16``,
      ``int32``, ``int64``, ``float16``, ``float32``, ``float64``, ``bool``:
      yes; fully tested (cv2 on a same-item-size view)
    * ``float128``: yes; tested (numpy)

    Parameters
    ----------
    arr : ndarray
        ``(H, W)`` or ``(H, W, C)`` array.

    Returns
    -------
    ndarray
        A new C-contiguous flipped array of the input dtype (never a view).

    Examples
    --------
    >>> import numpy as np
    >>> fliplr(np.array([[1, 2, 3]], dtype=np.uint8)).tolist()
    [[3, 2, 1]]

    """
    if arr.size == 0:
        return np.copy(arr)
    view_dtype = _FLIP_VIEW_DTYPES.get(arr.dtype.itemsize)
    if view_dtype is None or arr.ndim not in (2, 3):
        return np.ascontiguousarray(arr[:, ::-1, ...])
    # cv2.flip is 3-40x faster than copying a reversed numpy view for
    # (256, 256, 3) arrays of every item size (numpy reverses element-wise)
    # route: tests/perf/test_flip_perf.py::test_fliplr_cv2_vs_numpy
    work = arr.view(view_dtype) if arr.dtype != view_dtype else arr
    result = cv2util.map_channel_chunks(_cv2_fliplr, work)
    if result.dtype != arr.dtype:
        result = result.view(arr.dtype)
    return result


def _cv2_fliplr(chunk):
    return cv2.flip(chunk, 1)


def flipud(arr):
    """Mirror an array along its y-axis (axis 0).

    Supported dtypes
    ----------------
    * all dtypes: yes; fully tested

    Parameters
    ----------
    arr : ndarray
        ``(H, W)`` or ``(H, W, C)`` array.

    Returns
    -------
    ndarray
        A new C-contiguous flipped array of the input dtype (never a view).

    Examples
    --------
    >>> import numpy as np
    >>> flipud(np.array([[1], [2]], dtype=np.uint8)).tolist()
    [[2], [1]]

    """
    # reversing rows copies whole rows (memcpy speed); cv2.flip is not faster here
    # route: tests/perf/test_flip_perf.py::test_flipud_numpy_vs_cv2
    return np.ascontiguousarray(arr[::-1, ...])


def HorizontalFlip(*args, **kwargs):  # noqa: N802 - 0.4.0 name
    """Create a :class:`Fliplr` augmenter (alias, not deprecated).

    Parameters
    ----------
    *args, **kwargs
        Passed on to :class:`Fliplr`.

    Returns
    -------
    Fliplr
        The augmenter.

    """
    return Fliplr(*args, **kwargs)


def VerticalFlip(*args, **kwargs):  # noqa: N802 - 0.4.0 name
    """Create a :class:`Flipud` augmenter (alias, not deprecated).

    Parameters
    ----------
    *args, **kwargs
        Passed on to :class:`Flipud`.

    Returns
    -------
    Flipud
        The augmenter.

    """
    return Flipud(*args, **kwargs)


class _FlipSamples:
    __slots__ = ("rows",)

    def __init__(self, rows):
        self.rows = rows  # indices of the rows to flip


class _FlipBase(_SampledAugmenter):
    """Shared logic of the two flip augmenters (axis chosen by subclasses)."""

    #: 0 flips y (rows), 1 flips x (columns)
    _AXIS = 1

    def __init__(
        self,
        p=1,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.p = iap.handle_probability_param(p, "p")

    # flips build new arrays: the engine need not copy the caller's images first
    _IMAGES_OUT_OF_PLACE = True

    def _flip(self, arr):
        raise NotImplementedError

    def _flip_into(self, arr, out):
        out[...] = self._flip(arr)

    def _flip_in_place(self, arr):
        """Flip a C-contiguous array in place (cv2.flip swaps mirrored pairs)."""
        view_dtype = _FLIP_VIEW_DTYPES.get(arr.dtype.itemsize)
        if (
            view_dtype is None
            or arr.shape[-1] > cv2util.get_max_channels()
            or not arr.flags["C_CONTIGUOUS"]
        ):
            arr[...] = self._flip(arr)
            return
        # route: tests/perf/test_flip_perf.py::test_flip_in_place_batch
        view = arr.view(view_dtype)
        cv2.flip(view, 1 if self._AXIS == 1 else 0, dst=view)

    # sampling order: p
    def _draw_samples(self, batch, random_state):
        nb_rows = batch.nb_rows
        p = self.p
        if type(p) is iap.Deterministic and type(p.value) in (int, float):
            # a constant draws nothing: every row or none (Fliplr(1) per call)
            # route: tests/perf/test_flip_perf.py::test_draw_constant_p
            flip = p.draw_sample() >= 0.5
            return _FlipSamples(np.arange(nb_rows if flip else 0))
        coin = p.draw_samples((nb_rows,), random_state=random_state)
        return _FlipSamples((coin >= 0.5).nonzero()[0])

    def _augment_images_by_samples(self, images, samples):
        if not isinstance(images, np.ndarray):
            for i in samples.rows:
                images[i] = self._flip(images[i])
            return images
        if len(samples.rows) == 0 or images.size == 0:
            return images
        # one pass into a new batch array (the input array is never written)
        result = np.empty_like(images, order="C")
        flipped = np.zeros((len(images),), dtype=bool)
        flipped[samples.rows] = True
        for i, image in enumerate(images):
            if flipped[i]:
                self._flip_into(image, result[i])
            else:
                result[i] = image
        return result

    def _augment_images_by_samples_(self, images, samples):
        if not isinstance(images, np.ndarray) or images.size == 0:
            return self._augment_images_by_samples(images, samples)
        # the batch owns the array: flip the chosen rows where they are
        for i in samples.rows:
            self._flip_in_place(images[i])
        return images

    def _augment_maps_by_samples(self, maps, kind, samples):
        attr = "arr_0to1" if kind == "heatmaps" else "arr"
        for i in samples.rows:
            setattr(maps[i], attr, self._flip(getattr(maps[i], attr)))
        return maps

    def _augment_keypoints_by_samples(self, kpsois, samples):
        axis = 0 if self._AXIS == 1 else 1  # column of xy: x for lr, y for ud
        for i in samples.rows:
            kpsoi = kpsois[i]
            if not kpsoi.keypoints:
                continue
            xy = kpsoi.to_xy_array()
            # pixel (x, y) covers [x, x+1): the mirror of x is W - x, not W - 1 - x
            xy[:, axis] = np.float32(kpsoi.shape[self._AXIS]) - xy[:, axis]
            kpsoi.fill_from_xy_array_(xy)
        return kpsois

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.p]


class Fliplr(_FlipBase):
    """Flip images and all their augmentables horizontally (left-right).

    Keypoints and all coordinates become ``x' = W - x`` (``W`` = image width);
    bounding boxes keep ``x1 <= x2``. Heatmaps and segmentation maps are flipped
    at their own resolution.

    Supported dtypes
    ----------------
    See :func:`fliplr`.

    Parameters
    ----------
    p : number or imgaug.parameters.StochasticParameter, optional
        Probability of flipping an image (``>= 0.5`` samples flip).
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> aug = Fliplr(1.0)
    >>> aug(image=np.array([[1, 2]], dtype=np.uint8)).tolist()
    [[2, 1]]

    """

    _AXIS = 1

    def __init__(
        self,
        p=1,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            p=p,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )

    def _flip(self, arr):
        return fliplr(arr)  # module-global lookup: patchable

    def _flip_into(self, arr, out):
        view_dtype = _FLIP_VIEW_DTYPES.get(arr.dtype.itemsize)
        if view_dtype is None or arr.shape[-1] > cv2util.get_max_channels():
            out[...] = fliplr(arr)
            return
        # route: tests/perf/test_flip_perf.py::test_fliplr_cv2_vs_numpy
        dst = out.view(view_dtype)
        result = cv2.flip(cv2util.contiguous(arr).view(view_dtype), 1, dst=dst)
        if not np.may_share_memory(result, dst):  # cv2 allocated (shape mismatch)
            dst[...] = result.reshape(dst.shape)


class Flipud(_FlipBase):
    """Flip images and all their augmentables vertically (up-down).

    Keypoints and all coordinates become ``y' = H - y`` (``H`` = image height);
    bounding boxes keep ``y1 <= y2``. Heatmaps and segmentation maps are flipped
    at their own resolution.

    Supported dtypes
    ----------------
    See :func:`flipud`.

    Parameters
    ----------
    p : number or imgaug.parameters.StochasticParameter, optional
        Probability of flipping an image (``>= 0.5`` samples flip).
    seed, name, random_state, deterministic : optional
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> aug = Flipud(1.0)
    >>> aug(image=np.array([[1], [2]], dtype=np.uint8)).tolist()
    [[2], [1]]

    """

    _AXIS = 0

    def __init__(
        self,
        p=1,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            p=p,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )

    def _flip(self, arr):
        return flipud(arr)  # module-global lookup: patchable

    def _flip_into(self, arr, out):
        np.copyto(out, arr[::-1, ...])
