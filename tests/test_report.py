"""The HTML report: escaping, highlights, verdicts against the gold, scores, network, timeline,
destinations and the command line. Pages are read with lxml here; tests/test_report_browser.py
opens them in a browser."""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest
from typer.testing import CliRunner

from partex.cli import app
from partex.columns import MENTION_COLUMNS
from partex.formats import read_table
from partex.report import write_report
from partex.report.data import read_quickly
from partex.report.network import build_network, draw_network
from partex.report.review import Mark, marks_for
from partex.report.text import LABEL_COLOURS, shown_marks
from partex.report.facts_view import year_of
from partex.report.timeline import Dated, draw_timeline
from report_fixtures import fact, mention, write_extract, write_table

runner = CliRunner()

TEXT = ("L’ONU et INTERPOL coopèrent depuis 2017.\n\n"
        "INTERPOL a signé un accord avec le CCT en 2018. L’opération Trigger IV a eu lieu au Liban.")
SENTENCE_1 = "L’ONU et INTERPOL coopèrent depuis 2017."
SENTENCE_2 = "INTERPOL a signé un accord avec le CCT en 2018."


def mentions_of(doc_id: str = "a", text: str = TEXT) -> list[dict]:
    return [mention(doc_id, text, "ONU", "ORG", "UN"), mention(doc_id, text, "INTERPOL", "ORG", "INTERPOL"),
            mention(doc_id, text, "2017", "DATE", "2017"), mention(doc_id, text, "INTERPOL", "ORG", "INTERPOL", 1),
            mention(doc_id, text, "CCT", "ORG", "CTC"), mention(doc_id, text, "2018", "DATE", "2018"),
            mention(doc_id, text, "Trigger IV", "OPERATION", "Trigger IV"),
            mention(doc_id, text, "Liban", "COUNTRY", "LBN")]


def facts_of(doc_id: str = "a", text: str = TEXT) -> list[dict]:
    return (fact(doc_id, "f1", "PARTNERSHIP", text, SENTENCE_1, [("party", "UN"), ("party", "INTERPOL")])
            + fact(doc_id, "f2", "AGREEMENT", text, SENTENCE_2,
                   [("party", "INTERPOL"), ("partner", "CTC"), ("date", "2018")]))


@pytest.fixture
def extract(tmp_path: Path) -> Path:
    return write_extract(tmp_path / "out", {"a": TEXT}, mentions_of(), facts_of())


def page(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(path.read_text(encoding="utf-8"))


def write_gold(path: Path, rows: list[dict]) -> Path:
    lines = ["doc_id,start,end,label,text,norm"]
    lines += [f"{r['doc_id']},{r['start']},{r['end']},{r['label']},{r['text']},{r['norm']}" for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- highlights ---------------------------------------------------------------------------

def test_each_mention_is_highlighted_with_its_label_colour_and_norm(extract, tmp_path):
    html = page(write_report(extract, tmp_path / "r.html").path)
    marks = html.xpath("//article//mark[contains(@class, 'mention')]")
    assert [m.text for m in marks] == [r["text"] for r in mentions_of()]
    onu = marks[0]
    assert onu.get("data-norm") == "UN" and "ORG → UN" in onu.get("title")
    assert LABEL_COLOURS["ORG"] in onu.get("style")
    assert onu.xpath("string(span[@class='ml'])") == "ORG"


def test_the_text_between_mentions_is_kept_whole(extract, tmp_path):
    html = page(write_report(extract, tmp_path / "r.html").path)
    text_div = html.xpath("//article//div[@class='text']")[0]
    for label in text_div.xpath(".//span[@class='ml']"):
        label.drop_tree()
    assert re.sub(r"\s+", " ", text_div.text_content()).strip() == re.sub(r"\s+", " ", TEXT)


def test_facts_link_to_an_anchor_around_their_evidence_sentence(extract, tmp_path):
    html = page(write_report(extract, tmp_path / "r.html").path)
    links = html.xpath("//ul[@class='facts']//a[@class='evidence']")
    assert len(links) == 2
    for link, sentence in zip(links, (SENTENCE_1, SENTENCE_2)):
        target = html.get_element_by_id(link.get("href").lstrip("#"))
        for label in target.xpath(".//span[@class='ml']"):
            label.drop_tree()
        assert target.text_content().strip() == sentence


def test_overlapping_marks_are_drawn_once_and_all_listed():
    marks = [Mark(0, 10, "ORG", "x" * 10, "A", "", "correct"), Mark(5, 12, "ORG", "y", "B", "", "missed"),
             Mark(12, 14, "DATE", "zz", "2017", "", "correct"), Mark(20, 40, "ORG", "w", "C", "", "correct")]
    shown, hidden = shown_marks(marks, length=30)
    assert shown == [0, 2] and hidden == [1, 3]  # 1 overlaps 0; 3 runs past the end of the text


# --- escaping -----------------------------------------------------------------------------

EVIL = '<script>window.pwned=1</script> "><img src=x onerror="window.pwned=2">'


@pytest.mark.parametrize("html_name", ["r.html", "folder"])
def test_markup_in_texts_ids_norms_and_reasons_is_shown_as_text(tmp_path, html_name):
    text = f"INTERPOL et {EVIL} coopèrent.\n\nL’ONU aussi."
    doc_id = "evil<script>x</script>"
    rows = [mention(doc_id, text, "INTERPOL", "ORG", EVIL), mention(doc_id, text, "ONU", "ORG", "UN")]
    facts = fact(doc_id, "f1<blink>", "PARTNERSHIP", text, text.split("\n")[0], [("party", EVIL), ("party", "UN")])
    errors = [{"doc_id": EVIL, "path": EVIL, "reason": EVIL}]
    out = write_extract(tmp_path / "out", {"evil": text}, rows, facts, errors=errors)
    # the texts are found by the manifest's doc_id: give this one the evil id
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["inputs"][0]["doc_id"] = doc_id
    (out / "manifest.json").write_text(json.dumps(manifest))
    result = write_report(out, tmp_path / html_name)
    files = [result.path] if result.single else sorted(result.path.rglob("*.html"))
    for path in files:
        source = path.read_text(encoding="utf-8")
        assert "<script>window" not in source and "<img" not in source, path
        assert "<blink>" not in source
    assert any("&lt;script&gt;window.pwned=1&lt;/script&gt;" in p.read_text() for p in files)


def test_pages_forbid_every_request_and_allow_only_their_own_script(extract, tmp_path):
    import base64
    import hashlib

    html = page(write_report(extract, tmp_path / "r.html").path)
    csp = html.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "default-src 'none'" in csp
    script = html.xpath("//script[not(@type)]")[0].text
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp
    assert not html.xpath("//*[@src or @href][starts-with(@src, 'http') or starts-with(@href, 'http')]")


# --- against a gold -----------------------------------------------------------------------

def test_verdicts_tell_misses_false_alarms_and_wrong_norms_apart(extract, tmp_path):
    from partex.report.data import document_entries, group_rows, iter_documents, load_extract_folder
    from partex.report.review import load_review

    gold = mentions_of()
    gold[0] = {**gold[0], "norm": "UNO"}                      # ONU: wrong norm
    gold[4] = {**gold[4], "label": "INSTRUMENT"}              # CCT: wrong label
    del gold[7]                                               # Liban: false alarm
    gold.append(mention("a", TEXT, "accord", "INSTRUMENT", "accord"))  # missed
    gold[6] = mention("a", TEXT, "opération Trigger IV", "OPERATION", "Trigger IV")  # boundary
    loaded = load_extract_folder(extract, full_check=True)
    review = load_review(loaded, write_gold(tmp_path / "gold.csv", gold))
    doc = next(iter_documents(group_rows(loaded), document_entries(loaded)))
    kinds = {m.text: m.kind for m in marks_for("a", doc.mentions, review)}
    assert kinds == {"ONU": "wrong_norm", "INTERPOL": "correct", "2017": "correct", "CCT": "wrong_label",
                     "2018": "correct", "Trigger IV": "boundary", "Liban": "false_positive",
                     "accord": "missed"}


def test_scores_are_those_of_partex_evaluate(extract, tmp_path):
    gold = mentions_of()[:-1] + [mention("a", TEXT, "accord", "INSTRUMENT", "accord")]
    gold[0] = {**gold[0], "norm": "UNO"}
    gold_path = write_gold(tmp_path / "gold.csv", gold)
    html = page(write_report(extract, tmp_path / "r.html", gold=gold_path).path)
    evaluated = runner.invoke(app, ["evaluate", "--gold", str(gold_path), str(extract), "--json"])
    assert evaluated.exit_code == 0, evaluated.output
    scopes = json.loads(evaluated.output)["scopes"]
    compared = 0
    for scope, data in scopes.items():
        micro = html.xpath(f"//table[@data-scope='{scope}']//tr[@class='micro']")[0]
        for scheme in ("strict", "partial"):
            for measure in ("precision", "recall", "f1"):
                cell = micro.xpath(f"td[@data-metric='{scheme}_{measure}']")[0]
                assert float(cell.get("data-value")) == pytest.approx(data["micro"][scheme][measure])
                compared += 1
        for label, per in data["per_label"].items():
            row = html.xpath(f"//table[@data-scope='{scope}']//tr[@data-row='{label}']")[0]
            cell = row.xpath("td[@data-metric='strict_f1']")[0]
            if per["schemes"]["strict"]["possible"] or per["schemes"]["strict"]["actual"]:
                assert float(cell.get("data-value")) == pytest.approx(per["schemes"]["strict"]["f1"])
                compared += 1
    assert compared > 20


def test_facts_are_scored_and_marked_exact_or_wrong(extract, tmp_path):
    from partex.facts.score import score_facts

    gold_rows = facts_of()[:2] + [{"doc_id": "a", "fact": "f2", "type": "AGREEMENT", "role": "party",
                                   "norm": "INTERPOL"},
                                  {"doc_id": "a", "fact": "f2", "type": "AGREEMENT", "role": "partner",
                                   "norm": "UNOCT"}]
    path = tmp_path / "facts_gold.csv"
    path.write_text("doc_id,fact,type,role,norm\n" + "".join(
        f"{r['doc_id']},{r['fact']},{r['type']},{r['role']},{r['norm']}\n" for r in gold_rows), encoding="utf-8")
    html = page(write_report(extract, tmp_path / "r.html", facts_gold=path).path)
    verdicts = [li.xpath("string(span[contains(@class, 'exact') or contains(@class, 'wrong')])")
                for li in html.xpath("//ul[@class='facts']/li")]
    assert verdicts == ["exact", "wrong"]
    expected = score_facts(gold_rows, facts_of())
    micro = html.xpath("//table[@class='fact-scores']//tr[@data-row='micro']")[0]
    assert float(micro.xpath("td[@data-metric='f1']/@data-value")[0]) == pytest.approx(expected.micro.f1)
    missed = html.xpath("//ul[@class='facts missed']/li/text()")
    assert any("unoct" in t for t in missed)


# --- network and timeline -----------------------------------------------------------------

def test_network_draws_a_node_per_body_and_keeps_the_best_connected():
    rows = [{"a": "INTERPOL", "b": "UN", "type": "PARTNERSHIP", "documents": 3},
            {"a": "INTERPOL", "b": "UN", "type": "AGREEMENT", "documents": 1, "first_date": "2017"},
            {"a": "CTC", "b": "INTERPOL", "type": "AGREEMENT", "documents": 1},
            {"a": "A<b>", "b": "B", "type": "PARTNERSHIP", "documents": 1},
            {"a": "X", "b": "Y", "type": "MEMBERSHIP", "documents": 9}]
    network = build_network(rows)
    svg = lxml.html.fromstring(str(draw_network(network, {"UN": "ORG"})))
    assert {g.get("data-id") for g in svg.xpath("//g[@class='node']")} == {"INTERPOL", "UN", "CTC", "A<b>", "B"}
    assert len(svg.xpath("//g[@class='edge']")) == 3
    small = build_network(rows, max_nodes=2)
    assert set(small.nodes) == {"INTERPOL", "UN"} and small.total_nodes == 5


def test_without_a_network_table_the_network_comes_from_the_facts(tmp_path):
    out = write_extract(tmp_path / "out", {"a": TEXT}, mentions_of(), facts_of(), network=False)
    html = page(write_report(out, tmp_path / "r.html").path)
    assert set(html.xpath("//svg//g[@class='node']/@data-id")) == {"UN", "INTERPOL", "CTC"}


@pytest.mark.parametrize("date, year", [("2017", 2017), ("2018-09", 2018), ("2019-02-22/2019-02-28", 2019),
                                        ("199X", 1990), ("XXXX-06-23", None), ("", None)])
def test_the_timeline_places_dates_by_year(date, year):
    assert year_of(date) == year


def test_the_timeline_counts_dated_facts_per_year_and_type():
    dated = [Dated("2017", 2017, "AGREEMENT", "", 1, "a", 0), Dated("2017-05", 2017, "AGREEMENT", "", 1, "a", 0),
             Dated("2019", 2019, "OPERATION", "", 2, "b", 0)]
    svg = lxml.html.fromstring(str(draw_timeline(dated)))
    bars = {(b.get("data-year"), b.get("data-type")): b.xpath("string(title)") for b in svg.xpath("//rect")}
    assert bars == {("2017", "AGREEMENT"): "2017: 2 agreements", ("2019", "OPERATION"): "2019: 1 operation"}


# --- inputs, destinations, command line ---------------------------------------------------

def test_the_quick_csv_reader_gives_the_registry_readers_cells(tmp_path):
    rows = [{"doc_id": "a", "start": 0, "end": 3, "label": "ORG", "text": 'say "hi", twice', "norm": "=SUM(A1)",
             "lang": "fr", "section": "-titre", "sentence": None, "source": "@rule"},
            {"doc_id": "b", "start": 10, "end": 12, "label": "DATE", "text": "l’été\t", "norm": "+33",
             "lang": "", "section": "", "sentence": 4, "source": "'quoted"}]
    path = tmp_path / "mentions.csv"
    write_table(path, MENTION_COLUMNS, rows)
    expected = read_table(path, MENTION_COLUMNS).map(lambda v: "" if v == "" else str(v))
    quick = read_quickly(path, MENTION_COLUMNS)
    assert quick.values.tolist() == expected.values.tolist()
    assert list(quick.columns) == list(MENTION_COLUMNS)
    broken = tmp_path / "broken.csv"
    broken.write_bytes(b"doc_id,start\na,\xff\n")
    with pytest.raises(Exception, match="UTF-8"):
        read_quickly(broken)  # the registry's reader names what is wrong

@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_every_table_format_gives_the_same_pages(tmp_path, fmt):
    csv_out = write_extract(tmp_path / "csv", {"a": TEXT}, mentions_of(), facts_of())
    other = write_extract(tmp_path / fmt, {"a": TEXT}, mentions_of(), facts_of(), fmt=fmt)
    first = write_report(csv_out, tmp_path / "csv.html").path.read_text()
    second = write_report(other, tmp_path / f"{fmt}.html").path.read_text()
    article = re.compile(r"<article.*</article>", re.S)
    first_doc = article.search(first).group(0).replace(str(tmp_path / "csv_texts"), "TEXTS")
    assert first_doc == article.search(second).group(0).replace(str(tmp_path / f"{fmt}_texts"), "TEXTS")
    assert first_doc.count("<mark class=\"m mention\"") == len(mentions_of())


def test_a_text_that_changed_or_vanished_is_listed_without_highlights(extract, tmp_path):
    text_path = Path(json.loads((extract / "manifest.json").read_text())["inputs"][0]["path"])
    text_path.write_text(TEXT.replace("L’ONU", "L’OTAN"), encoding="utf-8")
    html = page(write_report(extract, tmp_path / "changed.html").path)
    assert "changed since the extraction" in html.xpath("string(//article/p[@class='warning'])")
    assert not html.xpath("//article//mark[contains(@class, 'mention')]")
    assert len(html.xpath("//table[@class='mentions']/tbody/tr")) == len(mentions_of())
    text_path.unlink()
    result = write_report(extract, tmp_path / "gone.html")
    assert result.missing_texts == 1 and "--texts" in result.notes[0]


def test_texts_can_be_read_from_another_folder(extract, tmp_path):
    moved = tmp_path / "moved"
    moved.mkdir()
    (moved / "a.txt").write_text(TEXT, encoding="utf-8")
    manifest = json.loads((extract / "manifest.json").read_text())
    Path(manifest["inputs"][0]["path"]).unlink()
    html = page(write_report(extract, tmp_path / "r.html", texts=moved).path)
    assert len(html.xpath("//article//mark")) >= len(mentions_of())


def test_a_folder_report_has_an_index_and_a_page_per_document(tmp_path):
    texts = {f"d{i}": TEXT for i in range(3)}
    rows = [r for d in texts for r in mentions_of(d)]
    out = write_extract(tmp_path / "out", texts, rows, [r for d in texts for r in facts_of(d)])
    result = write_report(out, tmp_path / "report")
    assert not result.single
    assert sorted(p.name for p in (result.path / "docs").iterdir()) == ["1.html", "2.html", "3.html"]
    index = page(result.path / "index.html")
    rows_json = json.loads(index.xpath("//script[@id='doc-data']")[0].text)
    assert [r["id"] for r in rows_json] == ["d0", "d1", "d2"] and rows_json[1]["h"] == "docs/2.html"
    doc = page(result.path / "docs" / "2.html")
    assert doc.xpath("//link[@rel='stylesheet']/@href") == ["../assets/report.css"]
    assert (result.path / "assets" / "report.js").is_file()


def test_past_the_limit_the_default_is_a_folder(extract, monkeypatch):
    from partex.report import build

    assert write_report(extract).path == extract / "report.html"
    monkeypatch.setattr(build, "SINGLE_FILE_LIMIT", 0)
    assert write_report(extract).path == extract / "report"


def test_an_existing_report_is_kept_without_force_and_a_foreign_folder_never_replaced(extract, tmp_path):
    target = tmp_path / "r.html"
    target.write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["report", str(extract), "--html", str(target)])
    assert result.exit_code == 2 and "already exists; pass --force" in result.output
    assert target.read_text() == "mine"
    foreign = tmp_path / "notes"
    foreign.mkdir()
    (foreign / "keep.txt").write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["report", str(extract), "--html", str(foreign), "--force"])
    assert result.exit_code == 2 and "holds no partex report" in result.output
    assert (foreign / "keep.txt").is_file()


def test_a_bad_extract_or_gold_is_one_line_naming_the_file(extract, tmp_path):
    missing = runner.invoke(app, ["report", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2 and "nowhere: folder not found" in missing.output
    bad_gold = tmp_path / "gold.csv"
    bad_gold.write_text("doc_id,start\na,1\n", encoding="utf-8")
    result = runner.invoke(app, ["report", str(extract), "--gold", str(bad_gold)])
    assert result.exit_code == 2 and f"{bad_gold}: missing column(s)" in result.output
    (extract / "manifest.json").write_text("{not json", encoding="utf-8")
    result = runner.invoke(app, ["report", str(extract)])
    assert result.exit_code == 2 and "manifest.json: not valid JSON" in result.output


def test_an_extract_where_every_document_failed_lists_the_failures(tmp_path):
    errors = [{"doc_id": "bad", "path": "in/bad.txt", "reason": "binary file (contains NUL bytes)"}]
    out = write_extract(tmp_path / "out", {}, [], errors=errors)
    result = write_report(out, tmp_path / "r.html")
    html = page(result.path)
    assert result.documents == 0 and not html.xpath("//article")
    assert html.xpath("string(//section[@id='errors']//tbody/tr/td[3])") == errors[0]["reason"]


def test_extract_with_report_writes_it_beside_the_tables(tmp_path):
    text = tmp_path / "in" / "note.txt"
    text.parent.mkdir()
    text.write_text("L’ONUDC et INTERPOL ont signé un accord le 3 mars 2019 au Liban.", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(text.parent), "--out", str(out), "--fast", "--lang", "fr",
                                 "--workers", "1", "--report"])
    assert result.exit_code == 0, result.output
    html = page(out / "report.html")
    assert "INTERPOL" in html.xpath("//article//mark/@data-norm")
