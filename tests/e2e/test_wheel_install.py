"""A plain, non-editable install from the wheel ships the bundled agendas.

The editable install used for development reads `agendas/` from the checkout, so it cannot
catch a packaging mistake. This builds the real wheel, installs it into a fresh virtual
environment and runs the installed `kickoff` from a folder far from the checkout.

Offline by design: the wheel is built with the hatchling already installed when there is one,
pip installs with --no-index, and the runtime dependencies (pyyaml, platformdirs) are borrowed
from the running environment through a .pth line. A .pth line only adds a folder to sys.path;
the development install's own .pth hooks in that folder are not run, so the checkout stays out.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TEMPLATES = sorted(p.stem for p in (REPO / "agendas").glob("*.yaml"))

pytestmark = pytest.mark.slow


def build_wheel(out: Path) -> Path:
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out)]
    if importlib.util.find_spec("hatchling") is not None:
        command += ["--no-build-isolation", "--no-index"]  # no network needed
    subprocess.run([*command, str(REPO)], check=True, capture_output=True, text=True)
    (wheel,) = out.glob("kickoff_tui-*.whl")
    return wheel


def make_venv(where: Path, wheel: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True)
    python = where / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    subprocess.run(
        [*pip, "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
        text=True,
    )
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    runtime_deps = {_folder_of("yaml"), _folder_of("platformdirs")}
    (Path(site) / "borrowed_runtime_deps.pth").write_text(
        "".join(f"{folder}\n" for folder in sorted(runtime_deps)), encoding="utf-8"
    )
    return where / "bin"


def _folder_of(module: str) -> str:
    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin is not None
    return str(Path(spec.origin).parent.parent)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("wheel-install")
    wheel = build_wheel(root / "dist")
    return wheel, make_venv(root / "venv", wheel)


def run_installed(bin_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["KICKOFF_HOME"] = str(cwd / "home")
    return subprocess.run(
        [str(bin_dir / "kickoff"), *args], cwd=cwd, env=env, capture_output=True, text=True
    )


def test_the_wheel_contains_every_bundled_agenda(installed: tuple[Path, Path]) -> None:
    wheel, _ = installed
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert TEMPLATES
    for template in TEMPLATES:
        assert f"kickoff_tui/agendas/{template}.yaml" in names


def test_installed_package_comes_from_the_venv(installed: tuple[Path, Path]) -> None:
    _, bin_dir = installed
    where = subprocess.run(
        [str(bin_dir / "python"), "-c", "import kickoff_tui; print(kickoff_tui.__file__)"],
        cwd=bin_dir,
        capture_output=True,
        text=True,
        check=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("PYTHON")},
    ).stdout
    assert Path(where).resolve().is_relative_to(bin_dir.parent.resolve())


def test_kickoff_templates_works_after_a_plain_install(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    _, bin_dir = installed
    result = run_installed(bin_dir, tmp_path, "templates")
    assert result.returncode == 0, result.stderr
    listed = [line.split()[0] for line in result.stdout.splitlines()[1 : len(TEMPLATES) + 1]]
    assert listed == TEMPLATES


def test_kickoff_new_copies_from_the_installed_package(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    _, bin_dir = installed
    result = run_installed(bin_dir, tmp_path, "new", "mine.yaml", "-t", "sales-handover")
    assert result.returncode == 0, result.stderr
    original = (REPO / "agendas" / "sales-handover.yaml").read_bytes()
    assert (tmp_path / "mine.yaml").read_bytes() == original


def test_version_comes_from_the_installed_metadata(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    wheel, bin_dir = installed
    result = run_installed(bin_dir, tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    version = wheel.name.split("-")[1]
    assert result.stdout.strip() == f"kickoff {version}"


def test_kickoff_questions_reads_the_bank_inside_the_installed_package(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    wheel, bin_dir = installed
    with zipfile.ZipFile(wheel) as archive:
        assert "kickoff_tui/questions/lifecycle.yaml" in archive.namelist()
    result = run_installed(bin_dir, tmp_path, "questions", "--topic", "fit", "--format", "yaml")
    assert result.returncode == 0, result.stderr
    assert "Would we take this client again, knowing what you know now?" in result.stdout


def test_the_wheel_ships_the_json_export_schema(installed: tuple[Path, Path]) -> None:
    wheel, _bin = installed
    with zipfile.ZipFile(wheel) as archive:
        shipped = archive.read("kickoff_tui/minutes.schema.json")
    assert shipped == (REPO / "docs" / "minutes.schema.json").read_bytes()
