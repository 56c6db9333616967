#!/usr/bin/env python3
"""Coreference accuracy on our own sentences (invented people and firms): for each case, the
entity each listed pronoun (its nth whole-word occurrence) should resolve to, or None for
unresolved. Usage: python3 scripts/eval/coref.py target/native/annalist [-v]"""
import json, subprocess, sys, re
CASES = [
 ("Tomas Reyna joined Halloway Partners in 2010. He left the firm in 2015.", [("He",0,"Tomas Reyna")]),
 ("After Dunmore Brothers failed in 2009, she joined the central bank. Greta Lind had trained as a lawyer.", [("she",0,None)]),
 ("Greta Lind trained as a lawyer. After Dunmore Brothers failed in 2009, she joined the central bank.", [("she",0,"Greta Lind")]),
 ("Greta Lind met Pavel Sorin in Riga. He told her about the fund.", [("her",0,"Greta Lind")]),
 ("Mr Ostrand met Mrs Hartley in Bergen. She thanked him for the loan.", [("She",0,"Hartley"),("him",0,"Ostrand")]),
 ("Ms Varga hired Arno Pell in 2019. Last month the board promoted her.", [("her",0,"Varga")]),
 ("Ilse Brandt studied in Vienna. She met Jonas Weir, who later became her husband.", [("She",0,"Ilse Brandt"),("her",0,"Ilse Brandt")]),
 ("Ilse Brandt moved to Oslo in 2004, where she met Jonas Weir. He died in 2020; she has kept his letters.", [("she",0,"Ilse Brandt"),("He",0,"Jonas Weir"),("she",1,"Ilse Brandt"),("his",0,"Jonas Weir")]),
 ("Ilse Brandt moved to Oslo. She met Jonas Weir there. He said she was brilliant. Later the ministry appointed her to a panel.", [("She",0,"Ilse Brandt"),("He",0,"Jonas Weir"),("she",0,"Ilse Brandt"),("her",0,"Ilse Brandt")]),
 ("Mrs Halden chaired the audit. Mr Cobb said he disagreed.", [("he",0,"Cobb")]),
 ("Mr Cobb praised the audit. She said the figures were wrong.", [("She",0,None)]),
 ("Carla Mendes founded the lab in 2010. She said she would expand it, and she did. Rui Pato joined in 2019. The work has made her famous.", [("She",0,"Carla Mendes"),("she",0,"Carla Mendes"),("her",0,"Carla Mendes")]),
 ("Mr Dale sued Fenwick Holdings in May. He lost the case.", [("He",0,"Dale")]),
 ("Sara Quist met Mr Orr in June. He gave her a report.", [("He",0,"Orr"),("her",0,"Sara Quist")]),
 ("Anton Berg hired Mrs Lyle. He praised her work.", [("He",0,"Anton Berg"),("her",0,"Lyle")]),
 ("Mr Nolan ran the port for years. A senior official said he was pleased.", [("he",0,None)]),
 ("Mr Nolan ran the port for years. Mr Nolan said the audit was late. Mr Nolan resigned. Then Kim Aro joined. He said the port was busy.", [("He",0,"Kim Aro")]),
 ("Maria Santos will brief Peter Novak when she meets him in Lisbon on Friday.", [("she",0,"Maria Santos"),("him",0,"Peter Novak")]),
 ("Latvia fined Brisk Haulage in June. The Treasury said the company had lied.", [("the company",0,"Brisk Haulage")]),
 ("Oskar Freight built the pier. The Supreme Court later ordered the firm to pay.", [("the firm",0,"Oskar Freight")]),
 ("Nigel Ashcombe denies fraud. In 2022 Mrs Ashcombe wired money to her brother.", [("her",0,"Mrs Ashcombe")]),
 ("Colin Varley and his wife, Brenda Varley, run a bakery. Mrs Varley said her sales rose.", [("her",0,"Brenda Varley")]),
 ("Harlow Cartage Ltd was owned by Dmitri Volkan until 2024. The company then went to his son.", [("his",0,"Dmitri Volkan")]),
 ("Tom Rudd was arrested by Humberside Police in May. His lawyer said no cash had left the company.", [("the company",0,None)]),
 ("Ian Moberly said that the firm's owner, the late Edwin Thorncliffe, agreed to the loans before his death.", [("his",0,"Edwin Thorncliffe")]),
]
def run(binp):
    lines = "".join(json.dumps({"id": str(i), "text": t, "date": "2026-11-30"}) + "\n" for i, (t, _) in enumerate(CASES))
    out = subprocess.run([binp, "extract", "--jsonl"], input=lines, capture_output=True, text=True).stdout.splitlines()
    ok = tot = 0
    for (text, exp), line in zip(CASES, out):
        d = json.loads(line); ents = {e["id"]: e["name"] for e in d["entity_list"]}
        res = {m["start"]: ents[m["entity"]] for m in d["entities"] if m.get("resolved")}
        for p, n, want in exp:
            starts = [m.start() for m in re.finditer(r"\b%s\b" % p, text)]
            s = starts[n]; cps = len(text[:s])
            got = res.get(cps)
            good = (got is None and want is None) or (got is not None and want is not None and want in got)
            ok += good; tot += 1
            if not good or "-v" in sys.argv: print(("OK " if good else "BAD"), p, n, "want", want, "got", got, "|", text[:70])
    print(f"coref eval: {ok}/{tot} = {100*ok/tot:.1f}%")
run(sys.argv[1])
