"""Where `kickoff serve` listens and the link it prints: loopback unless told otherwise."""

from __future__ import annotations

import ipaddress
import re
import socket

LOOPBACK = "127.0.0.1"
_WILDCARDS = ("0.0.0.0", "::", "")
# what a Host header may hold before it goes into the page: a name or an address, a port
_HOST_HEADER = re.compile(r"(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?")


def is_loopback(host: str) -> bool:
    """True only for addresses that other machines cannot reach."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a name other than localhost: it may resolve to anything


def exposure_warning(host: str) -> str:
    """The one line a non-loopback address earns."""
    return (
        f"warning: listening on {host or '*'}, not loopback: anyone on that network who has "
        "the link can watch the room view"
    )


def link_host(bound: str) -> str:
    """The host to print in the link: a wildcard bind gets this machine's LAN address."""
    host = _lan_address() if bound in _WILDCARDS else bound
    return f"[{host}]" if ":" in host else host


def _lan_address() -> str:
    """The address other machines reach this one at (a UDP connect sends no packet)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: only picks the outgoing interface
            address: str = probe.getsockname()[0]
            return address
    except OSError:
        return socket.gethostname()


def valid_host_header(value: str) -> bool:
    """A Host header that can go into the page's websocket address as it is."""
    return _HOST_HEADER.fullmatch(value) is not None
