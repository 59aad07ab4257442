"""The seed, the article data file, reading files safely, paragraphs and roles."""
import hashlib
import json

import pytest

from utils.article import (ArticleError, ROOT, article_from_text, guess_role, load_article, read_text,
                           split_paragraphs)

SEED_SHA = "9ab7a84a86ac2446e405608b8c899f8c9f7021022632fe497e24e9e02e0830aa"


def test_seed_is_byte_for_byte():
    data = (ROOT / "seeds" / "000_5297e4650a3c2fb4.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SEED_SHA


def test_article_json_matches_text(seed_text):
    data = json.loads((ROOT / "data" / "article.json").read_text(encoding="utf-8"))
    assert data["sha256"] == hashlib.sha256(seed_text.encode("utf-8")).hexdigest()
    assert len(data["paragraphs"]) == 21
    for i, p in enumerate(data["paragraphs"]):
        assert p["index"] == i
        assert seed_text[p["start"]:p["end"]] == p["text"]
        assert p["role"] in {"body", "caption", "credit", "subheading"}
    roles = {p["index"]: p["role"] for p in data["paragraphs"] if p["role"] != "body"}
    assert roles == {10: "caption", 11: "credit", 12: "subheading"}
    for clue in data["clues"]:
        assert seed_text[clue["start"]:clue["end"]] == clue["text"]
    for key in ("outlet", "author", "date"):
        assert key in data["not_in_the_text"]


def test_load_seed_uses_checked_roles(seed_article, seed_text):
    assert seed_article.text == seed_text
    assert not seed_article.roles_guessed
    assert seed_article.paragraphs[10].text.startswith("Malians holds a photograph")
    assert seed_article.paragraphs[12].text == "NATO Protests Africans' Turn Toward Russia"
    for p in seed_article.paragraphs:
        assert seed_text[p.start:p.end] == p.text


def test_guessed_roles_on_seed_agree_with_hand_labels(seed_text, seed_article):
    spans = split_paragraphs(seed_text)
    texts = [seed_text[s:e] for s, e in spans]
    guessed = [guess_role(t, texts[i + 1] if i + 1 < len(texts) else None) for i, t in enumerate(texts)]
    assert guessed == [p.role for p in seed_article.paragraphs]


def test_other_article_roles_are_guesses():
    art = article_from_text("A Heading Here\nFirst paragraph, it says.\n\nSecond one.\n© AP / SOMEONE")
    assert art.roles_guessed
    assert [p.role for p in art.paragraphs] == ["subheading", "body", "caption", "credit"]


def test_paragraph_offsets_with_blank_lines_and_indent():
    text = "  Indented first.\n\n\nSecond\n"
    assert [text[s:e] for s, e in split_paragraphs(text)] == ["Indented first.", "Second"]


def test_hard_wrapped_lines_are_joined():
    text = "The minister said the plan was\nready and would start soon.\nNext paragraph."
    assert [text[s:e] for s, e in split_paragraphs(text)] == [
        "The minister said the plan was\nready and would start soon.", "Next paragraph."]


def test_crlf_is_read_as_python_reads_it(tmp_path):
    f = tmp_path / "crlf.txt"
    f.write_bytes("One.\r\nTwo “quoted”.\r\n".encode("utf-8"))
    art = load_article(f)
    assert art.text == open(f, encoding="utf-8").read()
    assert [p.text for p in art.paragraphs] == ["One.", "Two “quoted”."]


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"   \n\n  ", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    ("caf\u00e9".encode("latin-1"), "not UTF-8"),
])
def test_bad_files_raise_one_error_class(tmp_path, content, message):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(ArticleError, match=message):
        read_text(f)


def test_missing_and_folder(tmp_path):
    with pytest.raises(ArticleError, match="not found"):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="folder"):
        read_text(tmp_path)


def test_too_big(tmp_path):
    f = tmp_path / "big.txt"
    f.write_bytes(b"word " * (1024 * 1024 + 10))
    with pytest.raises(ArticleError, match="5 MB"):
        read_text(f)


def test_error_messages_are_one_line(tmp_path):
    for target in (tmp_path / "nope.txt", tmp_path):
        with pytest.raises(ArticleError) as info:
            read_text(target)
        assert "\n" not in str(info.value)
