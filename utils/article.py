"""Reading an article safely and splitting it into paragraphs with roles.

Every offset in this package indexes the text exactly as
``open(path, encoding="utf-8").read()`` returns it; nothing here changes the
text.

>>> art = article_from_text("Hello there.\\n\\nMore text here.")
>>> [(p.index, p.start, p.end, p.role) for p in art.paragraphs]
[(0, 0, 12, 'body'), (1, 14, 29, 'body')]
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = ROOT / "seeds" / "000_5297e4650a3c2fb4.txt"
DATA_DIR = ROOT / "data"
MAX_BYTES = 5 * 1024 * 1024

ROLES = ("body", "caption", "credit", "subheading")


class ArticleError(ValueError):
    """The one error class for input the pack cannot read.

    Raised for a missing file, a directory, an empty file, a binary or
    non-UTF-8 file and a file over 5 MB. Its message is one line that says
    what is wrong and what to do; the CLI prints it and exits with code 2.
    """


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: its place in the text and what kind of line it is."""

    index: int
    start: int
    end: int
    text: str
    role: str
    role_guessed: bool = True

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Article:
    """The raw text, its paragraphs and what is known about it."""

    text: str
    paragraphs: list[Paragraph]
    meta: dict = field(default_factory=dict)
    path: str | None = None

    @property
    def roles_guessed(self) -> bool:
        """True when the roles come from rules rather than a checked data file."""
        return any(p.role_guessed for p in self.paragraphs)

    def paragraph_at(self, offset: int) -> int | None:
        """Index of the paragraph that contains character ``offset``, or None."""
        for p in self.paragraphs:
            if p.start <= offset < p.end:
                return p.index
        return None


# --------------------------------------------------------------------------
# reading files


def read_text(path: str | Path) -> str:
    """Read a UTF-8 text file, or raise ArticleError with a one-line reason.

    >>> read_text("no/such/file.txt")
    Traceback (most recent call last):
    ...
    utils.article.ArticleError: file not found: no/such/file.txt (check the path)
    """
    p = Path(path)
    if not p.exists():
        raise ArticleError(f"file not found: {path} (check the path)")
    if p.is_dir():
        raise ArticleError(f"{path} is a folder, not a text file: give the path of a .txt file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(
                f"{path} is {size / 1024 / 1024:.1f} MB; the limit is 5 MB: split the text into single articles"
            )
        raw = p.read_bytes()
    except OSError as exc:
        raise ArticleError(f"cannot read {path}: {exc.strerror or exc}") from None
    if b"\x00" in raw:
        raise ArticleError(f"{path} looks like a binary file, not text: save the article as a plain .txt file")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{path} is not UTF-8 text (bad byte at position {exc.start}): re-save it as UTF-8"
        ) from None
    # Read exactly as the rest of the world will: universal newlines, UTF-8.
    with open(p, encoding="utf-8") as fh:
        text = fh.read()
    check_text(text, name=str(path))
    return text


def check_text(text: str, name: str = "the text") -> None:
    """Raise ArticleError if ``text`` is not something we can analyse."""
    if not isinstance(text, str):
        raise ArticleError(f"{name} must be a string, not {type(text).__name__}")
    if not text.strip():
        raise ArticleError(f"{name} is empty: there is no article text to analyse")
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise ArticleError(f"{name} is over 5 MB: split the text into single articles")
    if "\x00" in text:
        raise ArticleError(f"{name} contains NUL characters; it looks binary, not text")


# --------------------------------------------------------------------------
# paragraphs

_TERMINAL = tuple('.!?:;"”’»)]…')


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs of ``text``.

    A paragraph is a non-empty line. Hard-wrapped lines (a line with no
    final punctuation followed by a line starting in lower case) are joined.
    Leading and trailing spaces are left out of the span.

    >>> split_paragraphs("One.\\nTwo\\nthree.\\n\\nFour")
    [(0, 4), (5, 15), (17, 21)]
    """
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            lines.append((-1, -1))  # blank line marker
            continue
        lead = len(line) - len(line.lstrip())
        trail = len(line) - len(line.rstrip())
        lines.append((start + lead, end - trail))

    spans: list[tuple[int, int]] = []
    prev_blank = True
    for s, e in lines:
        if s < 0:
            prev_blank = True
            continue
        if spans and not prev_blank:
            ps, pe = spans[-1]
            last = text[ps:pe]
            first_char = text[s]
            if not last.endswith(_TERMINAL) and first_char.islower():
                spans[-1] = (ps, e)
                prev_blank = False
                continue
        spans.append((s, e))
        prev_blank = False
    return spans


_CREDIT = re.compile(r"^(©|\(c\)|copyright\b|photo(graph)?( credit)?\s*[:/]|image\s*[:/]|credit\s*:)", re.I)


def guess_role(par: str, next_par: str | None = None) -> str:
    """Guess a paragraph's role from simple rules.

    - starts with ``©`` or ``Photo:`` / ``Credit:``: a credit line
    - just before a credit line: a caption
    - short (at most 12 words) with no final punctuation: a subheading
    - anything else: body

    >>> guess_role("© REUTERS / AMADOU KEITA")
    'credit'
    >>> guess_role("A Turn Toward Russia")
    'subheading'
    """
    s = par.strip()
    if _CREDIT.match(s):
        return "credit"
    if next_par is not None and _CREDIT.match(next_par.strip()):
        return "caption"
    if len(s.split()) <= 12 and not s.endswith(_TERMINAL + (",",)):
        return "subheading"
    return "body"


# --------------------------------------------------------------------------
# building articles


def _seed_data() -> dict:
    with open(DATA_DIR / "article.json", encoding="utf-8") as fh:
        return json.load(fh)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_from_text(text: str, name: str | None = None) -> Article:
    """Build an Article from a string (a pasted article, say).

    Roles are guessed by :func:`guess_role`, unless the text is the seed
    article, whose roles were checked by hand in ``data/article.json``.
    """
    check_text(text, name=name or "the text")
    spans = split_paragraphs(text)
    known = _known_article(text)
    paragraphs: list[Paragraph] = []
    if known is not None and len(known["paragraphs"]) == len(spans):
        for i, (rec, (s, e)) in enumerate(zip(known["paragraphs"], spans)):
            paragraphs.append(Paragraph(i, s, e, text[s:e], rec["role"], role_guessed=False))
        meta = {k: v for k, v in known.items() if k != "paragraphs"}
    else:
        texts = [text[s:e] for s, e in spans]
        for i, (s, e) in enumerate(spans):
            nxt = texts[i + 1] if i + 1 < len(texts) else None
            paragraphs.append(Paragraph(i, s, e, texts[i], guess_role(texts[i], nxt), role_guessed=True))
        meta = {
            "title": None,
            "note": "Roles were guessed by simple rules (utils.article.guess_role); check them by eye.",
        }
    meta = {"sha256": sha256_text(text), **meta}
    return Article(text=text, paragraphs=paragraphs, meta=meta, path=name)


def _known_article(text: str) -> dict | None:
    try:
        data = _seed_data()
    except (OSError, ValueError):
        return None
    if data.get("sha256") == sha256_text(text):
        return data
    return None


def load_article(path: str | Path | None = None) -> Article:
    """Load an article from a UTF-8 text file; the seed article by default.

    >>> art = load_article()
    >>> art.paragraphs[11].role, art.paragraphs[11].text
    ('credit', '© REUTERS / AMADOU KEITA')
    """
    target = SEED_PATH if path is None else Path(path)
    text = read_text(target)
    return article_from_text(text, name=str(path) if path is not None else f"seeds/{SEED_PATH.name}")


def paragraphs_frame(article: Article) -> pd.DataFrame:
    """The paragraphs as a table: index, role, offsets, word count and text."""
    rows = [
        {
            "paragraph": p.index,
            "role": p.role,
            "start": p.start,
            "end": p.end,
            "words": len(p.text.split()),
            "text": p.text,
        }
        for p in article.paragraphs
    ]
    return pd.DataFrame(rows).set_index("paragraph")
