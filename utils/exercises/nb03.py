"""Answer checks for Notebook 03 (loaded language)."""
from __future__ import annotations

from functools import partial
from numbers import Integral
from typing import TYPE_CHECKING, Any

from ._common import (
    _as_whole_number,
    _close,
    _feedback,
    _is_placeholder,
    _join,
    _number,
    _placeholder_feedback,
    _wrong_type_hint,
)

if TYPE_CHECKING:  # only for type hints: importing this module stays cheap
    from spacy.tokens import Doc


__all__ = [
    "check_added_term",
    "check_author_density",
    "check_verb_stances",
    "check_false_positive",
    "author_density",
    "STANCES",
]

# the four stances of data/lexicons/attribution_verbs.csv, with the question that tells them apart
STANCES = {
    "neutral": "only reports the words, without judging them",
    "doubting": "invites the reader to doubt the words",
    "endorsing": "presents the words as true",
    "hostile": "presents the act of speaking as an attack",
}

# a few small words that are no evidence on their own, for exercise 03.4
_SMALL_WORDS = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from", "is",
                "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "as", "but",
                "not", "no", "so", "there", "their", "they", "he", "she", "we", "i", "you", "his", "her", "has",
                "have", "had", "which", "who", "what", "than", "more", "about", "because", "word", "words"}


def _word_list(text: str) -> list[str]:
    """The words of ``text`` in lower case (letters and digits, with inner apostrophes and hyphens)."""
    import re

    return re.findall(r"\w+(?:[’'-]\w+)*", text.lower())



def _not_one_number_hint(answer: Any, example: str = "6.5") -> str:
    """A hint for an answer that should have been one number (a density, a rate)."""
    return _wrong_type_hint(answer, example, "one number",
                            "pick the one value you need, for example with .loc[row, column].",
                            bool_tip="give the number itself")


# --- exercise 03.1: add a term to the lexicon -------------------------------


def _text_or_empty(value: Any) -> str:
    """A table cell as text; empty cells (None, NaN) become ''."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def _blank(value: Any) -> bool:
    """True for an empty explanation: not text, or text with no letters or digits ("", "...", "___")."""
    import re

    return not isinstance(value, str) or not re.search(r"[^\W_]", value)


def _entries_from(answer: Any) -> list | None:
    """A list of lexicon entries from a list of ``Entry`` or a table like :func:`utils.language.lexicon_frame`.

    ``None`` when ``answer`` is neither.
    """
    from ..language import Entry

    if hasattr(answer, "columns") and hasattr(answer, "to_dict"):
        if not {"pattern", "category"} <= set(answer.columns):
            return None
        out = []
        for r in answer.to_dict("records"):
            neutral = r.get("neutral", r.get("neutral_alternative"))
            out.append(Entry(_text_or_empty(r.get("pattern")).strip(), _text_or_empty(r.get("category")).strip(),
                             _text_or_empty(r.get("explanation")).strip(), _text_or_empty(neutral).strip()))
        return out
    if isinstance(answer, (str, bytes, dict)) or not hasattr(answer, "__iter__"):
        return None
    try:
        items = list(answer)
    except TypeError:
        return None
    if not items or not all(isinstance(item, Entry) for item in items):
        return None
    return items


def check_added_term(answer: Any, doc: Doc, quotes: list, word: str = "thrived") -> bool:
    """Exercise 03.1: a copy of the lexicon with one more row, so that ``word`` in the text is found.

    ``answer`` is a list of :class:`utils.language.Entry` (or a table with the
    columns of :func:`utils.language.lexicon_frame`). It must keep every row of
    the lexicon file and add at least one; the check runs
    :func:`utils.language.find_loaded` with both lists and is right when the new
    list finds ``word`` (every place it occurs in ``doc``, compared in lower
    case) and the old one did not, through a new row with a **lemma pattern**
    (``lemma:`` and the dictionary form, as the task asks: a plain pattern that
    matches the exact word gets a hint) and a non-empty explanation. The praise
    gives the hit count before and after, and the voice of the new hit.
    """
    from ..language import CATEGORIES, Entry, find_loaded, load_lexicon

    text = doc.text
    targets = [t for t in doc if t.text.lower() == word.lower()]
    if not targets:
        raise ValueError(f"the word {word!r} does not occur in this text")
    base = load_lexicon()
    before = find_loaded(doc, quotes, entries=base)
    if all(any(h.start <= t.idx < h.end for h in before) for t in targets):
        raise ValueError(f"the lexicon already finds {word!r}: choose a word it misses")

    if _is_placeholder(answer):
        return _placeholder_feedback()
    if isinstance(answer, Entry):
        return _feedback(False, "", "that is one new row on its own. The exercise asks for the whole lexicon "
                                    "with your row added: lexicon + [new_entry].")
    if isinstance(answer, str):
        return _feedback(False, "", "a pattern alone is not a row of the lexicon. Make an Entry with four "
                                    "fields: Entry(pattern=..., category=..., explanation=..., neutral=...), "
                                    "and add it to a copy of the lexicon.")
    entries = _entries_from(answer)
    if entries is None:
        return _feedback(False, "", "give a list of Entry rows (the lexicon plus yours), for example "
                                    "lexicon + [Entry('lemma:...', 'loaded', 'why it is loaded', 'a neutral word')].")
    bad = [e for e in entries if e.category not in CATEGORIES]
    if bad:
        return _feedback(False, "", f"the category {bad[0].category!r} (pattern {bad[0].pattern!r}) is not one of "
                                    f"{_join(list(CATEGORIES))}. Choose the one that fits the word best.")
    empty = [e for e in entries if not e.pattern.strip() or e.pattern.strip() == "lemma:"]
    if empty:
        return _feedback(False, "", "one of your rows has an empty pattern: write the word to look for.")
    kept = set(entries)
    missing = [e for e in base if e not in kept]
    if missing:
        if len(missing) == len(base):
            hint = (f"your list has {len(entries)} {'row' if len(entries) == 1 else 'rows'} but none of the "
                    f"lexicon's {len(base)}. Start from a copy "
                    "of the lexicon and add your row: lexicon + [new_entry].")
        else:
            hint = (f"{len(missing)} {'row' if len(missing) == 1 else 'rows'} of the lexicon "
                    f"{'is' if len(missing) == 1 else 'are'} missing from your list, for example "
                    f"{missing[0].pattern!r}. Keep every row and add yours: lexicon + [new_entry].")
        return _feedback(False, "", hint)
    base_set = set(base)
    new = [e for e in entries if e not in base_set]
    if not new:
        return _feedback(False, "", "your list is the lexicon unchanged. Add one Entry for the word, then run "
                                    "this cell again.")

    after = find_loaded(doc, quotes, entries=entries)
    found = [h for h in after if any(h.start <= t.idx < h.end for t in targets)]
    if any(not any(h.start <= t.idx < h.end for h in after) for t in targets):
        lemma = targets[0].lemma_.lower()
        problems = []
        for e in new:
            pat = e.pattern.strip()
            if pat.startswith("lemma:"):
                given = pat[len("lemma:"):].strip()
                if given.lower() != lemma:
                    problems.append(f"after 'lemma:' write the dictionary form of the word, '{lemma}', "
                                    f"not '{given}'")
            elif pat.lower() != word.lower():
                problems.append(f"the plain pattern '{pat}' matches only those exact words, and the text has "
                                f"'{word}'. Put 'lemma:' before the dictionary form to match every form of a word")
        hint = "; ".join(problems[:1]) if problems else (
            f"your new row does not find '{word}'. Print [(t.text, t.lemma_) for t in doc if t.text == '{word}'] "
            "to see the lemma spaCy gives it.")
        return _feedback(False, "", hint + ".")

    # which of the new rows find the word on their own (added to the lexicon file's rows)
    finders = [e for e in new
               if all(any(h.start <= t.idx < h.end for h in find_loaded(doc, quotes, entries=base + [e]))
                      for t in targets)]
    lemma_rows = [e for e in finders if str(e.pattern).strip().lower().startswith("lemma:")]
    if finders and not lemma_rows:
        return _feedback(False, "", f"your row {finders[0].pattern.strip()!r} finds “{word}”, but a plain pattern "
                                    "matches only that exact spelling: other forms of the verb would be missed. The "
                                    "task asks for a lemma pattern: 'lemma:' followed by the dictionary form of the "
                                    "word.")
    explained = [e for e in lemma_rows if not _blank(e.explanation)]
    if lemma_rows and not explained:
        return _feedback(False, "", f"your row {lemma_rows[0].pattern.strip()!r} has no explanation. Write in a few "
                                    f"words why “{word}” may be loaded here, as every row of the lexicon does: "
                                    "Entry('lemma:…', category, explanation, neutral).")

    hit = found[0]
    who = f", speaker {hit.speaker}" if hit.speaker else ""
    extra = len(after) - len(before) - len(found)
    also = (f" Your pattern also finds {extra} other new {'hit' if extra == 1 else 'hits'}: print them and check "
            "each one." if extra > 0 else "")
    return _feedback(True, f"Well done: the lexicon now finds {len(after)} hits instead of {len(before)}. "
                           f"“{text[hit.start:hit.end]}” in paragraph {hit.paragraph} is a '{hit.category}' hit in "
                           f"the '{hit.voice}' voice{who}.{also}", "")


# --- exercise 03.2: the author-voice density of one paragraph -----------------


def author_density(doc: Doc, quotes: list, hits: list, paragraph: int) -> float:
    """Hits in the author's voice per 100 author words in one paragraph, not rounded.

    The same counts as :func:`utils.language.density` (which rounds to two
    decimal places); 0.0 when the paragraph has no words in the author's voice.
    """
    from ..language import density

    row = density(doc, quotes, hits).set_index("paragraph").loc[paragraph]
    words = int(row["author_words"])
    return 100 * int(row["author_hits"]) / words if words else 0.0


def check_author_density(answer: Any, doc: Doc, quotes: list, hits: list, paragraph: int = 19) -> bool:
    """Exercise 03.2: hits in the author's voice per 100 author words, in one paragraph.

    The right answer is ``100 * author_hits / author_words`` for ``paragraph``
    (see :func:`author_density`); answers within 0.006 are accepted, so
    rounding to two decimal places is fine. Common slips (forgetting the 100,
    dividing by all the words, taking the speakers' density, the whole
    article, a neighbouring paragraph) get their own hint.
    """
    from ..language import density, overall_density

    table = density(doc, quotes, hits)
    if paragraph not in set(table["paragraph"]):
        raise ValueError(f"paragraph must be between 0 and {len(table) - 1}, not {paragraph}")
    row = table.set_index("paragraph").loc[paragraph]
    aw, qw = int(row["author_words"]), int(row["quoted_words"]) + int(row["reported_words"])
    ah, qh = int(row["author_hits"]), int(row["quoted_hits"]) + int(row["reported_hits"])
    if aw == 0:
        raise ValueError(f"paragraph {paragraph} has no words in the author's voice; choose another one")

    if _is_placeholder(answer):
        return _placeholder_feedback()
    value = _number(answer)
    if value is None:
        return _feedback(False, "", _not_one_number_hint(answer))

    right = 100 * ah / aw

    close = partial(_close, tolerance=0.006)

    if close(value, right):
        hits_word = "hit" if ah == 1 else "hits"
        if qw:
            speakers = (f"the speakers' words (quoted_words + reported_words = {qw}) hold {qh} "
                        f"{'hit' if qh == 1 else 'hits'}, {100 * qh / qw:.2f} per 100 words")
        else:
            speakers = "the paragraph has no words in the speakers' voices"
        return _feedback(True, f"Well done: paragraph {paragraph} has {ah} {hits_word} in {aw} words of the author's "
                               f"own voice, {right:.2f} per 100 words; {speakers}.", "")
    overall = overall_density(table)
    others = {int(p): (100 * int(h) / int(w)) for p, h, w in
              zip(table["paragraph"], table["author_hits"], table["author_words"]) if int(w) and int(p) != paragraph}
    if right and close(value * 100, right):
        hint = f"{value:g} is hits per word; the exercise asks per 100 words, so multiply by 100."
    elif qw and close(value, 100 * qh / qw):
        hint = (f"{value:g} is the density in the speakers' words (quoted and reported). Take the author's "
                "columns: author_hits and author_words.")
    elif close(value, 100 * ah / (aw + qw)):
        hint = (f"you divided by all {aw + qw} words of the paragraph. Divide by the {aw} words in the author's "
                "voice only: the words outside every quote.")
    elif close(value, 100 * (ah + qh) / (aw + qw)):
        hint = "that counts every hit and every word of the paragraph. Keep only the author's voice."
    elif close(value, float(overall["author_per_100w"])):
        hint = f"{value:g} is the author's density over the whole article. The exercise asks about paragraph {paragraph}."
    elif value.is_integer() and int(value) in (ah, aw):
        hint = (f"{int(value)} is a count. The density is hits divided by words, times 100: "
                "100 * author_hits / author_words.")
    elif any(close(value, v) for v in others.values()):
        p = next(p for p, v in others.items() if close(value, v))
        hint = (f"{value:g} is the author's density in paragraph {p}. Python counts from 0: use the row whose "
                f"'paragraph' is {paragraph}.")
    else:
        hint = (f"find the row of paragraph {paragraph} in the density table and compute "
                "100 * author_hits / author_words.")
    return _feedback(False, "", hint)


# --- exercise 03.3: the stance of five attribution verbs ---------------------


def _stance_of(value: Any) -> str | None:
    """A student's stance label mapped to one of :data:`STANCES` ('doubt' -> 'doubting'), or ``None``."""
    if not isinstance(value, str):
        return None
    low = value.strip().lower()
    for stance, stem in (("neutral", "neutr"), ("doubting", "doubt"), ("endorsing", "endors"),
                         ("hostile", "hostil")):
        if low.startswith(stem):
            return stance
    return None


def check_verb_stances(answer: Any, verbs: Any = ("tell", "deny", "claim", "note", "denounce")) -> bool:
    """Exercise 03.3: classify attribution verbs by stance, as ``data/lexicons/attribution_verbs.csv`` does.

    ``answer`` is a dict ``{lemma: stance}`` (a pandas Series works too) with
    one of the four :data:`STANCES` for each lemma in ``verbs``; keys and
    labels are compared in lower case, and short forms such as 'doubt' are
    understood. The right stances are read from the file through
    :func:`utils.language.verb_stances`. Hints name the verbs that differ
    from the file, not the file's answer.
    """
    from ..language import verb_stances

    stances = verb_stances()
    verbs = [str(v).strip().lower() for v in ([verbs] if isinstance(verbs, str) else verbs)]
    unknown = [v for v in verbs if v not in stances]
    if unknown:
        raise ValueError(f"{_join(unknown)} not in attribution_verbs.csv")

    if _is_placeholder(answer):
        return _placeholder_feedback()
    if hasattr(answer, "to_dict") and not hasattr(answer, "columns"):  # a pandas Series
        answer = answer.to_dict()
    if not isinstance(answer, dict):
        example = ", ".join(f"'{v}': ..." for v in verbs[:2])
        return _feedback(False, "", f"give a dictionary with one stance per verb, like {{{example}}}.")
    given = {str(k).strip().lower(): v for k, v in answer.items()}
    if all(_is_placeholder(given.get(v)) for v in verbs):
        return _placeholder_feedback()
    todo = [v for v in verbs if _is_placeholder(given.get(v))]
    if todo:
        missing_keys = [v for v in todo if v not in given]
        if missing_keys:
            return _feedback(False, "", f"your dictionary has no stance for {_join(missing_keys)}. "
                                        f"Give one for each of {_join(verbs)}.")
        its = "its" if len(todo) == 1 else "their"
        return _feedback(False, "", f"you have not classified {_join(todo)} yet: replace {its} ___ with a stance.")
    labels = {v: _stance_of(given[v]) for v in verbs}
    odd = [v for v in verbs if labels[v] is None]
    if odd:
        return _feedback(False, "", f"{given[odd[0]]!r} (for '{odd[0]}') is not a stance; use one of "
                                    f"{_join(list(STANCES))}.")
    wrong = [v for v in verbs if labels[v] != stances[v]]
    if not wrong:
        summary = ", ".join(f"{v} {stances[v]}" for v in verbs)
        return _feedback(True, f"Well done: all {len(verbs)} match the lexicon file ({summary}). The file is a "
                               "judgement too: for which verb would you argue for another stance?", "")
    first = wrong[0]
    questions = "; ".join(f"{s} if it {q}" for s, q in STANCES.items())
    return _feedback(False, "", f"{len(verbs) - len(wrong)} of {len(verbs)} match the file; look again at "
                                f"{_join(wrong)}. For '{first}' ask what the verb does to the words: {questions}. "
                                "If you still disagree with the file, keep your argument for the discussion.")


# --- exercise 03.4: a hit you think is a false positive -----------------------


def _hit_records(hits: Any) -> list[dict]:
    """The hits as dictionaries, in the order of :func:`utils.language.hits_frame`."""
    if hasattr(hits, "columns") and hasattr(hits, "to_dict"):
        return hits.to_dict("records")
    return [h if isinstance(h, dict) else h.to_dict() for h in hits]


def check_false_positive(answer: Any, reason: Any, hits: Any, doc: Doc, hand: Any = None) -> bool:
    """Exercise 03.4: pick a hit you think is a false positive, and give a reason from its context.

    ``answer`` is a row number of the hits table (``hits_frame(hits)``) or the
    text of a hit that occurs once. Any hit can be defended: the check
    cannot judge the argument, but it asks for evidence. ``reason`` must be a
    sentence of at least four words that quotes at least one word of the
    sentence the hit is in, other than the hit itself and small words such as
    "the". ``hand`` (``data/annotations/seed_loaded.csv`` as a table) is
    optional: when given, the praise says whether the hand-made list also
    counts this hit as loaded.
    """
    if _is_placeholder(answer) or _is_placeholder(reason):
        return _placeholder_feedback()
    records = _hit_records(hits)
    if not records:
        return _feedback(False, "", "the hits table is empty, so there is no hit to choose.")
    if isinstance(answer, bool) or not isinstance(answer, (str, Integral)):
        n = _as_whole_number(answer)
        if n is None:
            return _feedback(False, "", "give the row number of the hit in the hits table (a whole number), "
                                        "or its text in quotes.")
        answer = n
    if isinstance(answer, str):
        want = answer.strip().strip("“”\"'").lower()
        rows = [i for i, r in enumerate(records) if str(r["text"]).lower() == want]
        if not rows:
            return _feedback(False, "", f"no hit has the text {answer.strip()!r}. Copy it from the 'text' column, "
                                        "or give the row number.")
        if len(rows) > 1:
            return _feedback(False, "", f"{answer.strip()!r} is found {len(rows)} times (rows "
                                        f"{_join([str(i) for i in rows], quote=False)}): give the row number of "
                                        "the one you mean.")
        index = rows[0]
    else:
        index = int(answer)
        if not 0 <= index < len(records):
            return _feedback(False, "", f"the hits table has rows 0 to {len(records) - 1}; {index} is not one of them.")
    hit = records[index]
    if not isinstance(reason, str) or len(_word_list(reason)) < 4:
        return _feedback(False, "", "write your reason as a short sentence (at least four words) in quotes, and "
                                    "quote the words around the hit that show how it is used.")
    start, end = int(hit["start"]), int(hit["end"])
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None:
        sentence, s0 = span.sent.text, span.sent.start_char
    else:
        sentence, s0 = doc.text[start:end], start
    # about 30 characters either side of the hit, inside its sentence
    window = " ".join(sentence[max(0, start - s0 - 30):end - s0 + 30].split()).rstrip(".")
    around = ("…" if start - s0 > 30 else "") + window + ("…" if end - s0 + 30 < len(sentence.rstrip()) else "")
    own = set(_word_list(str(hit["text"])))
    context = {w for w in _word_list(sentence) if w not in own and w not in _SMALL_WORDS}
    evidence = [w for w in _word_list(reason) if w in context]
    if not evidence:
        return _feedback(False, "", f"your reason does not quote the sentence around “{hit['text']}”. Point to "
                                    "the evidence: copy a word near the hit that shows it is not loaded here.")
    note = ""
    if hand is not None:
        in_hand = any(int(r["start"]) < int(hit["end"]) and int(hit["start"]) < int(r["end"])
                      for r in _hit_records(hand))
        note = (" The hand-made list counts it as loaded: who has the better evidence, you or the annotator?"
                if in_hand else " The hand-made list leaves it out too.")
    return _feedback(True, f"Well done: row {index}, “{hit['text']}” in paragraph {hit['paragraph']} "
                           f"({hit['category']}, {hit['voice']} voice), and your reason points to “{evidence[0]}” "
                           f"in “{around}”.{note}", "")
