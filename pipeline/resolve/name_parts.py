"""Where a run of capitalised words is cut into the names it holds (`names.capitalised_bodies`).

A comma, a conjunction, a month, a purpose or a possessive may separate two names or stay
inside one (`Foreign, Commonwealth and Development Office`, `Ministerio Público y
Superintendencia …`); `cut_run` decides at each of them, from the head nouns of bodies and
the names already found.
"""

from __future__ import annotations

from .. import provenance
from ..lexicon import NameHeads
from ..mention import Mention, SpanIndex
from .context import Context
from .name_lists import listed_commas
from .pieces import (COMMA, CONJUNCTION, CONJUNCTION_ARTICLE, CONJUNCTION_CONNECTOR, CONNECTOR, POSSESSIVE,
                     PURPOSE, SPACE, Piece)

_PLACES = ("COUNTRY", "LOCATION")


def cut_run(ctx: Context, pieces: list[Piece], heads: NameHeads, index: SpanIndex) -> list[list[Piece]]:
    """Cut a run where a comma or a conjunction separates two names.

    A conjunction joins two names when the word after it starts one (`Ministerio Público y
    Superintendencia ...`, `Policía Nacional del Ecuador y del Servicio ...`), when a name
    already found starts after it or ends before it (`Unión Europea y Estados Unidos`), or,
    where names end on their head, when the word before it ends one (`Police Service and ...`);
    otherwise a conjunction followed by a connector joins two complements (`de Aduanas y de
    Administración`). Commas cut, except in a list of single words that qualifies a name
    (`Foreign, Commonwealth and Development Office`, `de Jefes, Jefas, Directores y Directoras
    de Policía`). A month or a weekday cuts too, and so do a purpose (`to`) and a possessive
    except inside a complement (`Global Alliance to End Statelessness`, `Coalition on Every
    Child's Right to a Nationality`); a possessor after a complement is left out.
    """
    listed = listed_commas(pieces, heads, index, ctx.text, ctx.lexicon.words("portfolio_head"),
                           ctx.lexicon.words("portfolio_word"))
    calendar = ctx.knowledge.calendar_words
    texts = ctx.lexicon.text_heads  # `la Estrategia … y del Plan …`: two texts
    parts: list[list[Piece]] = [[pieces[0]]] if pieces else []
    for i, piece in enumerate(pieces[1:], start=1):
        if piece.word.lower() in calendar or pieces[i - 1].word.lower() in calendar:
            cut = True  # `the Agency on Monday`, `in May`: no name holds a date
        elif piece.link == COMMA:
            cut = i not in listed
        elif piece.link == CONJUNCTION_ARTICLE:
            cut = i not in listed and not _paired_complement(pieces, i, heads, index) \
                and not _title_complement(parts[-1], pieces[i:], heads, index, texts)
        elif piece.link in (CONJUNCTION, CONJUNCTION_CONNECTOR):
            cut = i not in listed and (_two_names(pieces[i - 1], piece, heads, index) or piece.word in texts
                                       or _two_ending_on_heads(pieces, i, heads)
                                       or _across_languages(ctx, parts[-1], pieces[i - 1], piece)
                                       or _no_complement_before(parts[-1], piece, heads))
        elif piece.link == POSSESSIVE and _held(index, pieces[i - 1], piece):
            cut = False  # `of the People's Republic of China`: a name found holds the possessive
        elif piece.link == CONNECTOR and _after_topicless(ctx, pieces[i - 1], piece):
            cut = True  # `Department on the Upper Indus Basin`: a body, then a place
        elif piece.link in (PURPOSE, POSSESSIVE):
            cut = not _inside_complement(parts[-1], pieces[i:], heads, index, ctx.lexicon.words("generic"))
        else:
            cut = False
        if cut and piece.link == POSSESSIVE and any(p.link == CONNECTOR for p in parts[-1][1:]):
            # a possessor after a complement is read as before, without it: `Port of Spain for the
            # Task Force's Plenary` holds a place and a body; `the Arctic Council's` is a name
            parts[-1].pop()
        if cut:
            parts.append([piece])
        else:
            parts[-1].append(piece)
    return parts


def _across_languages(ctx: Context, part: list[Piece], before: Piece, piece: Piece) -> bool:
    """Whether the text's own conjunction follows a name written in another of the languages
    partex reads, which its connectors show (`Bureau of Meteorology et Geoscience Australia`): a
    name holds its own language's conjunction, so this one joins two. Not after a cited
    language's connector, whose conjunction may be the text's too (`Ministério da Justiça e
    Segurança Pública` in a Spanish text)."""
    conjunction = ctx.text[before.end:piece.start].split()[0].lower()
    if conjunction not in ctx.lexicon.own.set("name_conjunction"):
        return False
    own = ctx.leading | ctx.lexicon.words("capitalised_connector")
    cited = ctx.lexicon.words("cited_connector")
    text = ctx.text
    connectors = [" ".join(text[q.end:p.start].split()).lower() for q, p in zip(part, part[1:]) if p.link == CONNECTOR]
    return any(c.split()[0] not in own for c in connectors) and not any(
        c in cited or c.split()[0] in cited for c in connectors)


def _paired_complement(pieces: list[Piece], i: int, heads: NameHeads, index: SpanIndex) -> bool:
    """Whether `and the` ending the run joins a second word to a complement of one word
    (`Programme on Man and the Biosphere`, `Programa sobre el Hombre y la Biosfera`): the word
    before it follows a connector, and neither word is a head noun or a name found."""
    if i + 1 != len(pieces) or i < 2 or pieces[i - 1].link != CONNECTOR:
        return False
    return not any(p.word in heads.first or p.word in heads.last or index.overlapping(p.start, p.end)
                   for p in pieces[i - 1:i + 1])


def _title_complement(part: list[Piece], rest: list[Piece], heads: NameHeads, index: SpanIndex,
                      texts) -> bool:
    """Whether `and the`, `y la` goes on a text's or a programme's title with one more complement
    (`Convention on Fisheries and the Marine Environment`, `Ley … para el Desarrollo Sostenible y
    la Solidaridad Global`): the part holds a title's head noun (`text_heads`) and a connector
    after it, and the words after the conjunction, up to the next comma or conjunction, hold no
    head noun of a body or a title and no name found other than a place's (`the Paris Agreement
    and the Kyoto Protocol`, `… and the European Union` are two names)."""
    at = next((k for k, p in enumerate(part) if p.word in texts), None)
    if at is None or not any(p.link == CONNECTOR for p in part[at + 1:]):
        return False
    following = [rest[0]]
    for p in rest[1:]:
        if p.link in (COMMA, CONJUNCTION, CONJUNCTION_CONNECTOR, CONJUNCTION_ARTICLE):
            break
        following.append(p)
    return not any(p.word in heads.first or p.word in heads.last or p.word in texts
                   or any(k.label not in _PLACES for k in index.overlapping(p.start, p.end))
                   for p in following)


def _after_topicless(ctx: Context, before: Piece, piece: Piece) -> bool:
    """Whether a topic's connector (`on the`) follows a head noun of a body that takes no topic
    (`Department`, `Secretariat`): it then opens a place or another name, not the body's topic
    (`Committee on Fisheries` goes on)."""
    lex = ctx.lexicon
    connector = " ".join(ctx.text[before.end:piece.start].split()).lower()
    return connector in lex.words("topic_connector") and before.word in lex.words("topicless_head")


def _inside_complement(part: list[Piece], rest: list[Piece], heads: NameHeads, index: SpanIndex,
                       generic_words: frozenset[str]) -> bool:
    """Whether a purpose (`to End Statelessness`) or a possessive (`Every Child's Right`) goes on
    a name: it follows a head noun of a body or a complement of one, and what follows it up to
    the next comma or conjunction holds no head noun and no name found (`the Agency to Europol`,
    `Europol's European Cybercrime Centre` are two names), nor, after a purpose, a generic word
    (`the Office to Member States`)."""
    if rest[0].link == POSSESSIVE and not any(p.link == CONNECTOR for p in part[1:]):
        return False  # a possessor opens the run: `Europol's Centre`
    if not any(p.word in heads.first or p.word in heads.last for p in part):
        return False
    following = []
    for p in rest:
        if following and p.link in (COMMA, CONJUNCTION, CONJUNCTION_CONNECTOR, CONJUNCTION_ARTICLE):
            break
        following.append(p)
    generic = rest[0].link == PURPOSE and any(p.word.lower() in generic_words for p in following)
    # a place in the purpose's own complement is part of it (`Commission d'Accès à l'Information
    # du Québec`); right after the purpose it is where the body goes (`la Commission au Niger`)
    return not generic and not any(p.word in heads.first or p.word in heads.last
                                   or any(k.label not in _PLACES or at == 0 for k in index.overlapping(p.start, p.end))
                                   for at, p in enumerate(following))


def _two_names(before: Piece, after: Piece, heads: NameHeads, index: SpanIndex) -> bool:
    """Whether the conjunction between two words of a run joins two names (see `cut_run`)."""
    if after.word in heads.first or (after.link == CONJUNCTION and before.word in heads.last):
        return True
    return any(k.start == after.start and _separate(k) for k in index.overlapping(after.start, after.end)) \
        or any(k.end == before.end and _separate(k) for k in index.overlapping(before.start, before.end))


def _no_complement_before(part: list[Piece], piece: Piece, heads: NameHeads) -> bool:
    """Whether a conjunction and a connector (`and of the`, `y del`) follow words that are no
    body's name or complement: they hold neither a head noun nor a connector, so the conjunction
    cannot join a second complement to theirs (`de Aduanas y de Administración`) and opens another
    name (`the Department of Justice in Belfast and of the Department of Justice in Dublin`: the
    run after `in` is `Belfast`, then a name)."""
    return piece.link == CONJUNCTION_CONNECTOR and not any(
        p.link == CONNECTOR or p.word in heads.first or p.word in heads.last for p in part)


def _two_ending_on_heads(pieces: list[Piece], i: int, heads: NameHeads) -> bool:
    """Whether a conjunction and a connector (`et du`, `and the`) join two names that end on
    their head nouns: the word before it is one, and so is the last of the words after it
    (`Smithsonian Institution et du World Monuments Fund`)."""
    if pieces[i].link != CONJUNCTION_CONNECTOR or pieces[i - 1].word not in heads.last:
        return False
    end = i + 1
    while end < len(pieces) and pieces[end].link == SPACE:
        end += 1
    return end - i > 1 and pieces[end - 1].word in heads.last


def _held(index: SpanIndex, before: Piece, piece: Piece) -> bool:
    """Whether a name found holds both words (a country's name with a possessive inside)."""
    return any(k.start <= before.start and piece.end <= k.end for k in index.overlapping(before.start, piece.end))


def _separate(name: Mention) -> bool:
    """A body or a country the rules know stands as a name of its own beside a conjunction (a
    place may qualify a name: `South Eastern and Eastern Europe Clearinghouse`)."""
    return name.label in ("ORG", "COUNTRY") and name.source != provenance.MODEL
