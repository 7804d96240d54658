"""Text rendering onto image arrays (Pillow).

Font: ``DEFAULT_FONT_FP`` is the first DejaVu Sans TrueType file found in this
order: ``DejaVuSans.ttf`` in the package directory, the copy inside an installed
matplotlib (located with ``importlib.util.find_spec``, without importing
matplotlib), the Debian ``fonts-dejavu-core`` path. If none exists it is ``None``
and Pillow's bundled default font (``ImageFont.load_default(size=...)``) is used.
"""

from __future__ import annotations

import functools
import importlib.util
import numbers
import os

import numpy as np

from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = ["DEFAULT_FONT_FP", "draw_text"]

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _find_default_font():
    candidates = [os.path.join(_PACKAGE_DIR, "DejaVuSans.ttf")]
    try:
        spec = importlib.util.find_spec("matplotlib")
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            candidates.append(
                os.path.join(location, "mpl-data", "fonts", "ttf", "DejaVuSans.ttf")
            )
    candidates.append("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    for path in candidates:
        if os.path.isfile(path):
            return path
    return None


DEFAULT_FONT_FP = _find_default_font()


@functools.lru_cache(maxsize=32)
def _load_font(font_fp, size):
    from PIL import ImageFont

    if font_fp is not None:
        try:
            return ImageFont.truetype(font_fp, size)
        except OSError:
            pass
    return ImageFont.load_default(size=size)


def draw_text(img, y, x, text, color=(0, 255, 0), size=25):
    """Draw text onto a copy of an image.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * ``float32``: yes; tested (clipped to ``[0, 255]`` and rounded for drawing;
      only the pixels touched by the text change)
    * all others: no (``ValueError``)

    Parameters
    ----------
    img : ndarray
        ``(H, W)`` or ``(H, W, C)`` image.
    y, x : number
        Top-left corner of the text, in pixels (note: `y` comes first).
    text : str
        The text.
    color : number or iterable of number, optional
        Text colour, one value per channel (or one value for all channels).
    size : int, optional
        Font size.

    Returns
    -------
    ndarray
        New image with the input dtype.

    Examples
    --------
    >>> import numpy as np
    >>> image = draw_text(np.zeros((20, 40, 3), dtype=np.uint8), 2, 2, "A", size=12)
    >>> bool(image[..., 1].max() > 0), int(image[..., 0].max())
    (True, 0)

    """
    from PIL import Image, ImageDraw

    if not isinstance(img, np.ndarray):
        raise InvalidTypeError(f"Expected 'img' to be a numpy array, got {type(img)}.")
    if img.dtype not in (np.uint8, np.float32):
        raise InvalidValueError(
            f"Expected 'img' to have dtype uint8 or float32, got {img.dtype.name}."
        )
    if img.ndim not in (2, 3):
        raise InvalidValueError(
            f"Expected 'img' to have shape (H, W) or (H, W, C), got {img.shape}."
        )
    for name, value in (("y", y), ("x", x), ("size", size)):
        if not isinstance(value, numbers.Real) or value != value:
            raise InvalidValueError(f"Expected '{name}' to be a number, got {value!r}.")
    if not size > 0:
        raise InvalidValueError(f"Expected 'size' to be > 0, got {size!r}.")
    if not isinstance(text, str):
        raise InvalidTypeError(f"Expected 'text' to be a str, got {type(text)}.")
    nb_channels = 1 if img.ndim == 2 else img.shape[2]
    colors = _normalize_color(color, nb_channels)
    if img.size == 0:
        return np.copy(img)

    if img.dtype == np.float32:
        work = np.round(np.clip(img, 0, 255)).astype(np.uint8)
    else:
        work = img
    font = _load_font(DEFAULT_FONT_FP, int(size))
    position = (x, y)

    if img.ndim == 3 and nb_channels == 3:
        pil_image = Image.fromarray(np.ascontiguousarray(work))
        ImageDraw.Draw(pil_image).text(position, text, fill=colors, font=font)
        drawn = np.asarray(pil_image)
    else:
        # one grayscale pass per channel: Pillow blends each channel the same way
        # in "L" mode as it does in "RGB" mode
        planes = work[:, :, np.newaxis] if img.ndim == 2 else work
        result_planes = []
        for c in range(nb_channels):
            pil_image = Image.fromarray(np.ascontiguousarray(planes[:, :, c]))
            ImageDraw.Draw(pil_image).text(position, text, fill=colors[c], font=font)
            result_planes.append(np.asarray(pil_image))
        drawn = np.stack(result_planes, axis=-1)
        if img.ndim == 2:
            drawn = drawn[:, :, 0]

    if img.dtype == np.float32:
        # keep the original float values where the text did not change anything
        result = np.copy(img)
        changed = drawn != work
        result[changed] = drawn[changed].astype(np.float32)
        return result
    return np.array(drawn, dtype=np.uint8, copy=True)


def _normalize_color(color, nb_channels):
    if isinstance(color, np.ndarray):
        color = color.ravel().tolist()
    if isinstance(color, numbers.Real):
        values = [color] * nb_channels
    elif isinstance(color, (list, tuple)):
        values = list(color)
        if len(values) == 1:
            values = values * nb_channels
        elif len(values) != nb_channels:
            raise InvalidValueError(
                f"Expected 'color' to contain one value or {nb_channels} values (one "
                f"per channel), got {len(values)}."
            )
    else:
        raise InvalidTypeError(
            f"Expected 'color' to be a number or a tuple of numbers, got {type(color)}."
        )
    for value in values:
        if not isinstance(value, numbers.Real) or value != value:
            raise InvalidValueError(
                f"Expected 'color' to contain numbers, got {tuple(values)!r}."
            )
    return tuple(int(np.clip(round(float(v)), 0, 255)) for v in values)
