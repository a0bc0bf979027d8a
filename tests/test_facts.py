"""The facts stage: each type in each language, distributive wording, back-references, the
publisher, the worked example of FACTS.md, scoring and the facts gold validator."""

from pathlib import Path

import pytest

from partex.facts.network import Network
from partex.facts.score import fact_tuples, score_facts
from partex.messages import InputError

from facts_helpers import tuples

ROOT = Path(__file__).resolve().parent.parent
SOURCE = "000_0bcf3a52a3691190"

# FACTS.md, "The source text, as a worked example" (the contract).
WORKED_EXAMPLE = """\
f1 PARTNERSHIP party INTERPOL|f1 PARTNERSHIP party UN
f2 PARTNERSHIP party INTERPOL|f2 PARTNERSHIP partner UNOCT|f2 PARTNERSHIP partner CTITF
f2 PARTNERSHIP partner CTC|f2 PARTNERSHIP partner CTED
f3 AGREEMENT party INTERPOL|f3 AGREEMENT partner CTC|f3 AGREEMENT date 2017
f4 AGREEMENT party INTERPOL|f4 AGREEMENT partner UNOCT|f4 AGREEMENT date 2018
f5 PARTNERSHIP party CTC|f5 PARTNERSHIP partner INTERPOL|f5 PARTNERSHIP framework S/RES/1373 (2001)
f6 MEMBERSHIP member INTERPOL|f6 MEMBERSHIP size 22 membre|f6 MEMBERSHIP body ICAT
f7 OPERATION lead INTERPOL|f7 OPERATION date 2018-09|f7 OPERATION partner WCO
f7 OPERATION partner UNODC|f7 OPERATION country IRQ|f7 OPERATION country JOR
f7 OPERATION country LBN|f7 OPERATION country MAR|f7 OPERATION result 115 arrestation
f7 OPERATION operation Trigger IV"""


def worked_example() -> list[dict]:
    rows = []
    for line in WORKED_EXAMPLE.replace("\n", "|").split("|"):
        fact, kind, role, norm = line.split(" ", 3)
        rows.append({"doc_id": SOURCE, "fact": fact, "type": kind, "role": role, "norm": norm})
    return rows


@pytest.mark.model
def test_the_source_text_gives_the_worked_example_of_facts_md(model_extractor):
    text = (ROOT / "corpus" / f"{SOURCE}.txt").read_text(encoding="utf-8")
    analysis = model_extractor.analyse(text, doc_id=SOURCE, lang="fr")
    report = score_facts(worked_example(), analysis.facts)
    assert (report.micro.precision, report.micro.recall) == (1.0, 1.0), (report.missed, report.spurious)
    assert analysis.publisher == "INTERPOL"


@pytest.mark.parametrize("lang, text", [
    ("fr", "INTERPOL et l'ONUDC coopèrent étroitement contre le trafic de drogue."),
    ("en", "INTERPOL works closely with UNODC against drug trafficking."),
    ("es", "INTERPOL y la UNODC cooperan estrechamente contra el narcotráfico."),
])
def test_a_partnership_in_each_language(fast, lang, text):
    assert ("PARTNERSHIP", ("INTERPOL", "UNODC")) in _folded(tuples(fast.analyse(text, doc_id="t", lang=lang)), upper=True)


@pytest.mark.parametrize("lang, text", [
    ("fr", "INTERPOL a signé un accord avec l'Organisation mondiale des douanes en 2019."),
    ("en", "INTERPOL signed an agreement with the World Customs Organization in 2019."),
    ("es", "INTERPOL firmó un acuerdo con la Organización Mundial de Aduanas en 2019."),
])
def test_an_agreement_with_its_date_in_each_language(fast, lang, text):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang))
    assert ("AGREEMENT", ("interpol", "wco"), "date", "2019") in found
    assert not any(t[0] == "PARTNERSHIP" for t in found)  # an agreement's bodies get no partnership


@pytest.mark.parametrize("lang, text", [
    ("fr", "INTERPOL est membre du Groupe interinstitutions de coordination contre la traite des personnes (ICAT)."),
    ("en", "INTERPOL is a member of the Inter-Agency Coordination Group against Trafficking in Persons (ICAT)."),
    ("es", "INTERPOL es miembro del Grupo Interinstitucional de Coordinación contra la Trata de Personas (ICAT)."),
])
def test_a_membership_in_each_language(fast, lang, text):
    assert ("MEMBERSHIP", "icat", "member", "interpol") in tuples(fast.analyse(text, doc_id="t", lang=lang))


@pytest.mark.parametrize("lang, text, result", [
    ("fr", "L'Opération Trigger IV, menée par INTERPOL en septembre 2018 avec la participation de "
           "l'ONUDC, a conduit à 115 arrestations au Liban.", "115 arrestation"),
    ("en", "Operation Trigger IV, led by INTERPOL in September 2018 with the participation of UNODC, "
           "led to 115 arrests in Lebanon.", "115 arrest"),
    ("es", "La Operación Trigger IV, dirigida por INTERPOL en septiembre de 2018 con la participación "
           "de la UNODC, permitió 115 detenciones en el Líbano.", "115 detención"),
])
def test_an_operation_with_its_roles_in_each_language(fast, lang, text, result):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang))
    op = "trigger iv"
    assert {("OPERATION", op, "lead", "interpol"), ("OPERATION", op, "partner", "unodc"),
            ("OPERATION", op, "date", "2018-09"), ("OPERATION", op, "country", "lbn"),
            ("OPERATION", op, "result", result)} <= found
    assert ("OPERATION", op, "lead", "unodc") not in found  # `led to 115 arrests` leads nothing
    assert not any(t[0] == "PARTNERSHIP" for t in found)  # its bodies take the operation's roles


@pytest.mark.parametrize("lang, text", [
    ("fr", "INTERPOL a signé des accords avec le CCT et l'UNOCT, respectivement en 2017 et 2018."),
    ("en", "INTERPOL signed agreements with the CTC and UNOCT, respectively in 2017 and 2018."),
    ("es", "INTERPOL firmó acuerdos con el CTC y la UNOCT, respectivamente en 2017 y 2018."),
])
def test_respectively_pairs_partners_and_dates_in_order(fast, lang, text):
    found = {t for t in tuples(fast.analyse(text, doc_id="t", lang=lang)) if t[0] == "AGREEMENT"}
    assert found == {("AGREEMENT", ("ctc", "interpol"), "date", "2017"),
                     ("AGREEMENT", ("interpol", "unoct"), "date", "2018")}


def test_a_back_reference_adds_the_framework_to_the_fact_just_stated(fast):
    text = ("Le CCT fait régulièrement appel à l'expertise d'INTERPOL. Cette coopération entre dans "
            "le champ d'application de la résolution 1373 (2001) du Conseil de sécurité.")
    found = tuples(fast.analyse(text, doc_id="t", lang="fr"))
    assert ("PARTNERSHIP", ("ctc", "interpol"), "framework", "s/res/1373 (2001)") in found
    assert not any(t[0] == "PARTNERSHIP" and "unsc" in t[1] for t in found)


def test_first_person_stands_for_the_publisher_named_in_the_title(fast):
    text = ("INTERPOL et les Nations Unies\n\nNous travaillons étroitement avec l'ONUDC contre le trafic "
            "de drogue.")
    analysis = fast.analyse(text, doc_id="t", lang="fr")
    assert analysis.publisher == "INTERPOL"
    assert ("PARTNERSHIP", ("interpol", "unodc")) in tuples(analysis)


@pytest.mark.parametrize("lang, text, expected", [
    # the lead after a dateline names the publisher, not the title's topic
    ("en", "Regional Crime Network grows\n\nSUVA, 4 December 2024 – The Pacific Islands Chiefs of "
           "Police (PICP) welcomes the growth of the Regional Crime Network (RCN), which works under "
           "our mandate.", "PICP"),
    # the first person names itself: `At X, we …`, `we at X`
    ("en", "Aviation security: we renew our call\n\nMONTREAL, 22 September 2021 – On 22 September 2016, "
           "the Security Council adopted a resolution. At the International Civil Aviation Organization "
           "(ICAO), we welcomed it.", "ICAO"),
    ("en", "Stolen assets\n\nEvery year, we at the World Customs Organization (WCO) call for action.", "WCO"),
    # two bodies open the lead: the title's first body speaks
    ("fr", "INTERPOL et AFRIPOL : un partenariat\n\nLYON (France), 9 mars 2021 – AFRIPOL et INTERPOL "
           "unissent leurs efforts.\n\nNotre coopération avec l'Union africaine date de 2011.", "INTERPOL"),
    # bodies the first person works with are never the publisher; only the list after `avec`
    ("fr", "Nos partenariats avec Europol, l'OMD et l'UNESCO\n\nDepuis 2016, nous appuyons l'opération "
           "Pandora. L'ONUDC salue ce travail.", "UNODC"),
])
def test_the_publisher_is_read_from_the_lead_and_never_a_partner(fast, lang, text, expected):
    assert fast.analyse(text, doc_id="t", lang=lang).publisher == expected


def test_first_person_in_a_quotation_is_not_the_publisher(fast):
    text = "L'ONUDC à Vienne\n\n« Nous travaillons avec INTERPOL », a dit un porte-parole."
    assert fast.analyse(text, doc_id="t", lang="fr").publisher == ""


def test_a_publisher_given_overrides_the_inferred_one(fast):
    text = "Rapport\n\nNous travaillons étroitement avec l'ONUDC contre le trafic de drogue."
    analysis = fast.analyse(text, doc_id="t", lang="fr", publisher="WCO")
    assert analysis.publisher == "WCO"
    assert ("PARTNERSHIP", ("unodc", "wco")) in tuples(analysis)


def test_the_publisher_option_reaches_every_document(tmp_path):
    from typer.testing import CliRunner

    from partex.cli import app

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Nous travaillons avec l'ONUDC contre la drogue.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                                      "--fast", "--workers", "1", "--publisher", "WCO", "--no-progress"])
    assert result.exit_code == 0, result.output
    facts = (tmp_path / "out" / "facts.csv").read_text(encoding="utf-8")
    assert ",party,WCO," in facts and ",UNODC," in facts


# --- the structure the rules read ----------------------------------------------------------------

def rule_tuples(fast, text: str, lang: str) -> set:
    """The tuples the rules alone find in a text (no learned model), from the fast pipeline's
    mentions."""
    from partex.components.facts import fact_inputs
    from partex.facts import fact_rows, find_facts
    from partex.facts.score import records

    doc = fast.pipeline(lang)(text)
    facts, _ = find_facts(**{**fact_inputs(doc, lang), "publisher": None}, models={})
    return {t for fact in records(fact_rows(facts, "t", text)) for t in fact.tuples}


@pytest.mark.parametrize("lang, text, present, absent", [
    # `cette action se prolonge avec …` adds partners to the fact just stated
    ("fr", "INTERPOL travaille aux côtés de l'ONUDC contre la traite. En Europe, cette action se prolonge "
           "avec l'OSCE et avec Europol.",
     {("PARTNERSHIP", ("interpol", "osce")), ("PARTNERSHIP", ("europol", "interpol"))},
     {("PARTNERSHIP", ("europol", "osce"))}),
    # `los cuatro países` stands for the four states named just before
    ("es", "La Comunidad Andina reunió a expertos de Bolivia, Colombia, el Ecuador y el Perú. Los cuatro "
           "países acordaron intercambiar datos sobre incautaciones.",
     {("PARTNERSHIP", ("bol", "per")), ("PARTNERSHIP", ("col", "ecu"))},
     {("MEMBERSHIP", "andean community", "member", "bol")}),
    # a person named with their office speaks for their body
    ("fr", "Ghada Waly, directrice exécutive de l'ONUDC, était présente. Mme Waly a salué le soutien de "
           "l'Union européenne.",
     {("PARTNERSHIP", ("eu", "unodc"))}, set()),
    # a list inside a relative clause is no subject
    ("fr", "L'Office des Nations Unies contre la drogue et le crime (ONUDC), dont le siège se trouve à Vienne, "
           "en Autriche, est l'un des partenaires les plus proches d'INTERPOL.",
     {("PARTNERSHIP", ("interpol", "unodc"))}, {("PARTNERSHIP", ("aut", "interpol"))}),
    # the body another belongs to is no party
    ("en", "INTERPOL works closely with the Counter-Terrorism Committee (CTC) of the Security Council.",
     {("PARTNERSHIP", ("ctc", "interpol"))}, {("PARTNERSHIP", ("interpol", "unsc"))}),
    # funders named on one side of a directed cue are no pair of their own
    ("es", "El taller fue financiado por la Unión Europea y Alemania.", set(),
     {("PARTNERSHIP", ("deu", "eu"))}),
])
def test_the_rules_read_who_works_with_whom(fast, lang, text, present, absent):
    found = rule_tuples(fast, text, lang)
    assert present <= found, found
    assert not absent & found, found


def test_an_operation_announced_before_its_name_takes_that_sentence(fast):
    text = ("Une opération coordonnée par INTERPOL contre le trafic d'armes s'est achevée au Mali. "
            "Baptisée Opération Trigger Sahel, elle s'est déroulée du 23 octobre au 10 novembre 2023 au Niger.")
    found = rule_tuples(fast, text, "fr")
    assert {("OPERATION", "trigger sahel", "lead", "interpol"), ("OPERATION", "trigger sahel", "country", "mli"),
            ("OPERATION", "trigger sahel", "country", "ner")} <= found


def test_a_list_of_results_gives_results_and_a_count_of_countries_none(fast):
    text = "Operation Mkuki ran in March 2024. Results reported:\n- 247 arrests;\n- 2.3 tonnes of cannabis seized.\n"
    found = rule_tuples(fast, text, "en")
    assert {("OPERATION", "mkuki", "result", "247 arrest"), ("OPERATION", "mkuki", "result", "2.3 t")} <= found
    sized = rule_tuples(fast, "IGAD's eight Member States endorsed the plan. INTERPOL mobilised nine countries.", "en")
    assert ("MEMBERSHIP", "igad", "size", "8 member state") in sized
    assert not any(t[0] == "MEMBERSHIP" and t[1] == "interpol" for t in sized)  # nine countries took part


# --- scoring -------------------------------------------------------------------------------------

def row(fact, kind, role, norm, doc="d"):
    return {"doc_id": doc, "fact": fact, "type": kind, "role": role, "norm": norm}


@pytest.mark.parametrize("kind, roles, expected", [
    # a subject with partners: the subject with each partner, not the partners together
    ("PARTNERSHIP", {"party": ["x"], "partner": ["a", "b"]}, {("PARTNERSHIP", ("a", "x")), ("PARTNERSHIP", ("b", "x"))}),
    # bodies named alike: every two of them
    ("PARTNERSHIP", {"party": ["a", "b", "c"]}, {("PARTNERSHIP", ("a", "b")), ("PARTNERSHIP", ("a", "c")),
                                                 ("PARTNERSHIP", ("b", "c"))}),
    # an agreement's pair carries its date, empty when none is known
    ("AGREEMENT", {"party": ["a"], "partner": ["b"]}, {("AGREEMENT", ("a", "b"), "date", "")}),
    ("MEMBERSHIP", {"body": ["icat"], "member": ["interpol"], "size": ["22 membre"]},
     {("MEMBERSHIP", "icat", "member", "interpol"), ("MEMBERSHIP", "icat", "size", "22 membre")}),
])
def test_facts_give_the_tuples_of_facts_md(kind, roles, expected):
    assert fact_tuples(kind, roles) == expected


def test_scores_count_tuples_once_per_document_and_exact_facts():
    gold = [row("f1", "PARTNERSHIP", "party", "A"), row("f1", "PARTNERSHIP", "partner", "B"),
            row("f1", "PARTNERSHIP", "partner", "C")]
    pred = [row("f1", "PARTNERSHIP", "party", "a"), row("f1", "PARTNERSHIP", "partner", "b"),  # case folded
            row("f2", "PARTNERSHIP", "party", "A"), row("f2", "PARTNERSHIP", "party", "B"),    # same pair again
            row("f3", "PARTNERSHIP", "party", "A"), row("f3", "PARTNERSHIP", "party", "D")]    # wrong
    report = score_facts(gold, pred)
    assert (report.micro.tp, report.micro.pred, report.micro.gold) == (1, 2, 2)
    assert report.exact == 2 and report.predicted_facts == 3
    assert report.doc_f1["d"] == pytest.approx(0.5)


def test_a_document_with_neither_gold_nor_predicted_facts_scores_one():
    report = score_facts([row("f1", "PARTNERSHIP", "party", "A", "d1"), row("f1", "PARTNERSHIP", "party", "B", "d1")],
                         [], ["d1", "d2"])
    assert report.doc_f1 == {"d1": 0.0, "d2": 1.0}


def test_the_network_counts_documents_and_dates_each_edge():
    network = Network()
    network.add("d1", [row("f1", "AGREEMENT", "party", "B", "d1"), row("f1", "AGREEMENT", "partner", "A", "d1"),
                       row("f1", "AGREEMENT", "date", "2019", "d1")])
    network.add("d2", [row("f1", "AGREEMENT", "party", "A", "d2"), row("f1", "AGREEMENT", "party", "B", "d2")],
                doc_date="2021-05-02")
    assert network.rows() == [{"a": "A", "b": "B", "type": "AGREEMENT", "documents": 2,
                               "first_date": "2019", "last_date": "2021-05-02", "count": 2}]


def test_the_network_counts_a_document_once_and_keeps_only_calendar_dates():
    network = Network()
    both = [row("f1", "PARTNERSHIP", "party", "A", "d1"), row("f1", "PARTNERSHIP", "party", "B", "d1"),
            row("f2", "PARTNERSHIP", "party", "A", "d1"), row("f2", "PARTNERSHIP", "party", "B", "d1")]
    network.add("d1", both, doc_date="XXXX-07-30")
    network.add("d2", [row("f1", "PARTNERSHIP", "party", "B", "d2"), row("f1", "PARTNERSHIP", "party", "A", "d2")],
                doc_date="2018-01")
    network.add("d3", [row("f1", "PARTNERSHIP", "party", "A", "d3"), row("f1", "PARTNERSHIP", "party", "B", "d3")],
                doc_date="2017")
    assert network.rows() == [{"a": "A", "b": "B", "type": "PARTNERSHIP", "documents": 3,
                               "first_date": "2017", "last_date": "2018-01", "count": 4}]


# --- the facts gold validator --------------------------------------------------------------------

def test_a_facts_gold_file_with_every_kind_of_error_lists_each_with_its_line(tmp_path):
    import pandas as pd

    from partex.facts.gold import load_facts_gold

    mentions = pd.DataFrame([
        {"doc_id": "d", "start": 0, "end": 8, "label": "ORG", "text": "INTERPOL", "norm": "INTERPOL"},
        {"doc_id": "d", "start": 10, "end": 13, "label": "ORG", "text": "ONU", "norm": "UN"},
        {"doc_id": "d", "start": 20, "end": 24, "label": "DATE", "text": "2019", "norm": "2019"},
    ])
    lines = ["doc_id,fact,type,role,norm",
             "d,f1,PARTNERSHIP,party,INTERPOL",   # 2 fine
             "d,f1,PARTNERSHIP,party,UN",         # 3 fine
             "d,f2,ALLIANCE,party,UN",            # 4 unknown type
             "d,f3,PARTNERSHIP,leader,UN",        # 5 unknown role
             "d,f4,AGREEMENT,party,UNODC",        # 6 no gold norm of d
             "d,f4,AGREEMENT,partner,2019",       # 7 a DATE as a partner
             "d,f5,OPERATION,lead,INTERPOL",      # 8 operation fact without its operation row
             "d,f6,MEMBERSHIP,member,UN",         # 9 mixes types with the next line
             "d,f6,PARTNERSHIP,party,INTERPOL",   # 10
             "d,f7,PARTNERSHIP,party,UN",         # 11 a party alone
             "d,f8,PARTNERSHIP,party,WCO",        # 12 the publisher: fine
             "d,f8,PARTNERSHIP,partner,INTERPOL"]  # 13 fine
    path = tmp_path / "facts.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_facts_gold(path, mentions, {"d": "WCO"})
    problems = [str(p) for p in caught.value.problems]
    where = {int(p.split(", line ")[1].split(":")[0]) for p in problems}
    assert where == {4, 5, 6, 7, 8, 9, 11}
    text = "\n".join(problems)
    for expected in ("unknown type 'ALLIANCE'", "role 'leader' is not a role of PARTNERSHIP",
                     "'UNODC' is no norm of a gold mention of d", "DATE mentions; AGREEMENT partner",
                     "needs one operation row", "mixes types", "needs a party and a partner"):
        assert expected in text


def test_the_corpus_facts_gold_is_valid():
    from partex.facts.gold import load_facts_gold, read_publishers
    from partex.gold import load_gold

    gold = load_gold(ROOT / "corpus" / "gold.csv", ROOT / "corpus")
    facts = load_facts_gold(ROOT / "corpus" / "gold_facts.csv", gold, read_publishers(ROOT / "corpus" / "publishers.csv"))
    assert set(facts["doc_id"]) <= set(gold["doc_id"])


def _folded(found: set, upper: bool = False) -> set:
    return {(t[0], tuple(v.upper() for v in t[1])) if upper and len(t) == 2 else t for t in found}


def test_a_figure_counting_the_parties_of_a_treaty_refers_to_no_one(fast):
    text = ("Participaron oficiales de Bolivia y de Colombia.\n\n"
            "La Organización del Tratado de Cooperación Amazónica (OTCA) reúne a los dos Estados parte "
            "del Tratado de Cooperación Amazónica, firmado en Brasilia el 3 de julio de 1978.")
    found = tuples(fast.analyse(text, doc_id="t", lang="es"))
    assert not any(t[0] == "AGREEMENT" and "bol" in t[1] for t in found)


def test_a_body_inside_a_lower_case_compound_is_no_side_of_a_partnership(fast):
    text = ("UNOCT news\n\nWe implement the programme in an all-of-UN partnership with UNODC and "
            "INTERPOL.")
    found = tuples(fast.analyse(text, doc_id="t", lang="en", publisher="UNOCT"))
    assert ("PARTNERSHIP", ("unoct", "unodc")) in found
    assert not any(t[0] == "PARTNERSHIP" and "un" in t[1] for t in found)


@pytest.mark.parametrize("lang, text, members", [
    ("fr", "Créé en 2014, le G5 Sahel réunissait cinq pays : le Burkina Faso, le Mali, la Mauritanie, "
           "le Niger et le Tchad.", {"bfa", "mli", "mrt", "ner", "tcd"}),
    ("es", "La Comunidad Andina reunía a Bolivia, Colombia, Ecuador y Perú.", {"bol", "col", "ecu", "per"}),
])
def test_a_body_that_gathered_its_members_in_the_past_has_them(fast, lang, text, members):
    found = tuples(fast.analyse(text, doc_id="t", lang=lang))
    assert members <= {t[3] for t in found if t[0] == "MEMBERSHIP" and t[2] == "member"}


def test_the_body_a_resolution_belongs_to_is_no_side_of_the_partnership_under_it(fast):
    text = ("L'AIEA et INTERPOL inscrivent leur coopération dans le cadre de la résolution 1540 (2004) "
            "du Conseil de sécurité de l'ONU.")
    found = tuples(fast.analyse(text, doc_id="t", lang="fr"))
    assert ("PARTNERSHIP", ("iaea", "interpol"), "framework", "s/res/1540 (2004)") in found
    assert not any(t[0] == "PARTNERSHIP" and "unsc" in t[1] for t in found)


def test_members_listed_after_a_possessive_or_a_relative(fast):
    text = ("Our members include the Northern Revenue Unit (NRU) and the Coastal Finance Office (CFO). "
            "The FATF, whose 40 members include the European Commission and the Gulf Cooperation "
            "Council, met in Paris.")
    found = tuples(fast.analyse(text, doc_id="t", lang="en", publisher="Egmont Group"))
    assert {("MEMBERSHIP", "egmont group", "member", "nru"), ("MEMBERSHIP", "egmont group", "member", "cfo"),
            ("MEMBERSHIP", "fatf", "member", "gcc")} <= set(found)
