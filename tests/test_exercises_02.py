"""The notebook 02 checks in utils/exercises/nb02.py: right, wrong and placeholder answers.

Like the notebook 00 checks, each one must print exactly one line (✅ ... or
❌ Not yet: ...), return True or False, work out the right answer from the
data it is given (the small made-up texts and gold lists below prove that
nothing is hard-coded), and never raise on an odd answer.
"""
import re

import numpy as np
import pandas as pd
import pytest

from utils import exercises
from utils.article import DATA_DIR, article_from_text
from utils.evaluate import load_gold, score
from utils.exercises import (check_cues_restored, check_only_paraphrased, check_quote_pattern,
                             check_recall_without_cue, check_speaker_by_hand, only_paraphrased, pattern_spans)
from utils.nlp import parse
from utils.quotes import cue_lemmas, extract_quotes, find_quote_marks
from feedback_helpers import fails, passes  # noqa: E402

PLACEHOLDER = "❌ Not yet: replace the placeholder ___"
FIXED_PATTERN = r'["“]([^"”]*)["”]'  # the answer given in docs/solutions/02_quote_attribution.md




@pytest.fixture(scope="module")
def gold():
    return load_gold(DATA_DIR / "annotations" / "seed_quotes.json")[1]


@pytest.fixture(scope="module")
def seed_quotes(seed_doc):
    return extract_quotes(seed_doc)


# --------------------------------------------------------------------------
# shared


def test_new_checks_are_exported():
    for name in ("check_quote_pattern", "check_speaker_by_hand", "check_only_paraphrased",
                 "check_recall_without_cue", "check_cues_restored"):
        assert name in exercises.__all__
    # the notebook 00 names are still there
    assert "check_body_paragraphs" in exercises.__all__


@pytest.mark.parametrize("placeholder", [None, ...])
def test_placeholder_gets_the_replace_message(capsys, seed_article, seed_doc, gold, seed_quotes, placeholder):
    calls = [
        (check_quote_pattern, (placeholder, seed_article)),
        (check_speaker_by_hand, (placeholder, gold)),
        (check_only_paraphrased, (placeholder, seed_quotes)),
        (check_recall_without_cue, (placeholder, seed_doc, gold)),
        (check_cues_restored, (placeholder,)),
    ]
    for check, args in calls:
        assert fails(capsys, check, *args).startswith(PLACEHOLDER), check.__name__


# --------------------------------------------------------------------------
# exercise 1: a pattern for quotation marks


def test_pattern_spans_uses_the_group_and_trims_marks():
    text = 'He said "yes" and “no”.'
    assert pattern_spans(r'"([^"]*)"', text) == [(9, 12)]
    assert pattern_spans(r'["“][^"”]*["”]', text) == [(9, 12), (19, 21)]
    assert pattern_spans(r'(["“][^"”]*["”])', text) == [(9, 12), (19, 21)]
    assert pattern_spans(re.compile(r'["“](.*?)["”]'), text) == [(9, 12), (19, 21)]
    assert pattern_spans(r'""', 'empty "" here') == []


def test_quote_pattern_right(capsys, seed_article):
    n = len(find_quote_marks(seed_article.text, [(p.start, p.end) for p in seed_article.paragraphs]))
    line = passes(capsys, check_quote_pattern, FIXED_PATTERN, seed_article)
    assert f"same {n} quotations" in line
    for pattern in (r'["“][^"”]*["”]', r'(["“][^"”]*["”])', re.compile(r'["“](.*?)["”]'),
                    r'["“”]([^"“”]*)["“”]', r'["“]([^"“”\n]+)["”]'):
        passes(capsys, check_quote_pattern, pattern, seed_article)


def test_quote_pattern_wrong(capsys, seed_article):
    assert "straight-marks pattern" in fails(capsys, check_quote_pattern, r'"([^"]*)"', seed_article)
    assert "curly-marks pattern" in fails(capsys, check_quote_pattern, r"“([^”]*)”", seed_article)
    line = fails(capsys, check_quote_pattern, r'["“‘]([^"”’]*)["”’]', seed_article)
    assert "apostrophe in 'don’t' (paragraph 15)" in line and "10 of the 11" in line
    line = fails(capsys, check_quote_pattern, r'["“]([^"“]*)["”]', seed_article)
    assert "from paragraph 14 to paragraph 15" in line and "line breaks" in line
    assert "finds nothing" in fails(capsys, check_quote_pattern, "xyz", seed_article)
    line = fails(capsys, check_quote_pattern, r'“([^”\n]*)[”"]', seed_article)
    assert "7 of the 11" in line and "misses the one in paragraph 1" in line
    # a pattern that matches words, not quotes: no apostrophe hint, since it never used one as a mark
    line = fails(capsys, check_quote_pattern, r"\w+", seed_article)
    assert "apostrophe" not in line and "also finds" in line


def test_quote_pattern_odd_answers(capsys, seed_article):
    assert "cannot read this pattern" in fails(capsys, check_quote_pattern, "[", seed_article)
    assert "as text" in fails(capsys, check_quote_pattern, 42, seed_article)
    assert "as text" in fails(capsys, check_quote_pattern, ['"'], seed_article)


def test_quote_pattern_computed_from_the_article(capsys):
    # only straight marks: here the naive pattern is right, and a curly-only one is not
    art = article_from_text('He said "we will stay" on Monday.\nShe said "we will go" on Tuesday.')
    passes(capsys, check_quote_pattern, r'"([^"]*)"', art)
    assert "curly-marks pattern" in fails(capsys, check_quote_pattern, r"“([^”]*)”", art)
    assert "finds 1 of the 2" in fails(capsys, check_quote_pattern, r'"(we will stay)"', art)


# --------------------------------------------------------------------------
# exercise 2: the speaker of paragraph 6, by hand


def test_speaker_by_hand_right(capsys, gold):
    line = passes(capsys, check_speaker_by_hand, "Fatoumata Doukara", gold)
    assert "'she' in paragraph 6 is Fatoumata Doukara" in line and "paragraph 5" in line
    for answer in ("fatoumata doukara", " Fatoumata  Doukara ", "Ms Fatoumata Doukara", "Fatoumata Doukara’s"):
        passes(capsys, check_speaker_by_hand, answer, gold)
    assert "Pyotr Ilyichev" in passes(capsys, check_speaker_by_hand, "Pyotr Ilyichev", gold, paragraph=17)


def test_speaker_by_hand_wrong(capsys, gold):
    assert "the mention" in fails(capsys, check_speaker_by_hand, "she", gold)
    assert "fullest name" in fails(capsys, check_speaker_by_hand, "Doukara", gold)
    assert "look in paragraph 16" in fails(capsys, check_speaker_by_hand, "Ilyichev", gold, paragraph=17)
    assert "extra words" in fails(capsys, check_speaker_by_hand, "Fatoumata Doukara, another Bamako resident", gold)
    assert "speaks in paragraph 1, not in paragraph 6" in fails(capsys, check_speaker_by_hand, "Kebab Diallo", gold)
    assert "is a medium" in fails(capsys, check_speaker_by_hand, "Africa News", gold)
    assert "whom does 'she' refer to" in fails(capsys, check_speaker_by_hand, "Lassana", gold)
    assert "as text" in fails(capsys, check_speaker_by_hand, 6, gold)
    assert "as text" in fails(capsys, check_speaker_by_hand, "  ", gold)


def test_speaker_by_hand_computed_from_the_gold(capsys):
    mini = [
        {"kind": "direct", "start": 0, "end": 5, "text": "x", "paragraph": 0, "speaker": "Ana María Ruiz",
         "speaker_mention": {"start": 10, "end": 24, "text": "Ana María Ruiz"}, "medium": "Radio Sur"},
        {"kind": "direct", "start": 30, "end": 35, "text": "y", "paragraph": 1, "speaker": "Ana María Ruiz",
         "speaker_mention": {"start": 40, "end": 44, "text": "Ruiz"}, "medium": None},
        {"kind": "indirect", "start": 50, "end": 60, "text": "z", "paragraph": 2, "speaker": "Tom Berg",
         "speaker_mention": {"start": 45, "end": 47, "text": "he"}, "medium": None},
    ]
    assert "first named in paragraph 0" in passes(capsys, check_speaker_by_hand, "Ana Maria Ruiz", mini, paragraph=1)
    assert "look in paragraph 0" in fails(capsys, check_speaker_by_hand, "Ruiz", mini, paragraph=1)
    passes(capsys, check_speaker_by_hand, "Tom Berg", mini, paragraph=2)
    assert "is a medium" in fails(capsys, check_speaker_by_hand, "Radio Sur", mini, paragraph=1)


def test_speaker_by_hand_needs_one_speaker(gold):
    with pytest.raises(ValueError, match="0 speakers"):
        check_speaker_by_hand("x", gold, paragraph=0)
    two = [{"kind": "direct", "paragraph": 3, "speaker": "A"}, {"kind": "direct", "paragraph": 3, "speaker": "B"}]
    with pytest.raises(ValueError, match="2 speakers"):
        check_speaker_by_hand("A", two, paragraph=3)


# --------------------------------------------------------------------------
# exercise 3: speakers who are only paraphrased


def test_only_paraphrased_on_the_seed(seed_quotes, gold):
    # the extractor and the gold agree on this article
    assert only_paraphrased(seed_quotes) == only_paraphrased(gold) == ["Choguel Kokalla Maïga", "Macron"]


def test_only_paraphrased_right(capsys, seed_quotes):
    expected = only_paraphrased(seed_quotes)
    line = passes(capsys, check_only_paraphrased, expected, seed_quotes)
    assert "appear only in paraphrase" in line
    passes(capsys, check_only_paraphrased, list(reversed(expected)), seed_quotes)
    passes(capsys, check_only_paraphrased, {s.lower() for s in expected}, seed_quotes)
    passes(capsys, check_only_paraphrased, pd.Series(expected), seed_quotes)
    # what the hint in the notebook leads to
    table = pd.DataFrame([q.to_dict() for q in seed_quotes])
    kinds = table.groupby("speaker")["kind"].agg(set)
    passes(capsys, check_only_paraphrased, list(kinds[kinds == {"indirect"}].index), seed_quotes)


def test_only_paraphrased_wrong(capsys, seed_quotes):
    expected = only_paraphrased(seed_quotes)
    line = fails(capsys, check_only_paraphrased, expected + ["Pyotr Ilyichev"], seed_quotes)
    assert "'Pyotr Ilyichev' also has words in quotation marks" in line
    line = fails(capsys, check_only_paraphrased, expected + ["Moscow and Bamako"], seed_quotes)
    assert "a partial quote in paragraph 14" in line
    assert "1 of the 2" in fails(capsys, check_only_paraphrased, expected[:1], seed_quotes)
    line = fails(capsys, check_only_paraphrased, ["Macron", "Maïga"], seed_quotes)
    assert "written 'Choguel Kokalla Maïga'" in line
    assert "not a speaker" in fails(capsys, check_only_paraphrased, expected + ["Wagner Group"], seed_quotes)
    assert "in a list" in fails(capsys, check_only_paraphrased, "Macron", seed_quotes)
    assert "list of speaker names" in fails(capsys, check_only_paraphrased, [1, 2], seed_quotes)
    assert "list of speaker names" in fails(capsys, check_only_paraphrased, 3, seed_quotes)


def test_only_paraphrased_computed_from_the_quotes(capsys):
    quotes = extract_quotes(parse(article_from_text(
        "Mayor Ana Lind said the bridge would reopen in May.\n"
        "“We are not convinced,” said Tomas Berg, a ferry captain.")))
    assert only_paraphrased(quotes) == ["Ana Lind"]
    passes(capsys, check_only_paraphrased, ["Ana Lind"], quotes)
    fails(capsys, check_only_paraphrased, ["Tomas Berg"], quotes)
    assert "every speaker" in passes(capsys, check_only_paraphrased, [], [])


# --------------------------------------------------------------------------
# exercise 4: recall without a cue verb, and putting it back


def _indirect_recall(doc, gold, removed):
    found = extract_quotes(doc, cues=cue_lemmas() - set(removed))
    return score([q.to_dict() for q in found], gold)


def test_recall_without_cue_right(capsys, seed_doc, gold):
    # the solution's code, as in docs/solutions/02_quote_attribution.md
    fewer_cues = cue_lemmas() - {"deny"}
    quotes_fewer = extract_quotes(seed_doc, cues=fewer_cues)
    answer = score([q.to_dict() for q in quotes_fewer], gold)["indirect"]["recall"]
    line = passes(capsys, check_recall_without_cue, answer, seed_doc, gold)
    assert "without 'deny'" in line
    passes(capsys, check_recall_without_cue, np.float64(answer), seed_doc, gold)
    s = _indirect_recall(seed_doc, gold, {"deny"})["indirect"]
    passes(capsys, check_recall_without_cue, s["tp"] / (s["tp"] + s["fn"]), seed_doc, gold)


def test_recall_without_cue_on_the_seed_today(capsys, seed_doc, gold):
    # the numbers the solutions page quotes; if the extractor changes, update both
    assert "falls from 1 to 0.8" in passes(capsys, check_recall_without_cue, 0.8, seed_doc, gold)
    passes(capsys, check_recall_without_cue, 0.8, seed_doc, gold, removed="claim")


def test_recall_without_cue_wrong(capsys, seed_doc, gold):
    full = _indirect_recall(seed_doc, gold, set())
    fewer = _indirect_recall(seed_doc, gold, {"deny"})
    right = fewer["indirect"]["recall"]
    assert "share between 0 and 1" in fails(capsys, check_recall_without_cue, right * 100, seed_doc, gold)
    if full["indirect"]["recall"] != right:
        assert "full lexicon" in fails(capsys, check_recall_without_cue, full["indirect"]["recall"], seed_doc, gold)
    if fewer["indirect"]["f1"] not in (right, full["indirect"]["recall"]):
        assert "F1" in fails(capsys, check_recall_without_cue, fewer["indirect"]["f1"], seed_doc, gold)
    assert "tp / (tp + fn)" in fails(capsys, check_recall_without_cue, fewer["indirect"]["tp"], seed_doc, gold)
    assert "whole score table" in fails(capsys, check_recall_without_cue, fewer, seed_doc, gold)
    assert "without quotes" in fails(capsys, check_recall_without_cue, str(right), seed_doc, gold)
    assert "True or False" in fails(capsys, check_recall_without_cue, True, seed_doc, gold)
    assert "table or a column" in fails(capsys, check_recall_without_cue, pd.Series([right]), seed_doc, gold)
    assert "list" in fails(capsys, check_recall_without_cue, [right], seed_doc, gold)
    assert "extract_quotes" in fails(capsys, check_recall_without_cue, 0.123, seed_doc, gold)


def test_recall_without_cue_computed_from_doc_and_gold(capsys):
    text = "The mayor insisted that the bridge was safe. The engineer said that the road was closed."
    doc = parse(article_from_text(text))

    def indirect(clause, speaker):
        start = text.index(clause)
        return {"kind": "indirect", "start": start, "end": start + len(clause), "text": clause, "speaker": speaker}

    mini_gold = [indirect("the bridge was safe", "mayor"), indirect("the road was closed", "engineer")]
    assert score([q.to_dict() for q in extract_quotes(doc)], mini_gold)["indirect"]["recall"] == 1.0
    assert "from 1 to 0.5" in passes(capsys, check_recall_without_cue, 0.5, doc, mini_gold, removed="insist")
    assert "stays at 1" in passes(capsys, check_recall_without_cue, 1.0, doc, mini_gold, removed="deny")
    passes(capsys, check_recall_without_cue, 0.0, doc, mini_gold, removed=["insist", "say"])
    fails(capsys, check_recall_without_cue, 0.8, doc, mini_gold, removed="insist")


def test_cues_restored(capsys):
    fewer_cues = cue_lemmas() - {"deny"}
    line = passes(capsys, check_cues_restored, fewer_cues | {"deny"})
    assert f"all {len(cue_lemmas())} lemmas" in line and "'deny' included" in line
    passes(capsys, check_cues_restored, sorted(fewer_cues | {"deny"}))
    passes(capsys, check_cues_restored, cue_lemmas())
    passes(capsys, check_cues_restored, cue_lemmas() - {"claim"} | {"claim"}, removed="claim")
    line = fails(capsys, check_cues_restored, fewer_cues)
    assert "'deny' is still missing" in line and 'fewer_cues | {"deny"}' in line and "frozenset" in line
    line = fails(capsys, check_cues_restored, fewer_cues, removed="claim")
    assert 'fewer_cues | {"claim"}' in line
    assert "'grumble'" in fails(capsys, check_cues_restored, cue_lemmas() | {"grumble"})
    assert "other lemmas of the lexicon are missing" in fails(capsys, check_cues_restored, {"deny", "say"})
    assert "not one word" in fails(capsys, check_cues_restored, "deny")
    assert 'fewer_cues | {"deny"}' in fails(capsys, check_cues_restored, "deny")
    # set.add() gives back None: the placeholder message explains the frozenset trap
    line = fails(capsys, check_cues_restored, None)
    assert line.startswith(PLACEHOLDER) and "frozenset" in line and 'fewer_cues | {"deny"}' in line
    assert "set of lemmas" in fails(capsys, check_cues_restored, 42)
    assert "set of lemmas" in fails(capsys, check_cues_restored, [1, 2])
