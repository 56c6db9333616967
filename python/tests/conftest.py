"""Shared fixtures: the CLI (the reference the Python package must match) and its output."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Dict, List, Sequence

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cli_path() -> Path:
    """The `annalist` CLI binary: $ANNALIST_CLI, else target/debug/annalist (`make test-python`
    builds it)."""
    p = Path(os.environ.get("ANNALIST_CLI", ROOT / "target" / "debug" / "annalist"))
    if not p.exists():
        pytest.fail(f"no CLI at {p}: run `cargo build --bin annalist` or set ANNALIST_CLI")
    return p


def run_cli(docs: Sequence[Dict[str, object]], status: int = 0) -> List[str]:
    """`annalist extract --jsonl` on ``docs``: one output line per document, in order.
    ``status`` is the exit status expected (1 when a line is named on stderr: a bad date)."""
    stdin = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    out = subprocess.run(
        [str(cli_path()), "extract", "--jsonl"],
        input=stdin.encode(), capture_output=True, check=False,
    )
    assert out.returncode == status, out.stderr.decode()
    lines = out.stdout.decode().splitlines()
    assert len(lines) == len(docs), out.stderr.decode()
    return lines


@pytest.fixture(scope="session")
def cli():
    return run_cli
