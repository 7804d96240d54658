"""Sphinx configuration for the imgaug documentation.

Build (not part of CI; needs ``pip install -r docs/requirements.txt`` and imgaug)::

    sphinx-build -W -b html docs /tmp/docs_html

API pages live in ``docs/api/<module>.rst``, one per module in ``API_MODULES``. A
page whose module cannot be imported (an augmenter family that is not written yet)
is replaced by a short note and named in the build log. The house-style "Supported
dtypes" docstring section, unknown to numpydoc, is turned into a rubric before
numpydoc parses the docstring. Two small directives defined here keep the sources
free of generated files:

``imgaug-module-summary``
    a summary table of the current module's ``__all__``;
``imgaug-module-constants``
    the constants in ``__all__`` that ``automodule`` skips for lack of a docstring;
``imgaug-gallery``
    the example images under ``images/<family>/`` (made by
    ``docs/scripts/gen_images.py``), grouped by family.
"""

import importlib
import os
import sys
import warnings

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

DOCS_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(DOCS_DIR)
IMAGES_DIR = os.path.join(REPO_ROOT, "images")
sys.path.insert(0, REPO_ROOT)

import imgaug  # noqa: E402

LOGGER = logging.getLogger(__name__)

# -- project -----------------------------------------------------------------------
project = "imgaug"
author = "the imgaug authors"
copyright = "the imgaug authors"  # noqa: A001  (Sphinx setting name)
release = imgaug.__version__
version = ".".join(release.split(".")[0:2])

# -- general -----------------------------------------------------------------------
extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "sphinx.ext.viewcode",
    "numpydoc",
]
source_suffix = {".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "scripts", "requirements.txt"]
default_role = "py:obj"
nitpicky = False

# -- autodoc / autosummary / numpydoc ------------------------------------------------
autodoc_default_options = {
    "members": True,
    "undoc-members": True,  # constants in __all__ have no docstrings
    "imported-members": True,  # public names may be implemented in private modules
    "member-order": "bysource",
    "show-inheritance": True,
}
autodoc_typehints = "none"  # types are written in the numpydoc "Parameters" blocks
# the integrations' optional libraries are not needed to build the docs
autodoc_mock_imports = ["torch", "dask", "distributed", "ray"]
autosummary_generate = False  # no stub files: tables link into the module pages
numpydoc_show_class_members = False
numpydoc_class_members_toctree = False
numpydoc_xref_param_type = False

# -- html --------------------------------------------------------------------------
html_theme = "alabaster"
html_title = f"imgaug {release}"
html_static_path = []

# -- API pages ---------------------------------------------------------------------
#: modules with a page ``api/<module>.rst``
API_MODULES = [
    "imgaug.imgaug",
    "imgaug.random",
    "imgaug.parameters",
    "imgaug.dtypes",
    "imgaug.data",
    "imgaug.validation",
    "imgaug.augmentables.kps",
    "imgaug.augmentables.bbs",
    "imgaug.augmentables.polys",
    "imgaug.augmentables.lines",
    "imgaug.augmentables.heatmaps",
    "imgaug.augmentables.segmaps",
    "imgaug.augmentables.batches",
    "imgaug.augmentables.normalization",
    "imgaug.augmentables.utils",
    "imgaug.augmenters.meta",
    "imgaug.augmenters.flip",
    "imgaug.augmenters.size",
    "imgaug.augmenters.geometric",
    "imgaug.augmenters.arithmetic",
    "imgaug.augmenters.blur",
    "imgaug.augmenters.pooling",
    "imgaug.augmenters.segmentation",
    "imgaug.multicore",
]


def _missing_modules():
    missing = {}
    for name in API_MODULES:
        try:
            importlib.import_module(name)
        except Exception as err:  # noqa: BLE001  (any import problem hides the page)
            missing[name] = f"{type(err).__name__}: {err}"
    return missing


MISSING_MODULES = _missing_modules()


def _stub_missing_module_pages(app, docname, source):
    """Replace the page of a module that cannot be imported by a short note."""
    if not docname.startswith("api/"):
        return
    name = docname[len("api/") :]
    if name in MISSING_MODULES:
        LOGGER.info(
            "imgaug docs: %s is not importable (%s)", name, MISSING_MODULES[name]
        )
        source[0] = "\n".join(
            [
                name,
                "=" * len(name),
                "",
                ".. note::",
                "",
                "   This module could not be imported when these pages were built,",
                "   so its reference is missing here.",
                "",
            ]
        )


_DTYPES_HEADER = "supported dtypes"
# numpydoc also parses the raw docstring for signatures; the section it warns about
# there is the one converted by _dtypes_section_to_rubric below.
warnings.filterwarnings(
    "ignore", message="Unknown section Supported Dtypes", category=UserWarning
)


def _dtypes_section_to_rubric(app, what, name, obj, options, lines):
    """Turn the house-style "Supported dtypes" section into a rubric.

    numpydoc knows only the standard sections and drops unknown ones, so the block
    is rewritten into reStructuredText before numpydoc parses the docstring.
    """
    for i in range(len(lines) - 1):
        underline = lines[i + 1].strip()
        if (
            lines[i].strip().lower() == _DTYPES_HEADER
            and underline
            and set(underline) == {"-"}
        ):
            indent = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
            lines[i : i + 2] = [f"{indent}.. rubric:: Supported dtypes", ""]
            return


class ModuleSummary(SphinxDirective):
    """``.. imgaug-module-summary::`` — autosummary table of the module's ``__all__``.

    Uses the module set by the preceding ``.. module::``/``.. automodule::``
    (``py:module`` in the reference context) unless one is given as argument.
    """

    optional_arguments = 1

    def run(self):
        modname = (
            self.arguments[0]
            if self.arguments
            else self.env.ref_context.get("py:module")
        )
        module = importlib.import_module(modname)
        names = list(getattr(module, "__all__", []))
        if not names:
            return []
        lines = [
            f".. currentmodule:: {modname}",
            "",
            ".. autosummary::",
            "   :nosignatures:",
            "",
        ]
        lines += [f"   {name}" for name in names]
        container = nodes.container()
        self.state.nested_parse(
            StringList(lines, source="imgaug-module-summary"), 0, container
        )
        return container.children


class ModuleConstants(SphinxDirective):
    """``.. imgaug-module-constants::`` — document the undocumented data in ``__all__``.

    ``automodule`` documents module-level data only if it has a ``#:`` comment or a
    docstring; constants such as ``SEED_MAX_VALUE`` would otherwise be missing.
    Long values are not printed.
    """

    optional_arguments = 1

    def run(self):
        import inspect

        from sphinx.pycode import ModuleAnalyzer

        modname = (
            self.arguments[0]
            if self.arguments
            else self.env.ref_context.get("py:module")
        )
        module = importlib.import_module(modname)
        try:
            documented = {
                name for (ns, name) in ModuleAnalyzer.for_module(modname).attr_docs
            }
        except Exception:  # noqa: BLE001  (no source: treat all as undocumented)
            documented = set()
        lines = []
        for name in getattr(module, "__all__", []):
            value = getattr(module, name, None)
            if (
                name in documented
                or inspect.isclass(value)
                or inspect.ismodule(value)
                or callable(value)
            ):
                continue
            lines += [f".. autodata:: {modname}.{name}"]
            if len(repr(value)) > 70:
                lines += ["   :no-value:"]
            lines += [""]
        if not lines:
            return []
        lines = [".. rubric:: Constants", ""] + lines
        container = nodes.container()
        self.state.nested_parse(
            StringList(lines, source="imgaug-module-constants"), 0, container
        )
        return container.children


class Gallery(SphinxDirective):
    """``.. imgaug-gallery::`` — one figure per ``images/<family>/<Name>.jpg``."""

    def run(self):
        if not os.path.isdir(IMAGES_DIR):
            return []
        doc_dir = os.path.dirname(self.env.doc2path(self.env.docname))
        lines = []
        for family in sorted(os.listdir(IMAGES_DIR)):
            family_dir = os.path.join(IMAGES_DIR, family)
            if not os.path.isdir(family_dir):
                continue
            files = sorted(f for f in os.listdir(family_dir) if f.endswith(".jpg"))
            if not files:
                continue
            lines += [f".. rubric:: imgaug.augmenters.{family}", ""]
            for filename in files:
                path = os.path.relpath(os.path.join(family_dir, filename), doc_dir)
                name = filename[: -len(".jpg")]
                lines += [
                    f".. figure:: {path.replace(os.sep, '/')}",
                    f"   :alt: Examples of {name}",
                    "",
                    f"   :class:`imgaug.augmenters.{family}.{name}`",
                    "",
                ]
        container = nodes.container()
        self.state.nested_parse(
            StringList(lines, source="imgaug-gallery"), 0, container
        )
        return container.children


def setup(app):
    app.add_directive("imgaug-module-summary", ModuleSummary)
    app.add_directive("imgaug-module-constants", ModuleConstants)
    app.add_directive("imgaug-gallery", Gallery)
    app.connect("source-read", _stub_missing_module_pages)
    # before numpydoc's own autodoc-process-docstring handler (priority 500)
    app.connect("autodoc-process-docstring", _dtypes_section_to_rubric, priority=400)
    return {"parallel_read_safe": True}
