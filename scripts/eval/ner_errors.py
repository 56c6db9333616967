#!/usr/bin/env python3
"""Name errors per set by kind (conll classes), from the files scripts/eval/ner-all.sh writes.

    python3 scripts/eval/ner_errors.py OUT_DIR [--examples N] [--set NAME]

For each gold name: right (same span, same class), wrong type (same span, other class),
boundary (overlaps a system name of other span), never proposed (no system name overlaps).
For each system name overlapping no gold name: false alarm. With --examples, prints the most
frequent surface forms of each kind (for reading only; never copy them into the project).
"""
import collections, json, os, sys

CONLL = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
         "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
         "LANGUAGE": "MISC", "MISC": "MISC"}

def load(path):
    out = {}
    for line in open(path):
        if line.strip():
            d = json.loads(line)
            out[d["id"]] = d
    return out

def ents(d):
    return [(e["start"], e["end"], CONLL[e["label"]]) for e in d.get("entities", []) if e["label"] in CONLL]

# Dev files that are a published test split (../shared/eval/open/README.md: wnut17-dev is the official
# WNUT17 test file): counts only, never their surface forms, so nobody reads or tunes on them.
COUNTS_ONLY = {"wnut17-dev"}

def main():
    args = sys.argv[1:]
    out_dir = args[0]
    n_ex = int(args[args.index("--examples") + 1]) if "--examples" in args else 0
    only = args[args.index("--set") + 1] if "--set" in args else None
    eval_dir = os.environ.get("EVAL_DIR", os.path.join(os.path.dirname(__file__), "../../../shared/eval"))
    names = sorted(f[:-len(".sys.jsonl")] for f in os.listdir(out_dir) if f.endswith(".sys.jsonl"))
    print(f"{'set':<14} {'gold':>6} {'right':>6} {'never':>6} {'bound':>6} {'type':>6} {'false':>6}")
    for name in names:
        if only and name != only:
            continue
        gp = os.path.join(eval_dir, "open", name + ".jsonl")
        if not os.path.exists(gp):
            gp = os.path.join(eval_dir, name + ".jsonl")
        gold, sys_ = load(gp), load(os.path.join(out_dir, name + ".sys.jsonl"))
        set_ex = 0 if name in COUNTS_ONLY else n_ex
        c = collections.Counter()
        ex = collections.defaultdict(collections.Counter)
        for id_, g in gold.items():
            text = g["text"]
            ge, se = ents(g), ents(sys_.get(id_, {}))
            sset = set(se)
            for (s, e, l) in ge:
                if (s, e, l) in sset:
                    c["right"] += 1
                    continue
                same = [x for x in se if x[0] == s and x[1] == e]
                over = [x for x in se if x[0] < e and s < x[1]]
                if same:
                    c["type"] += 1
                    ex["type"][f"{text[s:e]} {l}->{same[0][2]}"] += 1
                elif over:
                    c["bound"] += 1
                    o = over[0]
                    ex["bound"][f"[{text[s:e]}] {l} vs [{text[o[0]:o[1]]}] {o[2]}"] += 1
                else:
                    c["never"] += 1
                    ex["never"][f"{text[s:e]} {l}"] += 1
            for (s, e, l) in se:
                if not any(x[0] < e and s < x[1] for x in ge):
                    c["false"] += 1
                    ex["false"][f"{text[s:e]} {l}"] += 1
        total = sum(1 for g in gold.values() for _ in ents(g))
        print(f"{name:<14} {total:>6} {c['right']:>6} {c['never']:>6} {c['bound']:>6} {c['type']:>6} {c['false']:>6}")
        if set_ex:
            for k in ("never", "bound", "type", "false"):
                print(f"  {k}: " + "; ".join(f"{s} x{n}" for s, n in ex[k].most_common(set_ex)))

main()
