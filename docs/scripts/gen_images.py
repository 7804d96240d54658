"""Regenerate the example images under ``images/<family>/<Name>.jpg``.

Every augmenter class reachable as ``imgaug.augmenters.<Name>`` (plus the classes of
the ``pillike`` and ``imgcorruptlike`` sub-modules, and helper classes such as the
points samplers, shown through the augmenter of their ``EXAMPLES`` entry) gets one
small grid:

* row 1: the input (the bundled sample photo, ``imgaug.data.quokka``) and the
  expression that built the augmenter;
* rows 2-3: eight augmented outputs of one batch, drawn with a fixed seed.

For geometric augmenters the sample keypoints and bounding box are augmented together
with the image and drawn on top, so one can check that they stay aligned.

A file is only rewritten if its content changed visibly: the new grid is encoded as
JPEG, decoded again and compared with the decoded existing file; the file is replaced
if the shapes differ or the mean absolute difference exceeds ``--threshold``
(default 1.0 on the 0-255 scale). Re-running the script without code changes
therefore leaves ``git status`` clean, even across small encoder differences.

Usage (from the repository root)::

    python docs/scripts/gen_images.py                # all augmenters
    python docs/scripts/gen_images.py Fliplr Affine  # only these
    python docs/scripts/gen_images.py --list         # what would be rendered

Augmenters without an entry in ``EXAMPLES`` are rendered with their default
arguments if that works; those in ``SKIPPED`` are never rendered (the reason is
printed with ``--list``). The exit code is 1 if any augmenter failed to render.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import os
import sys
import textwrap
import warnings

import numpy as np

#: seed of the global RNG and of every example augmenter
SEED = 3
#: (height, width) of one grid cell; keeps the sample photo's 643x960 aspect ratio
CELL_HW = (123, 184)
#: pixels between cells and around the grid
GAP = 4
#: columns and rows of augmented outputs (below the input row)
NB_COLS = 4
NB_ROWS_AUG = 2
BACKGROUND = 255
TEXT_COLOR = (40, 40, 40)
TEXT_SIZE = 13
JPEG_QUALITY = 85
#: mean absolute difference (0-255 scale) above which an existing file is replaced
DEFAULT_THRESHOLD = 1.0

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_OUT_DIR = os.path.join(REPO_ROOT, "images")


@dataclasses.dataclass(frozen=True)
class Example:
    """How to show one augmenter.

    ``expr`` is a Python expression over ``iaa``, ``iap`` and ``np``; ``annotate``
    augments and draws the sample keypoints and bounding box; ``segmap`` passes the
    sample segmentation map along (for augmenters that need one; it is not drawn);
    ``donors`` names the donor builder of a mixing augmenter (see ``DONORS``).
    """

    expr: str
    annotate: bool = False
    segmap: bool = False
    #: mixing augmenters: donors made from the sample image, one of ``DONORS``
    donors: str = ""


def _geo(expr: str) -> Example:
    return Example(expr, annotate=True)


#: Example configuration per augmenter. Keys are names in ``imgaug.augmenters``, or
#: ``"<submodule>.<Name>"`` for the sub-module-only families.
EXAMPLES: dict[str, Example] = {
    # meta
    "Sequential": _geo(
        "iaa.Sequential([iaa.Fliplr(0.5), iaa.Affine(rotate=(-20, 20))])"
    ),
    "SomeOf": _geo(
        "iaa.SomeOf(1, [iaa.Fliplr(1.0), iaa.Flipud(1.0), iaa.Affine(rotate=30)])"
    ),
    "OneOf": _geo("iaa.OneOf([iaa.Fliplr(1.0), iaa.Flipud(1.0)])"),
    "Sometimes": _geo("iaa.Sometimes(0.5, iaa.Affine(rotate=(-30, 30)))"),
    "WithChannels": Example("iaa.WithChannels(0, iaa.Add((-100, 100)))"),
    "ChannelShuffle": Example("iaa.ChannelShuffle(0.75)"),
    # shifted so that the box leaves the image in some outputs
    "RemoveCBAsByOutOfImageFraction": _geo(
        "iaa.Sequential([iaa.TranslateX(percent=(-0.6, 0.6)), "
        "iaa.RemoveCBAsByOutOfImageFraction(0.5)])"
    ),
    "ClipCBAsToImagePlanes": _geo(
        "iaa.Sequential([iaa.TranslateX(percent=(-0.6, 0.6)), "
        "iaa.ClipCBAsToImagePlanes()])"
    ),
    # arithmetic
    "Add": Example("iaa.Add((-60, 60), per_channel=0.5)"),
    "AddElementwise": Example("iaa.AddElementwise((-40, 40))"),
    "AdditiveGaussianNoise": Example("iaa.AdditiveGaussianNoise(scale=(0, 0.2 * 255))"),
    "AdditiveLaplaceNoise": Example("iaa.AdditiveLaplaceNoise(scale=(0, 0.2 * 255))"),
    "AdditivePoissonNoise": Example("iaa.AdditivePoissonNoise((0, 40))"),
    "Multiply": Example("iaa.Multiply((0.5, 1.5), per_channel=0.5)"),
    "MultiplyElementwise": Example("iaa.MultiplyElementwise((0.5, 1.5))"),
    "Cutout": Example("iaa.Cutout(nb_iterations=(1, 3), size=0.2)"),
    "Dropout": Example("iaa.Dropout(p=(0, 0.2))"),
    "CoarseDropout": Example("iaa.CoarseDropout((0.0, 0.1), size_percent=(0.02, 0.2))"),
    "Dropout2d": Example("iaa.Dropout2d(p=0.5)"),
    "TotalDropout": Example("iaa.TotalDropout(0.5)"),
    "ReplaceElementwise": Example("iaa.ReplaceElementwise(0.1, [0, 255])"),
    "SaltAndPepper": Example("iaa.SaltAndPepper(0.1)"),
    "ImpulseNoise": Example("iaa.ImpulseNoise(0.1)"),
    "CoarseSaltAndPepper": Example(
        "iaa.CoarseSaltAndPepper(0.05, size_percent=(0.01, 0.1))"
    ),
    "Salt": Example("iaa.Salt(0.1)"),
    "CoarseSalt": Example("iaa.CoarseSalt(0.05, size_percent=(0.01, 0.1))"),
    "Pepper": Example("iaa.Pepper(0.1)"),
    "CoarsePepper": Example("iaa.CoarsePepper(0.05, size_percent=(0.01, 0.1))"),
    "Invert": Example("iaa.Invert(0.5)"),
    "Solarize": Example("iaa.Solarize(0.5, threshold=(32, 128))"),
    "JpegCompression": Example("iaa.JpegCompression(compression=(70, 99))"),
    # artistic
    "Cartoon": Example("iaa.Cartoon()"),
    # blend
    "BlendAlpha": Example("iaa.BlendAlpha((0.0, 1.0), iaa.Grayscale(1.0))"),
    "BlendAlphaMask": Example(
        "iaa.BlendAlphaMask(iaa.InvertMaskGen(0.5, "
        "iaa.VerticalLinearGradientMaskGen()), iaa.Clouds())"
    ),
    "BlendAlphaElementwise": Example(
        "iaa.BlendAlphaElementwise((0.0, 1.0), iaa.AddToHue(100))"
    ),
    "BlendAlphaSimplexNoise": Example(
        "iaa.BlendAlphaSimplexNoise(iaa.EdgeDetect(1.0))"
    ),
    "BlendAlphaFrequencyNoise": Example(
        "iaa.BlendAlphaFrequencyNoise(foreground=iaa.Multiply(0.2))"
    ),
    "BlendAlphaSomeColors": Example("iaa.BlendAlphaSomeColors(iaa.Grayscale(1.0))"),
    "BlendAlphaHorizontalLinearGradient": Example(
        "iaa.BlendAlphaHorizontalLinearGradient(iaa.AddToHue((-100, 100)))"
    ),
    "BlendAlphaVerticalLinearGradient": Example(
        "iaa.BlendAlphaVerticalLinearGradient(iaa.AddToHue((-100, 100)))"
    ),
    "BlendAlphaRegularGrid": Example(
        "iaa.BlendAlphaRegularGrid(nb_rows=(4, 8), nb_cols=(4, 8), "
        "foreground=iaa.Multiply(0.0))"
    ),
    "BlendAlphaCheckerboard": Example(
        "iaa.BlendAlphaCheckerboard(nb_rows=2, nb_cols=(1, 4), "
        "foreground=iaa.AddToHue((-100, 100)))"
    ),
    "BlendAlphaSegMapClassIds": Example(
        "iaa.BlendAlphaSegMapClassIds(1, foreground=iaa.Grayscale(1.0))", segmap=True
    ),
    "BlendAlphaBoundingBoxes": Example(
        "iaa.BlendAlphaBoundingBoxes(None, background=iaa.Multiply(0.3))",
        annotate=True,
    ),
    # blur
    "GaussianBlur": Example("iaa.GaussianBlur(sigma=(0.0, 3.0))"),
    "AverageBlur": Example("iaa.AverageBlur(k=(2, 11))"),
    "MedianBlur": Example("iaa.MedianBlur(k=(3, 11))"),
    "BilateralBlur": Example(
        "iaa.BilateralBlur(d=(3, 10), sigma_color=(10, 250), sigma_space=(10, 250))"
    ),
    "MotionBlur": Example("iaa.MotionBlur(k=15)"),
    "MeanShiftBlur": Example("iaa.MeanShiftBlur()"),
    # collections
    "RandAugment": _geo("iaa.RandAugment(n=2, m=9)"),
    # color
    "WithColorspace": Example(
        'iaa.WithColorspace(to_colorspace="HSV", from_colorspace="RGB", '
        "children=iaa.WithChannels(0, iaa.Add((0, 50))))"
    ),
    "WithBrightnessChannels": Example("iaa.WithBrightnessChannels(iaa.Add((-50, 50)))"),
    "MultiplyAndAddToBrightness": Example(
        "iaa.MultiplyAndAddToBrightness(mul=(0.5, 1.5), add=(-30, 30))"
    ),
    "MultiplyBrightness": Example("iaa.MultiplyBrightness((0.5, 1.5))"),
    "AddToBrightness": Example("iaa.AddToBrightness((-30, 30))"),
    "WithHueAndSaturation": Example(
        "iaa.WithHueAndSaturation(iaa.WithChannels(0, iaa.Add((0, 50))))"
    ),
    "MultiplyHueAndSaturation": Example(
        "iaa.MultiplyHueAndSaturation((0.5, 1.5), per_channel=True)"
    ),
    "MultiplyHue": Example("iaa.MultiplyHue((0.5, 1.5))"),
    "MultiplySaturation": Example("iaa.MultiplySaturation((0.5, 1.5))"),
    "RemoveSaturation": Example("iaa.RemoveSaturation((0.0, 1.0))"),
    "AddToHueAndSaturation": Example(
        "iaa.AddToHueAndSaturation((-50, 50), per_channel=True)"
    ),
    "AddToHue": Example("iaa.AddToHue((-50, 50))"),
    "AddToSaturation": Example("iaa.AddToSaturation((-50, 50))"),
    "ChangeColorspace": Example(
        'iaa.ChangeColorspace(from_colorspace="RGB", to_colorspace="HSV")'
    ),
    "Grayscale": Example("iaa.Grayscale(alpha=(0.0, 1.0))"),
    "ChangeColorTemperature": Example("iaa.ChangeColorTemperature((1100, 10000))"),
    "KMeansColorQuantization": Example("iaa.KMeansColorQuantization()"),
    "UniformColorQuantization": Example("iaa.UniformColorQuantization()"),
    "UniformColorQuantizationToNBits": Example("iaa.UniformColorQuantizationToNBits()"),
    "Posterize": Example("iaa.Posterize()"),
    # contrast
    "GammaContrast": Example("iaa.GammaContrast((0.5, 2.0))"),
    "SigmoidContrast": Example("iaa.SigmoidContrast(gain=(3, 10), cutoff=(0.4, 0.6))"),
    "LogContrast": Example("iaa.LogContrast(gain=(0.6, 1.4))"),
    "LinearContrast": Example("iaa.LinearContrast((0.4, 1.6))"),
    "AllChannelsCLAHE": Example("iaa.AllChannelsCLAHE(clip_limit=(1, 10))"),
    "CLAHE": Example("iaa.CLAHE()"),
    "AllChannelsHistogramEqualization": Example(
        "iaa.AllChannelsHistogramEqualization()"
    ),
    "HistogramEqualization": Example("iaa.HistogramEqualization()"),
    # convolutional
    "Convolve": Example(
        "iaa.Convolve(matrix=np.array([[0, -1, 0], [-1, 4, -1], [0, -1, 0]]))"
    ),
    "Sharpen": Example("iaa.Sharpen(alpha=(0.0, 1.0), lightness=(0.75, 2.0))"),
    "Emboss": Example("iaa.Emboss(alpha=(0.0, 1.0), strength=(0.5, 1.5))"),
    "EdgeDetect": Example("iaa.EdgeDetect(alpha=(0.0, 1.0))"),
    "DirectedEdgeDetect": Example(
        "iaa.DirectedEdgeDetect(alpha=(0.0, 1.0), direction=(0.0, 1.0))"
    ),
    # edges
    "Canny": Example("iaa.Canny(alpha=(0.0, 0.5))"),
    "RandomColorsBinaryImageColorizer": Example(
        "iaa.Canny(alpha=1.0, colorizer=iaa.RandomColorsBinaryImageColorizer("
        "color_true=255, color_false=(0, 96)))"
    ),
    # flip
    "Fliplr": _geo("iaa.Fliplr(0.5)"),
    "Flipud": _geo("iaa.Flipud(0.5)"),
    # geometric
    "Affine": _geo(
        "iaa.Affine(scale=(0.7, 1.2), translate_percent=(-0.1, 0.1), "
        "rotate=(-30, 30), shear=(-10, 10))"
    ),
    "ScaleX": _geo("iaa.ScaleX((0.5, 1.5))"),
    "ScaleY": _geo("iaa.ScaleY((0.5, 1.5))"),
    "TranslateX": _geo("iaa.TranslateX(percent=(-0.2, 0.2))"),
    "TranslateY": _geo("iaa.TranslateY(percent=(-0.2, 0.2))"),
    "Rotate": _geo("iaa.Rotate((-45, 45))"),
    "ShearX": _geo("iaa.ShearX((-20, 20))"),
    "ShearY": _geo("iaa.ShearY((-20, 20))"),
    "AffineCv2": _geo("iaa.AffineCv2(rotate=(-30, 30))"),
    "PiecewiseAffine": _geo("iaa.PiecewiseAffine(scale=(0.01, 0.05))"),
    "PerspectiveTransform": _geo("iaa.PerspectiveTransform(scale=(0.01, 0.15))"),
    "ElasticTransformation": _geo(
        "iaa.ElasticTransformation(alpha=(0, 5.0), sigma=0.25)"
    ),
    "Rot90": _geo("iaa.Rot90((1, 3), keep_size=False)"),
    "WithPolarWarping": _geo(
        "iaa.WithPolarWarping(iaa.CropAndPad(percent=(-0.1, 0.1)))"
    ),
    # (no annotations: Jigsaw raises for bounding boxes, as in 0.4.0)
    "Jigsaw": Example("iaa.Jigsaw(nb_rows=(3, 6), nb_cols=(3, 6), max_steps=(1, 2))"),
    # pooling
    "AveragePooling": Example("iaa.AveragePooling((2, 8))"),
    "MaxPooling": Example("iaa.MaxPooling((2, 8))"),
    "MinPooling": Example("iaa.MinPooling((2, 8))"),
    "MedianPooling": Example("iaa.MedianPooling((2, 8))"),
    # segmentation
    "Superpixels": Example(
        "iaa.Superpixels(p_replace=(0.1, 1.0), n_segments=(16, 128))"
    ),
    "Voronoi": Example(
        "iaa.Voronoi(iaa.RegularGridPointsSampler(n_cols=20, n_rows=40))"
    ),
    "UniformVoronoi": Example("iaa.UniformVoronoi((100, 500))"),
    "RegularGridVoronoi": Example("iaa.RegularGridVoronoi(10, 20)"),
    "RelativeRegularGridVoronoi": Example("iaa.RelativeRegularGridVoronoi(0.1, 0.25)"),
    "UniformPointsSampler": Example("iaa.Voronoi(iaa.UniformPointsSampler(200))"),
    "RegularGridPointsSampler": Example(
        "iaa.Voronoi(iaa.RegularGridPointsSampler(n_rows=(5, 20), n_cols=(5, 30)))"
    ),
    "RelativeRegularGridPointsSampler": Example(
        "iaa.Voronoi(iaa.RelativeRegularGridPointsSampler("
        "n_rows_frac=(0.03, 0.1), n_cols_frac=(0.03, 0.1)))"
    ),
    "DropoutPointsSampler": Example(
        "iaa.Voronoi(iaa.DropoutPointsSampler("
        "iaa.RegularGridPointsSampler(15, 20), p_drop=(0.2, 0.8)))"
    ),
    "SubsamplingPointsSampler": Example(
        "iaa.Voronoi(iaa.SubsamplingPointsSampler("
        "iaa.RegularGridPointsSampler(15, 20), n_points_max=60))"
    ),
    # size
    "Resize": _geo('iaa.Resize({"height": (0.5, 1.0), "width": (0.5, 1.0)})'),
    "CropAndPad": _geo(
        'iaa.CropAndPad(percent=(-0.25, 0.25), pad_mode=["constant", "edge"], '
        "pad_cval=(0, 255))"
    ),
    "Pad": _geo('iaa.Pad(percent=(0, 0.2), pad_mode=["constant", "edge"])'),
    "Crop": _geo("iaa.Crop(percent=(0, 0.2))"),
    "PadToFixedSize": _geo("iaa.PadToFixedSize(width=220, height=150)"),
    "CenterPadToFixedSize": _geo("iaa.CenterPadToFixedSize(width=220, height=150)"),
    "CropToFixedSize": _geo("iaa.CropToFixedSize(width=100, height=100)"),
    "CenterCropToFixedSize": _geo("iaa.CenterCropToFixedSize(width=100, height=100)"),
    "CropToMultiplesOf": _geo(
        "iaa.CropToMultiplesOf(width_multiple=50, height_multiple=50)"
    ),
    "CenterCropToMultiplesOf": _geo(
        "iaa.CenterCropToMultiplesOf(width_multiple=50, height_multiple=50)"
    ),
    "PadToMultiplesOf": _geo(
        "iaa.PadToMultiplesOf(width_multiple=50, height_multiple=50)"
    ),
    "CenterPadToMultiplesOf": _geo(
        "iaa.CenterPadToMultiplesOf(width_multiple=50, height_multiple=50)"
    ),
    "CropToPowersOf": _geo("iaa.CropToPowersOf(width_base=2, height_base=2)"),
    "CenterCropToPowersOf": _geo(
        "iaa.CenterCropToPowersOf(width_base=2, height_base=2)"
    ),
    "PadToPowersOf": _geo("iaa.PadToPowersOf(width_base=2, height_base=2)"),
    "CenterPadToPowersOf": _geo("iaa.CenterPadToPowersOf(width_base=2, height_base=2)"),
    "CropToAspectRatio": _geo("iaa.CropToAspectRatio(2.0)"),
    "CenterCropToAspectRatio": _geo("iaa.CenterCropToAspectRatio(2.0)"),
    "PadToAspectRatio": _geo("iaa.PadToAspectRatio(2.0)"),
    "CenterPadToAspectRatio": _geo("iaa.CenterPadToAspectRatio(2.0)"),
    "CropToSquare": _geo("iaa.CropToSquare()"),
    "CenterCropToSquare": _geo("iaa.CenterCropToSquare()"),
    "PadToSquare": _geo("iaa.PadToSquare()"),
    "CenterPadToSquare": _geo("iaa.CenterPadToSquare()"),
    "KeepSizeByResize": _geo(
        "iaa.KeepSizeByResize(iaa.Crop(percent=(0.05, 0.25), keep_size=False))"
    ),
    # weather
    "FastSnowyLandscape": Example(
        "iaa.FastSnowyLandscape(lightness_threshold=(100, 255), "
        "lightness_multiplier=(1.0, 4.0))"
    ),
    "CloudLayer": Example(
        "iaa.CloudLayer(intensity_mean=(196, 255), "
        "intensity_freq_exponent=(-2.5, -2.0), intensity_coarse_scale=10, "
        "alpha_min=0, alpha_multiplier=(0.25, 0.75), "
        "alpha_size_px_max=(2, 8), alpha_freq_exponent=(-2.5, -2.0), "
        "sparsity=(0.8, 1.0), density_multiplier=(0.5, 1.0))"
    ),
    "Clouds": Example("iaa.Clouds()"),
    "Fog": Example("iaa.Fog()"),
    "SnowflakesLayer": Example(
        "iaa.SnowflakesLayer(density=0.05, density_uniformity=0.5, flake_size=0.5, "
        "flake_size_uniformity=0.5, angle=(-30, 30), speed=(0.01, 0.03), "
        "blur_sigma_fraction=(0.0001, 0.001))"
    ),
    "Snowflakes": Example("iaa.Snowflakes(flake_size=(0.1, 0.4), speed=(0.01, 0.05))"),
    "RainLayer": Example(
        "iaa.RainLayer(density=0.1, density_uniformity=0.9, drop_size=0.02, "
        "drop_size_uniformity=0.5, angle=(-15, 15), speed=(0.04, 0.2), "
        "blur_sigma_fraction=(0.001, 0.001))"
    ),
    "Rain": Example("iaa.Rain(speed=(0.1, 0.3))"),
    # pillike (sub-module only)
    "pillike.Solarize": Example("iaa.pillike.Solarize(0.5, threshold=(32, 128))"),
    "pillike.Posterize": Example("iaa.pillike.Posterize((1, 7))"),
    "pillike.Equalize": Example("iaa.pillike.Equalize()"),
    "pillike.Autocontrast": Example("iaa.pillike.Autocontrast((10, 20))"),
    "pillike.EnhanceColor": Example("iaa.pillike.EnhanceColor()"),
    "pillike.EnhanceContrast": Example("iaa.pillike.EnhanceContrast()"),
    "pillike.EnhanceBrightness": Example("iaa.pillike.EnhanceBrightness()"),
    "pillike.EnhanceSharpness": Example("iaa.pillike.EnhanceSharpness()"),
    "pillike.FilterBlur": Example("iaa.pillike.FilterBlur()"),
    "pillike.FilterSmooth": Example("iaa.pillike.FilterSmooth()"),
    "pillike.FilterSmoothMore": Example("iaa.pillike.FilterSmoothMore()"),
    "pillike.FilterEdgeEnhance": Example("iaa.pillike.FilterEdgeEnhance()"),
    "pillike.FilterEdgeEnhanceMore": Example("iaa.pillike.FilterEdgeEnhanceMore()"),
    "pillike.FilterFindEdges": Example("iaa.pillike.FilterFindEdges()"),
    "pillike.FilterContour": Example("iaa.pillike.FilterContour()"),
    "pillike.FilterEmboss": Example("iaa.pillike.FilterEmboss()"),
    "pillike.FilterSharpen": Example("iaa.pillike.FilterSharpen()"),
    "pillike.FilterDetail": Example("iaa.pillike.FilterDetail()"),
    "pillike.Affine": _geo("iaa.pillike.Affine(rotate=(-20, 20), fillcolor=(0, 256))"),
    # mix
    "Mosaic": Example(
        "iaa.Mosaic(target_size=(123, 184))", annotate=True, donors="images"
    ),
    "MixUp": Example("iaa.MixUp(alpha=2.0)", annotate=True, donors="images"),
    "CutMix": Example("iaa.CutMix()", annotate=True, donors="images"),
    "CopyAndPaste": Example(
        "iaa.CopyAndPaste(scale=(0.3, 0.6))", annotate=True, donors="objects"
    ),
    "OverlayElements": Example("iaa.OverlayElements()", donors="overlays"),
    "HistogramMatching": Example("iaa.HistogramMatching()", donors="references"),
    "PixelDistributionAdaptation": Example(
        "iaa.PixelDistributionAdaptation()", donors="references"
    ),
}

#: Augmenters that get no image, with the reason.
SKIPPED: dict[str, str] = {
    "Augmenter": "abstract base class",
    "Identity": "changes nothing",
    "Noop": "alias of Identity",
    "Lambda": "needs user callbacks",
    "AssertLambda": "needs user callbacks",
    "AssertShape": "only checks shapes",
    "SaveDebugImageEveryNBatches": "writes debug files instead of changing images",
}

#: sub-modules whose classes are not star-imported into ``imgaug.augmenters``
SUBMODULE_FAMILIES = ("pillike", "imgcorruptlike")


@dataclasses.dataclass
class Target:
    """One augmenter to render: registry key, class, family and example."""

    key: str
    cls: type
    family: str
    example: Example


def discover_targets(iaa) -> tuple[list[Target], dict[str, str]]:
    """Return the augmenters that exist now, and the skipped ones with reasons."""
    found: dict[str, type] = {}
    for name, obj in vars(iaa).items():
        if isinstance(obj, type) and issubclass(obj, iaa.Augmenter):
            if not name.startswith("_"):
                found[name] = obj
        elif isinstance(obj, type) and name in EXAMPLES:
            # helper classes (points samplers, colorizers): shown through the
            # augmenter of their example
            found[name] = obj
    for submodule in SUBMODULE_FAMILIES:
        module = getattr(iaa, submodule, None)
        if module is None:
            continue
        for name, obj in vars(module).items():
            if (
                isinstance(obj, type)
                and issubclass(obj, iaa.Augmenter)
                and not name.startswith("_")
                and obj.__module__ == module.__name__
            ):
                found[f"{submodule}.{name}"] = obj

    targets, skipped = [], {}
    for key in sorted(found, key=str.lower):
        name = key.rsplit(".", 1)[-1]
        if key in SKIPPED or name in SKIPPED:
            skipped[key] = SKIPPED.get(key, SKIPPED.get(name))
            continue
        cls = found[key]
        family = cls.__module__.rsplit(".", 1)[-1]
        example = EXAMPLES.get(key)
        if example is None:
            prefix = "iaa." + (key if "." in key else name)
            example = Example(f"{prefix}()")
        targets.append(Target(key=key, cls=cls, family=family, example=example))
    return targets, skipped


def _scope():
    import imgaug.augmenters as iaa
    import imgaug.parameters as iap

    return {"__builtins__": {}, "iaa": iaa, "iap": iap, "np": np}


def _sample_inputs():
    """Return the sample image and its annotations at cell size."""
    import imgaug.data as iadata

    shape = CELL_HW + (3,)
    image = iadata.quokka(size=CELL_HW)
    kpsoi = iadata.quokka_keypoints().on(shape)
    bbsoi = iadata.quokka_bounding_boxes().on(shape)
    segmap = iadata.quokka_segmentation_map(size=CELL_HW)
    return image, kpsoi, bbsoi, segmap


def _image_donors(image, kpsoi, bbsoi, segmap):
    """Three donors: the sample flipped three ways, with their annotations."""
    import imgaug.augmenters as iaa

    donors = []
    for flip in (
        iaa.Fliplr(1.0),
        iaa.Flipud(1.0),
        iaa.Sequential([iaa.Fliplr(1.0), iaa.Flipud(1.0)]),
    ):
        image_d, kps_d, bbs_d = flip(image=image, keypoints=kpsoi, bounding_boxes=bbsoi)
        donors.append({"image": image_d, "keypoints": kps_d, "bounding_boxes": bbs_d})
    return donors


def _object_donors(image, kpsoi, bbsoi, segmap):
    """Two objects: the animal of the sample (segmentation mask), one mirrored."""
    mask = segmap.arr[:, :, 0] > 0
    return [
        {"image": image, "mask": mask, "label": "cat"},
        {"image": image[:, ::-1], "mask": mask[:, ::-1], "label": "cat"},
    ]


def _overlay_donors(image, kpsoi, bbsoi, segmap):
    """A sticker: a mirrored, colour-inverted crop of the sample."""
    height, width = image.shape[0:2]
    return [{"image": 255 - image[0 : height // 3, width // 2 :: -1]}]


def _reference_donors(image, kpsoi, bbsoi, segmap):
    """A reference with other colours: the sample with its channels reversed."""
    return [{"image": np.ascontiguousarray(image[:, :, ::-1])}]


#: donor builders of ``Example.donors``: f(image, kpsoi, bbsoi, segmap) -> donors
DONORS = {
    "images": _image_donors,
    "objects": _object_donors,
    "overlays": _overlay_donors,
    "references": _reference_donors,
}


def _to_rgb_uint8(image):
    image = np.asarray(image)
    if image.ndim == 2:
        image = image[:, :, np.newaxis]
    if image.shape[2] == 1:
        image = np.repeat(image, 3, axis=2)
    image = image[:, :, 0:3]
    if image.dtype != np.uint8:
        if image.dtype.kind == "b":
            image = image.astype(np.uint8) * 255
        else:
            image = np.clip(np.round(image.astype(np.float64)), 0, 255)
        image = image.astype(np.uint8)
    return image


def _draw_annotations(image, kpsoi, bbsoi):
    image = bbsoi.draw_on_image(image, size=2, color=(255, 0, 0))
    return kpsoi.draw_on_image(image, size=5, color=(0, 255, 0))


def _fit_into_cell(image):
    """Scale down (never up) to fit the cell and center on the background."""
    import cv2

    cell_h, cell_w = CELL_HW
    height, width = image.shape[0:2]
    if height == 0 or width == 0:
        return np.full((cell_h, cell_w, 3), BACKGROUND, dtype=np.uint8)
    factor = min(1.0, cell_h / height, cell_w / width)
    if factor < 1.0:
        new_hw = (max(1, round(height * factor)), max(1, round(width * factor)))
        image = cv2.resize(image, new_hw[::-1], interpolation=cv2.INTER_AREA)
        height, width = new_hw
    cell = np.full((cell_h, cell_w, 3), BACKGROUND, dtype=np.uint8)
    top, left = (cell_h - height) // 2, (cell_w - width) // 2
    cell[top : top + height, left : left + width] = image
    return cell


def _header_text(target: Target) -> str:
    chars_per_line = (3 * CELL_HW[1] + 2 * GAP) // 8
    lines = [f"imgaug.augmenters.{target.family}.{target.cls.__name__}", ""]
    lines += textwrap.wrap(target.example.expr, width=chars_per_line)
    return "\n".join(lines)


def _compose_grid(input_cell, header, output_cells):
    from imgaug import imgaug as ia

    cell_h, cell_w = CELL_HW
    nb_rows = 1 + NB_ROWS_AUG
    height = nb_rows * cell_h + (nb_rows + 1) * GAP
    width = NB_COLS * cell_w + (NB_COLS + 1) * GAP
    grid = np.full((height, width, 3), BACKGROUND, dtype=np.uint8)

    def paste(cell, row, col):
        y = GAP + row * (cell_h + GAP)
        x = GAP + col * (cell_w + GAP)
        grid[y : y + cell_h, x : x + cell_w] = cell

    paste(input_cell, 0, 0)
    text_x = 2 * GAP + cell_w + 6
    line_height = TEXT_SIZE + 4
    for i, line in enumerate(header.split("\n")):
        if line:
            y = GAP + 4 + i * line_height
            grid = ia.draw_text(grid, y, text_x, line, color=TEXT_COLOR, size=TEXT_SIZE)
    for i, cell in enumerate(output_cells):
        paste(cell, 1 + i // NB_COLS, i % NB_COLS)
    return grid


def render(target: Target, seed: int = SEED) -> np.ndarray:
    """Render the example grid of one augmenter as an ``(H, W, 3)`` uint8 array."""
    import imgaug.random as iarandom

    image, kpsoi, bbsoi, segmap = _sample_inputs()
    nb_images = NB_COLS * NB_ROWS_AUG
    with warnings.catch_warnings():
        # deprecated augmenters (e.g. AffineCv2) warn on construction
        warnings.simplefilter("ignore")
        iarandom.seed(seed)
        augmenter = eval(target.example.expr, _scope())  # noqa: S307  (our registry)
        augmenter.seed_(seed)
        kwargs = {"images": [image] * nb_images}
        if target.example.annotate:
            kwargs["keypoints"] = [kpsoi] * nb_images
            kwargs["bounding_boxes"] = [bbsoi] * nb_images
        if target.example.segmap:
            kwargs["segmentation_maps"] = [segmap] * nb_images
        data_keys = len(kwargs)
        if target.example.donors:
            donors = DONORS[target.example.donors](image, kpsoi, bbsoi, segmap)
            kwargs[augmenter.metadata_key] = [donors] * nb_images
        result = augmenter(**kwargs)

    if data_keys == 1:
        images_aug = result
    else:
        images_aug = result[0]
    cells = []
    for i, image_aug in enumerate(images_aug):
        image_aug = _to_rgb_uint8(image_aug)
        if target.example.annotate:
            image_aug = _draw_annotations(image_aug, result[1][i], result[2][i])
        cells.append(_fit_into_cell(image_aug))

    input_image = image
    if target.example.annotate:
        input_image = _draw_annotations(image, kpsoi, bbsoi)
    return _compose_grid(_fit_into_cell(input_image), _header_text(target), cells)


def encode_jpeg(image: np.ndarray) -> bytes:
    """Encode an RGB uint8 image as JPEG bytes (fixed quality, no metadata)."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(image).save(
        buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True
    )
    return buffer.getvalue()


def _decode(data_or_path) -> np.ndarray:
    from PIL import Image

    if isinstance(data_or_path, bytes):
        data_or_path = io.BytesIO(data_or_path)
    with Image.open(data_or_path) as pil_image:
        return np.asarray(pil_image.convert("RGB"))


def mean_abs_difference(image_a: np.ndarray, image_b: np.ndarray) -> float:
    """Mean absolute difference of two equally shaped uint8 images (0-255 scale)."""
    diff = image_a.astype(np.int16) - image_b.astype(np.int16)
    return float(np.abs(diff).mean())


def write_if_changed(path: str, image: np.ndarray, threshold: float) -> str:
    """Write ``image`` as JPEG unless ``path`` already holds a near-identical image.

    Returns ``"new"``, ``"updated"`` or ``"unchanged"``.
    """
    data = encode_jpeg(image)
    status = "new"
    if os.path.exists(path):
        old = _decode(path)
        new = _decode(data)
        if old.shape == new.shape and mean_abs_difference(old, new) <= threshold:
            return "unchanged"
        status = "updated"
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data)
    return status


def output_path(out_dir: str, target: Target) -> str:
    """Return ``<out_dir>/<family>/<Name>.jpg`` for a target."""
    return os.path.join(out_dir, target.family, target.cls.__name__ + ".jpg")


def generate(
    names=None,
    out_dir: str = DEFAULT_OUT_DIR,
    threshold: float = DEFAULT_THRESHOLD,
    log=print,
) -> dict[str, str]:
    """Render the selected augmenters (all if ``names`` is None) into ``out_dir``.

    Returns a mapping from registry key to ``"new"``, ``"updated"``, ``"unchanged"``
    or ``"failed: <error>"``. Unknown names raise ``KeyError``.
    """
    import imgaug.augmenters as iaa

    targets, _ = discover_targets(iaa)
    if names is not None:
        by_key = {t.key: t for t in targets}
        unknown = [n for n in names if n not in by_key]
        if unknown:
            raise KeyError(f"Not an available, renderable augmenter: {unknown}")
        targets = [by_key[n] for n in names]
    results = {}
    for target in targets:
        try:
            grid = render(target)
            status = write_if_changed(output_path(out_dir, target), grid, threshold)
        except Exception as err:  # noqa: BLE001  (report and continue)
            status = f"failed: {type(err).__name__}: {err}"
        results[target.key] = status
        if log is not None and status.startswith("failed"):
            log(f"{target.key}: {status}")
        elif log is not None:
            log(f"{status:>9}  {target.family}/{target.cls.__name__}.jpg")
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="augmenters to render (default: all)")
    parser.add_argument("--out", default=DEFAULT_OUT_DIR, help="output directory")
    parser.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        help="rewrite a file only if the mean absolute difference exceeds this",
    )
    parser.add_argument("--list", action="store_true", help="list targets and exit")
    args = parser.parse_args(argv)

    if args.list:
        import imgaug.augmenters as iaa

        targets, skipped = discover_targets(iaa)
        for target in targets:
            configured = "" if target.key in EXAMPLES else "  (default arguments)"
            print(f"{target.family}/{target.cls.__name__}.jpg{configured}")
        for key, reason in skipped.items():
            print(f"skipped {key}: {reason}")
        return 0

    results = generate(args.names or None, out_dir=args.out, threshold=args.threshold)
    failed = [key for key, status in results.items() if status.startswith("failed")]
    counts = {}
    for status in results.values():
        key = "failed" if status.startswith("failed") else status
        counts[key] = counts.get(key, 0) + 1
    print(", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "nothing to do")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
