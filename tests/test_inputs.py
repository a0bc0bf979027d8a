"""Input discovery, decoding and format readers (partex.inputs) and language detection."""

from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path

import pytest

from partex import inputs
from partex.inputs import Source, decode_bytes, discover, read_source
from pdf_fixtures import one_page_pdf
from partex.language import detect_language
from partex.messages import InputError, Problem

FRENCH = ("Coopération entre INTERPOL et l’ONU\n\nLe comité a été créé à Genève en 2001, où "
          "l’été est chaud. Ça coûte 3 € — déjà : « très » cher.\n")


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def source_for(path: Path) -> Source:
    (source,) = discover([str(path)])
    return source


def read(path: Path) -> str:
    return read_source(source_for(path)).text


def reason(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_source(source_for(path))
    (problem,) = caught.value.problems
    assert isinstance(problem, Problem) and problem.path == str(path)
    assert caught.value.reason == problem.message
    return problem.message


# --------------------------------------------------------------------------------------------
# Discovery and doc_id


def test_folder_is_walked_recursively_and_doc_id_is_relative_path_without_extension(tmp_path):
    write(tmp_path / "in" / "a.txt", "a")
    write(tmp_path / "in" / "sub" / "b.md", "b")
    write(tmp_path / "in" / "sub" / "deeper" / "c.HTML", "<p>c</p>")
    write(tmp_path / "in" / "notes.csv", "x")          # unknown format: ignored in a folder
    write(tmp_path / "in" / ".hidden.txt", "x")        # hidden: ignored
    write(tmp_path / "in" / ".git" / "d.txt", "x")     # hidden folder: ignored
    found = discover([str(tmp_path / "in")])
    assert [s.doc_id for s in found] == ["a", "sub/b", "sub/deeper/c"]
    assert [s.fmt for s in found] == ["txt", "md", "html"]


def test_file_given_directly_gets_its_stem(tmp_path):
    path = write(tmp_path / "deep" / "report.txt", "x")
    assert source_for(path).doc_id == "report"


def test_glob_pattern_doc_id_is_relative_to_its_fixed_prefix(tmp_path):
    write(tmp_path / "c" / "x" / "a.txt", "a")
    write(tmp_path / "c" / "y" / "b.txt", "b")
    write(tmp_path / "c" / "y" / "b.md", "b")
    found = discover([str(tmp_path / "c" / "**" / "*.txt")])
    assert [s.doc_id for s in found] == ["x/a", "y/b"]


def test_colliding_doc_ids_get_a_suffix_in_argument_order(tmp_path):
    write(tmp_path / "one" / "a.txt", "1")
    write(tmp_path / "two" / "a.txt", "2")
    write(tmp_path / "one" / "a.md", "3")
    found = discover([str(tmp_path / "one"), str(tmp_path / "two")])
    by_path = {Path(s.path).relative_to(tmp_path).as_posix(): s.doc_id for s in found}
    assert by_path == {"one/a.md": "a", "one/a.txt": "a~2", "two/a.txt": "a~3"}


def test_a_file_reached_twice_is_read_once(tmp_path):
    path = write(tmp_path / "in" / "a.txt", "a")
    assert len(discover([str(tmp_path / "in"), str(path)])) == 1


def test_standard_input_is_one_document(tmp_path):
    (source,) = discover(["-"], stdin=io.BytesIO(FRENCH.encode("cp1252")))
    assert source.doc_id == "stdin"
    assert read_source(source).text == FRENCH


@pytest.mark.parametrize("argument, expected", [
    ("missing.txt", "no such file or folder"),
    ("nothing/*.txt", "no file matches this pattern"),
    ("data.xlsx", "unsupported format: .xlsx"),
])
def test_arguments_that_name_nothing_readable_become_errors(tmp_path, argument, expected):
    write(tmp_path / "data.xlsx", b"PK")
    (source,) = discover([str(tmp_path / argument)])
    with pytest.raises(InputError, match=expected):
        read_source(source)


# --------------------------------------------------------------------------------------------
# Encodings and newlines


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16",
                                      "utf-16-le-bom", "utf-16-be-bom", "utf-32"])
def test_encodings_decode_to_the_same_text(tmp_path, encoding):
    text = FRENCH if encoding not in ("latin-1",) else FRENCH.replace("€", "E").replace("’", "'").replace("—", "-")
    if encoding == "utf-16-le-bom":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        data = b"\xfe\xff" + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    assert read(write(tmp_path / "doc.txt", data)) == text


@pytest.mark.parametrize("text", [
    "Événement : déjà vu",                       # short texts fool generic detection
    "Le comité a été créé à Genève en 2001.",
    "L’Organisation mondiale des douanes (OMD) coopère depuis 1998 avec le Secrétariat.",
])
def test_short_cp1252_french_is_not_taken_for_central_european(tmp_path, text):
    assert read(write(tmp_path / "doc.txt", text.encode("cp1252"))) == text


@pytest.mark.parametrize("raw, expected", [
    ("a\r\nb\r\n", "a\nb\n"),
    ("a\rb\r", "a\nb\n"),
    ("a\r\n\r\nb", "a\n\nb"),
    ("\ufeffa\u00a0b", "a\u00a0b"),        # BOM dropped, no-break space kept
])
def test_newlines_become_lf_and_bom_is_dropped(tmp_path, raw, expected):
    assert read(write(tmp_path / "doc.txt", raw)) == expected


def test_markdown_is_read_as_text(tmp_path):
    assert read(write(tmp_path / "doc.md", "# Titre\n\nTexte.\n")) == "# Titre\n\nTexte.\n"


# --------------------------------------------------------------------------------------------
# Bad inputs


def test_empty_file(tmp_path):
    assert reason(write(tmp_path / "e.txt", b"")) == "empty file"


def test_white_space_only_file(tmp_path):
    assert reason(write(tmp_path / "e.txt", "  \n\t\n")) == "empty file"


def test_binary_file_with_nul_bytes(tmp_path):
    assert reason(write(tmp_path / "b.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")).startswith("binary")


def test_undecodable_bytes(tmp_path):
    rng = random.Random(1)
    data = bytes(rng.randrange(0x80, 0x100) for _ in range(2000))
    assert reason(write(tmp_path / "u.txt", data)).startswith(("undecodable", "binary"))


def test_control_characters_mean_binary(tmp_path):
    assert reason(write(tmp_path / "c.txt", "\x01\x02\x03\x04 abc" * 50)).startswith("binary")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path):
    path = write(tmp_path / "secret.txt", "x")
    path.chmod(0)
    try:
        assert reason(path) == "unreadable: permission denied"
    finally:
        path.chmod(0o644)


def test_huge_file_over_the_byte_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "MAX_FILE_BYTES", 100)
    assert reason(write(tmp_path / "h.txt", "mot " * 100)).startswith("too large")


def test_huge_text_over_the_character_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "MAX_TEXT_CHARS", 100)
    assert reason(write(tmp_path / "h.txt", "mot " * 100)).startswith("too large")


def test_missing_file_after_discovery(tmp_path):
    path = write(tmp_path / "gone.txt", "x")
    source = source_for(path)
    path.unlink()
    with pytest.raises(InputError, match="no such file"):
        read_source(source)


def test_folder_named_like_a_file_is_not_a_regular_file(tmp_path):
    source = Source("x", str(tmp_path), "txt")
    with pytest.raises(InputError, match="not a regular file"):
        read_source(source)


def test_decode_bytes_raises_input_error_for_bad_utf16_after_bom():
    with pytest.raises(InputError, match="undecodable"):
        decode_bytes(b"\xff\xfe\x00\xd8", "x.txt")  # a lone surrogate


# --------------------------------------------------------------------------------------------
# HTML, PDF, DOCX


HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Page</title></head><body>
<nav><a href="/">Accueil</a> | <a href="/contact">Contact</a></nav>
<main><h1>Coopération entre INTERPOL et l’ONU</h1>
<p>La lutte contre le terrorisme s’inscrit parmi les priorités que nous partageons avec l’ONU
depuis 2001, comme le rappelle la résolution 1373.</p>
<p>Nous avons signé des accords avec le CCT et l’UNOCT.</p></main>
<footer>© 2024 Tous droits réservés — mentions légales</footer></body></html>"""


def test_html_keeps_main_text_and_drops_boilerplate(tmp_path):
    text = read(write(tmp_path / "page.html", HTML))
    assert text.startswith("Coopération entre INTERPOL et l’ONU\n\nLa lutte contre")
    assert "accords avec le CCT" in text
    assert "Accueil" not in text and "droits réservés" not in text


def test_html_in_cp1252_reads_the_same(tmp_path):
    utf8 = read(write(tmp_path / "a.htm", HTML.replace('<meta charset="utf-8">', "")))
    cp1252 = read(write(tmp_path / "b.htm", HTML.replace('<meta charset="utf-8">', "")
                        .replace("’", "'").encode("cp1252")))
    assert cp1252 == utf8.replace("’", "'")


def test_html_with_no_main_text(tmp_path):
    assert reason(write(tmp_path / "e.html", "<html><body><script>x()</script></body></html>")) \
        == "HTML page with no main text"


def make_docx(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Coopération avec l’ONU", level=1)
    document.add_paragraph("Le CCT et l’UNOCT travaillent avec INTERPOL depuis 2001.")
    document.add_paragraph("")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Partenaire"
    table.rows[0].cells[1].text = "ONUDC"
    document.add_heading("Suite", level=2)
    document.add_paragraph("Deuxième paragraphe.")
    document.save(path)
    return path


def test_docx_paragraphs_headings_and_tables_are_lines_of_their_own(tmp_path):
    text = read(make_docx(tmp_path / "doc.docx"))
    assert text == ("Coopération avec l’ONU\n\nLe CCT et l’UNOCT travaillent avec INTERPOL depuis "
                    "2001.\n\nPartenaire | ONUDC\n\nSuite\n\nDeuxième paragraphe.")


def test_broken_docx(tmp_path):
    assert reason(write(tmp_path / "b.docx", b"PK\x03\x04 not really a zip")).startswith("broken DOCX")


def test_docx_that_is_a_zip_without_a_document(tmp_path):
    path = tmp_path / "z.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "x")
    assert reason(path).startswith("broken DOCX")


def make_pdf(text_lines: list[str]) -> bytes:
    """A minimal valid one-page PDF with a text layer (Helvetica, WinAnsi), built by hand."""
    def escape(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 12 Tf 72 720 Td 16 TL " + " ".join(
        f"({escape(line)}) Tj T*" for line in text_lines) + " ET"
    return one_page_pdf(stream.encode("cp1252"))


def test_pdf_text_layer_is_extracted(tmp_path):
    path = write(tmp_path / "doc.pdf", make_pdf(["Accord entre INTERPOL et l'ONU", "signé en 2001."]))
    text = read(path)
    assert "Accord entre INTERPOL et l'ONU" in text and "signé en 2001." in text
    assert "\x0c" not in text


@pytest.mark.parametrize("data", [b"%PDF-1.4\nthis is not a pdf at all\n%%EOF", b"not even a header"])
def test_broken_pdf(tmp_path, data):
    assert reason(write(tmp_path / "b.pdf", data)).startswith(("broken PDF", "PDF with no text"))


def test_pdf_without_text_layer(tmp_path):
    assert reason(write(tmp_path / "scan.pdf", make_pdf([]))).startswith("PDF with no text layer")


# --------------------------------------------------------------------------------------------
# Language


@pytest.mark.parametrize("text, expected", [
    ("La coopération entre INTERPOL et les Nations Unies s’est renforcée en 2001.", "fr"),
    ("The cooperation between INTERPOL and the United Nations grew stronger in 2001.", "en"),
    ("La cooperación entre INTERPOL y las Naciones Unidas se reforzó en 2001.", "es"),
    ("Die Zusammenarbeit zwischen INTERPOL und den Vereinten Nationen wurde 2001 gestärkt.", "de"),
])
def test_detect_language(text, expected):
    assert detect_language(text) == expected
