"""All augmenters, reachable as ``imgaug.augmenters.<Name>`` (usually ``iaa.<Name>``).

The family modules are star-imported in the order of imgaug 0.4.0 (``base``,
``arithmetic``, ``blur``, ``flip``, ``geometric``, ``meta``, ``size``; the families
``artistic``, ``blend``, ``collections``, ``color``, ``contrast``,
``convolutional``, ``debug``, ``edges``, ``imgcorruptlike``, ``pillike``,
``pooling``, ``segmentation`` and ``weather`` are added here in that order as they
are built). Every module defines ``__all__``, so only public names are re-exported.
"""

# ruff: noqa: F401, F403, I001  (order mirrors imgaug 0.4.0)
from imgaug.augmenters.base import *
from imgaug.augmenters.arithmetic import *
from imgaug.augmenters.blur import *
from imgaug.augmenters.color import *
from imgaug.augmenters.flip import *
from imgaug.augmenters.geometric import *
from imgaug.augmenters.meta import *
from imgaug.augmenters.size import *
from imgaug.augmenters import arithmetic, base, blur, color, flip, geometric, meta, size
