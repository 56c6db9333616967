"""The Spark recipe in local[2] mode against the CLI on a few hundred generated articles.

One Spark session for the whole module (a JVM start costs ~10 s). Skipped when pyspark is
not installed (`make test-python`); `make test-spark` installs it and runs this.
"""

from __future__ import annotations

import json
from typing import Dict, List

import pytest
from corpus import articles

pyspark = pytest.importorskip("pyspark")

from annalist import spark as ann  # noqa: E402

N_DOCS = 300


@pytest.fixture(scope="module")
def session():
    s = ann.session("local[2]", app="annalist-test")
    yield s
    s.stop()


def expected_rows(analyses: List[dict]) -> Dict[str, List[dict]]:
    """The five tables built in plain Python from the CLI's JSON (absent key -> None)."""
    rows: Dict[str, List[dict]] = {k: [] for k in ann.TABLES}
    for a in analyses:
        d = a["id"]
        for i, m in enumerate(a["entities"]):
            rows["mentions"].append({
                "doc_id": d, "idx": i, "start": m["start"], "end": m["end"],
                "start16": m["start16"], "end16": m["end16"], "text": m["text"],
                "label": m["label"], "entity": m["entity"], "actor": m.get("actor"),
                "resolved": m.get("resolved")})
        for i, e in enumerate(a["entity_list"]):
            rows["entities"].append({
                "doc_id": d, "idx": i, "entity": e["id"], "name": e["name"], "label": e["label"],
                "aliases": e.get("aliases"), "mentions": e["mentions"], "salience": e["salience"],
                "roles": e.get("roles"), "country": e.get("country")})
        for i, t in enumerate(a["timex"]):
            rows["timexes"].append({
                "doc_id": d, "idx": i, "timex": t["id"], "start": t["start"], "end": t["end"],
                "start16": t["start16"], "end16": t["end16"], "text": t["text"],
                "type": t["type"], "value": t["value"], "mod": t.get("mod")})
        for i, v in enumerate(a["events"]):
            rows["events"].append({
                "doc_id": d, "idx": i, "event": v["id"], "date": v["date"], "label": v["label"],
                "participants": v.get("participants"), "sentence_start": v["sentence"][0],
                "sentence_end": v["sentence"][1], "timex": v.get("timex"),
                "relations": v.get("relations")})
        for i, r in enumerate(a.get("relations", [])):
            rows["relations"].append({
                "doc_id": d, "idx": i, "relation": r["id"], "type": r["type"],
                "source": r["source"], "target": r["target"], "items": r.get("items"),
                "modality": r["modality"], "sentence_start": r["sentence"][0],
                "sentence_end": r["sentence"][1], "trigger_start": r["trigger"][0],
                "trigger_end": r["trigger"][1], "date": r.get("date"), "timex": r.get("timex")})
    return rows


def test_spark_tables_match_cli(session, tmp_path, cli):
    from pyspark.sql import functions as F

    docs = articles(N_DOCS, seed=18)
    want_lines = cli(docs)
    df = session.createDataFrame(
        [(d["id"], d["text"], d["date"]) for d in docs], "id STRING, text STRING, `date` STRING"
    ).withColumn("date", F.to_date("date")).repartition(4)

    paths = ann.run(df, str(tmp_path / "out"))

    # The analyses table holds exactly the CLI's lines.
    got_lines = {r["id"]: r["analysis"] for r in session.read.parquet(paths["analyses"]).collect()}
    assert got_lines == {d["id"]: line for d, line in zip(docs, want_lines)}

    want = expected_rows([json.loads(s) for s in want_lines])
    for name in ann.TABLES:
        assert want[name], f"the generated corpus yields {name}"
        got = [r.asDict(recursive=True) for r in session.read.parquet(paths[name]).collect()]
        key = lambda r: (r["doc_id"], r["idx"])  # noqa: E731
        assert sorted(got, key=key) == sorted(want[name], key=key), name
