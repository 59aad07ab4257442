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


@pytest.mark.parametrize("sub", ["info"])
def test_bad_input_is_one_line_exit_2(tmp_path, sub):
    for name in _bad_inputs(tmp_path):
        r = run_cli(sub, str(tmp_path / name))
        assert r.returncode == 2, (name, r.stderr)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), (name, r.stderr)
        assert "Traceback" not in r.stderr
