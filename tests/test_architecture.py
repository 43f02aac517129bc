"""The house rules that keep the codebase in shape (HOUSE_STYLE.md)."""

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
