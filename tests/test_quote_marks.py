"""Pairing quotation marks: every kind and mix, apostrophes, broken pairs."""
import pytest
from hypothesis import given, settings, strategies as st

from utils.article import split_paragraphs
from utils.quote_marks import find_quote_marks, unbalanced_marks


def contents(text):
    return [text[q.start:q.end] for q in find_quote_marks(text, split_paragraphs(text))]


@pytest.mark.parametrize("text, expected", [
    ('He said "yes" today.', ["yes"]),
    ("He said “yes” today.", ["yes"]),
    ("“Mixed,\" he said.", ["Mixed,"]),
    ('"Mixed the other way,” he said.', ["Mixed the other way,"]),
    ("Sie sagte: „Wir bleiben.“ Dann ging sie.", ["Wir bleiben."]),
    ("Il a dit : « Nous restons. » Puis il est parti.", [" Nous restons. "]),
    ("‘We will not go,’ the minister said.", ["We will not go,"]),
    ("'We will not go,' the minister said.", ["We will not go,"]),
    ("“He told me ‘never again’,” she said.", ["He told me ‘never again’,"]),
])
def test_kinds_and_mixes(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize("text", [
    "We don’t know. It’s Russia’s choice.",
    "The players’ union met in the ’90s to talk rock ’n’ roll.",
    "Don't worry, it's the workers' party.",
])
def test_apostrophes_are_not_quotes(text):
    assert contents(text) == []


def test_possessive_inside_a_british_quote():
    text = "‘The players’ union is strong,’ he said."
    assert contents(text) == ["The players’ union is strong,"]


def test_broken_pair_is_skipped_and_the_rest_kept():
    text = "He said “this never closes. Then “the rest” was fine."
    assert "the rest" in contents(text)


def test_unclosed_quote_stops_at_the_tag():
    text = "“We will be back, she said. Nobody believed her."
    assert contents(text) == ["We will be back,"]


def test_quote_continues_into_next_paragraph():
    text = "“First part of a long quote.\n“Second part,” she said."
    qs = find_quote_marks(text, split_paragraphs(text))
    assert [(text[q.start:q.end], q.note) for q in qs] == [
        ("First part of a long quote.", "continues"), ("Second part,", "")]


def test_missing_opening_mark():
    text = "We are ready to talk,” the minister said."
    assert contents(text) == ["We are ready to talk,"]


def test_unbalanced_warning_offsets():
    text = "He said “yes and left.\nAll “fine” here."
    assert unbalanced_marks(text, split_paragraphs(text)) == [8]


MARKS = st.sampled_from(list("\"'“”‘’«»„ \n.,:;!?aZ0é–") + ["  ", "\n\n", "’s", "n’t", "said", "she added"])


@settings(max_examples=300, deadline=None)
@given(st.lists(MARKS, max_size=60).map("".join))
def test_spans_always_inside_and_never_cross_paragraphs(text):
    paras = split_paragraphs(text)
    for q in find_quote_marks(text, paras):
        assert 0 <= q.start <= q.end <= len(text)
        s, e = paras[q.paragraph]
        assert s <= q.start and q.end <= e
