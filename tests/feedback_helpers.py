"""Shared assertions for the tests of the exercise checks."""


def one_line(capsys) -> str:
    """The single line a check printed."""
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert len(lines) == 1, out
    return lines[0]


def passes(capsys, check, *args, **kwargs) -> str:
    """Run a check that must accept the answer; return its praise line."""
    assert check(*args, **kwargs) is True
    line = one_line(capsys)
    assert line.startswith("✅ Well done:"), line
    return line


def fails(capsys, check, *args, **kwargs) -> str:
    """Run a check that must reject the answer; return its hint line."""
    assert check(*args, **kwargs) is False
    line = one_line(capsys)
    assert line.startswith("❌ Not yet: "), line
    return line


def analyse(path=None, text=None):
    """(doc, quotes, loaded-language hits) for a file, a text, or the seed when both are None."""
    from utils.article import article_from_text, load_article
    from utils.language import find_loaded
    from utils.nlp import parse
    from utils.quotes import extract_quotes

    art = load_article(path) if text is None else article_from_text(text)
    doc = parse(art, fix=True)
    quotes = extract_quotes(doc)
    return doc, quotes, find_loaded(doc, quotes)
