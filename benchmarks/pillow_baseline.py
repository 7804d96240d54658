"""The ``pillike`` augmenters vs the same operation called through Pillow directly.

``run.py`` compares libraries; this script adds the baseline that ``pillike`` exists
to reproduce: Pillow itself. For every ``pillike.*`` row of ``transforms.py`` it
times, alternately in this process (ours, Pillow, ours, Pillow, ...), our augmenter
(``aug.augment_image(img)``) and Pillow's operation with the same parameters
including the conversions (``np.asarray(op(Image.fromarray(img)))``), one image per
call on the benchmark image set, every output made C-contiguous inside the timed
loop as in ``worker.py``. It also checks that both give the same image::

    python benchmarks/pillow_baseline.py                      # all pillike rows
    python benchmarks/pillow_baseline.py --transforms pillike.Equalize --runs 3

Single-threaded like the workers of ``run.py`` (OpenCV and BLAS pinned to one
thread). Prints median images/s, the ratio ours/Pillow and whether the outputs
are equal.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import transforms  # noqa: E402

import images as images_mod  # noqa: E402


def pillow_operations():
    """Name -> function(PIL.Image) -> PIL.Image with the parameters of the rows."""
    from PIL import Image, ImageEnhance, ImageFilter, ImageOps

    ops = {
        "pillike.Solarize": lambda im: ImageOps.solarize(im, 128),
        "pillike.Posterize": lambda im: ImageOps.posterize(im, 4),
        "pillike.Equalize": ImageOps.equalize,
        "pillike.Autocontrast": lambda im: ImageOps.autocontrast(im, 2),
        "pillike.EnhanceColor": lambda im: ImageEnhance.Color(im).enhance(1.5),
        "pillike.EnhanceContrast": lambda im: ImageEnhance.Contrast(im).enhance(1.5),
        "pillike.EnhanceBrightness": lambda im: ImageEnhance.Brightness(im).enhance(
            1.3
        ),
        "pillike.EnhanceSharpness": lambda im: ImageEnhance.Sharpness(im).enhance(1.8),
        # Image.rotate turns counter-clockwise, pillike.Affine clockwise
        "pillike.Affine": lambda im: im.rotate(
            -20, resample=Image.Resampling.NEAREST, fillcolor=(0, 0, 0)
        ),
    }
    filters = {
        "FilterBlur": "BLUR",
        "FilterSmooth": "SMOOTH",
        "FilterSmoothMore": "SMOOTH_MORE",
        "FilterEdgeEnhance": "EDGE_ENHANCE",
        "FilterEdgeEnhanceMore": "EDGE_ENHANCE_MORE",
        "FilterFindEdges": "FIND_EDGES",
        "FilterContour": "CONTOUR",
        "FilterEmboss": "EMBOSS",
        "FilterSharpen": "SHARPEN",
        "FilterDetail": "DETAIL",
    }
    for name, pil_name in filters.items():
        kernel = getattr(ImageFilter, pil_name)
        ops[f"pillike.{name}"] = lambda im, kernel=kernel: im.filter(kernel)
    return ops


def _time_pass(fn, images, max_seconds, min_images=5):
    contiguous, clock = np.ascontiguousarray, time.perf_counter
    done = 0
    start = clock()
    for img in images:
        contiguous(fn(img))
        done += 1
        if done >= min_images and clock() - start > max_seconds:
            break
    return done / (clock() - start)


def bench(names, images, runs, max_seconds):
    import cv2
    from PIL import Image

    import imgaug
    import imgaug.augmenters as iaa

    cv2.setNumThreads(0)
    ops = pillow_operations()
    results = {}
    for name in names:
        imgaug.seed(1)
        aug = transforms.TRANSFORMS[name].factory("ours")(iaa)
        op = ops[name]

        def ours(img, aug=aug):
            return aug.augment_image(img)

        def pillow(img, op=op):
            return np.asarray(op(Image.fromarray(img)))

        equal = all(np.array_equal(ours(img), pillow(img)) for img in images[0:3])
        for fn in (ours, pillow):  # warm-up
            for img in images[0:5]:
                fn(img)
        rates = {"ours": [], "pillow": []}
        for _ in range(runs):
            rates["ours"].append(_time_pass(ours, images, max_seconds))
            rates["pillow"].append(_time_pass(pillow, images, max_seconds))
        medians = {lib: statistics.median(values) for lib, values in rates.items()}
        results[name] = {
            "ours": medians["ours"],
            "pillow": medians["pillow"],
            "ratio": medians["ours"] / medians["pillow"],
            "equal": equal,
        }
        print(
            f"{name:30s} ours {medians['ours']:8.0f}/s  Pillow "
            f"{medians['pillow']:8.0f}/s  ratio {results[name]['ratio']:5.2f}  "
            f"{'equal' if equal else 'DIFFERENT'}",
            flush=True,
        )
    return results


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--transforms", default=None, help="comma-separated row names")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--max-seconds", type=float, default=2.0)
    p.add_argument("--n-images", type=int, default=None)
    p.add_argument("--size", default="384x512", choices=sorted(images_mod.SIZES))
    p.add_argument("--images", default=str(images_mod.DEFAULT_PATH))
    p.add_argument("--json", default=None, help="also write the results here")
    args = p.parse_args(argv)
    names = [n for n in transforms.TRANSFORMS if n.startswith("pillike.")]
    if args.transforms:
        names = [n.strip() for n in args.transforms.split(",") if n.strip()]
    if not Path(args.images).exists():
        images_mod.write_images(args.images)
    images, _ = images_mod.load_images(args.images, args.size, args.n_images)
    results = bench(names, images, args.runs, args.max_seconds)
    ratios = [r["ratio"] for r in results.values()]
    geomean = float(np.exp(np.mean(np.log(ratios)))) if ratios else float("nan")
    print(f"geometric mean ours/Pillow: {geomean:.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 0 if all(r["equal"] for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
