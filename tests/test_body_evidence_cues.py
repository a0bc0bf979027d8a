"""A lone acronym no list holds, after words only a body follows: the body that coordinates or
carries out a work, the body a state or a centre is a member of (`body_evidence`). Made-up
sentences, rule-only pipeline."""

from mention_helpers import found


def orgs(extractor, text, lang):
    return found(extractor, text, lang, "ORG", fields=("text",))


def test_the_coordinator_of_a_work_is_a_body(extractor):
    assert orgs(extractor, "The survey is coordinated by KORVAL, with ten partners.", "en") == ["KORVAL"]
    assert orgs(extractor, "La encuesta es coordinada por la KORVAL desde 2018.", "es") == ["KORVAL"]
    assert orgs(extractor, "L'enquête est coordonnée par le KORVAL depuis 2018.", "fr") == ["KORVAL"]


def test_whoever_carries_out_a_work_is_a_body(extractor):
    assert orgs(extractor, "The works were implemented by ZEMBRA in two phases.", "en") == ["ZEMBRA"]
    assert orgs(extractor, "La obra fue ejecutada por ZEMBRA en dos fases.", "es") == ["ZEMBRA"]
    assert orgs(extractor, "Le projet est mis en œuvre par ZEMBRA depuis 2020.", "fr") == ["ZEMBRA"]


def test_what_a_member_belongs_to_is_a_body_and_so_is_every_use(extractor):
    got = orgs(extractor, "Founded in 1990 and a member of TELKA, the centre hosts TELKA meetings.", "en")
    assert got == ["TELKA", "TELKA"]
    assert orgs(extractor, "Fundado en 1990 y miembro de TELKA, el centro se mudó.", "es") == ["TELKA"]
    assert orgs(extractor, "Le pays est membre du TELKA depuis 1990.", "fr") == ["TELKA"]


def test_without_the_cue_a_lone_unknown_acronym_stays_out(extractor):
    assert orgs(extractor, "The centre and TELKA hosted the meetings.", "en") == []
    assert orgs(extractor, "Le centre a accueilli TELKA en 1990.", "fr") == []


def test_an_acronym_qualifying_a_plural_word_is_no_body(extractor):
    """`members of LGBTI communities`: the acronym names a kind of people, not a body."""
    assert orgs(extractor, "Members of QWERTZ communities met the mayor in 2021.", "en") == []
    assert orgs(extractor, "Los miembros de QWERTZ locales se reunieron en 2021.", "es") == []
    assert orgs(extractor, "Les membres de QWERTZ locales se sont réunis en 2021.", "fr") == []


def test_a_verb_after_the_acronym_of_a_coordinator_keeps_it_a_body(extractor):
    """`coordinated by QWERTZ offers …`: a participle's agent, its verb after it, not a qualifier."""
    assert orgs(extractor, "The project coordinated by QWERTZ offers grants to farmers.", "en") == ["QWERTZ"]


def test_a_french_plural_in_x_after_the_acronym_is_qualified_too(extractor):
    """French plurals also end in -x (`réseaux`, `bureaux`): the acronym qualifies them."""
    assert orgs(extractor, "Les membres des QWERTZ régionaux se sont réunis en 2021.", "fr") == []
    assert orgs(extractor, "Les membres de QWERTZ bureaux locaux se sont réunis.", "fr") == []
    # a singular after the acronym leaves the body
    assert orgs(extractor, "Le pays est membre du QWERTZ depuis 1990.", "fr") == ["QWERTZ"]


def test_a_french_word_in_x_that_is_no_plural_keeps_the_body(extractor):
    """review, twentieth session: `-x` marks French plurals (réseaux), but not `mieux`, `deux`, `eux`."""
    assert orgs(extractor, "Les membres du TELKA mieux formés ont voté en 2021.", "fr") == ["TELKA"]
    assert orgs(extractor, "Les membres du TELKA deux fois par an se réunissent.", "fr") == ["TELKA"]
