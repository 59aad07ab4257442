"""The notebook 03 checks in utils/exercises/nb03.py: right, wrong and placeholder answers.

Like the checks of notebooks 00 and 02, each one must print exactly one line
(✅ ... or ❌ Not yet: ...), return True or False, work out the right answer
from what it is given (the small made-up texts below show that nothing is
hard-coded), and never raise on an odd answer.
"""
import numpy as np
import pandas as pd
import pytest

from utils import exercises
from utils.article import DATA_DIR
from utils.exercises import (STANCES, author_density, check_added_term, check_author_density,
                             check_false_positive, check_verb_stances)
from utils.language import Entry, density, hits_frame, lexicon_frame, load_lexicon, verb_stances
from feedback_helpers import analyse, fails, passes  # noqa: E402

PLACEHOLDER = "❌ Not yet: replace the placeholder ___"
# the answers given in docs/solutions/03_loaded_language.md
THRIVE = Entry("lemma:thrive", "loaded", "Pictures armed groups as flourishing, like living things.",
               "grown; become stronger")
VERBS = ["tell", "deny", "claim", "note", "denounce"]
REASON = "The author says the arrival was reported by others and is not confirmed, which is careful reporting."





@pytest.fixture(scope="module")
def seed():
    return analyse()


@pytest.fixture(scope="module")
def hand():
    return pd.read_csv(DATA_DIR / "annotations" / "seed_loaded.csv")


# --------------------------------------------------------------------------
# shared


def test_new_checks_are_exported():
    for name in ("check_added_term", "check_author_density", "check_verb_stances", "check_false_positive",
                 "author_density", "STANCES"):
        assert name in exercises.__all__
    # earlier notebooks' names are still there
    assert "check_body_paragraphs" in exercises.__all__ and "check_quote_pattern" in exercises.__all__


@pytest.mark.parametrize("placeholder", [None, ...])
def test_placeholder_gets_the_replace_message(capsys, seed, placeholder):
    doc, quotes, hits = seed
    calls = [
        (check_added_term, (placeholder, doc, quotes)),
        (check_author_density, (placeholder, doc, quotes, hits)),
        (check_verb_stances, (placeholder,)),
        (check_verb_stances, ({v: placeholder for v in VERBS},)),
        (check_false_positive, (placeholder, REASON, hits, doc)),
        (check_false_positive, (0, placeholder, hits, doc)),
    ]
    for check, args in calls:
        assert fails(capsys, check, *args).startswith(PLACEHOLDER), check.__name__


def test_stances_match_the_lexicon_file():
    assert set(verb_stances().values()) <= set(STANCES)


# --------------------------------------------------------------------------
# exercise 1: a new row for the lexicon


def test_added_term_right(capsys, seed):
    doc, quotes, hits = seed
    lexicon = load_lexicon()
    line = passes(capsys, check_added_term, lexicon + [THRIVE], doc, quotes)
    assert f"finds {len(hits) + 1} hits instead of {len(hits)}" in line
    assert "“thrived” in paragraph 3" in line and "'author' voice" in line
    # a table works too, and a longer list
    table = pd.concat([lexicon_frame(lexicon), pd.DataFrame([{"pattern": "lemma:thrive", "category": "loaded",
                                                              "explanation": "growth framed as flourishing"}])])
    passes(capsys, check_added_term, table, doc, quotes)
    passes(capsys, check_added_term, [THRIVE] + lexicon + [Entry("lemma:flourish", "loaded", "", "")], doc, quotes)
    # a plain row next to the lemma row does no harm
    passes(capsys, check_added_term, lexicon + [Entry("thrived", "loaded", "", ""), THRIVE], doc, quotes)


def test_added_term_needs_a_lemma_pattern_and_an_explanation(capsys, seed):
    doc, quotes, _hits = seed
    lexicon = load_lexicon()
    # the task asks for a lemma pattern: the exact word finds the hit, but gets a hint
    line = fails(capsys, check_added_term, lexicon + [Entry("thrived", "loaded", "growth as flourishing", "")],
                 doc, quotes)
    assert "plain pattern" in line and "lemma pattern" in line and "'thrive'" not in line
    for empty in ("", "   ", "...", "___", None):
        line = fails(capsys, check_added_term, lexicon + [Entry("lemma:thrive", "loaded", empty, "grown")],
                     doc, quotes)
        assert "no explanation" in line
    table = pd.concat([lexicon_frame(lexicon), pd.DataFrame([{"pattern": "lemma:thrive", "category": "loaded"}])])
    assert "no explanation" in fails(capsys, check_added_term, table, doc, quotes)


def test_added_term_wrong(capsys, seed):
    doc, quotes, _hits = seed
    lexicon = load_lexicon()
    line = fails(capsys, check_added_term, lexicon + [Entry("thrive", "loaded", "", "")], doc, quotes)
    assert "matches only those exact words" in line and "'lemma:'" in line
    line = fails(capsys, check_added_term, lexicon + [Entry("lemma:thrived", "loaded", "", "")], doc, quotes)
    assert "dictionary form of the word, 'thrive'" in line
    line = fails(capsys, check_added_term, lexicon + [Entry("lemma:thrive", "emotive", "", "")], doc, quotes)
    assert "'emotive'" in line and "not one of" in line
    assert "unchanged" in fails(capsys, check_added_term, list(lexicon), doc, quotes)
    assert "none of the lexicon's" in fails(capsys, check_added_term, [THRIVE], doc, quotes)
    line = fails(capsys, check_added_term, lexicon[1:] + [THRIVE], doc, quotes)
    assert "1 row of the lexicon is missing" in line and repr(lexicon[0].pattern) in line
    assert "one new row on its own" in fails(capsys, check_added_term, THRIVE, doc, quotes)
    assert "a pattern alone" in fails(capsys, check_added_term, "lemma:thrive", doc, quotes)
    assert "empty pattern" in fails(capsys, check_added_term, lexicon + [Entry("lemma:", "loaded", "", "")],
                                    doc, quotes)


def test_added_term_odd_answers(capsys, seed):
    doc, quotes, _hits = seed
    for odd in (42, [1, 2], {"pattern": "lemma:thrive"}, [], pd.DataFrame({"x": [1]}), True):
        assert "list of Entry rows" in fails(capsys, check_added_term, odd, doc, quotes)


def test_added_term_computed_from_the_text(capsys):
    doc, quotes, _hits = analyse(text="Sales soared in May. “Prices are soaring,” said Ana Lind, a baker.")
    lexicon = load_lexicon()
    line = passes(capsys, check_added_term, lexicon + [Entry("lemma:soar", "loaded", "a vivid image of growth", "")],
                  doc, quotes, word="soared")
    assert "paragraph 0" in line and "also finds 1 other new hit" in line
    assert "'soar'" in fails(capsys, check_added_term, lexicon + [Entry("lemma:soared", "loaded", "", "")],
                             doc, quotes, word="soared")


def test_added_term_needs_a_word_the_lexicon_misses(seed):
    doc, quotes, _hits = seed
    with pytest.raises(ValueError, match="does not occur"):
        check_added_term(None, doc, quotes, word="banana")
    with pytest.raises(ValueError, match="already finds"):
        check_added_term(None, doc, quotes, word="devastated")


# --------------------------------------------------------------------------
# exercise 2: the author's density in one paragraph


def test_author_density_right(capsys, seed):
    doc, quotes, hits = seed
    row = density(doc, quotes, hits).set_index("paragraph").loc[19]
    right = 100 * row["author_hits"] / row["author_words"]
    assert author_density(doc, quotes, hits, 19) == pytest.approx(right)
    line = passes(capsys, check_author_density, right, doc, quotes, hits)
    assert f"{row['author_hits']} hits in {row['author_words']} words" in line
    # the speakers' figure in the message is quoted + reported, with the counts it rests on
    qh = int(row["quoted_hits"]) + int(row["reported_hits"])
    qw = int(row["quoted_words"]) + int(row["reported_words"])
    assert f"quoted_words + reported_words = {qw}) hold {qh} hits, {100 * qh / qw:.2f} per 100 words" in line
    passes(capsys, check_author_density, round(right, 2), doc, quotes, hits)
    passes(capsys, check_author_density, np.float64(right), doc, quotes, hits)
    passes(capsys, check_author_density, row["author_per_100w"], doc, quotes, hits)


def test_author_density_wrong(capsys, seed):
    doc, quotes, hits = seed
    table = density(doc, quotes, hits).set_index("paragraph")
    row = table.loc[19]
    ah, aw = int(row["author_hits"]), int(row["author_words"])
    qh = int(row["quoted_hits"]) + int(row["reported_hits"])  # the speakers' voices: quoted and reported
    qw = int(row["quoted_words"]) + int(row["reported_words"])
    assert "multiply by 100" in fails(capsys, check_author_density, ah / aw, doc, quotes, hits)
    assert "speakers' words" in fails(capsys, check_author_density, 100 * qh / qw, doc, quotes, hits)
    assert f"all {aw + qw} words" in fails(capsys, check_author_density, 100 * ah / (aw + qw), doc, quotes, hits)
    assert "every hit and every word" in fails(capsys, check_author_density, 100 * (ah + qh) / (aw + qw),
                                                doc, quotes, hits)
    assert "is a count" in fails(capsys, check_author_density, ah, doc, quotes, hits)
    nine = table.loc[9]
    line = fails(capsys, check_author_density, 100 * nine["author_hits"] / nine["author_words"], doc, quotes, hits)
    assert "paragraph 9" in line
    assert "compute" in fails(capsys, check_author_density, 99.5, doc, quotes, hits)


def test_author_density_odd_answers(capsys, seed):
    doc, quotes, hits = seed
    assert "without quotes" in fails(capsys, check_author_density, "6", doc, quotes, hits)
    assert "True or False" in fails(capsys, check_author_density, True, doc, quotes, hits)
    assert "table or a column" in fails(capsys, check_author_density, pd.Series([6.0]), doc, quotes, hits)
    assert "a list" in fails(capsys, check_author_density, [6.0], doc, quotes, hits)


def test_author_density_computed_from_the_text(capsys):
    doc, quotes, hits = analyse(text="The talks went on.\nThe massive storm devastated the town on Monday.")
    row = density(doc, quotes, hits).set_index("paragraph").loc[1]
    assert row["author_hits"] == 2
    line = passes(capsys, check_author_density, 100 * 2 / row["author_words"], doc, quotes, hits, paragraph=1)
    assert "no words in the speakers' voices" in line and "per 100 words;" in line
    with pytest.raises(ValueError, match="between 0 and 1"):
        check_author_density(1.0, doc, quotes, hits, paragraph=5)


def test_author_density_needs_author_words():
    doc, quotes, hits = analyse(text="“We are all very clear about it,” Ana Lind said.\n“Nothing changed.”")
    with pytest.raises(ValueError, match="no words in the author's voice"):
        check_author_density(1.0, doc, quotes, hits, paragraph=1)


# --------------------------------------------------------------------------
# exercise 3: the stance of five verbs


def test_verb_stances_right(capsys):
    stances = verb_stances()
    right = {v: stances[v] for v in VERBS}
    line = passes(capsys, check_verb_stances, right, verbs=VERBS)
    assert all(f"{v} {stances[v]}" in line for v in VERBS)
    passes(capsys, check_verb_stances, {v.upper(): s.title() for v, s in right.items()}, verbs=VERBS)
    passes(capsys, check_verb_stances, pd.Series(right), verbs=VERBS)
    short = {v: {"doubting": "doubt", "endorsing": "endorse", "hostile": "hostile"}.get(s, s) for v, s in right.items()}
    passes(capsys, check_verb_stances, short, verbs=VERBS)
    passes(capsys, check_verb_stances, dict(right, extra="neutral"), verbs=VERBS)


def test_verb_stances_wrong(capsys):
    stances = verb_stances()
    right = {v: stances[v] for v in VERBS}
    other = next(s for s in STANCES if s != right["deny"])
    line = fails(capsys, check_verb_stances, dict(right, deny=other), verbs=VERBS)
    assert "4 of 5 match" in line and "look again at 'deny'" in line and "keep your argument" in line
    line = fails(capsys, check_verb_stances, dict(right, deny="angry"), verbs=VERBS)
    assert "'angry'" in line and "not a stance" in line
    line = fails(capsys, check_verb_stances, dict(right, note=None, claim=None), verbs=VERBS)
    assert "'claim' and 'note'" in line and "their ___" in line
    assert "no stance for 'note'" in fails(capsys, check_verb_stances,
                                          {v: s for v, s in right.items() if v != "note"}, verbs=VERBS)


def test_verb_stances_odd_answers(capsys):
    for odd in ("neutral", ["neutral"] * 5, 5, pd.DataFrame({"x": [1]})):
        assert "dictionary" in fails(capsys, check_verb_stances, odd, verbs=VERBS)
    assert "not a stance" in fails(capsys, check_verb_stances, {v: 5 for v in VERBS}, verbs=VERBS)


def test_verb_stances_computed_from_the_file(capsys):
    stances = verb_stances()
    verbs = ["say", "allege", "admit", "accuse"]
    passes(capsys, check_verb_stances, {v: stances[v] for v in verbs}, verbs=verbs)
    passes(capsys, check_verb_stances, {"claim": stances["claim"]}, verbs="claim")
    with pytest.raises(ValueError, match="not in attribution_verbs.csv"):
        check_verb_stances({}, verbs=["say", "whisper"])


# --------------------------------------------------------------------------
# exercise 4: a false positive


def test_false_positive_right(capsys, seed, hand):
    doc, _quotes, hits = seed
    table = hits_frame(hits)
    first = table.iloc[0]
    line = passes(capsys, check_false_positive, 0, REASON, hits, doc, hand=hand)
    assert f"row 0, “{first['text']}” in paragraph {first['paragraph']}" in line
    listed = [((hand["start"] < h.end) & (h.start < hand["end"])).any() for h in hits]
    assert ("leaves it out too" in line) == (not listed[0])
    # by text when it occurs once, and with the table instead of the list
    if (table["text"].str.lower() == first["text"].lower()).sum() == 1:
        passes(capsys, check_false_positive, first["text"], REASON, hits, doc)
    passes(capsys, check_false_positive, np.int64(0), REASON, table, doc)
    passes(capsys, check_false_positive, 0.0, REASON, hits, doc)


def test_false_positive_reports_the_hand_made_list(capsys, seed, hand):
    doc, _quotes, hits = seed
    listed = [((hand["start"] < h.end) & (h.start < hand["end"])).any() for h in hits]
    row = listed.index(True)
    span = doc.char_span(hits[row].start, hits[row].end, alignment_mode="expand")
    words = [t.text for t in span.sent if t.is_alpha and len(t.text) > 4 and t.text.lower() not in hits[row].text.lower()]
    reason = f"Here the word {words[0]} shows that it is used in a plain sense."
    assert "who has the better evidence" in passes(capsys, check_false_positive, row, reason, hits, doc, hand=hand)
    assert "hand-made" not in passes(capsys, check_false_positive, row, reason, hits, doc)


def test_false_positive_wrong(capsys, seed):
    doc, _quotes, hits = seed
    table = hits_frame(hits)
    assert "rows 0 to" in fails(capsys, check_false_positive, len(hits), REASON, hits, doc)
    assert "rows 0 to" in fails(capsys, check_false_positive, -1, REASON, hits, doc)
    assert "no hit has the text" in fails(capsys, check_false_positive, "banana", REASON, hits, doc)
    repeated = table["text"].str.lower().value_counts()
    word = repeated.index[0]
    assert repeated.iloc[0] > 1
    assert f"found {repeated.iloc[0]} times" in fails(capsys, check_false_positive, word, REASON, hits, doc)
    assert "at least four words" in fails(capsys, check_false_positive, 0, "it is fine", hits, doc)
    assert "at least four words" in fails(capsys, check_false_positive, 0, 42, hits, doc)
    line = fails(capsys, check_false_positive, 0, "I just think that this one is not loaded", hits, doc)
    assert "does not quote the sentence" in line


def test_false_positive_odd_answers(capsys, seed):
    doc, _quotes, hits = seed
    for odd in ([0], True, 1.5, {"row": 0}):
        assert "row number" in fails(capsys, check_false_positive, odd, REASON, hits, doc)
    assert "empty" in fails(capsys, check_false_positive, 0, REASON, [], doc)


def test_false_positive_computed_from_the_text(capsys):
    doc, _quotes, hits = analyse(text="Astronomers found a massive star near the old telescope.")
    assert [h.text for h in hits] == ["massive"]
    line = passes(capsys, check_false_positive, "massive", "For a star, massive is the plain astronomy word.",
                  hits, doc)
    assert "row 0" in line and "“star”" in line
