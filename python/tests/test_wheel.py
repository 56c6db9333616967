"""`pip install` of the built wheel into a fresh virtualenv gives the CLI's JSON."""

from __future__ import annotations

import json
import os
import subprocess
import venv
from pathlib import Path

import pytest
from conftest import ROOT

SEED_DIR = ROOT.parent / "shared" / "seeds"

SCRIPT = """
import json, sys
import annalist
docs = json.load(sys.stdin)
for line in annalist.extract_many_jsonl(docs, threads=2):
    print(line)
"""


def wheel() -> Path:
    if os.environ.get("ANNALIST_WHEEL"):
        return Path(os.environ["ANNALIST_WHEEL"])
    found = sorted((ROOT / "target" / "wheels").glob("annalist-*.whl"), key=os.path.getmtime)
    if not found:
        pytest.fail("no wheel in target/wheels: run `make wheel`")
    return found[-1]


def test_fresh_venv_install_gives_cli_json(tmp_path, cli):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run(
        [str(py), "-m", "pip", "install", "--quiet", "--no-index", "--no-deps", str(wheel())],
        check=True,
    )
    docs = [{"id": "own", "text": "Kestrel Aerospace sold cargo drones to Chile on 3 February, "
             "said Ingrid Solberg, its chairman.", "date": "2025-02-10"}]
    seeds = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
    # The seed article is read at test time only (never copied into the repository).
    docs += [{"id": p.name, "text": p.read_text(encoding="utf-8")} for p in seeds]
    out = subprocess.run(
        [str(py), "-c", SCRIPT], input=json.dumps(docs).encode(), capture_output=True,
        check=True, cwd=tmp_path,  # not the repository: import the installed package
    )
    got = out.stdout.decode().splitlines()
    assert got == cli(docs)
    assert all(json.loads(line)["entities"] for line in got)
