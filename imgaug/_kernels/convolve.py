"""2D correlation of images with small kernels through ``cv2.filter2D``.

Used by the ``convolutional`` augmenters, ``MotionBlur`` and everything else that
filters an image with an explicit matrix. OpenCV filters ``uint8``, ``uint16``,
``int16``, ``float32`` and ``float64`` directly (integer results are rounded and
saturated); ``bool`` and ``float16`` go through ``float32`` and ``int8`` through
``int16``. Borders are ``BORDER_REFLECT_101`` (OpenCV's default). No RNG here.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

import imgaug.dtypes as iadt
from imgaug._kernels import cv2util

__all__ = ["CONVOLVE_DTYPES", "filter2d", "filter2d_per_channel"]

#: ``gate_dtypes`` lists of the filter route (spec: Convolve).
CONVOLVE_DTYPES = {
    "allowed": [
        "bool",
        "uint8",
        "uint16",
        "int8",
        "int16",
        "float16",
        "float32",
        "float64",
    ],
    "disallowed": ["uint32", "uint64", "int32", "int64", "float128"],
}

# dtypes cv2.filter2D gets in a converted form: input dtype -> dtype for cv2
_WORK_DTYPES = {
    np.dtype("bool"): np.dtype("float32"),
    np.dtype("float16"): np.dtype("float32"),
    np.dtype("int8"): np.dtype("int16"),
}


def _to_work_dtype(image: np.ndarray) -> np.ndarray:
    work_dtype = _WORK_DTYPES.get(image.dtype)
    return image if work_dtype is None else image.astype(work_dtype)


def _restore(result: np.ndarray, input_dtype: np.dtype) -> np.ndarray:
    if result.dtype == input_dtype:
        return result
    if input_dtype.kind == "b":
        return result > 0.5
    return iadt.restore_dtypes_(result, input_dtype)


def filter2d(image: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    """Correlate every channel of `image` with the same 2D `kernel`.

    Parameters
    ----------
    image : numpy.ndarray
        ``(H, W)`` or ``(H, W, C)`` array of a dtype in ``CONVOLVE_DTYPES``
        (not checked here; callers gate).
    kernel : numpy.ndarray
        2D float kernel; its centre is ``(kh // 2, kw // 2)``.

    Returns
    -------
    numpy.ndarray
        New array of the shape and dtype of `image`. Zero-sized inputs come back
        as copies.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.zeros((3, 5), dtype=np.uint8)
    >>> image[1, 2] = 9
    >>> filter2d(image, np.full((1, 3), 1 / 3)).tolist()
    [[0, 0, 0, 0, 0], [0, 3, 3, 3, 0], [0, 0, 0, 0, 0]]

    """
    if image.size == 0:
        return np.copy(image)
    kernel = np.asarray(kernel)

    if _uses_float32_route(image, kernel):
        work = image

        def _filter(chunk):
            return _filter_uint8_via_float32(chunk, kernel)

    else:
        # a converted array is ours, other inputs are copied: the filter then
        # runs in place on a cache-warm array (same values; faster on images
        # that come cold from memory than reading them while filtering)
        # route: tests/perf/test_convolve_perf.py::test_filter2d_in_place_on_copy
        work = _to_work_dtype(image)
        if work is image:
            work = image.copy()

        def _filter(chunk):
            return cv2.filter2D(
                chunk, -1, kernel, dst=chunk, borderType=cv2.BORDER_REFLECT_101
            )

    # one call for all channels (0.4.0 filtered channel by channel)
    # route: tests/perf/test_convolve_perf.py::test_filter2d_whole_image_vs_per_channel
    result = cv2util.map_channel_chunks(_filter, work)
    return _restore(result, image.dtype)


#: kernels up to this many taps are applied directly (no DFT) by cv2.filter2D
#: for uint8 and float32 images alike
_DIRECT_FILTER_MAX_TAPS = 121


def _uses_float32_route(image: np.ndarray, kernel: np.ndarray) -> bool:
    """Whether `_filter_uint8_via_float32` gives `image` filtered with `kernel`."""
    return (
        image.dtype == np.uint8
        and kernel.size <= _DIRECT_FILTER_MAX_TAPS
        and bool((kernel >= 0).all())
    )


def _filter_uint8_via_float32(chunk: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    """Filter a uint8 chunk in float32 and round back (non-negative kernels).

    OpenCV's float32 filter is 1.3-1.7x faster on such kernels than its uint8
    filter, which also sums in float32 and rounds to nearest: the results are
    the same except for sums within float32 rounding of ``.5`` (the summation
    order differs), where either may round up (about one value in a million).
    """
    # route: tests/perf/test_convolve_perf.py::test_filter2d_uint8_via_float32
    filtered = cv2.filter2D(
        chunk.astype(np.float32), -1, kernel, borderType=cv2.BORDER_REFLECT_101
    )
    return cv2.convertScaleAbs(filtered)  # rounds and saturates; sums are >= 0


def filter2d_per_channel(
    image: np.ndarray, kernels: Sequence[np.ndarray | None]
) -> np.ndarray:
    """Correlate channel ``c`` of `image` with ``kernels[c]``.

    Parameters
    ----------
    image : numpy.ndarray
        ``(H, W, C)`` array (dtype as for `filter2d`).
    kernels : sequence of (numpy.ndarray or None)
        One 2D kernel per channel; ``None`` leaves that channel unchanged.

    Returns
    -------
    numpy.ndarray
        New array of the shape and dtype of `image`.

    """
    if image.size == 0:
        return np.copy(image)
    work = _to_work_dtype(image)
    # a converted copy is already ours to write; otherwise copy once
    result = np.array(work, order="C", copy=work is image)
    for channel, kernel in enumerate(kernels):
        if kernel is None:
            continue
        src = np.ascontiguousarray(work[:, :, channel])
        kernel = np.asarray(kernel)
        if _uses_float32_route(image, kernel):  # as in `filter2d`
            result[:, :, channel] = _filter_uint8_via_float32(src, kernel)
        else:
            result[:, :, channel] = cv2.filter2D(
                src, -1, kernel, borderType=cv2.BORDER_REFLECT_101
            )
    return _restore(result, image.dtype)
