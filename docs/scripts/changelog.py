"""The deviations listed in ``CHANGELOG.md``, as Markdown for the migrating page.

``docs/_ext/imgaug_docs.py`` replaces the marker ``<!-- changelog -->`` of
``docs/migrating.md`` with :func:`changelog_markdown` while the site is built, so
the page always shows the changelog of the checkout.
"""

from __future__ import annotations

import os
import re

CHANGELOG_PATH = os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
    "CHANGELOG.md",
)


def changelog_markdown(path=CHANGELOG_PATH):
    """Return the deviations of ``CHANGELOG.md`` as Markdown for the migrating page.

    The text below the first release heading (``## ...``) is used; its ``###``
    and ``####`` headings keep their levels, and headings without any text below
    them (families without deviations) are dropped.
    """
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("## ")]
    if not starts:
        return ""
    body = lines[starts[0] + 1 :]
    sections = []  # (heading line or None, [text lines])
    current = [None, []]
    for line in body:
        if line.startswith("## "):
            break
        if re.match(r"^#{3,6} ", line):
            sections.append(current)
            current = [line, []]
        else:
            current[1].append(line)
    sections.append(current)

    def level(heading):
        return len(heading) - len(heading.lstrip("#")) if heading else 0

    out = []
    for index, (heading, text) in enumerate(sections):
        has_text = any(line.strip() for line in text)
        has_children = False
        for later_heading, later_text in sections[index + 1 :]:
            if level(later_heading) <= level(heading):
                break
            if any(line.strip() for line in later_text):
                has_children = True
                break
        if heading is not None and not (has_text or has_children):
            continue
        if heading is not None:
            out += [heading, ""]
        out += text
    return "\n".join(out).strip() + "\n"
