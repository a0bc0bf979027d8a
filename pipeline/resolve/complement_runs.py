"""A model's name in sentence case, continued over the lower-case complements it stopped before.

French writes many bodies' names in sentence case (`Centre national de lutte contre la fraude
fiscale`, `Dispositif national de prévention et de gestion des crises
alimentaires`, `Centre de coordination régionale pour l'Afrique de l'Ouest`); the French model
often cuts them at the first lower-case complement, at a second preposition or before an
adjective. A model name whose words after the first are all in lower case (or only its head) goes
on over the complements right after it: a `complement_linker`, a `sentence_case_purpose` or a
`complement_preposition` with its article, or a conjunction with a linker (`et de`), then a noun
in lower case and its adjectives. A linker then a place or a body the rules found (not the
model) closes it, that place or body inside the name (`pour l'Afrique de l'Ouest`, `… de la
CEDEAO`: the body it belongs to; after adjectives too: `… de la langue française de l'OIF`), as does a lower-case body right after a complement (`… du
ministère de l'Agriculture`). It stops at anything else: a verb, a punctuation mark, a relative
pronoun, a name the model found. A name the gazetteer knows as it stands is complete (`Commission européenne de l'époque`).
An office's head in capitals the model left out (`regional_head`: `le Centre de coordination régionale
pour l'Afrique de l'Ouest`) runs on the same way, kept only where a place the rules found closes it.
"""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import Lexicon, alternation, elided, ending_word
from ..mention import Mention
from .acronym_shapes import in_capitals
from .context import Context, State

RUN_ON = provenance.heuristic("complement")
_S = r"[ \t]+"
_MOST = 5  # complements after the model's name
_LOWER_WORDS = re.compile(r"[a-zà-ÿ][\w-]{3,}")
_CLAUSE_MARK = re.compile(r"[.;:!?,()\n]")
_FIRST_WORD = re.compile(r"\s*([\w-]+['’]?)")
_PHRASE_END = re.compile(r"\s*(?:[,.;:!?)]|\Z)")
_REACH = 200  # characters back to the clause's opening


def _words(lex: Lexicon) -> tuple[frozenset[str], set[str], str, str]:
    """What a complement is made of, for both patterns below: the definite articles, each
    `complement_preposition` with its article, and the patterns of an adjective (a
    `name_adjective_ending`, not a `not_adjective` word) and of a lower-case noun (not a
    `not_complement_noun`)."""
    endings = lex.words("name_adjective_ending")
    articles = lex.words("article") - lex.words("indefinite_article")
    prepositions = {f"{p} {a}" for p in lex.words("complement_preposition") for a in articles}
    stops = lex.words("not_adjective")
    adjective = ending_word(endings, stops)
    nots = lex.words("not_complement_noun") | stops
    noun_unless = rf"(?!{alternation(nots)}(?![\w'’-]))" if nots else ""
    return articles, prepositions, adjective, rf"{noun_unless}[a-zà-ÿ][\w-]{{3,}}(?![\w'’-])"


def _continuation(lex: Lexicon) -> re.Pattern | None:
    """The complements a name in sentence case may go on with, anchored where the name ends."""
    linkers, endings = lex.words("complement_linker"), lex.words("name_adjective_ending")
    if not linkers or not endings or lex.head_last:
        return None
    articles, prepositions, adjective, noun = _words(lex)
    opening = elided(linkers | lex.words("sentence_case_purpose") | prepositions, space=_S)
    conjunctions = lex.words("name_conjunction")
    if conjunctions:
        opening = rf"(?:(?:{alternation(conjunctions)}{_S})?{opening})"
    # one complement at a time, its noun named, so that a body's head stops the run
    return re.compile(rf"(?P<before>(?:{_S}{adjective})+(?={_S}{opening}))?"
                      rf"{_S}{opening}(?P<noun>{noun})(?:{_S}{adjective}){{0,2}}")


def _openers(lex: Lexicon) -> frozenset[str]:
    """The first words of the small words that open a complement (`de`, `pour`, `contre`): a name
    that holds one ends on a complement. Built once."""
    return frozenset(w.split()[0] for w in lex.words("complement_linker") | lex.words("complement_preposition")
                     | lex.words("sentence_case_purpose"))


def _listed(lex: Lexicon) -> re.Pattern | None:
    """The rest of a list of complements, each item opened by its article or its linker, after a
    comma, the last after a conjunction (`… pour la paix` + `, le désarmement et le
    développement`, `… contre le sida` + `, la tuberculose et le paludisme`): the items' nouns in
    lower case, adjectives after them; at least one comma, so that a conjunction alone (`et le
    président`) does not join a clause. Built once."""
    linkers, endings = lex.words("complement_linker"), lex.words("name_adjective_ending")
    conjunctions = lex.words("name_conjunction")
    if not linkers or not endings or not conjunctions or lex.head_last:
        return None
    articles, prepositions, adjective, noun = _words(lex)
    opening = elided(articles | linkers | prepositions, space=_S)
    item = rf"{opening}{noun}(?:{_S}{adjective}){{0,2}}"
    return re.compile(rf"(?:,{_S}{item})+,?{_S}{alternation(conjunctions)}{_S}{item}")


def _sentence_case(words: list[str]) -> bool:
    """Whether a name's words after its first are in lower case (its head alone counts)."""
    return words[0][:1].isupper() and all(w[:1].islower() or w in ("d'", "d’", "l'", "l’") for w in words[1:])


def model_names_continued(ctx: Context, state: State) -> list[Mention]:
    """Longer candidates for the model's names in sentence case that stop before a complement."""
    rx = ctx.knowledge.built("complement_run", _continuation)
    if rx is None:
        return []
    known = {(c.start, c.end) for c in state.candidates
             if c.label == "ORG" and provenance.kind(c.source) == "gazetteer"}
    closing = {c.start: c.end for c in state.candidates if c.source != provenance.MODEL and (
        c.label in ("LOCATION", "COUNTRY", "ORG"))}
    # a body the model found in capitals closes a name too (`… de la langue française de l'OIF`)
    bodies = {c.start: c.end for c in state.candidates if c.label == "ORG" and (
        c.source != provenance.MODEL or in_capitals(ctx.text[c.start:c.end]))}
    closers = {**closing, **bodies}
    linker = ctx.knowledge.built("complement_run_place", _place_linker)
    lowercase = ctx.regexes.lowercase_body
    trailing = ctx.knowledge.built("complement_run_adjective", _trailing_adjective)
    linkers = ctx.lexicon.words("complement_linker")
    openers = ctx.knowledge.built("complement_run_openers", _openers)
    found = []
    for c in state.candidates:
        if c.source != provenance.MODEL or c.label != "ORG" or (c.start, c.end) in known:
            continue
        words = ctx.text[c.start:c.end].replace("'", "' ").replace("’", "’ ").split()
        if not words or not _sentence_case(words) or in_capitals(words[0]):
            continue  # an acronym is a whole name: `la ZORBAC pour le compte du …` is the sentence's
        end = c.end
        if len(words) > 2 and words[-2].lower() in linkers:  # `… des crises` + `alimentaires`
            last = trailing.match(ctx.text, end)
            end = last.end() if last else end
        # a list of complements goes on only from a name that ends on a complement (not
        # `Gendarmerie nationale` + `, la police et les douanes`)
        end, _ = _complements(ctx, rx, lowercase, end, listing=any(w.lower() in openers for w in words[1:]),
                              start=c.start)
        link = linker.match(ctx.text, end) if linker else None
        if link and end == c.end and link.end() in bodies and not in_capitals(ctx.text[c.start:c.end]):
            # `Assemblée de la COI`, `… de la langue française de l'OIF`: the body it belongs to
            end = bodies[link.end()]
        elif link and end > c.end and link.end() in closers:
            # `… pour l'Afrique de l'Ouest`, `… du ministère de l'Agriculture`: the region it
            # serves, the body it belongs to
            end = closers[link.end()]
        if end > c.end:
            found.append(Mention(c.start, end, "ORG", "", RUN_ON))
    return found + _bare_regional_heads(ctx, state, rx, linker)


def _complements(ctx: Context, rx: re.Pattern, lowercase: re.Pattern | None,
                 end: int, listing: bool = False, start: int | None = None) -> tuple[int, list[re.Match]]:
    """Where the complements after `end` end (`de coordination régionale`, at most `_MOST`), and
    the complements read whole; with `listing` (or after a complement read), a list of
    complements goes on too (`_listed`), unless it is the subject of the clause after the
    name's opening phrase (`_subject_after`; `start`: where the name starts)."""
    read = []
    for _ in range(_MOST):
        more = rx.match(ctx.text, end)
        if more is None:
            # most names end before no comma: the list's pattern is tried only after one
            listed = ctx.knowledge.built("complement_run_list", _listed) \
                if (read or listing) and ctx.text.startswith(",", end) else None
            items = listed.match(ctx.text, end) if listed else None
            if items is None or any(ctx.lexicon.is_body_head(w) for w in _LOWER_WORDS.findall(items.group())):
                break  # no list; or a body in it (`, le ministère de …`): a list of bodies
            if _subject_after(ctx, start if start is not None else end, items.end()):
                break
            end = items.end()
            continue
        if ctx.lexicon.is_body_head(more.group("noun")):
            # `… du ministère de l'Agriculture`: the body it belongs to closes the name
            body = lowercase.match(ctx.text, more.start("noun")) if lowercase else None
            return (body.end() if body else end), read
        read.append(more)
        end = more.end()
    return end, read


def _subject_after(ctx: Context, start: int, end: int) -> bool:
    """Whether a list that ends at `end` is the subject of the clause that follows the name's
    opening phrase: the clause the name stands in opens with no article or determiner (`Avec
    l'appui du Fonds de la paix` + `, les réfugiés et les migrants ont reçu …`, `Grâce au Centre …`,
    `Pour le Bureau …`), and no punctuation closes the list (which would close the opening phrase
    with it: `Avec l'appui du Fonds de lutte contre le sida, la tuberculose et le paludisme, le
    pays …`). A name that its clause's subject holds (`Le Fonds de lutte contre le sida, la
    tuberculose et le paludisme a financé …`, `Le directeur du Fonds …`) keeps its list. The
    model's doc has no part-of-speech tags: the clause's first word stands for its structure."""
    if _PHRASE_END.match(ctx.text, end):
        return False
    opening = max((m.end() for m in _CLAUSE_MARK.finditer(ctx.text, max(0, start - _REACH), start)),
                  default=0 if start <= _REACH else None)
    if opening is None:
        return False  # no clause opening within reach: as before, the list stays
    first = _FIRST_WORD.match(ctx.text, opening, start)
    if first is None or first.start(1) >= start:
        return False  # the name opens its clause: its subject
    return first.group(1).lower().replace("’", "'") not in ctx.knowledge.built("complement_run_subject", _determiners)


def _determiners(lex: Lexicon) -> frozenset[str]:
    """The articles and determiners that open a clause's subject (`le`, `l'`, `son`, `ce`), not the
    linkers among the determiners before a back-reference (`de`, `du`). Built once."""
    linkers = {w.split()[0] for w in lex.words("complement_linker") | lex.words("complement_preposition")}
    return frozenset((lex.words("article") | lex.words("backref_determiner")) - linkers)


def _bare_regional_heads(ctx: Context, state: State, rx: re.Pattern, linker: re.Pattern | None) -> list[Mention]:
    """`le Centre de coordination régionale pour l'Afrique de l'Ouest`, `le Bureau sous-régional
    pour l'Afrique de l'Est` where the model found nothing: an office's head in capitals
    (`regional_head`), its complements or adjectives, a linker and a place the rules found are one
    ORG, where an adjective or a complement that names no kind of place (`place_noun`) makes it
    a name (never the head and the place alone, `le Centre de la France`, nor `le Centre de la
    ville de Dakar`)."""
    heads = ctx.knowledge.built("complement_run_regional", _regional_heads)
    if heads is None or linker is None:
        return []
    places = {c.start: c.end for c in state.candidates
              if c.source != provenance.MODEL and c.label in ("LOCATION", "COUNTRY")}
    model = [(c.start, c.end) for c in state.candidates if c.source == provenance.MODEL]
    place_nouns = ctx.lexicon.words("place_noun")
    found = []
    for m in heads.finditer(ctx.text):
        if any(s < m.end() and m.start() < e for s, e in model):
            continue  # the model read the head (as a name, a place, a person)
        end, read = _complements(ctx, rx, ctx.regexes.lowercase_body, m.end())
        link = linker.match(ctx.text, end)
        if link is None or link.end() not in places:
            continue
        adjective = bool(link.group("adjectives")) or any(
            r.group("before") or r.end() > r.end("noun") for r in read)
        if not adjective and all(r.group("noun").lower() in place_nouns for r in read):
            continue  # the head, kinds of places, a linker, a place: no name of its own
        found.append(Mention(m.start(), places[link.end()], "ORG", "", RUN_ON))
    return found


def _regional_heads(lex: Lexicon) -> re.Pattern | None:
    """The heads of offices that serve a region, capitalised, as words of their own."""
    heads = lex.words("regional_head")
    return re.compile(rf"(?<![\w-]){alternation(h.capitalize() for h in heads)}(?![\w'’-])") if heads else None


def _trailing_adjective(lex: Lexicon) -> re.Pattern:
    """An adjective after a model's name that ends on a complement's noun (`des crises`
    `alimentaires`), never a demonym the text adds (`Police nationale … ivoirienne`)."""
    stops = lex.words("not_adjective") | lex.words("demonym")
    return re.compile(_S + ending_word(lex.words("name_adjective_ending"), stops))


def _place_linker(lex: Lexicon) -> re.Pattern | None:
    """A linker (`de`, `pour l'`) before a place or body that closes a name in sentence case,
    after the adjectives of its last complement, a demonym too (`de la langue française` `de
    l'OIF`): the body the rules found after them holds the name together. The adjectives are the
    group `adjectives` (empty where the linker follows the complement's noun)."""
    linkers = lex.words("complement_linker") | lex.words("sentence_case_purpose")
    if not linkers:
        return None
    endings = lex.words("name_adjective_ending") | lex.words("demonym_ending")
    adjective = rf"(?:{_S}{ending_word(endings, lex.words('not_adjective'))}){{0,2}}" if endings else ""
    return re.compile(rf"(?P<adjectives>{adjective}){_S}{elided(linkers, space=_S)}")

