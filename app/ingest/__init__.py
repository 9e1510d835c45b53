"""Ingest: the only code that calls both extraction and the store.

`sources` reads files into documents, `workers` extracts them in a process pool, `linking`
gives a brief's entities their store-wide ids, and `service` writes briefs (the CLI's
`newsbrief load` and `POST /briefs` both go through it).
"""
