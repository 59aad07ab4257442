"""The command line: help, info, and one-line errors with exit code 2."""
import json

import pytest

from conftest import SEED, run_cli


def test_help_lists_subcommands():
    r = run_cli("--help")
    assert r.returncode == 0
    assert "info" in r.stdout


def test_info_seed_json():
    r = run_cli("info", str(SEED), "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert len(data["paragraphs"]) == 21
    assert data["paragraphs"][11]["role"] == "credit"
    assert data["sentences"] > 30 and data["words"] > 900
    assert {"label", "count"} <= set(data["entities"][0])


def test_info_table_other_article(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Storm Hits Coast\nThe storm hit the coast on Monday, officials said.\n", encoding="utf-8")
    r = run_cli("info", str(f))
    assert r.returncode == 0, r.stderr
    assert "subheading" in r.stdout and "guesses" in r.stdout


def _bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin.txt").write_bytes("Caf\u00e9 cr\u00e8me".encode("latin-1"))
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)))
    (tmp_path / "big.txt").write_bytes(b"word " * (1024 * 1024 + 10))
    (tmp_path / "dir").mkdir()
    return ["missing.txt", "empty.txt", "latin.txt", "bin.txt", "big.txt", "dir"]


@pytest.mark.parametrize("sub", ["info", "quotes", "sources", "loaded", "report"])
def test_bad_input_is_one_line_exit_2(tmp_path, sub):
    for name in _bad_inputs(tmp_path):
        r = run_cli(sub, str(tmp_path / name))
        assert r.returncode == 2, (name, r.stderr)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), (name, r.stderr)
        assert "Traceback" not in r.stderr


def test_quotes_json_shape_and_offsets():
    r = run_cli("quotes", str(SEED), "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    text = open(SEED, encoding="utf-8").read()
    assert data["quotes"]
    for q in data["quotes"]:
        assert {"kind", "start", "end", "text", "speaker", "speaker_mention", "cue", "medium", "paragraph"} <= set(q)
        assert q["kind"] in {"direct", "partial", "indirect", "scare"}
        assert text[q["start"]:q["end"]] == q["text"]
        for key in ("speaker_mention", "cue"):
            if q[key] is not None:
                assert text[q[key]["start"]:q[key]["end"]] == q[key]["text"]
    speakers = {q["speaker"] for q in data["quotes"]}
    assert {"Kebab Diallo", "Fatoumata Doukara", "Pyotr Ilyichev", "Sergey Lavrov"} <= speakers
    assert any(q["medium"] == "RIA Novosti" for q in data["quotes"])


def test_quotes_table_and_warnings(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("He said “this never closes.\nThe river rose.\n“Fine,” Ana Ruiz said.\n", encoding="utf-8")
    r = run_cli("quotes", str(f))
    assert r.returncode == 0, r.stderr
    assert "Ana Ruiz" in r.stdout
    assert r.stderr.startswith("warning:") and len(r.stderr.strip().splitlines()) == 1


def test_quotes_no_quotes(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("The river rose by two metres overnight.\n", encoding="utf-8")
    r = run_cli("quotes", str(f))
    assert r.returncode == 0 and "No quotes found" in r.stdout
    r = run_cli("quotes", str(f), "--json")
    assert json.loads(r.stdout) == {"quotes": []}


def test_very_long_article_is_refused_in_one_line(tmp_path):
    f = tmp_path / "long.txt"
    f.write_text(("The council met on Monday and said the budget was ready. " * 20000 + "\n"), encoding="utf-8")
    r = run_cli("quotes", str(f))
    assert r.returncode == 2
    assert r.stderr.startswith("error: ") and "split it" in r.stderr and len(r.stderr.strip().splitlines()) == 1
