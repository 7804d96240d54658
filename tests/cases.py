"""Registry of augmenter cases for the generic contract tests (``tests/contract``).

``CASES`` maps a case name to a zero-argument callable that returns a *fresh*
augmenter with reasonable random parameters: a ``functools.partial(iaa.X, ...)`` for
leaves, a small module-level function for containers (so that every instance owns
its children instead of sharing them through a bound list).

``PROPERTIES`` holds what the contract tests need to know about each case:

* ``allowed`` / ``disallowed`` -- dtype names from the augmenter's "Supported dtypes"
  docstring block (and the spec tables): allowed dtypes must come back unchanged
  (dtype and, for shape-keeping cases, shape) without any warning; disallowed ones
  must raise ``ValueError``. Dtypes that are neither are not tested.
* ``changes_shape`` -- output images may have another height/width than the input.
* ``min_channels`` -- the smallest channel count the case is defined for (``2D``
  and 1-channel images are skipped below it).
* ``max_channels`` -- the largest channel count the case is defined for (None: no
  limit); images with more channels must raise ``ValueError``.
* ``removes_items`` -- the case may drop keypoints/boxes/polygons/line strings
  (all other cases keep the number of items, also outside the image).

``NOT_GENERIC`` lists public augmenters without a generic case, with the reason.
"""

import functools
import warnings

import numpy as np

import imgaug.augmenters as iaa

P = functools.partial

#: All 13 dtypes of the 0.4.0 dtype tables (``float128`` only where numpy has it).
ALL_DTYPES = (
    "bool uint8 uint16 uint32 uint64 int8 int16 int32 int64 float16 float32 "
    "float64" + (" float128" if hasattr(np, "float128") else "")
).split()


def _dtypes(text):
    names = text.split()
    unknown = set(names) - set(ALL_DTYPES) - {"float128"}
    assert not unknown, unknown
    return tuple(name for name in names if name in ALL_DTYPES)


#: ``iaa.imresize_many_images`` with a non-nearest interpolation (crop/pad with
#: ``keep_size=True``, ``Resize`` with cubic, ``KeepSizeByResize``).
RESIZE_ALLOWED = _dtypes("bool uint8 uint16 int8 int16 float16 float32 float64")
RESIZE_DISALLOWED = _dtypes("uint32 uint64 int32 int64 float128")
#: ``add_scalar`` / ``add_elementwise`` / ``multiply_*`` (spec §3.1).
ARITHMETIC_ALLOWED = _dtypes("bool uint8 uint16 int8 int16 float16 float32")
ARITHMETIC_DISALLOWED = _dtypes("uint32 uint64 int32 int64 float64 float128")
#: ``Affine`` with the auto backend (spec §14.3).
AFFINE_ALLOWED = _dtypes(
    "bool uint8 uint16 uint32 int8 int16 int32 float16 float32 float64"
)
AFFINE_DISALLOWED = _dtypes("uint64 int64 float128")
#: deprecated ``AffineCv2`` (docstring; ``int32`` only with nearest neighbour).
AFFINE_CV2_ALLOWED = _dtypes("bool uint8 uint16 int8 int16 float16 float32 float64")
AFFINE_CV2_DISALLOWED = _dtypes("uint32 uint64 int64 float128")
#: ``blur_gaussian_`` with ``backend="auto"`` (spec §6.1).
GAUSSIAN_BLUR_ALLOWED = tuple(d for d in ALL_DTYPES if d != "float128")
GAUSSIAN_BLUR_DISALLOWED = _dtypes("float128")

CASES = {}
PROPERTIES = {}


def _add(
    name,
    make,
    allowed=ALL_DTYPES,
    disallowed=(),
    changes_shape=False,
    min_channels=1,
    removes_items=False,
    max_channels=None,
):
    assert name not in CASES, name
    assert not set(allowed) & set(disallowed), name
    CASES[name] = make
    PROPERTIES[name] = {
        "allowed": tuple(allowed),
        "disallowed": tuple(disallowed),
        "changes_shape": changes_shape,
        "min_channels": min_channels,
        "max_channels": max_channels,
        "removes_items": removes_items,
    }


# ---------------------------------------------------------------- meta


def _sequential():
    return iaa.Sequential([iaa.Fliplr(0.5), iaa.Flipud(0.5)], random_order=True)


def _sequential_mixed():
    return iaa.Sequential([iaa.Affine(rotate=(-20, 20)), iaa.Add((-10, 10))])


def _some_of():
    return iaa.SomeOf(
        (0, None), [iaa.Fliplr(1.0), iaa.Flipud(1.0), iaa.Identity()], random_order=True
    )


def _one_of():
    return iaa.OneOf([iaa.Fliplr(1.0), iaa.Flipud(1.0), iaa.Identity()])


def _sometimes():
    return iaa.Sometimes(0.5, iaa.Fliplr(1.0), iaa.Flipud(1.0))


def _with_channels():
    return iaa.WithChannels([0, 1], iaa.Add((-20, 20)))


def _keep_size_by_resize():
    return iaa.KeepSizeByResize(iaa.Crop(px=(1, 3), keep_size=False))


_add("Sequential", _sequential)
_add(
    "Sequential-Affine-Add",
    _sequential_mixed,
    allowed=ARITHMETIC_ALLOWED,
    disallowed=ARITHMETIC_DISALLOWED,
)
_add("SomeOf", _some_of)
_add("OneOf", _one_of)
_add("Sometimes", _sometimes)
_add(
    "WithChannels",
    _with_channels,
    allowed=ARITHMETIC_ALLOWED,
    disallowed=ARITHMETIC_DISALLOWED,
    min_channels=2,
)
_add("Identity", P(iaa.Identity))
_add("Noop", P(iaa.Noop))
_add("ChannelShuffle", P(iaa.ChannelShuffle, 0.5))
_add("ChannelShuffle-some", P(iaa.ChannelShuffle, 1.0, channels=[0, 1]), min_channels=2)
_add(
    "RemoveCBAsByOutOfImageFraction",
    P(iaa.RemoveCBAsByOutOfImageFraction, 0.6),
    removes_items=True,
)
_add("ClipCBAsToImagePlanes", P(iaa.ClipCBAsToImagePlanes), removes_items=True)

# ---------------------------------------------------------------- flip

_add("Fliplr", P(iaa.Fliplr, 0.5))
_add("Flipud", P(iaa.Flipud, 0.5))

# ---------------------------------------------------------------- size

_RESIZE = {"allowed": RESIZE_ALLOWED, "disallowed": RESIZE_DISALLOWED}
_add(
    "CropAndPad",
    P(iaa.CropAndPad, px=((-3, -1), (1, 3), (-3, -1), (1, 3)), pad_mode="edge"),
    **_RESIZE,
)
_add(
    "CropAndPad-percent-no-keep",
    P(
        iaa.CropAndPad,
        percent=(-0.2, 0.2),
        pad_mode=["constant", "edge", "reflect"],
        pad_cval=(0, 10),
        keep_size=False,
    ),
    changes_shape=True,
)
_add("Crop", P(iaa.Crop, px=(1, 3)), **_RESIZE)
_add(
    "Crop-no-keep",
    P(iaa.Crop, percent=(0.0, 0.2), keep_size=False, sample_independently=False),
    changes_shape=True,
)
_add("Pad", P(iaa.Pad, px=(1, 3), pad_mode=["constant", "edge"]), **_RESIZE)
_add(
    "Pad-no-keep",
    P(iaa.Pad, percent=(0.0, 0.2), pad_cval=(0, 10), keep_size=False),
    changes_shape=True,
)
_add(
    "Resize",
    P(iaa.Resize, {"height": (8, 12), "width": (28, 32)}),
    allowed=RESIZE_ALLOWED,
    disallowed=RESIZE_DISALLOWED,
    changes_shape=True,
)
_add(
    "Resize-shorter-side",
    P(
        iaa.Resize,
        {"shorter-side": (10, 14), "longer-side": "keep-aspect-ratio"},
        interpolation=["linear", "area"],
    ),
    allowed=RESIZE_ALLOWED,
    disallowed=RESIZE_DISALLOWED,
    changes_shape=True,
)
_FIXED = {"changes_shape": True}
_add("PadToFixedSize", P(iaa.PadToFixedSize, width=28, height=26), **_FIXED)
_add("CenterPadToFixedSize", P(iaa.CenterPadToFixedSize, 27, 25), **_FIXED)
_add("CropToFixedSize", P(iaa.CropToFixedSize, width=16, height=14), **_FIXED)
_add("CenterCropToFixedSize", P(iaa.CenterCropToFixedSize, 17, 15), **_FIXED)
_add("CropToMultiplesOf", P(iaa.CropToMultiplesOf, 7, 6), **_FIXED)
_add("CenterCropToMultiplesOf", P(iaa.CenterCropToMultiplesOf, 7, 6), **_FIXED)
_add("PadToMultiplesOf", P(iaa.PadToMultiplesOf, 7, 6), **_FIXED)
_add("CenterPadToMultiplesOf", P(iaa.CenterPadToMultiplesOf, 7, 6), **_FIXED)
_add("CropToPowersOf", P(iaa.CropToPowersOf, 4, 2), **_FIXED)
_add("CenterCropToPowersOf", P(iaa.CenterCropToPowersOf, 4, 2), **_FIXED)
_add("PadToPowersOf", P(iaa.PadToPowersOf, 3, 4), **_FIXED)
_add("CenterPadToPowersOf", P(iaa.CenterPadToPowersOf, 3, 4), **_FIXED)
_add("CropToAspectRatio", P(iaa.CropToAspectRatio, 0.8), **_FIXED)
_add("CenterCropToAspectRatio", P(iaa.CenterCropToAspectRatio, 1.5), **_FIXED)
_add("PadToAspectRatio", P(iaa.PadToAspectRatio, 1.5), **_FIXED)
_add("CenterPadToAspectRatio", P(iaa.CenterPadToAspectRatio, 0.8), **_FIXED)
_add("CropToSquare", P(iaa.CropToSquare), **_FIXED)
_add("CenterCropToSquare", P(iaa.CenterCropToSquare), **_FIXED)
_add("PadToSquare", P(iaa.PadToSquare, pad_mode="edge"), **_FIXED)
_add("CenterPadToSquare", P(iaa.CenterPadToSquare), **_FIXED)
_add("KeepSizeByResize", _keep_size_by_resize, **_RESIZE)

# ---------------------------------------------------------------- geometric

_AFFINE = {"allowed": AFFINE_ALLOWED, "disallowed": AFFINE_DISALLOWED}
_add(
    "Affine",
    P(
        iaa.Affine,
        scale=(0.8, 1.2),
        translate_percent=(-0.1, 0.1),
        rotate=(-25, 25),
        shear=(-10, 10),
    ),
    **_AFFINE,
)
_add(
    "Affine-dict-px-order0-edge",
    P(
        iaa.Affine,
        scale={"x": (0.9, 1.1), "y": (0.8, 1.2)},
        translate_px={"x": (-3, 3), "y": (-2, 2)},
        rotate=(-40, 40),
        order=0,
        mode="edge",
    ),
    **_AFFINE,
)
_add(
    "Affine-fit-output",
    P(iaa.Affine, rotate=(-45, 45), fit_output=True),
    changes_shape=True,
    **_AFFINE,
)
_add(
    "Affine-skimage-cubic",
    P(iaa.Affine, rotate=(-20, 20), order=3, cval=(0, 20), backend="skimage"),
    **_AFFINE,
)
_add("ScaleX", P(iaa.ScaleX, (0.7, 1.3)), **_AFFINE)
_add("ScaleY", P(iaa.ScaleY, (0.7, 1.3)), **_AFFINE)
_add("TranslateX", P(iaa.TranslateX, percent=(-0.2, 0.2)), **_AFFINE)
_add("TranslateY", P(iaa.TranslateY, px=(-4, 4)), **_AFFINE)
_add("Rotate", P(iaa.Rotate, (-30, 30)), **_AFFINE)
_add("ShearX", P(iaa.ShearX, (-20, 20)), **_AFFINE)
_add("ShearY", P(iaa.ShearY, (-20, 20)), **_AFFINE)


def _affine_cv2(**kwargs):
    """``AffineCv2`` warns on construction (deprecated); silence that here."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return iaa.AffineCv2(**kwargs)


_add(
    "AffineCv2",
    P(_affine_cv2, scale=(0.9, 1.1), translate_px=(-2, 2), rotate=(-20, 20)),
    allowed=AFFINE_CV2_ALLOWED,
    disallowed=AFFINE_CV2_DISALLOWED,
)

#: ``ElasticTransformation`` (docstring; uint64/int64 only with order != 0).
ELASTIC_ALLOWED = _dtypes(
    "bool uint8 uint16 uint32 int8 int16 int32 float16 float32 float64"
)
_add(
    "ElasticTransformation",
    P(iaa.ElasticTransformation, alpha=(0, 10), sigma=(3, 6)),
    allowed=ELASTIC_ALLOWED,
    disallowed=_dtypes("float128"),
)
_add(
    "ElasticTransformation-order0-nearest",
    P(iaa.ElasticTransformation, alpha=(2, 8), sigma=(2, 4), order=0, mode="nearest"),
    allowed=ELASTIC_ALLOWED,
    disallowed=_dtypes("uint64 int64 float128"),
)

# ---------------------------------------------------------------- arithmetic

_ARITH = {"allowed": ARITHMETIC_ALLOWED, "disallowed": ARITHMETIC_DISALLOWED}
_add("Add", P(iaa.Add, (-20, 20), per_channel=0.5), **_ARITH)
_add("AddElementwise", P(iaa.AddElementwise, (-10, 10), per_channel=0.5), **_ARITH)
_add(
    "AdditiveGaussianNoise",
    P(iaa.AdditiveGaussianNoise, scale=(0, 15), per_channel=0.5),
    **_ARITH,
)
_add(
    "AdditiveLaplaceNoise",
    P(iaa.AdditiveLaplaceNoise, scale=(0, 15), per_channel=0.5),
    **_ARITH,
)
_add(
    "AdditivePoissonNoise",
    P(iaa.AdditivePoissonNoise, lam=(0, 15), per_channel=0.5),
    **_ARITH,
)
_add("Multiply", P(iaa.Multiply, (0.8, 1.2), per_channel=0.5), **_ARITH)
_add(
    "MultiplyElementwise",
    P(iaa.MultiplyElementwise, (0.8, 1.2), per_channel=0.5),
    **_ARITH,
)

# ---------------------------------------------------------------- blur

_add(
    "GaussianBlur",
    P(iaa.GaussianBlur, (0.0, 1.5)),
    allowed=GAUSSIAN_BLUR_ALLOWED,
    disallowed=GAUSSIAN_BLUR_DISALLOWED,
)

# ---------------------------------------------------------------- arithmetic (rest)
# (cases of this family go here)

# ---------------------------------------------------------------- artistic
# (cases of this family go here)

# ---------------------------------------------------------------- blend
# (cases of this family go here)

# ---------------------------------------------------------------- blur (rest)
# (cases of this family go here)

# ---------------------------------------------------------------- collections
# (cases of this family go here)

# ---------------------------------------------------------------- color

#: every colour augmenter works on uint8 only (OpenCV colour conversions, spec §9)
COLOR_ALLOWED = _dtypes("uint8")
COLOR_DISALLOWED = tuple(d for d in ALL_DTYPES if d != "uint8")
#: RGB-like images only (spec §9: 1, 2, 4+ channels raise)
_RGB = {
    "allowed": COLOR_ALLOWED,
    "disallowed": COLOR_DISALLOWED,
    "min_channels": 3,
    "max_channels": 3,
}
#: quantization: 1, 3 or 4 (alpha) channels
_QUANTIZATION = {
    "allowed": COLOR_ALLOWED,
    "disallowed": COLOR_DISALLOWED,
    "max_channels": 4,
}


def _with_colorspace():
    return iaa.WithColorspace(
        "HSV", children=iaa.WithChannels(0, iaa.Multiply((0.8, 1.2)))
    )


def _with_colorspace_geometric():
    return iaa.WithColorspace("Lab", children=[iaa.Fliplr(0.5), iaa.Add((-10, 10))])


def _with_brightness_channels():
    return iaa.WithBrightnessChannels(iaa.Add((-30, 30)))


def _with_brightness_channels_geometric():
    return iaa.WithBrightnessChannels([iaa.Fliplr(0.5)], to_colorspace=["HSV", "Lab"])


def _with_hue_and_saturation():
    return iaa.WithHueAndSaturation(iaa.WithChannels(0, iaa.Add((-30, 30))))


def _with_hue_and_saturation_elementwise():
    # value (brightness) is kept, so a geometric child would move hue/saturation
    # away from the blob; an elementwise child takes the general path as well
    return iaa.WithHueAndSaturation(
        [iaa.WithChannels(1, iaa.Add((-20, 20))), iaa.AddElementwise((-5, 5))]
    )


_add("WithColorspace", _with_colorspace, **_RGB)
_add("WithColorspace-geometric-child", _with_colorspace_geometric, **_RGB)
_add("WithBrightnessChannels", _with_brightness_channels, **_RGB)
_add(
    "WithBrightnessChannels-geometric-child",
    _with_brightness_channels_geometric,
    **_RGB,
)
_add("MultiplyAndAddToBrightness", P(iaa.MultiplyAndAddToBrightness), **_RGB)
_add("MultiplyBrightness", P(iaa.MultiplyBrightness, (0.5, 1.5)), **_RGB)
_add("AddToBrightness", P(iaa.AddToBrightness, (-30, 30)), **_RGB)
_add("WithHueAndSaturation", _with_hue_and_saturation, **_RGB)
_add(
    "WithHueAndSaturation-elementwise-child",
    _with_hue_and_saturation_elementwise,
    **_RGB,
)
_add(
    "MultiplyHueAndSaturation",
    P(iaa.MultiplyHueAndSaturation, (0.5, 1.5), per_channel=0.5),
    **_RGB,
)
_add("MultiplyHueAndSaturation-separate", P(iaa.MultiplyHueAndSaturation), **_RGB)
_add("MultiplyHue", P(iaa.MultiplyHue, (0.5, 1.5)), **_RGB)
_add("MultiplySaturation", P(iaa.MultiplySaturation, (0.5, 1.5)), **_RGB)
_add("RemoveSaturation", P(iaa.RemoveSaturation, (0.0, 1.0)), **_RGB)
_add(
    "AddToHueAndSaturation",
    P(iaa.AddToHueAndSaturation, (-50, 50), per_channel=0.5),
    **_RGB,
)
_add("AddToHueAndSaturation-separate", P(iaa.AddToHueAndSaturation), **_RGB)
_add("AddToHue", P(iaa.AddToHue, (-50, 50)), **_RGB)
_add("AddToSaturation", P(iaa.AddToSaturation), **_RGB)
_add(
    "ChangeColorspace",
    P(iaa.ChangeColorspace, ["HSV", "Lab", "GRAY", "BGR"], alpha=(0.0, 1.0)),
    **_RGB,
)
_add("Grayscale", P(iaa.Grayscale, (0.0, 1.0)), **_RGB)
_add("Grayscale-BGR", P(iaa.Grayscale, 1.0, from_colorspace="BGR"), **_RGB)
_add("ChangeColorTemperature", P(iaa.ChangeColorTemperature), **_RGB)
_add("KMeansColorQuantization", P(iaa.KMeansColorQuantization), **_QUANTIZATION)
_add(
    "KMeansColorQuantization-downscaled",
    P(iaa.KMeansColorQuantization, (3, 6), to_colorspace="Lab", max_size=12),
    **_QUANTIZATION,
)
_add("UniformColorQuantization", P(iaa.UniformColorQuantization), **_QUANTIZATION)
_add(
    "UniformColorQuantization-HSV-downscaled",
    P(iaa.UniformColorQuantization, (3, 9), to_colorspace="HSV", max_size=16),
    **_QUANTIZATION,
)
_add(
    "UniformColorQuantizationToNBits",
    P(iaa.UniformColorQuantizationToNBits),
    **_QUANTIZATION,
)
_add("Posterize", P(iaa.Posterize, (1, 8)), **_QUANTIZATION)

# ---------------------------------------------------------------- contrast
# (cases of this family go here)

# ---------------------------------------------------------------- convolutional
# (cases of this family go here)

# ---------------------------------------------------------------- debug
# (cases of this family go here)

# ---------------------------------------------------------------- edges
# (cases of this family go here)

# ---------------------------------------------------------------- geometric (rest)
# (cases of this family go here)

# ---------------------------------------------------------------- imgcorruptlike
# (cases of this family go here)

# ---------------------------------------------------------------- pillike
# (cases of this family go here)

# ---------------------------------------------------------------- pooling
# (cases of this family go here)

# ---------------------------------------------------------------- segmentation
# (cases of this family go here)

# ---------------------------------------------------------------- weather
# (cases of this family go here)

# ---------------------------------------------------------------- mix
# (cases of this family go here)

# ---------------------------------------------------------------- exclusions

NOT_GENERIC = {
    "Augmenter": "abstract base class",
    "Lambda": "behaviour is defined by user callbacks (tests/augmenters/test_meta.py)",
    "AssertLambda": "needs user assertion callbacks (tests/augmenters/test_meta.py)",
    "AssertShape": "asserts one fixed shape; other shapes must raise (test_meta.py)",
}
