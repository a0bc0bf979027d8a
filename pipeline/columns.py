"""Output columns and labels, declared once for every table the project writes or reads."""

CORE_LABELS = ("ORG", "DATE", "RESOLUTION", "COUNTRY", "FIGURE")
EXTENDED_LABELS = ("OPERATION", "INSTRUMENT", "PERSON", "LOCATION")
LABELS = CORE_LABELS + EXTENDED_LABELS

# The columns a gold file must have (extra columns are allowed and ignored by scoring).
GOLD_COLUMNS = ("doc_id", "start", "end", "label", "text", "norm")

# One row per mention. The first six are the gold columns; the rest is provenance.
#   precision  year/month/day/decade for DATE, empty otherwise
#   qualifier  "plus de", "près de", "about" ... standing before a FIGURE, outside its span
#   lang       the document's language (fr, en, es)
#   section    the heading of the section the mention stands in ("" before the first heading)
#   sentence   index of the sentence in the document, from 0
#   source     what produced the mention: "gazetteer", "acronym", "rule:<name>", "model"
MENTION_COLUMNS = GOLD_COLUMNS + ("precision", "qualifier", "lang", "section", "sentence", "source")

# One row per distinct (doc_id, label, norm): every surface form seen and how often.
#   forms  "ONU (3) | Nations Unies (1)", most frequent first
#   count  number of mentions
ENTITY_COLUMNS = ("doc_id", "label", "norm", "forms", "count")

# One row per document that could not be extracted, with the reason.
ERROR_COLUMNS = ("doc_id", "path", "reason")

# One row per argument of a fact (FACTS.md); the first five are the facts gold's columns.
#   fact          document-local id grouping a fact's rows (f1, f2 …)
#   label, text, start, end   the mention giving the value (empty for the publisher)
#   evidence_start, evidence_end   the sentence that states the fact
#   source        rule:<type> (the rules) or learned:<type> (kept by the learned model)
FACT_COLUMNS = ("doc_id", "fact", "type", "role", "norm", "label", "text", "start", "end",
                "evidence_start", "evidence_end", "source")
FACT_GOLD_COLUMNS = FACT_COLUMNS[:5]

# One row per pair of bodies across a batch, per type (PARTNERSHIP, AGREEMENT): for graph tools.
#   documents  documents stating it; count  facts stating it
#   first_date, last_date  earliest and latest date of those facts (an agreement's date, else
#                          the document's own date), ISO; empty when none is known
NETWORK_COLUMNS = ("a", "b", "type", "documents", "first_date", "last_date", "count")

# Columns of whole numbers (int64 in Parquet); every other column holds text.
INTEGER_COLUMNS = frozenset({"start", "end", "sentence", "count", "documents", "evidence_start",
                             "evidence_end"})
