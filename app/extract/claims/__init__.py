"""Claims: attribution relations (source, cue, content) with quote kind and hedging.

One walk over the parsed `Doc` finds the cues (verbs of saying, believing and stance; "according
to"; nouns such as "reports that"), reads the source and the content off the dependency tree,
then quotations that no cue reached are tied to a nearby speaker or to the quote before them.
The conventions follow PARC/PolNeAR, which the benchmark scores against: content keeps "that"
and the quote marks but not the sentence's final stop; a token belongs to one claim at most, so
an attribution nested in another's content is not reported twice.

The package follows those steps: `spans` (span helpers), `sources`, `contents`, `finders` (cue
finders), `quotations`, `labelling`, `features` (what the learned filter scores), `screening`
(what keeps a candidate under the default floor) and `entry` (the entry point); `draft` holds
the claim being built and the shared word sets.
"""

from app.extract.claims.entry import candidate_claims, extract_claims, sentence_of
from app.extract.claims.finders import is_negated

__all__ = ["candidate_claims", "extract_claims", "is_negated", "sentence_of"]
