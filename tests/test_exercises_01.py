"""The notebook 01 checks in utils/exercises/nb01.py: right, wrong and placeholder answers.

Like the other notebooks' checks, each one must print exactly one line
(✅ ... or ❌ Not yet: ...), return True or False, work out the right answer
from the data it is given (the small made-up tables below prove that nothing
is hard-coded), and never raise on an odd answer.
"""
import json
import re

import numpy as np
import pandas as pd
import pytest
import spacy
from spacy.tokens import Span

from utils import exercises
from utils.article import DATA_DIR
from utils.exercises import (CLAIM_LABELS, check_claim_label, check_mention_only, check_nato_members,
                             check_quoted_share, check_wrong_labels, claim_label_options, mention_only_sources,
                             nato_members_on, quoted_share, wrong_label_rows)
from utils.nlp import entity_label_check, load_entity_gold, parse
from utils.quotes import extract_quotes
from utils.sources import source_table, sources_frame, unattributed_claims
from feedback_helpers import fails, one_line, passes  # noqa: E402

PLACEHOLDER = "❌ Not yet: replace the placeholder ___"
ODD_ANSWERS = ["seven", [1, 2], {"a": 1}, True, object(), pd.Series([1, 2]), pd.DataFrame({"a": [1]}), -3, 2.5]




# --------------------------------------------------------------------------
# fixtures: the seed as the notebook builds it, and small made-up data


@pytest.fixture(scope="module")
def gold():
    return load_entity_gold()


@pytest.fixture(scope="module")
def fixed_doc(seed_article):
    return parse(seed_article, fix=True)


@pytest.fixture(scope="module")
def seed_sources(fixed_doc):
    return source_table(fixed_doc, extract_quotes(fixed_doc))


@pytest.fixture(scope="module")
def seed_table(seed_sources):
    return sources_frame(seed_sources)


@pytest.fixture(scope="module")
def seed_claims(fixed_doc):
    return unattributed_claims(fixed_doc, extract_quotes(fixed_doc))


@pytest.fixture(scope="module")
def statement():
    return pd.read_csv(DATA_DIR / "joint_statement_2021-12-23.csv", dtype=str)


@pytest.fixture
def toy_table():
    """Five made-up sources on three sides: 120 words in quotation marks, 40 paraphrased."""
    return pd.DataFrame([
        {"name": "Ana Ruiz", "affiliation": "north", "cited_as": "direct", "quotes": 2,
         "words_quoted": 60, "words_paraphrased": 0},
        {"name": "Tomas Berg", "affiliation": "south", "cited_as": "direct, indirect", "quotes": 2,
         "words_quoted": 40, "words_paraphrased": 30},
        {"name": "the council", "affiliation": "south", "cited_as": "indirect", "quotes": 1,
         "words_quoted": 0, "words_paraphrased": 10},
        {"name": "the union", "affiliation": "east", "cited_as": "partial", "quotes": 1,
         "words_quoted": 20, "words_paraphrased": 0},
        {"name": "the mayor", "affiliation": "east", "cited_as": "mention only", "quotes": 0,
         "words_quoted": 0, "words_paraphrased": 0},
    ])


def make_doc(words, ents):
    """A Doc with entities set by hand (no model needed)."""
    doc = spacy.blank("en").make_doc(" ".join(words))
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


@pytest.fixture
def toy_entities():
    """A made-up text with four hand-checked names; the Doc gets two right, one wrong and misses one."""
    words = ["Lina", "met", "Oslo", "officials", "in", "Rome", "and", "Nice"]
    doc = make_doc(words, [(0, 1, "PERSON"), (2, 3, "PERSON"), (5, 6, "GPE")])
    text = doc.text
    names = [("Lina", "PERSON"), ("Oslo", "GPE"), ("Rome", "GPE"), ("Nice", "GPE")]
    gold = pd.DataFrame([{"start": text.index(n), "end": text.index(n) + len(n), "text": n, "label": label}
                         for n, label in names])
    return doc, gold


@pytest.fixture
def toy_statement():
    return pd.DataFrame([
        {"country": "Aland", "signed": "yes", "nato_member_on_2021-12-23": "yes", "nato_accession_date": "1949-04-04"},
        {"country": "Borduria", "signed": "yes", "nato_member_on_2021-12-23": "no", "nato_accession_date": "2030-01-01"},
        {"country": "Carpania", "signed": "yes", "nato_member_on_2021-12-23": "yes", "nato_accession_date": "2004-03-29"},
        {"country": "Dunland", "signed": "no", "nato_member_on_2021-12-23": "yes", "nato_accession_date": "1949-04-04"},
    ])


QUANTITY_CLAIM = {"text": "Nearly half of the 3,000 farms closed, though most are actually reopening.",
                  "why": "quantity claim: “nearly half”; certainty booster: “actually”"}
EVALUATIVE_CLAIM = {"text": "The plan has failed the town.", "why": "evaluative word: “failed”"}


# --------------------------------------------------------------------------
# shared


def test_new_checks_are_exported():
    for name in ("check_wrong_labels", "check_mention_only", "check_quoted_share", "check_claim_label",
                 "check_nato_members"):
        assert name in exercises.__all__
        assert callable(getattr(exercises, name))
    # the other notebooks' names are still there
    for name in ("check_body_paragraphs", "check_quote_pattern"):
        assert name in exercises.__all__


@pytest.mark.parametrize("placeholder", [None, ...])
def test_placeholder_gets_the_replace_message(capsys, placeholder, toy_table, toy_entities, toy_statement):
    doc, gold = toy_entities
    calls = [
        (check_wrong_labels, (placeholder, doc, gold)),
        (check_mention_only, (placeholder, toy_table)),
        (check_quoted_share, (placeholder, toy_table, "north")),
        (check_claim_label, (placeholder, "the word nearly half", QUANTITY_CLAIM)),
        (check_claim_label, ("opinion", placeholder, QUANTITY_CLAIM)),
        (check_nato_members, (placeholder, toy_statement)),
    ]
    for check, args in calls:
        assert fails(capsys, check, *args).startswith(PLACEHOLDER), check.__name__


@pytest.mark.parametrize("answer", ODD_ANSWERS, ids=lambda a: type(a).__name__)
def test_odd_answers_never_raise(capsys, answer, toy_table, toy_entities, toy_statement):
    doc, gold = toy_entities
    for check, args in [
        (check_wrong_labels, (answer, doc, gold)),
        (check_mention_only, (answer, toy_table)),
        (check_quoted_share, (answer, toy_table, "north")),
        (check_claim_label, (answer, "the farms closed, says the text", QUANTITY_CLAIM)),
        (check_claim_label, ("fact", answer, QUANTITY_CLAIM)),
        (check_nato_members, (answer, toy_statement)),
    ]:
        assert check(*args) in (True, False), check.__name__
        one_line(capsys)


# --------------------------------------------------------------------------
# exercise 01.1: wrong labels


def test_wrong_labels_on_the_seed(capsys, seed_doc, fixed_doc, gold):
    check = entity_label_check(seed_doc, gold)
    right = int((~check["correct"]).sum())
    assert right == len(wrong_label_rows(seed_doc, gold)) > 0
    line = passes(capsys, check_wrong_labels, right, seed_doc, gold)
    assert f"{right} of the {len(check)}" in line
    passes(capsys, check_wrong_labels, np.int64(right), seed_doc, gold)
    passes(capsys, check_wrong_labels, float(right), seed_doc, gold)
    # the fixed Doc is right everywhere, so 0 is its answer
    assert entity_label_check(fixed_doc, gold)["correct"].all()
    passes(capsys, check_wrong_labels, 0, fixed_doc, gold)


def test_wrong_labels_hints_on_the_seed(capsys, seed_doc, gold):
    check = entity_label_check(seed_doc, gold)
    total, wrong = len(check), int((~check["correct"]).sum())
    assert "every hand-checked name" in fails(capsys, check_wrong_labels, total, seed_doc, gold)
    assert "RIGHTLY" in fails(capsys, check_wrong_labels, total - wrong, seed_doc, gold)
    assert "after the fixes" in fails(capsys, check_wrong_labels, 0, seed_doc, gold)
    assert "share" in fails(capsys, check_wrong_labels, round(wrong / total, 2), seed_doc, gold)
    assert "accuracy" in fails(capsys, check_wrong_labels, round(1 - wrong / total, 2), seed_doc, gold)
    assert "without quotes" in fails(capsys, check_wrong_labels, str(wrong), seed_doc, gold)
    person = int((check.loc[~check["correct"], "predicted"] == "PERSON").sum())
    assert "labelled PERSON" in fails(capsys, check_wrong_labels, person, seed_doc, gold)


def test_wrong_labels_on_made_up_names(capsys, toy_entities):
    doc, gold = toy_entities
    # Oslo is labelled PERSON, Nice is not found: 2 wrong of 4
    line = passes(capsys, check_wrong_labels, 2, doc, gold)
    assert "2 of the 4" in line and "1 of them labelled PERSON, 1 not found" in line
    assert "labelled PERSON" in fails(capsys, check_wrong_labels, 1, doc, gold)
    assert "every hand-checked name" in fails(capsys, check_wrong_labels, 4, doc, gold)


# --------------------------------------------------------------------------
# exercise 01.2: mention only


def test_mention_only_on_the_seed(capsys, seed_sources, seed_table):
    names = mention_only_sources(seed_table)
    assert names == mention_only_sources(seed_sources)
    assert names == list(seed_table.loc[seed_table["cited_as"] == "mention only", "name"])
    right = len(names)
    assert right > 0
    passes(capsys, check_mention_only, right, seed_table)
    passes(capsys, check_mention_only, right, seed_sources)
    passes(capsys, check_mention_only, (seed_table["quotes"] == 0).sum(), seed_table)  # a NumPy integer


def test_mention_only_hints(capsys, toy_table):
    assert mention_only_sources(toy_table) == ["the mayor"]
    line = passes(capsys, check_mention_only, 1, toy_table)
    assert "1 of the 5 sources" in line and "'the mayor'" in line
    assert "every source" in fails(capsys, check_mention_only, 5, toy_table)
    assert "DO have words" in fails(capsys, check_mention_only, 4, toy_table)
    # the council has no words in quotation marks but is paraphrased: 2 sources with words_quoted == 0
    assert "paraphrased" in fails(capsys, check_mention_only, 2, toy_table)
    assert "how many" in fails(capsys, check_mention_only, ["the mayor"], toy_table)
    assert "not their names" in fails(capsys, check_mention_only, ["the union"], toy_table)
    assert "without quotes" in fails(capsys, check_mention_only, "1", toy_table)


# --------------------------------------------------------------------------
# exercise 01.3: one side's share of the quoted words


def test_quoted_share_on_the_seed(capsys, seed_sources, seed_table):
    for side in sorted(set(seed_table["affiliation"])):
        right = quoted_share(seed_table, side)
        assert right == pytest.approx(quoted_share(seed_sources, side))
        own = seed_table.loc[seed_table["affiliation"] == side, "words_quoted"].sum()
        assert right == pytest.approx(own / seed_table["words_quoted"].sum())
        passes(capsys, check_quoted_share, right, seed_table, side)
        passes(capsys, check_quoted_share, round(right, 3), seed_sources, side)


def test_quoted_share_agrees_with_words_by_side(seed_sources):
    from utils.sources import words_by_side

    sides = words_by_side(seed_sources)
    for row in sides.itertuples(index=False):
        assert quoted_share(seed_sources, row.affiliation) == pytest.approx(row.share_of_quoted_words, abs=0.0006)


def test_quoted_share_hints(capsys, toy_table):
    # north: 60 of 120 quoted words, none of the 40 paraphrased
    line = passes(capsys, check_quoted_share, 0.5, toy_table, "north")
    assert "60 of the 120" in line
    passes(capsys, check_quoted_share, 0.5004, toy_table, "north")
    assert "between 0 and 1" in fails(capsys, check_quoted_share, 50.0, toy_table, "north")
    # south: 40 of 120 quoted (1/3), 40 of 40 paraphrased, 80 of 160 words in all
    assert "number of words" in fails(capsys, check_quoted_share, 40, toy_table, "south")
    assert "PARAPHRASED" in fails(capsys, check_quoted_share, 1.0, toy_table, "south")
    assert "ALL words" in fails(capsys, check_quoted_share, 0.5, toy_table, "south")
    assert "EXCEPT" in fails(capsys, check_quoted_share, 0.6667, toy_table, "south")
    # east: 20 of 120
    assert "'east'" in fails(capsys, check_quoted_share, 0.1667, toy_table, "south")
    assert "without quotes" in fails(capsys, check_quoted_share, "0.3", toy_table, "south")
    assert "table or a column" in fails(capsys, check_quoted_share, toy_table["words_quoted"], toy_table, "south")


def test_quoted_share_rounding_hint(capsys):
    table = pd.DataFrame([{"name": "a", "affiliation": "x", "quotes": 1, "words_quoted": 2, "words_paraphrased": 0},
                          {"name": "b", "affiliation": "y", "quotes": 1, "words_quoted": 279, "words_paraphrased": 0}])
    passes(capsys, check_quoted_share, 0.007, table, "x")
    assert "two decimal places" in fails(capsys, check_quoted_share, 0.01, table, "x")
    # a percentage, whether above 1 or below it, gets its own hint
    assert "looks like a percentage" in fails(capsys, check_quoted_share, 0.71, table, "x")
    assert "looks like a percentage" in fails(capsys, check_quoted_share, 0.7, table, "x")
    line = fails(capsys, check_quoted_share, 99.3, table, "x")  # everyone else's share, as a percentage
    assert "more than 1" in line and "percentage" in line


def test_quoted_share_percentage_hints(capsys, toy_table):
    line = fails(capsys, check_quoted_share, 50, toy_table, "north")
    assert "looks like a percentage" in line and "divide by 100" in line
    line = fails(capsys, check_quoted_share, 12.5, toy_table, "north")  # matches nothing, but more than 1
    assert "more than 1" in line and "between 0 and 1" in line
    # the word count keeps its own hint, although it is more than 1 too
    assert "number of words" in fails(capsys, check_quoted_share, 60, toy_table, "north")


def test_quoted_share_rejects_an_unknown_side(toy_table):
    with pytest.raises(ValueError, match="affiliation"):
        check_quoted_share(0.5, toy_table, "west")


# --------------------------------------------------------------------------
# exercise 01.4: classify a claim


def test_claim_label_options_follow_the_markers():
    assert claim_label_options(QUANTITY_CLAIM) == {"fact that needs a source", "loaded framing"}
    assert claim_label_options(EVALUATIVE_CLAIM) == {"opinion", "loaded framing"}
    assert claim_label_options({"text": "x", "why": "causal claim: “due to”"}) == {"fact that needs a source",
                                                                                  "opinion"}
    assert claim_label_options({"text": "x", "why": ""}) == set(CLAIM_LABELS)


def test_claim_label_accepts_defensible_labels_with_evidence(capsys):
    line = passes(capsys, check_claim_label, "fact that needs a source",
                  "The 3,000 farms could be counted by someone", QUANTITY_CLAIM)
    assert "“the 3,000 farms”" in line and "'loaded framing'" in line
    passes(capsys, check_claim_label, "Loaded framing", "the word actually makes it sound settled", QUANTITY_CLAIM)
    passes(capsys, check_claim_label, "fact", "nearly half is a number without a source", QUANTITY_CLAIM)
    passes(capsys, check_claim_label, "opinion", "whether a plan failed is a judgement", EVALUATIVE_CLAIM)
    # a quoted phrase of two or more words from the claim is enough on its own
    line = passes(capsys, check_claim_label, "fact", "“nearly half”", QUANTITY_CLAIM)
    assert "“nearly half”" in line
    passes(capsys, check_claim_label, "fact", "3,000 farms closed", QUANTITY_CLAIM)


def test_claim_label_accepts_every_label_the_markers_justify(capsys):
    claim = {"text": "The war has devastated the region, due to the blockade.",
             "why": "evaluative word: “devastated”; causal claim: “due to”"}
    assert claim_label_options(claim) == set(CLAIM_LABELS)
    for label in CLAIM_LABELS:
        passes(capsys, check_claim_label, label, "the word devastated judges the damage", claim)


def test_claim_label_is_not_fooled_by_one_common_word(capsys):
    # "most" is in the claim, but it is a common word and only part of no marker on its own
    claim = {"text": "Most farms have closed, though the rest are actually reopening.",
             "why": "certainty booster: “actually”"}
    line = fails(capsys, check_claim_label, "fact", "most people would say so", claim)
    assert "only common words" in line and "“most”" in line
    # the words of the task are no evidence either, even if the claim contains them
    fact_claim = {"text": "In fact the plan failed, a source says.", "why": "evaluative word: “failed”"}
    assert "only common words" in fails(capsys, check_claim_label, "opinion",
                                        "this is a fact that needs a source", fact_claim)
    # two common words in a row are no quoted phrase
    assert "at least four words" in fails(capsys, check_claim_label, "fact", "though the", claim)
    # but a marker of several common words, quoted whole, is evidence
    multi = {"text": "Most are shifting south, toward the border.", "why": "quantity claim: “most are”"}
    assert "“most are”" in passes(capsys, check_claim_label, "fact", "the words most are count people", multi)
    assert "only common words" in fails(capsys, check_claim_label, "fact", "most people would say so", multi)


def test_claim_label_hints(capsys):
    line = fails(capsys, check_claim_label, "opinion", "nearly half is only a feeling", QUANTITY_CLAIM)
    assert "quantity claim" in line and "class discussion" in line
    assert "not one of the three" in fails(capsys, check_claim_label, "propaganda", "the farms closed here",
                                           QUANTITY_CLAIM)
    assert "in quotes" in fails(capsys, check_claim_label, 3, "the farms closed here", QUANTITY_CLAIM)
    assert "at least four words" in fails(capsys, check_claim_label, "fact", "farms", QUANTITY_CLAIM)
    assert "does not quote the claim" in fails(capsys, check_claim_label, "fact", "it is just so obvious to me",
                                               QUANTITY_CLAIM)
    # small words do not count as evidence
    assert "does not quote the claim" in fails(capsys, check_claim_label, "fact", "the the of the and",
                                               QUANTITY_CLAIM)


def test_claim_label_on_the_seed_claim(capsys, seed_claims):
    claim = next(c for c in seed_claims if c.paragraph == 9)
    options = claim_label_options(claim)
    assert options
    word = next(w for w in re.findall(r"[A-Za-z]{5,}", claim.text))
    reason = f"because of the word “{word}” in it"
    for label in options:
        passes(capsys, check_claim_label, label, reason, claim)
    for label in set(CLAIM_LABELS) - options:
        fails(capsys, check_claim_label, label, reason, claim)
    # a row of claims_frame works too
    from utils.sources import claims_frame

    row = claims_frame([claim]).iloc[0]
    assert claim_label_options(row) == options


# --------------------------------------------------------------------------
# exercise 01.5: NATO members on a date


def test_nato_members_on_the_statement_csv(capsys, statement):
    members = nato_members_on(statement, "2021-12-23")
    signed = statement[statement["signed"] == "yes"]
    assert len(members) == int((signed["nato_accession_date"] <= "2021-12-23").sum())
    # the file's own column agrees with the dates
    assert set(members) == set(signed.loc[signed["nato_member_on_2021-12-23"] == "yes", "country"])
    line = passes(capsys, check_nato_members, len(members), statement)
    assert f"{len(members)} of the {len(signed)} signatories" in line
    assert "signatories" in fails(capsys, check_nato_members, len(signed), statement)
    assert "no more than" in fails(capsys, check_nato_members, len(signed) + 1, statement)


def test_nato_members_on_made_up_data(capsys, toy_statement):
    # Dunland did not sign; Borduria joins in 2030
    assert nato_members_on(toy_statement, "2021-12-23") == ["Aland", "Carpania"]
    assert nato_members_on(toy_statement, "2000-01-01") == ["Aland"]
    line = passes(capsys, check_nato_members, 2, toy_statement)
    assert "2 of the 3 signatories" in line and "Borduria joined later" in line
    passes(capsys, check_nato_members, 1, toy_statement, date="2000-01-01")
    assert "NOT members" in fails(capsys, check_nato_members, 1, toy_statement)
    assert "number of signatories" in fails(capsys, check_nato_members, 3, toy_statement)
    assert "no more than 3" in fails(capsys, check_nato_members, 4, toy_statement)


def test_nato_members_hint_when_the_column_disagrees_with_the_dates(capsys, toy_statement):
    table = toy_statement.copy()
    table.loc[table["country"] == "Borduria", "nato_member_on_2021-12-23"] = "yes"  # a stale yes/no cell
    table = pd.concat([table, pd.DataFrame([{"country": "Eldia", "signed": "yes", "nato_member_on_2021-12-23": "no",
                                             "nato_accession_date": "2022-06-01"}])], ignore_index=True)
    assert nato_members_on(table) == ["Aland", "Carpania"]
    passes(capsys, check_nato_members, 2, table)
    # the yes/no column says 3 (Aland, Borduria, Carpania); the dates say 2
    assert "accession dates give another answer" in fails(capsys, check_nato_members, 3, table)


# --------------------------------------------------------------------------
# the notebook uses the checks as documented


def test_notebook_calls_every_check_with_a_placeholder():
    nb = json.loads((DATA_DIR.parent / "notebooks" / "01_sourcing.ipynb").read_text(encoding="utf-8"))
    sources = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
    for name in ("check_wrong_labels", "check_mention_only", "check_quoted_share", "check_claim_label",
                 "check_nato_members"):
        assert any(s.startswith(f"done = {name}(") for s in sources), name
    assert sum("= ___" in s for s in sources) >= 5
