"""Quote attribution on short texts written for these tests, one pattern each."""
import json

from hypothesis import HealthCheck, given, settings, strategies as st

from utils.quotes import quotes_from_text, quotes_frame


def one(text, kind=None):
    qs = [q for q in quotes_from_text(text) if kind is None or q.kind == kind]
    return qs


def test_speaker_after_quote():
    [q] = one("“The bridge will reopen in May,” Dana Whitfield said.")
    assert (q.kind, q.speaker, q.cue.text, q.speaker_mention.text) == ("direct", "Dana Whitfield", "said", "Dana Whitfield")


def test_inverted_with_unnamed_speaker():
    [q] = one("“Nobody was hurt,” said a fire service spokeswoman.")
    assert q.kind == "direct" and q.speaker == "fire service spokeswoman"


def test_colon_introduction_and_pronoun():
    text = "Council leader Priya Nandakumar spoke after the vote.\nShe said: “This is a fair budget.”"
    [q] = one(text)
    assert (q.kind, q.speaker, q.speaker_mention.text) == ("direct", "Priya Nandakumar", "She")


def test_split_quote_gives_two_quotes_one_speaker():
    text = "“We tried,” Tomasz Wierzbicki said, “but the river rose too fast.”"
    qs = one(text)
    assert [q.text for q in qs] == ["We tried,", "but the river rose too fast."]
    assert {q.speaker for q in qs} == {"Tomasz Wierzbicki"}


def test_surname_resolves_to_full_name():
    text = ("Harbour master Ingrid Solberg closed the port on Monday.\n"
            "“The swell is too high for the ferries,” Solberg told reporters.")
    [q] = one(text)
    assert (q.speaker, q.speaker_mention.text, q.medium) == ("Ingrid Solberg", "Solberg", "reporters")


def test_appositive_and_told_outlet():
    text = "“We are tired,” Amadou Sow, a baker in the old town, told Radio Delta on Friday."
    [q] = one(text)
    assert (q.speaker, q.speaker_mention.text, q.medium) == ("Amadou Sow", "Amadou Sow", "Radio Delta")


def test_role_noun_resolves_to_the_person():
    text = ("Finance Minister Clara Oyelaran presented the plan on Tuesday.\n"
            "“It is a responsible budget,” the minister said.")
    [q] = one(text)
    assert q.speaker == "Clara Oyelaran"


def test_continuation_paragraph_inherits_speaker():
    text = ("“We lost everything in one night,” said farmer Joseph Mwangi.\n"
            "“The water came through the door before we could move the animals.”")
    qs = one(text)
    assert [q.speaker for q in qs] == ["Joseph Mwangi", "Joseph Mwangi"]


def test_multi_paragraph_quote():
    text = ("“The first problem is money,” said union leader Rosa Delgado. “The second is time.\n"
            "“And the third is trust.”")
    qs = one(text)
    assert [q.speaker for q in qs] == ["Rosa Delgado"] * 3


def test_partial_quote_has_the_speaker():
    text = "Mayor Lena Brandt said the plan was “dead on arrival” and promised a new one."
    qs = one(text, "partial")
    assert [(q.text, q.speaker) for q in qs] == [("dead on arrival", "Lena Brandt")]


def test_scare_quote_has_no_speaker():
    [q] = one("The company’s “restructuring” left 300 people without work.")
    assert (q.kind, q.speaker) == ("scare", None)


def test_indirect_with_that_and_medium():
    text = "Police chief Omar Haddad told the Gazette that the suspect had left the country."
    [q] = one(text, "indirect")
    assert (q.text, q.speaker, q.cue.text, q.medium) == (
        "the suspect had left the country", "Omar Haddad", "told", "Gazette")


def test_indirect_participle_inherits_subject():
    text = "Judge Maria Castell adjourned the case, noting that the defence needed more time."
    [q] = one(text, "indirect")
    assert (q.speaker, q.cue.text) == ("Maria Castell", "noting")


def test_according_to():
    text = "According to the health ministry, 40 people were treated in hospital."
    [q] = one(text, "indirect")
    assert q.speaker == "health ministry" and q.text.startswith("40 people")


def test_unresolvable_pronoun_is_null_not_guessed():
    [q] = one("“It will rain,” she said.")
    assert q.speaker is None and q.speaker_mention.text == "she"


def test_no_quotes():
    assert quotes_from_text("The river rose by two metres overnight.") == []


def test_frame_has_every_column():
    df = quotes_frame(quotes_from_text("“Yes,” Ana Ruiz said."))
    assert list(df.columns)[:6] == ["kind", "speaker", "text", "cue", "medium", "paragraph"]


WORDS = st.sampled_from(["said", "she", "he", "told", "Ana Ruiz", "the minister", "that", "according to",
                         "“", "”", "\"", "'", "‘", "’", "«", "»", ",", ".", ":", "\n", "\n\n", " ", "We",
                         "won’t", "go", "é", "🙂", "\u200b", "\t", "—"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, min_size=1, max_size=40).map(" ".join))
def test_never_crashes_and_spans_match(text):
    if not text.strip():
        return
    for q in quotes_from_text(text):
        d = q.to_dict()
        assert 0 <= d["start"] <= d["end"] <= len(text)
        assert text[d["start"]:d["end"]] == d["text"]
        for key in ("speaker_mention", "cue"):
            if d[key]:
                assert text[d[key]["start"]:d[key]["end"]] == d[key]["text"]
        json.dumps(d)
