"""The exercise checks in utils/exercises/nb00.py: right, wrong and placeholder answers.

Each check must print exactly one line (✅ ... or ❌ Not yet: ...), return
True or False, work out the right answer from the data it is given (the
small made-up texts below prove nothing is hard-coded), and never raise
on an odd answer.
"""
import inspect

import numpy as np
import pandas as pd
import pytest
import spacy
from spacy.tokens import Span

from utils import exercises
from utils.article import article_from_text
from utils.exercises import (_feedback, check_body_paragraphs, check_most_frequent_label,
                             check_person_also_place, check_sentences_in_paragraph, person_place_texts)
from utils.nlp import parse
from feedback_helpers import fails, one_line, passes  # noqa: E402

PLACEHOLDER = "❌ Not yet: replace the placeholder ___"




def make_doc(words: list[str], ents: list[tuple[int, int, str]]):
    """A Doc with entities set by hand (no model needed)."""
    doc = spacy.blank("en").make_doc(" ".join(words))
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


# --------------------------------------------------------------------------
# shared helper


def test_feedback_prints_one_line_and_returns_ok(capsys):
    assert _feedback(True, "Well done: yes.", "no") is True
    assert one_line(capsys) == "✅ Well done: yes."
    assert _feedback(False, "yes", "try again.") is False
    assert one_line(capsys) == "❌ Not yet: try again."


def test_every_check_has_a_docstring_and_type_hints():
    checks = [f for name, f in inspect.getmembers(exercises, inspect.isfunction) if name.startswith("check_")]
    assert len(checks) >= 4
    for f in checks:
        assert f.__doc__ and f.__doc__.strip(), f.__name__
        hints = inspect.signature(f).parameters
        assert all(p.annotation is not inspect.Parameter.empty for p in hints.values()), f.__name__
        assert inspect.signature(f).return_annotation in (bool, "bool"), f.__name__


@pytest.mark.parametrize("check", [check_body_paragraphs, check_sentences_in_paragraph,
                                   check_most_frequent_label, check_person_also_place])
@pytest.mark.parametrize("placeholder", [None, ...])
def test_placeholder_gets_the_replace_message(capsys, seed_article, seed_doc, check, placeholder):
    data = seed_article if check is check_body_paragraphs else seed_doc
    assert fails(capsys, check, placeholder, data).startswith(PLACEHOLDER)


# --------------------------------------------------------------------------
# exercise 1: body paragraphs


def test_body_paragraphs_right(capsys, seed_article):
    line = passes(capsys, check_body_paragraphs, 18, seed_article)
    assert "18 of the 21" in line and "caption, credit and subheading" in line
    # what students' code returns: NumPy integers and the .sum() of a Series
    paras = pd.Series([p.role for p in seed_article.paragraphs])
    passes(capsys, check_body_paragraphs, (paras == "body").sum(), seed_article)
    passes(capsys, check_body_paragraphs, np.int64(18), seed_article)
    passes(capsys, check_body_paragraphs, 18.0, seed_article)


def test_body_paragraphs_wrong(capsys, seed_article):
    assert "every paragraph" in fails(capsys, check_body_paragraphs, 21, seed_article)
    assert "NOT body text" in fails(capsys, check_body_paragraphs, 3, seed_article)
    assert "role is exactly 'body'" in fails(capsys, check_body_paragraphs, 17, seed_article)
    assert "without quotes" in fails(capsys, check_body_paragraphs, "18", seed_article)
    assert "True or False" in fails(capsys, check_body_paragraphs, True, seed_article)
    assert "len(" in fails(capsys, check_body_paragraphs, pd.Series([1, 2]), seed_article)
    fails(capsys, check_body_paragraphs, 17.5, seed_article)


def test_body_paragraphs_computed_from_the_article(capsys):
    art = article_from_text("A Short Heading\nThe first paragraph of the text, with a full stop.\n"
                            "The second one, which ends too.\n")
    assert [p.role for p in art.paragraphs] == ["subheading", "body", "body"]
    passes(capsys, check_body_paragraphs, 2, art)
    fails(capsys, check_body_paragraphs, 18, art)


# --------------------------------------------------------------------------
# exercise 2: sentences in a paragraph


def test_sentences_in_paragraph_right(capsys, seed_doc):
    assert "paragraph 1 into 4 sentences" in passes(capsys, check_sentences_in_paragraph, 4, seed_doc)
    assert "paragraph 0 into 2" in passes(capsys, check_sentences_in_paragraph, 2, seed_doc, paragraph=0)


def test_sentences_in_paragraph_wrong(capsys, seed_doc):
    assert "whole article" in fails(capsys, check_sentences_in_paragraph, 37, seed_doc)
    assert "counts from 0" in fails(capsys, check_sentences_in_paragraph, 2, seed_doc)
    assert "start_char" in fails(capsys, check_sentences_in_paragraph, 9, seed_doc)
    assert "without quotes" in fails(capsys, check_sentences_in_paragraph, "4", seed_doc)


def test_sentences_in_paragraph_computed_from_the_doc(capsys):
    doc = parse(article_from_text("Heading Here\nThe minister spoke on Monday. She said the plan was ready. "
                                  "Nobody asked any questions.\n\nThat was all."))
    passes(capsys, check_sentences_in_paragraph, 3, doc)
    passes(capsys, check_sentences_in_paragraph, 1, doc, paragraph=2)
    fails(capsys, check_sentences_in_paragraph, 4, doc)


def test_sentences_in_paragraph_needs_parse_and_a_real_paragraph(seed_doc):
    with pytest.raises(ValueError, match="utils.parse"):
        check_sentences_in_paragraph(1, make_doc(["One", "."], []))
    with pytest.raises(ValueError, match="between 0 and 20"):
        check_sentences_in_paragraph(1, seed_doc, paragraph=21)


# --------------------------------------------------------------------------
# exercise 3: most frequent label


def test_most_frequent_label_right(capsys, seed_doc):
    line = passes(capsys, check_most_frequent_label, "ORG", seed_doc)
    assert "31 of 142" in line and "PERSON with 30" in line
    passes(capsys, check_most_frequent_label, " org ", seed_doc)


def test_most_frequent_label_wrong(capsys, seed_doc):
    assert "appears 30 times" in fails(capsys, check_most_frequent_label, "PERSON", seed_doc)
    assert "text of an entity" in fails(capsys, check_most_frequent_label, "Mali", seed_doc)
    assert "CARDINAL, DATE" in fails(capsys, check_most_frequent_label, "CITY", seed_doc)
    assert "in quotes" in fails(capsys, check_most_frequent_label, 31, seed_doc)
    assert "in quotes" in fails(capsys, check_most_frequent_label, ["ORG"], seed_doc)


def test_most_frequent_label_computed_and_ties(capsys):
    doc = make_doc(["Ann", "met", "Bob", "in", "Rome", "and", "Oslo", "on", "Monday"],
                   [(0, 1, "PERSON"), (2, 3, "PERSON"), (4, 5, "GPE"), (6, 7, "GPE"), (8, 9, "DATE")])
    passes(capsys, check_most_frequent_label, "PERSON", doc)
    passes(capsys, check_most_frequent_label, "GPE", doc)
    fails(capsys, check_most_frequent_label, "DATE", doc)
    fails(capsys, check_most_frequent_label, "ORG", make_doc(["Nothing", "here"], []))


# --------------------------------------------------------------------------
# exercise 4: PERSON in one place, a place in another


def test_person_place_texts_on_seed(seed_doc):
    assert person_place_texts(seed_doc) == ["Bamako", "Mali"]


def test_person_also_place_right(capsys, seed_doc):
    line = passes(capsys, check_person_also_place, ["Mali", "Bamako"], seed_doc)
    assert "'Bamako' and 'Mali'" in line
    passes(capsys, check_person_also_place, ("Bamako", "Mali", "Mali"), seed_doc)
    passes(capsys, check_person_also_place, {"Mali ", "Bamako"}, seed_doc)
    passes(capsys, check_person_also_place, pd.Series(["Bamako", "Mali"]), seed_doc)


def test_person_also_place_wrong(capsys, seed_doc):
    assert "1 of the 2" in fails(capsys, check_person_also_place, ["Mali"], seed_doc)
    line = fails(capsys, check_person_also_place, ["Mali", "Bamako", "Sahel"], seed_doc)
    assert "'Sahel' is labelled PERSON but never GPE or LOC" in line
    assert "'France' is never labelled PERSON" in fails(
        capsys, check_person_also_place, ["Mali", "Bamako", "France"], seed_doc)
    assert "spelled 'Mali'" in fails(capsys, check_person_also_place, ["mali", "Bamako"], seed_doc)
    assert "not an entity" in fails(capsys, check_person_also_place, ["Mali", "Bamako", "Timbuktu"], seed_doc)
    assert "in a list" in fails(capsys, check_person_also_place, "Mali", seed_doc)
    # several texts typed as one string: the hint shows the list form without giving the answer away
    for answer in ("Mali, Bamako", ["Mali, Bamako"], "Bamako; Mali"):
        line = fails(capsys, check_person_also_place, answer, seed_doc)
        assert '["A", "B"]' in line and "Mali" not in line and "Bamako" not in line, line
    assert "list of entity texts" in fails(capsys, check_person_also_place, [1, 2], seed_doc)
    assert "list of entity texts" in fails(capsys, check_person_also_place, 42, seed_doc)
    fails(capsys, check_person_also_place, [], seed_doc)


def test_person_also_place_computed_from_the_doc(capsys):
    doc = make_doc(["Paris", "met", "Paris", "in", "Rome", "near", "Rome"],
                   [(0, 1, "PERSON"), (2, 3, "GPE"), (4, 5, "LOC"), (6, 7, "ORG")])
    passes(capsys, check_person_also_place, ["Paris"], doc)
    fails(capsys, check_person_also_place, ["Mali", "Bamako"], doc)
    assert "no entity" in passes(capsys, check_person_also_place, [], make_doc(["Quiet", "day"], []))
