"""The resolver: from candidate spans to a document's flat, normalised mentions, in stages.

Each stage is a pure function from (context, state) to a new state, named after what it
decides; they run in the order of `STAGES`, as spaCy runs its pipeline. Stages before `select`
propose or rule out candidates; `select` keeps the longest of overlapping ones; the stages
after it read references back and give every mention its norm.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..mention import Mention
from . import (appositives, complement_short_forms, acronym_forms, operation_acronyms, acronym_owners, acronyms, alias_phrases, aliases, bodies, capitals, cited_conjunctions, cited_forms, compounds, conjoined_names,
               country_bodies, joined_places,
               coordinated, defined_again, demonyms, evidenced, foreign_complements, keyword_bodies, keyword_definitions, listed_heads, lists, names, networks, not_titles,
               operations, organs, owned, people, place_cues, place_ends, programme_norms, programmes, references, region_pairs, regnal_names, run_programmes, seats,
               short_title_owners, shortnames, speakers,
               texts, titles, units)
from . import learned_labels, learned_names
from .candidates import admissible_model, model_candidates, ruler_candidates, without_clauses
from .context import Context, Knowledge, State
from .norms import finish

Stage = Callable[[Context, State], State]

STAGES: tuple[Stage, ...] = (
    bodies.complements,             # Secrétariat de la CITES: a head noun before a known name
    names.capitalised_bodies,       # National Crime Agency: without a model, a head noun in capitals
    regnal_names.regnal_names,      # Fundación Mohammed V para la Solidaridad: the numeral goes on
    conjoined_names.conjoined_names,  # Commission for the Conservation and the Management of …: one name
    cited_forms.cited_forms,        # Deutscher Wetterdienst, RB Rail AS, Cruz Roja Japonesa: forms no run reads
    programmes.systems_as_bodies,   # Sistema Nacional de Protección Civil: a body, not a programme
    bodies.lowercase_bodies,        # ministère de la Justice: a body named from a lower-case word
    listed_heads.listed_heads,      # Fisheries, Aquaculture and Marine Ecosystems Division: a list opens it
    units.numbered_units,           # 3e régiment étranger d'infanterie: a number, a unit, its words
    units.sentence_case_names,      # Conseil présidentiel de transition: a name in sentence case
    without_clauses,                # Groupe … chargé de le piloter: a model name run on into a clause
    coordinated.coordinated_complements,  # Club du Sahel et de l'Afrique de l'Ouest: over the coordination
    coordinated.country_complements,  # Institut fédéral … d'Allemagne: the country after a name of the language
    bodies.regional_offices,        # Bureau régional ... pour l'Afrique de l'Ouest
    texts.lowercase_texts,          # Traité Benelux en matière de coopération policière
    titles.years_before,            # the 1954 Convention relating to …: the year starts the name
    compounds.compound_acronyms,    # SG-SICA: a known acronym joined to a part naming no body
    titles.titles_continued,        # Treaty on Cooperation in Fisheries …: the title goes on
    titles.ordinal_titles,          # Deuxième Protocole: an ordinal opens the title
    texts.quoted_titles,            # Charte internationale « Espace et catastrophes majeures »
    texts.numbered_titles,          # Convention 108+: a head and its number
    not_titles.observances_and_units,  # World Standards Day, Système international d'unités: neither
    acronyms.definitions,           # Long form (ACR), and every use of ACR
    acronyms.appositions,           # ACR, the Long Form: and every use of ACR
    acronym_forms.acronym_forms,    # Crime Units (TCUs), FIUs; Name (Other Name, ACR): plurals, pairs
    acronym_owners.organs_of_defined_acronyms,  # Assemblée de la COI, once the text defines COI
    shortnames.short_names,         # Office fédéral de la police (fedpol), and every use of fedpol
    operations.hyphen_joined,       # projet Niger-HYCOS: the rule stopped at the hyphen
    operations.quoted_names,        # projet « Déchets tracés »: the name inside the marks
    operations.launched_names,      # we co-led COVAX: a lone acronym launched or led
    programmes.defined_programmes,  # (MAHFSA) programme; Estudio … (ERCE 2019): programmes, not bodies or dates
    keyword_definitions.keyword_definitions,  # programme de Surveillance … (SURVA): keyword, title, acronym
    programmes.keyword_names,       # la mission SWOT, the Giga initiative: a name beside its programme word
    programmes.apposed_names,       # Giga, an initiative to …
    programmes.defined_appositions,  # Destination Earth (DestinE), the … initiative: both the programme
    programmes.coinages,            # rescEU, mDiabetes
    programmes.listed_programmes,   # tres estudios: el PERCE, el SERCE …
    owned.programmes_of_bodies,     # programme OIV MSc in …: the name after a body's acronym
    operations.named_again,         # projet ENACT ... ENACT
    operations.keyword_after,       # the HAECHI series: the keyword after a name is in its span
    operations.spelled_out,         # projet MADIBA (Manufacturing in Africa …): the name spelled out
    operation_acronyms.defined_programme_acronyms,  # X, un proyecto … X (XA): XA, after the acronym stage
    programme_norms.acronym_norms,  # the X programme, known by its acronym XP; X before X (XP): XP
    speakers.speaking_bodies,       # Nous, l'Initiative du … (IX): who speaks is a body, not a programme
    networks.apposed_bodies,        # … (PROMEX), una red de institutos: a network is a body, not a programme
    people.titled_people,           # M. Stock
    people.people_leading,          # dirigido por Pedro Alonso: the agent of a verb of leading
    people.people_beside_offices,   # without a model: the director, Juan Pérez
    people.people_after_demonyms,   # without a model: el costarricense Francisco Dall'Anese
    people.places_before_countries,  # without a model: in Entebbe, Uganda
    people.places_after_place_nouns,  # port of Mombasa, Port of Manila
    people.places_after_plural_features,  # los ríos Lempa, Motagua y Ulúa
    place_cues.places_before_place_nouns,  # the Howrah district, our Mona campus
    place_cues.places_listed_after_place_nouns,  # les villages de Kalo et de Nodi
    place_cues.places_before_countries_after_comma,  # la planta El Tule, en Guatemala
    place_cues.places_with_position_words,  # the northern Indian Ocean, western Cambodia
    people.places_after_prepositions,  # without a model: in Zurich, en Manaos
    people.places_in_parentheses,   # Ría de Aldán (Pontevedra)
    lists.listed_names,             # le SARPCCO, Eurojust and Europol: a name among bodies, a place among places
    evidenced.acting_bodies,        # hosted by CINECA, director de F4E, About X: a lone acronym is a body's
    short_title_owners.latest_bodies,  # the Alliance after the Global Alliance …: not NATO's
    references.parents_named,       # Direction exécutive only soon after the CTC
    demonyms.without_demonyms,      # Gendarmerie nationale (française): the text's demonym left out
    foreign_complements.foreign_complements,  # Academia Sinica (de Taïwan): a name in another language
    capitals.capitals_named_as_countries,  # LUXEMBOURG –, à Luxembourg: the capital, not the country
    seats.places_named_as_bodies,   # Préfecture des Alpes-Maritimes: a place named by a body's head
    seats.seats_and_superiors,      # Office in Dushanbe, Service under the Government of …
    cited_conjunctions.cited_conjunctions,  # Ministerie van Justitie en Veiligheid: a cited name's own conjunction
    texts.owned_titles,             # ASEAN Cybersecurity Cooperation Strategy: the owner's acronym first
    country_bodies.country_bodies,  # Statistics Zorbalia, Migración Zorbalia: a common noun and its country
    joined_places.joined_places,    # Villa Norte-Puerto Sur: places joined by a hyphen, each its own
    keyword_bodies.keyword_bodies,  # la empresa Zorbalex, the company Zorbalex: the noun says it is a body
    region_pairs.region_pairs,      # América Latina y el Caribe: two regions named as one, and names over both
    references.select,              # flat: the longest span wins
    aliases.known_after_head,       # Plataforma R4V: R4V's id
    alias_phrases.named_as,         # …, known as X; Connue sous le nom de Convention 108
    aliases.own_names,              # the Norwegian Coast Guard (Kystvakten): its own name
    appositives.apposed_short_names,  # Zorbajust, the European Agency for …: the body's short name
    aliases.paired_names,           # the X Agency (Badan …, or ACR): one body, one id
    defined_again.long_forms_again,  # a long form defined with its acronym, named again: the acronym's norm
    aliases.spelled_acronyms,       # The UWI … the University of the West Indies: the acronym's norm
    references.short_forms,         # l'Assemblée générale after the Assemblée générale d'INTERPOL
    references.back_references,     # le Comité
    references.organs_named,        # nuestra Secretaría Permanente: the organ of the text's body
    organs.after_acronym_notes,     # the Caribbean Community (CARICOM) Secretariat: CARICOM's
    people.surnames,                # Stock after Jürgen Stock
    references.reselect,            # flat again
    titles.short_titles,            # el Acuerdo Final after its whole title: that text's norm
    run_programmes.run_programmes,  # PAHO's Revolving Fund, the X Fund managed by BNDES: a body's programme
    learned_labels.learned_labels,  # ORG or OPERATION per entity, by the learned model (label_model.json)
    learned_names.learned_names,    # names the rules left uncovered, by the learned model (names_model.json)
    place_ends.places_closing_titles,  # Fondo … para Agua … en América Latina y el Caribe: the places closing a long title
    finish,                         # norms written from the text
    complement_short_forms.whole_names,  # Policía Nacional after Policía Nacional de Colombia: one body
)


def initial_state(ctx: Context, values: Iterable[Mention]) -> State:
    """The candidates the stages start from: the value finders', the rulers', and the model's
    that do not cut across them."""
    rules = list(values)
    gazetteer = ruler_candidates(ctx)
    model = model_candidates(ctx) if ctx.use_model else []
    model = admissible_model(ctx, model, rules + gazetteer)
    return State(tuple(rules + gazetteer + model))


def resolve(ctx: Context, values: Iterable[Mention], stages: Iterable[Stage] = STAGES) -> list[Mention]:
    """Run the stages over a document's candidates; return its final mentions, sorted by start."""
    return resolve_many([(ctx, values)], stages)[0]


def resolve_many(docs: Iterable[tuple[Context, Iterable[Mention]]],
                 stages: Iterable[Stage] = STAGES) -> list[list[Mention]]:
    """`resolve` for several documents, stage by stage: each stage runs over every document
    before the next one starts.

    The stages are pure functions of one document, so the mentions are those of `resolve` on each
    document alone; only the order of the work changes. That order is the point: a stage's code
    and the word sets and patterns it reads stay in the processor's caches over the batch instead
    of being evicted by some eighty other stages between two documents (13 % less CPU for the
    resolver on the corpus in batches of 8 000 words, `benchmarks/bench_stages.py --batch`).
    """
    contexts, states = [], []
    for ctx, values in docs:
        contexts.append(ctx)
        states.append(initial_state(ctx, values))
    for stage in stages:
        states = [stage(ctx, state) for ctx, state in zip(contexts, states)]
    return [list(state.kept) for state in states]


__all__ = ["STAGES", "Context", "Knowledge", "State", "Stage", "initial_state", "resolve",
           "resolve_many"]
