"""Organs of a body: `Secretaría Permanente de la OTCA`, `IOSCO Board`, their titles read alone."""

from __future__ import annotations

import re
from collections import Counter

from .. import provenance
from ..lexicon import CAPITAL, Lexicon, alternation, elided
from ..mention import Mention
from .context import Context

ORGAN = provenance.heuristic("backref")  # a title that points back to the body it serves
_BLANK = r"[ \t]+"
_PREVIOUS_WORD = re.compile(r"([\w'’]+)\s*\Z")


def titles_read(ctx: Context, kept: tuple[Mention, ...], determiners) -> tuple[list[Mention], set[str]]:
    """The kept mentions with each organ title (`organ_title`) written capitalised after a
    determiner read as an ORG, where no reading covers it or only shorter ones inside it do
    (the model's `Secrétariat` in `Secrétariat exécutif`), or the model reads the same words as
    another kind (`Son Haut-Commissariat` as a place), unless a linker follows it (`The Council
    of the city`: the title of what its complement names); and the titles, lower-cased."""
    titles = {w.lower() for w in ctx.lexicon.words("organ_title")}
    pattern = ctx.knowledge.built("organ_titles", _titles_pattern)
    if pattern is None:
        return list(kept), titles
    kept = list(kept)
    # the organ of a body named before it: a title before any body names none
    first_body = min((k.end for k in kept if k.label == "ORG"), default=len(ctx.original) + 1)
    linker = ctx.knowledge.built("organ_title_linker", _linker_after)
    qualifier = ctx.knowledge.built("organ_title_qualifier", _qualifier_after)
    for m in pattern.finditer(ctx.original):
        if m.start() < first_body or linker is not None and linker.match(ctx.original, m.end()):
            continue  # `The Council of the city`: the title of what its complement names
        if qualifier is not None and m.group()[-1:].islower() and qualifier.match(ctx.original, m.end()):
            continue  # `le Comité consultatif` + `national d'éthique`: the start of a longer name
        prev = _PREVIOUS_WORD.search(ctx.original, max(0, m.start() - 12), m.start())
        if prev is None or prev.group(1).lower().replace("’", "'") not in determiners:
            continue
        inside = [k for k in kept if m.start() <= k.start and k.end <= m.end()]
        if any(k.start < m.end() and m.start() < k.end for k in kept if k not in inside) \
                or any((k.start, k.end) == m.span() and (k.label == "ORG" or k.source != provenance.MODEL)
                       for k in inside):  # the model's place or person of the same span gives way
            continue
        kept = [k for k in kept if k not in inside] + [Mention(m.start(), m.end(), "ORG", "", ORGAN)]
    return sorted(kept, key=lambda k: (k.start, k.end)), titles


def _titles_pattern(lex: Lexicon) -> re.Pattern | None:
    """The language's organ titles (`organ_title`) as whole words, either apostrophe; built once."""
    words = lex.words("organ_title")
    return re.compile(rf"(?<![\w'’-]){_alternation(words)}(?![\w'’-])") if words else None


def _linker_after(lex: Lexicon) -> re.Pattern | None:
    """A linker (`complement_linker`: `of`, `de la`, `del`) right after a title; built once."""
    words = lex.words("complement_linker")
    return re.compile(r"[ \t]+" + elided(words, space=r"[ \t]+")) if words else None


def _qualifier_after(lex: Lexicon) -> re.Pattern | None:
    """A lower-case adjective right after a title in sentence case (`name_adjective_ending`,
    `demonym_ending` or a `demonym`: `national`, `régional`, `ivoirien`), not a verb that takes an
    object (`indique que`, `rappelle son`: an article, a determiner or a relative after it); the
    title is then the start of a longer name in sentence case, no organ alone. Built once."""
    endings = lex.words("name_adjective_ending") | lex.words("demonym_ending")
    if not endings:
        return None
    stops = lex.words("not_adjective")
    unless = rf"(?!{_alternation(stops)}(?![\w'’-]))" if stops else ""
    ending = rf"[a-zà-ÿ][\w-]*{_alternation(endings)}"
    demonyms = lex.words("demonym")
    word = rf"(?:{ending}|{_alternation(demonyms)})" if demonyms else ending
    linkers = {w.split()[0] for w in lex.words("complement_linker") | lex.words("complement_preposition")}
    objects = {w for w in (lex.words("article") | lex.words("backref_determiner") | lex.words("run_relative")) - linkers
               if len(w) > 1}  # not English `a`, a French verb (`national a rendu`)
    verb = rf"(?![ \t]+{elided(objects, space=_BLANK)})" if objects else ""
    return re.compile(rf"[ \t]+{unless}{word}(?![\w'’-]){verb}")


def organ_norm(ctx: Context, body: str, head: str, named: tuple[Mention, ...] = ()) -> str:
    """The norm of a body's organ, in the language's order (`name_head`): `IOSCO Board`, and
    `Secretaría Permanente de la OTCA` with the link the text writes before the body
    (`organ_link_form`: `du CILSS`, `de l’UPU`), else the one the article before a reading of
    it stands for (`named`: `l'Union postale universelle (UPU)` → `de l'UPU`), else the
    language's `organ_link`."""
    if ctx.lexicon.head_last:
        return f"{body} {head}"
    link = _link(ctx, body) or _link_of_article(ctx, body, named)
    if link:
        return f"{head} {link}{body}" if link[-1] in "'’" else f"{head} {link} {body}"
    return " ".join(w for w in (head, ctx.lexicon.info.setting("organ_link"), body) if w)


def _link(ctx: Context, body: str) -> str | None:
    """The link the text writes most before `body` (`organ_link_form`: `de la`, `du`, `de l'`),
    else the one its article stands for (`la OTCA` → `de la`, `el ORAS` → `del` by
    `organ_link_contraction`'s `article link` pairs); None where it writes neither."""
    forms = ctx.lexicon.words("organ_link_form")
    if not forms:
        return None
    linked = {f.split()[-1]: f for f in forms if " " in f}  # `la` → `de la`
    linked.update(pair.split()[:2] for pair in ctx.lexicon.words("organ_link_contraction"))
    written = Counter(m.group(1) for m in re.finditer(
        rf"(?<![\w'’])((?i:{_alternation(forms | set(linked))}))\s*{re.escape(body)}(?![\w-])", ctx.original))
    for word, _ in written.most_common():
        if word.lower().replace("’", "'") in forms:
            return word.lower()
    for word, _ in written.most_common():
        form = linked.get(word.lower().replace("’", "'"))
        if form:
            return form.replace("'", "’") if "’" in word else form
    return None


def _link_of_article(ctx: Context, body: str, named: tuple[Mention, ...]) -> str | None:
    """The link the article written right before the first reading of `body` in `named` stands
    for (`l'Union postale universelle` → `de l'`, by `organ_link_form`'s `de l'` and
    `organ_link_contraction`), or None."""
    forms = ctx.lexicon.words("organ_link_form")
    linked = {f.split()[-1]: f for f in forms if " " in f}
    linked.update(pair.split()[:2] for pair in ctx.lexicon.words("organ_link_contraction"))
    for m in sorted((m for m in named if m.norm == body), key=lambda m: m.start):
        before = _ARTICLE_BEFORE.search(ctx.original, max(0, m.start - 8), m.start)
        form = linked.get(before.group(1).strip().lower().replace("’", "'")) if before else None
        if form:
            return form.replace("'", "’") if "’" in before.group(1) else form
    return None


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(\w+['’]|\w+\s+)\Z")


def _alternation(words) -> str:
    """Words as a regex group of alternatives, longest first, either apostrophe for one written `'`."""
    return alternation(words, space=r"\ ", apostrophes=True)


def after_acronym_notes(ctx: Context, state):
    """`the Caribbean Community (CARICOM) Secretariat`: where names end on their head, an organ's
    head noun (`organ_word`, `organ_title`) right after a body's acronym in parentheses is
    that body's organ, written `CARICOM Secretariat` (`organ_norm`), unless a capitalised word or
    a connector and one go on after it (a longer name) or a reading covers it already."""
    lex = ctx.lexicon
    pattern = ctx.knowledge.built("organ_after_note", _after_note_pattern)
    if pattern is None or not lex.head_last:
        return state
    kept, text = list(state.kept), ctx.original
    added = []
    for k in kept:
        if k.label != "ORG" or not k.norm or text[k.start - 1:k.start] != "(" or text[k.end:k.end + 1] != ")":
            continue
        m = pattern.match(text, k.end + 1)
        if m is None or any(o.start < m.end("head") and m.start("head") < o.end for o in kept):
            continue
        head = m.group("head")
        added.append(Mention(m.start("head"), m.end("head"), "ORG",
                             organ_norm(ctx, text[k.start:k.end], head), ORGAN))
    if not added:
        return state
    return type(state)(state.candidates, tuple(sorted(kept + added, key=lambda k: (k.start, k.end))))


def _after_note_pattern(lex: Lexicon) -> re.Pattern | None:
    """An organ's head noun after a closing parenthesis, with no capitalised word (nor a
    connector and one) after it; built once."""
    heads = lex.words("organ_word") | lex.words("organ_title")
    if not heads:
        return None
    connectors = lex.words("capitalised_connector")
    joined = rf"{_alternation(connectors)}[ \t]+" if connectors else ""
    return re.compile(rf"[ \t]+(?P<head>{_alternation(heads)})(?![\w'’-])"
                      rf"(?![ \t]+(?:{joined})?[{CAPITAL}])")
