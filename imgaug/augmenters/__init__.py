"""All augmenters, reachable as ``imgaug.augmenters.<Name>`` (usually ``iaa.<Name>``).

The family modules are star-imported in the order of imgaug 0.4.0 (``base``,
``arithmetic``, ``blur``, ``contrast``, ``flip``, ``geometric``, ``meta``, ``size``;
the families ``artistic``, ``blend``, ``collections``, ``color``,
``convolutional``, ``debug``, ``edges``, ``imgcorruptlike``, ``pillike``,
``pooling``, ``segmentation`` and ``weather`` are added here in that order as they
are built). Every module defines ``__all__``, so only public names are re-exported.
The mixing augmenters of ``mix`` (new, no 0.4.0 counterpart) come last, followed
by the functions of ``pipelines`` (configs, records and replay; also new).
"""

# ruff: noqa: F401, F403, I001  (order mirrors imgaug 0.4.0)
from imgaug.augmenters.base import *
from imgaug.augmenters.arithmetic import *
from imgaug.augmenters.artistic import *
from imgaug.augmenters.blur import *
from imgaug.augmenters.color import *
from imgaug.augmenters.contrast import *
from imgaug.augmenters.convolutional import *
from imgaug.augmenters.edges import *
from imgaug.augmenters.flip import *
from imgaug.augmenters.geometric import *
import imgaug.augmenters.imgcorruptlike
from imgaug.augmenters.meta import *
import imgaug.augmenters.pillike
from imgaug.augmenters.pooling import *
from imgaug.augmenters.segmentation import *
from imgaug.augmenters.size import *
from imgaug.augmenters.mix import *
from imgaug.augmenters.pipelines import *
from imgaug.augmenters.inversion import *
from imgaug.augmenters import (
    arithmetic,
    artistic,
    base,
    blur,
    color,
    contrast,
    convolutional,
    edges,
    flip,
    geometric,
    imgcorruptlike,
    inversion,
    meta,
    mix,
    pillike,
    pipelines,
    pooling,
    segmentation,
    size,
)
