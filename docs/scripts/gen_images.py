"""Regenerate the example images under ``images/``.

Every public augmenter of the registry (``docs/scripts/augmenter_registry.py``: the
``__all__`` of every module ``imgaug.augmenters.<module>``) gets one picture
``images/<module>/<Name>.jpg``:

* row 1: the input (the bundled sample photo, ``imgaug.data.quokka``, with its
  keypoints, bounding box, polygon and segmentation map drawn) and the expression
  that built the augmenter;
* rows 2-3: eight augmented outputs of one batch, drawn with a fixed seed, with the
  augmented annotations drawn on top.

The annotations go through the augmenter together with the image whenever it may
change them (see ``augmenter_registry.changed_kinds``); augmenters that change only
images get the input's annotations drawn unchanged, which is what they return.

Two more pictures are made from the same registry: ``images/overview.jpg``, a grid
of one augmented sample per augmenter across all modules (it tops the README), and
the gallery table of ``README.md`` (between its ``gallery-table`` markers).

A file is only rewritten if its content changed visibly: the new grid is encoded as
JPEG, decoded again and compared with the decoded existing file; the file is replaced
if the shapes differ or the mean absolute difference exceeds ``--threshold``
(default 1.0 on the 0-255 scale). Re-running the script without code changes
therefore leaves ``git status`` clean, even across small encoder differences.

Usage (from the repository root)::

    python docs/scripts/gen_images.py                # everything, README table too
    python docs/scripts/gen_images.py Fliplr Affine  # only these pictures
    python docs/scripts/gen_images.py --overview --readme  # overview and README
    python docs/scripts/gen_images.py --list         # what would be rendered

Augmenters without an entry in ``EXAMPLES`` are rendered with their default
arguments if that works; those in ``SKIPPED`` are never rendered (the reason is
printed with ``--list`` and shown on the module page). The exit code is 1 if any
augmenter failed to render.
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
#: JPEG quality: about 65 KB per picture, so ~190 pictures stay below 15 MB
JPEG_QUALITY = 75
#: mean absolute difference (0-255 scale) above which an existing file is replaced
DEFAULT_THRESHOLD = 1.0
#: an existing file is also replaced if the new encoding is smaller than this
#: fraction of it (e.g. after lowering ``JPEG_QUALITY``)
SHRINK_FACTOR = 0.9

SCRIPTS_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(SCRIPTS_DIR))
DEFAULT_OUT_DIR = os.path.join(REPO_ROOT, "images")
README_PATH = os.path.join(REPO_ROOT, "README.md")
if SCRIPTS_DIR not in sys.path:
    sys.path.insert(0, SCRIPTS_DIR)

import augmenter_registry as registry  # noqa: E402  (sibling module)


@dataclasses.dataclass(frozen=True)
class Example:
    """How to show one augmenter.

    ``expr`` is a Python expression over ``iaa``, ``iap`` and ``np``. The sample
    annotations are always drawn; ``annotate`` passes them through the augmenter
    even if its kinds say it changes only images, ``segmap`` passes the sample
    segmentation map along in any case (for augmenters that need one);
    ``donors`` names the donor builder of a mixing augmenter (see ``DONORS``).
    """

    expr: str
    annotate: bool = False
    segmap: bool = False
    #: mixing augmenters: donors made from the sample image, one of ``DONORS``
    donors: str = ""
    #: the annotation kinds passed through the augmenter (None: all it accepts)
    kinds: tuple | None = None


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
    # Jigsaw raises for boxes, polygons and line strings, as in 0.4.0
    "Jigsaw": Example(
        "iaa.Jigsaw(nb_rows=(3, 6), nb_cols=(3, 6), max_steps=(1, 2))",
        kinds=("keypoints", "segmentation_maps"),
    ),
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

#: Public helper classes (not augmenters) shown through an augmenter that uses them:
#: name -> (module, example). Written as ``images/<module>/<name>.jpg``.
HELPERS: dict[str, tuple[str, Example]] = {
    "RegularGridPointsSampler": (
        "segmentation",
        Example("iaa.Voronoi(iaa.RegularGridPointsSampler(n_cols=12, n_rows=8))"),
    ),
    "RelativeRegularGridPointsSampler": (
        "segmentation",
        Example(
            "iaa.Voronoi(iaa.RelativeRegularGridPointsSampler("
            "n_cols_frac=(0.03, 0.08), n_rows_frac=(0.03, 0.08)))"
        ),
    ),
    "DropoutPointsSampler": (
        "segmentation",
        Example(
            "iaa.Voronoi(iaa.DropoutPointsSampler("
            "iaa.RegularGridPointsSampler(20, 20), p_drop=0.7))"
        ),
    ),
    "UniformPointsSampler": (
        "segmentation",
        Example("iaa.Voronoi(iaa.UniformPointsSampler((50, 300)))"),
    ),
    "SubsamplingPointsSampler": (
        "segmentation",
        Example(
            "iaa.Voronoi(iaa.SubsamplingPointsSampler("
            "iaa.UniformPointsSampler(1000), n_points_max=150))"
        ),
    ),
    # mask generators of the blend module, drawn through BlendAlphaMask
    "StochasticParameterMaskGen": (
        "blend",
        Example(
            "iaa.BlendAlphaMask(iaa.StochasticParameterMaskGen("
            "iap.FrequencyNoise(exponent=-2, upscale_method='linear'), "
            "per_channel=False), foreground=iaa.Grayscale(1.0))"
        ),
    ),
    "SomeColorsMaskGen": (
        "blend",
        Example(
            "iaa.BlendAlphaMask(iaa.SomeColorsMaskGen(), foreground=iaa.Grayscale(1.0))"
        ),
    ),
    "HorizontalLinearGradientMaskGen": (
        "blend",
        Example(
            "iaa.BlendAlphaMask(iaa.HorizontalLinearGradientMaskGen(), "
            "foreground=iaa.AddToHue((-100, 100)))"
        ),
    ),
    "VerticalLinearGradientMaskGen": (
        "blend",
        Example(
            "iaa.BlendAlphaMask(iaa.VerticalLinearGradientMaskGen(), "
            "foreground=iaa.AddToHue((-100, 100)))"
        ),
    ),
    "RegularGridMaskGen": (
        "blend",
        Example(
            "iaa.BlendAlphaMask(iaa.RegularGridMaskGen(nb_rows=(4, 8), "
            "nb_cols=(4, 8)), foreground=iaa.Multiply(0.3))"
        ),
    ),
    "CheckerboardMaskGen": (
        "blend",
        Example(
            "iaa.BlendAlphaMask(iaa.CheckerboardMaskGen(nb_rows=2, nb_cols=(1, 4)), "
            "foreground=iaa.Multiply(0.3))"
        ),
    ),
    "SegMapClassIdsMaskGen": (
        "blend",
        Example(
            "iaa.BlendAlphaMask(iaa.SegMapClassIdsMaskGen(1), "
            "foreground=iaa.Grayscale(1.0))",
            segmap=True,
        ),
    ),
    "BoundingBoxesMaskGen": (
        "blend",
        Example(
            "iaa.BlendAlphaMask(iaa.BoundingBoxesMaskGen(), "
            "foreground=iaa.Grayscale(1.0))",
            annotate=True,
        ),
    ),
    "RandomColorsBinaryImageColorizer": (
        "edges",
        Example(
            "iaa.Canny(alpha=1.0, colorizer=iaa.RandomColorsBinaryImageColorizer("
            "color_true=(128, 255), color_false=(0, 64)))"
        ),
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


@dataclasses.dataclass
class Target:
    """One augmenter to render: registry key, class, family (module) and example."""

    key: str
    cls: type
    family: str
    example: Example
    #: picture and caption name; empty: the augmenter's class name
    name: str = ""

    @property
    def picture_name(self) -> str:
        return self.name or self.cls.__name__


def discover_targets() -> tuple[list[Target], dict[str, str]]:
    """Return the augmenters to render, and the skipped ones with their reasons.

    Keys are ``Name`` for augmenters reachable as ``imgaug.augmenters.Name`` and
    ``<module>.Name`` for the others (``pillike``, ``imgcorruptlike``).
    """
    targets, skipped = [], {}
    for entry in registry.discover():
        key = registry.registry_key(entry)
        if entry.alias_of is not None:
            skipped[key] = f"alias of {entry.alias_of}"
            continue
        if key in SKIPPED:
            skipped[key] = SKIPPED[key]
            continue
        example = EXAMPLES.get(key) or Example(f"iaa.{key}()")
        targets.append(
            Target(key=key, cls=entry.cls, family=entry.module, example=example)
        )
    targets.sort(key=lambda target: target.key.lower())
    return targets, skipped


def build(expr: str):
    """Evaluate an example expression (deprecated augmenters warn: silenced)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return eval(expr, _scope())  # noqa: S307  (our own registry)


def kinds_of(key: str, cls: type):
    """Return the kinds ``cls`` changes (``augmenter_registry.Kinds``).

    Measured augmenters are measured on their ``EXAMPLES`` configuration; skipped
    ones are described by their ``SKIPPED`` reason instead.
    """
    example = EXAMPLES.get(key)
    make = None if example is None else (lambda: build(example.expr))
    return registry.changed_kinds(cls, make=make, note=SKIPPED.get(key))


def _scope():
    import imgaug.augmenters as iaa
    import imgaug.parameters as iap

    return {"__builtins__": {}, "iaa": iaa, "iap": iap, "np": np}


def _sample_inputs(cell_hw=CELL_HW):
    """Return the sample image and its annotations at cell size."""
    import imgaug.data as iadata

    shape = cell_hw + (3,)
    image = iadata.quokka(size=cell_hw)
    annotations = {
        "segmentation_maps": iadata.quokka_segmentation_map(size=cell_hw),
        "polygons": iadata.quokka_polygons().on(shape),
        "bounding_boxes": iadata.quokka_bounding_boxes().on(shape),
        "keypoints": iadata.quokka_keypoints().on(shape),
    }
    return image, annotations


def _image_donors(image, annotations):
    """Three donors: the sample flipped three ways, with its keypoints and box."""
    import imgaug.augmenters as iaa

    donors = []
    for flip in (
        iaa.Fliplr(1.0),
        iaa.Flipud(1.0),
        iaa.Sequential([iaa.Fliplr(1.0), iaa.Flipud(1.0)]),
    ):
        image_d, kps_d, bbs_d = flip(
            image=image,
            keypoints=annotations["keypoints"],
            bounding_boxes=annotations["bounding_boxes"],
        )
        donors.append({"image": image_d, "keypoints": kps_d, "bounding_boxes": bbs_d})
    return donors


def _object_donors(image, annotations):
    """Two objects: the animal of the sample (segmentation mask), one mirrored."""
    mask = annotations["segmentation_maps"].arr[:, :, 0] > 0
    return [
        {"image": image, "mask": mask, "label": "cat"},
        {"image": image[:, ::-1], "mask": mask[:, ::-1], "label": "cat"},
    ]


def _overlay_donors(image, annotations):
    """A sticker: a mirrored, colour-inverted crop of the sample."""
    height, width = image.shape[0:2]
    return [{"image": 255 - image[0 : height // 3, width // 2 :: -1]}]


def _reference_donors(image, annotations):
    """A reference with other colours: the sample with its channels reversed."""
    return [{"image": np.ascontiguousarray(image[:, :, ::-1])}]


#: donor builders of ``Example.donors``: f(image, annotations) -> donors
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


#: colours of the drawn annotations (RGB)
SEGMAP_COLOR = (0, 110, 255)
POLYGON_COLOR = (255, 215, 0)
BOX_COLOR = (255, 0, 0)
KEYPOINT_COLOR = (0, 255, 0)


def _draw_segmap_outline(image, segmap):
    """Draw the inner 2-pixel border of every non-background class region."""
    import cv2

    height, width = image.shape[0:2]
    if height == 0 or width == 0:
        return image
    arr = segmap.get_arr()[:, :, 0]
    if arr.shape != (height, width):
        arr = cv2.resize(
            arr.astype(np.int32), (width, height), interpolation=cv2.INTER_NEAREST
        )
    mask = (arr > 0).astype(np.uint8)
    inner = cv2.erode(mask, np.ones((3, 3), np.uint8), iterations=2)
    border = (mask > 0) & (inner == 0)
    image = image.copy()
    image[border] = SEGMAP_COLOR
    return image


def _draw_annotations(image, annotations):
    """Draw segmentation map, polygon, box and keypoints (those given, in order)."""
    if "segmentation_maps" in annotations:
        image = _draw_segmap_outline(image, annotations["segmentation_maps"])
    if "polygons" in annotations:
        image = annotations["polygons"].draw_on_image(
            image,
            color=POLYGON_COLOR,
            color_lines=POLYGON_COLOR,
            color_points=POLYGON_COLOR,
            alpha_face=0.0,
            size_lines=1,
            size_points=3,
        )
    if "bounding_boxes" in annotations:
        image = annotations["bounding_boxes"].draw_on_image(
            image, size=2, color=BOX_COLOR
        )
    if "keypoints" in annotations:
        image = annotations["keypoints"].draw_on_image(
            image, size=5, color=KEYPOINT_COLOR
        )
    return image


def _fit_into_cell(image, cell_hw=CELL_HW):
    """Scale down (never up) to fit the cell and center on the background."""
    import cv2

    cell_h, cell_w = cell_hw
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
    lines = [f"imgaug.augmenters.{target.family}.{target.picture_name}", ""]
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


def passes_annotations(target: Target) -> bool:
    """Whether the annotations go through the augmenter (else drawn unchanged).

    They do unless the augmenter is known to change only images: a leaf whose
    ``_KINDS`` is ``("images",)`` or an augmenter measured to change only images.
    """
    if target.example.annotate:
        return True
    kinds = kinds_of(target.key, target.cls)
    return not (kinds.source in ("leaf", "measured") and kinds.kinds == ("images",))


def augment_sample_raw(target: Target, nb_images: int, seed: int = SEED):
    """Augment ``nb_images`` copies of the sample photo and its annotations.

    Returns ``(image, annotations, images_aug, annotations_aug)``: the input, its
    annotations (dict kind -> container), the augmented images as RGB uint8 and
    one dict of annotations per output. Annotations that did not go through the
    augmenter (see :func:`passes_annotations`) are the input's, on the output's
    shape.
    """
    import imgaug.random as iarandom

    image, annotations = _sample_inputs()
    kwargs = {"images": [image] * nb_images}
    if passes_annotations(target):
        kinds = target.example.kinds or tuple(annotations)
        kwargs.update({kind: [annotations[kind]] * nb_images for kind in kinds})
    elif target.example.segmap:
        kwargs["segmentation_maps"] = [annotations["segmentation_maps"]] * nb_images
    with warnings.catch_warnings():
        # deprecated augmenters (e.g. AffineCv2) warn on construction
        warnings.simplefilter("ignore")
        iarandom.seed(seed)
        augmenter = build(target.example.expr)
        augmenter.seed_(seed)
        if target.example.donors:
            donors = DONORS[target.example.donors](image, annotations)
            kwargs[augmenter.metadata_key] = [donors] * nb_images
        batch = augmenter.augment(return_batch=True, **kwargs)

    images_aug, annotations_aug = [], []
    for i, image_aug in enumerate(batch.images_aug):
        image_aug = _to_rgb_uint8(image_aug)
        row = {}
        for kind, value in annotations.items():
            if kind in kwargs:
                row[kind] = getattr(batch, kind + "_aug")[i]
            elif target.example.kinds is not None:
                continue  # a kind the augmenter cannot take: not drawn
            else:
                # image-only augmenters return the annotations unchanged
                row[kind] = value.deepcopy()
                row[kind].shape = image_aug.shape
        images_aug.append(image_aug)
        annotations_aug.append(row)
    return image, annotations, images_aug, annotations_aug


def augment_sample(target: Target, nb_images: int, seed: int = SEED):
    """Like :func:`augment_sample_raw`, with the annotations drawn on the images.

    Returns ``(input_picture, output_pictures)``.
    """
    image, annotations, images_aug, annotations_aug = augment_sample_raw(
        target, nb_images, seed
    )
    outputs = [
        _draw_annotations(image_aug, row)
        for image_aug, row in zip(images_aug, annotations_aug)
    ]
    return _draw_annotations(image, annotations), outputs


def render(target: Target, seed: int = SEED) -> np.ndarray:
    """Render the example grid of one augmenter as an ``(H, W, 3)`` uint8 array."""
    input_image, outputs = augment_sample(target, NB_COLS * NB_ROWS_AUG, seed)
    cells = [_fit_into_cell(output) for output in outputs]
    return _compose_grid(_fit_into_cell(input_image), _header_text(target), cells)


# ---------------------------------------------------------------- overview grid
OVERVIEW_NAME = "overview.jpg"
#: cell size, columns and rows of the overview grid
OVERVIEW_CELL_HW = (100, 150)
OVERVIEW_COLS = 8
OVERVIEW_ROWS = 6
OVERVIEW_CAPTION_H = 16
OVERVIEW_TEXT_SIZE = 11


def overview_targets(targets, count=OVERVIEW_COLS * OVERVIEW_ROWS):
    """Pick ``count`` targets round-robin over the modules (modules sorted).

    Within a module the order is that of the module's ``__all__``, so every module
    is shown before any module is shown twice.
    """
    order = {entry.cls: index for index, entry in enumerate(registry.discover())}
    queues = {}
    for target in sorted(targets, key=lambda t: order.get(t.cls, len(order))):
        queues.setdefault(target.family, []).append(target)
    picked = []
    while len(picked) < count and any(queues.values()):
        for family in sorted(queues):
            if queues[family] and len(picked) < count:
                picked.append(queues[family].pop(0))
    return picked


def render_overview(targets, seed: int = SEED) -> np.ndarray:
    """One augmented sample of each of ``targets``, labelled, in one grid.

    Of the eight outputs drawn for the gallery picture, the one that differs most
    from the input is shown, so that every cell shows its augmenter at work.
    """
    from imgaug import imgaug as ia

    cell_h, cell_w = OVERVIEW_CELL_HW
    step_y = cell_h + OVERVIEW_CAPTION_H + GAP
    nb_rows = -(-len(targets) // OVERVIEW_COLS)
    height = GAP + nb_rows * step_y
    width = GAP + OVERVIEW_COLS * (cell_w + GAP)
    grid = np.full((height, width, 3), BACKGROUND, dtype=np.uint8)
    for index, target in enumerate(targets):
        input_image, outputs = augment_sample(target, NB_COLS * NB_ROWS_AUG, seed)
        input_cell = _fit_into_cell(input_image).astype(np.int16)
        cells = [_fit_into_cell(output) for output in outputs]
        best = max(cells, key=lambda cell: np.abs(cell - input_cell).mean())
        small = _fit_into_cell(best, OVERVIEW_CELL_HW)
        y = GAP + (index // OVERVIEW_COLS) * step_y
        x = GAP + (index % OVERVIEW_COLS) * (cell_w + GAP)
        grid[y : y + cell_h, x : x + cell_w] = small
        # the caption is drawn into a strip of the cell's width: long names are cut
        strip = np.full((OVERVIEW_CAPTION_H, cell_w, 3), BACKGROUND, dtype=np.uint8)
        strip = ia.draw_text(
            strip, 1, 1, target.cls.__name__, color=TEXT_COLOR, size=OVERVIEW_TEXT_SIZE
        )
        grid[y + cell_h : y + cell_h + OVERVIEW_CAPTION_H, x : x + cell_w] = strip
    return grid


# ------------------------------------------------------------- README gallery table
#: Augmenters the README's short gallery table prefers (``<module>.<Name>``);
#: those without a picture are left out and the table is filled round-robin.
README_SHOWCASE = (
    "geometric.Affine",
    "size.CropAndPad",
    "arithmetic.CoarseDropout",
    "color.AddToHueAndSaturation",
    "weather.Clouds",
    "blur.MotionBlur",
    "segmentation.Superpixels",
    "artistic.Cartoon",
    "mix.Mosaic",
    "imgcorruptlike.Frost",
    "arithmetic.AdditiveGaussianNoise",
    "geometric.ElasticTransformation",
)
README_TABLE_SIZE = 9
README_TABLE_COLS = 3
README_START = "<!-- gallery-table:start (docs/scripts/gen_images.py --readme) -->"
README_END = "<!-- gallery-table:end -->"


def readme_table_entries(images_dir=DEFAULT_OUT_DIR, size=README_TABLE_SIZE):
    """Return up to ``size`` registry entries with a picture for the README table."""
    entries = [
        entry
        for entry in registry.discover()
        if os.path.isfile(os.path.join(images_dir, entry.module, entry.name + ".jpg"))
    ]
    by_name = {f"{entry.module}.{entry.name}": entry for entry in entries}
    picked = [by_name[name] for name in README_SHOWCASE if name in by_name]
    queues = registry.by_module([e for e in entries if e not in picked])
    while len(picked) < size and any(queues.values()):
        for module in queues:
            if queues[module] and len(picked) < size:
                picked.append(queues[module].pop(0))
    return picked[0:size]


def readme_table(entries) -> str:
    """Return the HTML table of the README (pictures link to themselves)."""
    lines = ["<table>"]
    for start in range(0, len(entries), README_TABLE_COLS):
        lines.append("<tr>")
        for entry in entries[start : start + README_TABLE_COLS]:
            path = entry.picture_relpath
            lines.append(
                f'<td><a href="{path}"><img src="{path}" width="260" '
                f'alt="Examples of {entry.qualname}"></a><br>'
                f"<code>{entry.module}.{entry.name}</code></td>"
            )
        lines.append("</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def update_readme(path=README_PATH, images_dir=DEFAULT_OUT_DIR) -> bool:
    """Rewrite the README's gallery table between its markers; True if changed."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    start, end = text.index(README_START), text.index(README_END)
    table = readme_table(readme_table_entries(images_dir))
    new_text = text[: start + len(README_START)] + "\n" + table + "\n" + text[end:]
    if new_text == text:
        return False
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(new_text)
    return True


# ---------------------------------------------------------------------- files
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

    A near-identical file is still replaced if the new encoding is markedly smaller
    (``SHRINK_FACTOR``). Returns ``"new"``, ``"updated"`` or ``"unchanged"``.
    """
    data = encode_jpeg(image)
    status = "new"
    if os.path.exists(path):
        old = _decode(path)
        new = _decode(data)
        smaller = len(data) < SHRINK_FACTOR * os.path.getsize(path)
        same = old.shape == new.shape and mean_abs_difference(old, new) <= threshold
        if same and not smaller:
            return "unchanged"
        status = "updated"
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data)
    return status


def output_path(out_dir: str, target: Target) -> str:
    """Return ``<out_dir>/<family>/<Name>.jpg`` for a target."""
    return os.path.join(out_dir, target.family, target.picture_name + ".jpg")


def helper_targets() -> list[Target]:
    """Targets for the helper classes of ``HELPERS`` (drawn through an augmenter)."""
    import imgaug.augmenters as iaa

    targets = []
    for name, (family, example) in HELPERS.items():
        cls = getattr(iaa, example.expr.split("(", 1)[0].removeprefix("iaa."))
        targets.append(Target(name, cls, family, example, name=name))
    return targets


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
    targets, _ = discover_targets()
    targets += helper_targets()
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
            log(f"{status:>9}  {target.family}/{target.picture_name}.jpg")
    return results


def generate_overview(out_dir=DEFAULT_OUT_DIR, threshold=DEFAULT_THRESHOLD) -> str:
    """Write ``<out_dir>/overview.jpg``; returns the status of the file."""
    targets, _ = discover_targets()
    grid = render_overview(overview_targets(targets))
    return write_if_changed(os.path.join(out_dir, OVERVIEW_NAME), grid, threshold)


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
    parser.add_argument(
        "--overview", action="store_true", help="write images/overview.jpg"
    )
    parser.add_argument(
        "--readme", action="store_true", help="rewrite the README gallery table"
    )
    args = parser.parse_args(argv)

    if args.list:
        targets, skipped = discover_targets()
        for target in targets:
            configured = "" if target.key in EXAMPLES else "  (default arguments)"
            print(f"{target.family}/{target.cls.__name__}.jpg{configured}")
        for key, reason in skipped.items():
            print(f"skipped {key}: {reason}")
        return 0

    everything = not (args.names or args.overview or args.readme)
    failed = []
    if args.names or everything:
        results = generate(
            args.names or None, out_dir=args.out, threshold=args.threshold
        )
        failed = [key for key, status in results.items() if status.startswith("failed")]
        counts = {}
        for status in results.values():
            key = "failed" if status.startswith("failed") else status
            counts[key] = counts.get(key, 0) + 1
        print(", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "nothing")
    if args.overview or everything:
        status = generate_overview(args.out, args.threshold)
        print(f"{status:>9}  {OVERVIEW_NAME}")
    if args.readme or everything:
        changed = update_readme(images_dir=args.out)
        print(f"{'updated' if changed else 'unchanged':>9}  README.md gallery table")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
