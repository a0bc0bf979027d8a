"""Facts as the report lists them: the rows of each fact grouped, in a line a person reads."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

# The role that names a fact, first in its line (FACTS.md: an operation's key is its name,
# a membership's its body); the other roles follow in this order.
_ROLE_ORDER = ("operation", "body", "party", "partner", "lead", "member", "date", "country",
               "location", "result", "size", "framework", "instrument")
_YEAR = re.compile(r"^(\d{4})|^(\d{3})X")


@dataclass
class FactView:
    """One fact: its rows grouped by role, its evidence sentence."""

    fact: str
    type: str
    source: str
    evidence: tuple[int, int] | None
    rows: list[dict[str, Any]] = field(default_factory=list)
    roles: dict[str, list[str]] = field(default_factory=dict)

    def values(self, *roles: str) -> list[str]:
        """The values of these roles, in this order, each once."""
        return list(dict.fromkeys(v for role in roles for v in self.roles.get(role, [])))

    @property
    def dates(self) -> list[str]:
        return self.values("date")

    def headline(self) -> str:
        """Who or what the fact is about: `INTERPOL – CTC`, `Trigger IV (INTERPOL)`."""
        if self.type == "OPERATION":
            leads = self.values("lead")
            return " ".join(self.values("operation")) + (f" ({', '.join(leads)})" if leads else "")
        if self.type == "MEMBERSHIP":
            return " ".join(self.values("body")) + " ⊃ " + ", ".join(self.values("member"))
        return " – ".join(self.values("party", "partner"))

    def roles_in_order(self) -> list[tuple[str, list[str]]]:
        """(role, values) pairs, the naming role first."""
        order = {role: i for i, role in enumerate(_ROLE_ORDER)}
        return sorted(self.roles.items(), key=lambda item: (order.get(item[0], len(order)), item[0]))


def _int_or_none(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None


def group_facts(rows: Iterable[Mapping[str, Any]]) -> list[FactView]:
    """A document's fact rows grouped into facts, in the order of the table."""
    facts: dict[str, FactView] = {}
    for row in rows:
        fact_id = str(row.get("fact") or "")
        view = facts.get(fact_id)
        if view is None:
            start, end = _int_or_none(row.get("evidence_start")), _int_or_none(row.get("evidence_end"))
            evidence = (start, end) if start is not None and end is not None and start < end else None
            view = facts[fact_id] = FactView(fact_id, str(row.get("type") or ""),
                                             str(row.get("source") or ""), evidence)
        view.rows.append(dict(row))
        values = view.roles.setdefault(str(row.get("role") or ""), [])
        norm = str(row.get("norm") or "")
        if norm not in values:
            values.append(norm)
    return list(facts.values())


def year_of(date: str) -> int | None:
    """The year an ISO date, interval or decade (`199X`) starts in; None for `XXXX-06-23`."""
    found = _YEAR.match(date)
    if not found:
        return None
    return int(found.group(1)) if found.group(1) else int(found.group(2)) * 10
