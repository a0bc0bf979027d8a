"""partex as spaCy components: doc.ents with extensions, save and load, DocBin, `import partex`."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.tokens import DocBin

from partex.nlp import build_nlp

TEXT = ("KORHOGO (Côte d’Ivoire), 3 mars 2019 – L’Office des Nations Unies contre la drogue et le crime "
        "(ONUDC) et le Groupe de coordination de Lyon (GCL) aident l'Iraq depuis mi-2019. "
        "M. Stock l'a dit : plus de 115 arrestations, et la résolution 2396 (2017).")


def entities(doc):
    return [(e.start_char, e.end_char, e.label_, e._.norm, e._.precision, e._.qualifier, e._.source)
            for e in doc.ents]


@pytest.fixture(scope="module")
def nlp():
    return build_nlp("fr", fast=True)


def test_mentions_are_entities_with_norms_and_provenance(nlp):
    found = entities(nlp(TEXT))
    assert (0, 7, "LOCATION", "Korhogo", "", "", "finder:dateline") in found
    assert any(e[2:4] == ("ORG", "UNODC") and e[6] == "gazetteer:fr/organisations.jsonl" for e in found)
    assert any(e[2:4] == ("ORG", "GCL") and e[6] == "heuristic:acronym" for e in found)
    assert any(e[2:] == ("DATE", "2019", "year", "", "finder:date") for e in found)
    assert any(e[2:] == ("FIGURE", "115 arrestation", "", "plus de", "finder:figure") for e in found)


def test_a_mention_inside_a_token_becomes_an_entity_of_its_own(nlp):
    doc = nlp("Prévu mi-2019.")
    assert [(e.text, e._.norm) for e in doc.ents] == [("2019", "2019")]
    assert doc.text == "Prévu mi-2019."


def test_a_saved_pipeline_loads_in_a_fresh_process_and_gives_the_same_mentions(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipe")
    code = ("import json, spacy, sys\n"
            f"nlp = spacy.load({str(tmp_path / 'pipe')!r})\n"
            f"doc = nlp({TEXT!r})\n"
            "print(json.dumps([(e.start_char, e.end_char, e.label_, e._.norm, e._.precision, "
            "e._.qualifier, e._.source) for e in doc.ents]))\n")
    # a fresh interpreter, outside the repository: spaCy finds partex by its entry points
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=tmp_path, check=True)
    assert [tuple(e) for e in json.loads(done.stdout)] == entities(nlp(TEXT))


def test_a_docbin_keeps_entities_and_their_extensions(nlp):
    doc = nlp(TEXT)
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    back = list(DocBin().from_bytes(data).get_docs(nlp.vocab))[0]
    assert entities(back) == entities(doc)
    assert back._.partex_original == TEXT and back.text == doc.text


def test_import_partex_works_beside_a_users_own_pipeline_module(tmp_path):
    (tmp_path / "pipeline.py").write_text("raise ImportError('the user module was imported')\n")
    code = "import partex; print(partex.__version__, partex.extract.__module__)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[1] == "partex"


def test_python_m_partex_runs_the_command_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "partex", "--version"], capture_output=True,
                          text=True, cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.strip()


def test_the_api_detects_the_language_and_says_which(tmp_path):
    import partex

    rows = partex.extract("The UNODC signed on 3 May 2019, covering 1,200 officers.", fast=True)
    found = set(zip(rows["label"], rows["text"], rows["norm"]))
    assert ("DATE", "3 May 2019", "2019-05-03") in found
    assert ("FIGURE", "1,200 officers", "1200 officer") in found
    assert set(rows["lang"]) == {"en"}


def test_the_readme_example_runs(tmp_path):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict = {}
    exec(compile(block, "README.md", "exec"), namespace)  # noqa: S102 - the README's own example
    assert "lang=" not in block  # the example leaves the language to detection
    assert set(namespace["mentions"]["lang"]) == {"en"} and not namespace["entities"].empty
    assert "AGREEMENT" in set(namespace["facts"]["type"])


def test_the_api_gives_the_facts_of_a_text_with_their_publisher():
    import partex

    text = ("We signed a memorandum of understanding with UNODC on 3 May 2019. "
            "Operation Trigger, led by INTERPOL, seized 1,200 firearms in Ghana.")
    facts = partex.extract_facts(text, publisher="WCO", fast=True)
    agreement = facts[facts["type"] == "AGREEMENT"]
    assert set(agreement["norm"]) >= {"WCO", "UNODC", "2019-05-03"}
    operation = facts[facts["type"] == "OPERATION"]
    assert ("lead", "INTERPOL") in set(zip(operation["role"], operation["norm"]))
    assert list(facts.columns)[:5] == ["doc_id", "fact", "type", "role", "norm"]
