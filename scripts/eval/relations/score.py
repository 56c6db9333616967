#!/usr/bin/env python3
"""Relation precision and recall of Annalist's output against gold.tsv.

    score.py gold.tsv system.jsonl

A system relation matches a gold one of the same document when the types are equal and the
source and target entities (canonical name or any alias, case-insensitive) are among the gold
names (MEETING in either direction). Each gold relation matches at most once. Prints
per-type and overall P/R/F1, modality agreement on matches, and item P/R on matched SUPPLY.
"""
import json
import sys
from collections import defaultdict


def load_gold(path):
    gold = defaultdict(list)
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        doc, kind, src, tgt, items, mod = line.rstrip("\n").split("\t")
        gold[doc].append({
            "type": kind,
            "source": {n.lower() for n in src.split("|")},
            "target": {n.lower() for n in tgt.split("|")},
            "items": {i.lower() for i in items.split(";") if i},
            "modality": mod,
        })
    return gold


def names(entity):
    return {entity["name"].lower(), *(a.lower() for a in entity.get("aliases", []))}


def matches(g, kind, s, t):
    if g["type"] != kind:
        return False
    fwd = s & g["source"] and t & g["target"]
    back = kind == "MEETING" and s & g["target"] and t & g["source"]
    return bool(fwd or back)


def main():
    gold = load_gold(sys.argv[1])
    tp, fp, fn = defaultdict(int), defaultdict(int), defaultdict(int)
    mod_ok = mod_all = 0
    it_tp = it_sys = it_gold = 0
    wrong = []
    for line in open(sys.argv[2], encoding="utf-8"):
        a = json.loads(line)
        ents = {e["id"]: e for e in a["entity_list"]}
        left = list(gold.get(a["id"], []))
        for r in a.get("relations", []):
            s, t = names(ents[r["source"]]), names(ents[r["target"]])
            hit = next((g for g in left if matches(g, r["type"], s, t)), None)
            label = f'{a["id"]}: {r["type"]} {ents[r["source"]]["name"]} -> {ents[r["target"]]["name"]} ({r["modality"]})'
            if hit is None:
                fp[r["type"]] += 1
                wrong.append("FP " + label)
                continue
            left.remove(hit)
            tp[r["type"]] += 1
            mod_all += 1
            mod_ok += hit["modality"] == r["modality"]
            if r["type"] == "SUPPLY":
                got = {ents[i]["name"].lower() for i in r.get("items", [])}
                it_tp += len(got & hit["items"])
                it_sys += len(got)
                it_gold += len(hit["items"])
        for g in left:
            fn[g["type"]] += 1
            wrong.append(f'FN {a["id"]}: {g["type"]} {"|".join(sorted(g["source"]))} -> {"|".join(sorted(g["target"]))}')
    print(f'{"type":<11} {"gold":>4} {"sys":>4} {"P":>6} {"R":>6} {"F1":>6}')
    types = sorted(set(tp) | set(fp) | set(fn))
    for k in types + ["ALL"]:
        a = sum(tp.values()) if k == "ALL" else tp[k]
        b = sum(fp.values()) if k == "ALL" else fp[k]
        c = sum(fn.values()) if k == "ALL" else fn[k]
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{k:<11} {a + c:>4} {a + b:>4} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    if mod_all:
        print(f"modality agreement on matches: {mod_ok}/{mod_all}")
    if it_gold:
        print(f"SUPPLY items on matches: P {it_tp}/{it_sys}  R {it_tp}/{it_gold}")
    # A held-out set prints its figures only (`--summary`): its misses would
    # show the gold to whoever runs the script, and then it is held out no more.
    if "--summary" not in sys.argv[3:]:
        for w in wrong:
            print(w)


if __name__ == "__main__":
    main()
