"""Declarative table: benchmark name -> how each library builds that transform.

Every entry gives a factory per library:

* ``imgaug``: ``f(iaa) -> augmenter`` with the imgaug 0.4.0 API.  Our rewrite keeps
  that API, so the same factory is used for ``ours`` unless an entry sets ``ours=``.
* ``albx``: ``f(A) -> transform`` for albumentationsx 2.5.1 (``*_range`` argument
  names), or ``None`` when it has no counterpart (the table shows "—").

Parameters are chosen so that both libraries do the same work: probability 1, fixed
values where the library allows it, otherwise the same ranges.  Mixing transforms set
``donors``: ``f(images) -> list of donor dicts`` (the worker hands over the next
``nb_donors`` benchmark images with every call) and ``metadata_key``.  ``approx`` marks
entries whose albumentationsx counterpart can only approximate the imgaug parameters
(the table prints "~" next to that number); the comment next to each says why.

This module must import in every benchmark environment (Python 3.10+, numpy 1.23+),
so it imports nothing but the standard library; factories receive the library module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# OpenCV constants as plain ints (this module does not import cv2).
INTER_NEAREST = 0  # cv2.INTER_NEAREST
INTER_LINEAR = 1  # cv2.INTER_LINEAR
INTER_CUBIC = 2  # cv2.INTER_CUBIC
INTER_AREA = 3  # cv2.INTER_AREA
BORDER_CONSTANT = 0  # cv2.BORDER_CONSTANT

Factory = Callable[[Any], Any] | None


@dataclass(frozen=True)
class Spec:
    name: str
    imgaug: Factory
    albx: Factory = None
    ours: Factory = None  # None: same as imgaug
    approx: bool = False  # albx parameters only approximate the imgaug ones
    note: str = ""
    donors: Callable[[list], list] | None = None  # mixing: images -> donor dicts
    nb_donors: int = 0
    metadata_key: str = ""

    def factory(self, lib: str) -> Factory:
        """Return the factory for ``lib`` in {"ours", "imgaug", "albx"} (or None)."""
        if lib == "ours":
            return self.ours if self.ours is not None else self.imgaug
        if lib == "imgaug":
            return self.imgaug
        if lib == "albx":
            return self.albx
        raise ValueError(f"unknown library {lib!r}")


def _imgaug_gaussian_ksize(sigma):
    # imgaug 0.4.0's kernel-size rule for the cv2 backend (see the blur spec).
    k = 3.3 * sigma if sigma < 3.0 else (2.9 * sigma if sigma < 5.0 else 2.6 * sigma)
    k = int(max(k, 5))
    return k + 1 if k % 2 == 0 else k


def _blur_like_imgaug(A, sigma_range):
    # Same kernel size as imgaug for the largest sigma (albumentations would derive a
    # larger one from sigma).  A sigma of 0 means "skip" in imgaug but "derive from
    # ksize" in OpenCV, so ranges start above 0 here.
    k = _imgaug_gaussian_ksize(sigma_range[1])
    return A.GaussianBlur(blur_range=(k, k), sigma_range=sigma_range, p=1.0)


def _classification_imgaug(iaa):
    # Random crop + flip + affine + colour + blur: a typical training pipeline.
    return iaa.Sequential(
        [
            iaa.CropToFixedSize(width=224, height=224),
            iaa.Fliplr(0.5),
            iaa.Affine(scale=(0.9, 1.1), rotate=(-15, 15), order=1, mode="constant"),
            iaa.AddToHueAndSaturation(value=(-20, 20)),
            iaa.GaussianBlur(sigma=(0.0, 1.0)),
        ]
    )


def _classification_albx(A):
    return A.Compose(
        [
            A.RandomCrop(height=224, width=224, p=1.0),
            A.HorizontalFlip(p=0.5),
            A.Affine(
                scale=(0.9, 1.1),
                rotate=(-15, 15),
                interpolation=INTER_LINEAR,
                border_mode=BORDER_CONSTANT,
                p=1.0,
            ),
            # imgaug adds one value to hue (0..255 scale) and saturation.
            A.HueSaturationValue(
                hue_shift_range=(-14, 14),  # 20/255*180 in OpenCV hue units
                sat_shift_range=(-20, 20),
                val_shift_range=(0, 0),
                p=1.0,
            ),
            _blur_like_imgaug(A, (0.1, 1.0)),
        ],
        seed=1,
        telemetry=False,
    )


def _readme_imgaug(iaa):
    """The long example pipeline of the imgaug 0.4.0 README (written from memory)."""
    import imgaug as ia

    def sometimes(aug):
        return iaa.Sometimes(0.5, aug)

    return iaa.Sequential(
        [
            iaa.Fliplr(0.5),
            iaa.Flipud(0.2),
            sometimes(
                iaa.CropAndPad(percent=(-0.05, 0.1), pad_mode=ia.ALL, pad_cval=(0, 255))
            ),
            sometimes(
                iaa.Affine(
                    scale={"x": (0.8, 1.2), "y": (0.8, 1.2)},
                    translate_percent={"x": (-0.2, 0.2), "y": (-0.2, 0.2)},
                    rotate=(-45, 45),
                    shear=(-16, 16),
                    order=[0, 1],
                    cval=(0, 255),
                    mode=ia.ALL,
                )
            ),
            iaa.SomeOf(
                (0, 5),
                [
                    sometimes(
                        iaa.Superpixels(p_replace=(0, 1.0), n_segments=(20, 200))
                    ),
                    iaa.OneOf(
                        [
                            iaa.GaussianBlur((0, 3.0)),
                            iaa.AverageBlur(k=(2, 7)),
                            iaa.MedianBlur(k=(3, 11)),
                        ]
                    ),
                    iaa.Sharpen(alpha=(0, 1.0), lightness=(0.75, 1.5)),
                    iaa.Emboss(alpha=(0, 1.0), strength=(0, 2.0)),
                    iaa.BlendAlphaSimplexNoise(
                        iaa.OneOf(
                            [
                                iaa.EdgeDetect(alpha=(0.5, 1.0)),
                                iaa.DirectedEdgeDetect(
                                    alpha=(0.5, 1.0), direction=(0.0, 1.0)
                                ),
                            ]
                        )
                    ),
                    iaa.AdditiveGaussianNoise(
                        loc=0, scale=(0.0, 0.05 * 255), per_channel=0.5
                    ),
                    iaa.OneOf(
                        [
                            iaa.Dropout((0.01, 0.1), per_channel=0.5),
                            iaa.CoarseDropout(
                                (0.03, 0.15), size_percent=(0.02, 0.05), per_channel=0.2
                            ),
                        ]
                    ),
                    iaa.Invert(0.05, per_channel=True),
                    iaa.Add((-10, 10), per_channel=0.5),
                    iaa.AddToHueAndSaturation((-20, 20)),
                    iaa.OneOf(
                        [
                            iaa.Multiply((0.5, 1.5), per_channel=0.5),
                            iaa.BlendAlphaFrequencyNoise(
                                exponent=(-4, 0),
                                foreground=iaa.Multiply((0.5, 1.5), per_channel=True),
                                background=iaa.LinearContrast((0.5, 2.0)),
                            ),
                        ]
                    ),
                    iaa.LinearContrast((0.5, 2.0), per_channel=0.5),
                    iaa.Grayscale(alpha=(0.0, 1.0)),
                    sometimes(iaa.ElasticTransformation(alpha=(0.5, 3.5), sigma=0.25)),
                    sometimes(iaa.PiecewiseAffine(scale=(0.01, 0.05))),
                    sometimes(iaa.PerspectiveTransform(scale=(0.01, 0.1))),
                ],
                random_order=True,
            ),
        ],
        random_order=True,
    )


def _readme_albx(A):
    # Rough counterpart only: albumentations' SomeOf takes a fixed count (imgaug draws
    # 0..5, mean 2.5 -> n=3 here, applied with p=0.83 so ~2.5 on average), there is no
    # simplex/frequency-noise blending (replaced by Emboss-like edge work: omitted),
    # and ElasticTransform/PiecewiseAffine are parameterised differently.
    def sometimes(t):
        return A.OneOf([t], p=0.5)

    return A.Compose(
        [
            A.HorizontalFlip(p=0.5),
            A.VerticalFlip(p=0.2),
            sometimes(A.CropAndPad(percent=(-0.05, 0.1), keep_size=True, p=1.0)),
            sometimes(
                A.Affine(
                    scale={"x": (0.8, 1.2), "y": (0.8, 1.2)},
                    translate_percent={"x": (-0.2, 0.2), "y": (-0.2, 0.2)},
                    rotate=(-45, 45),
                    shear=(-16, 16),
                    p=1.0,
                )
            ),
            A.SomeOf(
                [
                    sometimes(
                        A.Superpixels(
                            p_replace_range=(0.0, 1.0),
                            n_segments_range=(20, 200),
                            p=1.0,
                        )
                    ),
                    A.OneOf(
                        [
                            _blur_like_imgaug(A, (0.1, 3.0)),
                            A.Blur(blur_range=(3, 7), p=1.0),
                            A.MedianBlur(blur_range=(3, 11), p=1.0),
                        ],
                        p=1.0,
                    ),
                    A.Sharpen(alpha_range=(0.0, 1.0), lightness_range=(0.75, 1.5), p=1),
                    A.Emboss(alpha_range=(0.0, 1.0), strength_range=(0.0, 2.0), p=1),
                    A.GaussNoise(std_range=(0.0, 0.05), per_channel=True, p=1.0),
                    A.OneOf(
                        [
                            A.PixelDropout(dropout_prob=0.05, p=1.0),
                            A.CoarseDropout(
                                num_holes_range=(20, 60),
                                hole_height_range=(0.02, 0.05),
                                hole_width_range=(0.02, 0.05),
                                p=1.0,
                            ),
                        ],
                        p=1.0,
                    ),
                    A.InvertImg(p=0.05),
                    A.RandomBrightnessContrast(
                        brightness_range=(-0.04, 0.04),
                        contrast_range=(0.0, 0.0),
                        brightness_by_max=True,
                        p=1.0,
                    ),
                    A.HueSaturationValue(
                        hue_shift_range=(-14, 14),
                        sat_shift_range=(-20, 20),
                        val_shift_range=(0, 0),
                        p=1.0,
                    ),
                    A.MultiplicativeNoise(multiplier=(0.5, 1.5), p=1.0),
                    A.RandomBrightnessContrast(
                        brightness_range=(0.0, 0.0), contrast_range=(-0.5, 1.0), p=1.0
                    ),
                    A.ToGray(p=1.0),
                    sometimes(A.ElasticTransform(p=1.0)),
                    sometimes(A.PiecewiseAffine(scale_range=(0.01, 0.05), p=1.0)),
                    sometimes(A.Perspective(scale=(0.01, 0.1), p=1.0)),
                ],
                n=3,
                p=0.83,
            ),
        ],
        seed=1,
        telemetry=False,
    )


def _overhead_imgaug(iaa):
    # The README example; timed on one 64x64 image per call (per-call overhead).
    return iaa.Sequential(
        [
            iaa.Fliplr(0.5),
            iaa.Crop(px=(0, 8)),
            iaa.Affine(rotate=(-10, 10)),
            iaa.Add((-10, 10)),
            iaa.GaussianBlur((0, 1.0)),
        ]
    )


def _overhead_albx(A):
    return A.Compose(
        [
            A.HorizontalFlip(p=0.5),
            # imgaug Crop(px=(0, 8)) crops each side by 0..8 px and resizes back.
            A.CropAndPad(px=(-8, 0), keep_size=True, sample_independently=True, p=1),
            A.Affine(rotate=(-10, 10), p=1.0),
            A.RandomBrightnessContrast(
                brightness_range=(-10 / 255, 10 / 255),
                contrast_range=(0.0, 0.0),
                brightness_by_max=True,
                p=1.0,
            ),
            _blur_like_imgaug(A, (0.1, 1.0)),
        ],
        seed=1,
        telemetry=False,
    )


OVERHEAD = Spec("OverheadPipeline", _overhead_imgaug, _overhead_albx, approx=True)


def _issue_pipeline_imgaug(iaa):
    # The 5-augmenter pipeline of the per-call acceptance (issue 13).
    return iaa.Sequential(
        [
            iaa.Fliplr(0.5),
            iaa.Affine(rotate=(-10, 10)),
            iaa.GaussianBlur((0, 1.0)),
            iaa.Multiply((0.8, 1.2)),
            iaa.AdditiveGaussianNoise(scale=(0, 0.05 * 255)),
        ]
    )


def _issue_pipeline_albx(A):
    return A.Compose(
        [
            A.HorizontalFlip(p=0.5),
            A.Affine(rotate=(-10, 10), p=1.0),
            _blur_like_imgaug(A, (0.1, 1.0)),
            A.MultiplicativeNoise(
                multiplier=(0.8, 1.2), per_channel=False, elementwise=False, p=1
            ),
            A.GaussNoise(std_range=(0.0, 0.05), mean_range=(0.0, 0.0), p=1),
        ],
        seed=1,
        telemetry=False,
    )


#: Per-call overhead cases, timed on one 64x64 image per call (``--no-overhead``
#: skips them); the first is the README pipeline above.
OVERHEADS = [
    OVERHEAD,
    Spec(
        "OverheadIdentity",
        lambda iaa: iaa.Identity(),
        lambda A: A.Compose([A.NoOp()], seed=1, telemetry=False),
        note="Identity() vs Compose([NoOp()])",
    ),
    Spec(
        "OverheadFliplr",
        lambda iaa: iaa.Fliplr(1.0),
        lambda A: A.HorizontalFlip(p=1.0),
        note="Fliplr(1) vs HorizontalFlip (no Compose)",
    ),
    Spec(
        "OverheadSequential5",
        _issue_pipeline_imgaug,
        _issue_pipeline_albx,
        approx=True,
        note="flip, Affine, GaussianBlur, Multiply, AdditiveGaussianNoise",
    ),
]


def allow_040_pooling_on_new_skimage():
    # imgaug 0.4.0's pool() pads the array itself, then calls skimage's
    # block_reduce with cval=None; skimage >= 0.19 pads (by zero rows) with that
    # value and fails on integer images (int(None)). The padding is always empty,
    # so cval=0 gives 0.4.0's results on the skimage it was written for.
    import skimage.measure

    original = skimage.measure.block_reduce
    if getattr(original, "imgaug_bench_shim", False):
        return

    def block_reduce(*args, **kwargs):
        if len(args) > 3 and args[3] is None:
            args = args[:3] + (0,) + args[4:]
        if kwargs.get("cval", 0) is None:
            kwargs["cval"] = 0
        return original(*args, **kwargs)

    block_reduce.imgaug_bench_shim = True
    skimage.measure.block_reduce = block_reduce


def _pooling_040(name, kernel_size):
    def factory(iaa):
        allow_040_pooling_on_new_skimage()
        return getattr(iaa, name)(kernel_size=kernel_size)

    return factory


def _image_donors(images):
    # mixing transforms: one donor dict per image (the same form in both libraries)
    return [{"image": image} for image in images]


def _object_donors(images):
    # one object: the middle half of the image, masked (no numpy import here)
    height, width = images[0].shape[0:2]
    mask = images[0][:, :, 0] * 0
    mask[height // 4 : 3 * height // 4, width // 4 : 3 * width // 4] = 1
    return [{"image": images[0], "mask": mask}]


_SPECS = [
    # ---------------------------------------------------------------- flips etc.
    Spec(
        "HorizontalFlip", lambda iaa: iaa.Fliplr(1.0), lambda A: A.HorizontalFlip(p=1)
    ),
    Spec("VerticalFlip", lambda iaa: iaa.Flipud(1.0), lambda A: A.VerticalFlip(p=1)),
    # Random k in {0,1,2,3} and no resize back (imgaug's default keep_size=True would
    # add a resize for odd k on non-square images; albumentations never resizes).
    Spec(
        "Rot90",
        lambda iaa: iaa.Rot90(k=(0, 3), keep_size=False),
        lambda A: A.RandomRotate90(p=1),
    ),
    # ---------------------------------------------------------------- geometric
    Spec(
        "Affine",
        lambda iaa: iaa.Affine(
            scale=(0.9, 1.1),
            translate_percent=(-0.1, 0.1),
            rotate=(-15, 15),
            shear=(-10, 10),
            order=1,
            cval=0,
            mode="constant",
        ),
        lambda A: A.Affine(
            scale=(0.9, 1.1),
            translate_percent=(-0.1, 0.1),
            rotate=(-15, 15),
            shear=(-10, 10),
            interpolation=INTER_LINEAR,
            border_mode=BORDER_CONSTANT,
            fill=0,
            p=1,
        ),
    ),
    Spec(
        "Rotate",
        lambda iaa: iaa.Rotate(rotate=(-30, 30), order=1, mode="constant"),
        lambda A: A.Rotate(
            angle_range=(-30, 30),
            interpolation=INTER_LINEAR,
            border_mode=BORDER_CONSTANT,
            p=1,
        ),
    ),
    Spec(
        "Perspective",
        lambda iaa: iaa.PerspectiveTransform(scale=(0.05, 0.1), keep_size=True),
        lambda A: A.Perspective(scale=(0.05, 0.1), keep_size=True, p=1),
    ),
    # albumentationsx 2.x draws a coarse control-grid displacement instead of imgaug's
    # smoothed per-pixel field (alpha/sigma): same output kind, different algorithm.
    # Both remap bicubically (imgaug's default order=3; albumentations' default is
    # bilinear, ~2.5x cheaper per pixel, so it is set to the same interpolation).
    Spec(
        "ElasticTransform",
        lambda iaa: iaa.ElasticTransformation(alpha=50.0, sigma=5.0),
        lambda A: A.ElasticTransform(interpolation=INTER_CUBIC, p=1),
        approx=True,
    ),
    Spec(
        "PiecewiseAffine",
        lambda iaa: iaa.PiecewiseAffine(scale=(0.01, 0.05), nb_rows=4, nb_cols=4),
        lambda A: A.PiecewiseAffine(
            scale_range=(0.01, 0.05), nb_rows_range=(4, 4), nb_cols_range=(4, 4), p=1
        ),
    ),
    # albumentationsx shuffles all cells of a fixed grid; imgaug swaps neighbours
    Spec(
        "Jigsaw",
        lambda iaa: iaa.Jigsaw(nb_rows=4, nb_cols=4, max_steps=2),
        lambda A: A.RandomGridShuffle(grid=(4, 4), p=1),
        approx=True,
    ),
    Spec(
        "WithPolarWarping",
        lambda iaa: iaa.WithPolarWarping(iaa.Affine(translate_px={"x": (-10, 10)})),
    ),
    # ---------------------------------------------------------------- size
    Spec(
        "Resize",
        lambda iaa: iaa.Resize({"height": 256, "width": 256}, interpolation="linear"),
        lambda A: A.Resize(height=256, width=256, interpolation=INTER_LINEAR),
    ),
    Spec(
        "CropAndPad",
        lambda iaa: iaa.CropAndPad(
            percent=(-0.1, 0.1), pad_mode="constant", pad_cval=0, keep_size=True
        ),
        lambda A: A.CropAndPad(
            percent=(-0.1, 0.1), keep_size=True, border_mode=BORDER_CONSTANT, p=1
        ),
    ),
    # Crop 0..32 px per side, then resize back to the input size (imgaug default).
    Spec(
        "Crop",
        lambda iaa: iaa.Crop(px=(0, 32), keep_size=True),
        lambda A: A.CropAndPad(px=(-32, 0), keep_size=True, p=1),
    ),
    Spec(
        "RandomCrop",
        lambda iaa: iaa.CropToFixedSize(width=256, height=256),
        lambda A: A.RandomCrop(height=256, width=256, p=1),
    ),
    Spec(
        "CenterCrop",
        lambda iaa: iaa.CenterCropToFixedSize(width=256, height=256),
        lambda A: A.CenterCrop(height=256, width=256, p=1),
    ),
    Spec(
        "Pad",
        lambda iaa: iaa.Pad(px=16, pad_mode="constant", pad_cval=0, keep_size=False),
        lambda A: A.Pad(padding=16, border_mode=BORDER_CONSTANT, fill=0, p=1),
    ),
    Spec(
        "PadToFixedSize",
        lambda iaa: iaa.CenterPadToFixedSize(width=576, height=448),
        lambda A: A.PadIfNeeded(
            min_height=448, min_width=576, border_mode=BORDER_CONSTANT, p=1
        ),
    ),
    # ---------------------------------------------------------------- blur
    Spec(
        "GaussianBlur",
        lambda iaa: iaa.GaussianBlur(sigma=2.0),
        lambda A: _blur_like_imgaug(A, (2.0, 2.0)),
    ),
    Spec(
        "Blur",
        lambda iaa: iaa.AverageBlur(k=5),
        lambda A: A.Blur(blur_range=(5, 5), p=1),
    ),
    Spec(
        "MedianBlur",
        lambda iaa: iaa.MedianBlur(k=5),
        lambda A: A.MedianBlur(blur_range=(5, 5), p=1),
    ),
    Spec(
        "MotionBlur",
        lambda iaa: iaa.MotionBlur(k=7, angle=(0, 360), direction=(-1.0, 1.0)),
        # albx draws a 7-tap line; 0.4.0's line (ours too) is rotated with linear
        # interpolation, 7-17 non-zero taps of the 7x7 kernel: ~2x the filter work
        lambda A: A.MotionBlur(blur_range=(7, 7), allow_shifted=False, p=1),
        approx=True,
    ),
    Spec(
        "BilateralBlur",
        lambda iaa: iaa.BilateralBlur(d=5, sigma_color=75, sigma_space=75),
    ),
    # ---------------------------------------------------------------- convolutional
    Spec(
        "Sharpen",
        lambda iaa: iaa.Sharpen(alpha=0.5, lightness=1.0),
        lambda A: A.Sharpen(alpha_range=(0.5, 0.5), lightness_range=(1.0, 1.0), p=1),
    ),
    Spec(
        "Emboss",
        lambda iaa: iaa.Emboss(alpha=0.5, strength=1.0),
        lambda A: A.Emboss(alpha_range=(0.5, 0.5), strength_range=(1.0, 1.0), p=1),
    ),
    Spec("EdgeDetect", lambda iaa: iaa.EdgeDetect(alpha=0.5)),
    # ---------------------------------------------------------------- edges
    # no albumentationsx counterpart (it has no Canny transform)
    Spec(
        "Canny",
        lambda iaa: iaa.Canny(
            alpha=1.0,
            hysteresis_thresholds=((100, 100), (200, 200)),
            sobel_kernel_size=3,
        ),
    ),
    # ---------------------------------------------------------------- artistic
    Spec("Cartoon", lambda iaa: iaa.Cartoon()),
    # ---------------------------------------------------------------- arithmetic
    Spec(
        "GaussNoise",
        lambda iaa: iaa.AdditiveGaussianNoise(
            loc=0, scale=0.05 * 255, per_channel=True
        ),
        lambda A: A.GaussNoise(
            std_range=(0.05, 0.05), mean_range=(0.0, 0.0), per_channel=True, p=1
        ),
    ),
    # albumentations has no plain "add a value": brightness_by_max adds beta*255.
    Spec(
        "Add",
        lambda iaa: iaa.Add(value=(-20, 20)),
        lambda A: A.RandomBrightnessContrast(
            brightness_range=(-20 / 255, 20 / 255),
            contrast_range=(0.0, 0.0),
            brightness_by_max=True,
            p=1,
        ),
        approx=True,
    ),
    Spec(
        "Multiply",
        lambda iaa: iaa.Multiply(mul=(0.8, 1.2)),
        lambda A: A.MultiplicativeNoise(
            multiplier=(0.8, 1.2), per_channel=False, elementwise=False, p=1
        ),
    ),
    Spec(
        "Invert",
        lambda iaa: iaa.Invert(p=1.0),
        lambda A: A.InvertImg(p=1),
    ),
    Spec(
        "Solarize",
        lambda iaa: iaa.Solarize(p=1.0, threshold=128),
        lambda A: A.Solarize(threshold_range=(0.5, 0.5), p=1),
    ),
    Spec(
        "JpegCompression",
        lambda iaa: iaa.JpegCompression(compression=50),  # quality = 100 - 50
        lambda A: A.ImageCompression(
            compression_type="jpeg", quality_range=(50, 50), p=1
        ),
    ),
    Spec(
        "Dropout",
        lambda iaa: iaa.Dropout(p=0.05),
        lambda A: A.PixelDropout(dropout_prob=0.05, per_channel=False, p=1),
    ),
    # imgaug drops cells of a 5 %-resolution mask (19x26 cells at 384x512, 2 % of them
    # ~ 10 holes of ~20x20 px); albumentations draws the holes directly.
    Spec(
        "CoarseDropout",
        lambda iaa: iaa.CoarseDropout(p=0.02, size_percent=0.05),
        lambda A: A.CoarseDropout(
            num_holes_range=(10, 10),
            hole_height_range=(20, 20),
            hole_width_range=(20, 20),
            p=1,
        ),
        approx=True,
    ),
    Spec(
        "Cutout",
        lambda iaa: iaa.Cutout(
            nb_iterations=2, size=0.2, squared=False, fill_mode="constant", cval=0
        ),
        lambda A: A.CoarseDropout(
            num_holes_range=(2, 2),
            hole_height_range=(0.2, 0.2),
            hole_width_range=(0.2, 0.2),
            fill=0,
            p=1,
        ),
    ),
    # ---------------------------------------------------------------- contrast
    # albumentations' contrast scales around the mean, imgaug's LinearContrast around
    # 128: same per-pixel cost.
    Spec(
        "LinearContrast",
        lambda iaa: iaa.LinearContrast(alpha=(0.8, 1.2)),
        lambda A: A.RandomBrightnessContrast(
            brightness_range=(0.0, 0.0), contrast_range=(-0.2, 0.2), p=1
        ),
        approx=True,
    ),
    Spec(
        "RandomGamma",
        lambda iaa: iaa.GammaContrast(gamma=(0.8, 1.2)),
        lambda A: A.RandomGamma(gamma_range=(80, 120), p=1),
    ),
    Spec(
        "BrightnessContrast",
        lambda iaa: iaa.Sequential(
            [iaa.Add((-25, 25)), iaa.LinearContrast(alpha=(0.8, 1.2))]
        ),
        lambda A: A.RandomBrightnessContrast(
            brightness_range=(-0.1, 0.1),
            contrast_range=(-0.2, 0.2),
            brightness_by_max=True,
            p=1,
        ),
        approx=True,
    ),
    # Both convert RGB to Lab and apply OpenCV's CLAHE (8x8 tiles) to L.
    Spec(
        "CLAHE",
        lambda iaa: iaa.CLAHE(clip_limit=4.0, tile_grid_size_px=8),
        lambda A: A.CLAHE(clip_range=(4.0, 4.0), tile_grid_size=(8, 8), p=1),
    ),
    # imgaug equalizes L of Lab; albumentations (by_channels=False) Y of YCrCb.
    Spec(
        "Equalize",
        lambda iaa: iaa.HistogramEqualization(),
        lambda A: A.Equalize(mode="cv", by_channels=False, p=1),
        approx=True,
    ),
    # ---------------------------------------------------------------- color
    Spec(
        "ToGray",
        lambda iaa: iaa.Grayscale(alpha=1.0),
        lambda A: A.ToGray(num_output_channels=3, method="weighted_average", p=1),
    ),
    # imgaug's hue offset is on a 0..255 scale (20 -> 14 OpenCV hue units).
    Spec(
        "HueSaturation",
        lambda iaa: iaa.AddToHueAndSaturation(
            value_hue=(-20, 20), value_saturation=(-30, 30)
        ),
        lambda A: A.HueSaturationValue(
            hue_shift_range=(-14, 14),
            sat_shift_range=(-30, 30),
            val_shift_range=(0, 0),
            p=1,
        ),
    ),
    Spec(
        "ChannelShuffle",
        lambda iaa: iaa.ChannelShuffle(p=1.0),
        lambda A: A.ChannelShuffle(p=1),
    ),
    Spec(
        "Posterize",
        lambda iaa: iaa.Posterize(nb_bits=4),
        lambda A: A.Posterize(num_bits=(4, 4), p=1),
    ),
    # ---------------------------------------------------------------- imgcorruptlike
    # ImageNet-C corruptions at severity 3; albumentationsx counterparts where it
    # has the same ImageNet-C recipe with the severity-3 parameters.
    *(
        Spec(
            f"imgcorruptlike.{_name}",
            (lambda name: lambda iaa: getattr(iaa.imgcorruptlike, name)(severity=3))(
                _name
            ),
            _albx,
        )
        for _name, _albx in (
            ("GaussianNoise", None),
            ("ShotNoise", None),
            (
                "ImpulseNoise",
                lambda A: A.SaltAndPepper(
                    amount_range=(0.09, 0.09), salt_vs_pepper_range=(0.5, 0.5), p=1
                ),
            ),
            ("SpeckleNoise", None),
            ("GaussianBlur", None),
            (
                "GlassBlur",
                lambda A: A.GlassBlur(sigma=1.0, max_delta=2, iterations=3, p=1),
            ),
            (
                "DefocusBlur",
                lambda A: A.Defocus(
                    radius_range=(6, 6), alias_blur_range=(0.5, 0.5), p=1
                ),
            ),
            ("MotionBlur", None),
            (
                "ZoomBlur",
                lambda A: A.ZoomBlur(
                    max_factor_range=(1.21, 1.21), step_factor_range=(0.02, 0.02), p=1
                ),
            ),
            ("Fog", None),
            ("Frost", None),
            ("Snow", None),
            (
                "Spatter",
                lambda A: A.Spatter(
                    gauss_sigma_range=(2, 2),
                    cutout_threshold_range=(0.68, 0.68),
                    intensity_range=(0.5, 0.5),
                    mode="rain",
                    p=1,
                ),
            ),
            ("Contrast", None),
            ("Brightness", None),
            ("Saturate", None),
            (
                "JpegCompression",
                lambda A: A.ImageCompression(quality_range=(15, 15), p=1),
            ),
            ("Pixelate", None),
            ("ElasticTransform", None),
        )
    ),
    # ---------------------------------------------------------------- pooling
    # albumentationsx has no pooling; its Downscale with area interpolation both ways
    # (block means, then back to the input size) is the closest: imgaug truncates the
    # block means and pads to multiples of the block size, Downscale rounds.
    Spec(
        "AveragePooling",
        _pooling_040("AveragePooling", 4),
        lambda A: A.Downscale(
            scale_range=(0.25, 0.25),
            interpolation_pair={"downscale": INTER_AREA, "upscale": INTER_AREA},
            p=1,
        ),
        ours=lambda iaa: iaa.AveragePooling(kernel_size=4),
        approx=True,
    ),
    Spec(
        "MaxPooling",
        _pooling_040("MaxPooling", 4),
        ours=lambda iaa: iaa.MaxPooling(kernel_size=4),
    ),
    # ColorJitter's saturation blends with the gray image (PIL style); imgaug
    # multiplies the S channel of HSV.
    Spec(
        "MultiplySaturation",
        lambda iaa: iaa.MultiplySaturation((0.5, 1.5)),
        lambda A: A.ColorJitter(
            brightness=(1, 1), contrast=(1, 1), saturation=(0.5, 1.5), hue=(0, 0), p=1
        ),
        approx=True,
    ),
    # albumentations has no brightness change inside a colorspace (imgaug picks one
    # of YCrCb/HSV/HLS/Lab/Luv/YUV per image); RandomBrightnessContrast adds to RGB.
    Spec("AddToBrightness", lambda iaa: iaa.AddToBrightness((-30, 30))),
    # Both multiply RGB by black-body colours, from their own tables.
    Spec(
        "ChangeColorTemperature",
        lambda iaa: iaa.ChangeColorTemperature((3000, 15000)),
        lambda A: A.PlanckianJitter(
            mode="blackbody", temperature_limit=(3000, 15000), p=1
        ),
        approx=True,
    ),
    # albumentations has no k-means colour quantization.
    Spec(
        "KMeansColorQuantization",
        lambda iaa: iaa.KMeansColorQuantization(n_colors=8),
    ),
    # ---------------------------------------------------------------- segmentation
    Spec(
        "Superpixels",
        lambda iaa: iaa.Superpixels(p_replace=1.0, n_segments=100, max_size=128),
        lambda A: A.Superpixels(
            p_replace_range=(1.0, 1.0), n_segments_range=(100, 100), max_size=128, p=1
        ),
    ),
    Spec(
        "UniformVoronoi",
        lambda iaa: iaa.UniformVoronoi(n_points=250, p_replace=1.0, max_size=128),
    ),
    Spec(
        "RegularGridVoronoi",
        lambda iaa: iaa.RegularGridVoronoi(
            n_rows=20, n_cols=20, p_drop_points=0.2, p_replace=1.0, max_size=128
        ),
    ),
    # ---------------------------------------------------------------- pillike
    # Fixed parameters, so that benchmarks/pillow_baseline.py can time the same
    # operation through Pillow directly.
    Spec(
        "pillike.Solarize",
        lambda iaa: iaa.pillike.Solarize(threshold=128),
        lambda A: A.Solarize(threshold_range=(0.5, 0.5), p=1),
    ),
    Spec(
        "pillike.Posterize",
        lambda iaa: iaa.pillike.Posterize(nb_bits=4),
        lambda A: A.Posterize(num_bits=(4, 4), p=1),
    ),
    Spec(
        "pillike.Equalize",
        lambda iaa: iaa.pillike.Equalize(),
        lambda A: A.Equalize(mode="pil", by_channels=True, p=1),
    ),
    Spec(
        "pillike.Autocontrast",
        lambda iaa: iaa.pillike.Autocontrast(cutoff=2),
        lambda A: A.AutoContrast(cutoff=2, method="pil", p=1),
    ),
    Spec("pillike.EnhanceColor", lambda iaa: iaa.pillike.EnhanceColor(1.5)),
    Spec("pillike.EnhanceContrast", lambda iaa: iaa.pillike.EnhanceContrast(1.5)),
    Spec("pillike.EnhanceBrightness", lambda iaa: iaa.pillike.EnhanceBrightness(1.3)),
    Spec("pillike.EnhanceSharpness", lambda iaa: iaa.pillike.EnhanceSharpness(1.8)),
    Spec("pillike.FilterBlur", lambda iaa: iaa.pillike.FilterBlur()),
    Spec("pillike.FilterSmooth", lambda iaa: iaa.pillike.FilterSmooth()),
    Spec("pillike.FilterSmoothMore", lambda iaa: iaa.pillike.FilterSmoothMore()),
    Spec("pillike.FilterEdgeEnhance", lambda iaa: iaa.pillike.FilterEdgeEnhance()),
    Spec(
        "pillike.FilterEdgeEnhanceMore",
        lambda iaa: iaa.pillike.FilterEdgeEnhanceMore(),
    ),
    Spec("pillike.FilterFindEdges", lambda iaa: iaa.pillike.FilterFindEdges()),
    Spec("pillike.FilterContour", lambda iaa: iaa.pillike.FilterContour()),
    Spec("pillike.FilterEmboss", lambda iaa: iaa.pillike.FilterEmboss()),
    Spec("pillike.FilterSharpen", lambda iaa: iaa.pillike.FilterSharpen()),
    Spec("pillike.FilterDetail", lambda iaa: iaa.pillike.FilterDetail()),
    # albumentations rotates with its own matrix convention (nearest, zero fill)
    Spec(
        "pillike.Affine",
        lambda iaa: iaa.pillike.Affine(rotate=20),
        lambda A: A.Affine(rotate=(20, 20), interpolation=INTER_NEAREST, p=1),
        approx=True,
    ),
    # ---------------------------------------------------------------- blend
    Spec("BlendAlpha", lambda iaa: iaa.BlendAlpha((0.0, 1.0), iaa.Add(50))),
    Spec(
        "BlendAlphaSimplexNoise",
        lambda iaa: iaa.BlendAlphaSimplexNoise(iaa.EdgeDetect(1.0)),
        note="README's edge blending",
    ),
    Spec(
        "BlendAlphaFrequencyNoise",
        lambda iaa: iaa.BlendAlphaFrequencyNoise(
            exponent=(-4, 0), foreground=iaa.Multiply((0.5, 1.5), per_channel=True)
        ),
    ),
    # ---------------------------------------------------------------- collections
    Spec("RandAugment", lambda iaa: iaa.RandAugment(n=2, m=(6, 12))),
    # ---------------------------------------------------------------- weather
    Spec(
        "FastSnowyLandscape",
        lambda iaa: iaa.FastSnowyLandscape(
            lightness_threshold=140, lightness_multiplier=2.5
        ),
        # albx's "bleach" snow scales HLS lightness below a threshold too; its
        # threshold is snow_point * 255/2 + 255/3 (0.2 -> 111)
        lambda A: A.RandomSnow(
            brightness_coeff=2.5, snow_point_range=(0.2, 0.2), method="bleach", p=1.0
        ),
        approx=True,
    ),
    Spec("Clouds", lambda iaa: iaa.Clouds()),
    Spec(
        "Fog",
        lambda iaa: iaa.Fog(),
        # albx draws blurred fog circles, not a frequency-noise cloud layer
        lambda A: A.RandomFog(fog_coef_range=(0.4, 0.9), p=1.0),
        approx=True,
    ),
    Spec("Snowflakes", lambda iaa: iaa.Snowflakes()),
    Spec(
        "Rain",
        lambda iaa: iaa.Rain(),
        # albx draws straight line drops and blurs the whole image
        lambda A: A.RandomRain(p=1.0),
        approx=True,
    ),
    # ---------------------------------------------------------------- mix
    # No imgaug 0.4.0 counterpart (new transforms). Donors: the next benchmark images.
    Spec(
        "Mosaic",
        None,
        lambda A: A.Mosaic(
            grid_yx=(2, 2),
            target_size=(512, 512),
            cell_shape=(512, 512),
            center_range=(0.3, 0.7),
            fit_mode="cover",
            interpolation=INTER_LINEAR,
            p=1,
        ),
        ours=lambda iaa: iaa.Mosaic(
            grid_yx=(2, 2),
            target_size=(512, 512),
            cell_shape=(512, 512),
            center_range=(0.3, 0.7),
            fit_mode="cover",
            interpolation="linear",
        ),
        donors=_image_donors,
        nb_donors=3,
        metadata_key="mosaic_metadata",
        note="primary + 3 donors (384x512) to 512x512",
    ),
    Spec(
        "CopyAndPaste",
        None,
        lambda A: A.CopyAndPaste(p=1),
        ours=lambda iaa: iaa.CopyAndPaste(),
        donors=_object_donors,
        nb_donors=1,
        metadata_key="copy_paste_metadata",
        note="one 192x256 masked object per image",
    ),
    Spec(
        "MixUp",
        None,
        None,
        ours=lambda iaa: iaa.MixUp(),
        donors=_image_donors,
        nb_donors=1,
        metadata_key="mixup_metadata",
    ),
    Spec(
        "CutMix",
        None,
        None,
        ours=lambda iaa: iaa.CutMix(),
        donors=_image_donors,
        nb_donors=1,
        metadata_key="cutmix_metadata",
    ),
    # ---------------------------------------------------------------- pipelines
    Spec(
        "ClassificationPipeline",
        _classification_imgaug,
        _classification_albx,
        note="random crop 224x224 + flip + affine + hue/sat + blur",
    ),
    Spec(
        "ReadmePipeline",
        _readme_imgaug,
        _readme_albx,
        approx=True,
        note="imgaug 0.4.0 README heavy example; albx counterpart is rough",
    ),
]

TRANSFORMS = {s.name: s for s in _SPECS}

# Quick mode (CI keeps the harness alive with these).
QUICK = ["HorizontalFlip", "Affine", "GaussianBlur", "Add", "ClassificationPipeline"]

# Batch mode (augment_images on (32,H,W,3)) vs one image per call; ours and imgaug.
BATCH = [
    "HorizontalFlip",
    "Affine",
    "Crop",
    "GaussianBlur",
    "GaussNoise",
    "Add",
    "Multiply",
    "LinearContrast",
    "Dropout",
    "CoarseDropout",
    "ClassificationPipeline",
]
