"""The limits of one document in a batch, with their defaults (docs/batch.md, "Limits").

Far above what a document within the size limits needs (a 5 000 000-character report, the
largest, takes about 150 s and 2 GB), so that only a document that would stall a worker or take
all the machine's memory reaches them. Kept apart from the batch so that the command line can
show the defaults without importing it.
"""

# A file larger than this is not read; a text longer than this once extracted is not extracted
# (about 800 000 words, a 2 000-page report): almost surely not one document.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARS = 5_000_000
# What a DOCX may expand to (the sum of its parts' sizes, as its zip directory declares them).
MAX_EXPANDED_BYTES = 512 * 1024 * 1024

DOC_TIMEOUT = 300.0   # seconds a document may run (--doc-timeout)
MAX_MEMORY_MB = 4096  # data memory a worker may hold, the shared model included (--max-memory)
