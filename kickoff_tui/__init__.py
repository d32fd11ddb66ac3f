"""kickoff-tui: facilitate a live project kickoff from the terminal."""

from __future__ import annotations


def package_version() -> str:
    """The installed version, read from the package metadata (never hardcoded)."""
    # importlib.metadata costs ~60 ms to import and scan; only pay when a version is shown
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kickoff-tui")
    except PackageNotFoundError:  # a checkout that was never installed
        return "0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return package_version()
    raise AttributeError(name)
