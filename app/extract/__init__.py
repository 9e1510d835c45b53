"""Extraction: an article in, a brief out (entities, time expressions, timeline, claims, summary).

Pure: no database, no HTTP. `pipeline.extract` / `extract_many` are the entry points; the spaCy
model is the one the caller names (`Settings.spacy_model`), loaded once per process, and the
gazetteer and name lists are built once per process (`pipeline.warm_up`).
"""
