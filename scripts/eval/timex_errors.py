#!/usr/bin/env python3
"""List the value errors of a timex run (relaxed matches whose value differs), for development.

    timex_errors.py GOLD.jsonl SYSTEM.jsonl [--missed] [--spurious] [--context]

Prints one line per error: document date, gold text/type/value, system text/type/value. The texts
are third-party: read them, never copy them into the project.
"""
import json
import sys


def main(argv):
    gold = {json.loads(l)["id"]: json.loads(l) for l in open(argv[1], encoding="utf-8")}
    system = {json.loads(l)["id"]: json.loads(l) for l in open(argv[2], encoding="utf-8") if l.strip()}
    missed = "--missed" in argv
    spurious = "--spurious" in argv
    context = "--context" in argv
    for doc_id, g in gold.items():
        st = system.get(doc_id, {}).get("timex", [])
        gt = g.get("timex", [])
        used = set()
        for x in st:
            match = None
            for i, y in enumerate(gt):
                if i not in used and x["start"] < y["end"] and y["start"] < x["end"]:
                    match = i
                    break
            if match is None:
                if spurious:
                    print(f"SPUR {g['dct']} {x['text']!r} {x['type']} {x['value']}")
                continue
            used.add(match)
            y = gt[match]
            if not missed and not spurious and str(x.get("value")) != str(y.get("value")):
                line = f"{g['dct']} | {y['text']!r} {y['type']} {y['value']} | {x['text']!r} {x['type']} {x['value']}"
                if context:
                    t = g["text"]
                    a = max(0, y["start"] - 160)
                    line += " || " + t[a:y["end"] + 60].replace("\n", " ")
                print(line)
        if missed:
            for i, y in enumerate(gt):
                if i not in used:
                    print(f"MISS {g['dct']} {y['text']!r} {y['type']} {y['value']}")


if __name__ == "__main__":
    main(sys.argv)
