"""Answer checks for the exercises in the notebooks.

Every exercise in the pack follows the same three steps: a task in
markdown, a cell where the student writes ``answer = ___``, and a check
cell that calls one function from this module. A check function

- works out the right answer from the article or ``Doc`` it is given
  (nothing is hard-coded, so the checks stay right if the text or the
  model changes),
- prints exactly one line, starting with ``✅`` when the answer is right
  or ``❌ Not yet:`` followed by a hint when it is not,
- returns ``True`` or ``False``, so tests can use it too,
- never raises on a strange answer (a string, a list, ``None``...): a
  student should always get a hint, not a traceback.

The package has one module per notebook (``nb00`` ... ``nb04``) and the shared
helpers in ``_common``; everything a notebook imports is re-exported here.

>>> _feedback(True, "Well done: that is right.", "unused")
✅ Well done: that is right.
True
>>> check_most_frequent_label(None, None)
❌ Not yet: replace the placeholder ___ with your answer, then run this cell again.
False
"""
from __future__ import annotations

from . import nb00, nb01, nb02, nb03, nb04
from ._common import (  # noqa: F401
    PLACEHOLDER_HINT,
    _as_whole_number,
    _feedback,
    _is_placeholder,
    _join,
    _not_a_number_hint,
    _number,
    _paragraph_spans,
    _placeholder_feedback,
    _texts,
)
from .nb00 import (  # noqa: F401
    PLACE_LABELS,
    _sentences_per_paragraph,
    check_body_paragraphs,
    check_most_frequent_label,
    check_person_also_place,
    check_sentences_in_paragraph,
    person_place_texts,
)
from .nb01 import (  # noqa: F401
    _COMMON_WORDS,
    _LABELS_BY_MARKER,
    _STOPWORDS,
    CLAIM_LABELS,
    _claim_fields,
    _is_table,
    _label_of,
    _marker_kinds,
    _not_a_share_hint,
    _quoted_evidence,
    _source_records,
    _words,
    check_claim_label,
    check_mention_only,
    check_nato_members,
    check_quoted_share,
    check_wrong_labels,
    claim_label_options,
    mention_only_sources,
    nato_members_on,
    quoted_share,
    wrong_label_rows,
)
from .nb02 import (  # noqa: F401
    _EDGE_MARKS,
    _NAIVE_PATTERNS,
    _close,
    _cue_set,
    _fold,
    _gold_in_paragraph,
    _in_word_apostrophe,
    _paragraph_number,
    _pattern_matches,
    _preview,
    _scores_without,
    check_cues_restored,
    check_only_paraphrased,
    check_quote_pattern,
    check_recall_without_cue,
    check_speaker_by_hand,
    only_paraphrased,
    pattern_spans,
)
from .nb03 import (  # noqa: F401
    _SMALL_WORDS,
    STANCES,
    _blank,
    _entries_from,
    _hit_records,
    _not_one_number_hint,
    _stance_of,
    _text_or_empty,
    _word_list,
    author_density,
    check_added_term,
    check_author_density,
    check_false_positive,
    check_verb_stances,
)
from .nb04 import (  # noqa: F401
    _count_hint,
    _fold04,
    _quotes_in,
    _speaker_densities,
    _voice_counts,
    author_voice_density,
    check_denser_article,
    check_people_quoted_directly,
    check_scare_quotes,
    check_top_speaker,
    people_quoted_directly,
    top_speakers,
)

__all__ = [*nb00.__all__, *nb01.__all__, *nb02.__all__, *nb03.__all__, *nb04.__all__]
