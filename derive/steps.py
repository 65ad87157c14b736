"""A recorded derivation step, read by the explainer."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Step:
    """One recorded step: ``kind`` names it, ``data`` holds the SymPy objects it is about."""

    kind: str
    data: dict[str, Any] = field(default_factory=dict)
