"""Frozen value objects without dataclasses, for what `kickoff check` loads on every run.

Importing dataclasses loads inspect (ast, dis, tokenize) and each class's methods are
generated with exec: ~20 ms of a ~60 ms `kickoff check`. The agenda records and Problem use
this instead; everything built after start-up may use dataclasses freely.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import Self


class FrozenRecord:
    """A frozen value object: what @dataclass(frozen=True) gives (eq, hash, repr, no
    assignment), written out by hand. Subclasses list their fields, in order, in
    __match_args__ and __slots__, and take them in the same order in __init__ (self._assign)."""

    __slots__ = ()
    __match_args__: tuple[str, ...] = ()

    def _assign(self, *values: object) -> None:
        for name, value in zip(self.__match_args__, values, strict=True):
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__match_args__)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FrozenRecord) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())  # like a frozen dataclass: an Item's options dict refuses

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__match_args__)
        return f"{type(self).__qualname__}({fields})"

    if not TYPE_CHECKING:  # hidden from mypy, which would accept any attribute name otherwise

        def __setattr__(self, name: str, value: object) -> None:
            raise AttributeError(f"cannot assign to field '{name}'")

        def __delattr__(self, name: str) -> None:
            raise AttributeError(f"cannot delete field '{name}'")

    def __reduce__(self) -> tuple[type[Self], tuple[object, ...]]:
        return (type(self), self._values())  # copy and pickle through __init__
