"""Augmenters that blur images.

All of them change only images; heatmaps, segmentation maps and coordinate-based
augmentables pass through untouched.

List of augmenters:

* :class:`GaussianBlur`
* :class:`AverageBlur`
* :class:`MedianBlur`
* :class:`BilateralBlur`
* :class:`MotionBlur`
* :class:`MeanShiftBlur`

"""

from __future__ import annotations

import cv2
import numpy as np

import imgaug.dtypes as iadt
import imgaug.imgaug as ia
import imgaug.parameters as iap
from imgaug._kernels import cv2util
from imgaug._kernels import motion_blur as _motion_blur
from imgaug.augmenters import convolutional as _convolutional
from imgaug.augmenters import geometric as _geometric
from imgaug.augmenters._rowwise import map_rows
from imgaug.augmenters._sampled import _SampledAugmenter
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = [
    "blur_gaussian_",
    "blur_mean_shift_",
    "GaussianBlur",
    "AverageBlur",
    "MedianBlur",
    "BilateralBlur",
    "MotionBlur",
    "MeanShiftBlur",
]

_GAUSSIAN_DTYPES = {
    "allowed": [
        "bool",
        "uint8",
        "uint16",
        "uint32",
        "uint64",
        "int8",
        "int16",
        "int32",
        "int64",
        "float16",
        "float32",
        "float64",
    ],
    "disallowed": ["float128"],
}

# dtypes cv2.GaussianBlur cannot handle even after a conversion
_SCIPY_ONLY_DTYPES = frozenset(np.dtype(name) for name in ("uint32", "uint64", "int64"))

# dtypes cv2 gets in a converted form: input dtype -> dtype for cv2
_CV2_WORK_DTYPES = {
    np.dtype("bool"): np.dtype("float32"),
    np.dtype("float16"): np.dtype("float32"),
    np.dtype("int8"): np.dtype("int16"),
    np.dtype("int32"): np.dtype("float64"),
}

_BACKENDS = ("auto", "cv2", "scipy")

_MEAN_SHIFT_DTYPES = iadt._UINT8_ONLY_DTYPES
_AVERAGE_BLUR_DTYPES = {
    "allowed": [
        "bool",
        "uint8",
        "uint16",
        "int8",
        "int16",
        "float16",
        "float32",
        "float64",
    ],
    "disallowed": ["uint32", "uint64", "int32", "int64", "float128"],
}
_MEDIAN_BLUR_DTYPES = {
    "allowed": [
        "bool",
        "uint8",
        "uint16",
        "uint32",
        "uint64",
        "int8",
        "int16",
        "int32",
        "int64",
        "float16",
        "float32",
        "float64",
    ],
    "disallowed": ["float128"],
}
_BILATERAL_BLUR_DTYPES = {
    "allowed": ["uint8", "float16", "float32", "float64"],
    "disallowed": [
        "bool",
        "uint16",
        "uint32",
        "uint64",
        "int8",
        "int16",
        "int32",
        "int64",
        "float128",
    ],
}
# dtypes cv2.medianBlur filters with every kernel size; others only up to 5
_MEDIAN_CV2_ANY_K = frozenset({np.dtype("uint8")})
_MEDIAN_CV2_SMALL_K = frozenset(np.dtype(n) for n in ("uint16", "int16", "float32"))


def blur_gaussian_(image, sigma, ksize=None, backend="auto", eps=1e-3):
    """Blur an image with a gaussian kernel; the input may be changed in place.

    Supported dtypes
    ----------------
    With ``backend="auto"``:

    * ``uint8``, ``uint16``, ``int16``, ``float32``, ``float64``: yes; fully
      tested (cv2)
    * ``int8``: yes; fully tested (cv2 in int16)
    * ``int32``: yes; fully tested (cv2 in float64)
    * ``float16``: yes; fully tested (cv2 in float32)
    * ``bool``: yes; fully tested (cv2 in float32, then ``> 0.5``)
    * ``uint32``, ``uint64``, ``int64``: limited (1); fully tested (scipy)
    * ``float128``: no

    With ``backend="cv2"``: as above, but ``uint32``, ``uint64`` and ``int64``
    raise a ``ValueError``. With ``backend="scipy"``: all of the above via scipy
    (``bool`` and ``float16`` in float32).

    (1) scipy computes in float64, so 64-bit integers beyond ``2**53`` lose
    precision.

    Parameters
    ----------
    image : ndarray
        Image of shape ``(H,W)`` or ``(H,W,C)``.
    sigma : number
        Standard deviation of the gaussian kernel, in pixels. Values
        ``<= eps`` leave the image unchanged.
    ksize : None or int, optional
        Kernel size for the cv2 backend (made odd by adding one). ``None``
        derives it from `sigma`: ``3.3*sigma`` for ``sigma < 3``, ``2.9*sigma``
        for ``sigma < 5``, else ``2.6*sigma``, at least 5. Ignored (with a
        warning) by the scipy backend, whose kernel reaches ``4*sigma``.
    backend : {"auto", "cv2", "scipy"}, optional
        Library to blur with. ``"auto"`` picks scipy for ``uint32``, ``uint64``
        and ``int64`` and cv2 for everything else.
    eps : number, optional
        Sigmas at or below this value do not blur.

    Returns
    -------
    ndarray
        The blurred image, same shape and dtype as the input. Integer results
        are rounded, bool results are ``blurred > 0.5``.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.zeros((5, 5), dtype=np.uint8)
    >>> image[2, 2] = 255
    >>> blur_gaussian_(image, sigma=1.0)[2].tolist()
    [11, 25, 42, 25, 11]

    """
    if backend not in _BACKENDS:
        raise InvalidValueError(
            f"Expected 'backend' to be one of {list(_BACKENDS)}, got {backend!r}."
        )
    if ksize is not None and not ia.is_single_integer(ksize):
        raise InvalidTypeError(
            f"Expected 'ksize' to be None or an int, got {type(ksize).__name__}."
        )
    if not ia.is_single_number(sigma):
        raise InvalidTypeError(
            f"Expected 'sigma' to be a number, got {type(sigma).__name__}."
        )
    if image.size == 0 or sigma <= eps:
        return image  # a no-op for any dtype, as in 0.4.0
    iadt.gate_dtypes(image, augmenter=None, **_GAUSSIAN_DTYPES)

    if backend == "auto":
        # route: tests/perf/test_blur_perf.py::test_blur_gaussian_cv2_vs_scipy
        backend = "scipy" if image.dtype in _SCIPY_ONLY_DTYPES else "cv2"
    elif backend == "cv2" and image.dtype in _SCIPY_ONLY_DTYPES:
        raise InvalidValueError(
            f"Expected 'backend' to be 'scipy' or 'auto' for an image of dtype "
            f"{image.dtype.name}, which cv2 cannot blur; got 'cv2'."
        )

    if backend == "scipy":
        if ksize is not None:
            ia.warn(
                "Requested 'ksize' for gaussian blur with backend 'scipy', which "
                "does not support a kernel size; 'ksize' is ignored."
            )
        return _blur_gaussian_scipy(image, float(sigma))
    if ksize is None:
        ksize = _compute_gaussian_blur_ksize(sigma)
    return _blur_gaussian_cv2(image, float(sigma), int(ksize))


def blur_mean_shift_(image, spatial_window_radius, color_window_radius):
    """Smooth an image by mean-shift filtering; the input may be changed in place.

    Uses ``cv2.pyrMeanShiftFiltering``: every pixel moves to the mean of the
    pixels within `spatial_window_radius` (in pixels) whose colours lie within
    `color_window_radius`, which flattens regions of similar colour while
    keeping their edges. Slow for large radii.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no

    Parameters
    ----------
    image : ndarray
        ``(H,W)``, ``(H,W,1)`` or ``(H,W,3)`` uint8 image. Gray images are
        filtered as three equal channels.
    spatial_window_radius : number
        Spatial radius of the window; negative values count as ``0``.
    color_window_radius : number
        Colour radius of the window; negative values count as ``0``.

    Returns
    -------
    ndarray
        The filtered image, same shape and dtype as the input.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.full((4, 4, 3), 100, dtype=np.uint8)
    >>> image[0, 0] = 104
    >>> int(blur_mean_shift_(image, 2, 10)[0, 0, 0])
    100

    """
    if image.ndim not in (2, 3) or (image.ndim == 3 and image.shape[2] not in (1, 3)):
        raise InvalidValueError(
            "Expected argument 'image' to have shape (H,W), (H,W,1) or (H,W,3), got "
            f"{image.shape}."
        )
    iadt.gate_dtypes(image, augmenter=None, **_MEAN_SHIFT_DTYPES)
    if image.shape[0] == 0 or image.shape[1] == 0:
        return image
    spatial = max(float(spatial_window_radius), 0.0)
    color = max(float(color_window_radius), 0.0)
    if image.ndim == 3 and image.shape[2] == 3:
        return _mean_shift_in_place(image, spatial, color)
    gray = image if image.ndim == 2 else image[:, :, 0]
    tiled = np.repeat(gray[:, :, np.newaxis], 3, axis=2)
    result = _mean_shift_in_place(tiled, spatial, color)[:, :, 0]
    return result if image.ndim == 2 else result[:, :, np.newaxis]


def _mean_shift_in_place(image, spatial, color):
    """``pyrMeanShiftFiltering`` with ``dst=src``, as 0.4.0 calls it.

    Filtering in place lets later pixels see already shifted neighbours, which
    smooths noticeably more than filtering into a new array; 0.4.0's outputs
    depend on it.
    """
    work = image if image.flags.writeable else np.copy(image)
    work = cv2util.normalize_cv2_input_(work)
    result = cv2.pyrMeanShiftFiltering(work, sp=spatial, sr=color, dst=work)
    if result is not work:
        work[...] = result
    return work


def _compute_gaussian_blur_ksize(sigma):
    """Return the cv2 kernel size for `sigma` (before making it odd)."""
    if sigma < 3.0:
        ksize = 3.3 * sigma
    elif sigma < 5.0:
        ksize = 2.9 * sigma
    else:
        ksize = 2.6 * sigma
    return int(max(ksize, 5))


def _blur_gaussian_cv2(image, sigma, ksize, out=None):
    """Blur with cv2 into `out` (C-contiguous, the image's shape and dtype) or anew.

    The input image is never written.
    """
    if ksize % 2 == 0:
        ksize += 1
    input_dtype = image.dtype
    work_dtype = _CV2_WORK_DTYPES.get(input_dtype)
    converted = work_dtype is not None
    work = image if not converted else image.astype(work_dtype)

    def _blur(chunk, dst=None):
        return cv2.GaussianBlur(
            chunk,
            (ksize, ksize),
            sigmaX=sigma,
            sigmaY=sigma,
            dst=dst,
            borderType=cv2.BORDER_REFLECT_101,
        )

    nb_channels = 1 if work.ndim == 2 else work.shape[2]
    if work.flags.c_contiguous and nb_channels <= cv2util.get_max_channels():
        # out of place: as fast as in place on images in the cache, 2x faster on
        # images that are not (cv2 first copies a source that is its destination);
        # a converted copy is ours and blurred in place
        # route: tests/perf/test_blur_perf.py::test_gaussian_blur_out_of_place
        dst = work if converted else out
        result = _blur(work, dst=dst)
        if dst is not None and result is not dst:
            dst[...] = result.reshape(dst.shape)
            result = dst
        result = result.reshape(work.shape)
    else:
        result = cv2util.map_channel_chunks(_blur, work)
    result = _restore_dtype(result, input_dtype)
    if out is not None and result is not out:
        out[...] = result
        return out
    return result


def _blur_gaussian_scipy(image, sigma):
    from scipy import ndimage  # lazy: keeps `import imgaug` fast

    input_dtype = image.dtype
    if input_dtype.kind == "f" and input_dtype.itemsize >= 4:
        work, output = image, None
    elif input_dtype.kind == "f" or input_dtype.kind == "b":
        work, output = image.astype(np.float32), None
    else:
        # integers: blur into float64 and round, instead of scipy's truncation
        work, output = image, np.float64
    sigmas = sigma if image.ndim == 2 else (sigma, sigma, 0.0)  # 0: channels apart
    result = ndimage.gaussian_filter(work, sigmas, mode="mirror", output=output)
    return _restore_dtype(result, input_dtype)


def _restore_dtype(result, input_dtype):
    if result.dtype == input_dtype:
        return result
    if input_dtype.kind == "b":
        return result > 0.5
    return iadt.restore_dtypes_(result, input_dtype)


class _SigmaSamples:
    __slots__ = ("sigmas",)

    def __init__(self, sigmas):
        self.sigmas = sigmas  # (N,) float


class GaussianBlur(_SampledAugmenter):
    """Blur images with gaussian kernels of randomly sampled sigmas.

    Supported dtypes
    ----------------
    See :func:`blur_gaussian_` with ``backend="auto"``.

    Parameters
    ----------
    sigma : number or tuple of number or list of number or StochasticParameter
        Standard deviation of the gaussian kernel, sampled once per image: a
        number is always used, a tuple ``(a, b)`` samples uniformly from
        ``[a, b)``, a list samples its entries. ``0`` means no blur; values
        around ``3.0`` blur strongly. Must not be negative.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.zeros((5, 5, 1), dtype=np.uint8)
    >>> image[2, 2, 0] = 255
    >>> blurred = GaussianBlur(sigma=1.0)(image=image)
    >>> int(blurred[2, 2, 0]) < 255, int(blurred[2, 1, 0]) > 0
    (True, True)
    >>> aug = GaussianBlur(sigma=(0.0, 3.0))

    """

    _KINDS = ("images",)
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        sigma=(0.0, 3.0),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.sigma = iap.handle_continuous_param(
            sigma,
            "sigma",
            value_range=(0, None),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        # sigmas at or below this value leave images unchanged
        self.eps = 1e-3

    # sampling order: sigma (N,)
    def _draw_samples(self, batch, random_state):
        sigmas = self.sigma.draw_samples((batch.nb_rows,), random_state=random_state)
        return _SigmaSamples(sigmas)

    def _augment_images_by_samples(self, images, samples):
        return self._blur_images(images, samples, False)

    def _augment_images_by_samples_(self, images, samples):
        return self._blur_images(images, samples, True)

    def _blur_images(self, images, samples, in_place):
        """Blur the rows: never into `images` unless `in_place` (owned batch)."""
        blurred = [
            sigma > self.eps and image.size > 0
            for sigma, image in zip(samples.sigmas, images)
        ]
        if not any(blurred):
            return images
        if isinstance(images, np.ndarray) and in_place and images.flags.c_contiguous:
            for i, image in enumerate(images):
                if blurred[i]:
                    # from a sequential copy of the row into the row: one row
                    # alive in addition instead of a whole batch
                    # route: test_blur_perf.py::test_gaussian_blur_batch_in_place
                    self._blur(image.copy(), samples.sigmas[i], out=image)
            return images
        if isinstance(images, np.ndarray):
            result = np.empty_like(images, order="C")
            for i, image in enumerate(images):
                if blurred[i]:
                    self._blur(image, samples.sigmas[i], out=result[i])
                else:
                    result[i] = image
            return result
        for i, image in enumerate(images):
            if blurred[i]:
                images[i] = self._blur(image, samples.sigmas[i])
        return images

    def _blur(self, image, sigma, out=None):
        """Blur `image` (never written) into `out` or a new array."""
        if image.dtype in _SCIPY_ONLY_DTYPES:  # scipy writes a new array
            result = blur_gaussian_(image, sigma, eps=self.eps)
            if out is None:
                return result
            out[...] = result
            return out
        iadt.gate_dtypes(image, augmenter=None, **_GAUSSIAN_DTYPES)
        ksize = _compute_gaussian_blur_ksize(sigma)
        return _blur_gaussian_cv2(image, float(sigma), int(ksize), out=out)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.sigma]


# ---------------------------------------------------------------- average blur
def _handle_average_blur_k(k):
    """Turn AverageBlur's `k` into ``(mode, param_or_pair)`` like 0.4.0 does.

    A number or a 2-sequence of numbers gives one parameter for both axes
    (``"single"``); a 2-sequence of stochastic parameters, or of numbers and
    2-tuples, gives one parameter per axis (``"two"``).
    """
    if ia.is_single_number(k):
        _check_kernel_size_value(k, "k")
        return "single", iap.Deterministic(int(k))
    if isinstance(k, iap.StochasticParameter):
        return "single", k
    if isinstance(k, tuple | list):
        if len(k) != 2:
            raise InvalidValueError(
                f"Expected argument 'k' given as a sequence to contain exactly two "
                f"entries, got {len(k)}."
            )
        if all(ia.is_single_number(v) for v in k):
            _check_kernel_size_value(k[0], "k")
            _check_kernel_size_value(k[1], "k")
            return "single", iap.DiscreteUniform(int(k[0]), int(k[1]))
        if all(isinstance(v, iap.StochasticParameter) for v in k):
            return "two", (k[0], k[1])
        params = []
        for axis, value in enumerate(k):
            if ia.is_single_number(value):
                _check_kernel_size_value(value, f"k[{axis}]")
                params.append(iap.Deterministic(int(value)))
            elif isinstance(value, tuple) and len(value) == 2:
                for bound in value:
                    _check_kernel_size_value(bound, f"k[{axis}]")
                params.append(iap.DiscreteUniform(int(value[0]), int(value[1])))
            else:
                raise InvalidTypeError(
                    f"Expected entry {axis} of argument 'k' to be a number or a tuple "
                    f"of two numbers, got {value!r}."
                )
        return "two", params
    raise InvalidTypeError(
        "Expected argument 'k' to be a number, a sequence of two numbers or of two "
        f"tuples/numbers, or a StochasticParameter, got {type(k).__name__}."
    )


def _check_kernel_size_value(value, name):
    if not ia.is_single_number(value) or isinstance(value, bool):
        raise InvalidTypeError(f"Expected '{name}' to be a number, got {value!r}.")
    if np.isnan(value) or value < 0:
        raise InvalidValueError(
            f"Expected '{name}' to be a kernel size >= 0, got {value!r}."
        )


def _blur_average(image, kernel_h, kernel_w):
    """Box blur like 0.4.0's ``cv2.blur(image, (kernel_h, kernel_w))``.

    OpenCV reads that tuple as ``(width, height)``: `kernel_h` sets the kernel
    *width* and `kernel_w` its height. Kept for output compatibility.
    """
    input_dtype = image.dtype
    # bool/float16 as float32, int8 as int16 (int32 is not allowed here); other
    # dtypes are copied: the filter then runs in place on our own array
    work_dtype = _CV2_WORK_DTYPES.get(input_dtype)
    work = image.copy() if work_dtype is None else image.astype(work_dtype)
    ksize = (int(kernel_h), int(kernel_w))

    def _blur(chunk):
        # in place on a (just copied, cache-warm) chunk: on images that come
        # cold from memory 1.5x faster than reading the input and writing a new
        # array, same values (the filter buffers its source rows)
        # route: tests/perf/test_blur_perf.py::test_average_blur_in_place_on_copy
        return cv2.blur(chunk, ksize, dst=chunk, borderType=cv2.BORDER_REFLECT_101)

    return _restore_dtype(cv2util.map_channel_chunks(_blur, work), input_dtype)


# ---------------------------------------------------------------- median blur
def _blur_median(image, ksize):
    """Median blur with replicated borders (``cv2.medianBlur`` where it can)."""
    dtype = image.dtype
    if dtype in _MEDIAN_CV2_ANY_K or (dtype in _MEDIAN_CV2_SMALL_K and ksize <= 5):
        # route: tests/perf/test_blur_perf.py::test_median_blur_uint8
        nb_channels = image.shape[2]
        # cv2 documents 1, 3 and 4 channels; others go channel by channel
        max_channels = 4 if nb_channels in (1, 3, 4) else 1
        return cv2util.map_channel_chunks(
            lambda chunk: cv2.medianBlur(chunk, ksize), image, max_channels
        )
    from scipy import ndimage  # lazy: keeps `import imgaug` fast

    work = image
    if dtype.kind == "b":
        work = image.astype(np.uint8)
    elif dtype == np.float16:
        work = image.astype(np.float32)
    result = ndimage.median_filter(work, size=(ksize, ksize, 1), mode="nearest")
    if dtype.kind == "b":
        return result > 0
    return result.astype(dtype, copy=False)


def _handle_odd_kernel_size(k, name, value_range):
    param = iap.handle_discrete_param(
        k,
        name,
        value_range=value_range,
        tuple_to_uniform=True,
        list_to_choice=True,
        allow_floats=False,
    )
    values = []
    if ia.is_single_integer(k):
        values = [k]
    elif isinstance(k, tuple | list):
        values = list(k)
    even = [value for value in values if value % 2 == 0]
    if even:
        raise InvalidValueError(
            f"Expected argument '{name}' to contain only odd kernel sizes, got "
            f"{even[0]!r}."
        )
    return param


# ---------------------------------------------------------------- samples
class _KernelSizeSamples:
    __slots__ = ("kernel_h", "kernel_w")

    def __init__(self, kernel_h, kernel_w):
        self.kernel_h = kernel_h  # (N,) int
        self.kernel_w = kernel_w  # (N,) int


class _BilateralSamples:
    __slots__ = ("d", "sigma_color", "sigma_space")

    def __init__(self, d, sigma_color, sigma_space):
        self.d = d  # (N,) int
        self.sigma_color = sigma_color  # (N,) float
        self.sigma_space = sigma_space  # (N,) float


class _MeanShiftSamples:
    __slots__ = ("spatial", "color")

    def __init__(self, spatial, color):
        self.spatial = spatial  # (N,) float
        self.color = color  # (N,) float


def _gate_each_dtype(images, dtypes, augmenter):
    gated = set()
    for image in images:
        if image.dtype not in gated:
            iadt.gate_dtypes(image, augmenter=augmenter, **dtypes)
            gated.add(image.dtype)


def _check_non_negative_samples(values, name, cls_name):
    if values.size and np.min(values) < 0:
        raise InvalidValueError(
            f"Expected sampled '{name}' of {cls_name} to be >= 0, got "
            f"{int(np.min(values))}."
        )


class AverageBlur(_SampledAugmenter):
    """Blur images with box filters (the mean of each pixel's neighbourhood).

    Supported dtypes
    ----------------
    * ``uint8``, ``uint16``, ``int16``, ``float32``, ``float64``: yes; fully
      tested (OpenCV)
    * ``int8``: yes; fully tested (as ``int16``)
    * ``float16``: yes; fully tested (as ``float32``)
    * ``bool``: yes; fully tested (as ``float32``, then ``> 0.5``)
    * ``uint32``, ``uint64``, ``int32``, ``int64``, ``float128``: no

    Parameters
    ----------
    k : int or tuple or StochasticParameter, optional
        Kernel size, sampled per image. A number is always used, a tuple
        ``(a, b)`` samples from the discrete range ``[a, b]``, a tuple of two
        ``(a, b)`` tuples (or numbers) samples height and width separately, two
        stochastic parameters sample height and width. Sizes of ``0`` and
        ``(1, 1)`` leave an image unchanged. As in 0.4.0, the value sampled as
        the height sets OpenCV's kernel *width* and vice versa.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.zeros((3, 3, 1), dtype=np.uint8)
    >>> image[1, 1, 0] = 90
    >>> AverageBlur(k=3)(image=image)[1, :, 0].tolist()
    [20, 10, 20]
    >>> aug = AverageBlur(k=((5, 11), (1, 3)))

    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        k=(1, 7),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.mode, self.k = _handle_average_blur_k(k)

    # sampling order: k (N,) in mode "single"; height (N,), width (N,) in "two"
    def _draw_samples(self, batch, random_state):
        n = batch.nb_rows
        if self.mode == "single":
            kernel_h = self.k.draw_samples((n,), random_state=random_state)
            kernel_w = kernel_h
        else:
            kernel_h = self.k[0].draw_samples((n,), random_state=random_state)
            kernel_w = self.k[1].draw_samples((n,), random_state=random_state)
        kernel_h = np.asarray(kernel_h).astype(np.int64)
        kernel_w = np.asarray(kernel_w).astype(np.int64)
        _check_non_negative_samples(kernel_h, "k", "AverageBlur")
        _check_non_negative_samples(kernel_w, "k", "AverageBlur")
        return _KernelSizeSamples(kernel_h, kernel_w)

    def _augment_images_by_samples(self, images, samples):
        _gate_each_dtype(images, _AVERAGE_BLUR_DTYPES, self)

        def _blur_row(i, image):
            kernel_h, kernel_w = samples.kernel_h[i], samples.kernel_w[i]
            if image.size == 0 or kernel_h == 0 or kernel_w == 0:
                return None
            if kernel_h == 1 and kernel_w == 1:
                return None
            return _blur_average(image, kernel_h, kernel_w)

        return map_rows(images, _blur_row)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.k]


class MedianBlur(_SampledAugmenter):
    """Blur images with median filters (each pixel becomes its neighbourhood median).

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested (OpenCV)
    * ``uint16``, ``int16``, ``float32``: yes; fully tested (OpenCV for kernel
      sizes up to 5, scipy beyond)
    * ``bool``, ``uint32``, ``uint64``, ``int8``, ``int32``, ``int64``,
      ``float16``, ``float64``: yes; tested (scipy; ``bool`` as ``uint8``,
      ``float16`` as ``float32``)
    * ``float128``: no

    Borders replicate the outermost pixels.

    Parameters
    ----------
    k : int or tuple of int or list of int or StochasticParameter, optional
        Kernel size, sampled per image: a number is always used, a tuple
        ``(a, b)`` samples from the discrete range ``[a, b]``, a list samples
        its entries. Given numbers must be odd and ``>= 1``; even sampled sizes
        are increased by one, ``1`` leaves the image unchanged.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.zeros((3, 3, 1), dtype=np.uint8)
    >>> image[1, 1, 0] = 255
    >>> int(MedianBlur(k=3)(image=image)[1, 1, 0])
    0
    >>> aug = MedianBlur(k=(3, 11))

    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        k=(1, 7),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.k = _handle_odd_kernel_size(k, "k", (1, None))

    # sampling order: k (N,)
    def _draw_samples(self, batch, random_state):
        ks = self.k.draw_samples((batch.nb_rows,), random_state=random_state)
        ks = np.asarray(ks).astype(np.int64)
        ks = np.where(ks % 2 == 0, ks + 1, ks)
        return _KernelSizeSamples(ks, ks)

    def _augment_images_by_samples(self, images, samples):
        _gate_each_dtype(images, _MEDIAN_BLUR_DTYPES, self)

        def _blur_row(i, image):
            ksize = int(samples.kernel_h[i])
            if image.size == 0 or ksize <= 1:
                return None
            return _blur_median(image, ksize)

        return map_rows(images, _blur_row)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.k]


class BilateralBlur(_SampledAugmenter):
    """Blur images with bilateral filters, which smooth while keeping edges.

    Each pixel becomes a weighted mean of its neighbours, where the weights fall
    off with the spatial distance (`sigma_space`) and with the colour difference
    (`sigma_color`). Images must have exactly three channels.

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested (OpenCV)
    * ``float32``: yes; tested (OpenCV; sigmas in the image's value units)
    * ``float16``, ``float64``: yes; tested (as ``float32``)
    * ``bool``, ``uint16``, ``uint32``, ``uint64``, ``int8``, ``int16``,
      ``int32``, ``int64``, ``float128``: no

    Parameters
    ----------
    d : int or tuple of int or list of int or StochasticParameter, optional
        Diameter of each pixel's neighbourhood (``>= 1``; ``1`` leaves the
        image unchanged), sampled per image: a number is always used, a tuple
        ``(a, b)`` samples from the discrete range ``[a, b]``, a list samples
        its entries.
    sigma_color : number or tuple or list or StochasticParameter, optional
        Colour sigma (``>= 1``); larger values mix more different colours.
        Sampled per image; a tuple samples uniformly from ``[a, b)``.
    sigma_space : number or tuple or list or StochasticParameter, optional
        Spatial sigma (``>= 1``); larger values mix more distant pixels.
        Sampled per image like `sigma_color`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> aug = BilateralBlur(d=(3, 10), sigma_color=(10, 250), sigma_space=(10, 250))

    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        d=(1, 9),
        sigma_color=(10, 250),
        sigma_space=(10, 250),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.d = iap.handle_discrete_param(
            d,
            "d",
            value_range=(1, None),
            tuple_to_uniform=True,
            list_to_choice=True,
            allow_floats=False,
        )
        self.sigma_color = iap.handle_continuous_param(
            sigma_color,
            "sigma_color",
            value_range=(1, None),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        self.sigma_space = iap.handle_continuous_param(
            sigma_space,
            "sigma_space",
            value_range=(1, None),
            tuple_to_uniform=True,
            list_to_choice=True,
        )

    # sampling order: d (N,), sigma_color (N,), sigma_space (N,)
    def _draw_samples(self, batch, random_state):
        n = batch.nb_rows
        d = self.d.draw_samples((n,), random_state=random_state)
        sigma_color = self.sigma_color.draw_samples((n,), random_state=random_state)
        sigma_space = self.sigma_space.draw_samples((n,), random_state=random_state)
        return _BilateralSamples(
            np.asarray(d).astype(np.int64), sigma_color, sigma_space
        )

    def _augment_images_by_samples(self, images, samples):
        _gate_each_dtype(images, _BILATERAL_BLUR_DTYPES, self)
        for image in images:
            if image.ndim != 3 or image.shape[2] != 3:
                raise InvalidValueError(
                    f"Expected images of {self.name} to have exactly three channels, "
                    f"got an image of shape {image.shape}."
                )

        def _blur_row(i, image):
            d = int(samples.d[i])
            if image.size == 0 or d == 1:
                return None
            work = cv2util.contiguous(image)
            if image.dtype != np.uint8 and image.dtype != np.float32:
                work = image.astype(np.float32)
            result = cv2.bilateralFilter(
                work,
                d,
                float(samples.sigma_color[i]),
                float(samples.sigma_space[i]),
            )
            return result.astype(image.dtype, copy=False)

        return map_rows(images, _blur_row)

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.d, self.sigma_color, self.sigma_space]


class _MotionBlurMatrixGenerator(_convolutional._MatrixGenerator):
    def __init__(self, k, angle, direction, order):
        self.k = k
        self.angle = angle
        self.direction = direction
        self.order = order

    # sampling order: k (N,), angle (N,), direction (N,), order (N,)
    def draw_kernels(self, nb_rows, random_state):
        ks = self.k.draw_samples((nb_rows,), random_state=random_state)
        angles = self.angle.draw_samples((nb_rows,), random_state=random_state)
        directions = self.direction.draw_samples((nb_rows,), random_state=random_state)
        orders = self.order.draw_samples((nb_rows,), random_state=random_state)
        return [
            _motion_blur.motion_blur_kernel(k, angle, direction, order)
            for k, angle, direction, order in zip(
                np.asarray(ks).tolist(),
                np.asarray(angles).tolist(),
                np.asarray(directions).tolist(),
                np.asarray(orders).tolist(),
                strict=True,
            )
        ]


class MotionBlur(_convolutional.Convolve):
    """Blur images as if the camera or the object moved during the exposure.

    Each image is convolved with a line of length `k` at angle `angle` whose
    weights change linearly along the line according to `direction`.

    Supported dtypes
    ----------------
    See :class:`imgaug.augmenters.convolutional.Convolve`.

    Parameters
    ----------
    k : int or tuple of int or list of int or StochasticParameter, optional
        Kernel size (line length) in pixels, ``>= 3``, sampled per image: a
        number is always used, a tuple ``(a, b)`` samples from the discrete
        range ``[a, b]``, a list samples its entries. Even sizes are increased
        by one.
    angle : number or tuple or list or StochasticParameter, optional
        Angle of the motion in degrees, clockwise; ``0`` is a vertical motion.
        Sampled per image; a tuple samples uniformly from ``[a, b)``.
    direction : number or tuple or list or StochasticParameter, optional
        Forward/backward weighting in ``[-1.0, 1.0]``, sampled per image:
        ``0.0`` weights the whole line equally, ``-1.0`` and ``1.0`` put the
        weight at one or the other end.
    order : int or iterable of int or imgaug.ALL or StochasticParameter, optional
        Interpolation order used to rotate the kernel (see
        :class:`imgaug.augmenters.geometric.Affine`).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> aug = MotionBlur(k=15, angle=[-45, 45])

    """

    def __init__(
        self,
        k=(3, 7),
        angle=(0, 360),
        direction=(-1.0, 1.0),
        order=1,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        k_param = iap.handle_discrete_param(
            k,
            "k",
            value_range=(3, None),
            tuple_to_uniform=True,
            list_to_choice=True,
            allow_floats=False,
        )
        angle_param = iap.handle_continuous_param(
            angle, "angle", value_range=None, tuple_to_uniform=True, list_to_choice=True
        )
        direction_param = iap.handle_continuous_param(
            direction,
            "direction",
            value_range=(-1.0 - 1e-6, 1.0 + 1e-6),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        order_param = _geometric._handle_order_arg(order, "auto")
        generator = _MotionBlurMatrixGenerator(
            k_param, angle_param, direction_param, order_param
        )
        super().__init__(
            matrix=generator,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class MeanShiftBlur(_SampledAugmenter):
    """Flatten regions of similar colour by mean-shift filtering.

    Supported dtypes
    ----------------
    See :func:`blur_mean_shift_`.

    Parameters
    ----------
    spatial_radius : number or tuple or list or StochasticParameter, optional
        Spatial window radius in pixels (``>= 0.01``), sampled per image: a
        number is always used, a tuple ``(a, b)`` samples uniformly from
        ``[a, b)``, a list samples its entries.
    color_radius : number or tuple or list or StochasticParameter, optional
        Colour window radius (``>= 0.01``), sampled per image like
        `spatial_radius`; larger values merge more different colours.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> aug = MeanShiftBlur(spatial_radius=(5.0, 20.0), color_radius=(5.0, 20.0))

    """

    _KINDS = ("images",)

    def __init__(
        self,
        spatial_radius=(5.0, 40.0),
        color_radius=(5.0, 40.0),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        self.spatial_window_radius = iap.handle_continuous_param(
            spatial_radius,
            "spatial_radius",
            value_range=(0.01, None),
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        self.color_window_radius = iap.handle_continuous_param(
            color_radius,
            "color_radius",
            value_range=(0.01, None),
            tuple_to_uniform=True,
            list_to_choice=True,
        )

    # sampling order: spatial radius (N,), colour radius (N,)
    def _draw_samples(self, batch, random_state):
        n = batch.nb_rows
        spatial = self.spatial_window_radius.draw_samples(
            (n,), random_state=random_state
        )
        color = self.color_window_radius.draw_samples((n,), random_state=random_state)
        return _MeanShiftSamples(spatial, color)

    def _augment_images_by_samples(self, images, samples):
        for i, image in enumerate(images):
            # via the module global, so that patching blur_mean_shift_ takes effect
            result = blur_mean_shift_(image, samples.spatial[i], samples.color[i])
            if result is not image:
                images[i] = result
        return images

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.spatial_window_radius, self.color_window_radius]
