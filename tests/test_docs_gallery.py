"""Every public augmenter has a gallery picture and appears on its module page.

The registry (``docs/scripts/augmenter_registry.py``) is derived from the
``__all__`` of the modules in ``imgaug/augmenters``; nothing here lists augmenters
by hand, so a new family is checked as soon as it exists. A failure names the
missing picture and the command that makes it.
"""

import importlib.util
import os
import shutil
import sys

import pytest

import imgaug.augmenters as iaa

_REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_SCRIPTS = os.path.join(_REPO, "docs", "scripts")
_IMAGES = os.path.join(_REPO, "images")
_IMAGES_LIMIT_BYTES = 15 * 1024 * 1024


def _load(name):
    path = os.path.join(_SCRIPTS, name + ".py")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def registry():
    return _load("augmenter_registry")


@pytest.fixture(scope="module")
def gen_images(registry):
    return _load("gen_images")


def test_every_augmenter_has_a_picture_and_a_module_page(registry, gen_images):
    problems = registry.find_problems(skipped=gen_images.SKIPPED)
    assert problems == [], "\n".join(problems)


def test_helper_classes_have_a_picture_through_their_augmenter(gen_images):
    """Points samplers, colorizers and mask generators: each public one is drawn."""
    helper_bases = (
        iaa.IPointsSampler,
        iaa.IBinaryImageColorizer,
        iaa.IBatchwiseMaskGenerator,
    )
    public_helpers = {
        name
        for name, obj in vars(iaa).items()
        if isinstance(obj, type)
        and issubclass(obj, helper_bases)
        and not name.startswith("I")  # interfaces; InvertMaskGen wraps another one
    }
    assert public_helpers == set(gen_images.HELPERS)
    for target in gen_images.helper_targets():
        assert issubclass(target.cls, iaa.Augmenter)
        assert target.key in target.example.expr
        path = gen_images.output_path(_IMAGES, target)
        assert os.path.isfile(path), (
            f"run: python docs/scripts/gen_images.py {target.key}"
        )


def test_registry_holds_every_public_augmenter(registry):
    """Cross-check against what ``imgaug.augmenters`` exposes."""
    entries = registry.discover()
    classes = {entry.cls for entry in entries}
    exposed = {
        obj
        for name, obj in vars(iaa).items()
        if isinstance(obj, type)
        and issubclass(obj, iaa.Augmenter)
        and not name.startswith("_")
    }
    assert exposed <= classes, sorted(c.__name__ for c in exposed - classes)
    # sub-module families (pillike, imgcorruptlike) are in the registry too
    for module in registry.augmenter_modules():
        submodule = getattr(iaa, module)
        for name in getattr(submodule, "__all__", ()):
            obj = getattr(submodule, name)
            if isinstance(obj, type) and issubclass(obj, iaa.Augmenter):
                assert obj in classes, f"{module}.{name}"
    qualnames = [entry.qualname for entry in entries]
    assert len(qualnames) == len(set(qualnames))
    assert "imgaug.augmenters.flip.Fliplr" in qualnames
    assert "imgaug.augmenters.imgcorruptlike.GaussianBlur" in qualnames


def test_a_removed_picture_is_reported(registry, gen_images, tmp_path):
    images = tmp_path / "images"
    shutil.copytree(_IMAGES, images)
    os.remove(images / "flip" / "Fliplr.jpg")
    problems = registry.find_problems(
        images_dir=str(images), skipped=gen_images.SKIPPED
    )
    assert len(problems) == 1
    assert (
        "imgaug.augmenters.flip.Fliplr has no picture images/flip/Fliplr.jpg"
        in (problems[0])
    )
    assert "gen_images.py Fliplr" in problems[0]


def test_a_module_page_without_the_augmenter_listing_is_reported(registry, tmp_path):
    api = tmp_path / "api"
    shutil.copytree(os.path.join(_REPO, "docs", "api"), api)
    page = api / "imgaug.augmenters.flip.rst"
    text = page.read_text().replace(".. imgaug-module-summary::", ".. note::")
    page.write_text(text)
    os.remove(api / "imgaug.augmenters.blur.rst")
    problems = registry.find_problems(docs_api_dir=str(api), skipped=())
    assert any("imgaug.augmenters.flip.rst lacks" in p for p in problems)
    assert any(
        p.startswith("no module page") and p.endswith("imgaug.augmenters.blur.rst")
        for p in problems
    )


def test_aliases_and_skipped_augmenters_need_no_picture(registry, gen_images):
    by_name = {entry.qualname: entry for entry in registry.discover()}
    identity = by_name["imgaug.augmenters.meta.Identity"]
    assert registry.needs_no_picture(identity, gen_images.SKIPPED)
    fliplr = by_name["imgaug.augmenters.flip.Fliplr"]
    assert not registry.needs_no_picture(fliplr, gen_images.SKIPPED)
    alias = registry.Entry("flip", "HorizontalFlipAlias", iaa.Fliplr, "Fliplr")
    assert registry.needs_no_picture(alias, ())


def test_registry_keys(registry):
    by_name = {entry.qualname: entry for entry in registry.discover()}
    assert registry.registry_key(by_name["imgaug.augmenters.flip.Fliplr"]) == "Fliplr"
    key = registry.registry_key(by_name["imgaug.augmenters.imgcorruptlike.Fog"])
    assert key == "imgcorruptlike.Fog"


# ------------------------------------------------------------------ kinds
def test_kinds_of_a_leaf_come_from_its_kinds_attribute(registry):
    kinds = registry.changed_kinds(iaa.Add)
    assert kinds.source == "leaf"
    assert kinds.kinds == ("images",)
    assert kinds.describe() == "images"
    assert registry.changed_kinds(iaa.Fliplr).kinds == registry.ALL_KINDS


def test_kinds_of_a_container_are_those_of_its_children(registry):
    for cls in (iaa.Sequential, iaa.SomeOf, iaa.Sometimes, iaa.WithChannels):
        kinds = registry.changed_kinds(cls)
        assert kinds.source == "children"
        assert "child" in kinds.describe()


def test_kinds_of_other_augmenters_are_measured(registry):
    channel_shuffle = registry.changed_kinds(
        iaa.ChannelShuffle, lambda: iaa.ChannelShuffle(1.0)
    )
    assert channel_shuffle == registry.Kinds(("images",), "measured")
    clip = registry.changed_kinds(iaa.ClipCBAsToImagePlanes)
    assert clip.kinds == ("keypoints", "bounding_boxes", "polygons", "line_strings")
    assert registry.changed_kinds(iaa.Identity).kinds == ()
    assert registry.changed_kinds(iaa.Identity).describe() == "nothing (measured)"
    noted = registry.changed_kinds(iaa.Lambda, note="needs user callbacks")
    assert noted.describe() == "needs user callbacks"
    # AssertShape cannot be built without arguments
    assert "not measured" in registry.changed_kinds(iaa.AssertShape).describe()


def test_measure_kinds_sees_every_kind(registry):
    assert registry.measure_kinds(iaa.Fliplr(1.0)) == registry.ALL_KINDS
    assert registry.measure_kinds(iaa.Add(10)) == ("images",)
    assert registry.measure_kinds(iaa.Identity()) == ()


# ----------------------------------------------------------------- images
def test_images_folder_stays_small():
    total = 0
    for root, _, files in os.walk(_IMAGES):
        total += sum(os.path.getsize(os.path.join(root, name)) for name in files)
    assert total <= _IMAGES_LIMIT_BYTES, f"images/ holds {total / 2**20:.1f} MB"


def test_overview_grid_exists_and_tops_the_readme(gen_images):
    path = os.path.join(_IMAGES, gen_images.OVERVIEW_NAME)
    assert os.path.isfile(path)
    image = gen_images._decode(path)
    assert image.shape[1] == gen_images.GAP + gen_images.OVERVIEW_COLS * (
        gen_images.OVERVIEW_CELL_HW[1] + gen_images.GAP
    )
    with open(os.path.join(_REPO, "README.md"), encoding="utf-8") as handle:
        readme = handle.read()
    first_picture = readme.index("<img") if "<img" in readme else readme.index("![")
    assert "images/overview.jpg" in readme[first_picture : first_picture + 200]
    assert first_picture < readme.index("## Quick start")


def test_every_file_the_readme_links_to_exists():
    import re

    with open(os.path.join(_REPO, "README.md"), encoding="utf-8") as handle:
        readme = handle.read()
    targets = re.findall(r'(?:src|href)="([^"]+)"', readme)
    targets += re.findall(r"\]\(([^)]+)\)", readme)
    local = [t for t in targets if "://" not in t and not t.startswith("#")]
    assert any(t.startswith("images/") and t.endswith(".jpg") for t in local)
    missing = [t for t in local if not os.path.exists(os.path.join(_REPO, t))]
    assert missing == []
