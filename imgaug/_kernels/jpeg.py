"""JPEG round trip of uint8 images in memory (private).

imgaug 0.4.0 saved the image with Pillow to a temporary ``.jpg`` file and read it
back. Both Pillow and OpenCV use libjpeg(-turbo) with the same defaults (baseline,
4:2:0 chroma subsampling for colour, islow DCT, fancy upsampling), so encoding and
decoding with OpenCV in memory gives the same pixels without touching the disk.
OpenCV expects BGR, so colour images are reordered around the round trip; the
colour conversion to YCbCr inside libjpeg then weights the channels as Pillow does.
"""

from __future__ import annotations

import cv2
import numpy as np

from imgaug._kernels import cv2util

__all__ = ["get_jpeg_quality", "jpeg_round_trip_uint8"]

_IMREAD_COLOR_RGB = getattr(cv2, "IMREAD_COLOR_RGB", None)


def get_jpeg_quality(compression: float) -> int:
    """Map a compression strength in ``[0, 100]`` to a JPEG quality (0.4.0's rule).

    ``quality = clip(round(1 + 99 * (1 - compression / 101)), 1, 100)``: 0 gives
    quality 100, 100 gives quality 2.
    """
    if type(compression) in (int, float):
        # the same float64 maths; round() rounds half to even like np.round,
        # without numpy's per-call overhead (numpy scalars keep numpy's maths)
        return min(max(round(1 + 99 * (1 - compression / 101)), 1), 100)
    quality = np.round(1 + 99 * (1 - compression / 101))
    return int(np.clip(quality, 1, 100))


def jpeg_round_trip_uint8(image: np.ndarray, quality: int) -> np.ndarray:
    """Encode a non-empty uint8 ``(H, W)``, ``(H, W, 1)`` or ``(H, W, 3)`` image.

    Returns the decoded image as a new array of the input's shape.
    """
    # route: tests/perf/test_jpeg_perf.py::test_jpeg_round_trip_in_memory
    is_color = image.ndim == 3 and image.shape[2] == 3
    if is_color:
        source = cv2.cvtColor(cv2util.contiguous(image), cv2.COLOR_RGB2BGR)
    else:
        source = cv2util.contiguous(image.reshape(image.shape[0:2]))
    ok, encoded = cv2.imencode(".jpg", source, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:  # pragma: no cover - libjpeg accepts every uint8 image above
        raise RuntimeError("OpenCV failed to encode the image as JPEG.")
    if is_color and _IMREAD_COLOR_RGB is not None:
        # OpenCV >= 4.11 lets libjpeg decode to RGB directly (one conversion less)
        decoded = cv2.imdecode(encoded, _IMREAD_COLOR_RGB)
    else:
        decoded = cv2.imdecode(encoded, cv2.IMREAD_UNCHANGED)
        if is_color:
            cv2.cvtColor(decoded, cv2.COLOR_BGR2RGB, dst=decoded)
    return decoded.reshape(image.shape)
