#!/usr/bin/env python3
"""Extra checks of the time engine on the chrono-node and compromise-dates test cases.

    timex_cases.py ANNALIST_BIN EVAL_DIR OUT_DIR

chrono (chrono-en-cases.jsonl): each case is a short text, a reference date and the
expected start (year/month/day). A case counts as *found* when a timex overlaps the
expected text, *right* when the timex's TimeML value agrees with every calendar
field it should give (a value coarser than expected, e.g. "2014-04" for a day, is
wrong; also reported: right at the value's own granularity; clock times are compared
on the date only). "no_result" cases count a
false alarm when any timex is produced.
compromise-dates (compromise-dates-cases.jsonl): the subset with one input text, a
"today" and an expected ISO start date ("[start] ..." assertions).
"""
import datetime
import json
import subprocess
import sys


def run(binary, docs):
    inp = "".join(json.dumps(d) + "\n" for d in docs)
    out = subprocess.run([binary, "extract", "--jsonl"], input=inp.encode(), capture_output=True, check=False)
    return {json.loads(l)["id"]: json.loads(l) for l in out.stdout.decode().splitlines() if l.strip()}


def fields(value):
    """TimeML value -> (year, month, day) known fields, or None."""
    v = value.split("T")[0]
    parts = v.split("-")
    try:
        y = int(parts[0])
    except ValueError:
        return None
    if len(parts) == 1:
        return (y, None, None)
    if parts[1][:1] in "QH" and parts[1][1:].isdigit():
        per = 3 if parts[1][0] == "Q" else 6
        return (y, (int(parts[1][1:]) - 1) * per + 1, None)
    if parts[1].startswith("W"):
        try:
            d = datetime.date.fromisocalendar(y, int(parts[1][1:]), 1)
        except ValueError:
            return None
        return (d.year, d.month, d.day) if len(parts) == 2 else None
    try:
        m = int(parts[1])
        d = int(parts[2]) if len(parts) > 2 else None
    except ValueError:
        return None
    return (y, m, d)


def agrees(value, want, lenient=False):
    """Every expected field matches; lenient: fields our (coarser) value leaves out are not held against it."""
    got = fields(value)
    if got is None:
        return False
    for g, w in zip(got, want):
        if w is not None and g != w and not (lenient and g is None):
            return False
    return True


def chrono(binary, path):
    docs, want = [], {}
    for line in open(path, encoding="utf-8"):
        c = json.loads(line)
        ref = c.get("reference_date") or ""
        if isinstance(ref, dict):
            ref = ref.get("instant") or ""
        ref = ref[:10] or None
        if c["kind"] == "no_result":
            docs.append({"id": c["id"], "text": c["text"], "date": ref})
            want[c["id"]] = None
            continue
        e = c.get("expected") or {}
        if c["kind"] != "single" or "text" not in e or ref is None:
            continue
        if "start" in e:
            s = e["start"]
            w = (s.get("year"), s.get("month"), s.get("day"))
        elif "start_date" in e:
            try:
                w = tuple(int(x) for x in str(e["start_date"])[:10].split("-"))
            except ValueError:
                continue
            if len(w) != 3:
                continue
        else:
            continue
        at = c["text"].find(e["text"])
        if at < 0:
            continue
        docs.append({"id": c["id"], "text": c["text"], "date": ref})
        want[c["id"]] = (at, at + len(e["text"]), w)
    res = run(binary, docs)
    n = found = right = lenient = neg = alarms = 0
    for i, w in want.items():
        tx = res.get(i, {}).get("timex", [])
        if w is None:
            neg += 1
            alarms += bool(tx)
            continue
        n += 1
        a, b, fw = w
        hits = [t for t in tx if t["start"] < b and a < t["end"]]
        found += bool(hits)
        right += any(agrees(t["value"], fw) for t in hits)
        lenient += any(agrees(t["value"], fw, True) for t in hits)
    print(f"chrono cases: {n} dated, found {found} ({100*found/max(n,1):.1f}%), "
          f"right value {right} ({100*right/max(n,1):.1f}%), right at our granularity {lenient} "
          f"({100*lenient/max(n,1):.1f}%); no-result cases {neg}, false alarms {alarms}")


def compromise(binary, path):
    docs, want = [], {}
    for line in open(path, encoding="utf-8"):
        c = json.loads(line)
        exp = c.get("expected")
        ctx = c.get("context") or {}
        today = ctx.get("today")
        if (len(c.get("inputs") or []) != 1 or not isinstance(exp, str) or not today
                or "start" not in (c.get("msg") or "") or len(exp) != 10 or exp[4] != "-"):
            continue
        try:
            ref = datetime.date(today[0], today[1] + 1, today[2] if len(today) > 2 else 1)
            w = tuple(int(x) for x in exp.split("-"))
        except (ValueError, TypeError, IndexError):
            continue
        docs.append({"id": c["id"], "text": c["inputs"][0], "date": ref.isoformat()})
        want[c["id"]] = w
    res = run(binary, docs)
    n = len(want)
    found = sum(bool(res.get(i, {}).get("timex")) for i in want)
    right = sum(any(agrees(t["value"], w) for t in res.get(i, {}).get("timex", [])[:1]) for i, w in want.items())
    print(f"compromise-dates start cases: {n}, found {found} ({100*found/max(n,1):.1f}%), "
          f"right value {right} ({100*right/max(n,1):.1f}%)")


if __name__ == "__main__":
    binary, ev = sys.argv[1], sys.argv[2]
    chrono(binary, f"{ev}/chrono-en-cases.jsonl")
    compromise(binary, f"{ev}/compromise-dates-cases.jsonl")
