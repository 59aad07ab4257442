"""Answer checks for Notebook 01 (sourcing)."""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from ._common import (
    _as_whole_number,
    _close,
    _count_answer,
    _feedback,
    _is_placeholder,
    _join,
    _not_a_number_hint,
    _number,
    _placeholder_feedback,
    _texts,
    _wrong_type_hint,
)

if TYPE_CHECKING:  # only for type hints: importing this module stays cheap
    from spacy.tokens import Doc


__all__ = [
    "check_wrong_labels",
    "check_mention_only",
    "check_quoted_share",
    "check_claim_label",
    "check_nato_members",
    "wrong_label_rows",
    "mention_only_sources",
    "quoted_share",
    "claim_label_options",
    "nato_members_on",
    "CLAIM_LABELS",
]


def _is_table(obj: Any) -> bool:
    """True for a pandas DataFrame (checked by its methods, so pandas need not be imported here)."""
    return hasattr(obj, "columns") and hasattr(obj, "to_dict")


def _source_records(sources: Any) -> list[dict]:
    """The rows of a source table as dictionaries.

    ``sources`` is what :func:`utils.sources.source_table` returns (a list of
    ``Source``) or the DataFrame :func:`utils.sources.sources_frame` makes of it.
    """
    if _is_table(sources):
        return sources.to_dict("records")
    out = []
    for s in sources:
        if isinstance(s, dict):
            out.append(s)
        else:
            out.append({"name": s.name, "affiliation": s.affiliation, "quotes": s.quotes,
                        "words_quoted": s.words_quoted, "words_paraphrased": s.words_paraphrased})
    return out



def _not_a_share_hint(answer: Any) -> str:
    """A hint for an answer that should have been one number between 0 and 1."""
    return _wrong_type_hint(answer, "0.25", "one number between 0 and 1",
                            "pick the one value you need (for example with .sum() on a filtered column).")


# --- exercise 01.1: the raw model's mistakes --------------------------------


def wrong_label_rows(doc: Doc, gold: Any) -> Any:
    """The rows of :func:`utils.nlp.entity_label_check` where the Doc's label is not the hand-checked one."""
    from ..nlp import entity_label_check

    check = entity_label_check(doc, gold)
    return check[~check["correct"]]


def check_wrong_labels(answer: Any, doc: Doc, gold: Any) -> bool:
    """Exercise 01.1: how many hand-checked names does ``doc`` label wrongly?

    ``doc`` is the article parsed *without* the fixes, ``gold`` the table of
    :func:`utils.nlp.load_entity_gold`. A name counts as wrong when no entity
    covers exactly its characters, or when the entity's label differs from
    the hand-checked label (the ``correct`` column of ``entity_label_check``).
    Every row counts: "Mali" wrong in five places is five mistakes.
    """
    if _is_placeholder(answer):
        return _placeholder_feedback()
    share = _number(answer)
    n = _as_whole_number(answer)
    from ..nlp import entity_label_check

    check = entity_label_check(doc, gold)
    total = len(check)
    wrong = check[~check["correct"]]
    right = len(wrong)
    if n is None:
        if share is not None and 0 < share < 1 and total:
            if abs(share - right / total) < 0.005:
                hint = (f"{share:g} is the share of names labelled wrongly. This exercise asks for the "
                        "number of names: count the rows instead.")
            elif abs(share - (total - right) / total) < 0.005:
                hint = (f"{share:g} is the accuracy, the share of names labelled rightly. Count the rows "
                        "that are wrong instead.")
            else:
                hint = "give a whole number: how many rows of the check table are not correct?"
            return _feedback(False, "", hint)
        return _feedback(False, "", _not_a_number_hint(answer))

    if n == right:
        person = int((wrong["predicted"] == "PERSON").sum())
        unlabelled = int((wrong["predicted"] == "").sum())
        return _feedback(True, f"Well done: the raw model gets {right} of the {total} hand-checked names wrong "
                               f"({person} of them labelled PERSON, {unlabelled} not found as a name at all).", "")
    texts_wrong = wrong["text"].nunique()
    if n == total:
        hint = f"{n} is every hand-checked name. Keep only the rows where 'correct' is False."
    elif n == total - right:
        hint = f"{n} is the number of names the model labels RIGHTLY. Count the rows where 'correct' is False."
    elif n == int((wrong["predicted"] == "PERSON").sum()):
        hint = ("you counted the names wrongly labelled PERSON. Names with another wrong label, or with no "
                "label at all (an empty 'predicted'), are mistakes too.")
    elif n == int((wrong["predicted"] != "").sum()):
        hint = ("you left out the names the model did not find at all (an empty 'predicted' cell). A name "
                "the model misses is a mistake too.")
    elif n == texts_wrong:
        hint = (f"{n} is the number of DIFFERENT texts with a mistake. Count every row: a name that is "
                "wrong in five places is five mistakes.")
    elif n == 0:
        hint = ("0 is the number of mistakes after the fixes. Did you check `raw`, the Doc parsed "
                "without them?")
    else:
        hint = ("count the rows of entity_label_check(raw, gold) whose 'correct' column is False: "
                "(~before['correct']).sum().")
    return _feedback(False, "", hint)


# --- exercise 01.2: sources with no words of their own ----------------------


def mention_only_sources(sources: Any) -> list[str]:
    """Names of the sources that have no quote of any kind (no direct, partial or paraphrased words)."""
    return [r["name"] for r in _source_records(sources) if int(r.get("quotes") or 0) == 0]


def check_mention_only(answer: Any, sources: Any) -> bool:
    """Exercise 01.2: how many sources are only mentioned, with no words of their own?

    ``sources`` is the source table (a list of ``Source`` or the DataFrame of
    :func:`utils.sources.sources_frame`). A source is only mentioned when it
    has no quote at all: no words in quotation marks and no paraphrase.
    """
    if _is_placeholder(answer):
        return _placeholder_feedback()
    records = _source_records(sources)
    names = mention_only_sources(records)
    right = len(names)
    texts = _texts(answer) if not isinstance(answer, str) else None
    if texts is not None and not hasattr(answer, "shape"):
        if {t.lower() for t in texts} == {n.lower() for n in names}:
            hint = f"those are the right sources; the exercise asks how many: len(...) gives {right}."
        else:
            hint = "give the number of sources, not their names: len(...) counts the items of a list."
        return _feedback(False, "", hint)
    n = _as_whole_number(answer)
    if n is None:
        return _feedback(False, "", _not_a_number_hint(answer))

    total = len(records)
    if n == right:
        listed = _join(names) if right <= 8 else f"{right} sources"
        return _feedback(True, f"Well done: {right} of the {total} sources are only mentioned ({listed}): "
                               "the article reports what they did, but gives them no words.", "")
    no_marks = sum(1 for r in records if int(r.get("words_quoted") or 0) == 0)
    with_words = total - right
    if n == total:
        hint = f"{n} is every source in the table. Keep only the rows with no quotes at all."
    elif n == with_words:
        hint = f"{n} is the number of sources that DO have words (quoted or paraphrased). Count the others."
    elif n == no_marks:
        hint = (f"{n} is the number of sources with no words in quotation marks. Some of them are "
                "paraphrased: the article gives their words in its own phrasing, so they are not only "
                "mentioned. Look at the 'quotes' or 'cited_as' column.")
    else:
        hint = ("count the rows whose 'cited_as' is 'mention only' (or whose 'quotes' is 0): "
                "(table['quotes'] == 0).sum().")
    return _feedback(False, "", hint)


# --- exercise 01.3: one side's share of the words in quotation marks --------


def quoted_share(sources: Any, side: str) -> float:
    """Share of all directly quoted words (``words_quoted``) that belongs to sources with affiliation ``side``."""
    records = _source_records(sources)
    total = sum(int(r.get("words_quoted") or 0) for r in records)
    own = sum(int(r.get("words_quoted") or 0) for r in records if r.get("affiliation") == side)
    return own / total if total else 0.0


def check_quoted_share(answer: Any, sources: Any, side: str = "Western governments") -> bool:
    """Exercise 01.3: the share of directly quoted words that goes to one side.

    The right answer is the sum of ``words_quoted`` over the sources whose
    ``affiliation`` is ``side``, divided by the sum over all sources (the
    same definition as ``share_of_quoted_words`` in
    :func:`utils.sources.words_by_side`). A number between 0 and 1 is
    expected; an answer within 0.0006 (three decimal places) is accepted.
    """
    records = _source_records(sources)
    sides = sorted({str(r.get("affiliation")) for r in records})
    if side not in sides:
        raise ValueError(f"no source has the affiliation {side!r}; the affiliations are {sides}")
    if _is_placeholder(answer):
        return _placeholder_feedback()
    value = _number(answer)
    if value is None:
        return _feedback(False, "", _not_a_share_hint(answer))

    right = quoted_share(records, side)
    quoted = sum(int(r.get("words_quoted") or 0) for r in records)
    own = sum(int(r.get("words_quoted") or 0) for r in records if r.get("affiliation") == side)

    close = partial(_close, tolerance=0.0006)

    if close(value, right):
        return _feedback(True, f"Well done: the {side} sources have {own} of the {quoted} words in quotation "
                               f"marks that the source table adds up, a share of {right:.3f} ({right:.1%}).", "")
    para = sum(int(r.get("words_paraphrased") or 0) for r in records)
    own_para = sum(int(r.get("words_paraphrased") or 0) for r in records if r.get("affiliation") == side)
    others = {s: quoted_share(records, s) for s in sides if s != side}
    if value.is_integer() and int(value) == own and own != 0:
        hint = (f"{int(value)} is the number of words; the share is that number divided by all the words in "
                f"quotation marks ({quoted}).")
    elif value > 1:
        if value <= 100 and close(value / 100, right):
            hint = (f"{value:g} is more than 1, so it looks like a percentage. A share is a number between 0 and 1: "
                    "divide by 100 (or leave out the * 100).")
        else:
            hint = (f"{value:g} is more than 1, so it cannot be a share: a share is a number between 0 and 1, one "
                    "side's words divided by everyone's. If you multiplied by 100 to get a percentage, leave that out.")
    elif 100 * right >= 0.1 and close(value / 100, right):
        hint = (f"{value:g} looks like a percentage ({value:g}%). A share is the same number divided by 100: "
                "give the share between 0 and 1.")
    elif para and close(value, own_para / para):
        hint = (f"{value:g} is the {side} share of the PARAPHRASED words. Use the 'words_quoted' column, the "
                "words in quotation marks.")
    elif quoted + para and close(value, (own + own_para) / (quoted + para)):
        hint = (f"{value:g} is the {side} share of ALL words, quoted and paraphrased together. Use only the "
                "'words_quoted' column.")
    elif close(value, 1 - right):
        hint = f"{value:g} is the share of everyone EXCEPT {side}. Divide the {side} words by the total."
    elif any(close(value, v) for v in others.values()):
        name = next(s for s, v in others.items() if close(value, v))
        hint = f"{value:g} is the share of the side '{name}'. This exercise asks about '{side}'."
    elif close(round(right, 2), value):
        hint = f"you rounded to two decimal places; keep at least three ({right:.3f}), or do not round at all."
    else:
        hint = (f"add up 'words_quoted' for the rows whose affiliation is '{side}', and divide by the sum of "
                "'words_quoted' over all rows.")
    return _feedback(False, "", hint)


# --- exercise 01.4: classify one unattributed claim -------------------------

CLAIM_LABELS = ("fact that needs a source", "opinion", "loaded framing")

# which labels a reader can defend for each kind of marker the rules found
_LABELS_BY_MARKER = {
    "truth judgement": {"fact that needs a source", "loaded framing"},
    "certainty booster": {"fact that needs a source", "loaded framing"},
    "evaluative word": {"opinion", "loaded framing"},
    "sweeping claim": {"fact that needs a source", "loaded framing"},
    "quantity claim": {"fact that needs a source"},
    "causal claim": {"fact that needs a source", "opinion"},
}

_STOPWORDS = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from", "is",
              "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "as", "but",
              "not", "no", "so", "there", "their", "they", "he", "she", "we", "i", "you", "his", "her", "has",
              "have", "had", "which", "who", "what", "though", "however", "because", "about", "than", "more"}


# words so common, or so much the vocabulary of the task itself, that quoting one of them is no evidence
_COMMON_WORDS = _STOPWORDS | {
    "all", "also", "any", "can", "could", "did", "do", "does", "down", "even", "every", "get", "go", "goes",
    "going", "here", "how", "if", "into", "just", "like", "made", "make", "many", "may", "might", "most", "much",
    "must", "now", "one", "only", "other", "others", "our", "out", "over", "said", "same", "say", "says", "should",
    "some", "such", "then", "two", "under", "up", "us", "very", "when", "where", "while", "why", "will", "would",
    "your", "them", "him", "me", "my", "being", "each", "both", "well", "way",
    # the words of the task: a reason that repeats them quotes nothing of the claim
    "fact", "facts", "source", "sources", "sourced", "opinion", "opinions", "loaded", "framing", "frame", "framed",
    "claim", "claims", "label", "reader", "readers", "sentence", "word", "words", "check", "checked", "number",
    "numbers", "writer", "author", "text", "needs", "need", "true", "false",
}


def _quoted_evidence(reason: str, text: str, why: str = "") -> tuple[str | None, list[str]]:
    """What a reason quotes from a claim: (the longest phrase of two or more words in a row, or None;
    the single words of the claim that count as evidence, longest first).

    A word counts as evidence if it is not a common word, or if it is a one-word marker the rules
    found (the “…” parts of ``why``, such as “actually”). A phrase counts if at least one of its
    words counts or if it holds a whole marker of several words (“most are”); "of the" is no
    quotation, and neither is "most" alone.
    """
    import re

    claim_seq, reason_seq = _words(text), _words(reason)
    markers = [_words(m) for m in re.findall(r"“([^”]+)”", why)]
    content = {w for w in claim_seq if (w not in _COMMON_WORDS and (len(w) > 2 or w[0].isdigit()))
               or [w] in markers}
    long_markers = [" ".join(m) for m in markers if len(m) > 1]

    def counts(words: list[str]) -> bool:
        joined = f" {' '.join(words)} "
        return any(w in content for w in words) or any(f" {m} " in joined for m in long_markers)

    phrase: list[str] = []
    for i in range(len(reason_seq)):
        for j in range(len(claim_seq)):
            k = 0
            while i + k < len(reason_seq) and j + k < len(claim_seq) and reason_seq[i + k] == claim_seq[j + k]:
                k += 1
            if k >= 2 and k > len(phrase) and counts(claim_seq[j:j + k]):
                phrase = claim_seq[j:j + k]
    single = sorted({w for w in reason_seq if w in content}, key=lambda w: (-len(w), w))
    return (" ".join(phrase) if phrase else None), single


def _claim_fields(claim: Any) -> tuple[str, str]:
    """(text, why) of a ``Claim``, a dict or a row of :func:`utils.sources.claims_frame`."""
    if isinstance(claim, dict):
        return str(claim.get("text", "")), str(claim.get("why", ""))
    if hasattr(claim, "why") and hasattr(claim, "text") and isinstance(getattr(claim, "why"), str):
        return str(claim.text), str(claim.why)
    return str(claim["text"]), str(claim["why"])


def _marker_kinds(why: str) -> list[str]:
    """The kinds of marker in a ``why`` cell, in order: 'quantity claim: “x”; ...' -> ['quantity claim']."""
    kinds = []
    for part in why.split(";"):
        kind = part.split(":")[0].strip()
        if kind and kind not in kinds:
            kinds.append(kind)
    return kinds


def claim_label_options(claim: Any) -> set[str]:
    """The labels a reader can defend for a claim, from the kinds of marker in its ``why``.

    Each kind of marker supports one or two labels (a quantity can be checked
    against a source; an evaluative word may be an opinion or a framing...);
    the options are the union over the markers found.
    """
    _text, why = _claim_fields(claim)
    options: set[str] = set()
    for kind in _marker_kinds(why):
        options |= _LABELS_BY_MARKER.get(kind, set(CLAIM_LABELS))
    return options or set(CLAIM_LABELS)


def _label_of(answer: str) -> str | None:
    """A student's label mapped to one of :data:`CLAIM_LABELS`, or ``None``."""
    low = answer.strip().lower()
    hits = [label for label, words in (("fact that needs a source", ("fact", "source", "check")),
                                       ("opinion", ("opinion", "view")),
                                       ("loaded framing", ("loaded", "framing", "frame")))
            if any(w in low for w in words)]
    return hits[0] if len(hits) == 1 else None


def _words(text: str) -> list[str]:
    import re

    return re.findall(r"\d+(?:[,.]\d+)*|\w+(?:[’'-]\w+)*", text.lower())


def check_claim_label(label: Any, reason: Any, claim: Any) -> bool:
    """Exercise 01.4: classify one unattributed claim, and give a reason that points to the text.

    ``label`` must be one of :data:`CLAIM_LABELS` (small variations such as
    ``"fact"`` or ``"loaded"`` are understood). More than one label can be
    defended: the check accepts any label that fits one of the kinds of
    marker in the claim's ``why`` (see :func:`claim_label_options`).
    ``reason`` must quote the claim: either a sentence of at least four
    words with at least one word of the claim that is not a common word
    (small words such as "the", very common words such as "most" or
    "there", and the words of the task such as "fact" or "source" are no
    evidence on their own, unless they are part of a marker the rules
    found), or a phrase of two or more words in a row from the claim (see
    :func:`_quoted_evidence`). The check cannot judge an argument, but it
    can ask for evidence.
    """
    if _is_placeholder(label) or _is_placeholder(reason):
        return _placeholder_feedback()
    text, why = _claim_fields(claim)
    if not isinstance(label, str):
        return _feedback(False, "", f"give the label as text in quotes, one of {_join(list(CLAIM_LABELS))}.")
    chosen = _label_of(label)
    if chosen is None:
        return _feedback(False, "", f"'{label.strip()}' is not one of the three labels; choose one of "
                                    f"{_join(list(CLAIM_LABELS))}.")
    if not isinstance(reason, str):
        return _feedback(False, "", "write your reason as a short sentence (at least four words) in quotes, "
                                    "and quote the words of the claim that made you choose.")
    phrase, single = _quoted_evidence(reason, text, why)
    if len(_words(reason)) < 4 and phrase is None:
        return _feedback(False, "", "write your reason as a short sentence (at least four words) in quotes, "
                                    "and quote the words of the claim that made you choose (or quote a phrase of "
                                    "two or more words from it).")
    if phrase is None and not single:
        shared = sorted({w for w in _words(reason) if w in set(_words(text)) and w not in _STOPWORDS})
        if shared:
            return _feedback(False, "", f"your reason shares only common words with the claim (“{shared[0]}”), "
                                        "which could be in any sentence. Quote the words that made you choose: a "
                                        "marker, a number, a name, or a phrase of two or more words.")
        return _feedback(False, "", "your reason does not quote the claim. Point to the evidence: copy the "
                                    "word or words in the sentence that made you choose this label.")
    evidence = [phrase] if phrase else single
    options = claim_label_options(claim)
    if chosen not in options:
        found = why if why else "no markers"
        return _feedback(False, "", f"the rules flagged this sentence for {found}. Which of those words could a "
                                    "reader check against a source, and which judge or frame? Look again; if you "
                                    f"still read it as '{chosen}', keep your argument for the class discussion.")
    rest = sorted(options - {chosen})
    also = f" {_join(rest)} can be defended too." if rest else ""
    return _feedback(True, f"Well done: '{chosen}' is a defensible label, and your reason points to "
                           f"“{evidence[0]}” in the sentence.{also} Compare your reasons with a neighbour's.", "")


# --- exercise 01.5: NATO members among the signatories -----------------------


def nato_members_on(statement: Any, date: str = "2021-12-23") -> list[str]:
    """Signatories whose NATO accession date is on or before ``date`` (ISO dates, as in the CSV).

    ``statement`` is ``data/joint_statement_2021-12-23.csv`` read with pandas;
    only rows whose ``signed`` is ``yes`` count.
    """
    import datetime

    day = datetime.date.fromisoformat(str(date))
    out = []
    for r in statement.to_dict("records"):
        if str(r.get("signed", "yes")).strip().lower() != "yes":
            continue
        joined = str(r.get("nato_accession_date") or "").strip()
        try:
            if datetime.date.fromisoformat(joined[:10]) <= day:
                out.append(str(r["country"]))
        except ValueError:  # no date: not a member
            continue
    return out


def check_nato_members(answer: Any, statement: Any, date: str = "2021-12-23") -> bool:
    """Exercise 01.5: how many signatories of the joint statement were NATO members on ``date``?

    The right answer is computed from the accession dates in ``statement``
    (see :func:`nato_members_on`), not from the yes/no column, so that the
    check stays right if a date is corrected.
    """
    n, early = _count_answer(answer)
    if early is not None:
        return early

    signed = [r for r in statement.to_dict("records") if str(r.get("signed", "yes")).strip().lower() == "yes"]
    members = nato_members_on(statement, date)
    right = len(members)
    outside = sorted(str(r["country"]) for r in signed if str(r["country"]) not in members)
    if n == right:
        tail = f"; {_join(outside, quote=False)} joined later" if outside else "; every signatory was a member"
        return _feedback(True, f"Well done: {right} of the {len(signed)} signatories were NATO members on "
                               f"{date}{tail}. Now compare with what the article says.", "")
    col = next((c for c in statement.columns if c.startswith("nato_member_on")), None)
    by_column = sum(1 for r in signed if col and str(r.get(col)).strip().lower() == "yes")
    if n == len(signed):
        hint = (f"{n} is the number of signatories. Were they all members on {date}? Compare each "
                "accession date with that day.")
    elif n == len(outside):
        hint = f"{n} is the number of signatories that were NOT members on {date}. Count the others."
    elif n > len(signed):
        hint = (f"the CSV lists {len(signed)} signatories, so no more than {len(signed)} can have been members. "
                "Count the rows of the CSV, not a number from the article.")
    elif col and n == by_column:
        hint = (f"{n} is the count in the column '{col}', but the accession dates give another answer. "
                "Compute from the dates: which is right? Tell your teacher about the disagreement.")
    else:
        hint = (f"keep the rows whose 'nato_accession_date' is on or before '{date}' (ISO dates compare "
                f"correctly as text: statement['nato_accession_date'] <= '{date}') and count them.")
    return _feedback(False, "", hint)
