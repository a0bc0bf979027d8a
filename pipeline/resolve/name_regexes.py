"""The resolver's patterns of names' runs, built from one language's lexicon (`Regexes.build`):
a run of capitalised words, a body named in lower case, the words before a lone acronym that
make it a body's, the capitalised words a title goes on with."""

from __future__ import annotations

import re

from ..lexicon import Lexicon, alternation, ending_word
from .regex_parts import SPACE, capital_or, dotted_word, first_letters, spaced_elided


def acting_body(lex: Lexicon) -> re.Pattern | None:
    """The words before a lone acronym that say it is a body's: words only a body follows
    (`body_evidence`: `hosted by CINECA`, `en coordinación con ENAIRE`) or an office and its
    linker (`role_noun`, `complement_linker`: `director de F4E`), with an article or not, ending
    at the end of the text searched (`\\Z`): the acronyms are found first (`acting_name`, rare),
    and only the text right before each is read (the words, frequent, were tried at every
    position of every text)."""
    evidence, roles = lex.words("body_evidence"), lex.words("role_noun")
    if not evidence or not roles or not lex.words("complement_linker"):
        return None
    lead = (rf"(?i:{alternation(evidence, space=SPACE)}[ \t]+"
            rf"|{alternation(roles)}[ \t]+{spaced_elided(lex.words('complement_linker'))})")
    return re.compile(rf"{first_letters(evidence | roles)}(?<![\w'’-]){lead}(?i:{spaced_elided(lex.words('article'))})?\Z")


def name_run(lex: Lexicon, cap: str) -> re.Pattern:
    """Runs of capitalised words (hyphenated ones too: `Anti-Money`; dotted abbreviations: `U.S.`) with the small words names
    hold inside, in any language (`of the`, `de la`, `di`), conjunctions (`and`, `y de`) and
    commas; `pipeline/resolve/names.py` cuts them into names."""
    connectors = lex.heads.connectors if lex.heads else lex.words("capitalised_connector")
    # `to`, `to a` open a name's statement of purpose (names.py keeps it only where it names no
    # other thing: `Global Alliance to End Statelessness`)
    connectors = connectors | lex.words("purpose_connector")
    # an elided connector holds its word without a space (`Commission d'Accès à l'Information`)
    spaced = [c for c in connectors if not c.endswith("'")]
    elided = [c for c in connectors if c.endswith("'")]
    conn = rf"(?:{alternation(spaced, space=' ')} )?" if spaced else ""
    if elided:
        conn = rf"(?:{alternation(spaced, space=' ')} |{alternation(elided, space=' ')})?"
    conj = alternation(lex.words("name_conjunction")) if lex.words("name_conjunction") else "(?!)"
    articles = lex.words("capitalised_article")
    lead = rf"(?:{alternation(articles)} )?" if articles else ""
    # a country's abbreviation with its points is a word too (`U.S. Southern Command`, `U.K. Border
    # Force`), as `US Navy` is; not where its point ends the sentence (`regex_parts.dotted_word`)
    word = rf"(?:{dotted_word(lex.words('leading'))}|{cap}\w+(?:-\w+)*)"
    definite = {w for w in lex.words("article") - lex.words("indefinite_article") if not w.endswith("'")}
    article = rf"(?:{alternation(definite)} )?" if definite else ""
    # `and the Marine` is read here and cut in names.py unless it ends a list of complements
    # a possessive may stand inside a name, before its next word (`Every Child's Right`); names.py
    # cuts the run there unless it stands in a complement
    possessives = lex.words("name_possessive")
    possessive = rf"(?:{alternation(possessives)}(?= {cap}))?" if possessives else ""
    # a comma may go on with a connector in a list of complements (`d'Afrique, des Caraïbes`)
    # or with a definite article, as a list of complements goes on in Romance names (`para la
    # Educación, la Ciencia y la Cultura`); names.py cuts there unless a list of complements ends it
    sep = rf"{possessive}(?: {conn}|, (?:{conj} )?{article}{conn}| {conj} {article}{conn})"
    # a name may end with a single capital that numbers a zone or an annex (`Centre for Zone F`)
    # a run may start after an elided article (`l'Intellectual Property …`), not inside a word
    # (`INTERPOL's Crime Unit` is read from `INTERPOL`)
    # a possessive may end the run (`the University of Glasgow's own study`)
    return re.compile(rf"{capital_or(articles)}(?<![\w-])(?<!\w\w['’])(?<!^\w['’]){lead}{word}(?:{sep}{word})+(?: {cap}(?![\w'’-]))?"
                      rf"(?![\w-])(?!['’](?!s(?!\w)))")


def lowercase_body(lex: Lexicon, cap: str) -> re.Pattern | None:
    """A body whose name starts in lower case, as French writes its ministries: the start word, at
    most two lower-case words, then capitalised words each after a linker (`de la`, `des`, `de
    l'`), lower-case words only between them (`ministère fédéral des Affaires étrangères de
    l'Allemagne`, `ministère des Forêts et de la Faune`; not `de la Justice afin d'accompagner`),
    and lists of them that end on a conjunction (`ministère de la Culture, du Tourisme et des
    Antiquités`)."""
    starts, linkers = lex.words("lowercase_org_start"), lex.words("complement_linker")
    if not starts or not linkers:
        return None
    link = "(?:" + "|".join(re.escape(w) + ("" if w.endswith("'") else SPACE)
                            for w in sorted(linkers, key=len, reverse=True)) + ")"
    conj = alternation(lex.words("name_conjunction"))
    lower = rf"(?!{link})[a-zà-ÿ][\w-]*"
    word = rf"{cap}[\w-]*"
    # a list of complements, the last after a conjunction (`de la Culture, du Tourisme et des Antiquités`)
    listed = rf"(?:,{SPACE}{link}{word})+{SPACE}{conj}{SPACE}{link}{word}"
    # the adjective that ends the last complement (`des Affaires étrangères`, `de la Transition écologique`)
    endings = lex.words("name_adjective_ending")
    adjective = rf"(?:{SPACE}{ending_word(endings)})?" if endings else ""
    return re.compile(rf"{first_letters(starts, either_case=False)}(?<![\w'’-]){alternation(starts)}(?:{SPACE}{lower}){{0,2}}{SPACE}{link}{word}"
                      rf"(?:(?:{SPACE}{lower}){{0,2}}{SPACE}(?:{conj}{SPACE})?{link}{word}|{listed})*{adjective}")


def title_more(lex: Lexicon, cap: str) -> re.Pattern | None:
    """Right after an instrument's name, a small word its title goes on with and a run of
    capitalised words with the small words of names inside (titles.titles_continued)."""
    more = lex.words("title_connector")
    if not more:
        return None
    inner = (lex.heads.connectors if lex.heads else lex.words("capitalised_connector")) | more
    word = rf"{cap}[\w'’-]*"
    conj = alternation(lex.words("name_conjunction")) if lex.words("name_conjunction") else "(?!)"
    # a conjunction and a definite article go on to the title's next complement (`… Sostenible y
    # la Solidaridad Global`, `… América Latina y el Caribe`, `… Fisheries and the Marine …`)
    definite = {w for w in lex.words("article") - lex.words("indefinite_article") if not w.endswith("'")}
    if definite:
        conj = rf"(?:{conj})(?:[ \t]+(?:{alternation(definite)}))?"
    # a lower-case action noun and its connector may come first (`relating to the implementation
    # of Part XI …`: `title_action_noun`)
    actions, connectors = lex.words("title_action_noun"), lex.words("capitalised_connector")
    action = (rf"(?:(?:{alternation(actions)})[ \t]+(?:{alternation(connectors)})[ \t]+)?"
              if actions and connectors else "")
    return re.compile(rf"[ \t]+(?P<link>{alternation(more)})[ \t]+{action}(?P<run>{word}"
                      rf"(?:[ \t]+(?:(?:{alternation(inner)}|{conj})[ \t]+)?{word})*)(?![\w'’-])")
