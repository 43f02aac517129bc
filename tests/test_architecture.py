"""The house rules that keep the codebase in shape (HOUSE_STYLE.md).

The import rules are contracts in pyproject.toml's [tool.importlinter] (layers, the nevers, private
modules, no cycles), run here; names are checked by `test_no_private_name_crosses_a_package`.
"""

import ast
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)", re.MULTILINE)


def test_core_never_imports_qt_in_source():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "app" / "core").rglob("*.py")
        if QT_IMPORT.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_import_contracts_hold(capsys):
    from importlinter.cli import lint_imports

    code = lint_imports(str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    assert code == 0, capsys.readouterr().out


def _module_name(path: Path) -> tuple[str, str]:
    """The dotted name of a module file under ROOT, and the package it belongs to."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    if parts[-1] == "__init__":
        name = ".".join(parts[:-1])
        return name, name
    return ".".join(parts), ".".join(parts[:-1])


def _imported_names(tree: ast.Module, package: str) -> list[tuple[int, str]]:
    """(line, dotted name) of everything a module imports: `from a.b import c` gives a.b.c."""
    names: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the package, one level up per extra dot
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, *([node.module] if node.module else [])])
            names += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return names


def _private_owner(dotted: str) -> str | None:
    """The package a private name belongs to (`a.b._c.d` -> `a.b`), or None if none is private."""
    parts = dotted.split(".")
    for i, part in enumerate(parts):
        if part.startswith("_") and not part.endswith("__"):
            owner = parts[:i]
            # `from a.b.mod import _name`: the name is private to mod's package, a.b.
            while owner and not (ROOT.joinpath(*owner) / "__init__.py").exists():
                owner = owner[:-1]
            return ".".join(owner)
    return None


def _crossings(files: list[Path]) -> list[str]:
    found = []
    for path in files:
        _, package = _module_name(path)
        for line, dotted in _imported_names(ast.parse(path.read_text(encoding="utf-8")), package):
            owner = _private_owner(dotted)
            if not dotted.startswith("app.") or owner is None:
                continue
            if package != owner and not package.startswith(owner + "."):
                found.append(f"{path.relative_to(ROOT)}:{line}: {dotted} (private to {owner})")
    return found


def test_no_private_name_crosses_a_package():
    # A leading underscore means "only this package" (and its subpackages): a module or name
    # starting with one is imported from elsewhere only through the package's public names.
    assert _crossings(sorted((ROOT / "app").rglob("*.py"))) == []


def test_the_private_name_check_sees_crossings(monkeypatch):
    probe = ROOT / "app" / "core" / "facts" / "quotes" / "_extract.py"
    tree_text = (
        "from app.core.facts.dates._rules import Found\n"  # another package's private module
        "from app.core.facts.dates import _resolve\n"  # the same, as a name
        "from app.core.dedup._remove import _MIN_WORDS\n"
        "from app.core.facts.quotes._marks import find_marked_spans\n"  # its own: fine
        "from ._people import PeopleIndex\n"  # its own, relative: fine
        "from ..dates import extract\n"  # public: fine
    )
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: tree_text)
    assert [c.split(": ", 1)[1] for c in _crossings([probe])] == [
        "app.core.facts.dates._rules.Found (private to app.core.facts.dates)",
        "app.core.facts.dates._resolve (private to app.core.facts.dates)",
        "app.core.dedup._remove._MIN_WORDS (private to app.core.dedup)",
    ]


def test_core_pipeline_loads_without_qt():
    code = (
        "import sys, app.core.analysis, app.core.export, app.cli; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_subpackage_is_listed_for_the_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "app").rglob("__init__.py")
    }
    # resources/, its lexicons and models are data folders installed as packages
    # (importlib.resources).
    data = {"app.resources", "app.resources.lexicons", "app.resources.models"}
    assert found | data == listed


@pytest.mark.slow
def test_wheel_carries_the_resources(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0 and "No matching distribution" in result.stderr:
        pytest.skip("cannot fetch the build backend here: " + result.stderr.splitlines()[-1])
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("keyfacts-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"app/resources/{p.name}" for p in (ROOT / "resources").iterdir() if p.is_file()}
    expected |= {
        f"app/resources/lexicons/{p.name}" for p in (ROOT / "resources" / "lexicons").glob("*")
    }
    expected |= {
        f"app/resources/models/{p.name}" for p in (ROOT / "resources" / "models").glob("*")
    }
    assert "app/resources/models/tagger-ewt.json.gz" in expected
    assert expected - names == set()
    assert "app/core/analysis.py" in names and "app/gui/main_window.py" in names
