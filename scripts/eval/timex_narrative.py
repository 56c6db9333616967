#!/usr/bin/env python3
"""Build and score the narrative dev set (our own text, data/eval/narrative.txt).

    timex_narrative.py ANNALIST_BIN [SCORE_PY] [--errors]

Writes $TMPDIR/annalist-narrative.jsonl (the score.py format; built each run, not committed: id, text, dct, timex with code-point
offsets), runs `ANNALIST_BIN extract --jsonl` on it, and scores with the shared TempEval-3
style scorer (default /work/shared/eval/score.py). --errors lists every gold expression
with what the engine gave it.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = os.path.join(ROOT, "data", "eval", "narrative.txt")
GOLD = os.path.join(tempfile.gettempdir(), "annalist-narrative.jsonl")
MARK = re.compile(r"\[\[([^|\]]+)\|([A-Z]+)\|([^\]]+)\]\]")


def parse(path):
    docs, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#"):
            continue
        if line.startswith("@doc "):
            _, doc_id, dct = line.split()
            cur = {"id": doc_id, "dct": None if dct == "-" else dct, "lines": []}
            docs.append(cur)
            continue
        if cur is not None:
            cur["lines"].append(line)
    out = []
    for d in docs:
        raw = "\n".join(d["lines"]).strip("\n")
        text, timex, pos = "", [], 0
        for m in MARK.finditer(raw):
            text += raw[pos:m.start()]
            start = len(text)
            text += m.group(1)
            timex.append({"start": start, "end": len(text), "text": m.group(1),
                          "type": m.group(2), "value": m.group(3)})
            pos = m.end()
        text += raw[pos:]
        out.append({"id": d["id"], "dct": d["dct"], "text": text, "timex": timex})
    return out


def main(argv):
    binary = argv[1]
    score = next((a for a in argv[2:] if not a.startswith("--")), "/work/shared/eval/score.py")
    docs = parse(SRC)
    with open(GOLD, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    inp = "".join(json.dumps({"id": d["id"], "text": d["text"], "date": d["dct"]}) + "\n" for d in docs)
    res = subprocess.run([binary, "extract", "--jsonl"], input=inp.encode(), capture_output=True, check=True)
    sys_path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "annalist-narrative-out.jsonl")
    with open(sys_path, "wb") as f:
        f.write(res.stdout)
    print(f"== narrative dev set ({sum(len(d['timex']) for d in docs)} expressions, {len(docs)} documents)")
    sys.stdout.flush()
    subprocess.run([sys.executable, score, "timex", GOLD, sys_path], check=True)
    if "--errors" in argv:
        system = {json.loads(l)["id"]: json.loads(l) for l in res.stdout.decode().splitlines() if l.strip()}
        for d in docs:
            st = system.get(d["id"], {}).get("timex", [])
            for g in d["timex"]:
                hit = [x for x in st if x["start"] < g["end"] and g["start"] < x["end"]]
                got = f"{hit[0]['text']!r} {hit[0]['value']}" if hit else "-"
                mark = "ok " if hit and hit[0]["value"] == g["value"] else "ERR"
                print(f"{mark} {d['id']}: {g['text']!r} {g['value']} <- {got}")


if __name__ == "__main__":
    main(sys.argv)
