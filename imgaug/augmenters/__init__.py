"""All augmenters, reachable as ``imgaug.augmenters.<Name>`` (usually ``iaa.<Name>``).

The family modules are star-imported in the order of imgaug 0.4.0 (``base``,
``arithmetic``, ``artistic``, ``blend``, ``blur``, ``collections``, ``color``,
``contrast``, ``convolutional``, ``debug``, ``edges``, ``flip``, ``geometric``,
``meta``, ``pooling``, ``segmentation``, ``size``, ``weather``); ``imgcorruptlike``
and ``pillike`` are imported as sub-modules only. Every module defines ``__all__``,
so only public names are re-exported. The deprecated ``overlay`` module is not
imported here (as in 0.4.0).

The mixing augmenters of ``mix`` (new, no 0.4.0 counterpart) come last, followed
by the functions of ``pipelines`` (configs, records and replay; also new).
"""

# ruff: noqa: F401, F403, I001  (order mirrors imgaug 0.4.0)
from imgaug.augmenters.base import *
from imgaug.augmenters.arithmetic import *
from imgaug.augmenters.artistic import *
from imgaug.augmenters.blend import *
from imgaug.augmenters.blur import *
from imgaug.augmenters.collections import *
from imgaug.augmenters.color import *
from imgaug.augmenters.contrast import *
from imgaug.augmenters.convolutional import *
from imgaug.augmenters.debug import *
from imgaug.augmenters.edges import *
from imgaug.augmenters.flip import *
from imgaug.augmenters.geometric import *
import imgaug.augmenters.imgcorruptlike
from imgaug.augmenters.meta import *
import imgaug.augmenters.pillike
from imgaug.augmenters.pooling import *
from imgaug.augmenters.segmentation import *
from imgaug.augmenters.size import *
from imgaug.augmenters.weather import *
from imgaug.augmenters.mix import *
from imgaug.augmenters.pipelines import *
from imgaug.augmenters.inversion import *
from imgaug.augmenters import (
    arithmetic,
    artistic,
    base,
    blend,
    blur,
    color,
    contrast,
    convolutional,
    debug,
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
    weather,
)
