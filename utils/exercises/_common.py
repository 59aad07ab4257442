"""Shared helpers for the answer checks: one line of feedback, tolerant number parsing, placeholders."""
from __future__ import annotations

from numbers import Integral
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:  # only for type hints: importing this module stays cheap
    from spacy.tokens import Doc


PLACEHOLDER_HINT = "replace the placeholder ___ with your answer, then run this cell again."


def _feedback(ok: bool, praise: str, hint: str) -> bool:
    """Print one line of feedback and return ``ok``.

    ``praise`` is printed after ``✅`` when ``ok`` is true; otherwise
    ``hint`` is printed after ``❌ Not yet:``.
    """
    if ok:
        print(f"✅ {praise}")
    else:
        print(f"❌ Not yet: {hint}")
    return bool(ok)


def _is_placeholder(answer: Any) -> bool:
    """True for an exercise cell the student has not filled in yet.

    The notebooks define ``___ = None``, so an untouched ``answer = ___``
    arrives here as ``None``; ``...`` is accepted as a placeholder too.
    """
    return answer is None or answer is Ellipsis


def _placeholder_feedback() -> bool:
    """The message for an answer that is still the placeholder."""
    return _feedback(False, "", PLACEHOLDER_HINT)


def _as_whole_number(answer: Any) -> int | None:
    """``answer`` as an ``int`` if it is a whole number, else ``None``.

    Accepts Python and NumPy integers (what ``len()`` and ``.sum()``
    return) and floats such as ``18.0``; refuses ``True``/``False``,
    strings and everything else.
    """
    if isinstance(answer, bool):
        return None
    if isinstance(answer, Integral):
        return int(answer)
    if isinstance(answer, float) and answer.is_integer():
        return int(answer)
    return None


def _number(answer: Any) -> float | None:
    """``answer`` as a float if it is one real number (not True/False), else ``None``."""
    from numbers import Real

    if isinstance(answer, bool) or not isinstance(answer, Real):
        return None
    return float(answer)


def _wrong_type_hint(answer: Any, example: str, wanted: str, table_tip: str, bool_tip: str | None = None) -> str:
    """A hint for an answer that is not the one number asked for: text, True/False, a table, or another type.

    >>> _wrong_type_hint("7", "7", "one whole number", "count its rows.")
    "your answer is the text '7'; give a number without quotes, for example 7."
    """
    if isinstance(answer, str):
        return f"your answer is the text {answer!r}; give a number without quotes, for example {example}."
    if isinstance(answer, bool) and bool_tip:
        return f"your answer is True or False; {bool_tip}, for example {example}."
    if hasattr(answer, "shape"):  # a pandas table or Series, a NumPy array
        return f"your answer is a table or a column, not one number; {table_tip}"
    return f"your answer is a {type(answer).__name__}; give {wanted}, for example {example}."


def _not_a_number_hint(answer: Any) -> str:
    """A hint for an answer that should have been a whole number."""
    return _wrong_type_hint(answer, "7", "one whole number",
                            "count its rows with len(...) or add up True values with .sum().",
                            bool_tip="give the count itself")


def _count_answer(answer: Any, hint: Callable[[Any], str] = _not_a_number_hint) -> tuple[int | None, bool | None]:
    """The first steps of every "how many" check: ``(n, None)`` for a whole number, else
    ``(None, result)`` where ``result`` is the feedback already printed (placeholder or wrong type)."""
    if _is_placeholder(answer):
        return None, _placeholder_feedback()
    n = _as_whole_number(answer)
    if n is None:
        return None, _feedback(False, "", hint(answer))
    return n, None


def _close(a: float, b: float, tolerance: float) -> bool:
    """``a`` and ``b`` equal up to ``tolerance`` (the rounding a student's answer may show)."""
    return abs(a - b) < tolerance


def _texts(answer: Any) -> list[str] | None:
    """The strings in a list-like answer (list, tuple, set, Series), or ``None``."""
    if isinstance(answer, (str, bytes)) or not hasattr(answer, "__iter__"):
        return None
    try:
        items = list(answer)
    except TypeError:
        return None
    if not all(isinstance(item, str) for item in items):
        return None
    return [item.strip() for item in items]


def _join(words: list[str], quote: bool = True) -> str:
    """``['a', 'b', 'c']`` -> ``"'a', 'b' and 'c'"`` (or ``'a, b and c'`` with ``quote=False``)."""
    quoted = [f"'{w}'" if quote else w for w in words]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _paragraph_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """The ``(start, end, role)`` paragraph spans that :func:`utils.parse` stores."""
    spans = doc.user_data.get("paragraphs")
    if spans is None:
        raise ValueError("this Doc has no paragraphs: make it with utils.parse(article)")
    return spans
