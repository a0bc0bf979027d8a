"""spaCy components of the partex pipeline; importing this module registers their factories,
the folding tokenizer and the extension attributes (spaCy also finds them through the
`spacy_factories` and `spacy_tokenizers` entry points, so `spacy.load` needs no import)."""

from . import extensions, facts, layout, ner_decoder, resolver, token_rules, tokenizer, values  # noqa: F401
