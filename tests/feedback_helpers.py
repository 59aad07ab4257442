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
