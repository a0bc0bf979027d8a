import pandas as pd

from partex.columns import ENTITY_COLUMNS
from partex.records import entities_table


def test_entities_group_surface_forms_by_norm():
    mentions = pd.DataFrame([
        {"doc_id": "a", "label": "ORG", "norm": "UN", "text": "ONU"},
        {"doc_id": "a", "label": "ORG", "norm": "UN", "text": "Nations Unies"},
        {"doc_id": "a", "label": "ORG", "norm": "UN", "text": "ONU"},
        {"doc_id": "a", "label": "COUNTRY", "norm": "IRQ", "text": "Iraq"},
        {"doc_id": "b", "label": "ORG", "norm": "UN", "text": "UN"},
    ])
    table = entities_table(mentions)
    assert list(table.columns) == list(ENTITY_COLUMNS)
    rows = {(r.doc_id, r.label, r.norm): (r.forms, r.count) for r in table.itertuples()}
    assert rows == {
        ("a", "COUNTRY", "IRQ"): ("Iraq (1)", 1),
        ("a", "ORG", "UN"): ("ONU (2) | Nations Unies (1)", 3),
        ("b", "ORG", "UN"): ("UN (1)", 1),
    }


def test_entities_of_no_mentions_is_an_empty_table():
    assert list(entities_table(pd.DataFrame()).columns) == list(ENTITY_COLUMNS)
