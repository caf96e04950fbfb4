"""The frozen build's venv: the app's own dependencies, tensorflow-cpu where it is published,
and PyInstaller."""

from __future__ import annotations

import tomllib

from packaging.requirements import Requirement

from tests.conftest import REPO
from tests.packaging.conftest import load_script

requirements = load_script("dist_requirements")
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def installed_on(platform: str) -> list[str]:
    """The requirements pip would install on ``platform`` (Python 3.11), as name + versions."""
    environment = {"sys_platform": platform, "python_version": "3.11"}
    return [f"{parsed.name}{parsed.specifier}"
            for parsed in map(Requirement, requirements.dist_requirements())
            if parsed.marker is None or parsed.marker.evaluate(environment)]


def test_linux_and_windows_get_tensorflow_cpu_macos_tensorflow():
    for platform in ("linux", "win32"):
        assert "tensorflow-cpu>=2.16" in installed_on(platform)
        assert not [name for name in installed_on(platform) if name.startswith("tensorflow>")]
    assert "tensorflow>=2.16" in installed_on("darwin")
    assert not [name for name in installed_on("darwin") if name.startswith("tensorflow-cpu")]


def test_everything_else_is_kept_as_pyproject_says_and_pyinstaller_added():
    written = requirements.dist_requirements()
    kept = [spec for spec in PROJECT["dependencies"]
            if requirements.requirement_name(spec) != "tensorflow"]
    assert [line for line in written if not line.lower().startswith("tensorflow")] == [
        *kept, *PROJECT["optional-dependencies"]["dist"]]
    assert any(line.startswith("pyinstaller") for line in written)


def test_a_substitute_keeps_the_requirement_s_own_marker():
    assert requirements.substituted("tensorflow>=2.16; python_version < '3.13'") == [
        "tensorflow-cpu>=2.16; sys_platform != 'darwin' and (python_version < '3.13')",
        "tensorflow>=2.16; sys_platform == 'darwin' and (python_version < '3.13')",
    ]
