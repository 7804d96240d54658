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
* ``min_size`` -- the smallest height and width the case is defined for; the
  contract tests use images of at least this size, and smaller non-empty images
  must raise ``ValueError``.
* ``channel_counts`` -- the channel counts the case is defined for (``None``: any;
  a ``range`` for "N or more"; ``1`` includes images without channel axis). The
  tests' RGB images need ``3`` among them.
* ``other_channels`` -- what non-empty images of other channel counts do:
  ``"raise"`` a ``ValueError`` (default) or ``"warn"`` (a ``UserWarning``, then
  processed channel by channel, e.g. the colorspace-based contrast cases).
* ``blob`` -- whether the contract tests' bright blob shows where the image moved:
  ``"kept"`` (default), ``"may_be_covered"`` (the case pastes donor content over
  the image; rows whose blob area changed are not checked) or ``"hidden"``
  (noise, textures or streaks change pixel values so much that the blob's
  centroid says nothing; the alignment checks are skipped).
* ``items`` -- what happens to the number of keypoints/boxes/polygons/line
  strings: ``"kept"`` (default; also items outside the image), ``"removes"``
  (items may be dropped) or ``"adds"`` (donors' items are appended after the
  image's own, which may also be dropped; the alignment test checks the first
  item of each kind).
* ``value_range_relative`` -- the result depends on the dtype's value range (invert,
  contrast curves), so other dtypes are not compared with the uint8 result (their
  exact values are tested in ``tests/augmenters``).
* ``donors`` -- for mixing augmenters (``imgaug.augmenters.mix``): a function
  ``donors(shapes, dtype, images) -> list`` returning the donor list of every row of
  a call (``images`` is None for calls without images). The contract tests pass the
  result under the augmenter's ``metadata_key`` with every call.

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


#: ``channel_counts`` of cases defined for two channels or more
TWO_OR_MORE_CHANNELS = range(2, 2**16)
_OTHER_CHANNELS = ("raise", "warn")
_BLOB = ("kept", "may_be_covered", "hidden")
_ITEMS = ("kept", "removes", "adds")


def _add(
    name,
    make,
    allowed=ALL_DTYPES,
    disallowed=(),
    changes_shape=False,
    min_size=1,
    channel_counts=None,
    other_channels="raise",
    blob="kept",
    items="kept",
    value_range_relative=False,
    donors=None,
):
    assert name not in CASES, name
    assert not set(allowed) & set(disallowed), name
    assert channel_counts is None or 3 in channel_counts, name
    assert other_channels in _OTHER_CHANNELS, name
    assert blob in _BLOB and items in _ITEMS, name
    CASES[name] = make
    PROPERTIES[name] = {
        "allowed": tuple(allowed),
        "disallowed": tuple(disallowed),
        "changes_shape": changes_shape,
        "min_size": min_size,
        "channel_counts": channel_counts,
        "other_channels": other_channels,
        "blob": blob,
        "items": items,
        "value_range_relative": value_range_relative,
        "donors": donors,
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
    channel_counts=TWO_OR_MORE_CHANNELS,
)
_add("Identity", P(iaa.Identity))
_add("Noop", P(iaa.Noop))
_add("ChannelShuffle", P(iaa.ChannelShuffle, 0.5))
_add("ChannelShuffle-some", P(iaa.ChannelShuffle, 1.0, channels=[0, 1]))
_add(
    "RemoveCBAsByOutOfImageFraction",
    P(iaa.RemoveCBAsByOutOfImageFraction, 0.6),
    items="removes",
)
_add("ClipCBAsToImagePlanes", P(iaa.ClipCBAsToImagePlanes), items="removes")

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

#: ``replace_elementwise_`` (spec §3.1).
REPLACE_ALLOWED = _dtypes(
    "bool uint8 uint16 uint32 int8 int16 int32 float16 float32 float64"
)
REPLACE_DISALLOWED = _dtypes("uint64 int64 float128")
#: ``compress_jpeg``: uint8 only.
UINT8_ONLY_DISALLOWED = tuple(d for d in ALL_DTYPES if d != "uint8")

_add("Cutout", P(iaa.Cutout, nb_iterations=(1, 3), size=(0.1, 0.3)))
_add(
    "Cutout-gaussian",
    P(
        iaa.Cutout,
        size=(0.05, 0.1),  # small noise areas keep the blob centroid in place
        fill_mode=["constant", "gaussian"],
        cval=(0, 255),
        fill_per_channel=0.5,
        squared=0.5,
    ),
    value_range_relative=True,  # gaussian noise spans each dtype's range
)
_add("Dropout", P(iaa.Dropout, p=(0.0, 0.2), per_channel=0.5), **_ARITH)
_add(
    "CoarseDropout",
    P(iaa.CoarseDropout, (0.0, 0.3), size_px=(2, 6), per_channel=0.5),
    **_ARITH,
)
_add(
    "CoarseDropout-percent",
    P(iaa.CoarseDropout, 0.9, size_percent=(0.05, 0.3), min_size=2),
    **_ARITH,
)
_add("Dropout2d", P(iaa.Dropout2d, p=0.5))
_add(
    "Dropout2d-all",
    P(iaa.Dropout2d, p=0.5, nb_keep_channels=0),
    items="removes",
)
_add("TotalDropout", P(iaa.TotalDropout, 0.5), items="removes")
_REPLACE = {"allowed": REPLACE_ALLOWED, "disallowed": REPLACE_DISALLOWED}
_add(
    "ReplaceElementwise",
    P(iaa.ReplaceElementwise, 0.1, [0, 50, 100], per_channel=0.5),
    **_REPLACE,
)
# Salt and pepper values span 0..255: int8 images clip them (value range relative).
# Low probabilities: salt adds bright pixels, which would move the blob's centroid.
_SALT = {**_REPLACE, "value_range_relative": True}
_add("SaltAndPepper", P(iaa.SaltAndPepper, (0.0, 0.01)), **_SALT)
_add("ImpulseNoise", P(iaa.ImpulseNoise, (0.0, 0.01)), **_SALT)
_add(
    "CoarseSaltAndPepper",
    P(iaa.CoarseSaltAndPepper, (0.0, 0.02), size_px=(4, 8), per_channel=0.5),
    **_SALT,
)
_add("Salt", P(iaa.Salt, (0.0, 0.01)), **_SALT)
_add("CoarseSalt", P(iaa.CoarseSalt, (0.0, 0.001), size_px=(8, 12)), **_SALT)
_add("Pepper", P(iaa.Pepper, (0.0, 0.1), per_channel=True), **_SALT)
_add("CoarsePepper", P(iaa.CoarsePepper, 0.1, size_px=4), **_SALT)
_add("Invert", P(iaa.Invert, 0.5, per_channel=0.5), value_range_relative=True)
_add(
    "Invert-threshold",
    P(iaa.Invert, 0.75, threshold=(20, 80), invert_above_threshold=0.5),
    value_range_relative=True,
)
_add(
    "Invert-range",
    P(iaa.Invert, 0.5, min_value=10, max_value=100),
    allowed=_dtypes("uint8 uint16 uint32 int8 int16 int32 float16 float32"),
    disallowed=_dtypes("bool uint64 int64 float64 float128"),
    value_range_relative=True,
)
_add("Solarize", P(iaa.Solarize, 0.5, threshold=(32, 128)), value_range_relative=True)
_add(
    "JpegCompression",
    P(iaa.JpegCompression, compression=(50, 99)),
    allowed=("uint8",),
    disallowed=UINT8_ONLY_DISALLOWED,
    channel_counts=(1, 3),
)

# ---------------------------------------------------------------- artistic

_UINT8_ONLY = {
    "allowed": _dtypes("uint8"),
    "disallowed": tuple(d for d in ALL_DTYPES if d != "uint8"),
}
_add("Cartoon", P(iaa.Cartoon), **_UINT8_ONLY, channel_counts=(3,))
_add(
    "Cartoon-bgr",
    P(iaa.Cartoon, blur_ksize=(3, 5), from_colorspace="BGR"),
    **_UINT8_ONLY,
    channel_counts=(3,),
)

# ---------------------------------------------------------------- blend
#: ``blend_alpha`` (spec §5.1): everything but float128
BLEND_ALLOWED = tuple(d for d in ALL_DTYPES if d != "float128")
BLEND_DISALLOWED = _dtypes("float128")
_BLEND_ADD = {"allowed": ARITHMETIC_ALLOWED, "disallowed": ARITHMETIC_DISALLOWED}


def _blend_alpha_flip():
    # alphas of exactly 0 or 1: images and annotations come from one branch each
    return iaa.BlendAlpha([0.0, 1.0], iaa.Fliplr(1.0), iaa.Flipud(1.0))


def _blend_alpha_add():
    return iaa.BlendAlpha((0.0, 1.0), iaa.Add((-20, 20)), per_channel=0.5)


def _blend_alpha_background_only():
    return iaa.BlendAlpha((0.2, 0.8), background=iaa.Multiply((0.8, 1.2)))


def _blend_alpha_mask():
    gen = iaa.InvertMaskGen(0.5, iaa.HorizontalLinearGradientMaskGen())
    return iaa.BlendAlphaMask(gen, iaa.Add((-20, 20)), iaa.Multiply((0.8, 1.2)))


def _blend_alpha_elementwise():
    return iaa.BlendAlphaElementwise((0.0, 1.0), iaa.Add(20), per_channel=0.5)


def _blend_alpha_simplex_noise():
    return iaa.BlendAlphaSimplexNoise(iaa.Add((-20, 20)), per_channel=0.5)


def _blend_alpha_frequency_noise():
    return iaa.BlendAlphaFrequencyNoise(
        exponent=(-4, 0), foreground=iaa.Multiply((0.8, 1.2)), size_px_max=(4, 8)
    )


def _blend_alpha_horizontal_gradient():
    return iaa.BlendAlphaHorizontalLinearGradient(iaa.Add(20), iaa.Add(-20))


def _blend_alpha_vertical_gradient():
    return iaa.BlendAlphaVerticalLinearGradient(
        iaa.Add(20), start_at=(0.6, 0.9), end_at=(0.0, 0.3)
    )


def _blend_alpha_regular_grid():
    return iaa.BlendAlphaRegularGrid((1, 4), (2, 5), iaa.Add(20), alpha=(0.0, 1.0))


def _blend_alpha_checkerboard():
    return iaa.BlendAlphaCheckerboard((1, 3), (2, 4), iaa.Multiply(0.5))


_add(
    "BlendAlpha", _blend_alpha_flip, allowed=BLEND_ALLOWED, disallowed=BLEND_DISALLOWED
)
_add("BlendAlpha-Add-per-channel", _blend_alpha_add, **_BLEND_ADD)
_add("BlendAlpha-background", _blend_alpha_background_only, **_BLEND_ADD)
_add("BlendAlphaMask", _blend_alpha_mask, **_BLEND_ADD)
_add("BlendAlphaElementwise", _blend_alpha_elementwise, **_BLEND_ADD)
_add("BlendAlphaSimplexNoise", _blend_alpha_simplex_noise, **_BLEND_ADD)
_add("BlendAlphaFrequencyNoise", _blend_alpha_frequency_noise, **_BLEND_ADD)
_add(
    "BlendAlphaHorizontalLinearGradient", _blend_alpha_horizontal_gradient, **_BLEND_ADD
)
_add("BlendAlphaVerticalLinearGradient", _blend_alpha_vertical_gradient, **_BLEND_ADD)
_add("BlendAlphaRegularGrid", _blend_alpha_regular_grid, **_BLEND_ADD)
_add("BlendAlphaCheckerboard", _blend_alpha_checkerboard, **_BLEND_ADD)

# ---------------------------------------------------------------- blur (rest)

#: ``AverageBlur`` (spec §6.2).
AVERAGE_BLUR_ALLOWED = _dtypes("bool uint8 uint16 int8 int16 float16 float32 float64")
AVERAGE_BLUR_DISALLOWED = _dtypes("uint32 uint64 int32 int64 float128")
#: ``Convolve`` and its subclasses, ``MotionBlur`` (spec §7).
CONVOLVE_ALLOWED = AVERAGE_BLUR_ALLOWED
CONVOLVE_DISALLOWED = AVERAGE_BLUR_DISALLOWED
_AVERAGE = {"allowed": AVERAGE_BLUR_ALLOWED, "disallowed": AVERAGE_BLUR_DISALLOWED}
_CONVOLVE = {"allowed": CONVOLVE_ALLOWED, "disallowed": CONVOLVE_DISALLOWED}
_add("AverageBlur", P(iaa.AverageBlur, k=(1, 5)), **_AVERAGE)
_add("AverageBlur-per-axis", P(iaa.AverageBlur, k=((1, 5), (3, 3))), **_AVERAGE)
_add(
    "MedianBlur",
    P(iaa.MedianBlur, k=(3, 7)),
    allowed=tuple(d for d in ALL_DTYPES if d != "float128"),
    disallowed=_dtypes("float128"),
)
_add(
    "BilateralBlur",
    P(iaa.BilateralBlur, d=(3, 7)),
    allowed=_dtypes("uint8 float16 float32 float64"),
    disallowed=_dtypes("bool uint16 uint32 uint64 int8 int16 int32 int64 float128"),
    channel_counts=(3,),
)
_add("MotionBlur", P(iaa.MotionBlur, k=(3, 7)), **_CONVOLVE)
_add(
    "MotionBlur-order0-fixed",
    P(iaa.MotionBlur, k=5, angle=[0, 45, 90], direction=0.0, order=0),
    **_CONVOLVE,
)
_add(
    "MeanShiftBlur",
    P(iaa.MeanShiftBlur, spatial_radius=(2.0, 5.0), color_radius=(5.0, 15.0)),
    **_UINT8_ONLY,
    channel_counts=(1, 3),
)

# ---------------------------------------------------------------- collections
#: ``RandAugment``'s ``pillike.Posterize`` takes 1, 3 or 4 channels only (as in 0.4.0)
_RANDAUGMENT_CHANNELS = (1, 3, 4)
_add(
    "RandAugment",
    P(iaa.RandAugment, n=(0, 3), m=(6, 12)),
    **_UINT8_ONLY,
    channel_counts=_RANDAUGMENT_CHANNELS,
)
_add(
    "RandAugment-strong",
    P(iaa.RandAugment, n=2, m=20, cval=0),
    **_UINT8_ONLY,
    channel_counts=_RANDAUGMENT_CHANNELS,
)

# ---------------------------------------------------------------- color

#: every colour augmenter works on uint8 only (OpenCV colour conversions, spec §9)
COLOR_ALLOWED = _dtypes("uint8")
COLOR_DISALLOWED = tuple(d for d in ALL_DTYPES if d != "uint8")
#: RGB-like images only (spec §9: 1, 2, 4+ channels raise)
_RGB = {
    "allowed": COLOR_ALLOWED,
    "disallowed": COLOR_DISALLOWED,
    "channel_counts": (3,),
}
#: quantization: 1, 3 or 4 (alpha) channels
_QUANTIZATION = {
    "allowed": COLOR_ALLOWED,
    "disallowed": COLOR_DISALLOWED,
    "channel_counts": (1, 3, 4),
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

#: ``adjust_contrast_gamma``/``_sigmoid`` (spec §10.1): signed ints and floats are
#: "limited" (values must be >= 0), so only the dtypes without limits are tested.
GAMMA_ALLOWED = _dtypes("uint8 uint16 uint32 uint64")
GAMMA_DISALLOWED = _dtypes("bool float128")
#: ``adjust_contrast_log``
LOG_ALLOWED = _dtypes("uint8 uint16")
LOG_DISALLOWED = _dtypes("bool uint32 uint64 int32 int64 float128")
#: ``adjust_contrast_linear``
LINEAR_ALLOWED = _dtypes("uint8 uint16 uint32 int8 int16 int32 float16 float32 float64")
LINEAR_DISALLOWED = _dtypes("bool uint64 int64 float128")
_CONTRAST = {"value_range_relative": True}

_add(
    "GammaContrast",
    P(iaa.GammaContrast, (0.5, 2.0), per_channel=0.5),
    allowed=GAMMA_ALLOWED,
    disallowed=GAMMA_DISALLOWED,
    **_CONTRAST,
)
_add(
    "SigmoidContrast",
    P(iaa.SigmoidContrast, gain=(3, 10), cutoff=(0.4, 0.6), per_channel=0.5),
    allowed=GAMMA_ALLOWED,
    disallowed=GAMMA_DISALLOWED,
    **_CONTRAST,
)
_add(
    "LogContrast",
    P(iaa.LogContrast, gain=(0.6, 1.4), per_channel=0.5),
    allowed=LOG_ALLOWED,
    disallowed=LOG_DISALLOWED,
    **_CONTRAST,
)
_add(
    "LinearContrast",
    P(iaa.LinearContrast, (0.4, 1.6), per_channel=0.5),
    allowed=LINEAR_ALLOWED,
    disallowed=LINEAR_DISALLOWED,
    **_CONTRAST,
)
_add(
    "AllChannelsCLAHE",
    P(iaa.AllChannelsCLAHE, clip_limit=(1, 10), per_channel=0.5),
    allowed=_dtypes("uint8 uint16"),
    disallowed=tuple(d for d in ALL_DTYPES if d not in ("uint8", "uint16")),
    **_CONTRAST,
)
_add(
    "CLAHE",
    P(iaa.CLAHE, clip_limit=(1, 10)),
    allowed=("uint8",),
    disallowed=UINT8_ONLY_DISALLOWED,
    channel_counts=(1, 3, 4),
    other_channels="warn",
)
_add(
    "CLAHE-hsv",
    P(
        iaa.CLAHE,
        clip_limit=(1, 10),
        tile_grid_size_px=((3, 6), (4, 8)),
        to_colorspace="HSV",
    ),
    allowed=("uint8",),
    disallowed=UINT8_ONLY_DISALLOWED,
    channel_counts=(1, 3, 4),
    other_channels="warn",
)
_add(
    "AllChannelsHistogramEqualization",
    P(iaa.AllChannelsHistogramEqualization),
    allowed=("uint8",),
    disallowed=UINT8_ONLY_DISALLOWED,
)
_add(
    "HistogramEqualization",
    P(iaa.HistogramEqualization),
    allowed=("uint8",),
    disallowed=UINT8_ONLY_DISALLOWED,
    channel_counts=(1, 3, 4),
    other_channels="warn",
)

# ---------------------------------------------------------------- convolutional
# alphas stay small so that the results of the noise test images stay within
# [0, 255]: uint8 saturates, other dtypes do not (test_dtypes_agree_with_uint8)


def _random_channel_kernels(image, nb_channels, random_state):
    """A user matrix function: one random normalised 3x3 kernel per channel."""
    kernels = random_state.uniform(0.0, 1.0, size=(nb_channels, 3, 3))
    kernels /= kernels.sum(axis=(1, 2), keepdims=True)
    return list(kernels)


_add(
    "Convolve",
    P(iaa.Convolve, matrix=np.array([[0, 0.1, 0], [0.1, 0.6, 0.1], [0, 0.1, 0]])),
    **_CONVOLVE,
)
_add("Convolve-function", P(iaa.Convolve, matrix=_random_channel_kernels), **_CONVOLVE)
_add("Sharpen", P(iaa.Sharpen, alpha=(0.0, 0.05), lightness=(0.8, 1.2)), **_CONVOLVE)
_add("Emboss", P(iaa.Emboss, alpha=(0.0, 0.2), strength=(0.25, 1.0)), **_CONVOLVE)
_add("EdgeDetect", P(iaa.EdgeDetect, alpha=(0.0, 0.1)), **_CONVOLVE)
_add(
    "DirectedEdgeDetect",
    P(iaa.DirectedEdgeDetect, alpha=(0.0, 0.3), direction=(0.0, 1.0)),
    **_CONVOLVE,
)

# ---------------------------------------------------------------- debug


class _KeepLastDebugImage(iaa.debug._IImageDestination):
    """Debug image destination that keeps only the shape of the last image."""

    def __init__(self):
        self.last_shape = None

    def on_batch(self, batch):
        pass

    def receive(self, image):
        assert image.dtype == np.uint8 and image.ndim == 3
        self.last_shape = image.shape


def _save_debug_image_every_batch():
    return iaa.SaveDebugImageEveryNBatches(_KeepLastDebugImage(), 1)


_add("SaveDebugImageEveryNBatches", _save_debug_image_every_batch)

# ---------------------------------------------------------------- edges

_CANNY_DTYPES = {
    "allowed": _dtypes("uint8"),
    "disallowed": tuple(d for d in ALL_DTYPES if d not in ("uint8", "float16")),
}
_add("Canny", P(iaa.Canny, alpha=(0.0, 0.5)), **_CANNY_DTYPES, channel_counts=(1, 3, 4))
_add(
    "Canny-fixed-colors",
    P(
        iaa.Canny,
        alpha=(0.3, 0.6),
        hysteresis_thresholds=(50, 150),
        sobel_kernel_size=[3, 5],
        colorizer=iaa.RandomColorsBinaryImageColorizer(color_true=255, color_false=0),
    ),
    **_CANNY_DTYPES,
    channel_counts=(1, 3, 4),
)

# ---------------------------------------------------------------- geometric (rest)

#: ``PiecewiseAffine`` (spec section 14.6; uint32/int32 remapped as float64).
PIECEWISE_ALLOWED = _dtypes(
    "bool uint8 uint16 uint32 int8 int16 int32 float16 float32 float64"
)
PIECEWISE_DISALLOWED = _dtypes("uint64 int64 float128")
#: ``PerspectiveTransform`` (spec section 14.7).
PERSPECTIVE_ALLOWED = _dtypes("bool uint8 uint16 int8 int16 float16 float32 float64")
PERSPECTIVE_DISALLOWED = _dtypes("uint32 uint64 int32 int64 float128")
#: ``WithPolarWarping`` (spec section 14.10) around an Affine child.
POLAR_ALLOWED = _dtypes("bool uint8 uint16 int8 int16 int32 float16 float32 float64")
POLAR_DISALLOWED = _dtypes("uint32 uint64 int64 float128")

_add(
    "PiecewiseAffine",
    P(iaa.PiecewiseAffine, scale=(0.01, 0.05), nb_rows=(2, 4), nb_cols=(2, 4)),
    allowed=PIECEWISE_ALLOWED,
    disallowed=PIECEWISE_DISALLOWED,
)
_add(
    "PiecewiseAffine-absolute-order0-edge",
    P(
        iaa.PiecewiseAffine,
        scale=(0.3, 1.0),
        nb_rows=3,
        nb_cols=(3, 5),
        order=0,
        mode="edge",
        absolute_scale=True,
    ),
    allowed=PIECEWISE_ALLOWED,
    disallowed=PIECEWISE_DISALLOWED,
)
_add(
    "PiecewiseAffine-splines-reflect",
    P(
        iaa.PiecewiseAffine,
        scale=0.03,
        nb_rows=4,
        nb_cols=4,
        order=[2, 3, 5],
        mode="reflect",
        cval=(0, 10),
        polygon_recoverer="auto",
    ),
    allowed=PIECEWISE_ALLOWED,
    disallowed=PIECEWISE_DISALLOWED,
)
_add(
    "PerspectiveTransform",
    P(iaa.PerspectiveTransform, scale=(0.01, 0.1)),
    allowed=PERSPECTIVE_ALLOWED,
    disallowed=PERSPECTIVE_DISALLOWED,
)
_add(
    "PerspectiveTransform-no-keep-replicate",
    P(iaa.PerspectiveTransform, scale=(0.01, 0.1), keep_size=False, mode="replicate"),
    allowed=PERSPECTIVE_ALLOWED,
    disallowed=PERSPECTIVE_DISALLOWED,
    changes_shape=True,
)
_add(
    "PerspectiveTransform-fit-output",
    P(
        iaa.PerspectiveTransform,
        scale=0.05,
        keep_size=False,
        fit_output=True,
        cval=(0, 100),
        mode=["constant", "replicate"],
    ),
    allowed=PERSPECTIVE_ALLOWED,
    disallowed=PERSPECTIVE_DISALLOWED,
    changes_shape=True,
)
_add("Rot90", P(iaa.Rot90, (0, 3), keep_size=False), changes_shape=True)
_add(
    "Rot90-keep-size",
    P(iaa.Rot90, [1, -1]),
    allowed=RESIZE_ALLOWED,
    disallowed=RESIZE_DISALLOWED,
)


def _with_polar_warping():
    return iaa.WithPolarWarping(iaa.Affine(translate_px={"x": (-3, 3)}))


_add(
    "WithPolarWarping",
    _with_polar_warping,
    allowed=POLAR_ALLOWED,
    disallowed=POLAR_DISALLOWED,
)

# ---------------------------------------------------------------- imgcorruptlike

_IMGCORRUPT = {
    "allowed": ("uint8",),
    "disallowed": tuple(name for name in ALL_DTYPES if name != "uint8"),
    "min_size": 32,
    "channel_counts": (1, 3),
}
_icl = iaa.imgcorruptlike
# severities are kept low where stronger ones would hide the contract tests' blob
for _name, _severity, _blob in (
    ("GaussianNoise", 1, "kept"),
    ("ShotNoise", (1, 2), "kept"),
    ("ImpulseNoise", (1, 5), "hidden"),
    ("SpeckleNoise", (1, 5), "kept"),
    ("GaussianBlur", (1, 3), "kept"),
    ("GlassBlur", (1, 5), "hidden"),
    ("DefocusBlur", (1, 5), "kept"),
    ("MotionBlur", (1, 5), "hidden"),
    ("ZoomBlur", (1, 3), "kept"),
    ("Fog", (1, 5), "hidden"),
    ("Frost", (1, 5), "hidden"),
    ("Snow", (1, 5), "hidden"),
    ("Spatter", (1, 5), "hidden"),
    ("Contrast", (1, 5), "kept"),
    ("Brightness", (1, 5), "kept"),
    ("Saturate", (1, 5), "kept"),
    ("JpegCompression", (1, 5), "kept"),
    ("Pixelate", (1, 5), "kept"),
):
    _add(
        f"imgcorruptlike.{_name}",
        P(getattr(_icl, _name), severity=_severity),
        blob=_blob,
        **_IMGCORRUPT,
    )

# ---------------------------------------------------------------- pillike
#: every pillike function and augmenter except Solarize works on uint8 only
PILLIKE_ALLOWED = _dtypes("uint8")
PILLIKE_DISALLOWED = tuple(d for d in ALL_DTYPES if d != "uint8")

# Solarize inverts every dtype within that dtype's value range, so other dtypes
# do not agree with uint8 values (tests/augmenters/test_pillike.py covers them)
_add(
    "pillike.Solarize",
    P(iaa.pillike.Solarize, 0.5, threshold=(32, 128)),
    allowed=PILLIKE_ALLOWED,
)
# an alias of color.Posterize (as in 0.4.0): 1, 3 or 4 (alpha) channels
for _name, _make in (
    ("pillike.Posterize", P(iaa.pillike.Posterize, (1, 7))),
    (
        "pillike.Posterize-colorspace",
        P(iaa.pillike.Posterize, (2, 4), to_colorspace=["Lab", "HSV"], max_size=12),
    ),
):
    _add(
        _name,
        _make,
        allowed=PILLIKE_ALLOWED,
        disallowed=PILLIKE_DISALLOWED,
        channel_counts=(1, 3, 4),
    )
for _name, _make in (
    ("pillike.Equalize", P(iaa.pillike.Equalize)),
    ("pillike.Autocontrast", P(iaa.pillike.Autocontrast, (2, 20), per_channel=0.5)),
    ("pillike.EnhanceColor", P(iaa.pillike.EnhanceColor)),
    ("pillike.EnhanceContrast", P(iaa.pillike.EnhanceContrast)),
    ("pillike.EnhanceBrightness", P(iaa.pillike.EnhanceBrightness)),
    ("pillike.EnhanceSharpness", P(iaa.pillike.EnhanceSharpness)),
    ("pillike.FilterBlur", P(iaa.pillike.FilterBlur)),
    ("pillike.FilterSmooth", P(iaa.pillike.FilterSmooth)),
    ("pillike.FilterSmoothMore", P(iaa.pillike.FilterSmoothMore)),
    ("pillike.FilterEdgeEnhance", P(iaa.pillike.FilterEdgeEnhance)),
    ("pillike.FilterEdgeEnhanceMore", P(iaa.pillike.FilterEdgeEnhanceMore)),
    ("pillike.FilterFindEdges", P(iaa.pillike.FilterFindEdges)),
    ("pillike.FilterEmboss", P(iaa.pillike.FilterEmboss)),
    ("pillike.FilterSharpen", P(iaa.pillike.FilterSharpen)),
    ("pillike.FilterDetail", P(iaa.pillike.FilterDetail)),
    (
        "pillike.Affine",
        P(
            iaa.pillike.Affine,
            scale=(0.8, 1.2),
            translate_px={"x": (-3, 3), "y": (-2, 2)},
            rotate=(-20, 20),
            shear=(-10, 10),
            fillcolor=(0, 255),
        ),
    ),
    (
        "pillike.Affine-center",
        P(
            iaa.pillike.Affine,
            scale={"x": (0.9, 1.1), "y": (0.8, 1.0)},
            translate_percent=(-0.1, 0.1),
            rotate=(-30, 30),
            center="uniform",
        ),
    ),
):
    _add(_name, _make, allowed=PILLIKE_ALLOWED, disallowed=PILLIKE_DISALLOWED)


def _pillike_filter_contour():
    # CONTOUR draws dark lines on white: on the inverted image and inverted back,
    # the blob's outline is bright on black, which the blob tests can find
    invert = functools.partial(iaa.pillike.Solarize, threshold=0)
    return iaa.Sequential([invert(), iaa.pillike.FilterContour(), invert()])


_add(
    "pillike.FilterContour",
    _pillike_filter_contour,
    allowed=PILLIKE_ALLOWED,
    disallowed=PILLIKE_DISALLOWED,
)

# ---------------------------------------------------------------- pooling

#: ``avg_pool``/``max_pool``/``min_pool``/``median_pool`` (spec §17; 32-bit
#: integers and float128 are pooled and resized back in float64).
POOLING_ALLOWED = _dtypes(
    "bool uint8 uint16 uint32 int8 int16 int32 float16 float32 float64 float128"
)
POOLING_DISALLOWED = _dtypes("uint64 int64")
_POOL = {"allowed": POOLING_ALLOWED, "disallowed": POOLING_DISALLOWED}
_add("AveragePooling", P(iaa.AveragePooling, (2, 4)), **_POOL)
_add(
    "AveragePooling-no-keep",
    P(iaa.AveragePooling, ((1, 3), [2, 4]), keep_size=False),
    changes_shape=True,
    **_POOL,
)
_add("MaxPooling", P(iaa.MaxPooling, (2, 4)), **_POOL)
_add(
    "MaxPooling-no-keep",
    P(iaa.MaxPooling, 3, keep_size=False),
    changes_shape=True,
    **_POOL,
)
_add("MinPooling", P(iaa.MinPooling, (2, 4)), **_POOL)
_add(
    "MinPooling-no-keep",
    P(iaa.MinPooling, 2, keep_size=False),
    changes_shape=True,
    **_POOL,
)
_add("MedianPooling", P(iaa.MedianPooling, (2, 4)), **_POOL)
_add(
    "MedianPooling-no-keep",
    P(iaa.MedianPooling, (2, 3), keep_size=False),
    changes_shape=True,
    **_POOL,
)

# ---------------------------------------------------------------- segmentation

#: ``Superpixels`` (spec §18.1) supports bool and all integer dtypes, but segments
#: values relative to their dtype's range (as ``skimage.img_as_float``), so the
#: same values give other superpixels in uint16 than in uint8 and the generic
#: "same result as uint8" test does not apply; the other integer dtypes are
#: tested in tests/augmenters/test_segmentation.py.
SUPERPIXELS_ALLOWED = _dtypes("bool uint8")
SUPERPIXELS_DISALLOWED = _dtypes("float16 float32 float64 float128")
#: ``Voronoi`` and its subclasses (spec §18.3): uint8 only.
VORONOI_ALLOWED = _dtypes("uint8")
VORONOI_DISALLOWED = tuple(d for d in ALL_DTYPES if d != "uint8")
_VORONOI = {"allowed": VORONOI_ALLOWED, "disallowed": VORONOI_DISALLOWED}


def _voronoi():
    # small cells keep the test blob in place (cells take their mean colour)
    sampler = iaa.DropoutPointsSampler(
        iaa.RegularGridPointsSampler((8, 12), (10, 16)), 0.1
    )
    return iaa.Voronoi(sampler, p_replace=(0.5, 1.0))


def _voronoi_subsampled():
    sampler = iaa.SubsamplingPointsSampler(iaa.UniformPointsSampler((100, 200)), 150)
    return iaa.Voronoi(sampler, max_size=16)


_add(
    "Superpixels",
    P(iaa.Superpixels, p_replace=(0.5, 1.0), n_segments=(60, 120)),
    allowed=SUPERPIXELS_ALLOWED,
    disallowed=SUPERPIXELS_DISALLOWED,
)
_add(
    "Superpixels-downscaled",
    P(iaa.Superpixels, p_replace=1.0, n_segments=(80, 120), max_size=16),
    allowed=SUPERPIXELS_ALLOWED,
    disallowed=SUPERPIXELS_DISALLOWED,
)
_add("Voronoi", _voronoi, **_VORONOI)
_add("Voronoi-subsampled-downscaled", _voronoi_subsampled, **_VORONOI)
_add("UniformVoronoi", P(iaa.UniformVoronoi, (100, 200)), **_VORONOI)
_add("RegularGridVoronoi", P(iaa.RegularGridVoronoi, (8, 12), (10, 16)), **_VORONOI)
_add(
    "RelativeRegularGridVoronoi",
    P(iaa.RelativeRegularGridVoronoi, (0.4, 0.6), (0.4, 0.6)),
    **_VORONOI,
)

# ---------------------------------------------------------------- weather
# weather effects brighten or streak the whole image, so the blob tests are off
_WEATHER = {**_UINT8_ONLY, "channel_counts": (1, 3), "blob": "hidden"}
#: ``CloudLayer`` (spec §20); Clouds and Fog are documented for uint8 only
CLOUD_ALLOWED = _dtypes("uint8 float16 float32 float64")
CLOUD_DISALLOWED = _dtypes("bool uint16 uint32 uint64 int8 int16 int32 int64")
_add(
    "FastSnowyLandscape",
    P(iaa.FastSnowyLandscape, lightness_threshold=(100, 200)),
    **_UINT8_ONLY,
    channel_counts=(3,),
    blob="hidden",
)
# intensities stay below 255 (uint8 clips them, floats do not)
_add(
    "CloudLayer",
    P(
        iaa.CloudLayer,
        intensity_mean=(150, 190),
        intensity_freq_exponent=(-2.5, -2.0),
        intensity_coarse_scale=5,
        alpha_min=0,
        alpha_multiplier=(0.25, 0.75),
        alpha_size_px_max=(2, 8),
        alpha_freq_exponent=(-2.5, -2.0),
        sparsity=(0.8, 1.0),
        density_multiplier=(0.5, 1.0),
    ),
    allowed=CLOUD_ALLOWED,
    disallowed=CLOUD_DISALLOWED,
    blob="hidden",
)
_add(
    "Clouds",
    P(iaa.Clouds),
    allowed=_dtypes("uint8"),
    disallowed=CLOUD_DISALLOWED,
    blob="hidden",
)
_add(
    "Fog",
    P(iaa.Fog),
    allowed=_dtypes("uint8"),
    disallowed=CLOUD_DISALLOWED,
    blob="hidden",
)
_add(
    "SnowflakesLayer",
    P(
        iaa.SnowflakesLayer,
        density=(0.02, 0.1),
        density_uniformity=(0.3, 0.9),
        flake_size=(0.2, 0.7),
        flake_size_uniformity=(0.4, 0.8),
        angle=(-30, 30),
        speed=(0.007, 0.2),
        blur_sigma_fraction=(0.0001, 0.01),
    ),
    **_WEATHER,
)
_add("Snowflakes", P(iaa.Snowflakes), **_WEATHER)
_add(
    "RainLayer",
    P(
        iaa.RainLayer,
        density=(0.03, 0.14),
        density_uniformity=(0.8, 1.0),
        drop_size=(0.01, 0.3),
        drop_size_uniformity=(0.2, 0.5),
        angle=(-15, 15),
        speed=(0.04, 0.2),
        blur_sigma_fraction=0.001,
    ),
    **_WEATHER,
)
_add("Rain", P(iaa.Rain, speed=(0.1, 0.3)), **_WEATHER)

# ---------------------------------------------------------------- mix
# Donors are dark (zeros) so that the blob of the alignment test stays the only bright
# spot; pasted objects and overlays go to the bottom-right corner, away from the blob.


def _zeros_like_row(shape, dtype):
    return np.zeros(shape, dtype=dtype)


def _image_donors(shapes, dtype, images, count=1):
    """`count` dark donor images per row, with zero heatmaps and class-2 segmaps."""
    rows = []
    for shape in shapes:
        row = []
        for _ in range(count):
            donor = {"image": _zeros_like_row(shape, dtype)}
            if shape[0] > 0 and shape[1] > 0:
                donor["heatmaps"] = np.zeros(shape[0:2] + (1,), dtype=np.float32)
                donor["segmentation_maps"] = np.full(shape[0:2], 2, np.int32)
            row.append(donor)
        rows.append(row)
    return rows


def _object_donors(shapes, dtype, images, count=1, label=3):
    """`count` dark objects per row, a fifth of the row's size (fully masked)."""
    rows = []
    for shape in shapes:
        size = (max(1, shape[0] // 5), max(1, shape[1] // 5))
        row = []
        for _ in range(count):
            donor = {
                "image": _zeros_like_row(size + tuple(shape[2:]), dtype),
                "mask": np.ones(size, dtype=bool),
            }
            if label is not None:
                donor["label"] = label
            row.append(donor)
        rows.append(row)
    return rows


def _reference_donors(shapes, dtype, images):
    """References with the histogram of the image (its flipped copy)."""
    if images is None:
        return [[{"image": _zeros_like_row(shape, dtype)}] for shape in shapes]
    return [[{"image": np.ascontiguousarray(image[::-1, ::-1])}] for image in images]


_MIX_RESIZE = {"allowed": RESIZE_ALLOWED, "disallowed": RESIZE_DISALLOWED}
#: ``HistogramMatching`` / ``PixelDistributionAdaptation`` (their docstrings).
MATCH_ALLOWED = _dtypes("uint8 uint16 int8 int16 float16 float32 float64")
MATCH_DISALLOWED = _dtypes("bool uint32 uint64 int32 int64 float128")
NEAREST_ALLOWED = _dtypes("bool uint8 uint16 int8 int16 int32 float16 float32 float64")
_add(
    "Mosaic",
    P(iaa.Mosaic, target_size=(20, 24), center_range=(0.0, 0.1)),
    changes_shape=True,
    items="removes",
    donors=P(_image_donors, count=3),
    **_MIX_RESIZE,
)
_add(
    "Mosaic-1x2-contain-nearest",
    P(
        iaa.Mosaic,
        grid_yx=(1, 2),
        target_size=(22, 30),
        cell_shape=(22, 26),
        center_range=(0.0, 0.2),
        fit_mode="contain",
        interpolation="nearest",
        cval=7,
    ),
    allowed=NEAREST_ALLOWED,
    disallowed=_dtypes("uint32 uint64 int64 float128"),
    changes_shape=True,
    items="removes",
    donors=_image_donors,
)
# MixUp appends the donors' annotations; these donors have none, so counts are kept
_add("MixUp", P(iaa.MixUp, alpha=(1.0, 32.0)), donors=_image_donors, **_MIX_RESIZE)
_add(
    "MixUp-two-donors",
    P(iaa.MixUp, alpha=0.5),
    donors=P(_image_donors, count=2),
    **_MIX_RESIZE,
)
_add(
    "CutMix",
    P(iaa.CutMix, position="right-bottom"),
    donors=_image_donors,
    blob="may_be_covered",
    items="removes",
    **_MIX_RESIZE,
)
_add(
    "CopyAndPaste",
    P(iaa.CopyAndPaste, scale=(0.5, 1.5), position="right-bottom"),
    donors=P(_object_donors, count=2),
    items="adds",
    **_MIX_RESIZE,
)
_add(
    "OverlayElements",
    P(iaa.OverlayElements, position="right-bottom"),
    donors=P(_object_donors, label=None),
    items="removes",
    **_MIX_RESIZE,
)
_add(
    "HistogramMatching",
    P(iaa.HistogramMatching),
    allowed=MATCH_ALLOWED,
    disallowed=MATCH_DISALLOWED,
    donors=_reference_donors,
)
_add(
    "PixelDistributionAdaptation",
    P(iaa.PixelDistributionAdaptation),
    allowed=MATCH_ALLOWED,
    disallowed=MATCH_DISALLOWED,
    donors=_reference_donors,
)
_add(
    "PixelDistributionAdaptation-standard",
    P(iaa.PixelDistributionAdaptation, (0.5, 1.0), transform_type="standard"),
    allowed=MATCH_ALLOWED,
    disallowed=MATCH_DISALLOWED,
    donors=_reference_donors,
)

# ---------------------------------------------------------------- exclusions

NOT_GENERIC = {
    "Augmenter": "abstract base class",
    "Jigsaw": "bounding boxes, polygons and line strings raise NotImplementedError "
    "(as in 0.4.0), which the generic tests pass along (tests/augmenters/"
    "test_jigsaw.py runs the contract points for its kinds)",
    "ElasticTransform": "imgcorruptlike.ElasticTransform rejects batches with other "
    "augmentables, as in 0.4.0 (tests/augmenters/test_imgcorruptlike.py)",
    "Lambda": "behaviour is defined by user callbacks (tests/augmenters/test_meta.py)",
    "AssertLambda": "needs user assertion callbacks (tests/augmenters/test_meta.py)",
    "AssertShape": "asserts one fixed shape; other shapes must raise (test_meta.py)",
    "BlendAlphaSomeColors": "needs images in every batch (the mask comes from "
    "their hues), as in 0.4.0 (tests/augmenters/test_blend.py runs the contract "
    "points with images)",
    "BlendAlphaSegMapClassIds": "needs segmentation maps in every batch, as in 0.4.0 "
    "(tests/augmenters/test_blend.py runs the contract points with them)",
    "BlendAlphaBoundingBoxes": "needs bounding boxes in every batch, as in 0.4.0 "
    "(tests/augmenters/test_blend.py runs the contract points with them)",
}
