"""Text out of HTML pages, PDFs and DOCX files, bounded so that no file can expand without limit.

Each converter takes the file's bytes and its path (for messages) and returns its text, or
raises `InputError` saying why there is none. A file within the size limit may still expand
enormously (a PDF's compressed streams, a DOCX's zipped XML): a PDF's text stops being collected
past `MAX_TEXT_CHARS`, a DOCX whose parts declare more than `MAX_EXPANDED_BYTES` is not opened,
and the batch's workers bound their memory (`--max-memory`) for what no check foresees.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable

from . import limits
from .messages import InputError


def _paragraphs(lines: Iterable[str]) -> str:
    """Join non-empty lines as paragraphs, a blank line between them (what the pipeline splits on)."""
    return "\n\n".join(line.strip() for line in lines if line.strip())


def html_text(data: bytes, path: str) -> str:
    """The main text of an HTML page (trafilatura), a paragraph per block."""
    import trafilatura

    from .inputs import decode_bytes

    # Decoded by the same rules as plain text; given a string and no url, trafilatura never
    # touches the network. An XML declaration naming an encoding would upset lxml on a string.
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", decode_bytes(data, path))
    extracted = trafilatura.extract(html, include_comments=False, include_tables=True,
                                    include_images=False, include_links=False,
                                    with_metadata=False, output_format="txt")
    if not extracted or not extracted.strip():
        raise InputError.about(path, "HTML page with no main text")
    return _paragraphs(extracted.splitlines())


class _TooMuchText(Exception):
    """A PDF's text ran past the limit while it was being collected."""


class _BoundedText(io.StringIO):
    """Collects a converter's text and stops it (`_TooMuchText`) past `limit` characters."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def write(self, text: str) -> int:
        written = super().write(text)
        if self.tell() > self.limit:
            raise _TooMuchText
        return written


def pdf_text(data: bytes, path: str) -> str:
    """The text layer of a PDF (pdfminer.six), page breaks as paragraph breaks.

    What `pdfminer.high_level.extract_text` does, with its text collected in a `_BoundedText`,
    so that a PDF whose text runs past the limit stops there instead of filling the memory.
    """
    from pdfminer.converter import TextConverter
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    output = _BoundedText(limits.MAX_TEXT_CHARS)
    try:
        resources = PDFResourceManager(caching=True)
        device = TextConverter(resources, output, codec="utf-8", laparams=LAParams())
        interpreter = PDFPageInterpreter(resources, device)
        for page in PDFPage.get_pages(io.BytesIO(data), caching=True):
            interpreter.process_page(page)
    except _TooMuchText:
        raise InputError.about(path, f"too large: over {limits.MAX_TEXT_CHARS:,} characters of "
                                     "text") from None
    except MemoryError:
        raise
    except Exception as error:  # pdfminer raises many types for damaged files
        raise InputError.about(path, f"broken PDF: {type(error).__name__}: {error}".strip()) from None
    text = output.getvalue().replace("\x0c", "\n\n")  # page breaks end paragraphs
    if not text.strip():
        raise InputError.about(path, "PDF with no text layer (scanned pages need OCR first)")
    return text


def _check_expansion(data: bytes, path: str) -> None:
    """Refuse a zip (DOCX) whose parts declare more than MAX_EXPANDED_BYTES in all.

    Python's zipfile never reads a part past its declared size, so the declared sizes bound
    what opening the file can cost.
    """
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # python-docx reports a broken file in its own words
    if expanded > limits.MAX_EXPANDED_BYTES:
        raise InputError.about(path, f"too large: expands to {expanded / 2**20:,.0f} MB "
                                     f"(limit {limits.MAX_EXPANDED_BYTES / 2**20:,.0f} MB)")


def docx_text(data: bytes, path: str) -> str:
    """Every paragraph, heading and table row of a DOCX (python-docx), in document order."""
    import docx
    from docx.table import Table

    _check_expansion(data, path)
    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    cells = [cell.text.strip() for cell in row.cells]
                    lines.append(" | ".join(c for c in cells if c))
            else:
                lines.append(block.text)
    except MemoryError:
        raise
    except Exception as error:  # zipfile, lxml and python-docx errors for damaged files
        raise InputError.about(path, f"broken DOCX: {type(error).__name__}: {error}".strip()) from None
    text = _paragraphs(line for chunk in lines for line in chunk.splitlines())
    if not text:
        raise InputError.about(path, "DOCX with no text")
    return text


# The converter of each file format that is not plain text.
CONVERTERS: dict[str, Callable[[bytes, str], str]] = {
    "html": html_text, "pdf": pdf_text, "docx": docx_text}
