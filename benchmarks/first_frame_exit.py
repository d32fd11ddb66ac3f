"""Run a Python module as `python -m` would, and end the process at its first frame.

`python -m benchmarks.first_frame_exit MARKER MODULE [ARGS...]`: the moment the program hands
Textual's terminal driver output containing MARKER, the process exits (os._exit, so nothing
after the frame runs). Under callgrind this makes the instruction count end exactly at the
first frame, whatever the machine's load: stopping it from outside would also count however
much it did after the frame before the signal landed.
"""

from __future__ import annotations

import os
import runpy
import sys

from textual.drivers.linux_driver import LinuxDriver


def main() -> None:
    marker, module, *args = sys.argv[1:]
    write = LinuxDriver.write

    def write_then_stop_at_marker(driver: LinuxDriver, data: str) -> None:
        write(driver, data)
        if marker in data:
            os._exit(0)

    LinuxDriver.write = write_then_stop_at_marker  # type: ignore[method-assign]
    sys.argv = [module, *args]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
