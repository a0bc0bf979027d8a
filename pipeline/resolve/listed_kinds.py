"""Names of another kind than a body's, for the list rule that reads a name in title case listed
beside a body as a body's (`lists._titled_bodies`): a person's name, a day or a month, a place, an
event, a periodical's title. Lists in this genre hold names of one kind, but a body's name stands
beside a person's or a place's too (`UNODC and Maria Lopez spoke`, `Europol and Greater
Manchester`): what the name's own words say, what the model read there, and what the text
names elsewhere outweigh the list."""

from __future__ import annotations

import re

from .. import provenance
from ..mention import Mention, SpanIndex
from .context import Context


_POSSESSIVE = re.compile(r"['’]s\Z")


def _not_body_words(lex) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Lower-cased: words a person's name opens on (given names, titles and ranks: `Captain`,
    `Judge`, `Dr`), words that open a place's name (`Greater`, `Northern`), and nouns that make a
    name a named day, an event or a periodical's title (`Day`, `Summit`, `Review`,
    `report_head`'s `Index`)."""
    lower = lambda *names: frozenset(w.lower() for n in names for w in lex.words(n))  # noqa: E731
    return (lex.given_names | lower("civil_title", "title", "stacked_title", "role_noun"),
            lower("country_qualifier", "place_position_before"),
            lower("observance_noun", "event_head", "publication_head", "report_head"))


# a comma and a capital after a listed name: the next item, or the country of an address
_COMMA_NAME = re.compile(r",[ \t]+(?=\w)")


class OtherKinds:
    """What says a name in title case listed beside a body is a name of another kind: its own
    words (a given name or a title first, a weekday or a month, a word that opens a place's name, the noun of
    an event or a periodical), a name the model read across it as another kind than a body, a
    country after it and a comma (an address), or the
    text's other names (the same name found elsewhere as a person, a place, a date or a text, or
    its last word a person's surname: `Ms Maria Lopez … UNODC and Maria Lopez`). The text's
    names are gathered once, and only where a listed name is to be judged."""

    def __init__(self, ctx: Context, candidates: tuple[Mention, ...]) -> None:
        self.ctx = ctx
        self.candidates = candidates
        self.given, self.place_openers, self.heads = ctx.knowledge.built("titled_not_body", _not_body_words)
        self._named: tuple[frozenset[str], frozenset[str]] | None = None
        self._index = SpanIndex(list(candidates))  # once: `holds` is asked for every listed name

    def named(self) -> tuple[frozenset[str], frozenset[str]]:
        """The text's names read as another kind than a body (lower-cased): by the rules, of any
        kind; by the model, people only (its places and dates in this genre are often bodies'
        names); and the last words of the people's names."""
        if self._named is None:
            text = self.ctx.text
            other = [c for c in self.candidates if c.label not in ("ORG", "FIGURE")
                     and (c.source != provenance.MODEL or c.label == "PERSON")]
            self._named = (frozenset(text[c.start:c.end].lower() for c in other),
                           frozenset(text[c.start:c.end].split()[-1].lower() for c in other
                                     if c.label == "PERSON" and c.end > c.start))
        return self._named

    def holds(self, name: Mention, text: str, words: list[str]) -> bool:
        """Whether the name is of another kind than a body's (see the class)."""
        lowered = [_POSSESSIVE.sub("", w).lower() for w in words]
        if lowered[0] in self.given or lowered[0] in self.place_openers:
            return True  # Maria Lopez, Greater Korvelton
        if any(w in self.ctx.knowledge.calendar_words or w in self.heads for w in lowered):
            return True  # Tuesday's Korvel, December Korvel, Korvel Water Day, Korvel Summit
        found = self._index.overlapping(name.start, name.end)
        if any(c.source == provenance.MODEL and c.label != "ORG" for c in found):
            return True  # the model read a person, a day there
        after = _COMMA_NAME.match(self.ctx.text, name.end)
        if after is not None and any(c.start == after.end() and c.label == "COUNTRY"
                                     for c in self._index.overlapping(after.end(), after.end() + 1)):
            return True  # `UNHCR, Kakuma Camp, Kenya`: an address, a place and its country
        names, surnames = self.named()
        return text.lower() in names or (len(words) > 1 and lowered[-1] in surnames)
