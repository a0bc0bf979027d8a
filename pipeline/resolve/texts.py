"""Names of instruments no gazetteer holds whose complement is written in lower case.

French and Spanish name a text by its capitalised head noun and a complement in lower case
(`Convention d'application de l'accord de Schengen`, `Traité Benelux en matière de coopération
policière`, `Tratado relativo a la transmisión electrónica de solicitudes …`), which capitalised
runs (`resolve/names.py`) cannot read. From a head noun (`instrument_head`, capitalised) the name
runs word by word over the small words that link its complements (`text_linker`), lower-case
words and names, and ends at punctuation, at a word that starts a clause (`text_stop`: `qui`,
`signée`, `est`), or at a conjunction that starts another name (`et la Convention …`, `et ses
protocoles`). It is a name only when it holds a word that says what the text is about
(`text_topic`: `sur`, `relatif`, `en matière de`, `contra`) or a name in capitals (`… de
Schengen`): `la Stratégie de l'organisation prévoit des mesures` names nothing. Where names end
on their head (English), capitalised runs read them all.
"""

from __future__ import annotations

import re

from .. import provenance
from ..lexicon import Lexicon, alternation
from ..mention import Mention, SpanIndex
from .acronym_shapes import is_acronym_form
from . import title_lists
from .context import Context, State
from .regex_parts import QUOTED as _QUOTED

TEXT = provenance.heuristic("text")
_TOKEN = re.compile(r"[^\W\d_][\w-]*['’]?|\d+|\S")
_VALUES = ("DATE", "FIGURE", "RESOLUTION")
_KNOWN = ("gazetteer", "rule")
_NEXT_WORD = re.compile(r" (\w+)")
MAX_WORDS = 30  # the longest names in the development sets run to about 25 words


def lowercase_texts(ctx: Context, state: State) -> State:
    """Instruments named by a capitalised head noun and a complement in lower case (see the
    module's docstring). A name never cuts one already found (it ends before) nor holds a value."""
    lex = ctx.lexicon
    if lex.head_last or not lex.words("text_topic"):
        return state
    index: SpanIndex | None = None
    found = []
    for match in _heads(ctx):
        numbered = numbered_end(ctx, match.end(), head=True)  # `Convention (n° 29) sur …`
        name_end = _listed_end(ctx, numbered or match.end())
        if name_end is None:
            continue
        index = index or SpanIndex([c for c in state.candidates if c.source != provenance.MODEL])
        if _known_before(ctx, index, match.start()):
            continue
        end = _before_crossing(ctx, index, match.start(), name_end, numbered or match.start())
        if end == name_end:
            end = numbered_end(ctx, end, numbered=numbered is not None) or end  # `…, 1930`
        if end is not None and match.group()[0].islower():
            end = _before_names(ctx, index, match.end(), end)
        if end is not None:
            end = _before_place(ctx, index, match.start(), end)
        if end is not None:
            end = title_lists.period_end(ctx.text, end)
            found.append(Mention(match.start(), end, "INSTRUMENT", "", TEXT))
    return State(state.candidates + tuple(found), state.kept) if found else state


def _listed_end(ctx: Context, start: int) -> int | None:
    """Where the name whose head ends at `start` ends, its complement's list included
    (`title_lists`): a complement that says no topic is a name where its list goes on to one
    (`Stratégie régionale de stabilisation, de … et de résilience des zones … affectées par Boko
    Haram`)."""
    end = _name_end(ctx, start)
    base = end if end is not None else _name_end(ctx, start, named_only=False)
    if base is None:
        return None
    complement = re.findall(r"[\w'’]+", ctx.text[start:base].lower().replace("’", "'"))
    between = title_lists.between_end(ctx, complement, end, _name_end) if end is not None else None
    if between is not None:
        return between if between >= 0 else None
    listed, named = title_lists.lowercase_list_end(ctx, complement, base, _name_end)
    return listed if end is not None or named else None


def numbered_end(ctx: Context, end: int, *, head: bool = False, numbered: bool = False) -> int | None:
    """Where a title's number and year end, or None: right after its head, a number in
    parentheses or a year after a linker (`Convention (n° 29) sur …`, `Protocole de 2014 relatif
    à …`); at its end, the year after a comma and the number (`…, 1930`, `Forced Labour
    Convention, 1930 (No. 29)`), the year only in a title with a number (`the Convention on
    Zorbala, 2019 saw` goes on no further)."""
    number, year = ctx.regexes.title_number, ctx.regexes.title_year
    if number is None or year is None:
        return None
    if head:  # (a bare number too, before a topic: `Convención 108 para la protección …`)
        found = number.match(ctx.text, end) or year.match(ctx.text, end) or _topic_after(ctx, _BARE_NUMBER.match(ctx.text, end))
        return found.end() if found is not None and not found.group().startswith(",") else None
    dated = year.match(ctx.text, end)
    dated = dated if dated is not None and dated.group().startswith(",") else None
    paren = number.match(ctx.text, dated.end() if dated else end)
    if paren is not None:
        return paren.end()
    return dated.end() if dated is not None and numbered else None


_BARE_NUMBER = re.compile(r"[ \u00a0]\d{1,3}\+?(?![\w+]|[.,]\d|[ \u00a0\u202f]\d)")


def _topic_after(ctx: Context, number: re.Match | None) -> re.Match | None:
    """The number, where a word saying what the text is about follows it (`text_topic`)."""
    after = _NEXT_WORD.match(ctx.text, number.end()) if number is not None else None
    return number if after is not None and after.group(1).lower() in ctx.lexicon.words("text_topic") else None


def numbered_titles(ctx: Context, state: State) -> State:
    """A capitalised instrument head and its number name a text (`Convention 108+`, `Convenio
    169`, `ILO Convention 169`): the number is its name, as an ordinal's is (`ordinal_titles`);
    a longer name found from the head on keeps it."""
    found = []
    for match in _heads(ctx):
        number = _BARE_NUMBER.match(ctx.text, match.end())
        if number is not None:
            found.append(Mention(match.start(), number.end(), "INSTRUMENT", "", TEXT))
    return State(state.candidates + tuple(found), state.kept) if found else state


# lower-case words between a head and its quoted title (`Charte internationale « … »`)
_QUOTED_AFTER_HEAD = re.compile(rf"(?P<qualifiers>(?:[ \t]+(?-i:[a-zà-ÿ][\w'’-]*)){{0,2}})[ \t\u00a0\u202f]*{_QUOTED}")


def quoted_titles(ctx: Context, state: State) -> State:
    """A capitalised instrument head, a lower-case qualifier or two and a title in quotation
    marks name a text together (`Charte internationale « Espace et catastrophes majeures »`,
    `Carta «Agua para Todos»`): the head, its qualifiers and the marks stay in the span, as the
    name is written."""
    found = []
    endings = tuple(ctx.lexicon.words("name_adjective_ending"))
    for match in ctx.regexes.text_head.finditer(ctx.text):
        quoted = _QUOTED_AFTER_HEAD.match(ctx.text, match.end())
        # the words between are adjectives only (`internationale`), never a verb that quotes the
        # text (`la Convention prévoit « Les États … »`, `the Agreement states "All …"`)
        if quoted is not None and all(w.endswith(endings) for w in quoted.group("qualifiers").split()):
            found.append(Mention(match.start(), quoted.end(), "INSTRUMENT", "", TEXT))
    return State(state.candidates + tuple(found), state.kept) if found else state


def _before_place(ctx: Context, index: SpanIndex, start: int, end: int) -> int:
    """A name that says no topic ends before a place it runs on to after `text_place_linker`:
    where the text was signed, not what it is about (`Convención del Metro en París`; but
    `Convención sobre … en África` keeps its place)."""
    linkers = ctx.lexicon.words("text_place_linker")
    place = next((k for k in index.overlapping(start, end)
                  if k.end == end and k.label in ("LOCATION", "COUNTRY") and k.start > start), None)
    if place is None or not linkers:
        return end
    before = _TOKEN.findall(ctx.text[start:place.start])
    if len(before) < 4 or before[-1].lower() not in linkers \
            or any(w.lower() in ctx.lexicon.words("text_topic") for w in before):
        return end
    return len(ctx.text[:ctx.text.rindex(before[-1], start, place.start)].rstrip())


def owned_titles(ctx: Context, state: State) -> State:
    """A body's acronym right before a text's name found by a rule names its owner inside the
    title (`ASEAN Cybersecurity Cooperation Strategy 2021-2025`, `ECOWAS Regional Plan of
    Action`): one INSTRUMENT from the acronym on; a text the gazetteer knows keeps its own."""
    bodies = {c.end: c for c in state.candidates if c.label == "ORG" and c.source != provenance.MODEL
              and is_acronym_form(ctx.text[c.start:c.end])}
    found = []
    for c in state.candidates:
        if c.label != "INSTRUMENT" or provenance.kind(c.source) == "gazetteer" or c.source == provenance.MODEL:
            continue
        body = bodies.get(c.start - 1)
        if body is not None and ctx.text[c.start - 1] == " " and ctx.text[c.start].isupper():
            found.append(Mention(body.start, c.end, "INSTRUMENT", "", TEXT))
    return State(state.candidates + tuple(found), state.kept) if found else state


def _known_before(ctx: Context, index: SpanIndex, start: int) -> bool:
    """Whether a name the gazetteer knows starts at the head (`Convention de Budapest du Conseil
    de l'Europe`: the text and its owner), or one a rule found that no topic word follows, right
    after it or after one linking word (`Acuerdo de Cooperación en materia de …` goes on)."""
    lex = ctx.lexicon
    for k in index.overlapping(start, start + 1):
        if k.start != start or k.label != "INSTRUMENT" or provenance.kind(k.source) not in _KNOWN:
            continue
        if provenance.kind(k.source) == "gazetteer":
            return True
        after = _NEXT_WORD.match(ctx.text, k.end)
        if after is not None and after.group(1).lower() in lex.words("text_linker") \
                and after.group(1).lower() not in lex.words("text_topic"):
            after = _NEXT_WORD.match(ctx.text, after.end())
        if after is None or after.group(1).lower() not in lex.words("text_topic"):
            return True
    return False


def _heads(ctx: Context) -> tuple[re.Match, ...]:
    """The capitalised head nouns, and the heads that name a text in lower case too
    (`lowercase_text_head`: `la directive-cadre sur l'eau`, `la directiva marco sobre el agua`),
    found once per document (two stages read them)."""
    return ctx.once("text_heads", _find_heads)


def _find_heads(ctx: Context) -> tuple[re.Match, ...]:
    heads = list(ctx.regexes.text_head.finditer(ctx.text))
    lower = ctx.knowledge.built("lowercase_text_head", _lowercase_head)
    if lower is not None:
        heads += lower.finditer(ctx.text)
        heads.sort(key=lambda m: m.start())
    return tuple(heads)


def _before_names(ctx: Context, index: SpanIndex, start: int, end: int) -> int | None:
    """A lower-case head's name ends before any name or value found in it (`la directive-cadre
    sur l'eau de l'Union européenne`: the body is its author) and off the small words before
    them (`leading`: `de l'`, `desde`); None where nothing is left after the head."""
    inside = [c.start for c in index.overlapping(start, end)]
    end = min([end, *inside])
    leading = ctx.lexicon.words("leading") | ctx.lexicon.words("text_linker")
    words = list(re.finditer(r"[^\s]+", ctx.text[start:end]))
    # an elided word (`l'`) never ends a name
    while words and (words[-1].group().lower() in leading or words[-1].group().endswith(("'", "’"))):
        words.pop()
    return start + words[-1].end() if words else None


def _lowercase_head(lex: Lexicon) -> re.Pattern | None:
    words = lex.words("lowercase_text_head")
    return re.compile(rf"(?<![\w'’-])(?:{alternation(words)})(?![\w'’-])") if words else None


def _name_end(ctx: Context, start: int, *, named_only: bool = True) -> int | None:
    """Where the name whose head ends at `start` ends, or None where it names nothing (see the
    module's docstring)."""
    lex, text = ctx.lexicon, ctx.text
    linkers, topics, stops = lex.words("text_linker"), lex.words("text_topic"), lex.words("text_stop")
    conjunctions, features = lex.words("name_conjunction"), lex.words("feature_noun")
    tokens = _tokens(text, start)
    if not tokens:
        return None
    words = [t.group() for t in tokens]
    lower = [w.lower().replace("’", "'") for w in words]
    # lower-case words right after the head must lead to a topic word (`Convention pénale sur`),
    # at most three lower-case words on (`Stratégie arabe de lutte contre`)
    at = 0
    while at < len(words) and at < 2 and words[at][0].islower() and lower[at] not in linkers \
            and lower[at] not in stops:
        at += 1
    of = frozenset(w for w in lex.words("complement_linker") if " " not in w)
    if named_only and at and not any(lower[j] in topics for j in _lowercase_run(words, lower, at, of, stops)):
        return None
    if at < len(words) and lower[at] in lex.words("article"):
        return None  # a complement opens with a linker, not an article (`el Convenio el Reino Unido`)
    last, named, after_link, topical, capital = None, False, True, False, None
    for i in range(at, len(words)):
        word, low = words[i], lower[i]
        if low in stops or not (word[0].isalpha()):
            break
        if low in conjunctions:
            if not _joins_complements(words, lower, i, linkers - topics, conjunctions):
                break
            if last is not None and all(w[0].isupper() for w, lw in zip(words[at:i], lower[at:i])
                                        if lw not in linkers):
                break  # a title in capitals, then lower case: not its complement (`Estatuto
                # Temporal de Protección y la respuesta regional …`)
            after_link = True
            continue
        if low in linkers:
            named = named or low in topics
            topical = topical or low in topics
            after_link = True
            continue
        if word[0].isupper():
            capital = i
            if not after_link and i > at and words[i - 1][0].islower() and lower[i - 1] not in features:
                break  # a name after a lower-case word starts another one; after a natural
                # feature's noun it is the feature's name (`Charte des eaux du fleuve Niger`)
            named = True
        named = named or low in topics
        topical = topical or low in topics
        last, after_link = i, False
    if last is None or (named_only and not named):
        return None
    if not topical and capital is not None:
        last = capital  # named by its name in capitals alone, it ends there (`… de Estambul cumple`)
    return tokens[last].end()


def _lowercase_run(words: list[str], lower: list[str], at: int, of: frozenset[str],
                   stops: frozenset[str]) -> range:
    """Where a topic word may stand after the lower-case words that follow a head: at `at`, or
    up to two lower-case words after a complement's `de` there (`arabe de lutte contre`)."""
    if at >= len(words) or lower[at] not in of:
        return range(at, min(at + 1, len(words)))
    end = at + 1
    while end < len(words) and end < at + 3 and words[end][0].islower() and lower[end] not in stops:
        end += 1
    return range(at, end)


def _joins_complements(words: list[str], lower: list[str], i: int, linkers: frozenset[str],
                       conjunctions: frozenset[str]) -> bool:
    """Whether the conjunction at `i` joins two complements of one name (`réprimer et punir`,
    `la cybersécurité et la protection des données`): a lower-case word follows it, after
    linking words that say no topic (`linkers`); not two names (`et la Convention civile`, `et
    ses protocoles`, `et sur le Pacte`)."""
    j = i + 1
    while j < len(words) and j < i + 3 and lower[j] in linkers:
        j += 1  # `et de la divulgation`, `y el tráfico`
    return j < len(words) and words[j][0].islower() and lower[j] not in linkers \
        and lower[j] not in conjunctions


def _tokens(text: str, start: int) -> list[re.Match]:
    """The words after `start` while one space (or an elision) separates them, at most
    MAX_WORDS; punctuation is a token of its own and ends the list where it stands."""
    tokens: list[re.Match] = []
    at = start
    while len(tokens) < MAX_WORDS:
        m = _TOKEN.search(text, at)
        if m is None:
            break
        gap = text[at:m.start()]
        if gap not in (" ", "") or (gap == "" and tokens and not tokens[-1].group().endswith(("'", "’"))):
            break
        if gap == "" and not tokens:
            break  # the head runs on (`Convention-cadre`): another word
        tokens.append(m)
        if not m.group()[0].isalpha():
            break
        at = m.end()
    return tokens


def _before_crossing(ctx: Context, index: SpanIndex, start: int, end: int, free: int) -> int | None:
    """The end of the name so that it cuts no name found and holds no value: before the first
    one that crosses its end or is a value (one before `free` is the title's own number or
    year); None when nothing is left beyond the head."""
    for k in sorted(index.overlapping(start, end), key=lambda k: k.start):
        if k.start < start:
            return None  # the head is inside a name found
        if (k.label in _VALUES and k.end > free) or k.start < end < k.end:
            end = k.start
            break
    words = _TOKEN.findall(ctx.text[start:end])
    trailing = ctx.lexicon.words("text_linker") | ctx.lexicon.words("name_conjunction")
    while words and words[-1].lower().replace("’", "'") in trailing:
        end = ctx.text.rindex(words.pop(), start, end)
    end = len(ctx.text[:end].rstrip())
    return end if len(words) >= 3 else None
