"""Who speaks for which body: people named with their office, and the speakers of quotations.

`Ghada Waly, directrice exécutive de l'ONUDC`, `le Secrétaire général d'INTERPOL, Jürgen Stock`,
`INTERPOL's Secretary General, Mr Jürgen Stock`: the person speaks for the body, so a sentence
where `Mme Waly a salué le soutien de l'UE` states a partnership of UNODC. First person inside a
quotation (`« nos partenaires des Nations Unies », a souligné le Secrétaire général d'INTERPOL`)
stands for the speaker's body, not the page's.

Plain functions over the text and its mentions; the regular expressions come from the language's
fact words (`FactWords.office_after`, `office_before`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# how far an attribution (`», a déclaré …, Ghada Waly`) may stand from its quotation
_ATTRIBUTION = 160
_CONTINUED = 400  # a quotation this close after another, without attribution, is the same speaker's
_TITLED = re.compile(r"\s*,\s*")  # the comma between a person and the body of their title
_OFFICE_NEXT = re.compile(r"\s+[A-Z][\w-]*\s+[A-Z]")  # the title after that body: two capitalised words


class _Mention(Protocol):
    start: int
    end: int
    label: str
    norm: str


def affiliations(text: str, mentions: Sequence[_Mention], office_after: re.Pattern,
                 office_before: re.Pattern, linker_end: re.Pattern) -> dict[str, str]:
    """Person norm → the norm of the body the text names them an officer of (the first one)."""
    found: dict[str, str] = {}
    for i, person in enumerate(mentions):
        if person.label != "PERSON" or person.norm in found:
            continue
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        before = mentions[i - 1] if i else None
        if after is not None and after.label == "ORG" and office_after.fullmatch(text, person.end, after.start):
            found[person.norm] = after.norm  # `Ghada Waly, directrice exécutive de l'ONUDC`
        elif after is not None and after.label == "ORG" and _TITLED.fullmatch(text, person.end, after.start) and (
                _OFFICE_NEXT.match(text, after.end)):
            found[person.norm] = after.norm  # `Masood Karimipour, UNODC Regional Representative`
        elif before is not None and before.label == "ORG" and office_before.fullmatch(text, before.end, person.start):
            # `le Secrétaire général d'INTERPOL, Jürgen Stock`, `INTERPOL's Secretary General, Mr Stock`
            possessive = text[before.end:person.start].lstrip().startswith(("'s", "’s"))
            if possessive or linker_end.search(text, max(0, before.start - 12), before.start):
                found[person.norm] = before.norm
    return found


def quote_speakers(text: str, quotes: Sequence[tuple[int, int]], mentions: Sequence[_Mention],
                   bodies: dict[str, str]) -> dict[tuple[int, int], str]:
    """Quotation span → the norm of the body its speaker speaks for (when the text says)."""
    people = [m for m in mentions if m.label == "PERSON"]
    speakers: dict[tuple[int, int], str] = {}
    previous: tuple[int, int, str] | None = None
    for start, end in quotes:
        person = next((p for p in people if end <= p.start <= end + _ATTRIBUTION
                       and not any(c in text[end:p.start] for c in "«“\n")), None)
        if person is None:
            person = next((p for p in reversed(people) if start - _ATTRIBUTION <= p.end <= start
                           and text[p.end:start].rstrip().endswith(":")), None)
        body = bodies.get(person.norm, "") if person else ""
        if not body and person is None and previous and start - previous[1] <= _CONTINUED:
            body = previous[2]  # `« … », a souligné M. Stock. « Cette opération … »`
        if body:
            speakers[(start, end)] = body
        previous = (start, end, body)
    return speakers
