"""Throughput of the engine from the CLI, from Python and on Spark (figures, not a test).

    target/venv/bin/python python/bench/throughput.py --cli target/native/annalist --docs 2000

Prints documents per second, wall-clock and per CPU-second (CPU time of the process and its
children: robust on a shared machine, where wall-clock depends on other load), for:
the CLI (`annalist extract --jsonl`, one thread), `annalist.extract` in a loop,
`annalist.extract_many` with threads=1 and threads=2, and the Spark recipe (`annalist.spark`)
in local[1] and local[2] mode (engine only, `noop` sink; then the full recipe to Parquet).
Input: generated articles of about 4 KB (tests/corpus.py), the same for every runner.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from corpus import articles  # noqa: E402

import annalist  # noqa: E402


def cpu() -> float:
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def tree_cpu(root: int) -> float:
    """CPU seconds of process ``root`` and all its descendants (Linux /proc), reaped children
    included (utime + stime + cutime + cstime)."""
    parent, times = {}, {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parent[int(d)] = int(fields[1])
        times[int(d)] = sum(int(x) for x in fields[11:15])
    total, todo = 0, [root]
    while todo:
        p = todo.pop()
        total += times.get(p, 0)
        todo += [c for c, pp in parent.items() if pp == p]
    return total / os.sysconf("SC_CLK_TCK")


def spark_cpu(s) -> float:
    """CPU seconds so far of this driver, its JVM and the JVM's Python workers."""
    return cpu() + tree_cpu(s.sparkContext._gateway.proc.pid)


def measure(name, n, fn, rows):
    c0, t0 = cpu(), time.perf_counter()
    fn()
    wall, cpus = time.perf_counter() - t0, cpu() - c0
    rows.append((name, n / wall, n / cpus if cpus > 0 else float("nan")))
    print(f"{name:<38} {n / wall:>9.1f} docs/s wall   {n / cpus:>9.1f} docs/CPU-s", flush=True)


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--cli", required=True, help="the annalist binary (a --profile native build)")
    p.add_argument("--docs", type=int, default=2000)
    p.add_argument("--spark", action="store_true", help="also Spark local[1] and local[2]")
    p.add_argument("--json", help="write the figures here")
    args = p.parse_args()

    docs = articles(args.docs, min_chars=3900, seed=2024)
    size = sum(len(d["text"].encode()) for d in docs) / len(docs)
    print(f"{len(docs)} generated articles, mean {size:.0f} bytes UTF-8; load {os.getloadavg()[0]:.1f}")
    tmp = Path(tempfile.mkdtemp(prefix="annalist-bench-"))
    jsonl = tmp / "docs.jsonl"
    jsonl.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs))
    rows = []
    n = len(docs)

    def cli():
        with open(jsonl, "rb") as f:
            subprocess.run([args.cli, "extract", "--jsonl"], stdin=f, stdout=subprocess.DEVNULL,
                           check=True)

    annalist.extract_many(docs[:50], threads=1)  # warm up (page in the model data)
    measure("CLI extract --jsonl (1 thread)", n, cli, rows)
    measure("Python extract() loop", n,
            lambda: [annalist.extract(d["text"], d["date"], d["id"]) for d in docs], rows)
    measure("Python extract_many threads=1", n, lambda: annalist.extract_many(docs, threads=1), rows)
    measure("Python extract_many threads=2", n, lambda: annalist.extract_many(docs, threads=2), rows)
    measure("Python extract_many_jsonl thr=2", n,
            lambda: annalist.extract_many_jsonl(docs, threads=2), rows)

    if args.spark:
        from annalist import spark as ann

        for master in ("local[1]", "local[2]"):
            s = ann.session(master, app=f"annalist-bench-{master}")
            df = s.read.schema("id STRING, text STRING, `date` STRING").json(str(jsonl))
            df = df.repartition(4).cache()
            df.count()
            ann.analyse(df.limit(50)).write.format("noop").mode("overwrite").save()  # warm up
            # CPU: the work runs in the JVM and its Python workers, not in this process.
            for what, job in (
                ("analyse (noop sink)",
                 lambda: ann.analyse(df).write.format("noop").mode("overwrite").save()),
                ("full recipe (Parquet)",
                 lambda: ann.run(df, str(tmp / f"out-{master.replace('[', '').replace(']', '')}"))),
            ):
                c0, t0 = spark_cpu(s), time.perf_counter()
                job()
                w, c = time.perf_counter() - t0, spark_cpu(s) - c0
                name = f"Spark {master} {what}"
                rows.append((name, n / w, n / c))
                print(f"{name:<38} {n / w:>9.1f} docs/s wall   {n / c:>9.1f} docs/CPU-s", flush=True)
            s.stop()
    print(f"load after: {os.getloadavg()[0]:.1f} (2 cores)")
    shutil.rmtree(tmp, ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps(
            {"docs": n, "mean_bytes": size, "rows": [list(r) for r in rows]}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
