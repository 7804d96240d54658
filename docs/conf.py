"""Sphinx configuration for the imgaug documentation.

Build (``.ci/run`` does this from a clean checkout)::

    pip install -r docs/requirements.txt && pip install -e .
    sphinx-build -W -b html docs docs/_build/html
    python docs/scripts/check_links.py docs/_build/html

The directives and build hooks (module summaries with pictures and kinds, gallery,
executed examples, changelog on the migrating page, performance plots) live in the
local extension ``docs/_ext/imgaug_docs.py``; its docstring describes them. Pages
are reStructuredText (``.rst``) or MyST Markdown (``.md``). Generated files go to
``docs/_generated/`` (not committed).
"""

import os
import sys

DOCS_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(DOCS_DIR)
sys.path.insert(0, REPO_ROOT)
sys.path.insert(0, os.path.join(DOCS_DIR, "_ext"))

import imgaug  # noqa: E402

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
    "myst_parser",
    "imgaug_docs",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_generated", "_ext", "scripts", "benchmarks"]
default_role = "py:obj"
nitpicky = False

# -- MyST --------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

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
html_theme = "furo"
html_title = f"imgaug {release}"
html_static_path = ["_static"]
html_css_files = ["imgaug.css"]
html_theme_options = {"navigation_with_keys": True}
