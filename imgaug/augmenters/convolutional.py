"""Augmenters that convolve images with (usually 3x3) matrices.

They change only images; heatmaps, segmentation maps and coordinate-based
augmentables pass through untouched. Filtering is OpenCV's ``filter2D``, i.e. a
correlation (the matrix is not flipped) with mirrored borders (``BORDER_REFLECT_101``).

List of augmenters:

* :class:`Convolve`
* :class:`Sharpen`
* :class:`Emboss`
* :class:`EdgeDetect`
* :class:`DirectedEdgeDetect`

"""

from __future__ import annotations

import numpy as np

import imgaug.dtypes as iadt
import imgaug.parameters as iap
from imgaug._kernels import convolve as _convolve
from imgaug.augmenters._rowwise import map_rows
from imgaug.augmenters._sampled import _SampledAugmenter
from imgaug.validation import InvalidTypeError, InvalidValueError

__all__ = ["Convolve", "Sharpen", "Emboss", "EdgeDetect", "DirectedEdgeDetect"]

_IDENTITY_3X3 = np.array([[0, 0, 0], [0, 1, 0], [0, 0, 0]], dtype=np.float64)


# ---------------------------------------------------------------- matrix generators
class _MatrixGenerator:
    """Callable that creates the convolution matrices of one image.

    Called as ``generator(image, nb_channels, random_state)`` it behaves like a
    0.4.0 matrix function (one matrix per channel, all equal). Augmenters call
    `draw_kernels` instead, which samples the matrices of all rows at once.
    """

    def draw_kernels(self, nb_rows, random_state):
        """Return ``nb_rows`` 2D float32 kernels (one per row)."""
        raise NotImplementedError

    def __call__(self, _image, nb_channels, random_state):
        kernel = self.draw_kernels(1, random_state)[0]
        return [kernel] * nb_channels


def _blend_with_identity(alphas, effects):
    """``(1 - a) * I + a * E`` for ``(N,)`` alphas and ``(N, 3, 3)`` effect kernels."""
    alphas = np.asarray(alphas, dtype=np.float64).reshape((-1, 1, 1))
    kernels = (1.0 - alphas) * _IDENTITY_3X3 + alphas * effects
    return list(kernels.astype(np.float32))


class _SharpeningMatrixGenerator(_MatrixGenerator):
    def __init__(self, alpha, lightness):
        self.alpha = alpha
        self.lightness = lightness

    # sampling order: alpha (N,), lightness (N,)
    def draw_kernels(self, nb_rows, random_state):
        alphas = self.alpha.draw_samples((nb_rows,), random_state=random_state)
        lightness = self.lightness.draw_samples((nb_rows,), random_state=random_state)
        effects = np.full((nb_rows, 3, 3), -1.0)
        effects[:, 1, 1] = 8.0 + np.asarray(lightness, dtype=np.float64)
        return _blend_with_identity(alphas, effects)


class _EmbossMatrixGenerator(_MatrixGenerator):
    def __init__(self, alpha, strength):
        self.alpha = alpha
        self.strength = strength

    # sampling order: alpha (N,), strength (N,)
    def draw_kernels(self, nb_rows, random_state):
        alphas = self.alpha.draw_samples((nb_rows,), random_state=random_state)
        strengths = self.strength.draw_samples((nb_rows,), random_state=random_state)
        s = np.asarray(strengths, dtype=np.float64).reshape((-1, 1, 1))
        signs = np.array([[-1, -1, 0], [-1, 0, 1], [0, 1, 1]], dtype=np.float64)
        effects = signs * s
        effects[:, 0, 0] -= 1.0
        effects[:, 1, 1] = 1.0
        effects[:, 2, 2] += 1.0
        return _blend_with_identity(alphas, effects)


class _EdgeDetectMatrixGenerator(_MatrixGenerator):
    _EFFECT = np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]], dtype=np.float64)

    def __init__(self, alpha):
        self.alpha = alpha

    # sampling order: alpha (N,)
    def draw_kernels(self, nb_rows, random_state):
        alphas = self.alpha.draw_samples((nb_rows,), random_state=random_state)
        return _blend_with_identity(alphas, self._EFFECT)


class _DirectedEdgeDetectMatrixGenerator(_MatrixGenerator):
    # (x, y) offsets of the 8 neighbours, in the order of their kernel cells
    _CELLS = np.array(
        [(x, y) for y in (-1, 0, 1) for x in (-1, 0, 1) if (x, y) != (0, 0)],
        dtype=np.float64,
    )

    def __init__(self, alpha, direction):
        self.alpha = alpha
        self.direction = direction

    # sampling order: alpha (N,), direction (N,)
    def draw_kernels(self, nb_rows, random_state):
        alphas = self.alpha.draw_samples((nb_rows,), random_state=random_state)
        directions = self.direction.draw_samples((nb_rows,), random_state=random_state)
        degrees = np.mod(np.trunc(np.asarray(directions, np.float64) * 360), 360)
        rad = np.deg2rad(degrees) - np.pi / 2  # 0 = edges seen from the top
        vectors = np.stack([np.cos(rad), np.sin(rad)], axis=1)  # (N, 2), unit
        cells = self._CELLS / np.linalg.norm(self._CELLS, axis=1, keepdims=True)
        cosines = np.clip(vectors @ cells.T, -1.0, 1.0)  # (N, 8)
        weights = (1.0 - np.rad2deg(np.arccos(cosines)) / 180.0) ** 4
        weights /= np.sum(weights, axis=1, keepdims=True)
        effects = np.zeros((nb_rows, 9), dtype=np.float64)
        effects[:, [0, 1, 2, 3, 5, 6, 7, 8]] = -weights
        effects[:, 4] = 1.0
        return _blend_with_identity(alphas, effects.reshape((nb_rows, 3, 3)))


# ---------------------------------------------------------------- samples
class _ConvolveSamples:
    __slots__ = ("kernels", "random_state")

    def __init__(self, kernels, random_state):
        self.kernels = kernels  # list of (N) 2D kernels, or None
        self.random_state = random_state  # RNG for user matrix functions, or None


# ---------------------------------------------------------------- augmenters
class Convolve(_SampledAugmenter):
    """Convolve images with a fixed matrix or with matrices made per image.

    Supported dtypes
    ----------------
    * ``uint8``, ``uint16``, ``int16``, ``float32``, ``float64``: yes; fully
      tested (OpenCV; integer results rounded and saturated)
    * ``int8``: yes; fully tested (as ``int16``, then clipped)
    * ``float16``: yes; fully tested (as ``float32``)
    * ``bool``: yes; fully tested (as ``float32``, then ``> 0.5``)
    * ``uint32``, ``uint64``, ``int32``, ``int64``, ``float128``: no

    Parameters
    ----------
    matrix : None or ndarray or callable, optional
        ``None`` leaves images unchanged. A 2D array is used for every channel
        of every image. A callable is called per image as ``matrix(image,
        nb_channels, random_state)`` and returns a list of one 2D array (or
        ``None`` to skip the channel) per channel, one 2D array for all
        channels, or an ``(h, w, nb_channels)`` array.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> import numpy as np
    >>> image = np.zeros((5, 5, 1), dtype=np.uint8)
    >>> image[2, 2, 0] = 90
    >>> out = Convolve(np.full((3, 3), 1 / 9))(image=image)
    >>> out[2, :, 0].tolist()
    [0, 10, 10, 10, 0]

    """

    _KINDS = ("images",)
    # results go to new arrays: the engine need not copy the caller's images
    _IMAGES_OUT_OF_PLACE = True

    def __init__(
        self,
        matrix=None,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            seed=seed, name=name, random_state=random_state, deterministic=deterministic
        )
        if matrix is None:
            self.matrix = None
            self.matrix_type = "None"
        elif isinstance(matrix, np.ndarray):
            if matrix.ndim != 2 or matrix.size == 0:
                raise InvalidValueError(
                    "Expected argument 'matrix' to be a non-empty 2D array, got an "
                    f"array of shape {matrix.shape}."
                )
            if matrix.dtype.kind not in "biuf":
                raise InvalidTypeError(
                    "Expected argument 'matrix' to be a numeric array, got dtype "
                    f"{matrix.dtype.name}."
                )
            self.matrix = matrix
            self.matrix_type = "constant"
        elif callable(matrix):
            self.matrix = matrix
            self.matrix_type = "function"
        else:
            raise InvalidTypeError(
                "Expected argument 'matrix' to be None, a 2D numpy array or a "
                f"callable, got {type(matrix).__name__}."
            )

    # sampling order: the matrix generator's own order; user functions get one
    # RNG derived here and are called per image in row order
    def _draw_samples(self, batch, random_state):
        if self.matrix_type != "function":
            return _ConvolveSamples(None, None)
        if isinstance(self.matrix, _MatrixGenerator):
            kernels = self.matrix.draw_kernels(batch.nb_rows, random_state)
            return _ConvolveSamples(kernels, None)
        return _ConvolveSamples(None, random_state.derive_rng_())

    def _augment_images_by_samples(self, images, samples):
        gated = set()
        for image in images:
            if image.dtype not in gated:
                iadt.gate_dtypes(image, augmenter=self, **_convolve.CONVOLVE_DTYPES)
                gated.add(image.dtype)
        if self.matrix_type == "None":
            return images

        def _convolve_row(i, image):
            if image.size == 0:
                return None
            if self.matrix_type == "constant":
                return _convolve.filter2d(image, self.matrix)
            if samples.kernels is not None:
                return _convolve.filter2d(image, samples.kernels[i])
            nb_channels = image.shape[2]
            kernels = self._call_matrix_function(image, samples.random_state)
            if isinstance(kernels, np.ndarray) and kernels.ndim == 2:
                return _convolve.filter2d(image, kernels)
            if isinstance(kernels, np.ndarray):
                kernels = [kernels[:, :, c] for c in range(kernels.shape[2])]
            if len(kernels) != nb_channels:
                raise InvalidValueError(
                    f"Expected the matrix function of {self.name} to return one "
                    f"matrix per channel ({nb_channels}), got {len(kernels)}."
                )
            return _convolve.filter2d_per_channel(image, kernels)

        return map_rows(images, _convolve_row)

    def _call_matrix_function(self, image, random_state):
        nb_channels = image.shape[2]
        kernels = self.matrix(image, nb_channels, random_state)
        if isinstance(kernels, np.ndarray):
            if kernels.ndim == 2 or (
                kernels.ndim == 3 and kernels.shape[2] == nb_channels
            ):
                return kernels
        elif isinstance(kernels, list | tuple) and all(
            kernel is None or (isinstance(kernel, np.ndarray) and kernel.ndim == 2)
            for kernel in kernels
        ):
            return list(kernels)
        shape = getattr(kernels, "shape", None)
        raise InvalidValueError(
            f"Expected the matrix function of {self.name} to return a list of 2D "
            f"arrays (or None), a 2D array or an (h, w, {nb_channels}) array, got "
            f"{type(kernels).__name__}" + (f" of shape {shape}." if shape else ".")
        )

    def get_parameters(self):
        """See :meth:`imgaug.augmenters.meta.Augmenter.get_parameters`."""
        return [self.matrix, self.matrix_type]


def _handle_alpha(alpha):
    return iap.handle_continuous_param(
        alpha, "alpha", value_range=(0, 1.0), tuple_to_uniform=True, list_to_choice=True
    )


def _handle_non_negative(value, name):
    return iap.handle_continuous_param(
        value, name, value_range=(0, None), tuple_to_uniform=True, list_to_choice=True
    )


class Sharpen(Convolve):
    """Sharpen images and blend the result with the original.

    The matrix is ``(1 - alpha) * I + alpha * E`` with the identity kernel ``I``
    and ``E = [[-1, -1, -1], [-1, 8 + lightness, -1], [-1, -1, -1]]``.

    Supported dtypes
    ----------------
    See :class:`Convolve`.

    Parameters
    ----------
    alpha : number or tuple or list or StochasticParameter, optional
        Opacity of the sharpened image in ``[0.0, 1.0]``, sampled per image
        (``0`` keeps the image, ``1`` shows only the sharpened version). A tuple
        ``(a, b)`` samples uniformly from ``[a, b)``, a list one of its entries.
    lightness : number or tuple or list or StochasticParameter, optional
        Brightness of the sharpened image (``>= 0``; ``1`` keeps the brightness,
        larger values brighten), sampled per image like `alpha`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> aug = Sharpen(alpha=(0.0, 1.0), lightness=(0.75, 2.0))

    """

    def __init__(
        self,
        alpha=(0.0, 0.2),
        lightness=(0.8, 1.2),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        generator = _SharpeningMatrixGenerator(
            _handle_alpha(alpha), _handle_non_negative(lightness, "lightness")
        )
        super().__init__(
            matrix=generator,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class Emboss(Convolve):
    """Emboss images and blend the result with the original.

    The matrix is ``(1 - alpha) * I + alpha * E`` with the identity kernel ``I``
    and ``E = [[-1 - s, -s, 0], [-s, 1, s], [0, s, 1 + s]]`` (``s = strength``).

    Supported dtypes
    ----------------
    See :class:`Convolve`.

    Parameters
    ----------
    alpha : number or tuple or list or StochasticParameter, optional
        Opacity of the embossed image in ``[0.0, 1.0]``, sampled per image. A
        tuple ``(a, b)`` samples uniformly from ``[a, b)``, a list one of its
        entries.
    strength : number or tuple or list or StochasticParameter, optional
        Strength of the relief (``>= 0``), sampled per image like `alpha`.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> aug = Emboss(alpha=(0.0, 1.0), strength=(0.5, 1.5))

    """

    def __init__(
        self,
        alpha=(0.0, 1.0),
        strength=(0.25, 1.0),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        generator = _EmbossMatrixGenerator(
            _handle_alpha(alpha), _handle_non_negative(strength, "strength")
        )
        super().__init__(
            matrix=generator,
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class EdgeDetect(Convolve):
    """Replace images by their edges (Laplacian), blended with the original.

    The matrix is ``(1 - alpha) * I + alpha * [[0, 1, 0], [1, -4, 1], [0, 1, 0]]``.

    Supported dtypes
    ----------------
    See :class:`Convolve`.

    Parameters
    ----------
    alpha : number or tuple or list or StochasticParameter, optional
        Opacity of the edge image in ``[0.0, 1.0]``, sampled per image. A tuple
        ``(a, b)`` samples uniformly from ``[a, b)``, a list one of its entries.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> aug = EdgeDetect(alpha=(0.0, 1.0))

    """

    def __init__(
        self,
        alpha=(0.0, 0.75),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        super().__init__(
            matrix=_EdgeDetectMatrixGenerator(_handle_alpha(alpha)),
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )


class DirectedEdgeDetect(Convolve):
    """Detect edges seen from one direction, blended with the original.

    The matrix weights each of the eight neighbours by ``(1 - a / 180) ** 4``,
    ``a`` being the angle (degrees) between the neighbour and the direction;
    the weights are normalised to sum 1 and negated, the centre is ``1``. The
    result is blended with the identity kernel by `alpha`.

    Supported dtypes
    ----------------
    See :class:`Convolve`.

    Parameters
    ----------
    alpha : number or tuple or list or StochasticParameter, optional
        Opacity of the edge image in ``[0.0, 1.0]``, sampled per image. A tuple
        ``(a, b)`` samples uniformly from ``[a, b)``, a list one of its entries.
    direction : number or tuple or list or StochasticParameter, optional
        Direction as a fraction of a full turn, sampled per image: ``0.0``
        detects edges seen from the top, ``0.25`` from the right, ``0.5`` from
        the bottom, ``0.75`` from the left (``int(direction * 360) % 360``
        degrees).
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`.

    Examples
    --------
    >>> aug = DirectedEdgeDetect(alpha=(0.0, 1.0), direction=(0.0, 1.0))

    """

    def __init__(
        self,
        alpha=(0.0, 0.75),
        direction=(0.0, 1.0),
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        direction = iap.handle_continuous_param(
            direction,
            "direction",
            value_range=None,
            tuple_to_uniform=True,
            list_to_choice=True,
        )
        super().__init__(
            matrix=_DirectedEdgeDetectMatrixGenerator(_handle_alpha(alpha), direction),
            seed=seed,
            name=name,
            random_state=random_state,
            deterministic=deterministic,
        )
