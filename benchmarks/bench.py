"""Speed of the pack: pipeline load, parse, and quote extraction.

Run: python benchmarks/bench.py [--repeat N]

Reports (median of N runs, wall-clock seconds on this machine):
- time to load the spaCy pipeline (first call of load_pipeline in a fresh process)
- bare spaCy parse of the text: nlp(text)
- utils.parse (paragraph-aware) of the same text
- quote extraction on the parsed Doc, and parse + extraction over the bare parse
- words per second, on the seed and on a ~20,000-word article built by
  concatenating the paragraphs of the fixture articles in tests/fixtures/
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load_time() -> float:
    code = "import time; t=time.perf_counter(); from utils.nlp import load_pipeline; load_pipeline(); print(time.perf_counter()-t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.strip())


def big_article(words: int = 20000) -> str:
    paras = []
    for f in sorted((ROOT / "tests" / "fixtures" / "articles").glob("*/*.txt")):
        paras += [p for p in f.read_text(encoding="utf-8").splitlines() if p.strip()]
    out, n, i = [], 0, 0
    while n < words:
        p = paras[i % len(paras)]
        out.append(p)
        n += len(p.split())
        i += 1
    return "\n".join(out) + "\n"


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def measure(name: str, text: str, repeat: int) -> dict:
    from utils.article import article_from_text
    from utils.nlp import load_pipeline, parse
    from utils.quotes import extract_quotes

    nlp = load_pipeline()
    art = article_from_text(text)
    words = len(text.split())
    bare = median_time(lambda: nlp(text), repeat)
    ours = median_time(lambda: parse(art), repeat)
    doc = parse(art)
    extract = median_time(lambda: extract_quotes(doc), repeat)
    return {
        "text": name, "words": words,
        "bare_parse_s": round(bare, 4), "utils_parse_s": round(ours, 4), "extract_s": round(extract, 4),
        "parse_plus_extract_over_bare": round((ours + extract) / bare, 3),
        "extract_over_bare": round(extract / bare, 3),
        "words_per_s_parse_plus_extract": round(words / (ours + extract)),
        "quotes_found": len(extract_quotes(doc)),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    seed = open(ROOT / "seeds" / "000_5297e4650a3c2fb4.txt", encoding="utf-8").read()
    report = {"pipeline_load_s": round(load_time(), 3),
               "runs": [measure("seed", seed, args.repeat), measure("20k words", big_article(), max(1, args.repeat // 2))]}
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
