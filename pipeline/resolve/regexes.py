"""The regular expressions the resolver's stages use, built once per language from its lexicon."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import CAPITAL, Lexicon, alternation, elided
from .name_regexes import acting_body, lowercase_body, name_run, title_more
from .place_regexes import list_item, noun_then_place, place_step
from .regex_parts import ACRONYM, AFTER_NO_FIGURE, DOTTED, GAP, PLACE, QUOTED, SPACE, case_first, first_letters, spaced_elided

def _article_before(words: frozenset[str]) -> str:
    """Articles in either case right before a word: after a space, or glued when elided (`l'`)."""
    return elided({first + w[1:] for w in words for first in (w[0].upper(), w[0].lower())}, space=" ")


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
    place_after_apposed_noun: re.Pattern | None
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
            rf"{first_letters(lex.words('civil_title'), either_case=False)}(?<![\w.]){alternation(lex.words('civil_title'))}"
            rf"(?:[ \t]+{alternation(lex.words('stacked_title') | lex.words('civil_title'))}(?![\w'-]))*[ \t]+(?P<name>{cap}[\w'-]+"
            rf"(?:[ \t]+(?:{alternation(lex.words('titled_name_particle'))}[ \t]+)?{cap}[\w'-]+){{0,3}})")
        # A name of two to four capitalised words (particles inside), beside an office.
        name = (rf"{cap}[\w'’-]+(?:[ \t]+(?:{alternation(lex.words('person_name_particle'))}[ \t]+)?"
                rf"{cap}[\w'’-]+){{1,3}}")
        ordinals = alternation(lex.words("possessive_ordinal")) if lex.words("possessive_ordinal") else None
        ordinal = rf"(?:\d+{ordinals} )?" if ordinals else ""
        # `le Brésilien`, `l'Autrichien`: an article before the demonym, glued when elided
        demonym = (re.compile(rf"\b{_article_before(lex.words('demonym_article'))}\Z")
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
        gap = GAP.format(not_topic=rf"(?!(?:{alternation(topics)})\b)" if topics else "")
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
            place_after_noun=noun_then_place(lex, "place_noun", cap, particles, linker="required"),
            # a natural feature, then its name, the linker optional: `fleuve Sénégal`, `golfe de
            # Guinée`, `Bay of Bengal`
            feature_after_noun=noun_then_place(lex, "feature_noun", cap, particles, linker="optional"),
            # a kind of place its name follows with no linker, the noun no part of it in lower
            # case: `el volcán Popocatépetl`, `el barrio Santa Ana`, `le volcan Karthala`
            place_after_apposed_noun=noun_then_place(lex, "place_noun_apposed", cap, particles, linker="none"),
            # a place after the preposition that says where: `in Zurich,`, `en Foz do Iguaçu`; not
            # the start of a longer capitalised name (`in Shan State Police`)
            place_after_preposition=re.compile(
                rf"{first_letters(lex.words('place_in_preposition'))}(?<![\w'’-])"
                rf"{case_first(lex.words('place_in_preposition'))}[ \t]+"
                rf"(?P<place>{cap}[\w'’]+(?:(?:[ -]|{particles}){cap}[\w'’]+){{0,3}})(?![\w'’-]| {cap})")
            if lex.words("place_in_preposition") else None,
            demonym=demonym,
            name_run=name_run(lex, cap),
            name_piece=re.compile(rf"{AFTER_NO_FIGURE}{DOTTED}|{cap}\w*(?:-\w+)*"),  # `U.S.` is one word of a run
            # an acronym, then the name it stands for: `SEESAC, the South …`, `SEESAC (South …`
            apposition=re.compile(rf"(?=[A-Z])(?<![\w'’-])(?P<acr>[A-Z][A-Z0-9&-]{{1,14}})(?![\w'’-])"
                                  rf"(?:,[ \t]+(?:{spaced_elided(lex.words('article'))})?|[ \t]*(?P<open>\()[ \t]*)"),
            # The keyword in front of a known operation (`programa EL PAcCTO`): in the span,
            # out of the norm (SCHEMA).
            operation_keyword_before=re.compile(rf"(?<![\w-]){keywords}[ \u00a0]\Z"),
            # The year or period an instrument's name ends with (`… de 1988`, `2015-2030`).
            instrument_year=re.compile(
                rf"[ \u00a0](?:{alternation(lex.words('instrument_year_linker'))}[ \u00a0](?:19|20)\d\d"
                r"|(?:19|20)\d\d[-–](?:19|20)\d\d)(?![\w/-])"),
            region_link=re.compile(rf"{SPACE}{alternation(lex.words('region_link'))}{SPACE}"
                                   rf"{spaced_elided(lex.words('region_article'))}?"),
            region_more=re.compile(
                rf"{SPACE}{alternation(lex.words('region_conjunction'))}{SPACE}"
                rf"{alternation(lex.words('region_more_article'), space=SPACE)}?[ \t]*{cap}[\w-]+"),
            joiners=re.compile(rf"\s*(?:[-–/,&]|{alternation(lex.words('joiner'))})?\s*", re.IGNORECASE),
            # (these patterns read their words as written: their lookaheads hold the first letters so)
            backref=re.compile(rf"{first_letters(backref_label, either_case=False)}(?<![\w-])"
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
            complement=re.compile(rf"{first_letters(lex.words('complement_head') | lex.words('organ_head'), either_case=False)}(?<![\w-])"
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
            lowercase_body=lowercase_body(lex, cap),
            # a name in quotation marks after the word that introduces it (operations.quoted_names)
            quoted_name=re.compile(rf"{first_letters(quoted)}(?<![\w-])(?:{alternation(quoted)}){gap}{QUOTED}",
                                   re.IGNORECASE) if quoted else None,
            # the name in its marks before the keyword: `the "Zorba Routes" programme`
            quoted_name_before=re.compile(rf"{QUOTED}[ \t]+(?:{alternation(quoted)})(?![\w'’-])") if quoted else None,
            # the next item of a list of bodies' acronyms, of places (lists.listed_names)
            listed_acronym=list_item(lex, ACRONYM, ()),
            listed_place=list_item(lex, PLACE, small),
            # right after an office's name, the place it sits in (seats.seats_and_superiors)
            seat_place=re.compile(rf"[ \t]+{alternation(lex.words('seat_link'))}[ \t]+"
                                  rf"(?P<place>{cap}[\w'’-]+(?:[ \t]+{cap}[\w'’-]+){{0,2}})(?![\w'’-])")
            if lex.words("seat_link") else None,
            # right after a body's name, the higher body it is placed under (`under the Government`)
            superior=re.compile(rf"[ \t]+{alternation(lex.words('superior_link'))}[ \t]+"
                                rf"(?={alternation(lex.words('superior_head'))}(?![\w'’-]))")
            if lex.words("superior_link") and lex.words("superior_head") else None,
            title_more=title_more(lex, cap),
            # a capitalised ordinal before an instrument's head noun (`Deuxième Protocole`)
            ordinal_title=re.compile(
                rf"(?<![\w'’-])(?P<ordinal>{alternation(lex.words('title_ordinal'))})[ \t]+"
                rf"(?P<head>{alternation(w.capitalize() for w in lex.words('instrument_head') if ' ' not in w)})(?![\w'’-])")
            if lex.words("title_ordinal") else None,
            # a lone acronym after a verb that launches or leads a programme (`we co-led COVAX`)
            launched_name=re.compile(
                rf"{first_letters(lex.words('launch_verb'))}(?<![\w'’-]){alternation(lex.words('launch_verb'))}[ \t]+"
                rf"(?:{spaced_elided(lex.words('article'))})?(?P<name>{ACRONYM})(?![\w'’-])(?![ \t]*\(|[ \t]+{cap})")
            if lex.words("launch_verb") else None,
            acting_body=acting_body(lex),
            acting_name=re.compile(rf"(?<![\w'’-])(?P<name>{ACRONYM})(?![\w'’-])(?![ \t]*[(–—]|[ \t]+(?:-|{cap}))"),
            # words only a body follows, right before a name (`en coordinación con la Iniciativa …`)
            evidence_before=re.compile(rf"(?<![\w'’-])(?i:{alternation(lex.words('body_evidence'), space=SPACE)})[ \t]+"
                                       rf"(?i:{spaced_elided(lex.words('article'))})?\Z")
            if lex.words("body_evidence") else None,
            # a heading line about a body (`About F4E`, `Sobre la ENAIRE`, `À propos de l'ANSSI`)
            about_heading=re.compile(
                rf"(?m)^[ \t]*(?i:{alternation(lex.words('about_heading'), space=SPACE)})[ \t]+"
                rf"(?i:{spaced_elided(lex.words('article'))})?(?P<name>{ACRONYM})[ \t]*$")
            if lex.words("about_heading") else None,
            # a number in parentheses in an instrument's title (`(n° 29)`), the year after its
            # comma (`, 1930`), or after a linker (`Protocole de 2014 relatif à …`)
            title_number=re.compile(rf"[ \t\u00a0]*\((?:{alternation(lex.words('title_number'))})[ \t\u00a0]*\d+\)")
            if lex.words("title_number") else None,
            place_step=place_step(lex),
            title_year=re.compile(rf",[ \t\u00a0](?:19|20)\d\d(?![\w/-])"
                                  rf"|[ \t\u00a0]{alternation(lex.words('instrument_year_linker'))}[ \t\u00a0](?:19|20)\d\d(?=[ \t\u00a0]\w)"),
        )
