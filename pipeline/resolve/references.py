"""Names that point back: short titles after their parent body, `le Comité`, `the Assembly`."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Mapping

from .. import provenance
from ..lexicon import CAPITAL
from ..mention import Mention, SpanIndex, resolve_overlaps
from .acronyms import operation_name
from .context import Context, Knowledge, State
from .literals import alternation_spans
from .names import CAPITALISED
from . import organs
from .organs import organ_norm
from .seats import HEAD, SEAT
from .texts import TEXT

BACKREF = provenance.heuristic("backref")
_NEXT = re.compile(r"\s+([\w]+['’]?)")
_READ_FROM_HEAD = (CAPITALISED, TEXT, SEAT, HEAD)  # names no gazetteer holds, read from a head noun

_BEFORE_PRONOUN = re.compile(r"(?:\s*\([^()]{1,15}\))?,\s*(\w+)\b")
_DASH = re.compile(r"\s*[–—-]\s*")
_DATELINE_WITHIN = 500  # characters from the start within which a dateline's date lies
_LEAD_REACH = 12        # `We, the ` before the body that opens a lead
_CLAUSE_START = re.compile(r"[.;:!?,\n]")  # what ends the clause before a body
_CLAUSE_REACH = 120     # characters looked back for a clause's start
_WORD = re.compile(r"\w+")
AFTER_WINDOW = 400  # characters within which a short title's parent body must have been named
_PREVIOUS_WORD = re.compile(r"([\w']+)\s*\Z")
# a body's head noun written alone: not inside a word, not before a capitalised word; the word after it
_IN_WORD = re.compile(r"[\w'’-]")
_ALONE_AFTER = re.compile(rf"(?![\w'’-])(?!\s+[{CAPITAL}])(?:\s+(?P<next>[\w'’-]+))?")


def parents_named(ctx: Context, state: State) -> State:
    """Keep `Direction exécutive`-style readings only soon after their parent body is named (a
    short title inside a longer name names nothing: `Council` in `Council of the European Union`
    is no Security Council)."""
    index = SpanIndex(list(state.candidates)) if any(c.after for c in state.candidates) else None
    ends: dict[str, list[int]] = {}
    for c in state.candidates:
        if not c.after or index is None or not any(k.contains(c) and (k.start, k.end) != (c.start, c.end)
                                  for k in index.overlapping(c.start, c.end)):
            ends.setdefault(c.norm, []).append(c.end)
    for positions in ends.values():
        positions.sort()
    kept = []
    for c in state.candidates:
        if c.after:
            if opens_own_name(ctx, c.start, c.end, state.candidates):
                continue  # `du Conseil présidentiel de transition`: not the short title
            positions = ends.get(c.after, [])
            i = bisect.bisect_right(positions, c.start) - 1
            if i < 0 or c.start - positions[i] > AFTER_WINDOW:
                continue
            c = c._replace(after="")
        kept.append(c)
    return State(tuple(kept), state.kept)


def select(ctx: Context, state: State) -> State:
    """The flat selection: the longest span wins, then the stronger source, then the earlier."""
    return State(state.candidates, tuple(resolve_overlaps(list(state.candidates))))


def reselect(ctx: Context, state: State) -> State:
    """Flatten again after the references stages added their readings."""
    return State(state.candidates, tuple(resolve_overlaps(list(state.kept))))


def short_forms(ctx: Context, state: State) -> State:
    """`l'Assemblée générale` after `l'Assemblée générale d'INTERPOL` is INTERPOL's.

    A gazetteer name of several words (`Assemblée générale`, UNGA's) that is the head of a longer
    body name written before it (`Assemblée générale d'INTERPOL`, `INTERPOL General Assembly`)
    may refer to that body rather than its own, when its own belongs to another body. Of the
    bodies it may name, its own included, the one with the latest evidence wins: a long form,
    or the body it belongs to (`l'ONU, dont elle est observatrice à l'Assemblée générale` keeps
    UNGA). After a possessor the gazetteer gives such a body (`INTERPOL's 90th General Assembly`)
    it is that body, and later, shorter uses of the name (`the previous Assembly`) follow the
    last one read as another body's.
    """
    text, knowledge = ctx.text, ctx.knowledge
    orgs = sorted((m for m in state.kept if m.label == "ORG" and m.norm), key=lambda m: m.start)
    norms = [m.norm for m in orgs]          # read and updated in order: later uses see earlier ones
    moved: dict[str, int] = {}              # a gazetteer id: the latest mention read as another body
    for i, m in enumerate(orgs):
        short = text[m.start:m.end].lower()
        if provenance.kind(m.source) != "gazetteer":
            continue
        if norms[i] in moved:
            j = moved[norms[i]]
            head = text[orgs[j].start:orgs[j].end].lower()
            if (head == short or knowledge.head_of(head, short, whole=True)) \
                    and _evidence(ctx, orgs[:i], norms[:i], norms[i], {}) < j:
                norms[i] = norms[j]
                continue
        if " " not in short:
            continue
        owner = _possessor(ctx, m, orgs[:i], norms[:i], short)
        if owner:  # `INTERPOL's 90th General Assembly`
            norms[i] = owner
            moved[m.norm] = i
            continue
        long_forms = {norms[j]: j for j, other in enumerate(orgs[:i])
                      if (other.end - other.start > len(short)
                          and knowledge.head_of(text[other.start:other.end].lower(), short, whole=True))
                      or (text[other.start:other.end].lower() == short and norms[j] != other.norm)}
        # a body that belongs to none (`Financial Action Task Force`) names itself, even after a
        # longer name that ends with it (`Caribbean Financial Action Task Force`)
        if long_forms and set(long_forms) != {norms[i]} and m.norm in knowledge.parents:
            norms[i] = max([norms[i], *long_forms],
                           key=lambda norm: _evidence(ctx, orgs[:i], norms[:i], norm, long_forms))
            if norms[i] != m.norm:
                moved[m.norm] = i
    changed = {(m.start, m.end, m.label): norm for m, norm in zip(orgs, norms) if norm != m.norm}
    kept = tuple(m._replace(norm=changed[(m.start, m.end, m.label)])
                 if (m.start, m.end, m.label) in changed else m for m in state.kept)
    return State(state.candidates, kept)


def _possessor(ctx: Context, m: Mention, before: list[Mention], norms: list[str],
               short: str) -> str | None:
    """The body of `X's [Nth] <short name>` when the gazetteer gives X such a body."""
    owned = ctx.regexes.possessive.search(ctx.text, max(0, m.start - 40), m.start)
    if owned is None:
        return None
    owner = next((norm for o, norm in zip(reversed(before), reversed(norms))
                  if (o.start, o.end) == owned.span(1)), None)
    knowledge = ctx.knowledge
    children = [ident for ident, parent in knowledge.parents.items() if parent == owner
                and any(knowledge.head_of(name, short, whole=True) or name == short
                        for name in knowledge.names_by_id.get(ident, ()))]
    return children[0] if len(children) == 1 else None


def _evidence(ctx: Context, before: list[Mention], norms: list[str], norm: str,
              long_forms: Mapping[str, int]) -> int:
    """Index in `before` of the latest long form of `norm` or mention of its parent body."""
    parent = ctx.knowledge.parents.get(norm)
    last_parent = next((j for j in range(len(before) - 1, -1, -1) if norms[j] == parent), -1)
    return max(long_forms.get(norm, -1), last_parent)


def back_references(ctx: Context, state: State) -> State:
    """`le Comité`, `its Executive Directorate`: a body named before whose name has that head.

    The bodies it may name are those named before (also inside a longer name: `ONUDC` in `Bureau
    régional de l'ONUDC`) whose name as written, or one of whose gazetteer names, has the head
    noun; of those, the one the document names most often, then the nearest (`l'Organisation`
    in an INTERPOL text is INTERPOL).
    """
    text, knowledge = ctx.text, ctx.knowledge
    spans = {(m.start, m.end) for m in state.kept}  # a second reading of a kept span is no name
    named = list(state.kept) + [c for c in state.candidates
                                if provenance.kind(c.source) == "gazetteer" and (c.start, c.end) not in spans]
    # an instrument a rule found is named as written (`the SALW Control Roadmap` … `the Roadmap`)
    # and so is a body or an instrument no gazetteer holds, read from its head noun (`la Armada de
    # Colombia` … `la Armada`, `le Protocole pour éliminer …` … `le Protocole`): its norm is its
    # name as written
    named = [m._replace(norm=ctx.original[m.start:m.end])
             if not m.norm and (m.label == "INSTRUMENT" and provenance.kind(m.source) == "rule"
                                or m.label in ("ORG", "INSTRUMENT") and m.source in _READ_FROM_HEAD)
             else m._replace(norm=operation_name(ctx, ctx.original[m.start:m.end]))
             if not m.norm and m.label == "OPERATION" else m
             for m in named]
    programme_heads = {w.lower() for w in ctx.lexicon.words("backref_operation_head")}
    determiners, own = ctx.lexicon.words("backref_determiner"), ctx.lexicon.words("backref_own")
    counts = Counter(m.norm for m in named)
    owner_of = _owner_finder(ctx, state, named)
    ordered = sorted((m for m in named if m.norm), key=lambda m: m.end)
    # what was named before the current position, by label: norm -> (last position, forms)
    seen: dict[str, dict[str, tuple[int, set[str]]]] = {}
    position = 0
    found, owned = [], []  # owned: `our Board`, the body the text speaks for or its organ
    for start, end, lowered, label in _head_matches(ctx, named):
        while position < len(ordered) and ordered[position].end <= start:
            m = ordered[position]
            forms = seen.setdefault(m.label, {}).get(m.norm, (0, set()))[1]
            forms.add(text[m.start:m.end].lower())
            seen[m.label][m.norm] = (position, forms)
            position += 1
        prev = _PREVIOUS_WORD.search(text, max(0, start - 12), start)
        if prev is None or prev.group(1).lower() not in determiners:
            continue
        if label == "ORG" and prev.group(1).lower() in own \
                and (owner := owner_of(start, end, seen.get("ORG", {}))):
            owned.append(Mention(start, end, label, owner, BACKREF))
            continue
        label, fitting = _fitting_label(knowledge, seen, label, lowered, programme_heads)
        if label == "OPERATION" and _opens_a_name(ctx, end):
            continue  # `du Programme de l'Union européenne …`: a name of its own
        if fitting:
            norm = max(fitting, key=lambda n: (counts[n], seen[label][n][0]))
            found.append(Mention(start, end, label, norm, BACKREF))
    # a head noun alone read as a name of its own (`The Task Force`, capitalised) is the body
    # it refers back to, when one was named before
    referred = {(m.start, m.end) for m in found}
    mine = {(m.start, m.end) for m in owned}  # no other reading of such a span stands
    kept = tuple(m for m in state.kept if (m.start, m.end) not in mine
                 and not (m.source == CAPITALISED and (m.start, m.end) in referred))
    return State(state.candidates, kept + tuple(found) + tuple(owned))


def _fitting_label(knowledge: Knowledge, seen: dict, label: str, lowered: str,
                   programme_heads: set[str]) -> tuple[str, list[str]]:
    """The label a head noun refers back with and the norms named before it that it fits: its
    own label's first; a programme's head (`the Programme`) where no body of that head was
    named; a programme's head read as a body's where no programme of it was (`le Mécanisme
    korvelien …`, still a body here, which run_programmes may make a programme later, its
    back-references with it)."""
    fitting = _fitting(knowledge, seen.get(label, {}), lowered)
    if not fitting and label != "OPERATION" and lowered in programme_heads:
        return "OPERATION", _fitting(knowledge, seen.get("OPERATION", {}), lowered)
    if not fitting and label == "OPERATION":
        return "ORG", _fitting(knowledge, seen.get("ORG", {}), lowered)
    return label, fitting


def _owner_finder(ctx: Context, state: State, named: list[Mention]):
    """The reader of `our <Head>` at (start, end) given the bodies seen before it: see `_owner`."""
    # the bodies read (not the other readings a gazetteer offered; `named` starts with the
    # kept ones), first read first
    bodies = sorted((m for m in named[:len(state.kept)] if m.label == "ORG" and m.norm), key=lambda m: m.start)
    read = Counter(m.norm for m in bodies)
    lead: list[str | None] = []  # the body the text speaks for, looked for at the first use
    partners: set[str] = set()   # bodies first named after a channel word (`with INTERPOL`)

    def owner_of(start: int, end: int, seen: Mapping[str, tuple[int, set[str]]]) -> str | None:
        if not lead:
            lead.append(_lead(ctx, state.kept, bodies) or _speaker(ctx, bodies))
            firsts = {m.norm: m for m in reversed(bodies)}
            partners.update(n for n, m in firsts.items() if _channelled(ctx, m.start))
        here = read - Counter(m.norm for m in bodies if (m.start, m.end) == (start, end))  # not itself
        here = Counter({n: c for n, c in here.items() if n not in partners}) + Counter(
            {n: c for n, c in here.items() if n in partners})  # partners last when none speaks
        owner = _owner(ctx.knowledge, here, lead[0], seen, ctx.original[start:end])
        return organ_norm(ctx, *owner) if isinstance(owner, tuple) else owner
    return owner_of


def _owner(knowledge: Knowledge, read: Counter, lead: str | None,
           seen: Mapping[str, tuple[int, set[str]]], head: str) -> str | tuple[str, str] | None:
    """The norm of `our <Head>` (`read`: how often each body is read, in the order first read).

    The body the text speaks for is the subject of its lead after the dateline, else the one a
    first-person pronoun follows, else the one it names first (its title). It is that body
    when its name has that head; else, where only the title named it, a body with that head
    the text names most often (`nuestro Grupo`); else the head is its organ so titled (`our
    Board` in an IOSCO text is `IOSCO Board`, not the Financial Stability Board named before),
    given as (body, head) for `_organ` to write."""
    named = [n for n in read if n in seen]
    if not named:
        return None
    first = lead if lead in seen else named[0]
    fitting = _fitting(knowledge, {n: seen[n] for n in named}, head.lower())
    if first in fitting:
        return first
    most = max(read.values())
    owner = next((n for n in fitting if read[n] == most), None) if first != lead else None
    return owner or (first, head)


def organs_named(ctx: Context, state: State) -> State:
    """`nuestra Secretaría Permanente`, `le Secrétariat exécutif`: an organ's title alone
    (`organ_title`, capitalised, after a determiner) that no gazetteer reads is the organ of the
    body the text speaks for (its lead, else the one a first-person pronoun follows, else the one
    it names most), written as `organ_norm` writes it. A shorter reading inside the title (the
    model's `Secrétariat`) gives way to it."""
    kept, titles = organs.titles_read(ctx, state.kept, ctx.lexicon.words("backref_determiner"))
    hits = [i for i, m in enumerate(kept) if m.label == "ORG" and not m.norm
            and ctx.original[m.start:m.end].lower() in titles]
    if not hits:
        return state
    bodies = sorted((m for m in kept if m.label == "ORG" and m.norm
                     and ctx.original[m.start:m.end].lower() not in titles), key=lambda m: m.start)
    read = Counter(m.norm for m in bodies)
    body = _lead(ctx, kept, bodies) or _speaker(ctx, bodies) or next(iter(read.most_common(1)), (None,))[0]
    if not body or not re.search(rf"(?<![\w-]){re.escape(body)}(?![\w-])", ctx.original):
        return State(state.candidates, tuple(kept))  # no body written so: the title is its own name
    own = ctx.lexicon.words("backref_own")
    for i in hits:
        m = kept[i]
        prev = _PREVIOUS_WORD.search(ctx.text, max(0, m.start - 12), m.start)
        opens = ctx.text.rfind(".", 0, m.start) + 1
        if (prev is None or prev.group(1).lower() not in own) and any(
                opens <= b.start and b.end <= m.start and b.norm != body for b in bodies):
            continue  # `la CAN, cuya Secretaría General`: another body's, named just before
        kept[i] = m._replace(norm=organ_norm(ctx, body, ctx.original[m.start:m.end], tuple(bodies)))
    return State(state.candidates, tuple(kept))


def _speaker(ctx: Context, bodies: list[Mention]) -> str | None:
    """The body a first-person pronoun follows (`At the International Civil Aviation
    Organization (ICAO), we …`), or None."""
    pronouns = ctx.lexicon.words("speaker_pronoun")
    for m in bodies:
        after = _BEFORE_PRONOUN.match(ctx.text, m.end)
        if after and after.group(1).lower() in pronouns and not _channelled(ctx, m.start):
            return m.norm
    return None


def _channelled(ctx: Context, start: int) -> bool:
    """Whether a channel word (`channel_word`: with, through, avec, a través de …) comes before
    `start` in its clause: a body the text works with or through is a partner, not the speaker
    (`Together with INTERPOL, we …`)."""
    clause = _CLAUSE_START.split(ctx.text[max(0, start - _CLAUSE_REACH):start])[-1]
    channels = ctx.lexicon.words("channel_word")
    return any(w.lower() in channels for w in _WORD.findall(clause))


def _lead(ctx: Context, kept: tuple[Mention, ...], bodies: list[Mention]) -> str | None:
    """The body opening the lead after a dateline (`MADRID, 15 October 2024 – We, the
    International Organization …`), or None."""
    date = next((m for m in sorted(kept, key=lambda m: m.start) if m.label == "DATE"
                 and m.start < _DATELINE_WITHIN and _DASH.match(ctx.text, m.end)), None)
    if date is None:
        return None
    after = _DASH.match(ctx.text, date.end).end()
    # only pronouns and articles may come before the body (`We, the …`), never `With UNICEF, …`
    lead_in = {w.rstrip("'’") for w in ctx.lexicon.words("speaker_pronoun") | ctx.lexicon.words("article")}
    return next((m.norm for m in bodies if after <= m.start <= after + _LEAD_REACH
                 and all(w.lower() in lead_in for w in _WORD.findall(ctx.text[after:m.start]))), None)


def _opens_a_name(ctx: Context, end: int) -> bool:
    """Whether the word after a keyword links a complement to it (`Programme de l'Union …`)."""
    after = _NEXT.match(ctx.text, end)
    linkers = {w.split()[0] for w in ctx.lexicon.words("complement_linker")}
    return after is not None and after.group(1).lower().replace("’", "'") in linkers


def _fitting(knowledge: Knowledge, seen: Mapping[str, tuple[int, set[str]]], lowered: str) -> list[str]:
    """The norms named before whose name as written, or a gazetteer name, has the head `lowered`."""
    return [norm for norm, (_, forms) in seen.items()
            if any(form != lowered and knowledge.head_of(form, lowered) for form in forms)
            or knowledge.named_so(norm, lowered)]


def _head_matches(ctx: Context, named: list[Mention]) -> list[tuple[int, int, str, str]]:
    """Where a head noun alone may point back, as (start, end, head lower-cased, label): the
    language's back-reference heads, and the head nouns of the bodies this document names in
    several words (`la Gendarmería` after `la Gendarmería Nacional Argentina`, `la Force` after
    `la Force de gendarmerie européenne`), the head written alone, not before another capitalised
    word (`la División` but not `la División de ...`'s start of a longer name)."""
    text, rx = ctx.text, ctx.regexes
    lex = ctx.lexicon
    found = [(m.start(), m.end(), m.group().lower(), rx.backref_label[m.group()])
             for m in rx.backref.finditer(text) if m.group() in rx.backref_label  # none: matches ''
             and not opens_own_name(ctx, m.start(), m.end(), named)]
    heads: dict[str, set[str]] = {}  # a head: the words after it in the names it heads
    for m in named:
        words = ctx.original[m.start:m.end].split()
        if m.label == "ORG" and len(words) > 1:
            head = words[-1] if lex.head_last else words[0]
            if head[:1].isupper() and head not in rx.backref_label and lex.is_body_head(head):
                heads.setdefault(head, set()).update(w.lower() for w in words[1:2] if not lex.head_last)
    if heads:  # the heads found as `str.find` finds them: no pattern compiled for one document
        found.extend((start, start + len(head), head.lower(), "ORG")
                     for start, _, head, after in alternation_spans(text, sorted(heads), _IN_WORD, _ALONE_AFTER)
                     if (after.group("next") or "").lower() not in heads[head])
    return sorted(found)


def opens_own_name(ctx: Context, start: int, end: int, named: Iterable[Mention]) -> bool:
    """Whether a head that comes first, at (start, end), is followed by a word in lower case and a
    linker (`du Conseil présidentiel de transition`): the head opens the name of another body,
    unless a body named before starts with the same words (`Conseil exécutif`)."""
    rx = ctx.regexes.own_name_after_head
    after = rx.match(ctx.text, end) if rx else None
    if after is None:
        return False
    pair = f"{ctx.text[start:end]} {after.group('word')}".lower().split()
    return not any(m.label == "ORG" and m.end <= start
                   and ctx.original[m.start:m.end].lower().split()[:len(pair)] == pair for m in named)
