"""Lower bounds of the rows whose speed targets are out of reach.

    .bench/ours/bin/python benchmarks/floors.py [--results docs/benchmarks/results.json]

For each such row, the calls that any implementation giving the required results
must make (the OpenCV and libjpeg calls imgaug 0.4.0 makes too) are timed alone on
the benchmark images: one thread, thread CPU time, best of ``--repeats`` passes
over the images. The floor is set against the time per image that the target
allows, computed from the imgaug 0.4.0 and AlbumentationsX figures of a
``run.py --json`` file. A floor above the allowed time means that no amount of
work around those calls can reach the target.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

if __name__ == "__main__":  # before numpy is imported: one thread
    for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(_var, "1")

import cv2  # noqa: E402
import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import images as bench_images  # noqa: E402
from imgaug._kernels import motion_blur  # noqa: E402

_LAB = (cv2.COLOR_RGB2Lab, cv2.COLOR_Lab2RGB)
_SPACES = {
    "YCrCb": (cv2.COLOR_RGB2YCrCb, cv2.COLOR_YCrCb2RGB),
    "HSV": (cv2.COLOR_RGB2HSV, cv2.COLOR_HSV2RGB),
    "HLS": (cv2.COLOR_RGB2HLS, cv2.COLOR_HLS2RGB),
    "Lab": _LAB,
}
_IMREAD_RGB = getattr(cv2, "IMREAD_COLOR_RGB", cv2.IMREAD_COLOR)


def _time_per_image(function, inputs, repeats):
    """Best-of-`repeats` thread CPU time of ``function(x)`` per input, in µs."""
    best = float("inf")
    for _ in range(repeats):
        start = time.thread_time()
        for item in inputs:
            function(item)
        best = min(best, (time.thread_time() - start) / len(inputs))
    return best * 1e6


def _lab_round_trip(image, on_lightness):
    lab = cv2.cvtColor(image, _LAB[0])
    lab[:, :, 0] = on_lightness(np.ascontiguousarray(lab[:, :, 0]))
    return cv2.cvtColor(lab, _LAB[1])


_CLAHE = cv2.createCLAHE(clipLimit=4.0, tileGridSize=(8, 8))


def _clahe(image):
    return _lab_round_trip(image, _CLAHE.apply)


def _equalize(image):
    return _lab_round_trip(image, cv2.equalizeHist)


def _jpeg(quality):
    def round_trip(image):
        ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
        return cv2.imdecode(encoded, _IMREAD_RGB)

    return round_trip


def _brightness_spaces(image):
    # AddToBrightness picks one of the four spaces per image: their mean
    for to_space, from_space in _SPACES.values():
        cv2.cvtColor(cv2.cvtColor(image, to_space), from_space)


def _motion_blur_inputs(images, rng):
    # MotionBlur(k=7, angle=(0, 360), direction=(-1, 1)): 0.4.0's rotated kernels
    kernels = [
        motion_blur._build_cropped_kernel(7, float(angle), float(direction), 1)
        for angle, direction in zip(
            rng.uniform(0, 360, len(images)), rng.uniform(-1, 1, len(images))
        )
    ]
    taps = float(np.mean([np.count_nonzero(kernel) for kernel in kernels]))
    return list(zip(images, kernels)), taps


def _pillow_box_shrink(factor):
    # imgcorruptlike.Pixelate: Pillow's BOX reduction (the upscale back is cheap)
    from PIL import Image

    def shrink(image):
        height, width = image.shape[0:2]
        size = (int(width * factor), int(height * factor))
        return Image.fromarray(image).resize(size, Image.Resampling.BOX)

    return shrink


def _pillow_rotate(degrees):
    # pillike.Affine(rotate=20): Pillow's nearest-neighbour affine transform of an
    # RGBX view (no unpacking), and one copy of the result out of Pillow
    from PIL import Image

    angle = np.deg2rad(degrees)
    cos, sin = float(np.cos(angle)), float(np.sin(angle))

    def rotate(image):
        height, width = image.shape[0:2]
        cx, cy = width / 2, height / 2
        data = (cos, sin, cx - cos * cx - sin * cy, -sin, cos, cy + sin * cx - cos * cy)
        rgbx = cv2.cvtColor(image, cv2.COLOR_RGB2RGBA)
        source = Image.frombuffer("RGBX", (width, height), rgbx, "raw", "RGBX", 0, 1)
        result = source.transform(
            (width, height), Image.Transform.AFFINE, data, Image.Resampling.NEAREST
        )
        return np.frombuffer(result.tobytes(), dtype=np.uint8)

    return rotate


def _pipeline_kernels(rng):
    # the five steps of OverheadSequential5 on a 64x64 image, kernels only
    image = rng.integers(0, 256, (64, 64, 3), dtype=np.uint8)
    rotation = cv2.getRotationMatrix2D((31.5, 31.5), 7.0, 1.0)
    table = np.clip(np.arange(256) * 1.1, 0, 255).astype(np.uint8)

    def run(_):
        flipped = cv2.flip(image, 1)
        warped = cv2.warpAffine(flipped, rotation, (64, 64), flags=cv2.INTER_LINEAR)
        blurred = cv2.GaussianBlur(warped, (5, 5), 0.5)
        multiplied = cv2.LUT(blurred, table)
        noise = rng.standard_normal((64, 64, 3), dtype=np.float32)
        noise *= np.float32(6.0)
        return cv2.add(multiplied, noise, dtype=cv2.CV_8U)

    return run


def _rate(results, row, lib):
    entry = results["transforms"].get(row, {}).get(lib, {})
    return entry.get("median") if entry.get("status") == "ok" else None


def _overhead_us(results, row, lib):
    entry = results.get("overhead", {}).get(row, {}).get(lib, {})
    return entry.get("median") if entry.get("status") == "ok" else None


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--results", default=str(HERE.parent / "docs/benchmarks/results.json")
    )
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    cv2.setNumThreads(1)
    results = json.loads(Path(args.results).read_text())
    images, _ = bench_images.load_images()
    rng = np.random.default_rng(0)
    motion_inputs, motion_taps = _motion_blur_inputs(images, rng)

    # (row, issue, target text, allowed µs per image, what the floor runs, floor µs)
    rows = []

    def add_vs_imgaug(row, issue, factor, what, function, inputs):
        rate = _rate(results, row, "imgaug")
        allowed = 1e6 / (factor * rate) if rate else None
        floor = _time_per_image(function, inputs, args.repeats)
        rows.append((row, issue, f">= {factor:g}x imgaug 0.4.0", allowed, what, floor))

    add_vs_imgaug("CLAHE", 8, 3, "RGB->Lab, CLAHE on L, Lab->RGB", _clahe, images)
    add_vs_imgaug(
        "Equalize", 8, 3, "RGB->Lab, equalizeHist on L, Lab->RGB", _equalize, images
    )
    add_vs_imgaug(
        "JpegCompression", 8, 3, "JPEG encode (q=50) + decode", _jpeg(50), images
    )
    add_vs_imgaug(
        "AddToBrightness",
        9,
        3,
        "mean colour round trip (YCrCb/HSV/HLS/Lab)",
        lambda image: _brightness_spaces(image),
        images,
    )
    rows[-1] = rows[-1][:5] + (rows[-1][5] / len(_SPACES),)
    albx_rate = _rate(results, "MotionBlur", "albx")
    rows.append(
        (
            "MotionBlur",
            10,
            ">= 1.0x AlbumentationsX",
            1e6 / albx_rate if albx_rate else None,
            f"filter2D with 0.4.0's kernels ({motion_taps:.1f} taps on average)",
            _time_per_image(
                lambda pair: cv2.filter2D(pair[0], -1, pair[1]),
                motion_inputs,
                args.repeats,
            ),
        )
    )
    add_vs_imgaug(
        "imgcorruptlike.JpegCompression",
        12,
        2,
        "JPEG encode (q=15) + decode",
        _jpeg(15),
        images,
    )
    add_vs_imgaug(
        "imgcorruptlike.Pixelate",
        12,
        2,
        "Pillow BOX reduction to 0.4x (severity 3)",
        _pillow_box_shrink(0.4),
        images,
    )
    add_vs_imgaug(
        "pillike.Affine",
        12,
        2,
        "Pillow's affine transform (rotate 20), RGBX in, one copy out",
        _pillow_rotate(20),
        images,
    )
    albx_pipeline = _overhead_us(results, "OverheadSequential5", "albx")
    rows.append(
        (
            "OverheadSequential5 (64x64)",
            13,
            "<= 0.5x AlbumentationsX",
            0.5 * albx_pipeline if albx_pipeline else None,
            "the five kernels alone (flip, warp, blur, LUT, noise)",
            _time_per_image(_pipeline_kernels(rng), range(200), args.repeats),
        )
    )

    print(f"targets from {args.results}; floors on this machine, µs per image\n")
    print(
        "| row | issue | target | allowed µs | floor: what | floor µs | floor/allowed |"
    )
    print("|---|---|---|---|---|---|---|")
    for row, issue, target, allowed, what, floor in rows:
        ratio = f"{floor / allowed:.2f}" if allowed else "—"
        allowed_text = f"{allowed:.0f}" if allowed else "—"
        print(
            f"| {row} | {issue} | {target} | {allowed_text} | {what} | {floor:.0f} "
            f"| {ratio} |"
        )


if __name__ == "__main__":
    main()
