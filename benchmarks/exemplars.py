"""Throughput of the exemplar augmenters and the per-call cost of a small pipeline.

Prints images/s of each exemplar on a batch of 32 uint8 images of 256x256x3 (array
input, one call per batch) and the time per call of the five-augmenter pipeline
``Sequential([Fliplr(0.5), Crop(px=(0, 8)), Affine(rotate=(-10, 10)),
Add((-10, 10)), GaussianBlur((0, 1))])`` on one 64x64 image. Best of several
repeats, one thread (the machine is shared; compare within one run only).

Run: ``python benchmarks/exemplars.py``
"""

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import timeit  # noqa: E402

import cv2  # noqa: E402
import numpy as np  # noqa: E402

import imgaug.augmenters as iaa  # noqa: E402

EXEMPLARS = {
    "Fliplr(0.5)": lambda: iaa.Fliplr(0.5),
    "Flipud(0.5)": lambda: iaa.Flipud(0.5),
    "Crop(px=(0, 16))": lambda: iaa.Crop(px=(0, 16)),
    "Pad(px=(0, 16))": lambda: iaa.Pad(px=(0, 16)),
    "CropAndPad(percent=(-0.1, 0.1))": lambda: iaa.CropAndPad(percent=(-0.1, 0.1)),
    "Affine(rotate=(-10, 10))": lambda: iaa.Affine(rotate=(-10, 10)),
    "Affine(scale, translate, rotate, shear)": lambda: iaa.Affine(
        scale=(0.9, 1.1),
        translate_percent=(-0.1, 0.1),
        rotate=(-20, 20),
        shear=(-5, 5),
    ),
    "Add((-10, 10))": lambda: iaa.Add((-10, 10)),
    "Multiply((0.8, 1.2), per_channel=0.5)": lambda: iaa.Multiply(
        (0.8, 1.2), per_channel=0.5
    ),
    "GaussianBlur((0, 1))": lambda: iaa.GaussianBlur((0, 1.0)),
}


def images_per_second(augmenter, images, repeats=5, number=3):
    """Best-of-`repeats` images/s of ``augmenter(images=images)``."""
    augmenter(images=images)  # warm-up
    best = min(
        timeit.repeat(lambda: augmenter(images=images), number=number, repeat=repeats)
    )
    return number * len(images) / best


def pipeline_call_microseconds(repeats=7, number=500):
    """Best-of-`repeats` microseconds per pipeline call on one 64x64 image."""
    image = np.random.default_rng(1).integers(0, 256, (64, 64, 3), dtype=np.uint8)
    pipeline = iaa.Sequential(
        [
            iaa.Fliplr(0.5),
            iaa.Crop(px=(0, 8)),
            iaa.Affine(rotate=(-10, 10)),
            iaa.Add((-10, 10)),
            iaa.GaussianBlur((0, 1)),
        ]
    )
    for _ in range(100):
        pipeline(image=image)
    best = min(
        timeit.repeat(lambda: pipeline(image=image), number=number, repeat=repeats)
    )
    return best / number * 1e6


def main():
    """Print the table."""
    cv2.setNumThreads(0)
    images = np.random.default_rng(0).integers(0, 256, (32, 256, 256, 3), np.uint8)
    print(f"{'augmenter (batch of 32, 256x256x3 uint8)':45s} {'images/s':>10s}")
    for name, make in EXEMPLARS.items():
        print(f"{name:45s} {images_per_second(make(), images):10.0f}")
    per_call = pipeline_call_microseconds()
    print(f"\n5-augmenter Sequential, one 64x64 image: {per_call:.0f} us per call")


if __name__ == "__main__":
    main()
