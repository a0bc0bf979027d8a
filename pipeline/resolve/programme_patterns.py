"""The patterns of the programme stages (`resolve/programmes.py`), built from one language's data.

Each is compiled once per pipeline and language (`Knowledge.built`); what they look for is
language data in `patterns/<lang>/lexicon.jsonl` (`programme_word_before`,
`programme_word_after`, `programme_apposition`, `coinage_noun`, `programme_name_inner` …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import CAPITAL, Lexicon, alternation, elided as elided_articles
from .context import Context
from .regex_parts import first_letters

# A word of a name: capitalised (`SWOT`, `Megha-Tropiques`, `UN-SPIDER`) or a coinage with a
# capital after a lower-case start (`rescEU`, `mDiabetes`); later words may be numbers (`Mission 300`).
# A word goes on across a hyphen, or an en dash that joins two places' names (`Almaty–Bishkek`).
_FIRST = rf"(?:[{CAPITAL}][\w@]*|[a-z]{{1,4}}[{CAPITAL}][\w@]*)(?:-[\w@]+|–[{CAPITAL}][\w@]*)*"
_NEXT = rf"(?:[{CAPITAL}0-9][\w@]*|[a-z]{{1,4}}[{CAPITAL}][\w@]*)(?:-[\w@]+|–[{CAPITAL}][\w@]*)*"
ACRONYM = rf"[{CAPITAL}][{CAPITAL}0-9]{{2,}}"
YEAR = r"(?:19|20)\d\d"
_EDITION = r"(?:[ \t](?:[IVXLC]+|(?:19|20)\d\d|\d\.\d))?(?![\w@-])"


def _words(lex: Lexicon, name: str) -> str | None:
    """A lookahead on the first letters, then the alternation, of a class's words; None if empty."""
    words = lex.words(name)
    return f"{first_letters(words)}(?:{alternation(words)})" if words else None


@dataclass(frozen=True)
class ProgrammePatterns:
    """The stages' patterns for one language, compiled once per pipeline (`Knowledge.built`).

    A pattern that would try a name at every capital of the text is split in two: the programme
    word it needs is found first (rare), then the name is looked for just before it."""

    word_before: re.Pattern | None        # la mission SWOT
    word_after: re.Pattern | None         # … initiative: a programme word after a name
    name_before_word: re.Pattern          # the name that ends right before it
    apposition: re.Pattern | None         # , an initiative / , el programa de: the apposition after a name
    copula: re.Pattern | None             # is the largest rail project: what a name is said to be
    name_before_comma: re.Pattern         # the name that ends right before its comma
    name_before_clause: re.Pattern        # ZORTEK, under construction in X (Y), is …: a clause between
    backref_heads: frozenset[str]
    coinage_noun: re.Pattern | None
    coinage_noun_before: re.Pattern | None
    coinage_noun_after: re.Pattern | None
    defined_programme: re.Pattern | None  # (MAHFSA) programme
    defined_apposition: re.Pattern | None  # Long Name (ACR), the … initiative
    long_with_edition: re.Pattern | None  # Estudio … (ERCE 2019)
    plural_opening: re.Pattern | None     # cuatro estudios regionales:
    listed_acronym: re.Pattern            # , el SERCE
    short_programme: re.Pattern | None    # programme Action: a programme word and one word
    title_programme: re.Pattern | None    # project Integrated: a keyword and 1-3 capitalised words
    title_place: re.Pattern | None        # in the Amazon River Basin: where a long title runs
    topic_more: re.Pattern | None         # contre la désertification: a topic word and its words
    title_more: re.Pattern                # Lives and Livelihoods: a name's next capitalised word
    keyword_defined: re.Pattern | None    # programme de Surveillance … (SURVA): a lower-case keyword's title

    @classmethod
    def build(cls, lex: Lexicon) -> ProgrammePatterns:  # long: one field per pattern, the table in one place
        run = _run(lex.words("programme_name_connector"))
        before, after = _words(lex, "programme_word_before"), _words(lex, "programme_word_after")
        nouns, determiners = _words(lex, "programme_apposition"), _words(lex, "programme_apposition_determiner")
        copulas = _words(lex, "programme_copula")
        coinage = lex.words("coinage_noun")
        word_after = lex.words("programme_word_after") | lex.words("programme_defined_after")
        heads = lex.words("programme_word_before") | lex.words("programme_keyword") | lex.words("operation_keyword")
        plural = _words(lex, "programme_plural")
        short = lex.words("programme_word_before") | lex.words("programme_keyword")
        topics = lex.words("text_topic")
        operations = lex.words("operation_keyword")
        # a title goes on after any singular keyword (`project Integrated and Sustainable …`); a
        # plural one lists names (`operations Thunderbird and Thunderstorm`)
        titled = short | frozenset(w for w in operations if not (w.endswith("s") and w[:-1] in operations))
        places = lex.words("place_in_preposition")
        inner = lex.words("programme_name_inner")
        # an article before its noun (`the`), an elided one joined to it (`l'`)
        articles = frozenset(w if w.endswith(("'", "’")) else w + " " for w in lex.words("programme_apposition_article"))
        owner_of = _words(lex, "programme_apposition_of")
        led = _words(lex, "lead_participle")
        linkers = lex.words("programme_title_linker")
        # a linker written with its apostrophe is elided onto the title's first word (`programme d'Harmonisation`)
        spaced = frozenset(w for w in linkers if not w.endswith(("'", "’")))
        elided_words = frozenset(w.rstrip("'’") for w in linkers if w.endswith(("'", "’")))
        elided = rf"|(?:{alternation(elided_words)})['’]" if elided_words else ""
        return cls(
            # a lower-case keyword, a linker or an elided article and a capital (or a name of one
            # to three capitalised words and a linker: `initiative Kalo sur …`), the title, no
            # punctuation but a list's commas, then its acronym
            keyword_defined=(re.compile(
                rf"(?<![\w-])(?P<long>(?:{alternation(titled)})[ \t]+"
                rf"(?:(?:(?:{alternation(spaced)})[ \t]+{elided})[{CAPITAL}][\w'’-]*"
                rf"|(?:[{CAPITAL}][\w'’-]*[ \t]+){{1,3}}(?:{alternation(spaced)})(?=[ \t]))"
                rf"(?:,?[ \t]+[^\s(),;:.!?«»\"“”]+){{0,18}})[ \t]+"
                rf"\((?P<acr>[{CAPITAL}][{CAPITAL}0-9]+\+?)\)") if titled and spaced else None),
            word_before=re.compile(rf"(?<![\w'’-]){before}[ \t]+(?P<name>{_FIRST}){_EDITION}") if before else None,
            word_after=re.compile(rf"(?<=[ \t]){after}(?![\w-])") if after else None,
            name_before_word=re.compile(rf"(?<![\w@'’–-])(?P<name>{run})[ \t]+\Z"),
            # `, an initiative`, or an article, the noun and the body whose it is (`, el programa de
            # la Unión Europea`; not `, le programme de diversification`, what it is about) or a
            # participle of leading (`, l'initiative conduite par …`, `, the initiative led by …`)
            apposition=(re.compile(rf",[ \t]+(?:{determiners}[ \t]+(?:[\w-]+[ \t]+)?{nouns}(?![\w-])"
                                   + (rf"|(?:{alternation(articles)})[ \t]*{nouns}[ \t]+{owner_of}[ \t]+"
                                      rf"(?:{elided_articles(lex.words('article'))})?[{CAPITAL}]"
                                      if owner_of and articles else "")
                                   + (rf"|(?:{alternation(articles)})[ \t]*{nouns}[ \t]+{led}(?![\w'’-])"
                                      if led and articles else "") + ")")
                        if nouns and determiners else None),
            # `Zorbala Rail is the largest infrastructure project`: a copula, an article or a
            # determiner, at most three words, a programme noun (not its possessive)
            copula=(re.compile(rf"[ \t]+{copulas}[ \t]+(?:{alternation(lex.words('article'))}|{determiners})[ \t]+"
                               rf"(?:[\w-]+[ \t]+){{0,3}}?{nouns}(?![\w'’-])") if nouns and determiners and copulas else None),
            name_before_comma=re.compile(rf"(?<![\w@'’–-])(?P<name>{run}\+?)\Z"),  # `EUROsociAL+`
            name_before_clause=re.compile(rf"(?<![\w@'’–-])(?P<name>{run}),[ \t][^,.;:!?\n]{{1,80}},\Z"),
            backref_heads=(lex.words("backref_org_head") | lex.words("backref_operation_head")
                           | lex.words("backref_instrument_head")),
            coinage_noun=re.compile(rf"(?<![\w-])(?:{alternation(coinage)})(?![\w-])") if coinage else None,
            coinage_noun_before=re.compile(rf"(?<![\w-])(?:{alternation(coinage)})[ \t]+$") if coinage else None,
            coinage_noun_after=re.compile(rf"[ \t]+(?:{alternation(coinage)})(?![\w-])") if coinage else None,
            # the word written in capitals too, as titles write it (`(ACE) Programme`)
            defined_programme=(re.compile(rf"\((?P<acr>{ACRONYM})\)[ \t]+(?:{alternation(_with_capitals(word_after))})(?![\w-])")
                               if word_after else None),
            # the parenthesis after a name that defines it (either way round), then an apposition that
            # says it is a programme: an article or a determiner, at most three words, the noun
            defined_apposition=(re.compile(
                rf"\((?P<inner>[{CAPITAL}][^()\n]{{1,119}})\),"
                rf"[ \t]+(?:(?:{alternation(articles)})[ \t]*|(?:{alternation(lex.words('programme_apposition_determiner'))})[ \t]+)"
                rf"(?:[\w'’-]+[ \t]+){{0,3}}?(?:{alternation(lex.words('programme_apposition'))})(?![\w'’-])")
                if articles and lex.words("programme_apposition") else None),
            long_with_edition=(re.compile(
                rf"(?<![\w'’-])(?P<long>(?:{alternation(frozenset(w[:1].upper() + w[1:] for w in heads))})"
                rf"(?:[ \t]+(?:[a-zà-ÿ]{{1,3}}[ \t]+)*(?:[dl]['’])?[{CAPITAL}][\w'’-]*)+)"
                rf"[ \t]+\((?P<acr>{ACRONYM})[ \t]{YEAR}\)") if heads else None),
            plural_opening=re.compile(rf"(?<![\w'’-]){plural}(?:[ \t]+[^\W\d_]+){{0,3}}[ \t]*:") if plural else None,
            # an item opens the list or follows a comma or a conjunction, with its article (`, el
            # SERCE`), not a preposition (`with NASA`)
            listed_acronym=re.compile(
                rf"(?:[:,;]|(?<![\w'’-])(?:{alternation(lex.words('joiner'))}))[ \t]+"
                rf"(?:(?:{alternation(lex.words('article'))})[ \t]+)?(?P<name>{ACRONYM})(?![\w'’-])"),
            short_programme=re.compile(rf"(?:{alternation(short)})[ \t]+[{CAPITAL}][^\W\d_]*") if short else None,
            title_programme=(re.compile(rf"(?:{alternation(titled)})(?:[ \t]+[{CAPITAL}][^\W\d_]*){{1,3}}")
                             if titled else None),
            title_place=(re.compile(rf"[ \t]+(?:{alternation(places)})[ \t]+(?:(?:{alternation(inner)})[ \t]+)?"
                                    rf"[{CAPITAL}][\w'’-]*") if places and inner else None),
            # a capitalised word, after at most two small words of a name written in another
            # language (`programme_name_inner`: `Saving Lives and Livelihoods`)
            title_more=re.compile(
                rf"[ \t]+(?:(?:{alternation(lex.words('programme_name_inner'))})[ \t]+){{0,2}}"
                rf"[{CAPITAL}][\w'’-]*" if lex.words("programme_name_inner") else rf"[ \t]+[{CAPITAL}][\w'’-]*"),
            topic_more=(re.compile(rf"[ \t]+(?:{alternation(topics)})((?:[ \t]+(?:[dl]['’])?[a-zà-ÿ][\w'’-]*){{1,6}})")
                        if topics else None),
        )


def _with_capitals(words: frozenset[str]) -> frozenset[str]:
    return words | frozenset(w[:1].upper() + w[1:] for w in words)


def built_patterns(ctx: Context) -> ProgrammePatterns:
    return ctx.knowledge.built("programmes", ProgrammePatterns.build)


def _run(connectors: frozenset[str]) -> str:
    small = alternation(connectors) if connectors else None
    link = rf"[ \t]+(?:{small}[ \t]+)?" if small else r"[ \t]+"
    return rf"{_FIRST}(?:{link}{_NEXT}){{0,4}}"
