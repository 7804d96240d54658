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
):
    assert name not in CASES, name
    assert not set(allowed) & set(disallowed), name
    CASES[name] = make
    PROPERTIES[name] = {
        "allowed": tuple(allowed),
        "disallowed": tuple(disallowed),
        "changes_shape": changes_shape,
        "min_channels": min_channels,
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
# (cases of this family go here)

# ---------------------------------------------------------------- contrast
# (cases of this family go here)

# ---------------------------------------------------------------- convolutional
# (cases of this family go here)

# ---------------------------------------------------------------- debug
# (cases of this family go here)

# ---------------------------------------------------------------- edges
# (cases of this family go here)

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
    "Jigsaw": "bounding boxes, polygons and line strings raise NotImplementedError "
    "(as in 0.4.0), which the generic tests pass along (tests/augmenters/"
    "test_jigsaw.py runs the contract points for its kinds)",
    "Lambda": "behaviour is defined by user callbacks (tests/augmenters/test_meta.py)",
    "AssertLambda": "needs user assertion callbacks (tests/augmenters/test_meta.py)",
    "AssertShape": "asserts one fixed shape; other shapes must raise (test_meta.py)",
}
