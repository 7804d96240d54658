"""Deterministic benchmark image set (natural RGB photos shipped with scikit-image).

``python benchmarks/images.py [OUT.npz]`` writes the set
(default ``.bench/images.npz``).
It holds two uint8 arrays:

* ``rgb_384x512``: 100 images of 384x512x3,
* ``rgb_256x256``: 100 images of 256x256x3,

each a crop of one of the bundled photos (astronaut, chelsea, coffee, rocket, ...)
at a scale and offset drawn from a fixed-seed generator, half of them mirrored.
The file is written once and then loaded by every environment, so all libraries
see exactly the same pixels (``load_images`` also returns a content digest).
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import numpy as np

SIZES = {"384x512": (384, 512), "256x256": (256, 256)}
N_IMAGES = 100
SEED = 20200205  # any fixed number; changing it changes the set
SOURCES = (
    "astronaut",
    "chelsea",
    "coffee",
    "rocket",
    "hubble_deep_field",
    "immunohistochemistry",
    "motorcycle_left",
    "retina",
)
DEFAULT_PATH = Path(__file__).resolve().parent.parent / ".bench" / "images.npz"


def _load_sources():
    """Return the list of (name, HxWx3 uint8) source photos that are available."""
    from skimage import data

    photos = []
    for name in SOURCES:
        try:
            if name == "motorcycle_left":
                img = data.stereo_motorcycle()[0]
            else:
                img = getattr(data, name)()
        except Exception:  # not bundled with this scikit-image / needs a download
            continue
        img = np.asarray(img)
        if img.dtype != np.uint8 or img.ndim != 3 or img.shape[2] < 3:
            continue
        photos.append((name, np.ascontiguousarray(img[:, :, :3])))
    return photos


def _synthetic_sources():
    """Smooth random colour fields; used only if scikit-image's photos are missing."""
    import cv2

    rng = np.random.default_rng(SEED)
    out = []
    for i in range(4):
        small = rng.integers(0, 256, size=(12, 16, 3), dtype=np.uint8)
        big = cv2.resize(small, (800, 600), interpolation=cv2.INTER_CUBIC)
        noise = rng.integers(-12, 13, size=big.shape)
        out.append(
            (
                f"synthetic{i}",
                np.clip(big.astype(np.int16) + noise, 0, 255).astype(np.uint8),
            )
        )
    return out


def _crop_set(photos, height, width, n, rng):
    import cv2

    images = np.empty((n, height, width, 3), dtype=np.uint8)
    for i in range(n):
        _, src = photos[i % len(photos)]
        sh, sw = src.shape[:2]
        cover = max(height / sh, width / sw)  # smallest scale that covers the crop
        scale = cover * rng.uniform(1.0, 1.6)
        new_h = max(height, int(round(sh * scale)))
        new_w = max(width, int(round(sw * scale)))
        interp = cv2.INTER_AREA if scale < 1.0 else cv2.INTER_LINEAR
        resized = cv2.resize(src, (new_w, new_h), interpolation=interp)
        y = int(rng.integers(0, new_h - height + 1))
        x = int(rng.integers(0, new_w - width + 1))
        crop = resized[y : y + height, x : x + width]
        if rng.random() < 0.5:
            crop = crop[:, ::-1]
        images[i] = crop
    return images


def build_images(n=N_IMAGES, sizes=None):
    """Build the image set in memory: dict ``{"rgb_<H>x<W>": (n, H, W, 3) uint8}``."""
    sizes = SIZES if sizes is None else sizes
    try:
        photos = _load_sources()
    except ImportError:
        photos = []
    if not photos:
        print(
            "[images] scikit-image photos unavailable: synthetic images",
            file=sys.stderr,
        )
        photos = _synthetic_sources()
    rng = np.random.default_rng(SEED)
    arrays = {}
    for key, (h, w) in sizes.items():
        arrays[f"rgb_{key}"] = _crop_set(photos, h, w, n, rng)
    arrays["sources"] = np.array([name for name, _ in photos])
    return arrays


def write_images(path=DEFAULT_PATH):
    """Build the set and write it atomically to ``path`` (uncompressed .npz)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    arrays = build_images()
    tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp.npz")
    np.savez(tmp, **arrays)
    os.replace(tmp, path)
    return path


def ensure_images(path=DEFAULT_PATH):
    """Write the set if ``path`` does not exist yet; return the path."""
    path = Path(path)
    if not path.exists():
        write_images(path)
    return path


def digest(images):
    """Short content hash of a list/array of images (to prove all envs saw the same)."""
    h = hashlib.sha256()
    for img in images:
        h.update(np.ascontiguousarray(img).tobytes())
    return h.hexdigest()[:16]


def load_images(path=DEFAULT_PATH, size="384x512", n=None):
    """Return ``(list of contiguous HxWx3 uint8 arrays, digest)`` from the .npz."""
    with np.load(path, allow_pickle=False) as f:
        arr = f[f"rgb_{size}"]
    if n is not None:
        arr = arr[:n]
    images = [np.ascontiguousarray(a) for a in arr]
    return images, digest(images)


if __name__ == "__main__":
    out = write_images(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_PATH)
    with np.load(out, allow_pickle=False) as f:
        for k in f.files:
            print(k, f[k].shape, f[k].dtype)
