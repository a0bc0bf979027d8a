"""Start-up: pipelines built only for the languages a batch meets; small batches run in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from partex.batch import plan, run_batch
from partex.extractor import Extractor
from partex.inputs import discover

FR = "Coopération entre INTERPOL et l’ONU\n\nLe CCT a été créé en 2001 ; l’UNOCT travaille avec l’ONU à Genève.\n"
EN = "Cooperation between INTERPOL and the UN\n\nThe CTED works with UNODC and the UN in New York.\n"


class Recorder:
    """An extractor that only records which pipelines it was asked to build."""

    models: dict[str, str] = {}
    patterns_sha256 = "0" * 64

    def __init__(self) -> None:
        self.built: list[str] = []

    def pipeline(self, lang: str) -> None:
        self.built.append(lang)


def texts(folder: Path, docs: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_an_extractor_builds_no_pipeline_until_a_language_is_asked_for():
    extractor = Extractor.load(fast=True, languages=())
    assert extractor.built() == ()
    extractor.analyse("L’ONU et INTERPOL ont signé un accord en 2019.", doc_id="a", lang="fr")
    assert extractor.built() == ("fr",)


def test_a_small_french_batch_uses_one_worker_and_builds_french_only(tmp_path):
    # in this process (no time limit), so that the extractor's pipelines can be looked at
    src = texts(tmp_path / "in", {"a.txt": FR, "b.txt": FR.replace("2001", "2003")})
    made: list[Extractor] = []

    def factory() -> Extractor:
        made.append(Extractor(fast=True))
        return made[0]

    report = run_batch([str(src)], tmp_path / "out", fast=True, extractor_factory=factory,
                       progress=False, doc_timeout=0)
    assert report.ok == 2
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["options"]["workers"] == 1
    assert made[0].built() == ("fr",)


@pytest.mark.parametrize("asked, expected", [(None, 1), (2, 2)])
def test_a_small_batch_starts_no_worker_unless_workers_are_asked_for(tmp_path, monkeypatch,
                                                                     asked, expected):
    monkeypatch.setattr(plan, "MIN_TASK_WORDS", 10)  # several tasks, even from short texts
    src = texts(tmp_path / "in", {f"d{i}.txt": FR for i in range(6)})
    batch_plan = plan.plan_batch([str(src)], tmp_path / "out", formats=["csv"], lang=None,
                                 workers=asked, force=False, resume=False)
    tasks = plan.make_tasks(batch_plan.sources, {}, workers=2)
    assert len(tasks) >= 2
    assert plan.workers_for(batch_plan, len(tasks)) == expected


def test_a_large_batch_gets_its_workers(tmp_path):
    big = FR * 200  # about 3 000 words a document
    src = texts(tmp_path / "in", {f"d{i}.txt": big for i in range(6)})
    batch_plan = plan.plan_batch([str(src)], tmp_path / "out", formats=["csv"], lang=None,
                                 workers=None, force=False, resume=False)
    tasks = plan.make_tasks(batch_plan.sources, {}, workers=2)
    assert plan.workers_for(batch_plan, len(tasks)) == min(batch_plan.workers, len(tasks))


def test_preload_builds_the_languages_found_in_a_sample_of_the_batch(tmp_path):
    src = texts(tmp_path / "in", {"a.txt": FR, "b.txt": EN, "c.txt": FR})
    recorder = Recorder()
    found = plan.preload(recorder, discover([str(src)]), None)
    assert sorted(found) == ["en", "fr"] and sorted(recorder.built) == ["en", "fr"]


def test_preload_with_a_forced_language_reads_nothing(tmp_path):
    recorder = Recorder()
    assert plan.preload(recorder, discover([str(texts(tmp_path / "in", {"a.txt": EN}))]),
                        "es") == ("es",)
    assert recorder.built == ["es"]


def test_partex_extract_starts_without_pandas(tmp_path):
    """pandas costs 0.4 s of start-up; writing CSV and JSON Lines tables needs none of it
    (readers and the API's DataFrames import it when they run; pyarrow imports it to build the
    Parquet tables)."""
    import subprocess
    import sys

    src = texts(tmp_path / "in", {"fr.txt": FR})
    script = ("import sys\nfrom partex.cli import main\n"
              f"sys.argv = ['partex', 'extract', {str(src)!r}, '--out', {str(tmp_path / 'out')!r}, "
              "'--fast', '--no-progress', '--format', 'csv,jsonl']\n"
              "try:\n    main()\nexcept SystemExit as exit:\n    assert not exit.code, exit.code\n"
              "print('pandas' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "False"
    assert (tmp_path / "out" / "mentions.jsonl").exists()


class Warmer(Recorder):
    """An extractor that also records which languages it was asked to warm."""

    def __init__(self) -> None:
        super().__init__()
        self.warmed: list[str] = []

    def warm(self, lang: str) -> None:
        self.warmed.append(lang)


def test_preload_warms_the_languages_when_the_extractor_can():
    warmer = Warmer()
    plan.preload(warmer, [], "en")
    assert warmer.warmed == ["en"] and warmer.built == []


def test_warm_reads_the_languages_warm_up_text_once(tmp_path, monkeypatch):
    import shutil

    from partex.languages import DEFAULT_PATTERNS_DIR

    patterns = tmp_path / "patterns"
    shutil.copytree(DEFAULT_PATTERNS_DIR, patterns)
    (patterns / "en" / "warmup.txt").write_text(EN, encoding="utf-8")
    (patterns / "es" / "warmup.txt").unlink()
    read: list[tuple] = []
    original = Extractor.analyse_many

    def recording(self, docs):  # noqa: ANN001, ANN202
        docs = list(docs)
        read.extend(docs)
        return original(self, docs)

    monkeypatch.setattr(Extractor, "analyse_many", recording)
    extractor = Extractor(fast=True, patterns_dir=patterns)
    extractor.warm("en")
    extractor.warm("es")  # no file: only built
    assert [(text, lang) for _, text, lang in read] == [(EN, "en")]
    assert extractor.built() == ("en", "es")


@pytest.mark.parametrize("lang", ["fr", "en", "es"])
def test_each_warm_up_text_is_in_its_language_and_reaches_every_core_label(lang):
    from partex.language import detect_language
    from partex.languages import DEFAULT_PATTERNS_DIR

    text = (Path(DEFAULT_PATTERNS_DIR) / lang / "warmup.txt").read_text(encoding="utf-8")
    assert detect_language(text) == lang
    analysis = Extractor(fast=True).analyse(text, doc_id="warm", lang=lang)
    labels = {row["label"] for row in analysis.mentions}
    assert {"ORG", "DATE", "RESOLUTION", "COUNTRY", "FIGURE", "OPERATION", "PERSON"} <= labels
    assert {row["type"] for row in analysis.facts} >= {"AGREEMENT", "OPERATION"}


def test_warming_a_pipeline_changes_no_row():
    text = "INTERPOL y la UNODC firmaron un memorando de entendimiento el 3 de mayo de 2021 en Viena."
    cold = Extractor(fast=True).analyse(text, doc_id="t", lang="es")
    warmed = Extractor(fast=True)
    warmed.warm("es")
    hot = warmed.analyse(text, doc_id="t", lang="es")
    assert cold.mentions and hot.mentions == cold.mentions and hot.facts == cold.facts


def test_a_warm_up_that_fails_is_skipped_with_a_warning(monkeypatch):
    def broken(self, docs):  # noqa: ANN001, ANN202
        raise RuntimeError("boom")

    extractor = Extractor(fast=True)
    monkeypatch.setattr(Extractor, "analyse_many", broken)
    with pytest.warns(UserWarning, match="warm-up skipped"):
        extractor.warm("en")
    assert extractor.built() == ("en",)
