"""Channel reordering that returns C-contiguous arrays."""

from __future__ import annotations

import cv2
import numpy as np

from imgaug._kernels import cv2util

# dtypes cv2.mixChannels handles natively
_CV2_DTYPES = frozenset(
    np.dtype(name)
    for name in ("uint8", "int8", "uint16", "int16", "int32", "float32", "float64")
)


def permute_channels(image: np.ndarray, permutation) -> np.ndarray:
    """Return a new C-contiguous ``(H, W, C)`` array with ``image[..., permutation]``.

    Numpy's fancy indexing on the last axis returns a non-contiguous array, which
    every later step (and the caller's ``np.ascontiguousarray``) pays for;
    ``cv2.mixChannels`` writes the result in order, channel by channel.

    Parameters
    ----------
    image : numpy.ndarray
        ``(H, W, C)`` array, any dtype.
    permutation : sequence of int
        Source channel of every output channel.

    Returns
    -------
    numpy.ndarray
        The reordered array (new).

    Examples
    --------
    >>> import numpy as np
    >>> image = np.arange(3, dtype=np.uint8).reshape((1, 1, 3))
    >>> permute_channels(image, [2, 0, 1]).tolist()
    [[[2, 0, 1]]]
    """
    permutation = [int(index) for index in permutation]
    result = np.empty(image.shape[0:2] + (len(permutation),), dtype=image.dtype)
    if result.size == 0:
        return result
    # route: tests/perf/test_channels_perf.py::test_permute_channels
    if image.dtype in _CV2_DTYPES and image.shape[2] <= cv2util.get_max_channels():
        pairs = [value for pair in enumerate(permutation) for value in pair[::-1]]
        cv2.mixChannels([cv2util.contiguous(image)], [result], pairs)
        return result
    for target, source in enumerate(permutation):
        result[:, :, target] = image[:, :, source]
    return result
