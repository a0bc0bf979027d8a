"""Which bodies and states of a sentence only qualify another thing (`les entités de l'ONU`,
`l'OCRTIS du Sénégal`, `Cartagena de Indias (Colombia)`): read by `FactDocument.actors`."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .refs import Ref, Sentence

# `Le GRECO, organe anticorruption du Conseil de l'Europe, a accueilli …`, `CEPREDENAC, órgano técnico
# del SICA`, `AFRIPOL, le mécanisme de coopération policière de l'UA`: an apposition opening on a
# qualifier noun, one to three lower-case words of its complement (no conjunction, no name) and a
# linker right before a body: that body only says whose organ the one before the comma is. Only in
# an apposition (after a comma and an article at most): `comparten oficina agentes de la Guardia
# Civil`, `países con el apoyo de INTERPOL` are no such phrase. Built once per language's words.
_APPOSED_REACH = 90  # characters before a body the apposition opens within


# A body at the end of a lower-case compound (`all-of-UN`), which it only qualifies; not the
# compounds of two bodies (`la coopération INTERPOL-ONU`).
_LOWER_COMPOUND = re.compile(r"(?<![\w-])[a-z][\w-]*-\Z")


class Qualifiers:
    """The qualifier tests of a `FactDocument` (text, words, mentions and memo are its own)."""

    def qualifies(self, m: Ref, sentence: Sentence) -> bool:
        """Whether a body or state only qualifies another (see `_qualifier`); a state named as a
        place (`au Niger`) still counts here (where an operation ran)."""
        return self._qualifier(m, sentence, actor=False)

    def _placed_state(self, before: str) -> bool:
        """Whether the text before a state makes it a place (`bloqués au Niger`) or the owner of
        a thing (`les cellules de renseignement financier du Mali`), not an actor; a state owning
        the units a body is made of (`des contingents du Bénin`) or acting through its
        representatives (`les chefs d'État du Mali`) is one."""
        words = self.words
        if words.place_before.search(before):
            return True
        match = words.qualifier_noun_before(before)
        noun = match.group(1).casefold().replace("’", "'") if match else ""
        # `les contingents du Bénin`, `los presidentes de Chile … firmaron`: the state acts through them
        return bool(match) and noun not in words.join_words and noun not in words.acting_nouns \
            and not noun[:1].isupper()

    def _owns_next(self, m: Ref, sentence: Sentence) -> bool:
        """Whether a possessive ending joins a name to the body right after it (`Italy's Central
        Directorate`, `the UK's National Crime Agency`)."""
        following = next((r for r in sentence.mentions if r.start >= m.end), None)
        return (following is not None and following.label == "ORG"
                and self.text[m.end:following.start].strip().replace("’", "'") in self.words.words["possessive"])

    def _locates(self, m: Ref) -> bool:
        """Whether a state in parentheses only says where the place before it lies (`en
        Cartagena de Indias (Colombia), junto con …`, `à Abidjan (Côte d'Ivoire)`)."""
        i = bisect.bisect_left(self.mentions, m)
        previous = self.mentions[i - 1] if i else None
        if previous is None or previous.label != "LOCATION":
            return False
        gap, after = self.text[previous.end:m.start].strip(), self.text[m.end:m.end + 2].strip()
        # `signed in Leticia, Colombia, on 6 September`, `based in Brazzaville, the Republic of the
        # Congo.`: the state between commas, or ending its clause, after a place named after a place
        # preposition (an article before the state allowed)
        head, _, article = gap.partition(" ")
        if self._opens_list(m, i, article.casefold() in self.words.words["article"]):
            return False  # `En Asie centrale, le Kazakhstan, le Kirghizistan … ont signé`: the first of a list of states
        return (gap == "(" and after.startswith(")")) or (head == "," and (
            not article or article.casefold() in self.words.words["article"]) and after[:1] in (",", ".", ";") and bool(
            self.words.place_before.search(self.text[max(0, previous.start - 12):previous.start])))

    def _opens_list(self, m: Ref, i: int, article: bool) -> bool:
        """Whether the state `m` (the `i`th mention) after a place and its comma opens a list of
        states: an article before it (`En Asie centrale, le Kazakhstan, le Kirghizistan`), or two
        states at least joined after it (`In Central Asia, Kazakhstan, Kyrgyzstan and Tajikistan`);
        not `à Dakar, Sénégal, et la France ont signé`, a city's state then one partner."""
        chain, at = 0, m.end
        for following in self.mentions[i + 1:i + 3]:
            if following.label != "COUNTRY" or not self.joins(self.text[at:following.start]):
                break
            chain, at = chain + 1, following.end
        return chain >= 2 or (chain == 1 and article)

    def _alias(self, m: Ref) -> bool:
        """Whether a body is the parenthesised other name of the body before it (`l'OIM (OIM)`,
        `LAGA (Last Great Ape Organization)`, `the University of X (The UX)`)."""
        i = bisect.bisect_left(self.mentions, m)
        previous = self.mentions[i - 1] if i else None
        gap = self.text[previous.end:m.start].strip() if previous is not None else ""
        # `The University of the West Indies (The UWI)`: an article may open the other name
        return (previous is not None and previous.label == m.label and gap[:1] == "("
                and all(t in self.words.words["article"] for t in gap[1:].casefold().split())
                and self.text[m.end:m.end + 2].strip().startswith(")"))

    def _supported(self, m: Ref, sentence: Sentence) -> bool:
        """Whether a cue of support stands right before a body, an article between them allowed
        (`have supported the Agency's laboratory programmes`, `funded the Commission's offices`):
        the body whose work is supported is the supported side, not a mere qualifier."""
        return self._cue_right_before("directed", m, sentence)

    def _gathered(self, m: Ref, sentence: Sentence) -> bool:
        """Whether a cue of gathering ends right before a state, an article between them allowed
        (`composed of Chile`, `constitué du Chili`): a member the body is made of, not the owner of a noun."""
        return self._cue_right_before("gathers", m, sentence)

    def _cued(self, m: Ref, sentence: Sentence) -> bool:
        """Whether a cue of cooperation or support that ends on a linker stands right before a
        state, an article between them allowed (`avec le soutien de la Norvège`, `with the support
        of Norway`, `aux côtés de la Jamaïque`): the state is the cue's side, not the owner of its
        noun (`les cellules de renseignement du Mali`)."""
        if self.text[m.end:m.end + 2].replace("’", "'") in self.words.words["possessive"]:
            return False  # `with the support of Norway's coast guard`: the state owns the noun after it
        allowed = self.words.article_or_nothing
        lo = max(sentence.start, m.start - 40)  # the document's one scan of cues, no search a state
        return any(self.text[c.end():m.start].strip().casefold() in allowed
                   for name in ("partnership_cue", "participation_cue") for c in self.find(name, lo, m.start))

    def _parent(self, m: Ref, sentence: Sentence) -> bool:
        """Whether a word of dependence ends right before a body, an article between them allowed
        (`dependiente del Ministerio`, `Elle dépend du Service public fédéral`, `placée auprès de la
        Banque centrale`): the parent the subject belongs to, no actor of its own."""
        return self._cue_right_before("parent_of", m, sentence)

    def _cue_right_before(self, cue_class: str, m: Ref, sentence: Sentence) -> bool:
        """Whether a word of `cue_class` ends right before a mention, at most an article between."""
        allowed = self.words.article_or_nothing
        return any(self.text[c.end():m.start].strip().casefold() in allowed
                   for c in self.words.find(cue_class, self.text, max(sentence.start, m.start - 40), m.start))

    def _qualifier(self, m: Ref, sentence: Sentence, actor: bool = True) -> bool:
        key = ("qualifier", m, actor)
        if key not in self.memo:
            self.memo[key] = self._qualifies(m, sentence, actor)
        return self.memo[key]

    def _qualifies(self, m: Ref, sentence: Sentence, actor: bool) -> bool:
        """Whether a body only qualifies another thing: `les entités de l'ONU`, `non-ONU`, `the
        UN's counter-terrorism entities`, `an all-of-UN partnership`, the body a resolution or a text
        belongs to (`la résolution 1540 (2004) du Conseil de sécurité`), or the body another belongs
        to (`le Comité contre le terrorisme (CCT) du Conseil de sécurité`, `l'OCRTIS du Sénégal`)."""
        words = self.words
        before = self.text[max(sentence.start, m.start - 40):m.start]
        # (the compound's pattern ends on `-\Z`: the test of the last character first, no search)
        if before.endswith(("non-", "non ")) or (before.endswith("-") and _LOWER_COMPOUND.search(before)):
            return True  # `non-ONU`, `an all-of-UN partnership`: a word made with the body
        match = words.qualifier_noun_before(before)
        if match and match.group(1).lower() in words.words["qualifier_noun"]:
            return True
        comma = self.text.rfind(",", max(sentence.start, m.start - _APPOSED_REACH), m.start)
        if actor and comma >= 0 and words.apposed_qualifier.match(self.text, comma, m.start):
            return True  # `X, organe anticorruption du Conseil de l'Europe,`: whose organ X is (from the last comma)
        if actor and m.label == "COUNTRY" and (self._placed_state(before) or self._locates(m)) and not self._gathered(
                m, sentence) and not self._cued(m, sentence):
            return True
        if actor and self._parent(m, sentence):
            return True  # `la UME, dependiente del Ministerio de Defensa`: the body it depends on
        if words.qualifier_after.match(self.text, m.end, min(sentence.end, m.end + 60)) and not self._supported(m, sentence):
            return True
        if m.label == "COUNTRY" and self._owns_next(m, sentence):
            return True  # `Thailand's Office of the Narcotics Control Board`: the state the body is of
        previous = next((r for r in reversed(sentence.mentions) if r.end <= m.start), None)
        if previous and previous.label in ("RESOLUTION", "INSTRUMENT") and words.owner_gap.fullmatch(
                self.text, previous.end, m.start):
            return True  # `la résolution 1540 (2004) du Conseil de sécurité`: the text's owner
        if not (previous and previous.label == "ORG" and words.owner_gap.fullmatch(self.text, previous.end, m.start)):
            return False
        # `la CICAD, de l'OEA,` is the CICAD's; `aux côtés de l'ONUDC, de l'OIM` is a list
        if self._alias(previous):  # `de la CEDEAO (CEDEAO), de la CEEAC`: look before the name
            i = bisect.bisect_left(self.mentions, previous)
            previous = self.mentions[i - 1] if i else previous
        return "," not in self.text[previous.end:m.start] or not words.linker_end.search(
            self.text, max(sentence.start, previous.start - 12), previous.start)
