"""The words the facts stage reads, per language, from `patterns/<lang>/facts.jsonl`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple
from functools import cached_property, lru_cache
from itertools import accumulate, chain, compress, islice
from operator import or_
from pathlib import Path

from ..languages import DEFAULT_PATTERNS_DIR, language_info, load_words
from ..normalise.words import alternation

FACTS_FILE = "facts.jsonl"

CLASSES = {
    "partnership_cue": "words of cooperation, partnership, joint work, support",
    "agreement_cue": "words of a written agreement and its signature",
    "organised_by": "participles of organising an event, before its agents (organisé par, organised by, organizado por): bodies named alike as its agents did it together",
    "joint_act": "words of jointness after a list of bodies that is their subject (ont conduit ensemble, coordinan, jointly): every two of them are a pair",
    "made_by": "participles of making or building before their agents (construite par, built by, construido por): several bodies named as agents did it together",
    "members_joined": "words after a list of members before those that joined it later (rejoints plus tard par, later joined by, a los que se sumaron)",
    "joined_by": "words after the sides of a partnership named alike before the bodies that joined it (a la que se sumaron, rejoint par)",
    "finding_cue": "a verb of concluding followed by what was found, no agreement (concluded that, a conclu que)",
    "lead_by": "words before the body that led an operation (menée par, led by)",
    "lead_verb": "verbs whose subject leads an operation (a lancé, launched)",
    "participation_cue": "words before the bodies that took part in or supported an operation",
    "partner_copula": "words between a list of bodies and the first person that calls them its partners (are among, figurent parmi, se cuentan entre)",
    "contribution_verb": "verbs whose subject, named in an operation's run, takes part in it (contributed, apoya, soutient)",
    "serving_verb": "verbs whose subject, named in an operation's run, does part of its work (anchors, atiende, engagent)",
    "example_of": "words after a general noun before the bodies named as its examples (including, such as, dont, notamment, entre ellas, como)",
    "helped_verb": "verbs whose subject, an operation, helps or works with the bodies its object names (helped, a aidé, reforzó)",
    "shared_by": "nouns of an undertaking shared by bodies, before `between` and them, that an operation is (a partnership between, un partenariat entre, un proyecto compartido entre)",
    "seat_noun": "nouns for where a body or its offices sit, a few words before the place (son siège est à, ses bureaux régionaux, notamment ceux d', Its headquarters are in, su sede está en)",
    "seat_link": "the words that may end the gap between a seat noun and its place (à, d', in, at, en, de)",
    "partner_noun": "words for an operation's partners before the list of them (partners include, Partners:, socios, partenaires)",
    "operation_object": "words for operations as the object of a cue of taking part (have taken part in our operations)",
    "object_pronoun": "object pronouns standing for the operation right before a lead verb whose subject follows it (La coordina la X, lo administra el X)",
    "co_lead": "words right after a lead verb before the bodies that led with its subject (coordinates, together with B, X)",
    "member_of": "words between a member and its body (membre du, member of)",
    "parent_of": "words that make the body right after them the parent the subject depends on, not an actor (dépend du, dependiente del, under the authority of)",
    "member_split": "a cue of membership that a word of company and its list may cut before the linker of the body (forma parte, junto con A, de; fait partie, avec A, du)",
    "gathers": "verbs between a body and its members (réunit, brings together)",
    "form": "verbs between members and the body they make up (forment, form)",
    "ratified_by": "words between an instrument and the states that ratified it (ratifiée par, ratified by)",
    "size_unit": "units of a figure that counts members (membre, member state)",
    "framework_cue": "words before the text under which bodies work (dans le cadre de, under)",
    "fact_backref": "words that refer back to the fact just stated (cette coopération)",
    "agreement_backref": "words opening a sentence on the agreement the one before signed, whose date it takes (el documento, the protocol)",
    "purpose_backref": "words opening a sentence on the purpose of serving the texts just named (pour la mettre en œuvre, to implement it)",
    "operation_backref": "words that refer back to an operation (l'opération, the programme)",
    "first_person": "first-person words that stand for the publisher",
    "first_possessive": "first-person possessives, after which a body is no object of the first person (our, notre)",
    "self_named_at": "prepositions by which the first person names its body (At the ICAO, we; we at the WCO)",
    "about_heading": "words opening a heading on the body a page describes in closing (About X, À propos de X, Acerca de X)",
    "distributive": "respectively",
    "today": "words that date an event to the document's own date",
    "same_day": "words opening a sentence on the day the sentence before dated, whose date it takes (ce jour-là, that day)",
    "between": "the word of `cooperation between A and B`",
    "with": "the word of `works with A`",
    "apposition_article": "indefinite articles right before a cue of cooperation that names its sides after it (a partnership of A and B, un partenariat de, una alianza de)",
    "helper_preposition": "prepositions that, right before the article of a cue of cooperation, make the bodies after it helpers of an act, not sides named alike (thanks to the cooperation of, grâce à la coopération de, gracias a la cooperación de)",
    "conformity": "phrases ending on the word of `with` that say what a thing conforms to, not with whom it is done (in line with, de conformidad con, conformément à)",
    "qualifier_noun": "nouns after which a body only qualifies others (les entités de l'ONU)",
    "result_unit": "units of figures that count what an operation achieved",
    "context_unit": "units of figures about an operation's context, never results",
    "result_cue": "words that say a figure is a result (arrested, seized)",
    "range_end": "words after the first end of a span of places, before the other (hasta, to, jusqu'à): the places a direction word opens there are where an operation ran (desde México y Guatemala hasta el Brasil)",
    "direction": "words before a place an operation's traffic came from or went to",
    "linker": "words linking a noun to the body it belongs to (de la, of the)",
    "origin_linker": "words linking a noun to the body it comes from, beside `linker` (experts from, funding from): that body owns the noun, it is no member",
    "conjunction": "words joining names in a list (et, and, y)",
    "disjunction": "conjunctions offering names as alternatives, no joint subject (ou, or, o)",
    "channel": "words before the body through which the one before acts, both of one list (through, a través de, par l'intermédiaire de)",
    "article": "articles and possessive determiners before a name in a list",
    "owner_relative": "relative words after a body and a comma before what it owns (, whose; , dont le; , cuyo): the operation right after them is the body's own (its lead)",
    "possessive": "a possessive ending between a body and what it has (IGAD's)",
    "pair_reference": "words for the bodies just named together (les deux organisations)",
    "subject_reference": "a pronoun or title opening a sentence for the body the last one spoke of (elle, it)",
    "first_rank": "words of rank before a noun and an infinitive of joining (first, premiers, primeros): `A and B became the first countries to accede to X`",
    "infinitive_marker": "the word before an infinitive of joining after a rank (to, à, en)",
    "rank_copula": "copulas before a rank of joining (were, sont, fueron), beside the verbs of becoming",
    "join_infinitive": "infinitives of joining, also in `member_of`, whose members only a rank names (`the first countries to accede to`), not an object (`urged A to join`)",
    "link_verb": "verbs of linking, also in `gathers`: a body that links states or bodies has them as members (`It links A, B and C`), unless it is a noun or a word follows the last (`relie A au B`)",
    "party_linker": "prepositions between a noun of membership and its body besides the linkers (Parties to, parties à, partes en)",
    "strict_member_noun": "member nouns and nouns of states that name members without their body, whole phrases with their plurals listed (members, Parties, États, nations): `Estados participantes: A, B` lists those of the body spoken of, not `Participants:`",
    "plural_subject": "plural subject pronouns before a verb of forming, for the bodies the sentence before opens on (they, ils, ellos)",
    "honorific": "a title before a person's name (M., Mme, Mr, Sra.)",
    "group_determiner": "a determiner before bodies named together before (les deux …, los cuatro países)",
    "country_unit": "units of a figure that counts states (pays, country, país)",
    "relative": "relative pronouns opening a clause about the name before them (dont, which, cuyo)",
    "plural_possessive": "possessive determiners whose owners may be several bodies, read as the whole subject list (their, leur, leurs, su, sus)",
    "possessive_article": "possessive determiners of a body's own organ (son Équipe spéciale, its Executive Directorate)",
    "lead_participle": "participles whose agent (par, by, por) led an operation (mené, coordinated, gestionado)",
    "agent": "the word before the agent of a passive (par, by, por)",
    "route": "words for a trafficking route, whose places are not where an operation ran (route, ruta)",
    "operation_announcement": "words announcing an operation the next sentence names (une opération, an operation)",
    "seat": "words before the place where a body sits, no operation's place (basé à, based in, con sede en)",
    "clause_conjunction": "conjunctions that open a clause of their own (tandis que, while, mientras que)",
    "member_noun": "the word that makes a figure count members (membres, parties, member, miembros)",
    "range_from": "words of inclusion that open a span of members themselves (range from, van desde): the members are read as a `range` after a figure of members is, both ends of the span",
    "including": "words before the members a sentence names after counting them (dont, including, entre ellos)",
    "count_verb": "verbs that count a body's members, after which a sentence opening on a member noun names them (counts, compte, cuenta con)",
    "adoption_cue": "participles of an instrument's adoption whose agents, if several, agreed on it (adopté, adopted)",
    "auxiliary": "auxiliaries and adverbs of a joint act that may stand between a subject list and its participle of adoption (ont, have jointly, han)",
    "joint": "adjectives of a joint thing, whose owners after `of` are its sides alike (joint, conjointe)",
    "directed": "cues of support or funding, from one side to the other: never a pair within a side (financé par, supports)",
    "object_relative": "relative pronouns whose antecedent is the object of the verb after them (que)",
    "place_preposition": "prepositions that make the state after them a place, not an actor (au, in, en)",
    "acting_for": "prepositions before the state a body in a list acts for, no actor of its own (the DIN for Germany, pour l'Allemagne)",
    "event_reference": "an event opening a sentence, held by the bodies the last one opened with (l'atelier)",
    "within": "words placing bodies inside a body (au sein du, within the, en el seno de)",
    "network_noun": "nouns that make a body a network of members (réseau, network, red)",
    "founding": "participles of a thing's creation, whose date is that thing's own (créé en, established in, creada en)",
    "meeting": "participles of a meeting, summit or conference held somewhere, right before its place and date, which are not an operation's (celebrada en, réunie à, held in)",
    "history": "words of an anniversary, before the places and dates of an operation's background in their clause (Vingt ans après le, years after the)",
    "perfect_auxiliary": "auxiliaries of the past perfect, history only with a participle right after (had served in, avait ravagé, había sido; not had 40 officers)",
    "participle_ending": "endings of a past participle right after an auxiliary of the past perfect (served, ravagé, sido)",
    "complementiser": "conjunctions opening a clause of reported speech (said that INTERPOL, señaló que INTERPOL): the body right after one is that clause's subject, no object of the verb before",
    "reporting_verb": "verbs of reported speech, after which a past perfect is what was said, not background (said, a déclaré, dijo)",
    "meeting_noun": "nouns of a meeting named between another event's participle and its place or date (adoptada en la XVI Cumbre Iberoamericana, en Montevideo; adopted at the World Summit in)",
    "other_event": "participles and verbs of another thing's signature, adoption, accession or registration, right before its place and date, which are not an operation's (signé à, firmado en, registered in, se adhirió en)",
    "other_time": "words right before a date that is not when an operation ran, at most two short words between: a goal, a meeting to come, an entry into force (d'ici à, by mid, scheduled for, entrada en vigor)",
    "deadline": "words of a goal directly before its date, nothing between (by 2030): never when an operation ran",
    "founded_by": "participles of a body's founding whose agents, if several states, are its members (créée par, founded by)",
    "constituent": "nouns of the units a body is made of, whose owners are its members (contingents de, officials of)",
    "representative": "nouns of the people who act for a state, which stays an actor after them (les chefs d'État du Mali, los presidentes de Chile)",
    "signatory_noun": "nouns of the signatories, a cue of agreement only before a copula and the list it names (les États signataires … sont A, B; the signatories are)",
    "member_among": "words placing the subject among the members of the body a possessive stands for (among its founding members, parmi ses membres)",
    "member_in": "verbs of taking part in a body, whose subject is its member when the body is their whole object (participe au, takes part in, participa en)",
    "represents_in": "verbs of a body acting for a state inside another body (representa a, représente, represents), before the state: the body acting is a member of the one after the state",
    "member_of_it": "words between members and a pronoun for the body they are members of (en est membre, is a member of it)",
    "ratified_it": "words after states that ratified a convention a pronoun stands for (l'ont ratifié, ratified it, lo ratificaron)",
    "negation": "words of negation between a clause's start and its cue of ratification or membership, which undo the cue (not yet, ne … pas, aún no)",
    "joined_it": "words after states that joined the body a relative pronoun before them stands for (à laquelle la RDC a adhéré, which Peru joined, a la que Colombia se incorporó)",
    "joined_relative": "relative pronouns standing for a body that states joined, right after it (à laquelle, which, a la que)",
    "member_which": "words after members that a relative pronoun before them makes members of the body it stands for, with no body after them (dont A et B sont membres, of which A and B are members, de la que A y B son miembros)",
    "member_relative": "relative pronouns standing for a body whose members follow them (dont, of which, de la que)",
    "both": "words for both members of a list, between it and its cue of membership (toutes deux, both, ambos)",
    "body_whole": "nouns for the whole a body makes, after which that body is still the one joined (le système des Nations Unies, the UN family)",
    "range": "words of a range of examples naming members after a figure of them (du A à la B, from A to B, desde A hasta B)",
    "pair_pronoun": "a pronoun opening a sentence for the two bodies or states just named (ambos, tous deux, both of them)",
    "former_name": "words before a state's or body's former name inside a list (what was then, ce qui était alors)",
    "first_person_ending": "endings of a verb in the first person plural, the subject then the publisher (Desplegamos, apoyamos): a word with no other accent than the ending's",
    "not_first_person": "words with a first-person ending that are no verb (kilogramos, mismos, extremos)",
    "inserted": "adverbs that may stand inside a cue phrase of several words, skipped there (trabaja también con, colaboramos además con, works also with)",
    "became_member": "verbs of becoming before a noun of membership with a rank (became our 21st Member State, devient le 30e État membre, se convirtió en el miembro número 20)",
    "member_rank": "words of rank inside a noun of membership after a verb of becoming (associate, newest, number, associé, número)",
    "ordinal_ending": "endings that make a figure an ordinal (21st, 30e, 20º)",
    "all_of": "words for the whole of a figure of members (all 17 members, tous les, todos los)",
    "one_of": "words placing the subject among a figure of states (one of the, l'un des, uno de los)",
    "collective_noun": "nouns for a body made up of others, that a copula or an apposition gives a body with members (consortium, network, réseau, alianza)",
    "shared_link": "copulas and words of origin between an operation and a noun of a shared undertaking (est le fruit d', nació de, is the result of)",
    "first_person_copula": "copulas after a first-person pronoun, before the noun phrase the publisher describes itself by (we are a body with 8 member states, nous sommes une organisation avec)",
    "among": "words opening a sentence that names members after a noun of membership and its body, or after a pronoun (Entre los miembros de X figuran, Parmi eux figurent, Among the members of X are)",
    "among_them": "words opening a sentence that names, after a copula or a word of inclusion, some of the members a gathering verb of the sentence before left unnamed (parmi eux, among them, entre ellos)",
    "replaced_word": "words before an instrument that the agreement a sentence states replaces, not the one signed (il remplace le, supersedes the, sustituye al)",
    "frame_of": "words that frame an act within an operation or programme named right after them (dans le cadre de, in the framework of, en el marco de, through): the operation is its setting, not a side",
    "signed_which": "a relative pronoun and a verb of signing between a figure of states and the instrument they signed (17 States that signed the Convention, qui ont signé, que firmaron)",
}


# The classes found in a text by `FactWords.scan` (through `FactDocument.find`); the others are
# read as word sets or regular expressions only (an article, a linker, a unit).
SCANNED = frozenset({
    "partnership_cue", "finding_cue", "joined_by", "agreement_cue", "adoption_cue", "lead_by", "lead_verb", "lead_participle", "agent", "co_lead", "operation_object", "contribution_verb", "serving_verb", "partner_noun", "shared_by", "seat_noun", "channel",
    "participation_cue", "member_of", "gathers", "form", "ratified_by", "including", "count_verb", "framework_cue", "fact_backref",
    "agreement_backref", "purpose_backref", "operation_backref", "operation_announcement", "pair_reference", "first_person", "distributive", "today", "same_day",
    "meeting", "other_event", "meeting_noun", "history", "perfect_auxiliary", "reporting_verb",
    "between", "with", "signatory_noun", "result_cue", "seat", "route", "founding", "founded_by", "within", "other_time", "deadline", "conformity", "member_among", "member_of_it",
    "ratified_it", "joined_it", "member_which", "member_in", "members_joined", "organised_by", "member_split", "parent_of", "became_member", "signed_which", "replaced_word",
    "joint_act", "made_by", "example_of", "helped_verb", "represents_in", "among_them", "frame_of"})


def _alternation(words: frozenset[str]) -> str:
    # a prefix tree, longest word first (the value finders' alternation): the regex engine drops
    # the list at a word's first letter instead of trying each of hundreds of words
    return alternation(words, space=r"\s+")


# Words as the cue phrases are cut: letters and digits, joined by inner hyphens or apostrophes,
# with an elision's apostrophe kept (`l'opération`, `aujourd'hui`, `co-organisé`, `d'`).
WORD = re.compile(r"\w+(?:[-'’]\w+)*['’]?")
# Words as the cue scanner cuts them: an elision opening a word stands apart (`d'INTERPOL` is
# `d'` and `INTERPOL`), so that a cue may end on it (`une initiative conjointe d'`); a word of one
# letter or a `qu` form before an apostrophe (`l'`, `s'`, `jusqu'`), never `aujourd'hui`.
SCAN_WORD = re.compile(r"(?:\b[^\W\d_]|\b(?:jusqu|lorsqu|puisqu|qu))['’](?=[^\W\d_])|" + WORD.pattern,
                       re.IGNORECASE)
_WORD_SPLIT = re.compile(f"({SCAN_WORD.pattern})", re.IGNORECASE)  # the gaps and the words, in turn


def phrase_key(phrase: str) -> tuple[str, ...]:
    """A phrase as a tuple of its words, case folded and apostrophes unified."""
    return tuple(w.casefold().replace("’", "'") for w in SCAN_WORD.findall(phrase))


class Cue(NamedTuple):
    """A cue phrase found in a text: where it stands (what `re.Match` offers of it)."""

    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


@dataclass(frozen=True)
class FactWords:
    """One language's fact words, with a compiled pattern per class (whole words, any case)."""

    lang: str
    words: dict[str, frozenset[str]]
    patterns: dict[str, re.Pattern]
    qualifier_before: re.Pattern  # `entités de l'` before a body: a qualifier noun and a linker
    place_before: re.Pattern  # `au `, `in ` before a state: a place
    qualifier_after: re.Pattern  # `'s counter-terrorism entities` after a body: it only qualifies them
    owner_gap: re.Pattern  # `(CCT) du ` between a body and the body it belongs to
    office_after: re.Pattern  # `, directrice exécutive de l'` between a person and their body
    office_before: re.Pattern  # `, M. ` or `'s Secretary General, Mr ` between a body and its officer
    linker_end: re.Pattern  # a linker ending the text before a body (`Secrétaire général d'`)
    join_words: frozenset[str]  # the words that may stand between the names of one list
    linker_words: frozenset[str]  # the words of the linkers (`de`, `du`, `of`, `del`)
    group_determiner: re.Pattern  # a determiner ending the text before a figure of bodies
    conjunction_words: frozenset[str]  # the words of its conjunctions (`et`, `ainsi`, `que`)
    member_words: frozenset[str]  # the words of member nouns and units of states (`membres`, `Estados`)
    object_relative: re.Pattern  # an object relative just before a cue (`, que integran`)
    clause_break: re.Pattern  # where a clause ends: `;`, `:`, a dash, `, and` / `, et`
    phrases: dict[tuple[str, ...], tuple[str, ...]]  # a phrase's words → the classes it is in
    longest: int  # words in the longest phrase
    prefixes: frozenset[tuple[str, ...]]  # the phrases and their beginnings
    inserted: frozenset[str]  # adverbs skipped inside a phrase (`trabaja también con`)
    first_person_verb: re.Pattern | None  # a verb in the first person plural by its ending (`Desplegamos`)

    def scan(self, text: str) -> dict[str, list[Cue]]:
        """Every cue phrase of every class in a text, in one pass over its words (a regular
        expression per class and sentence was most of the stage's time). A phrase's words
        stand apart by spaces only, or not at all after an elision (`d'INTERPOL`)."""
        folded = text.casefold().replace("’", "'")
        if len(folded) != len(text):  # a letter that folds to two (`ß`): fold word by word
            words = [m.group().casefold().replace("’", "'") for m in SCAN_WORD.finditer(text)]
            bounds = [b for m in SCAN_WORD.finditer(text) for b in m.span()]
        else:  # one pass over the folded text keeps every offset
            # the words and the gaps between them from one split, their offsets from the lengths:
            # no Python step per word of the text (a match object per word was most of the scan)
            parts = _WORD_SPLIT.split(folded)
            words = parts[1::2]
            bounds = list(accumulate(map(len, parts[:-1])))  # word i is [bounds[2i], bounds[2i+1])
        found: dict[str, list[Cue]] = {}
        phrases, longest, prefixes, inserted = self.phrases, self.longest, self.prefixes, self.inserted
        n = len(words)
        # where a phrase may start: a phrase of one word, or the first two words of a longer one
        # (the words alone let a third of a text's words through: `de`, `la`, `the`)
        one = map(self.one_word_phrases.__contains__, words)
        two = chain(map(self.first_pairs.__contains__, zip(words, islice(words, 1, None))), (False,))
        starts = map(or_, one, two)
        if inserted:  # `trabaja también con`: a phrase's first word before an adverb it may hold
            firsts = self.first_words
            adverb = chain(map(inserted.__contains__, islice(words, 1, None)), (False,))
            starts = map(or_, starts, (a and w in firsts for a, w in zip(adverb, words)))
        for i in compress(range(n), starts):
            if i and bounds[2 * i - 1] == bounds[2 * i] and words[i - 1][-1:] == "'":
                continue  # no phrase starts inside `l'accord`: an elision belongs to the word after it
            key: tuple[str, ...] = (words[i],)
            skipped = 0
            for j in range(i, min(n, i + longest + 2)):
                if j > i:
                    gap = text[bounds[2 * j - 1]:bounds[2 * j]]
                    if not (gap.isspace() or (not gap and words[j - 1][-1:] == "'")):
                        break  # words of a phrase stand apart by spaces, or right after an elision
                    if key + (words[j],) not in prefixes and words[j] in inserted and skipped < 2:
                        skipped += 1  # `trabaja también con`: an adverb inside the phrase
                        continue
                    key += (words[j],)
                    if key not in prefixes:
                        break
                for name in phrases.get(key, ()):
                    found.setdefault(name, []).append(Cue(bounds[2 * i], bounds[2 * j + 1]))
        if self.first_person_verb is not None:
            self._first_person_verbs(folded if len(folded) == len(text) else text, found)
        return found

    def _first_person_verbs(self, text: str, found: dict[str, list[Cue]]) -> None:
        """`Desplegamos`, `apoyamos`: a verb whose ending alone says `we`, added to the first
        person's words where the list does not hold it already."""
        listed = {c.start() for c in found.get("first_person", ())}
        verbs = [Cue(*m.span()) for m in self.first_person_verb.finditer(text)
                 if m.start() not in listed and m.group().casefold() not in self.words["not_first_person"]]
        if verbs:
            found["first_person"] = sorted([*found.get("first_person", ()), *verbs])

    @cached_property
    def phrase_stops(self) -> frozenset[str]:
        """Words that give a noun phrase a complement or a second noun (articles, prepositions,
        conjunctions): a noun phrase holding one is no body's own noun."""
        return frozenset(self.words["article"] | self.words["helper_preposition"] | self.join_words)

    @cached_property
    def one_word_phrases(self) -> frozenset[str]:
        """The phrases of one word (`scan` looks for phrases from these and `first_pairs`)."""
        return frozenset(key[0] for key in self.phrases if len(key) == 1)

    @cached_property
    def first_words(self) -> frozenset[str]:
        """The first words of the phrases of two words or more."""
        return frozenset(key[0] for key in self.prefixes if len(key) >= 2)

    @cached_property
    def first_pairs(self) -> frozenset[tuple[str, str]]:
        """The first two words of the phrases of two words or more."""
        return frozenset(key[:2] for key in self.prefixes if len(key) >= 2)

    def find(self, name: str, text: str, start: int = 0, end: int | None = None) -> list[re.Match]:
        """The matches of a class in text[start:end]."""
        return list(self.patterns[name].finditer(text, start, len(text) if end is None else end))

    @property
    def list_words(self) -> frozenset[str]:
        """Single words that may stand between names of one list (`, et de l'`, `and the`)."""
        phrases = self.words["linker"] | self.words["conjunction"] | self.words["article"]
        return frozenset(w for phrase in phrases for w in phrase.split()) | {",", "&", "(", ")"}

    def has(self, name: str, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether a word of the class stands in text[start:end]."""
        return self.patterns[name].search(text, start, len(text) if end is None else end) is not None


@lru_cache(maxsize=16)
def load_fact_words(lang: str, patterns_dir: str | Path | None = None) -> FactWords:
    """The fact words of `lang` (none for a language whose folder has no facts.jsonl)."""
    root = Path(patterns_dir) if patterns_dir else DEFAULT_PATTERNS_DIR
    language_info(lang, root)
    lists = load_words(root / lang / FACTS_FILE, CLASSES)
    words = {name: lists.set(name) for name in CLASSES}
    patterns = {name: re.compile(rf"(?<![\w'’-]){_alternation(w)}(?![\w-])", re.IGNORECASE)
                for name, w in words.items()}
    qualifier = re.compile(rf"([\w'’-]+)\s+{_alternation(words['linker'])}\s*\Z", re.IGNORECASE)
    phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
    for name, members in words.items():
        if name not in SCANNED:
            continue
        for phrase in members:
            key = phrase_key(phrase)
            if key:
                phrases[key] = (*phrases.get(key, ()), name)
    conjunctions = _alternation(words["conjunction"])
    clause = re.compile(rf"[;:]|\s[–—]\s|,\s+{conjunctions}\s|,?\s+{_alternation(words['clause_conjunction'])}\s",
                        re.IGNORECASE)
    joining = words["linker"] | words["conjunction"] | words["article"]
    join_words = frozenset(w for phrase in joining for w in phrase.split()) | {",", "&", "-", "–", "/"}
    place = re.compile(rf"(?<![\w'’-]){_alternation(words['place_preposition'] | words['acting_for'])}\s*\Z",
                       re.IGNORECASE)
    return FactWords(lang, words, patterns, qualifier, place, *_office_patterns(words), join_words,
                     frozenset(w for phrase in words["linker"] for w in phrase.split()),
                     re.compile(rf"(?<![\w'’-]){_alternation(words['group_determiner'])}\s*\Z", re.IGNORECASE),
                     frozenset(w for phrase in words["conjunction"] for w in phrase.split()),
                     frozenset(w for name in ("member_noun", "country_unit") for phrase in words[name]
                               for w in (phrase.split() + [p + "s" for p in phrase.split()])),
                     re.compile(rf"[,\s](?:{_alternation(words['object_relative'])})\s*\Z", re.IGNORECASE), clause, phrases,
                     max((len(k) for k in phrases), default=1),
                     frozenset(k[:n] for k in phrases for n in range(1, len(k) + 1)),
                     frozenset(w for phrase in words["inserted"] for w in phrase_key(phrase)),
                     _first_person_verb(words["first_person_ending"]))


def _first_person_verb(endings: frozenset[str]) -> re.Pattern | None:
    """A word of plain letters (no accent before its ending) ending on a first-person ending."""
    if not endings:
        return None
    return re.compile(rf"(?<![\w'’-])[a-zñ]{{2,}}{_alternation(endings)}(?![\w'’-])", re.IGNORECASE)


def _office_patterns(words: dict[str, frozenset[str]]) -> tuple[re.Pattern, ...]:
    """The patterns of `FactWords` that read what stands between a body and a body or person."""
    linker, article = _alternation(words["linker"]), _alternation(words["article"])
    honorific = _alternation(words["honorific"])
    noun = r"[^\W\d_][\w'’.-]*"
    flags = re.IGNORECASE
    return (re.compile(rf"\s*(?:'s|’s)\s+(?:{noun}\s+){{0,3}}?{_alternation(words['qualifier_noun'])}\b", flags),
            re.compile(rf"\)?\s*(?:\([^()]*\)\s*)?,?\s*{linker}\s*", flags),
            re.compile(rf"\s*,\s*(?:{noun}\s+){{1,6}}?{linker}\s*", flags),
            re.compile(rf"(?:\s*\([^()]*\))?(?:\s*(?:'s|’s)\s+(?:{noun}\s+){{0,4}}?{noun}\s*,?|\s*,)\s*"
                       rf"(?:{article}\s+)?(?:{honorific}\s*|[^\W\d_][\w-]*\s+){{0,2}}", flags),
            re.compile(rf"(?<![\w'’-]){linker}\s*\Z", flags))
