"""Augmenters that blur images.

All of them change only images; heatmaps, segmentation maps and coordinate-based
augmentables pass through untouched.

List of augmenters:

* :class:`GaussianBlur`

"""

from __future__ import annotations

import cv2
import numpy as np

import imgaug.dtypes as iadt
import imgaug.imgaug as ia
import imgaug.parameters as iap
from imgaug._kernels import cv2util
from imgaug.augmenters._sampled import _SampledAugmenter
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = ["blur_gaussian_", "GaussianBlur"]

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


def _compute_gaussian_blur_ksize(sigma):
    """Return the cv2 kernel size for `sigma` (before making it odd)."""
    if sigma < 3.0:
        ksize = 3.3 * sigma
    elif sigma < 5.0:
        ksize = 2.9 * sigma
    else:
        ksize = 2.6 * sigma
    return int(max(ksize, 5))


def _blur_gaussian_cv2(image, sigma, ksize):
    if ksize % 2 == 0:
        ksize += 1
    input_dtype = image.dtype
    work_dtype = _CV2_WORK_DTYPES.get(input_dtype)
    work = image if work_dtype is None else image.astype(work_dtype)

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
    flags = work.flags
    if (
        flags.c_contiguous
        and flags.writeable
        and nb_channels <= cv2util.get_max_channels()
    ):
        # blur in place: no allocation, and rows of an (N,H,W,C) batch array
        # need no copy back (cv2 blurs in place correctly, it buffers rows)
        # route: tests/perf/test_blur_perf.py::test_blur_gaussian_rows_in_place
        result = _blur(work, dst=work)
        if result is not work:
            work[...] = result.reshape(work.shape)
        result = work
    else:
        result = cv2util.map_channel_chunks(_blur, work)
    return _restore_dtype(result, input_dtype)


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
        for i, image in enumerate(images):
            sigma = samples.sigmas[i]
            if sigma <= self.eps or image.size == 0:
                continue
            # via the module global, so that patching blur_gaussian_ takes effect
            result = blur_gaussian_(image, sigma, eps=self.eps)
            if result is not image:
                images[i] = result
        return images

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.sigma]
