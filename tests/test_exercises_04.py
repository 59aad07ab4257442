"""The notebook 04 checks in utils/exercises/nb04.py: right, wrong and placeholder answers.

As for the other notebooks, each check must print exactly one line (✅ ... or
❌ Not yet: ...), return True or False, work out the right answer from what it
is given (the small invented texts below prove that nothing is hard-coded),
and never raise on an odd answer.
"""
import numpy as np
import pandas as pd
import pytest

from utils import exercises
from utils.article import DATA_DIR, article_from_text
from utils.exercises import (author_voice_density, check_denser_article, check_people_quoted_directly,
                             check_scare_quotes, check_top_speaker, people_quoted_directly, top_speakers)
from utils.quotes import quotes_frame, speaker_words
from utils.report import analyze
from feedback_helpers import fails, passes  # noqa: E402

PLACEHOLDER = "❌ Not yet: replace the placeholder ___"

# an invented article: two people quoted directly (one twice), one only paraphrased, one scare quote,
# and loaded words in the author's voice
SMALL = ("Harbour Plan Approved\n"
         "“We waited ten years for this,” Ana Ruiz, a fisher, told Radio Sud. “It is a clear victory,” she added.\n"
         "The mayor, Jonas Berg, said the work would start in May.\n"
         "The so-called “temporary” pier has stood for a staggering forty years.\n"
         "“Nobody asked us,” said Lena Holm, a shopkeeper.")




@pytest.fixture(scope="module")
def seed():
    return analyze()


@pytest.fixture(scope="module")
def wire():
    return analyze(str(DATA_DIR / "practice" / "wire_bridge_closure.txt"))


@pytest.fixture(scope="module")
def slanted():
    return analyze(str(DATA_DIR / "practice" / "slanted_bridge_closure.txt"))


@pytest.fixture(scope="module")
def small():
    return analyze(article_from_text(SMALL))


# --------------------------------------------------------------------------
# shared


def test_new_checks_are_exported():
    for name in ("check_people_quoted_directly", "check_top_speaker", "check_denser_article", "check_scare_quotes"):
        assert name in exercises.__all__
    # the earlier notebooks' names are still there
    assert "check_body_paragraphs" in exercises.__all__ and "check_quote_pattern" in exercises.__all__


@pytest.mark.parametrize("placeholder", [None, ...])
def test_placeholder_gets_the_replace_message(capsys, seed, wire, slanted, placeholder):
    calls = [
        (check_people_quoted_directly, (placeholder, seed.quotes)),
        (check_top_speaker, (placeholder, wire.quotes)),
        (check_denser_article, (placeholder, placeholder, wire, slanted)),
        (check_scare_quotes, (placeholder, slanted.quotes)),
    ]
    for check, args in calls:
        assert fails(capsys, check, *args).startswith(PLACEHOLDER), check.__name__


@pytest.mark.parametrize("odd", ["5", True, 2.5, [1, 2], {"a": 1}, pd.Series([1, 2]), object()])
def test_odd_answers_get_a_hint_not_an_error(capsys, seed, wire, slanted, odd):
    fails(capsys, check_people_quoted_directly, odd, seed.quotes)
    fails(capsys, check_top_speaker, odd, wire.quotes)
    fails(capsys, check_denser_article, odd, odd, wire, slanted)
    fails(capsys, check_denser_article, "slanted", odd, wire, slanted)
    fails(capsys, check_scare_quotes, odd, slanted.quotes)


# --------------------------------------------------------------------------
# exercise 04.1: people quoted directly


def test_people_quoted_directly_on_the_seed(capsys, seed):
    table = quotes_frame(seed.quotes)
    right = table[table["kind"] == "direct"]["speaker"].nunique()  # the answer in the solutions
    assert people_quoted_directly(seed.quotes) == sorted(table[table["kind"] == "direct"]["speaker"].unique())
    line = passes(capsys, check_people_quoted_directly, right, seed.quotes)
    assert str(right) in line and "Pyotr Ilyichev" in line
    passes(capsys, check_people_quoted_directly, np.int64(right), seed)  # a NumPy number, the analysis itself
    passes(capsys, check_people_quoted_directly, float(right), seed.quotes)


def test_people_quoted_directly_slips_get_their_own_hints(capsys, seed):
    table = quotes_frame(seed.quotes)
    direct_rows = int((table["kind"] == "direct").sum())
    in_marks = table[table["kind"].isin(["direct", "partial"])]["speaker"].nunique()
    everyone = table["speaker"].dropna().nunique()
    assert "more than once" in fails(capsys, check_people_quoted_directly, direct_rows, seed.quotes)
    assert "partial" in fails(capsys, check_people_quoted_directly, in_marks, seed.quotes)
    assert "paraphrased" in fails(capsys, check_people_quoted_directly, everyone, seed.quotes)
    assert "all quotes" in fails(capsys, check_people_quoted_directly, len(seed.quotes), seed.quotes)
    assert "len(" in fails(capsys, check_people_quoted_directly, ["Kebab Diallo"], seed.quotes)


def test_people_quoted_directly_is_computed_from_its_input(capsys, small):
    people = people_quoted_directly(small.quotes)
    assert people == ["Ana Ruiz", "Lena Holm"]
    passes(capsys, check_people_quoted_directly, 2, small.quotes)
    assert "more than once" in fails(capsys, check_people_quoted_directly, 3, small.quotes)  # three direct quotes
    passes(capsys, check_people_quoted_directly, 0, [])


# --------------------------------------------------------------------------
# exercise 04.2: the speaker with the most words


def test_top_speaker_in_the_wire_article(capsys, wire):
    right = speaker_words(wire.quotes).iloc[0]["speaker"]  # the answer in the solutions
    assert top_speakers(wire.quotes) == [right]
    line = passes(capsys, check_top_speaker, right, wire.quotes)
    assert right in line
    passes(capsys, check_top_speaker, "  " + right.upper() + " ", wire)  # case and spaces do not matter
    passes(capsys, check_top_speaker, [right], wire.quotes)  # a list with the one name


def test_top_speaker_slips_get_their_own_hints(capsys, wire):
    words = speaker_words(wire.quotes)
    right = words.iloc[0]["speaker"]
    assert "part of a name" in fails(capsys, check_top_speaker, right.split()[-1], wire.quotes)
    assert "mention" in fails(capsys, check_top_speaker, "he", wire.quotes)
    last = words.iloc[-1]["speaker"]
    assert "someone gets more" in fails(capsys, check_top_speaker, last, wire.quotes)
    assert "not in the speaker column" in fails(capsys, check_top_speaker, "Nobody Atall", wire.quotes)


def test_top_speaker_hint_for_most_quotes_and_most_quoted_words(capsys):
    text = ("“Yes, yes and yes again, we are ready for the season,” Ana Ruiz said.\n"
            "Jonas Berg said the club would sign three new players before the season starts in August.\n"
            "“Maybe,” Lena Holm said. “Later,” she added. “Soon,” she said.")
    quotes = analyze(article_from_text(text)).quotes
    words = speaker_words(quotes).set_index("speaker")
    # Jonas Berg gets the most words, all paraphrased; Ana Ruiz the most in quotation marks; Lena Holm the most quotes
    assert top_speakers(quotes) == ["Jonas Berg"]
    assert words["direct_words"].idxmax() == "Ana Ruiz" and words["quotes"].idxmax() == "Lena Holm"
    passes(capsys, check_top_speaker, "Jonas Berg", quotes)
    assert "quotation marks" in fails(capsys, check_top_speaker, "Ana Ruiz", quotes)
    assert "most quotes" in fails(capsys, check_top_speaker, "Lena Holm", quotes)


def test_top_speaker_with_no_speakers_says_so(capsys):
    assert "no speaker" in fails(capsys, check_top_speaker, "Ana Ruiz", [])


# --------------------------------------------------------------------------
# exercise 04.3: which article has the higher author-voice density


def test_author_voice_density_matches_overall(wire, slanted, seed):
    for an in (wire, slanted, seed):
        assert round(author_voice_density(an), 2) == pytest.approx(float(an.overall["author_per_100w"]))
        assert author_voice_density(an.density) == author_voice_density(an)


def test_denser_article_right_answers(capsys, wire, slanted):
    gap = slanted.overall["author_per_100w"] - wire.overall["author_per_100w"]  # the answer in the solutions
    assert gap > 0
    line = passes(capsys, check_denser_article, "slanted", gap, wire, slanted)
    assert f"{gap:.2f}" in line
    passes(capsys, check_denser_article, "The slanted one", round(float(gap), 1), wire, slanted)
    passes(capsys, check_denser_article, "SLANTED", np.float64(gap) + 0.005, wire, slanted)


def test_denser_article_slips_get_their_own_hints(capsys, wire, slanted):
    gap = float(slanted.overall["author_per_100w"] - wire.overall["author_per_100w"])
    assert "name is not" in fails(capsys, check_denser_article, "wire", gap, wire, slanted)
    assert "which one is higher" in fails(capsys, check_denser_article, "wire", 1.0, wire, slanted)
    assert "negative" in fails(capsys, check_denser_article, "slanted", -gap, wire, slanted)
    assert "per 100 words" in fails(capsys, check_denser_article, "slanted", gap / 100, wire, slanted)
    speakers_gap = float(slanted.overall["quoted_per_100w"] - wire.overall["quoted_per_100w"])
    assert "speakers' voices" in fails(capsys, check_denser_article, "slanted", speakers_gap, wire, slanted)
    hits_gap = int(slanted.density["author_hits"].sum() - wire.density["author_hits"].sum())
    assert "number of hits" in fails(capsys, check_denser_article, "slanted", hits_gap, wire, slanted)
    assert "divide" in fails(capsys, check_denser_article, "slanted", float("inf"), wire, slanted)
    assert "one placeholder" in fails(capsys, check_denser_article, "slanted", None, wire, slanted)
    assert "'wire' or 'slanted'" in fails(capsys, check_denser_article, "both", gap, wire, slanted)


def test_denser_article_is_computed_from_its_inputs(capsys, small, wire, slanted):
    # a made-up pair where the first article is the denser one, and both densities are above 0
    plain = analyze(article_from_text("Council Meets\nThe council met on Monday. “We agreed,” Ana Ruiz said."))
    assert author_voice_density(small) > author_voice_density(plain) == 0
    gap = author_voice_density(small) - author_voice_density(plain)
    passes(capsys, check_denser_article, "loud", gap, small, plain, names=("loud", "quiet"))
    # the order of the arguments does not decide the answer
    passes(capsys, check_denser_article, "loud", gap, plain, small, names=("quiet", "loud"))
    # ratio and lone-density hints need a second density above 0
    assert author_voice_density(slanted) > author_voice_density(small) > 0
    ratio = author_voice_density(slanted) / author_voice_density(small)
    assert "how many times" in fails(capsys, check_denser_article, "b", ratio, small, slanted, names=("a", "b"))
    alone = author_voice_density(slanted)
    assert "alone" in fails(capsys, check_denser_article, "b", alone, small, slanted, names=("a", "b"))


def test_denser_article_equal_densities(capsys, wire):
    passes(capsys, check_denser_article, "neither", 0, wire, wire)
    assert "equal" in fails(capsys, check_denser_article, "wire", 0, wire, wire)


# --------------------------------------------------------------------------
# exercise 04.4: scare quotes


def test_scare_quotes_in_the_slanted_article(capsys, slanted):
    table = quotes_frame(slanted.quotes)
    right = int((table["kind"] == "scare").sum())  # the answer in the solutions
    assert right >= 1
    line = passes(capsys, check_scare_quotes, right, slanted.quotes)
    for text in table.loc[table["kind"] == "scare", "text"]:
        assert text in line
    passes(capsys, check_scare_quotes, np.int64(right), slanted)


def test_scare_quote_slips_get_their_own_hints(capsys, slanted):
    kinds = quotes_frame(slanted.quotes)["kind"].value_counts()
    partial, scare = int(kinds.get("partial", 0)), int(kinds.get("scare", 0))
    marked = int(kinds.get("direct", 0)) + partial + scare
    assert len({partial, partial + scare, marked, len(slanted.quotes)}) == 4  # each slip is told apart
    assert "partial quotes" in fails(capsys, check_scare_quotes, partial, slanted.quotes)
    assert "adds the partial" in fails(capsys, check_scare_quotes, partial + scare, slanted.quotes)
    assert "every pair" in fails(capsys, check_scare_quotes, marked, slanted.quotes)
    assert "paraphrases" in fails(capsys, check_scare_quotes, len(slanted.quotes), slanted.quotes)


def test_scare_quotes_are_computed_from_their_input(capsys, small, wire):
    assert [q.text for q in small.quotes if q.kind == "scare"] == ["temporary"]
    passes(capsys, check_scare_quotes, 1, small.quotes)
    passes(capsys, check_scare_quotes, 0, wire.quotes)
    fails(capsys, check_scare_quotes, 1, wire.quotes)
