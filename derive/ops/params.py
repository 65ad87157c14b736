"""Hyper-parameters: declaration, parsing from the command line, validation.

Every error is a :class:`ParamError` (a ``ValueError``) with a one-line message that names
the parameter."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class ParamError(ValueError):
    """A hyper-parameter is invalid; the message names it."""


@dataclass(frozen=True)
class Param:
    name: str
    default: Any
    doc: str
    kind: str = "int"   # int | ints | bool | padding | opt_int | choice | str
    choices: tuple = ()
    size: str | None = None   # the size symbol this parameter fixes (e.g. "C", "H")


def parse_value(text: str):
    """Parse a command-line value: ``2``, ``3,2``, ``true``, ``none``, ``same``."""
    t = text.strip()
    low = t.lower()
    if low in ("true", "yes", "on"):
        return True
    if low in ("false", "no", "off"):
        return False
    if low in ("none", "null"):
        return None
    if "," in t:
        parts = [p for p in t.strip("()[]").split(",") if p.strip()]
        try:
            return tuple(int(p) for p in parts)
        except ValueError:
            raise ParamError(f"cannot read {text!r} as a tuple of integers") from None
    try:
        return int(t)
    except ValueError:
        return t


def as_tuple(name: str, value, dims: int, minimum: int) -> tuple[int, ...]:
    """An int or a tuple of ``dims`` ints, each at least ``minimum``."""
    if isinstance(value, bool):
        raise ParamError(f"{name} must be an integer or a tuple of {dims}, got {value!r}")
    original = value
    if isinstance(value, int):
        value = (value,) * dims
    if not isinstance(value, (tuple, list)) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in value):
        raise ParamError(f"{name} must be an integer or a tuple of {dims} integers, "
                         f"got {value!r}")
    value = tuple(value)
    if len(value) == 1 and dims > 1:
        value = value * dims
    if len(value) != dims:
        raise ParamError(f"{name} must have {dims} value(s), got {len(value)}: {value!r}")
    for v in value:
        if v < minimum:
            what = "positive" if minimum == 1 else "non-negative"
            raise ParamError(f"{name} must be {what}, got {original!r}")
    return value


def as_bool(name: str, value) -> bool:
    if isinstance(value, bool):
        return value
    raise ParamError(f"{name} must be true or false, got {value!r}")


def resolve(spec: list[Param], given: dict, op_name: str) -> dict:
    """Defaults filled in; unknown names refused."""
    names = {p.name for p in spec}
    for k in given:
        if k not in names:
            raise ParamError(f"{op_name} has no parameter {k!r} "
                             f"(it takes: {', '.join(sorted(names)) or 'none'})")
    out = {p.name: p.default for p in spec}
    out.update(given)
    return out


def positive_int(label: str, value) -> int:
    """``value`` when it is a positive integer, else a ParamError naming ``label``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ParamError(f"{label} must be a positive integer, got {value!r}")
    return value


def given_sizes(params: dict, names) -> dict[str, int]:
    """The concrete sizes among ``names`` that ``params`` gives (for documents), checked."""
    return {k: positive_int(f"size {k}", params[k]) for k in names
            if params.get(k) is not None}


def bind_size(bindings: dict, params: dict, key: str, symbol) -> None:
    """Bind the size symbol ``symbol`` to ``params[key]`` when given (a positive integer)."""
    for v in given_sizes(params, (key,)).values():
        bindings[symbol] = v

