"""Command line: ``python -m imgaug preview`` writes a grid of augmented samples.

Without arguments it augments the bundled sample photo (with its keypoints, bounding
box and polygon) through a default pipeline and writes ``preview.jpg``. Options select
another image, another pipeline (a Python expression over ``iaa``/``iap``), the grid
size, the seed and the output path. ``python -m imgaug list`` prints the augmenters.
``python -m imgaug augment INPUT OUTPUT --pipeline ...`` augments a folder of images
(and its COCO annotations) into another folder, resumably and reproducibly.
"""

import argparse
import sys

import numpy as np

DEFAULT_PIPELINE = (
    "iaa.Sequential(["
    "iaa.Fliplr(0.5), "
    "iaa.Crop(percent=(0, 0.1)), "
    "iaa.Affine(scale=(0.8, 1.2), translate_percent=(-0.1, 0.1), rotate=(-25, 25)), "
    "iaa.Multiply((0.8, 1.2), per_channel=0.2), "
    "iaa.Add((-20, 20)), "
    "iaa.Sometimes(0.5, iaa.GaussianBlur((0, 1.5)))"
    "])"
)


# drawn in this order: polygon face faint, then boxes, then keypoints on top
_DRAW_STYLES = {
    "polygons": {"color": (0, 255, 0), "alpha_face": 0.15},
    "bounding_boxes": {"color": (255, 255, 0), "size": 2},
    "keypoints": {"color": (255, 0, 0), "size": 5},
}


def build_parser():
    """Return the argument parser of the command line."""
    parser = argparse.ArgumentParser(prog="python -m imgaug", description=__doc__)
    commands = parser.add_subparsers(dest="command")
    preview = commands.add_parser("preview", help="write a grid of augmented samples")
    preview.add_argument("--input", "-i", help="image file (default: bundled sample)")
    preview.add_argument(
        "--pipeline",
        "-p",
        default=DEFAULT_PIPELINE,
        help="Python expression building the augmenter, with iaa and iap in scope",
    )
    preview.add_argument("--rows", type=int, default=3, help="grid rows (default 3)")
    preview.add_argument("--cols", type=int, default=4, help="grid columns (default 4)")
    preview.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    preview.add_argument(
        "--size",
        type=int,
        default=256,
        help="longer image side in pixels (default 256)",
    )
    preview.add_argument("--output", "-o", default="preview.jpg", help="output file")
    commands.add_parser("list", help="list the available augmenters")
    _add_augment_parser(commands)
    return parser


def _add_augment_parser(commands):
    augment = commands.add_parser(
        "augment",
        help="augment a folder of images (and COCO annotations) into another folder",
        description=(
            "Write --copies augmented copies of every image below INPUT into "
            "OUTPUT (same relative paths, '_<copy>' before the extension). Copy k of "
            "an image depends only on --seed, k, its relative path and the "
            "pipeline: the same for any --workers or --scheduler. Existing outputs "
            "are skipped, so an interrupted run can simply be repeated. Unreadable "
            "images are listed at the end (exit code 1)."
        ),
    )
    augment.add_argument("input", metavar="INPUT", help="folder of input images")
    augment.add_argument("output", metavar="OUTPUT", help="folder for the outputs")
    augment.add_argument(
        "--pipeline",
        "-p",
        required=True,
        help=(
            "the augmenter: a Python file defining 'pipeline' (or FILE.py:NAME), "
            "module:attribute, a JSON/YAML file saved by imgaug, or a Python "
            "expression over iaa, iap and ia"
        ),
    )
    augment.add_argument(
        "--annotations",
        "-a",
        help="COCO JSON file whose file_names are relative to INPUT; an updated "
        "file of the same name is written to OUTPUT",
    )
    augment.add_argument(
        "--copies", "-n", type=int, default=1, help="copies per image (default 1)"
    )
    augment.add_argument("--seed", "-s", type=int, default=0, help="seed (default 0)")
    augment.add_argument(
        "--workers", "-w", type=int, default=1, help="worker processes (default 1)"
    )
    augment.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on a Dask cluster (tcp://host:port; needs imgaug[dask]); INPUT "
        "and OUTPUT must be reachable by its workers under the same paths",
    )
    augment.add_argument("--quiet", "-q", action="store_true", help="no progress bar")


def build_pipeline(expression):
    """Evaluate a pipeline expression with only ``iaa``, ``iap`` and ``ia`` in scope."""
    import imgaug as ia
    import imgaug.augmenters as iaa
    import imgaug.parameters as iap

    scope = {"__builtins__": {}, "iaa": iaa, "iap": iap, "ia": ia}
    try:
        augmenter = eval(expression, scope)  # noqa: S307  (the user's own command line)
    except Exception as err:
        raise SystemExit(f"Could not build the pipeline {expression!r}: {err}") from err
    if not isinstance(augmenter, iaa.Augmenter):
        raise SystemExit(
            f"The pipeline expression must build an augmenter, got {type(augmenter)}."
        )
    return augmenter


def load_sample(path, size):
    """Load the image to augment and, for the bundled sample, its annotations."""
    import imgaug.data as iadata
    from imgaug import imgaug as ia

    if path is None:
        image = iadata.quokka()
        scale = size / max(image.shape[0:2])
        new_hw = (round(image.shape[0] * scale), round(image.shape[1] * scale))
        annotations = {
            "polygons": iadata.quokka_polygons().on(new_hw + (3,)),
            "bounding_boxes": iadata.quokka_bounding_boxes().on(new_hw + (3,)),
            "keypoints": iadata.quokka_keypoints().on(new_hw + (3,)),
        }
        return ia.imresize_single_image(image, new_hw), annotations
    import imageio.v3 as iio

    image = np.asarray(iio.imread(path))
    if image.ndim == 2:
        image = np.stack([image] * 3, axis=-1)
    image = image[..., 0:3].astype(np.uint8)
    scale = size / max(image.shape[0:2])
    new_hw = (
        max(1, round(image.shape[0] * scale)),
        max(1, round(image.shape[1] * scale)),
    )
    return ia.imresize_single_image(image, new_hw), {}


def render_preview(augmenter, image, annotations, rows, cols, seed):
    """Augment ``rows * cols`` copies of the image and return the annotated grid."""
    import imgaug.random as iarandom
    from imgaug import imgaug as ia

    iarandom.seed(seed)
    augmenter.seed_(seed)
    nb_images = rows * cols
    kwargs = {key: [value] * nb_images for key, value in annotations.items()}
    result = augmenter(images=[image] * nb_images, **kwargs)
    if annotations:
        images_aug, *others = result
        drawn = []
        for i, image_aug in enumerate(images_aug):
            for key, column in zip(annotations, others):
                image_aug = column[i].draw_on_image(image_aug, **_DRAW_STYLES[key])
            drawn.append(image_aug)
        images_aug = drawn
    else:
        images_aug = result
    return ia.draw_grid(list(images_aug), rows=rows, cols=cols)


def main(argv=None):
    """Run the command line; returns the process exit code."""
    args = build_parser().parse_args(argv)
    if args.command == "list":
        import imgaug.augmenters as iaa

        names = sorted(
            name
            for name, obj in vars(iaa).items()
            if isinstance(obj, type) and issubclass(obj, iaa.Augmenter)
        )
        print("\n".join(names))
        return 0
    if args.command == "augment":
        from imgaug import _augment_folder

        try:
            return _augment_folder.run(args)
        except (_augment_folder.AugmentError, ValueError, OSError) as err:
            raise SystemExit(f"imgaug augment: {err}") from err
    if args.command is None:
        args = build_parser().parse_args(["preview"] + list(argv or []))
    if args.rows < 1 or args.cols < 1:
        raise SystemExit("--rows and --cols must be at least 1.")
    augmenter = build_pipeline(args.pipeline)
    image, annotations = load_sample(args.input, args.size)
    grid = render_preview(
        augmenter, image, annotations, args.rows, args.cols, args.seed
    )
    import imageio.v3 as iio

    iio.imwrite(args.output, grid)
    print(f"wrote {args.output} ({grid.shape[1]}x{grid.shape[0]} pixels)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
