import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_5297e4650a3c2fb4.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return open(SEED, encoding="utf-8").read()


@pytest.fixture(scope="session")
def seed_article():
    from utils import load_article
    return load_article()


@pytest.fixture(scope="session")
def seed_doc(seed_article):
    from utils import parse
    return parse(seed_article)


def run_cli(*args: str, cwd: Path | None = None):
    import subprocess
    return subprocess.run([sys.executable, "-m", "utils", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=120)
