"""`kickoff serve`'s own server with the bare Textual app as every tab's process: the serve
benchmark's baseline (same server, page, browser and protocol; only the app differs)."""

from __future__ import annotations

import sys

from kickoff_tui.web.run import ServeOptions, serve

if __name__ == "__main__":
    bare = [sys.executable, "-m", "benchmarks.bare_app"]
    options = ServeOptions(bare, "baseline", "the bare Textual app", "127.0.0.1", 0)
    raise SystemExit(serve(options))
