"""The report in a real browser: Debian's chromium, driven by Playwright's Python API.

The report of the corpus (with its gold and facts gold) and of a batch of 2 000 documents are
opened from disk: no console error, no request beyond the report's own files, the source text's
mentions highlighted with their gold norms, the network's nodes, the error filter, the document
list's search and pages; and markup in a text, a norm or a doc_id shows as text, never runs. Screenshots are written to outputs/. Skipped, saying why, where no
chromium or no Playwright is installed (.ci/run installs both).
"""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from partex.columns import FACT_COLUMNS, INTEGER_COLUMNS, MENTION_COLUMNS, NETWORK_COLUMNS
from partex.facts.network import Network
from partex.formats import read_table
from partex.report import write_report
from partex.report.network import MAX_NODES
from partex.report.text import LABEL_COLOURS
from report_fixtures import fact, mention, write_extract, write_table

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
OUTPUTS = ROOT / "outputs"
SOURCE = "000_0bcf3a52a3691190"
BATCH = 2000
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Headless, and nothing the browser would fetch on its own (updates, sync, safe browsing lists).
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
LOCAL = ("file:", "data:", "about:")

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("no chromium on PATH (apt-get install chromium): the report's browser checks need one")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install '.[test]')")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield launched
        launched.close()


@contextmanager
def visit(browser, url: str) -> Iterator[tuple[object, list[str], list[str]]]:
    """A page at `url`, with the console errors and the non-local requests it makes."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    problems: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: None if r.url.startswith(LOCAL) else requests.append(r.url))
    page.goto(url)
    page.wait_for_selector("body.ready")
    try:
        yield page, problems, requests
    finally:
        context.close()


def gold_rows(path: Path, doc_id: str) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row["doc_id"] == doc_id]


def expected_nodes(network_table: Path) -> set[str]:
    rows = read_table(network_table, NETWORK_COLUMNS)
    return set(rows["a"]) | set(rows["b"])


def rgb(colour: str) -> str:
    value = colour.lstrip("#")
    return "rgb({}, {}, {})".format(*(int(value[i:i + 2], 16) for i in (0, 2, 4)))


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory, model_extractor) -> Path:
    """The corpus extracted once, as `partex extract corpus/` extracts it."""
    from partex.batch import run_batch

    out = tmp_path_factory.mktemp("corpus") / "out"
    run_batch([str(CORPUS)], out, workers=1, extractor_factory=lambda: model_extractor, progress=False)
    return out


def check_network(page, nodes: set[str]) -> None:
    drawn = set(page.locator("svg.network g.node").evaluate_all("els => els.map(e => e.dataset.id)"))
    if len(nodes) <= MAX_NODES:
        assert drawn == nodes
    else:
        assert len(drawn) == MAX_NODES and drawn <= nodes


@pytest.mark.model
def test_the_corpus_report_in_a_browser(browser, corpus_out, tmp_path):
    result = write_report(corpus_out, tmp_path / "report.html", gold=CORPUS / "gold.csv",
                          facts_gold=CORPUS / "gold_facts.csv")
    with visit(browser, result.path.as_uri()) as (page, problems, requests):
        assert page.locator("#overview").is_visible()
        check_network(page, expected_nodes(corpus_out / "network.csv"))
        parties = {r["norm"] for r in gold_rows(CORPUS / "gold_facts.csv", SOURCE)
                   if r["type"] in ("PARTNERSHIP", "AGREEMENT") and r["role"] in ("party", "partner")}
        drawn = set(page.locator("svg.network g.node").evaluate_all("els => els.map(e => e.dataset.id)"))
        assert parties and parties <= drawn

        # the source text, found with the list's search box
        page.fill("#doc-list input[name=q]", SOURCE)
        page.click(f"#doc-list tbody a:text-is('{SOURCE}')")
        article = page.locator(f"article[data-doc-id='{SOURCE}']")
        assert article.is_visible() and not page.locator("#overview").is_visible()
        # the first mention whose norm is not its text (in the source text, ONU → UN)
        first = min((r for r in gold_rows(CORPUS / "gold.csv", SOURCE) if r["text"] != r["norm"]),
                    key=lambda r: int(r["start"]))
        mark = article.locator(f"div.text mark.m[data-label='{first['label']}']", has_text=first["text"]).first
        assert mark.evaluate("m => m.firstChild.textContent.trim()") == first["text"]
        assert mark.get_attribute("data-norm") == first["norm"]
        assert f"→ {first['norm']}" in mark.get_attribute("title")
        colour = mark.evaluate("m => getComputedStyle(m).backgroundColor")
        assert colour == rgb(LABEL_COLOURS[first["label"]])
        OUTPUTS.mkdir(exist_ok=True)
        page.evaluate("window.scrollTo(0, 0)")
        article.scroll_into_view_if_needed()
        page.screenshot(path=str(OUTPUTS / "report_source.png"))

        # a document with errors: the filter leaves only them highlighted
        rows = json.loads(page.locator("#doc-data").text_content())
        wrong = next(r for r in rows if r.get("e"))
        page.goto(result.path.as_uri() + f"#d{wrong['n']}")
        doc = page.locator(f"article#d{wrong['n']}")
        correct, errors = doc.locator("div.text mark.m.correct").first, doc.locator("div.text mark.m:not(.correct)")
        background = "m => getComputedStyle(m).backgroundColor"
        assert correct.evaluate(background) != "rgba(0, 0, 0, 0)"
        assert errors.count() > 0 and doc.locator("table.mentions tr.correct").first.is_visible()
        doc.locator("input.errors-only").check()
        assert correct.evaluate(background) == "rgba(0, 0, 0, 0)"
        assert not doc.locator("table.mentions tr.correct").first.is_visible()
        assert errors.first.is_visible() and doc.locator("table.mentions tbody tr:not(.correct)").first.is_visible()
        page.screenshot(path=str(OUTPUTS / "report_errors.png"))
        assert problems == [] and requests == []


EVIL = '<script>window.pwned = 1</script>"><img src=x onerror="window.pwned = 2">'


@pytest.mark.parametrize("html_name", ["evil.html", "evil_folder"])
def test_markup_in_the_data_shows_as_text_and_never_runs(browser, tmp_path, html_name):
    text = f"INTERPOL et {EVIL} coopèrent.\n\nL’ONU aussi."
    rows = [mention("evil", text, "INTERPOL", "ORG", EVIL), mention("evil", text, "ONU", "ORG", "UN")]
    facts = fact("evil", "f1", "PARTNERSHIP", text, text.split("\n")[0], [("party", EVIL), ("party", "UN")])
    out = write_extract(tmp_path / "out", {"evil": text}, rows, facts,
                        errors=[{"doc_id": EVIL, "path": EVIL, "reason": EVIL}])
    result = write_report(out, tmp_path / html_name)
    pages = [result.path.as_uri() + "#d1"] if result.single else \
        [(result.path / "index.html").as_uri(), (result.path / "docs" / "1.html").as_uri()]
    for url in pages:
        with visit(browser, url) as (page, problems, requests):
            assert page.evaluate("window.pwned") is None
            assert page.locator("img").count() == 0
            shown = page.locator("body").inner_text()
            assert "<script>window.pwned = 1</script>" in shown
            assert problems == [] and requests == []
    if result.single:
        with visit(browser, result.path.as_uri()) as (page, problems, requests):
            assert page.locator("#doc-list tbody tr").count() == 1 and page.evaluate("window.pwned") is None
            assert EVIL in page.locator("#errors").inner_text()


def synthesise_batch(source: Path, into: Path, size: int) -> Path:
    """An extract of `size` documents: the source extract's documents cycled under new doc_ids,
    their rows copied, tables written as Parquet (the texts are the source's own files)."""
    manifest = json.loads((source / "manifest.json").read_text(encoding="utf-8"))
    inputs = [e for e in manifest["inputs"] if e["status"] == "ok"]
    # a reader gives "" for an empty cell, which an integer column's writer does not take back
    mentions, facts = ([{k: (None if v == "" and k in INTEGER_COLUMNS else v) for k, v in row.items()}
                        for row in read_table(source / f"{table}.csv", columns).to_dict("records")]
                       for table, columns in (("mentions", MENTION_COLUMNS), ("facts", FACT_COLUMNS)))
    by_doc: dict[str, tuple[list, list]] = {e["doc_id"]: ([], []) for e in inputs}
    for row in mentions:
        by_doc[row["doc_id"]][0].append(row)
    for row in facts:
        by_doc[row["doc_id"]][1].append(row)
    into.mkdir(parents=True)
    all_mentions, all_facts, entries, network = [], [], [], Network()
    for k in range(size):
        entry = inputs[k % len(inputs)]
        doc_id = f"batch/{k:05d}"
        doc_mentions, doc_facts = by_doc[entry["doc_id"]]
        all_mentions += [{**row, "doc_id": doc_id} for row in doc_mentions]
        new_facts = [{**row, "doc_id": doc_id} for row in doc_facts]
        all_facts += new_facts
        network.add(doc_id, new_facts)
        entries.append({**entry, "doc_id": doc_id, "path": str(ROOT / entry["path"])
                        if not Path(entry["path"]).is_absolute() else entry["path"]})
    write_table(into / "mentions.parquet", MENTION_COLUMNS, all_mentions)
    write_table(into / "facts.parquet", FACT_COLUMNS, all_facts)
    write_table(into / "network.parquet", NETWORK_COLUMNS, network.rows())
    (into / "manifest.json").write_text(json.dumps({**manifest, "inputs": entries}), encoding="utf-8")
    return into


@pytest.mark.model
def test_a_report_of_2000_documents_in_a_browser(browser, corpus_out, tmp_path):
    batch = synthesise_batch(corpus_out, tmp_path / "batch", BATCH)
    result = write_report(batch)
    assert not result.single and result.documents == BATCH
    assert len(list((result.path / "docs").iterdir())) == BATCH
    with visit(browser, (result.path / "index.html").as_uri()) as (page, problems, requests):
        status = page.locator("#doc-list .status")
        assert status.text_content().startswith(f"1–50 of {BATCH} documents")
        assert page.locator("#doc-list tbody tr").count() == 50
        page.click("#doc-list button.next")
        assert status.text_content().startswith(f"51–100 of {BATCH}")
        check_network(page, expected_nodes(corpus_out / "network.csv"))
        page.fill("#doc-list input[name=q]", "batch/01234")
        assert page.locator("#doc-list tbody tr").count() == 1
        listed = next(r for r in json.loads(page.locator("#doc-data").text_content()) if r["id"] == "batch/01234")
        OUTPUTS.mkdir(exist_ok=True)
        page.screenshot(path=str(OUTPUTS / "report_batch_index.png"))
        page.click("#doc-list tbody a")
        page.wait_for_selector("body.ready")
        assert page.url.endswith("/docs/1235.html")
        marks = page.locator("article div.text mark.m")
        assert marks.count() == listed["m"] > 0 and marks.first.get_attribute("data-norm")
        assert problems == [] and requests == []
