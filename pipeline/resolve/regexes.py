"""The regular expressions the resolver's stages use, built once per language from its lexicon."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import CAPITAL, Lexicon, alternation, elided

_S = r"[ \t]+"
# A body's acronym, a place's name, as lists hold them (lists.listed_names)
_ACRONYM = rf"[{CAPITAL}][{CAPITAL}0-9&+]{{2,}}(?:-[{CAPITAL}0-9]+)?"
_PLACE = rf"[{CAPITAL}][\w'’-]+"
# Between the keyword and the opening mark: up to three lower-case words, none a word of the
# lexicon's `quoted_name_topic` (`{not_topic}`), a comma (`projet de formation « X »`,
# `operación, denominada «X»`); inside the marks, a capitalised name on one line.
_GAP = r"(?:[ \t]*,?[ \t]+{not_topic}(?-i:[a-zà-ÿ][\w'’-]*)){{0,3}}?[ \t]*,?[ \t]*"
QUOTED = _QUOTED = rf"[«\"“][ \t\u00a0\u202f]*(?P<name>(?-i:[{CAPITAL}])[^«»\"“”\n]{{0,80}}?)[ \t\u00a0\u202f]*[»\"”]"


def _case_first(words: object) -> str:
    """An alternation of words whose first letter may be either case (`le` and `Le`)."""
    parts = [f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in
             sorted(set(words), key=lambda w: (-len(w), w))]
    return "(?:" + "|".join(parts) + ")"


def first_letters(words: object) -> str:
    """A lookahead for the first letters of words in either case: a pattern tried at every
    position fails at once where none starts (several times faster than its alternation)."""
    letters = sorted({c for w in words for c in (w[0].lower(), w[0].upper())})
    return "(?=[" + "".join(re.escape(c) for c in letters) + "])" if letters else ""


def _capital_or(words: object) -> str:
    """A lookahead for a capital or the first letter, in either case, of one of `words` (see
    `first_letters`): for patterns that open on a lookbehind, then such a word or a capital."""
    letters = sorted({c for w in words for c in (w[0].lower(), w[0].upper())})
    return "(?=[" + CAPITAL + "".join(re.escape(c) for c in letters) + "])"


def _elided(words: object) -> str:
    """Articles and the like followed by a space, or glued when elided (`l'Afrique`, `l’Afrique`)."""
    return elided(words, space=_S)


@dataclass(frozen=True)
class Regexes:
    """Compiled patterns for one language (see each stage for what they find)."""

    titled_name: re.Pattern
    name_after_office: re.Pattern
    name_before_office: re.Pattern
    name_after_role: re.Pattern
    name_after_demonym: re.Pattern | None
    text_head: re.Pattern
    possessive: re.Pattern
    place_before_country: re.Pattern
    place_after_noun: re.Pattern | None
    feature_after_noun: re.Pattern | None
    place_after_preposition: re.Pattern | None
    demonym: re.Pattern | None
    name_run: re.Pattern
    name_piece: re.Pattern
    apposition: re.Pattern
    operation_keyword_before: re.Pattern
    instrument_year: re.Pattern
    region_link: re.Pattern
    region_more: re.Pattern
    joiners: re.Pattern
    backref: re.Pattern
    backref_label: dict[str, str]
    complement: re.Pattern
    complement_after: re.Pattern
    model_complement: re.Pattern
    lowercase_body: re.Pattern | None
    quoted_name: re.Pattern | None
    quoted_name_before: re.Pattern | None
    listed_acronym: re.Pattern
    listed_place: re.Pattern
    seat_place: re.Pattern | None = None
    complement_not_after: re.Pattern | None = None
    instrument_of: re.Pattern | None = None
    superior: re.Pattern | None = None
    title_more: re.Pattern | None = None
    title_number: re.Pattern | None = None
    title_year: re.Pattern | None = None
    launched_name: re.Pattern | None = None
    acting_body: re.Pattern | None = None  # the words before a lone acronym, ending where it starts
    acting_name: re.Pattern | None = None  # a lone acronym that no capital, parenthesis or dash follows
    about_heading: re.Pattern | None = None
    evidence_before: re.Pattern | None = None
    ordinal_title: re.Pattern | None = None
    place_step: re.Pattern | None = None
    own_name_after_head: re.Pattern | None = None

    @classmethod
    def build(cls, lex: Lexicon) -> Regexes:  # long: one field per pattern, the table in one place
        """Compile every pattern from the lexicon's words."""
        cap = f"[{CAPITAL}]"
        # A civil title then a name: "M. Stock", "Mme Ghada Waly", "Mr Guterres", "Sra. Waly";
        # titles stacked after it stay out ("Mr Justice Adrian Saunders", "Professor Sir Hilary Beckles").
        titled_name = re.compile(
            rf"{first_letters(lex.words('civil_title'))}(?<![\w.]){alternation(lex.words('civil_title'))}"
            rf"(?:[ \t]+{alternation(lex.words('stacked_title') | lex.words('civil_title'))}(?![\w'-]))*[ \t]+(?P<name>{cap}[\w'-]+"
            rf"(?:[ \t]+(?:{alternation(lex.words('titled_name_particle'))}[ \t]+)?{cap}[\w'-]+){{0,3}})")
        # A name of two to four capitalised words (particles inside), beside an office.
        name = (rf"{cap}[\w'’-]+(?:[ \t]+(?:{alternation(lex.words('person_name_particle'))}[ \t]+)?"
                rf"{cap}[\w'’-]+){{1,3}}")
        ordinals = alternation(lex.words("possessive_ordinal")) if lex.words("possessive_ordinal") else None
        ordinal = rf"(?:\d+{ordinals} )?" if ordinals else ""
        demonym = (re.compile(rf"\b{_case_first(lex.words('demonym_article'))} \Z")
                   if lex.words("demonym_article") else None)
        backref_label = {head: "ORG" for head in lex.ordered("backref_org_head")}
        backref_label.update({head: "INSTRUMENT" for head in lex.ordered("backref_instrument_head")})
        # a programme's keyword alone (`la Iniciativa`); one that may also name a body (`the
        # Programme`) keeps ORG, and the resolver tries the programmes after the bodies
        for head in lex.ordered("backref_operation_head"):
            backref_label.setdefault(head, "OPERATION")
        heads = alternation(lex.words("complement_head"))
        linkers = alternation(lex.words("complement_linker"))
        not_joiner = alternation(lex.words("joiner")) if lex.words("joiner") else "(?!)"
        keywords = alternation(lex.words("operation_keyword") | lex.words("programme_keyword"))
        # the small words inside a place's name that names of any kind hold (`Norte de Santander`)
        small = lex.words("place_particle") & (lex.heads.connectors if lex.heads else frozenset())
        particles = rf" {alternation(small)} " if small else "(?!)"
        quoted = lex.words("quoted_name_keyword")
        topics = lex.words("quoted_name_topic")
        gap = _GAP.format(not_topic=rf"(?!(?:{alternation(topics)})\b)" if topics else "")
        return cls(
            titled_name=titled_name,
            name_after_office=re.compile(rf", (?P<name>{name})(?=[,.;:)]|\s*$| \()"),
            name_before_office=re.compile(rf"(?={cap})(?<![\w'’-])(?P<name>{name}), "),
            # what follows an office when a name does: `[Director] General Moro Virgilio Lazo said`
            name_after_role=re.compile(
                rf"(?:[ \t]+(?i:{alternation(lex.words('title'))}))?[ \t]+(?P<name>{name})"
                rf"(?![\w'’-]| {cap})"),
            # a demonym in lower case, a name: `[el] costarricense Francisco Dall'Anese`,
            # `[ministro] peruano Juan Jiménez Mayor`
            # (the article or office before it is checked by the stage: starting the pattern on
            # an alternation of every office was several times slower)
            name_after_demonym=re.compile(
                rf"(?<![\w'’-])(?=[a-zà-ÿ]+[ \t]+{cap})"
                rf"(?P<demonym>[a-zà-ÿ]+{alternation(lex.words('demonym_ending'), space='')})[ \t]+"
                rf"(?P<name>{name})(?![\w'’-]| {cap})")
            if lex.words("demonym_ending") and lex.words("demonym_article") else None,
            # an instrument's head noun in capitals, after an elision too (`l'Accord`)
            text_head=re.compile(rf"(?={cap})(?<![\w-]){alternation(w.capitalize() for w in lex.words('instrument_head') if ' ' not in w)}"
                                 r"(?![\w'’-])"),
            # `INTERPOL's 90th ` before a short body name: the body it belongs to.
            possessive=re.compile(rf"([\w-]+)['’]s {ordinal}\Z"),
            # A place placed by its country: `in Entebbe, Uganda`, `en Sendai (Japón)`.
            place_before_country=re.compile(
                rf"{first_letters(lex.words('place_preposition'))}(?<![\w'’-])"
                rf"{alternation(lex.words('place_preposition'))}\s+"
                rf"(?P<place>{cap}[\w'’-]+(?:[ -]{cap}[\w'’-]+){{0,2}})(?:,\s+|\s+\()"),
            # a kind of place, then its name: `port of Mombasa`, `Port of Manila`
            place_after_noun=_noun_then_place(lex, "place_noun", cap, particles, linker="required"),
            # a natural feature, then its name, the linker optional: `fleuve Sénégal`, `golfe de
            # Guinée`, `Bay of Bengal`
            feature_after_noun=_noun_then_place(lex, "feature_noun", cap, particles, linker="optional"),
            # a place after the preposition that says where: `in Zurich,`, `en Foz do Iguaçu`; not
            # the start of a longer capitalised name (`in Shan State Police`)
            place_after_preposition=re.compile(
                rf"{first_letters(lex.words('place_in_preposition'))}(?<![\w'’-])"
                rf"{_case_first(lex.words('place_in_preposition'))}[ \t]+"
                rf"(?P<place>{cap}[\w'’]+(?:(?:[ -]|{particles}){cap}[\w'’]+){{0,3}})(?![\w'’-]| {cap})")
            if lex.words("place_in_preposition") else None,
            demonym=demonym,
            name_run=_name_run(lex, cap),
            name_piece=re.compile(rf"{cap}\w*(?:-\w+)*"),
            # an acronym, then the name it stands for: `SEESAC, the South …`, `SEESAC (South …`
            apposition=re.compile(rf"(?=[A-Z])(?<![\w'’-])(?P<acr>[A-Z][A-Z0-9&-]{{1,14}})(?![\w'’-])"
                                  rf"(?:,[ \t]+(?:{_elided(lex.words('article'))})?|[ \t]*(?P<open>\()[ \t]*)"),
            # The keyword in front of a known operation (`programa EL PAcCTO`): in the span,
            # out of the norm (SCHEMA).
            operation_keyword_before=re.compile(rf"(?<![\w-]){keywords}[ \u00a0]\Z"),
            # The year or period an instrument's name ends with (`… de 1988`, `2015-2030`).
            instrument_year=re.compile(
                rf"[ \u00a0](?:{alternation(lex.words('instrument_year_linker'))}[ \u00a0](?:19|20)\d\d"
                r"|(?:19|20)\d\d[-–](?:19|20)\d\d)(?![\w/-])"),
            region_link=re.compile(rf"{_S}{alternation(lex.words('region_link'))}{_S}"
                                   rf"{_elided(lex.words('region_article'))}?"),
            region_more=re.compile(
                rf"{_S}{alternation(lex.words('region_conjunction'))}{_S}"
                rf"{alternation(lex.words('region_more_article'), space=_S)}?[ \t]*{cap}[\w-]+"),
            joiners=re.compile(rf"\s*(?:[-–/,&]|{alternation(lex.words('joiner'))})?\s*", re.IGNORECASE),
            backref=re.compile(rf"{first_letters(backref_label)}(?<![\w-])"
                               rf"{alternation(backref_label, space=' ')}(?![\w-])"),
            backref_label=backref_label,
            # after a head noun that comes first, a word in lower case then a linker: the head
            # opens a name of its own (`du Conseil présidentiel de transition`), no back-reference
            own_name_after_head=re.compile(
                rf"[ \t]+(?P<word>[a-zà-ÿ][\w-]*{alternation(lex.words('name_adjective_ending'), space='')})"
                rf"[ \t]+{linkers}(?:(?<=['’])|(?![\w'’-]))")
            if lex.words("name_adjective_ending") and not lex.head_last else None,
            # the words between the head and its linker are the head's own (`Police nationale du`),
            # never a conjunction that joins another body (`Policía Nacional y del Servicio …`)
            complement=re.compile(rf"{first_letters(lex.words('complement_head') | lex.words('organ_head'))}(?<![\w-])"
                                  rf"{alternation(lex.words('complement_head') | lex.words('organ_head'))}(?:\s+(?!{not_joiner}(?![\w-]))[\w-]+){{0,2}}?"
                                  rf"\s+{linkers}\s*\Z"),
            complement_after=re.compile(rf" {heads}(?![\w-])"),
            # `Heads of Government`: the head after these words names people, not a body
            complement_not_after=re.compile(rf"(?<![\w-]){alternation(lex.words('complement_not_after'))}\s+"
                                            rf"{heads}(?![\w-])", re.IGNORECASE)
            if lex.words("complement_not_after") else None,
            # `[Revised Kyoto Convention] of the [World Customs Organization]`: a text and its owner
            instrument_of=re.compile(rf"(?<![\w-]){alternation(lex.words('backref_instrument_head'))}\s+{linkers}\s*\Z")
            if lex.words("backref_instrument_head") else None,
            model_complement=re.compile(rf"\s+{linkers}\s*\Z"),
            lowercase_body=_lowercase_body(lex, cap),
            # a name in quotation marks after the word that introduces it (operations.quoted_names)
            quoted_name=re.compile(rf"{first_letters(quoted)}(?<![\w-])(?:{alternation(quoted)}){gap}{_QUOTED}",
                                   re.IGNORECASE) if quoted else None,
            # the name in its marks before the keyword: `the "Zorba Routes" programme`
            quoted_name_before=re.compile(rf"{_QUOTED}[ \t]+(?:{alternation(quoted)})(?![\w'’-])") if quoted else None,
            # the next item of a list of bodies' acronyms, of places (lists.listed_names)
            listed_acronym=_list_item(lex, _ACRONYM, ()),
            listed_place=_list_item(lex, _PLACE, small),
            # right after an office's name, the place it sits in (seats.seats_and_superiors)
            seat_place=re.compile(rf"[ \t]+{alternation(lex.words('seat_link'))}[ \t]+"
                                  rf"(?P<place>{cap}[\w'’-]+(?:[ \t]+{cap}[\w'’-]+){{0,2}})(?![\w'’-])")
            if lex.words("seat_link") else None,
            # right after a body's name, the higher body it is placed under (`under the Government`)
            superior=re.compile(rf"[ \t]+{alternation(lex.words('superior_link'))}[ \t]+"
                                rf"(?={alternation(lex.words('superior_head'))}(?![\w'’-]))")
            if lex.words("superior_link") and lex.words("superior_head") else None,
            title_more=_title_more(lex, cap),
            # a capitalised ordinal before an instrument's head noun (`Deuxième Protocole`)
            ordinal_title=re.compile(
                rf"(?<![\w'’-])(?P<ordinal>{alternation(lex.words('title_ordinal'))})[ \t]+"
                rf"(?P<head>{alternation(w.capitalize() for w in lex.words('instrument_head') if ' ' not in w)})(?![\w'’-])")
            if lex.words("title_ordinal") else None,
            # a lone acronym after a verb that launches or leads a programme (`we co-led COVAX`)
            launched_name=re.compile(
                rf"{first_letters(lex.words('launch_verb'))}(?<![\w'’-]){alternation(lex.words('launch_verb'))}[ \t]+"
                rf"(?:{_elided(lex.words('article'))})?(?P<name>{_ACRONYM})(?![\w'’-])(?![ \t]*\(|[ \t]+{cap})")
            if lex.words("launch_verb") else None,
            acting_body=_acting_body(lex),
            acting_name=re.compile(rf"(?<![\w'’-])(?P<name>{_ACRONYM})(?![\w'’-])(?![ \t]*[(–—]|[ \t]+(?:-|{cap}))"),
            # words only a body follows, right before a name (`en coordinación con la Iniciativa …`)
            evidence_before=re.compile(rf"(?<![\w'’-])(?i:{alternation(lex.words('body_evidence'), space=_S)})[ \t]+"
                                       rf"(?i:{_elided(lex.words('article'))})?\Z")
            if lex.words("body_evidence") else None,
            # a heading line about a body (`About F4E`, `Sobre la ENAIRE`, `À propos de l'ANSSI`)
            about_heading=re.compile(
                rf"(?m)^[ \t]*(?i:{alternation(lex.words('about_heading'), space=_S)})[ \t]+"
                rf"(?i:{_elided(lex.words('article'))})?(?P<name>{_ACRONYM})[ \t]*$")
            if lex.words("about_heading") else None,
            # a number in parentheses in an instrument's title (`(n° 29)`), the year after its
            # comma (`, 1930`), or after a linker (`Protocole de 2014 relatif à …`)
            title_number=re.compile(rf"[ \t\u00a0]*\((?:{alternation(lex.words('title_number'))})[ \t\u00a0]*\d+\)")
            if lex.words("title_number") else None,
            place_step=_place_step(lex),
            title_year=re.compile(rf",[ \t\u00a0](?:19|20)\d\d(?![\w/-])"
                                  rf"|[ \t\u00a0]{alternation(lex.words('instrument_year_linker'))}[ \t\u00a0](?:19|20)\d\d(?=[ \t\u00a0]\w)"),
        )


def _acting_body(lex: Lexicon) -> re.Pattern | None:
    """The words before a lone acronym that say it is a body's: words only a body follows
    (`body_evidence`: `hosted by CINECA`, `en coordinación con ENAIRE`) or an office and its
    linker (`role_noun`, `complement_linker`: `director de F4E`), with an article or not, ending
    at the end of the text searched (`\\Z`): the acronyms are found first (`acting_name`, rare),
    and only the text right before each is read (the words, frequent, were tried at every
    position of every text)."""
    evidence, roles = lex.words("body_evidence"), lex.words("role_noun")
    if not evidence or not roles or not lex.words("complement_linker"):
        return None
    lead = (rf"(?i:{alternation(evidence, space=_S)}[ \t]+"
            rf"|{alternation(roles)}[ \t]+{_elided(lex.words('complement_linker'))})")
    return re.compile(rf"{first_letters(evidence | roles)}(?<![\w'’-]){lead}(?i:{_elided(lex.words('article'))})?\Z")


def _noun_then_place(lex: Lexicon, nouns: str, cap: str, particles: str, linker: str) -> re.Pattern | None:
    """A noun of the class `nouns` (`port`, `fleuve`), a complement linker (`of`, `de`; `linker`
    "required" or "optional"), then a capitalised name of up to three words: the place."""
    if not lex.words(nouns) or not lex.words("complement_linker"):
        return None
    link = _elided(lex.words("complement_linker"))
    return re.compile(
        # after an elided article too (`l'archipel de Lau`), not inside a word (`presqu'île`)
        rf"{first_letters(lex.words(nouns))}(?<![\w-])(?<!\w\w['’])"
        rf"(?P<noun>{_case_first(lex.words(nouns))})[ \t]+"
        + (link if linker == "required" else rf"(?:{link})?")
        + rf"(?P<place>{cap}[\w'’-]+(?:(?:[ -]|{particles}){cap}[\w'’-]+){{0,2}})(?![\w'’-])")


def _place_step(lex: Lexicon) -> re.Pattern:
    """`, `, `, el `, `, du `, ` y `, ` and the `, ` et de l'`: what joins one place of a list to
    the next (name_lists.over_places)."""
    articles = lex.words("article") - lex.words("indefinite_article")
    conjunctions = alternation(lex.words("name_conjunction"), space="[ \t]+")
    connectors = alternation(lex.words("capitalised_connector"), space="[ \t]+")
    arts = alternation((a.rstrip("'") for a in articles), space="[ \t]+")
    return re.compile(rf"(?:(?P<comma>,)|[ \t]+{conjunctions})[ \t]+(?:{connectors}[ \t]+)?"
                      rf"(?:{arts}(?:[ \t]+|'))?")


def _title_more(lex: Lexicon, cap: str) -> re.Pattern | None:
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


def _list_item(lex: Lexicon, name: str, particles: frozenset[str] | tuple) -> re.Pattern:
    """A list's next item: a comma or a conjunction (or nothing after the space that ends an
    announcing noun), an article, the name (with the small words of a place name inside)."""
    conjunctions = alternation(lex.words("name_conjunction"))
    articles = _elided(lex.words("article"))
    inner = rf"(?:[ \t]+(?:{alternation(particles)}[ \t]+)?{name}){{0,2}}" if particles else ""
    return re.compile(rf"(?:,[ \t]+(?:{conjunctions}[ \t]+)?|[ \t]+{conjunctions}[ \t]+)(?:{articles})?"
                      rf"(?P<name>{name}{inner})(?![\w'’-])")


def _name_run(lex: Lexicon, cap: str) -> re.Pattern:
    """Runs of capitalised words (hyphenated ones too: `Anti-Money`) with the small words names
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
    word = rf"{cap}\w+(?:-\w+)*"
    definite = {w for w in lex.words("article") - lex.words("indefinite_article") if not w.endswith("'")}
    article = rf"(?:{alternation(definite)} )?" if definite else ""
    # `and the Marine` is read here and cut in names.py unless it ends a list of complements
    # a possessive may stand inside a name, before its next word (`Every Child's Right`); names.py
    # cuts the run there unless it stands in a complement
    possessives = lex.words("name_possessive")
    possessive = rf"(?:{alternation(possessives)}(?= {cap}))?" if possessives else ""
    # a comma may go on with a connector in a list of complements (`d'Afrique, des Caraïbes`)
    sep = rf"{possessive}(?: {conn}|, (?:{conj} )?{conn}| {conj} {article}{conn})"
    # a name may end with a single capital that numbers a zone or an annex (`Centre for Zone F`)
    # a run may start after an elided article (`l'Intellectual Property …`), not inside a word
    # (`INTERPOL's Crime Unit` is read from `INTERPOL`)
    # a possessive may end the run (`the University of Glasgow's own study`)
    return re.compile(rf"{_capital_or(articles)}(?<![\w-])(?<!\w\w['’])(?<!^\w['’]){lead}{word}(?:{sep}{word})+(?: {cap}(?![\w'’-]))?"
                      rf"(?![\w-])(?!['’](?!s(?!\w)))")


def _lowercase_body(lex: Lexicon, cap: str) -> re.Pattern | None:
    """A body whose name starts in lower case, as French writes its ministries: the start word, at
    most two lower-case words, then capitalised words each after a linker (`de la`, `des`, `de
    l'`), lower-case words only between them (`ministère fédéral des Affaires étrangères de
    l'Allemagne`, `ministère des Forêts et de la Faune`; not `de la Justice afin d'accompagner`),
    and lists of them that end on a conjunction (`ministère de la Culture, du Tourisme et des
    Antiquités`)."""
    starts, linkers = lex.words("lowercase_org_start"), lex.words("complement_linker")
    if not starts or not linkers:
        return None
    link = "(?:" + "|".join(re.escape(w) + ("" if w.endswith("'") else _S)
                            for w in sorted(linkers, key=len, reverse=True)) + ")"
    conj = alternation(lex.words("name_conjunction"))
    lower = rf"(?!{link})[a-zà-ÿ][\w-]*"
    word = rf"{cap}[\w-]*"
    # a list of complements, the last after a conjunction (`de la Culture, du Tourisme et des Antiquités`)
    listed = rf"(?:,{_S}{link}{word})+{_S}{conj}{_S}{link}{word}"
    # the adjective that ends the last complement (`des Affaires étrangères`, `de la Transition écologique`)
    endings = lex.words("name_adjective_ending")
    adjective = rf"(?:{_S}[a-zà-ÿ][\w-]*{alternation(endings, space='')}(?![\w'’-]))?" if endings else ""
    return re.compile(rf"{first_letters(starts)}(?<![\w'’-]){alternation(starts)}(?:{_S}{lower}){{0,2}}{_S}{link}{word}"
                      rf"(?:(?:{_S}{lower}){{0,2}}{_S}(?:{conj}{_S})?{link}{word}|{listed})*{adjective}")
