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
    _feedback,
    _is_placeholder,
    _placeholder_feedback,
    _as_whole_number,
    _number,
    _not_a_number_hint,
    _texts,
    _join,
    _paragraph_spans,
)
from .nb00 import (  # noqa: F401
    check_body_paragraphs,
    _sentences_per_paragraph,
    check_sentences_in_paragraph,
    check_most_frequent_label,
    PLACE_LABELS,
    person_place_texts,
    check_person_also_place,
)
from .nb01 import (  # noqa: F401
    _is_table,
    _source_records,
    _not_a_share_hint,
    wrong_label_rows,
    check_wrong_labels,
    mention_only_sources,
    check_mention_only,
    quoted_share,
    check_quoted_share,
    CLAIM_LABELS,
    _LABELS_BY_MARKER,
    _STOPWORDS,
    _COMMON_WORDS,
    _quoted_evidence,
    _claim_fields,
    _marker_kinds,
    claim_label_options,
    _label_of,
    _words,
    check_claim_label,
    nato_members_on,
    check_nato_members,
)
from .nb02 import (  # noqa: F401
    _EDGE_MARKS,
    _NAIVE_PATTERNS,
    _fold,
    _preview,
    _pattern_matches,
    pattern_spans,
    _in_word_apostrophe,
    _paragraph_number,
    check_quote_pattern,
    _gold_in_paragraph,
    check_speaker_by_hand,
    only_paraphrased,
    check_only_paraphrased,
    _cue_set,
    _scores_without,
    _close,
    check_recall_without_cue,
    check_cues_restored,
)
from .nb03 import (  # noqa: F401
    STANCES,
    _SMALL_WORDS,
    _word_list,
    _not_one_number_hint,
    _text_or_empty,
    _blank,
    _entries_from,
    check_added_term,
    author_density,
    check_author_density,
    _stance_of,
    check_verb_stances,
    _hit_records,
    check_false_positive,
)
from .nb04 import (  # noqa: F401
    _quotes_in,
    _fold04,
    _count_hint,
    people_quoted_directly,
    check_people_quoted_directly,
    top_speakers,
    check_top_speaker,
    _voice_counts,
    author_voice_density,
    _speaker_densities,
    check_denser_article,
    check_scare_quotes,
)

__all__ = [*nb00.__all__, *nb01.__all__, *nb02.__all__, *nb03.__all__, *nb04.__all__]
