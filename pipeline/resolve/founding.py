"""Founding texts: `Charter of the X Alliance (XA)`, `Convenio Constitutivo del Banco X (BX)`.

The title of a text that founds or constitutes a body holds the body's name after a founding
head (`founding_title`: `charter of`, `agreement establishing`, `convenio constitutivo de`,
`acte constitutif de`); an acronym in parentheses after the title that spells that name, not
the title, is the body's: an ORG, and so is every later use of it. The title stays the
instrument, up to the parenthesis, named by its own words (not by the body's acronym).
"""

from __future__ import annotations

from ..mention import Mention
from .context import Context
from .longforms import spells


def body_of_title(ctx: Context, long_form: Mention, acr: str, known: Mention | None) -> tuple[Mention, str, str]:
    """The long form, and the acronym's label and norm: the body's (`ORG`, its gazetteer id or
    the acronym) when the long form is a founding title whose body name the acronym spells,
    else the long form's own."""
    if long_form.label != "INSTRUMENT":
        return long_form, long_form.label, long_form.norm
    body = _body_name(ctx, ctx.text[long_form.start:long_form.end])
    # a body's name opens on a capital (`Charter of fundamental rights` names no body), and the
    # acronym spells it from its first letter (Schwartz & Hearst's test)
    if body is None or not body[:1].isupper() or not spells(acr, body):
        return long_form, long_form.label, long_form.norm
    if long_form.norm == acr:  # the acronym's norm was given to the title: give it its own
        long_form = long_form._replace(norm=" ".join(ctx.text[long_form.start:long_form.end].split()))
    norm = known.norm if known is not None and known.label == "ORG" else acr
    return long_form, "ORG", norm


def _body_name(ctx: Context, title: str) -> str | None:
    """The words after a founding head and its linking words (`of the`, `del`, `de l'`), or None
    when the title opens with no founding head."""
    lex = ctx.lexicon
    flat = " ".join(title.replace("’", "'").split())
    lower = flat.lower()
    for head in sorted(lex.words("founding_title"), key=len, reverse=True):
        if lower.startswith(head + " ") or (head.endswith("'") and lower.startswith(head)):
            rest = flat[len(head):].lstrip()
            return _after_articles(rest, lex.words("article"))
    return None


def _after_articles(rest: str, articles: frozenset[str]) -> str:
    """`the Coral Sea Alliance` → `Coral Sea Alliance`, `l'Alliance` → `Alliance`."""
    for article in sorted(articles, key=len, reverse=True):
        if article.endswith("'") and rest.lower().startswith(article):
            return rest[len(article):]
        if rest.lower().startswith(article + " "):
            return rest[len(article) + 1:]
    return rest
