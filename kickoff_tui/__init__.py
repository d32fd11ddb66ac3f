"""kickoff-tui: facilitate a live project kickoff from the terminal."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kickoff-tui")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0+unknown"
