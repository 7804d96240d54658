"""Augmenters that are ready-made combinations of other augmenters.

List of augmenters:

* :class:`RandAugment`

"""

from __future__ import annotations

import numpy as np

import imgaug.imgaug as ia
import imgaug.parameters as iap
from imgaug.augmenters import arithmetic, color, flip, meta, pillike, size
from imgaug.augmenters.meta import _is_not_given

__all__ = ["RandAugment"]


class RandAugment(meta.Sequential):
    """Apply the RandAugment policy: ``n`` random operations of magnitude ``m``.

    Every image is flipped horizontally with probability 0.5 and cropped by up
    to ``m/224`` of its size per side (then resized back), followed by `n`
    operations picked per image from: identity, autocontrast, equalize,
    invert, rotate, posterize, solarize, colour, contrast, brightness,
    sharpness, shear (x, y), translate (x, y), cutout, blur and smooth. The
    magnitude `m` scales every operation (``30`` is the largest value of the
    paper's scale; values above are allowed).

    The PIL-like operations work on uint8 RGB images; coordinates and maps follow
    the geometric operations (the PIL-like affine transforms all kinds here).
    Images must have 1, 3 or 4 channels (checked before any operation runs).

    Supported dtypes
    ----------------
    * ``uint8``: yes; fully tested
    * all others: no (the PIL-like operations accept uint8 only)

    Parameters
    ----------
    n : int or tuple of int or list of int or imgaug.parameters.StochasticParameter or None, optional
        Number of operations per image (see `n` of
        :class:`imgaug.augmenters.meta.SomeOf`).
    m : int or tuple of int or list of int or imgaug.parameters.StochasticParameter, optional
        Magnitude of the operations (``>= 0``), sampled per image and operation.
    cval : number or tuple of number or list of number or imgaug.ALL or imgaug.parameters.StochasticParameter, optional
        Fill value of the affine operations and of cutout.
    seed, name, random_state, deterministic
        See :class:`imgaug.augmenters.meta.Augmenter`. All children share the
        random number generator made from `seed`.

    Examples
    --------
    >>> import numpy as np
    >>> import imgaug.augmenters as iaa
    >>> aug = iaa.RandAugment(n=2, m=9)
    >>> aug(image=np.zeros((8, 8, 3), dtype=np.uint8)).shape
    (8, 8, 3)

    """  # noqa: E501

    _M_MAX = 30

    def __init__(
        self,
        n=2,
        m=(6, 12),
        cval=128,
        seed=None,
        name=None,
        random_state="deprecated",
        deterministic="deprecated",
    ):
        argname = "seed"
        if not _is_not_given(random_state):
            seed, argname = random_state, "random_state"
        rng = meta._rng_from_argument(seed, argname)
        magnitude = iap.handle_discrete_param(
            m,
            "m",
            value_range=(0, None),
            tuple_to_uniform=True,
            list_to_choice=True,
            allow_floats=False,
        )
        if not (isinstance(cval, str) and cval == ia.ALL):
            iap.handle_continuous_param(cval, "cval")  # validation only
        initial = self._create_initial_augmenters_list(magnitude)
        main = self._create_main_augmenters_list(magnitude, cval)
        # every operation draws from the same generator (also the Crop inside
        # KeepSizeByResize, so that a seed makes the whole policy reproducible)
        for augmenter in initial + main:
            for child in [augmenter, *augmenter.get_all_children(flat=True)]:
                child.random_state = rng
        super().__init__(
            [
                meta.Sequential(initial, seed=rng.derive_rng_()),
                meta.SomeOf(n, main, random_order=True, seed=rng.derive_rng_()),
            ],
            seed=rng,
            name=name,
            deterministic=deterministic,
        )
        self._m = magnitude
        self._cval = cval

    @classmethod
    def _create_initial_augmenters_list(cls, m):
        crop_fraction = iap.Divide(iap.Uniform(0, m), 224, elementwise=True)
        return [
            flip.Fliplr(0.5),
            size.KeepSizeByResize(
                size.Crop(
                    percent=crop_fraction,
                    sample_independently=True,
                    keep_size=False,
                ),
                interpolation="linear",
            ),
        ]

    @classmethod
    def _create_main_augmenters_list(cls, m, cval):
        m_max = cls._M_MAX

        def scaled(level, maxval):
            return iap.Multiply(level, maxval / m_max, elementwise=True)

        def discrete(level, maxval):
            return iap.Discretize(scaled(level, maxval), round=False)

        def enhance(level):
            return iap.Clip(
                iap.Add(1.0, iap.RandomSign(scaled(level, 0.9)), elementwise=True),
                0.1,
                1.9,
            )

        def affine(*args, **kwargs):
            kwargs["fillcolor"] = cval
            kwargs.setdefault("center", (0.0, 0.0))
            return pillike.Affine(*args, **kwargs)

        shear = iap.RandomSign(scaled(m, np.rad2deg(0.3)))
        translate = iap.RandomSign(scaled(m, 0.33))
        cutout_size = iap.Clip(scaled(m, 20 / 32), 0, 20 / 32)
        return [
            meta.Identity(),
            pillike.Autocontrast(cutoff=0),
            pillike.Equalize(),
            arithmetic.Invert(p=1.0),
            affine(rotate=iap.RandomSign(scaled(m, 30)), center=(0.5, 0.5)),
            pillike.Posterize(
                nb_bits=iap.Subtract(
                    8, iap.Clip(discrete(m, 6), 0, 6), elementwise=True
                )
            ),
            pillike.Solarize(
                p=1.0,
                threshold=iap.Clip(
                    iap.Subtract(256, discrete(m, 256), elementwise=True), 0, 256
                ),
            ),
            pillike.EnhanceColor(enhance(m)),
            pillike.EnhanceContrast(enhance(m)),
            pillike.EnhanceBrightness(enhance(m)),
            pillike.EnhanceSharpness(enhance(m)),
            affine(shear={"x": shear}),
            affine(shear={"y": shear}),
            affine(translate_percent={"x": translate}),
            affine(translate_percent={"y": translate}),
            arithmetic.Cutout(
                1,
                size=cutout_size,
                squared=True,
                fill_mode="constant",
                cval=cval,
            ),
            pillike.FilterBlur(),
            pillike.FilterSmooth(),
        ]

    def _augment_batch_(self, batch, random_state, parents, hooks):
        # Posterize takes 1, 3 or 4 channels: check up front, so that other channel
        # counts fail whichever operations were picked
        if batch.images is not None:
            color._check_images(batch.images, self, channels=(1, 3, 4))
        return super()._augment_batch_(batch, random_state, parents, hooks)

    def get_parameters(self):
        """Return ``[n, m, cval]`` (``n`` as stored by the inner ``SomeOf``)."""
        someof = self[1]
        return [someof.n, self._m, self._cval]
