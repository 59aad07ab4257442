"""The scorer: matching rule, families, speaker normalisation, error table."""
from utils.evaluate import errors_frame, match, normalise_speaker, overlap, score


def q(kind, start, end, speaker=None, text="x"):
    return {"kind": kind, "start": start, "end": end, "speaker": speaker, "text": text, "medium": None, "cue": None}


def test_overlap_is_relative_to_the_longer_span():
    assert overlap(q("direct", 0, 10), q("direct", 0, 5)) == 0.5
    assert overlap(q("direct", 0, 10), q("direct", 20, 30)) == 0


def test_direct_and_partial_are_one_family():
    pairs = match([q("partial", 0, 10)], [q("direct", 0, 10)])
    assert pairs[0][0] is not None and pairs[0][1] is not None


def test_indirect_does_not_match_direct():
    s = score([q("indirect", 0, 10)], [q("direct", 0, 10)])
    assert s["all"]["tp"] == 0 and s["all"]["fp"] == 1 and s["all"]["fn"] == 1


def test_below_threshold_is_a_miss():
    s = score([q("direct", 0, 4)], [q("direct", 0, 10)])
    assert s["quoted"]["recall"] == 0.0


def test_speaker_accuracy_uses_normalised_names():
    assert normalise_speaker("The EU") == normalise_speaker("EU")
    assert normalise_speaker("Ms Colby") == normalise_speaker("Colby")
    s = score([q("direct", 0, 10, "the US")], [q("direct", 0, 10, "US")])
    assert s["speaker_accuracy"] == 1.0
    s = score([q("direct", 0, 10, "Ilyichev")], [q("direct", 0, 10, "Pyotr Ilyichev")])
    assert s["speaker_accuracy"] == 0.0


def test_each_gold_matches_once():
    s = score([q("direct", 0, 10), q("direct", 0, 10)], [q("direct", 0, 10)])
    assert s["quoted"]["tp"] == 1 and s["quoted"]["fp"] == 1


def test_error_table_names_each_error():
    df = errors_frame([q("direct", 0, 10, "A"), q("scare", 50, 60)], [q("direct", 0, 10, "B"), q("indirect", 20, 30)])
    assert sorted(df["error"]) == ["missed", "spurious", "wrong speaker"]


def test_a_middle_name_left_out_is_the_same_speaker_but_another_first_name_is_not():
    from utils.evaluate import same_speaker
    assert same_speaker("Elspeth Mary Caraway", "Elspeth Caraway")
    assert same_speaker("Dr Elspeth Caraway", "elspeth caraway")
    assert not same_speaker("Mary Caraway", "Elspeth Caraway")
    assert not same_speaker("Caraway", "Elspeth Caraway")  # a surname alone is not the full name
    assert not same_speaker(None, "Elspeth Caraway")


def test_a_nickname_inside_a_name_is_left_out_when_comparing():
    from utils.evaluate import same_speaker
    assert same_speaker('Marek "Solace" Dvorak', "Marek Dvorak")
    assert same_speaker("Margaret “Peg” Dunleavy", "Margaret Dunleavy")
