"""spaCy components of the partex pipeline; importing this module registers their factories."""

from . import layout, mentions, rules, token_rules  # noqa: F401  (registration side effect)
