"""Throughput of the integrations (not a test).

``python benchmarks/integrations_bench.py torch [--samples 400] [--rounds 5]``
    The PyTorch wrapper (``imgaug.integrations.torch.AugmentedDataset``) against the
    same pipeline in a plain ``Dataset`` (``aug(image=...)`` + tensor conversion),
    384x512 images, image-only and image + boxes + labels samples: the CPU time per
    sample in one process (the two datasets interleaved sample by sample; median of
    the rounds), and the wall time of an epoch through a ``DataLoader`` with
    ``num_workers=2`` (rounds alternate; best round) with the CPU time its workers
    used (median round; what a busy machine does not distort). The pipeline has
    fixed values so that both datasets do the same work: the difference is the
    wrapper's own cost (seed-key stream, sample conversion). Overhead target: <= 5 %.

``python benchmarks/integrations_bench.py cli [--images 1000] [--rounds 2]``
    ``python -m imgaug augment`` on a folder of 384x512 JPEGs with ``--workers 1``
    and ``--workers 2`` (alternating rounds, fresh OUTPUT each time; best round),
    plus the CPU time of each run, which shows the scaling a busy machine hides.

Needs the PyTorch extra for ``torch`` (run with the extras' environment).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

PIPELINE = (
    "iaa.Sequential([iaa.Fliplr(0.5), "
    "iaa.Affine(rotate=(-15, 15), scale=(0.9, 1.1)), "
    "iaa.Multiply((0.8, 1.2)), iaa.Sometimes(0.5, iaa.GaussianBlur((0, 1.0)))])"
)


# for the wrapper's pure overhead: fixed values, so both datasets do the same work
# (with random values they draw different transformations of different cost)
FIXED_PIPELINE = (
    "iaa.Sequential([iaa.Fliplr(1.0), iaa.Affine(rotate=10, scale=1.05), "
    "iaa.Multiply(1.1), iaa.GaussianBlur(sigma=1.0)])"
)


def _images(n):
    from images import build_images

    base = build_images(n=min(n, 100), sizes={"384x512": (384, 512)})["rgb_384x512"]
    return [np.ascontiguousarray(base[i % len(base)]) for i in range(n)]


def _pipeline(text):
    import imgaug.augmenters as iaa

    return eval(text, {"iaa": iaa})  # noqa: S307  (our own constant)


# ---------------------------------------------------------------------------------
# torch
# ---------------------------------------------------------------------------------
def bench_torch(nb_samples, rounds):
    import torch
    from torch.utils.data import DataLoader, Dataset

    from imgaug.integrations.torch import AugmentedDataset, collate

    images = _images(nb_samples)
    boxes = np.array([[40, 50, 200, 220], [300, 100, 380, 300]], dtype=np.float32)
    aug = _pipeline(FIXED_PIPELINE)

    class Plain(Dataset):
        def __init__(self, with_boxes):
            self.with_boxes = with_boxes

        def __len__(self):
            return nb_samples

        def __getitem__(self, index):
            image = images[index]
            if self.with_boxes:
                from imgaug.augmentables.bbs import BoundingBoxesOnImage

                bbsoi = BoundingBoxesOnImage.from_xyxy_array(boxes, shape=image.shape)
                image, bbsoi = aug(image=image, bounding_boxes=bbsoi)
                return {
                    "image": torch.from_numpy(image.transpose(2, 0, 1).copy()),
                    "bounding_boxes": torch.from_numpy(bbsoi.to_xyxy_array()),
                    "labels": torch.from_numpy(np.array([1, 2])),
                }
            return {
                "image": torch.from_numpy(aug(image=image).transpose(2, 0, 1).copy())
            }

    class Base:
        def __init__(self, with_boxes):
            self.with_boxes = with_boxes

        def __len__(self):
            return nb_samples

        def __getitem__(self, index):
            if self.with_boxes:
                return {
                    "image": images[index],
                    "bounding_boxes": boxes,
                    "labels": np.array([1, 2]),
                }
            return {"image": images[index]}

    def epoch_seconds(dataset, num_workers):
        """Wall time of one epoch and the CPU time its (reaped) workers used."""
        loader = DataLoader(
            dataset, batch_size=16, num_workers=num_workers, collate_fn=collate
        )
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        for _ in loader:
            pass
        seconds = time.perf_counter() - start
        del loader  # non-persistent workers are joined when the epoch ends
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        return seconds, cpu

    def cpu_per_sample(plain, ours):
        """Interleaved per-sample CPU time (robust on a busy machine)."""
        totals = {"plain": [], "ours": []}
        for _ in range(rounds):
            spent = {"plain": 0.0, "ours": 0.0}
            for index in range(nb_samples):
                for name, dataset in (("plain", plain), ("ours", ours)):
                    start = time.process_time()
                    dataset[index]
                    spent[name] += time.process_time() - start
            for name in spent:
                totals[name].append(spent[name] / nb_samples)
        return {name: float(np.median(values)) for name, values in totals.items()}

    torch.set_num_threads(1)
    cv2.setNumThreads(1)
    for with_boxes in (False, True):
        kinds = {"labels": "bounding_box_labels"} if with_boxes else None
        ours = AugmentedDataset(Base(with_boxes), aug, seed=0, kinds=kinds)
        plain = Plain(with_boxes)
        label = "image+boxes" if with_boxes else "image"
        cpu = cpu_per_sample(plain, ours)
        print(
            f"torch {label:12s} in-process CPU per sample: plain "
            f"{1000 * cpu['plain']:.2f} ms, AugmentedDataset {1000 * cpu['ours']:.2f} "
            f"ms, overhead {100 * (cpu['ours'] / cpu['plain'] - 1):+.1f} %"
        )
        best = {"plain": float("inf"), "ours": float("inf")}
        worker_cpu = {"plain": [], "ours": []}
        for _ in range(rounds):
            for name, dataset in (("plain", plain), ("ours", ours)):
                seconds, cpu = epoch_seconds(dataset, 2)
                best[name] = min(best[name], seconds)
                worker_cpu[name].append(cpu)
        cpu = {name: float(np.median(values)) for name, values in worker_cpu.items()}
        print(
            f"torch {label:12s} DataLoader num_workers=2: plain "
            f"{nb_samples / best['plain']:6.1f} img/s, AugmentedDataset "
            f"{nb_samples / best['ours']:6.1f} img/s, overhead "
            f"{100 * (best['ours'] / best['plain'] - 1):+.1f} % (wall, best round); "
            f"workers' CPU per sample {1000 * cpu['plain'] / nb_samples:.2f} vs "
            f"{1000 * cpu['ours'] / nb_samples:.2f} ms, overhead "
            f"{100 * (cpu['ours'] / cpu['plain'] - 1):+.1f} % (median round)"
        )


# ---------------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------------
def bench_cli(nb_images, rounds):
    import imageio.v3 as iio

    tmp = Path(tempfile.mkdtemp(prefix="imgaug-cli-bench-"))
    try:
        source = tmp / "in"
        source.mkdir()
        for i, image in enumerate(_images(nb_images)):
            iio.imwrite(source / f"{i:05d}.jpg", image, quality=90)
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        best = {1: (float("inf"), 0.0), 2: (float("inf"), 0.0)}
        for round_index in range(rounds):
            for workers in (1, 2):
                out = tmp / f"out-{workers}-{round_index}"
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "imgaug",
                        "augment",
                        str(source),
                        str(out),
                        "-p",
                        PIPELINE,
                        "--workers",
                        str(workers),
                        "--quiet",
                    ],
                    check=True,
                    env=env,
                )
                seconds = time.perf_counter() - start
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu = (after.ru_utime - before.ru_utime) + (
                    after.ru_stime - before.ru_stime
                )
                if seconds < best[workers][0]:
                    best[workers] = (seconds, cpu)
                shutil.rmtree(out)
        for workers, (seconds, cpu) in best.items():
            print(
                f"cli --workers {workers}: {nb_images / seconds:6.1f} img/s "
                f"({seconds:.1f} s wall, {cpu:.1f} s CPU)"
            )
        print(
            f"cli speed-up 2 vs 1 workers: {best[1][0] / best[2][0]:.2f}x "
            f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("torch", "cli"))
    parser.add_argument("--samples", type=int, default=400)
    parser.add_argument("--images", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=None)
    args = parser.parse_args()
    if args.what == "torch":
        bench_torch(args.samples, args.rounds or 5)
    else:
        bench_cli(args.images, args.rounds or 2)


if __name__ == "__main__":
    main()
