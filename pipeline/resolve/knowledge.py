"""Build the resolver's `Knowledge` for one language from a patterns folder."""

from __future__ import annotations

from pathlib import Path

from .. import provenance
from ..lexicon import load_lexicon
from ..normalise.date_rules import WORDS as DATE_WORDS
from ..normalise.words import load
from ..resources import load_resources
from .context import AliasFacts, Knowledge
from .learned_labels import load_model
from .learned_names import load_model as load_names_model
from .regexes import Regexes


def build_knowledge(lang: str, patterns_dir: str | Path | None = None) -> Knowledge:
    """The lexicon, patterns and gazetteer facts the stages read for `lang`."""
    resources = load_resources(patterns_dir)
    gazetteer = resources.gazetteer
    lexicon = load_lexicon(lang, patterns_dir)
    names: dict[str, list[str]] = {}
    lowercase = []
    for alias in gazetteer.aliases:
        if alias.lang == lang and not alias.is_acronym:
            names.setdefault(alias.id, []).append(alias.alias.lower())
        if alias.lang == lang and alias.alias[:1].islower():
            lowercase.append(alias.alias)  # `océan Indien`, `golfe de Guinée`
    # what each ruler pattern comes from, in the order the rulers get them (see nlp.ruler_patterns)
    aliases: dict[tuple[str, str, str], AliasFacts] = {}
    for alias in gazetteer.for_language(lang):
        aliases.setdefault((alias.label, alias.id, alias.alias.lower()),
                           AliasFacts(provenance.gazetteer(alias.file), alias.after))
    for name, code in resources.countries.names():
        aliases.setdefault(("COUNTRY", code, name.lower()), AliasFacts(provenance.PYCOUNTRY))
    for rule in gazetteer.rules.get(lang, []):
        if isinstance(rule["pattern"], str):
            aliases.setdefault((rule["label"], rule.get("id", ""), rule["pattern"].lower()),
                               AliasFacts(rule["source"]))
    dates = load(DATE_WORDS, lang, patterns_dir)
    calendar = frozenset(w.lower() for name in ("month", "weekday") for w in dates.every(name)) \
        if dates is not None else frozenset()
    # the date words' function words: those a plural ending would mistake for a plural noun
    function = frozenset(w.lower() for w in dates.every("function_word")) \
        if dates is not None else frozenset()
    return Knowledge(
        lexicon=lexicon, regexes=Regexes.build(lexicon), calendar_words=calendar,
        function_words=function,
        country_lookup=resources.countries.lookup,
        names_by_id={ident: tuple(forms) for ident, forms in names.items()},
        parents={ident: record["parent"] for ident, record in gazetteer.organisations.items()
                 if record.get("parent")},
        lowercase_names=frozenset(lowercase), aliases=aliases, label_model=load_model(patterns_dir),
        names_model=load_names_model(patterns_dir))
