"""Component: from candidate spans to the document's flat, normalised mentions.

It gathers the candidates of the rulers, the value finders and the statistical NER, reads
acronym definitions (`Long form (ACR)`) and carries them through the document, resolves short
back-references (`le Comité`), keeps the longest span where candidates overlap, and gives
each mention its `norm`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import lexicon
from ..mention import Mention, SpanIndex, resolve_overlaps
from .keys import BLOCKS_KEY, CANDIDATES_KEY, MENTIONS_KEY, ORIGINAL_KEY, doc_text

RULER_KEY = "partex_ruler"
AFTER_SEP = "^"  # a pattern id "CTED^CTC": the alias names CTED only soon after CTC is named
_AFTER_WINDOW = 400  # characters within which the parent body must have been named

# A civil title then a name: "M. Stock", "Mme Ghada Waly", "Mr Guterres", "Sra. Waly".
_TITLED_NAME = re.compile(
    r"(?<![\w.])(?:M\.|MM\.|Mme|Mmes|Mlle|Dr\.?|Pr\.?|Mr\.?|Mrs\.?|Ms\.?|Sr\.|Sra\.|Srta\.|Dra\."
    r"|Don|Doña)[ \t]+(?P<name>[A-ZÀ-Ý][\w'-]+(?:[ \t]+(?:(?:de|De|van|Van|von|da|del|der|Al|al"
    r"|el|El)[ \t]+)?[A-ZÀ-Ý][\w'-]+){0,3})")
# A name of two to four capitalised words (particles inside), for people set beside an office.
_NAME = r"[A-ZÀ-Ý][\w'’-]+(?:[ \t]+(?:(?:de|del|da|van|von|bin|al|el)[ \t]+)?[A-ZÀ-Ý][\w'’-]+){1,3}"
_NAME_AFTER_OFFICE = re.compile(rf", (?P<name>{_NAME})(?=[,.;:)]|\s*$| \()")
_NAME_BEFORE_OFFICE = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME}), ")
_WORDS = re.compile(r"[\w'’-]+")
# `INTERPOL's 90th ` before a short body name: the body it belongs to.
_POSSESSIVE = re.compile(r"([\w-]+)['’]s (?:\d+(?:st|nd|rd|th) )?\Z")
# A place placed by its country: `tested in Entebbe, Uganda`, `adoptado en Sendai (Japón)`.
_PLACE_BEFORE_COUNTRY = re.compile(
    r"(?<![\w'’-])(?:in|at|near|from|en|à|a|desde|de|près de)\s+"
    r"(?P<place>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){0,2})(?:,\s+|\s+\()")
# A French demonym the NER reads as a place: an article, then a word with a demonym's ending
# ("le Brésilien", "la Marocaine"); a place stands after a preposition ("à Valenciennes").
_DEMONYM = re.compile(r"(?:\b[Ll]e|\b[Ll]a|\b[Ll]es|\b[Uu]ne?) \Z")
_DEMONYM_ENDINGS = ("ien", "ienne", "iens", "iennes", "ais", "aise", "aises", "ois", "oise",
                    "oises", "ain", "aine", "ains", "aines")
# Runs of capitalised words, with the small words names hold inside ("of the", "de la").
_CAPITALISED_RUN = {
    "en": re.compile(r"(?<![\w'-])(?:[Tt]he )?[A-Z][\w]+(?: (?:(?:of|for|on|against)"
                     r"(?: the)? )?[A-Z][\w]+)+(?![\w'-])"),
    "es": re.compile(r"(?<![\w'-])[A-ZÁÉÍÓÚÑ][\w]+(?: (?:(?:de|del|de la|de los|de las|para"
                     r"(?: la| el)?|contra(?: la| el)?) )?[A-ZÁÉÍÓÚÑ][\w]+)+(?![\w'-])"),
}
_EN_CONNECTORS = {"of", "for", "on", "against", "the"}
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w-]*) \Z")
_PREVIOUS_WORD = re.compile(r"([\w']+)\s*\Z")
_EDITION = re.compile(r" (?:[IVXLC]+|(?:19|20)\d\d)\b")
# The keyword in front of a known operation or programme (`programa EL PAcCTO`, `projet
# AIRCOP`): part of the span, left out of the norm (SCHEMA).
_OPERATION_KEYWORD_BEFORE = re.compile(
    r"(?<![\w-])(?:opérations?|operations?|operaci[oó]n(?:es)?|projet|project|proyecto|programme"
    r"|programa|program|campagne|campaign|campaña)[ \u00a0]\Z")
# The year or period an instrument's name ends with (`Convención … Sicotrópicas de 1988`,
# `Convention of 1951`, `Marco de Sendai … 2015-2030`): part of the name, not a DATE (SCHEMA).
_INSTRUMENT_YEAR = re.compile(r"[ \u00a0](?:(?:de|of|del)[ \u00a0](?:19|20)\d\d"
                              r"|(?:19|20)\d\d[-–](?:19|20)\d\d)(?![\w/-])")
# NER labels of spaCy's trained pipelines: WikiNER-style (fr, es: PER, LOC, ORG, MISC) and
# OntoNotes-style (en: PERSON, GPE, LOC, ORG ...), so a user's English model plugs in as is.
_MODEL_LABELS = {"ORG": "ORG", "PER": "PERSON", "PERSON": "PERSON", "LOC": "LOCATION",
                 "GPE": "LOCATION", "FAC": "LOCATION"}
_NAME_LABELS = {"ORG", "INSTRUMENT", "COUNTRY", "LOCATION", "PERSON", "OPERATION"}
# an acronym in parentheses: two capitals at least (ONUDC, CTED, UNOCT, eu-LISA is not handled)
_ACRONYM_DEF = re.compile(r"\(\s*([A-Z][A-Za-z0-9&.\-]{1,14})\s*\)")
# A roman numeral as phases and editions are numbered (I to XXXIX, in standard form): `(II)`
# numbers, `(CIC)` is an acronym.
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_CLOSING = set(",;:.!?()[]«»\"")
_REGION_LINK = re.compile(r"[ \t]+(?:pour|for|para)[ \t]+(?:l'|la[ \t]+|le[ \t]+|les[ \t]+|el[ \t]+"
                          r"|los[ \t]+|las[ \t]+|the[ \t]+)?")
_REGION_MORE = re.compile(r"[ \t]+(?:et|and|y)[ \t]+(?:du|de[ \t]+la|de[ \t]+l'|des|the|el|la|le)?[ \t]*"
                          r"[A-ZÀ-Ý][\w-]+")
_NAME_CONJUNCTIONS = {"et", "and", "y", "e"}  # `Refugiados y Migrantes`: inside a name
_JOINERS = re.compile(r"\s*(?:[-–/,&]|et|and|y|e|ou|or|o)?\s*", re.IGNORECASE)


def operation_name(surface: str) -> str:
    """An operation's name without its keyword: `Opération Trigger IV` → `Trigger IV`."""
    words = surface.split()
    if len(words) > 1 and (words[0].lower() in lexicon.OPERATION_KEYWORDS
                           or words[0] in lexicon.PROGRAMME_KEYWORDS):
        words = words[1:]
    elif len(words) > 1 and words[-1].lower() in lexicon.OPERATION_KEYWORDS:
        words = words[:-1]  # "the AIRCOP project"
    return " ".join(words)


def _is_acronym_form(surface: str) -> bool:
    """A name written as an acronym (`ONUDC`) cannot be the long form of another one."""
    return " " not in surface and _is_acronym(surface)


def _is_acronym(word: str) -> bool:
    """Two capitals at least, and not a roman numeral (`(II)` numbers a phase, it names nothing)."""
    return sum(c.isupper() for c in word) >= 2 and not _ROMAN.fullmatch(word)


class MentionResolver:
    """Turns candidates into the final mentions of a document (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, *, country_lookup: Callable[[str], str | None],
                 names_by_id: Mapping[str, Sequence[str]] | None = None,
                 lowercase_names: Iterable[str] = (), use_model: bool = True,
                 parents: Mapping[str, str] | None = None) -> None:
        self.lang = nlp.lang if nlp.lang in lexicon.LEADING else "fr"
        self.name = name
        self.country_lookup = country_lookup
        self.use_model = use_model
        self.names_by_id = names_by_id or {}
        self.parents = parents or {}  # organisation id: the body it belongs to
        self.lowercase_names = frozenset(lowercase_names or ())
        self._named_cache: dict[tuple[str, str], bool] = {}
        # one pattern for every back-reference head, longest first (`Direction exécutive` before `Direction`)
        self.backref_label = {head: label for label, heads in lexicon.BACKREF_HEADS[self.lang].items()
                              for head in heads}
        alternatives = "|".join(re.escape(h) for h in sorted(self.backref_label, key=len, reverse=True))
        self.backref_re = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
        heads = "|".join(re.escape(h) for h in sorted(lexicon.COMPLEMENT_HEADS[self.lang], key=len,
                                                       reverse=True))
        linkers = lexicon.COMPLEMENT_LINKERS[self.lang]
        self.complement_re = re.compile(
            rf"(?<![\w-])(?:{heads})(?:\s+[\w-]+){{0,2}}?\s+(?:{linkers})\s*\Z")
        self.complement_after_re = re.compile(rf" (?:{heads})(?![\w-])")
        self.model_complement_re = re.compile(rf"\s+(?:{linkers})\s*\Z")
        self.leading = lexicon.LEADING[self.lang]
        self.generic = lexicon.GENERIC[self.lang] | self.leading
        self.trailing = lexicon.TRAILING[self.lang]
        self.titles = lexicon.TITLES[self.lang]
        self.titles_and_roles = self.titles | lexicon.ROLE_NOUNS[self.lang]  # `General Juan Pérez`

    # -- gathering -------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        headings = {(s, e) for s, e, is_heading in doc.user_data.get(BLOCKS_KEY, []) if is_heading}
        rules = list(doc.user_data.get(CANDIDATES_KEY, []))
        gazetteer = self._ruler_candidates(doc, text)
        model = self._model_candidates(doc, text, headings) if self.use_model else []
        model = self._admissible_model(text, model, rules + gazetteer)
        candidates = rules + gazetteer + model
        candidates += self._complements(text, candidates)
        if not self.use_model and self.lang in lexicon.ORG_HEADS:
            candidates += self._capitalised_bodies(text, candidates)
        candidates += self._regional_offices(text, candidates)
        candidates += self._acronyms(doc, text, candidates)
        candidates += self._titled_people(text)
        if not self.use_model:
            candidates += self._people_beside_offices(text, candidates)
            candidates += self._places_before_countries(text, candidates)
        kept = resolve_overlaps(self._check_after(candidates))
        self._short_forms(text, kept)
        # a body named inside a longer name (`ONUDC` in `Bureau régional de l'ONUDC`) is still a
        # body named: later back-references may point to it
        in_kept = {id(m) for m in kept}
        spans = {(m.start, m.end) for m in kept}  # a second reading of a kept span is no name
        named = kept + [c for c in candidates if c.source == "gazetteer" and id(c) not in in_kept
                        and AFTER_SEP not in c.norm and (c.start, c.end) not in spans]
        kept = resolve_overlaps(kept + self._backrefs(text, named) + self._surnames(text, kept))
        original = doc.user_data.get(ORIGINAL_KEY, text)
        for m in kept:
            self._finish(original, m, kept)
        doc.user_data[MENTIONS_KEY] = kept
        doc.spans["partex"] = [s for s in (doc.char_span(m.start, m.end, m.label,
                                                         alignment_mode="expand") for m in kept)
                               if s is not None]
        return doc

    def _ruler_candidates(self, doc: Doc, text: str) -> list[Mention]:
        found = []
        for span in doc.spans.get(RULER_KEY, []):
            first = span.text[:1]
            if span.label_ in _NAME_LABELS and first.islower() and span.label_ != "OPERATION" \
                    and span.text not in self.lowercase_names:
                continue  # "office des nations unies" in running text is not a name
            # gazetteer patterns carry the canonical id; token patterns have none
            source = "gazetteer" if span.id_ else f"pattern:{span.label_.lower()}"
            # places and operations are normalised from their text (SCHEMA: the name as
            # written, the operation's name without its keyword); bodies, instruments,
            # countries and people take the canonical id, the same in every language
            norm = "" if span.label_ in ("LOCATION", "OPERATION") else span.id_
            start, end = span.start_char, span.end_char
            if span.label_ == "OPERATION" and span.id_:
                keyword = _OPERATION_KEYWORD_BEFORE.search(text, max(0, start - 14), start)
                start = keyword.start() if keyword else start
            if span.label_ == "OPERATION":
                # a series name goes on with its edition: `Thunder 2020`, `Pangea XVI`
                edition = _EDITION.match(text, end)
                end = edition.end() if edition else end
            elif span.label_ == "INSTRUMENT":
                year = _INSTRUMENT_YEAR.match(text, end)
                end = year.end() if year else end
            found.append(Mention(start, end, span.label_, norm, source))
        # `UNODC programme`: a token pattern that starts on a known body's name is that body
        bodies = {m.start for m in found if m.source == "gazetteer" and m.label == "ORG"}
        return [m for m in found if not (m.source == "pattern:operation" and m.start in bodies
                                         and not text[m.start:m.end].split()[0].lower()
                                         in lexicon.OPERATION_KEYWORDS)]

    def _trim(self, span: Span) -> tuple[int, int] | None:
        tokens = list(span)
        while tokens and (tokens[0].is_space or tokens[0].lower_ in self.leading
                          or tokens[0].is_punct):
            tokens.pop(0)
        while tokens and (tokens[-1].is_space or tokens[-1].is_punct
                          or tokens[-1].lower_ in self.trailing):
            tokens.pop()
        if not tokens:
            return None
        return tokens[0].idx, tokens[-1].idx + len(tokens[-1])

    def _model_candidates(self, doc: Doc, text: str,
                          headings: set[tuple[int, int]]) -> list[Mention]:
        """The NER's ORG, PER and LOC spans, trimmed, with what it gets wrong in this genre left out.

        Left out: spans in a heading (topics such as `Antiterrorisme`), titles and generic
        nouns (`États Membres`, `Secrétaire Général`), demonyms (`le Brésilien`). A named
        programme or project is an OPERATION; a place that is a country is a COUNTRY.
        """
        found = []
        for ent in doc.ents:
            label = _MODEL_LABELS.get(ent.label_)
            if label is None:
                continue
            if label == "PERSON":
                while len(ent) > 1 and (ent[0].lower_ in self.titles or ent[0].text == "."):
                    ent = ent[1:]
            bounds = self._trim(ent)
            if bounds is None:
                continue
            start, end = bounds
            if label != "PERSON" and any(s <= start and end <= e for s, e in headings):
                continue
            span = doc.char_span(start, end)
            surface = text[start:end]
            if span is None or not surface[:1].isupper():
                continue
            words = [t.lower_ for t in span if not t.is_punct]
            if all(w in self.generic for w in words) or words[0] in lexicon.TITLE_HEADS:
                continue
            if label == "LOCATION" and all(t.lower_ in self.generic for t in span
                                           if t.text[:1].isupper()):
                continue  # `États de la région`, `États riverains`: no place is named
            if label == "LOCATION" and self.lang == "fr" and len(span) == 1 \
                    and surface.lower().endswith(_DEMONYM_ENDINGS) \
                    and _DEMONYM.search(text, max(0, start - 5), start):
                continue  # `le Brésilien Valdecy Urquiza`: a demonym, not a place
            if label == "ORG" and words[0] in lexicon.PROGRAMME_HEADS:
                label = "OPERATION"
            elif label == "ORG" and words[0] in lexicon.INSTRUMENT_HEADS:
                label = "INSTRUMENT"
            if label == "LOCATION":
                code = self.country_lookup(surface)
                if code:
                    found.append(Mention(start, end, "COUNTRY", code, "model"))
                    continue
            found.append(Mention(start, end, label, "", "model"))
        return found

    @staticmethod
    def _admissible_model(text: str, model: list[Mention], rules: list[Mention]) -> list[Mention]:
        """Model spans may add names the rules do not know, never cut across what rules found.

        A model ORG may swallow rule names that belong inside it (`Police nationale du Maroc`
        holds a COUNTRY); any other overlap leaves the rules' reading.
        """
        kept = []
        index = SpanIndex(rules)
        for m in model:
            overlapping = index.overlapping(m.start, m.end)
            if not overlapping:
                kept.append(m)
            elif m.label == "ORG" and all(
                    m.contains(r) and (r.start, r.end) != (m.start, m.end)
                    and r.label in ("ORG", "COUNTRY", "LOCATION") for r in overlapping) \
                    and not MentionResolver._joined(text, overlapping):
                kept.append(m)
        return kept

    @staticmethod
    def _joined(text: str, names: list[Mention]) -> bool:
        """Whether names follow each other with only a hyphen, comma or conjunction between."""
        return any(_JOINERS.fullmatch(text[a.end:b.start]) for a, b in zip(names, names[1:]))

    # -- acronyms ---------------------------------------------------------------------------
    def _acronyms(self, doc: Doc, text: str, candidates: list[Mention]) -> list[Mention]:
        """Mentions for `Long form (ACR)`: the long form, the acronym, and every other use of it."""
        added: list[Mention] = []
        defined: dict[str, Mention] = {}
        names_by_end: dict[int, list[Mention]] = {}
        for c in candidates:
            if c.label in ("ORG", "INSTRUMENT", "OPERATION") and not _is_acronym_form(text[c.start:c.end]):
                names_by_end.setdefault(c.end, []).append(c)
        walls = self._walls(text, candidates)
        gazetteer_at = {(c.start, c.end): c for c in candidates if c.source == "gazetteer"}
        for match in _ACRONYM_DEF.finditer(text):
            acr = match.group(1)
            if not _is_acronym(acr):
                continue
            acr_start, acr_end = match.span(1)
            paren = match.start()
            while paren > 0 and text[paren - 1].isspace():
                paren -= 1
            named = names_by_end.get(paren)
            if named:
                long_form = max(named, key=lambda c: (c.end - c.start, c.rank))
                if long_form.source == "model":
                    long_form.source = "acronym"
            else:
                long_form = self._guess_long_form(doc, paren, acr, walls)
                if long_form is None:
                    continue
                added.append(long_form)
                names_by_end.setdefault(long_form.end, []).append(long_form)
            known = gazetteer_at.get((acr_start, acr_end))
            if long_form.source != "gazetteer" and known and known.label == long_form.label:
                long_form.norm = known.norm
            if not long_form.norm and long_form.label in ("ORG", "INSTRUMENT"):
                long_form.norm = acr
            elif not long_form.norm and long_form.label == "OPERATION":
                # a programme's acronym stands for its name: `(PCC)` is the Container Control Programme
                original = doc.user_data.get(ORIGINAL_KEY, text)
                long_form.norm = operation_name(original[long_form.start:long_form.end])
            acr_mention = Mention(acr_start, acr_end, long_form.label, long_form.norm, "acronym")
            added.append(acr_mention)
            defined.setdefault(acr, acr_mention)
        if defined:
            uses = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, defined)) + r")(?!\w)")
            for match in uses.finditer(text):
                # every use, before the definition too: a title often names `CDEMA` first
                first = defined[match.group()]
                if match.start() != first.start:
                    added.append(Mention(match.start(), match.end(), first.label, first.norm,
                                         "acronym"))
        return added

    def _walls(self, text: str, candidates: list[Mention]) -> bytearray:
        """Characters a long form read back from a parenthesis cannot cross: values (dates,
        figures, resolutions) and names found by the rules that do not stand as a complement
        after an article or preposition (`INTERPOL compte parmi ... du Groupe`, but `... des
        Nations Unies`)."""
        walls = bytearray(len(text))
        for c in candidates:
            if c.source == "model":
                continue
            before = _PREVIOUS_WORD.search(text, max(0, c.start - 12), c.start)
            complement = before is not None and before.group(1).lower() in self.leading
            if c.label in ("DATE", "FIGURE", "RESOLUTION") or not complement:
                walls[c.start:c.end] = b"\x01" * (c.end - c.start)
        return walls

    def _guess_long_form(self, doc: Doc, paren: int, acr: str, walls: bytearray) -> Mention | None:
        """Read back from the parenthesis to where the name starts (no candidate ends there).

        The window stops at a line break, punctuation, a conjunction or a verb of the stop
        list, or a wall (see `_walls`), and holds at most 14 words; the name starts at a
        capitalised word standing at the window's start or after an article or preposition,
        preferring one whose initial is the acronym's (Schwartz & Hearst 2003 match initials).
        """
        span = doc.char_span(max(0, paren - 300), paren, alignment_mode="contract")
        if span is None or not len(span):
            return None
        stops = lexicon.ACRONYM_STOP[self.lang]
        window = []
        at_line_start = True  # the window reaches back to the start of its line
        for token in reversed(span):
            if token.is_space and "\n" in token.text:
                break
            if token.is_space:
                continue
            if token.text in _CLOSING or walls[token.idx]:
                at_line_start = False
                break
            # `Refugiados y Migrantes`, `Forêts et de la Faune`: a conjunction between two
            # capitalised words is inside the name
            if token.lower_ in stops and not (
                    token.lower_ in _NAME_CONJUNCTIONS and token.i > 0
                    and doc[token.i - 1].text[:1].isupper()
                    and any(t.text[:1].isupper() for t in window[-3:])):
                at_line_start = False
                break
            window.append(token)
            if len(window) >= max(14, 2 * len(acr)):  # Schwartz & Hearst: about twice its letters
                break
        window.reverse()
        # a name starts after an article or a preposition, or at the start of its line; not
        # right after a comma or a verb (`..., Especially Women and Children (ACTIP)`); nor at
        # another acronym followed by a preposition (`relie le CRESMAO au Centre ... (CRESMAC)`)
        starts = [i for i, t in enumerate(window)
                  if (t.text[:1].isupper() or t.lower_ in lexicon.LOWERCASE_ORG_STARTS)
                  and t.lower_ not in self.leading
                  and (window[i - 1].lower_ in self.leading if i else at_line_start)
                  and not (_is_acronym_form(t.text) and i + 1 < len(window)
                           and window[i + 1].lower_ in self.leading)
                  # `Participaron el Centro ...`: a word before an article opens a sentence
                  and not (i == 0 and len(window) > 1 and window[1].lower_ in lexicon.ARTICLES)]
        if not starts:
            return None
        # English names match their acronym's initial; French and Spanish long forms often
        # stand for an English acronym (`Groupe ... (ICAT)`), so there the earliest start wins
        initial = [i for i in starts if window[i].text[:1] == acr[:1]] if self.lang == "en" else []
        name = window[(initial or starts)[0]:]
        if len(name) < 2:
            return None
        first = name[0].lower_
        label = ("INSTRUMENT" if first in lexicon.INSTRUMENT_HEADS else
                 "OPERATION" if first in lexicon.PROGRAMME_HEADS else "ORG")
        return Mention(name[0].idx, name[-1].idx + len(name[-1]), label, "", "acronym")

    def _complements(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """`Secrétariat de la CITES`, `Police nationale du Maroc`: a body named after another name.

        A capitalised head noun for a body, at most two lower-case words, then `de`/`of`/`del`
        and a name already found make one ORG, the longest name; as written unless the
        gazetteer knows the whole.
        """
        found = []
        model_ends: dict[int, list[Mention]] = {}
        for c in candidates:
            if c.source == "model" and c.label == "ORG":
                model_ends.setdefault(c.end, []).append(c)
        for c in candidates:
            if c.source == "model" or c.label not in ("ORG", "INSTRUMENT", "COUNTRY", "LOCATION"):
                continue
            match = self.complement_re.search(text, max(0, c.start - 80), c.start)
            if match:
                start = match.start()
                if self.lang == "en":  # `Financial Intelligence Unit of ...`: the head's modifiers
                    while (word := _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)) \
                            and word.group(1).lower() not in self.leading:
                        start = word.start()
                found.append(Mention(start, c.end, "ORG", "", "complement"))
            # a model name then `de` + this known name: `Sous-direction de la sécurité
            # environnementale d'INTERPOL`
            if self.lang != "en" and c.label == "ORG":
                joined = self.model_complement_re.search(text, max(0, c.start - 8), c.start)
                if joined:
                    found.extend(Mention(m.start, c.end, "ORG", "", "complement")
                                 for m in model_ends.get(joined.start(), ()))
            # English names the body after the name it serves: `CITES Secretariat`
            after = self.complement_after_re.match(text, c.end) if self.lang == "en" else None
            if after and c.label in ("ORG", "INSTRUMENT"):
                found.append(Mention(c.start, after.end(), "ORG", "", "complement"))
        return found

    def _capitalised_bodies(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Names of bodies no gazetteer holds, where no model reads them: capitalised words
        holding a head noun of a body (`National Crime Agency`, `Unidad de Inteligencia
        Financiera`). English names end on their head and take the id of a known body that
        ends there (`Security Council Counter-Terrorism Committee` → `CTC`); Spanish ones start
        with it and take the id of a known body that starts there.
        """
        found = []
        heads = lexicon.ORG_HEADS[self.lang]
        index = SpanIndex(candidates)
        for match in _CAPITALISED_RUN[self.lang].finditer(text):
            words = match.group().split()
            if self.lang == "en":
                while words and words[-1] not in heads:
                    words.pop()  # the name ends on its head noun ...
                if len(words) < len(match.group().split()) and len(words) > 1 \
                        and words[-2] in _EN_CONNECTORS:
                    continue  # ... not on a complement (`Mechanism for Police Cooperation`)
                start = match.start()
                while words and words[0].lower() in self.leading:
                    start += len(words.pop(0)) + 1
            else:
                start = match.start()
                if words[0] not in heads:
                    continue
            if len(words) < 2 or not any(w in heads for w in words):
                continue
            end = start + len(" ".join(words))
            if text[start:end] != " ".join(words):
                continue  # the run held other spacing: leave it to the gazetteer
            if any(k.start < start < k.end or k.start < end < k.end
                   for k in index.overlapping(start, end)):
                continue  # it would cut a name already found
            inner = [k for k in index.overlapping(start, end)
                     if k.source == "gazetteer" and AFTER_SEP not in k.norm and k.label == "ORG"
                     and start <= k.start and k.end <= end]
            if len(inner) > 1:
                continue  # two known bodies side by side (`INTERPOL-United Nations ...`)
            anchor = [k for k in inner if (k.end == end if self.lang == "en" else k.start == start)]
            norm = anchor[0].norm if anchor else ""
            found.append(Mention(start, end, "ORG", norm, "pattern:org"))
        return found

    def _regional_offices(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """`Bureau régional de l'ONUDC pour l'Afrique de l'Ouest (et du Centre)`: an office
        named with the region it serves, a place found by the rules after `pour`/`for`/`para`."""
        places = {c.start: c for c in candidates
                  if c.label in ("LOCATION", "COUNTRY") and c.source != "model"}
        found = []
        for c in candidates:
            words = text[c.start:c.end].lower().split()
            if c.label != "ORG" or not words or not (
                    words[0] in lexicon.REGIONAL_HEADS or words[-1] in lexicon.REGIONAL_HEADS):
                continue
            link = _REGION_LINK.match(text, c.end)
            place = places.get(link.end()) if link else None
            if place is None:
                continue
            more = _REGION_MORE.match(text, place.end)
            found.append(Mention(c.start, more.end() if more else place.end, "ORG", "",
                                 "complement"))
        return found

    # -- people ------------------------------------------------------------------------------
    @staticmethod
    def _titled_people(text: str) -> list[Mention]:
        """`M. Stock`, `Mme Ghada Waly`, `Ms Waly`: the name after a civil title, title left out."""
        return [Mention(m.start("name"), m.end("name"), "PERSON", "", "pattern:person")
                for m in _TITLED_NAME.finditer(text)]

    def _people_beside_offices(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """Where no model reads people: a name set beside an office by a comma.

        `el secretario general del SICA, Werner Vargas Torres` (the office before, in the same
        clause) and `said Workneh Gebeyehu, IGAD Executive Secretary` (the office after, before
        the clause ends). Titles at the name's start stay out (`General Juan Pérez`), and a name
        that holds a body already found is no person (`Interpol Washington`); a place or country
        inside is no bar (`Israel Ramírez`).
        """
        roles = lexicon.ROLE_NOUNS[self.lang]
        taken = SpanIndex([c for c in candidates if c.label in ("ORG", "INSTRUMENT", "OPERATION")])
        found = []
        for m in _NAME_AFTER_OFFICE.finditer(text):
            clause = re.split(r"[.;:\n]", text[max(0, m.start() - 90):m.start()])[-1]
            if any(w.lower() in roles for w in _WORDS.findall(clause)):
                found.append(self._person(text, m.start("name"), m.end("name")))
        for m in _NAME_BEFORE_OFFICE.finditer(text):
            after = re.split(r"[.;:\n]", text[m.end():m.end() + 60])[0]
            words = [w.lower() for w in _WORDS.findall(after)][:5]
            if any(w in roles for w in words):
                found.append(self._person(text, m.start("name"), m.end("name")))
        return [p for p in found if p is not None and not taken.overlapping(p.start, p.end)]

    @staticmethod
    def _places_before_countries(text: str, candidates: list[Mention]) -> list[Mention]:
        """Where no model reads places: a capitalised name after `in`/`en`/`à` followed by a
        country, after a comma or in parentheses (`in Entebbe, Uganda`, `en Sendai (Japón)`)."""
        countries = {c.start for c in candidates if c.label == "COUNTRY"}
        return [Mention(m.start("place"), m.end("place"), "LOCATION", "", "pattern:location")
                for m in _PLACE_BEFORE_COUNTRY.finditer(text) if m.end() in countries]

    def _person(self, text: str, start: int, end: int) -> Mention | None:
        words = list(_WORDS.finditer(text, start, end))
        while words and words[0].group().lower() in self.titles_and_roles:
            words.pop(0)
        if len(words) < 2 or any(w.group().lower() in self.generic for w in words):
            return None
        return Mention(words[0].start(), words[-1].end(), "PERSON", "", "pattern:person")

    @staticmethod
    def _surnames(text: str, kept: list[Mention]) -> list[Mention]:
        """Later uses of the surname of a person named in full (`Stock` after `Jürgen Stock`,
        `Vargas Torres` after `Werner Vargas Torres`)."""
        first_seen: dict[str, int] = {}
        for person in kept:
            words = text[person.start:person.end].split()
            if person.label == "PERSON" and len(words) > 1:
                for i in range(1, len(words)):
                    first_seen.setdefault(" ".join(words[i:]), person.end)
        if not first_seen:
            return []
        names = sorted(first_seen, key=len, reverse=True)  # `Vargas Torres` before `Torres`
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
        return [Mention(m.start(), m.end(), "PERSON", "", "backref")
                for m in pattern.finditer(text) if m.start() >= first_seen[m.group()]]

    # -- parents and back-references ---------------------------------------------------------
    @staticmethod
    def _check_after(candidates: list[Mention]) -> list[Mention]:
        """Keep `Direction exécutive`-style aliases only soon after their parent body is named."""
        ends: dict[str, list[int]] = {}
        for c in candidates:
            ends.setdefault(c.norm.split(AFTER_SEP, 1)[0], []).append(c.end)
        for positions in ends.values():
            positions.sort()
        kept = []
        for c in candidates:
            if AFTER_SEP in c.norm:
                ident, parent = c.norm.split(AFTER_SEP, 1)
                positions = ends.get(parent, [])
                i = bisect.bisect_right(positions, c.start) - 1
                if i < 0 or c.start - positions[i] > _AFTER_WINDOW:
                    continue
                c.norm = ident
            kept.append(c)
        return kept

    def _backrefs(self, text: str, named: list[Mention]) -> list[Mention]:
        """`le Comité`, `its Executive Directorate`: a body named before whose name has that head.

        The candidates are the bodies named before whose name as written, or one of whose
        gazetteer names, has the head noun; of those, the one the document names most often,
        then the nearest (`l'Organisation` in an INTERPOL text is INTERPOL).
        """
        found = []
        determiners = lexicon.BACKREF_DETERMINERS[self.lang]
        counts = Counter(m.norm for m in named)
        ordered = sorted((m for m in named if m.norm), key=lambda m: m.end)
        # what was named before the current position, by label: norm -> (last position, forms)
        seen: dict[str, dict[str, tuple[int, set[str]]]] = {}
        position = 0
        for match in self.backref_re.finditer(text):
            start, end = match.span()
            head = match.group()
            while position < len(ordered) and ordered[position].end <= start:
                m = ordered[position]
                forms = seen.setdefault(m.label, {}).get(m.norm, (0, set()))[1]
                forms.add(text[m.start:m.end].lower())
                seen[m.label][m.norm] = (position, forms)
                position += 1
            prev = _PREVIOUS_WORD.search(text, max(0, start - 12), start)
            if prev is None or prev.group(1).lower() not in determiners:
                continue
            label = self.backref_label[head]
            lowered = head.lower()
            fitting = [norm for norm, (_, forms) in seen.get(label, {}).items()
                       if any(form != lowered and self._head_of(form, lowered) for form in forms)
                       or self._named_so(norm, lowered)]
            if fitting:
                norm = max(fitting, key=lambda n: (counts[n], seen[label][n][0]))
                found.append(Mention(start, end, label, norm, "backref"))
        return found

    def _short_forms(self, text: str, kept: list[Mention]) -> None:
        """`l'Assemblée générale` after `l'Assemblée générale d'INTERPOL` is INTERPOL's.

        A gazetteer name of several words (`Assemblée générale`, UNGA's) that is the head of a
        longer body name written before it (`Assemblée générale d'INTERPOL`, `INTERPOL General
        Assembly`) may refer to that body rather than its own. Of the bodies it may name, its
        own included, the one with the latest evidence wins: a long form, or the body it belongs
        to (`l'ONU, dont elle est observatrice à l'Assemblée générale` keeps UNGA). After a
        possessor the gazetteer gives such a body (`INTERPOL's 90th General Assembly`) it is that
        body, and later, shorter uses of the name (`the previous Assembly`) follow the last one
        read as another body's.
        """
        orgs = sorted((m for m in kept if m.label == "ORG" and m.norm), key=lambda m: m.start)
        own = {id(m): m.norm for m in orgs}  # the gazetteer's reading, before any change
        moved: dict[str, int] = {}  # a gazetteer id: the latest mention read as another body
        for i, m in enumerate(orgs):
            short = text[m.start:m.end].lower()
            if m.source != "gazetteer":
                continue
            if m.norm in moved:
                # `the previous Assembly` after `INTERPOL's General Assembly`: a shorter use of
                # a name just read as another body's follows it, unless its own body came since
                j = moved[m.norm]
                head = text[orgs[j].start:orgs[j].end].lower()
                if (head == short or self._head_of(head, short, whole=True)) \
                        and self._evidence(orgs[:i], m.norm, {}) < j:
                    m.norm = orgs[j].norm
                    continue
            if " " not in short:
                continue
            owner = self._possessor(text, m, orgs[:i], short)
            if owner:  # `INTERPOL's 90th General Assembly`
                m.norm = owner
                moved[own[id(m)]] = i
                continue
            # longer names it heads, and its own earlier uses read as another body's
            long_forms = {other.norm: j for j, other in enumerate(orgs[:i])
                          if (other.end - other.start > len(short)
                              and self._head_of(text[other.start:other.end].lower(), short,
                                                whole=True))
                          or (text[other.start:other.end].lower() == short
                              and other.norm != own[id(other)])}
            if long_forms and set(long_forms) != {m.norm}:
                m.norm = max([m.norm, *long_forms],
                             key=lambda norm: self._evidence(orgs[:i], norm, long_forms))
                if m.norm != own[id(m)]:
                    moved[own[id(m)]] = i

    def _possessor(self, text: str, m: Mention, before: list[Mention], short: str) -> str | None:
        """The body of `X's [Nth] <short name>` when the gazetteer gives X such a body."""
        owned = _POSSESSIVE.search(text, max(0, m.start - 40), m.start)
        if owned is None:
            return None
        owner = next((o.norm for o in reversed(before) if (o.start, o.end) == owned.span(1)), None)
        children = [ident for ident, parent in self.parents.items() if parent == owner
                    and any(self._head_of(name, short, whole=True) or name == short
                            for name in self.names_by_id.get(ident, ()))]
        return children[0] if len(children) == 1 else None

    def _evidence(self, before: list[Mention], norm: str, long_forms: Mapping[str, int]) -> int:
        """Index in `before` of the latest long form of `norm` or mention of its parent body."""
        parent = self.parents.get(norm)
        last_parent = next((j for j in range(len(before) - 1, -1, -1)
                            if before[j].norm == parent), -1)
        return max(long_forms.get(norm, -1), last_parent)

    def _head_of(self, name: str, head: str, *, whole: bool = False) -> bool:
        """Whether `head` can be the head noun of `name`: its first words in French and Spanish
        (`Organisation mondiale des douanes`), any of its words in English (`World Customs
        Organization`), or with `whole` its last words and a longer name (`INTERPOL General
        Assembly`)."""
        if whole:  # the head as the name's last words in English, its first words otherwise
            return name.endswith(" " + head) if self.lang == "en" else name.startswith(head + " ")
        if self.lang == "en":
            return re.search(rf"(?<![\w-]){re.escape(head)}(?![\w-])", name) is not None
        return name.startswith(head)

    def _named_so(self, ident: str, head: str) -> bool:
        """Whether a gazetteer name of `ident` has `head` as head noun (INTERPOL: Organisation ...)."""
        key = (ident, head)
        if key not in self._named_cache:
            self._named_cache[key] = any(self._head_of(name, head)
                                         for name in self.names_by_id.get(ident, ()))
        return self._named_cache[key]

    # -- norms -------------------------------------------------------------------------------
    def _finish(self, text: str, m: Mention, kept: list[Mention]) -> None:
        surface = text[m.start:m.end]
        if m.label == "OPERATION" and not m.norm:
            m.norm = operation_name(surface)
        elif m.label == "PERSON" and not m.norm:
            m.norm = surface
            words = surface.split()
            # a surname alone (`Stock`, `De Bolle`) takes the full name given earlier
            full = [p.norm for p in kept if p.label == "PERSON" and p.end <= m.start
                    and len(p.norm.split()) > len(words) and p.norm.split()[-len(words):] == words]
            if not full and len(words) == 1 and m.source == "pattern:person":
                # `Dr Workneh` after `Workneh Gebeyehu`: a title with the name used alone
                full = [p.norm for p in kept if p.label == "PERSON" and p.end <= m.start
                        and len(p.norm.split()) > 1 and p.norm.split()[0] == words[0]]
            if full:
                m.norm = full[-1]
                # "Bolle" after "Catherine De Bolle": the particle belongs to the surname
                for word in reversed(m.norm.split()[1:-len(words)]):
                    if word.lower() in lexicon.NAME_PARTICLES \
                            and text.endswith(word + " ", 0, m.start) \
                            and not any(k.end > m.start - len(word) - 1 and k.end <= m.start
                                        for k in kept if k is not m):
                        m.start -= len(word) + 1
                    else:
                        break
        elif m.label == "LOCATION" and not m.norm:
            m.norm = surface.title() if surface.isupper() and len(surface) > 3 else surface
        elif not m.norm:
            m.norm = surface


@Language.factory("partex_mentions", default_config={"patterns_dir": "", "use_model": True})
def make_mention_resolver(nlp: Language, name: str, patterns_dir: str,
                          use_model: bool) -> MentionResolver:
    """Build the resolver; country names come from the same resources the rulers use."""
    from ..resources import load_resources

    resources = load_resources(patterns_dir or None)
    lang = nlp.lang
    names: dict[str, list[str]] = {}
    lowercase = []
    for alias in resources.gazetteer.aliases:
        if alias.lang == lang and not alias.is_acronym:
            names.setdefault(alias.id, []).append(alias.alias.lower())
        if alias.lang == lang and alias.alias[:1].islower():
            lowercase.append(alias.alias)  # `océan Indien`, `golfe de Guinée`
    return MentionResolver(nlp, name, country_lookup=resources.countries.lookup,
                           names_by_id=names, lowercase_names=lowercase, use_model=use_model,
                           parents={ident: record["parent"] for ident, record
                                    in resources.gazetteer.organisations.items()
                                    if record.get("parent")})
