"""Annalist on Spark: analyse a corpus in parallel and write the results as Parquet.

The recipe, for a DataFrame ``docs`` with string columns ``id``, ``text`` and ``date``
(``YYYY-MM-DD``, a Spark ``DATE`` or null)::

    from annalist import spark as ann
    analyses = ann.analyse(docs)               # (id, analysis): one JSONL-contract line per document
    tables = ann.tables(analyses)              # {"mentions": DataFrame, "entities": ..., ...}
    ann.run(docs, "out/")                      # both, written as Parquet under out/<table>/

``analyse`` is the only step that runs Python: ``mapInArrow`` hands each task Arrow batches,
which go to :func:`annalist.extract_many_jsonl` (the Rust engine, GIL released). Everything
after it is Spark SQL: ``from_json`` with :data:`ANALYSIS_SCHEMA` and ``posexplode``.

Tables (one row per item; ``doc_id`` is the document's ``id``; offsets are Unicode code points,
end-exclusive, into that document's text; a key absent from the JSON is null):

* ``mentions``: doc_id, idx, start, end, start16, end16, text, label, entity, actor, resolved
* ``entities``: doc_id, idx, entity, name, label, aliases, mentions, salience, roles, country
* ``timexes``: doc_id, idx, timex, start, end, start16, end16, text, type, value, mod
* ``events``: doc_id, idx, event, date, label, participants, sentence_start, sentence_end,
  timex, relations
* ``relations``: doc_id, idx, relation, type, source, target, items, modality,
  sentence_start, sentence_end, trigger_start, trigger_end, date, timex

``idx`` is the item's 0-based position in its document's list. Every executor needs the
``annalist`` wheel installed (``pip install annalist-*.whl``, or ``--py-files`` is not enough:
the package has a compiled module).

Command line (local mode; on a cluster, ``spark-submit`` this file with the same arguments)::

    python -m annalist.spark docs.jsonl out/ --master 'local[2]'
    spark-submit --master yarn "$(python -c 'import annalist.spark as m; print(m.__file__)')" in/ out/
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from typing import TYPE_CHECKING, Dict, Iterator, Optional

if TYPE_CHECKING:  # pyspark and pyarrow are only needed when the recipe runs
    import pyarrow as pa
    from pyspark.sql import DataFrame, SparkSession

#: Spark DDL of one analysis (the JSONL contract, ``src/engine/model.rs``), for ``from_json``.
ANALYSIS_SCHEMA = (
    "id STRING, `date` STRING, date_source STRING, text_date STRING, "
    "sentences ARRAY<ARRAY<INT>>, "
    "entities ARRAY<STRUCT<`start`: INT, `end`: INT, start16: INT, end16: INT, text: STRING, "
    "label: STRING, entity: STRING, actor: STRING, resolved: STRING>>, "
    "entity_list ARRAY<STRUCT<id: STRING, name: STRING, label: STRING, aliases: ARRAY<STRING>, "
    "mentions: INT, salience: DOUBLE, roles: ARRAY<STRING>, country: STRING>>, "
    "timex ARRAY<STRUCT<id: STRING, `start`: INT, `end`: INT, start16: INT, end16: INT, "
    "text: STRING, type: STRING, value: STRING, `mod`: STRING>>, "
    "events ARRAY<STRUCT<id: STRING, `date`: STRING, label: STRING, participants: ARRAY<STRING>, "
    "sentence: ARRAY<INT>, sentence16: ARRAY<INT>, timex: STRING, "
    "relations: ARRAY<STRUCT<relation: STRING, event: STRING>>>>, "
    "relations ARRAY<STRUCT<id: STRING, type: STRING, source: STRING, target: STRING, "
    "items: ARRAY<STRING>, modality: STRING, sentence: ARRAY<INT>, sentence16: ARRAY<INT>, "
    "`trigger`: ARRAY<INT>, `date`: STRING, timex: STRING>>, "
    "warnings ARRAY<STRING>"
)

#: Columns of each table, as SQL expressions over the exploded item ``x`` (and ``doc_id``, ``idx``).
TABLES: Dict[str, tuple] = {
    "mentions": (
        "entities",
        ["x.start", "x.end", "x.start16", "x.end16", "x.text", "x.label", "x.entity",
         "x.actor", "x.resolved"],
    ),
    "entities": (
        "entity_list",
        ["x.id AS entity", "x.name", "x.label", "x.aliases", "x.mentions", "x.salience",
         "x.roles", "x.country"],
    ),
    "timexes": (
        "timex",
        ["x.id AS timex", "x.start", "x.end", "x.start16", "x.end16", "x.text", "x.type",
         "x.value", "x.mod"],
    ),
    "events": (
        "events",
        ["x.id AS event", "x.date", "x.label", "x.participants",
         "x.sentence[0] AS sentence_start", "x.sentence[1] AS sentence_end", "x.timex",
         "x.relations"],
    ),
    "relations": (
        "relations",
        ["x.id AS relation", "x.type", "x.source", "x.target", "x.items", "x.modality",
         "x.sentence[0] AS sentence_start", "x.sentence[1] AS sentence_end",
         "x.trigger[0] AS trigger_start", "x.trigger[1] AS trigger_end", "x.date", "x.timex"],
    ),
}


def _analyse_batches(
    batches: Iterator["pa.RecordBatch"], threads: int, id_col: str, text_col: str, date_col: str
) -> Iterator["pa.RecordBatch"]:
    """mapInArrow body: (id, text, date) batches -> (id, analysis JSON) batches."""
    import pyarrow as pa

    import annalist

    for batch in batches:
        ids = batch.column(id_col).to_pylist()
        texts = batch.column(text_col).to_pylist()
        dates = batch.column(date_col).to_pylist() if date_col in batch.schema.names else None
        docs = []
        for i, (doc_id, text) in enumerate(zip(ids, texts)):
            d = dates[i] if dates is not None else None
            if isinstance(d, _dt.date):
                d = d.isoformat()
            docs.append({"id": "" if doc_id is None else str(doc_id), "text": text or "", "date": d})
        lines = annalist.extract_many_jsonl(docs, threads=threads)
        yield pa.RecordBatch.from_arrays(
            [pa.array([d["id"] for d in docs], pa.string()), pa.array(lines, pa.string())],
            names=["id", "analysis"],
        )


def analyse(
    docs: "DataFrame",
    threads: int = 1,
    id_col: str = "id",
    text_col: str = "text",
    date_col: str = "date",
) -> "DataFrame":
    """Run the engine over ``docs``: returns a DataFrame ``(id STRING, analysis STRING)``,
    ``analysis`` being exactly the line ``annalist extract --jsonl`` prints for that document.

    ``threads`` is the engine threads per Spark task: keep 1 and let Spark use the cores
    (one task per core), unless tasks get fewer cores than they have.
    Lazy like any transformation; persist or write it so the engine runs once.
    """
    cols = [id_col, text_col] + ([date_col] if date_col in docs.columns else [])
    return docs.select(*cols).mapInArrow(
        lambda it: _analyse_batches(it, threads, id_col, text_col, date_col),
        "id STRING, analysis STRING",
    )


def parse(analyses: "DataFrame") -> "DataFrame":
    """``(id, analysis)`` -> ``(doc_id, a)``, ``a`` the analysis as a struct of
    :data:`ANALYSIS_SCHEMA` (Spark's ``from_json``)."""
    from pyspark.sql import functions as F

    return analyses.select(
        F.col("id").alias("doc_id"), F.from_json("analysis", ANALYSIS_SCHEMA).alias("a")
    )


def tables(analyses: "DataFrame") -> Dict[str, "DataFrame"]:
    """Flatten ``(id, analysis)`` rows, or the ``(doc_id, a)`` rows of :func:`parse` (say,
    persisted), into the five tables of the module docstring."""
    from pyspark.sql import functions as F

    parsed = analyses if "a" in analyses.columns else parse(analyses)
    out = {}
    for name, (field, columns) in TABLES.items():
        exploded = parsed.select("doc_id", F.posexplode(f"a.{field}").alias("idx", "x"))
        out[name] = exploded.selectExpr("doc_id", "idx", *columns)
    return out


def run(docs: "DataFrame", out: str, threads: int = 1, mode: str = "overwrite") -> Dict[str, str]:
    """Analyse ``docs`` and write Parquet: ``out/analyses`` (id, analysis JSON: the CLI's
    lines), then each table at ``out/<name>``, from the analyses read back and parsed once
    (persisted, memory and disk), so the engine and the JSON parser run once per document.
    Returns name -> path."""
    from pyspark import StorageLevel

    spark = docs.sparkSession
    base = out.rstrip("/")
    paths = {"analyses": f"{base}/analyses"}
    analyse(docs, threads=threads).write.mode(mode).parquet(paths["analyses"])
    parsed = parse(spark.read.parquet(paths["analyses"])).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        for name, df in tables(parsed).items():
            paths[name] = f"{base}/{name}"
            df.write.mode(mode).parquet(paths[name])
    finally:
        parsed.unpersist()
    return paths


def session(master: Optional[str] = "local[2]", app: str = "annalist") -> "SparkSession":
    """A SparkSession whose Python workers use this interpreter (the one with ``annalist``).
    ``master=None`` keeps what ``spark-submit`` set (``local[*]`` when run by plain python)."""
    import os

    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder if master is None else SparkSession.builder.master(master)
    return (
        builder.appName(app)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )


def main(argv: Optional[list] = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m annalist.spark",
        description="Analyse a JSONL or Parquet corpus of (id, text, date) with Spark; "
        "write Parquet tables mentions, entities, timexes, events, relations.",
    )
    p.add_argument("input", help="*.jsonl (one {id, text, date?} a line) or a Parquet path")
    p.add_argument("out", help="output directory")
    p.add_argument("--master", default=None,
                   help="Spark master, e.g. local[2] (default: spark-submit's, else local[*])")
    p.add_argument("--partitions", type=int, default=0, help="repartition the input first")
    p.add_argument("--threads", type=int, default=1, help="engine threads per task")
    args = p.parse_args(argv)
    spark = session(args.master)
    if args.input.endswith((".jsonl", ".json")):
        docs = spark.read.schema("id STRING, text STRING, `date` STRING").json(args.input)
    else:
        docs = spark.read.parquet(args.input)
    if args.partitions:
        docs = docs.repartition(args.partitions)
    for name, path in run(docs, args.out, threads=args.threads).items():
        print(f"{name}\t{spark.read.parquet(path).count()} rows\t{path}")
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
