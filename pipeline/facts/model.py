"""What a fact is (FACTS.md): its types, their roles, and the records the facts stage emits."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

# type → role → labels of the mentions that may fill it (FACTS.md, "Types and roles")
ROLES: Mapping[str, Mapping[str, frozenset[str]]] = {
    "PARTNERSHIP": {"party": frozenset({"ORG", "COUNTRY"}), "partner": frozenset({"ORG", "COUNTRY"}),
                    "framework": frozenset({"RESOLUTION", "INSTRUMENT"})},
    "AGREEMENT": {"party": frozenset({"ORG", "COUNTRY"}), "partner": frozenset({"ORG", "COUNTRY"}),
                  "date": frozenset({"DATE"}), "instrument": frozenset({"INSTRUMENT"})},
    "OPERATION": {"operation": frozenset({"OPERATION"}), "lead": frozenset({"ORG"}),
                  "partner": frozenset({"ORG"}), "date": frozenset({"DATE"}),
                  "country": frozenset({"COUNTRY"}), "location": frozenset({"LOCATION"}),
                  "result": frozenset({"FIGURE"})},
    "MEMBERSHIP": {"body": frozenset({"ORG", "INSTRUMENT"}), "member": frozenset({"ORG", "COUNTRY"}),
                   "size": frozenset({"FIGURE"})},
}
FACT_TYPES = tuple(ROLES)
# the role that makes a fact one fact, where there is one
KEY_ROLES: Mapping[str, str] = {"OPERATION": "operation", "MEMBERSHIP": "body"}

from ..columns import FACT_COLUMNS, FACT_GOLD_COLUMNS, NETWORK_COLUMNS  # noqa: F401


@dataclass(frozen=True)
class Argument:
    """One value of a fact: its role and norm, and the mention that gives it (none for the
    publisher standing for `nous`/`we`)."""

    role: str
    norm: str
    label: str = ""
    start: int = -1
    end: int = -1

    @property
    def from_text(self) -> bool:
        """Whether a mention of the text gives the value (not the publisher)."""
        return self.start >= 0


@dataclass(frozen=True)
class Fact:
    """A fact: its type, its arguments (each value once per role), the sentence that states it,
    and the rule that found it."""

    type: str
    arguments: tuple[Argument, ...]
    evidence: tuple[int, int]
    source: str = ""

    def values(self, role: str) -> list[str]:
        """The norms of a role, in order."""
        return [a.norm for a in self.arguments if a.role == role]
