#!/usr/bin/env python3
"""One JSONL document of about N MiB of generated news-like English (sentences
written for this project, seeded), for bench/memory.sh. Usage: memory-corpus.py N (MiB, may be a fraction)"""
import json, random, sys

random.seed(11)
size = int(float(sys.argv[1]) * 1024 * 1024)
people = ["Maria Okafor", "Jonas Lindqvist", "Priya Raman", "Tomasz Wiśniewski", "Chen Wei", "Ana Souza"]
orgs = ["Nordwind Energy", "the Harbour Authority", "Meridian Bank", "Apex Robotics", "the Ministry of Transport"]
places = ["Lisbon", "Osaka", "Nairobi", "Quito", "Tallinn", "Kraków"]
times = ["last Tuesday", "on 3 March 2021", "two years ago", "next month", "in the spring of 2019", "yesterday"]
filler = ["the plan would take several years to complete and could cost more than expected",
          "critics argued that the proposal had not been discussed widely enough with local residents",
          "the company has been expanding its operations steadily despite rising costs",
          "analysts expect the decision to affect prices for the rest of the year",
          "officials declined to comment on the details of the agreement when asked by reporters",
          "the talks were described as constructive but no final deal was reached"]
out=[]; n=0
while n < size:
    s = f"{random.choice(people)} said {random.choice(times)} that {random.choice(filler)}, while {random.choice(filler)} in {random.choice(places)}. {random.choice(filler).capitalize()}. "
    out.append(s); n += len(s.encode())
text="".join(out)
print(json.dumps({"id":"big","text":text,"date":"2024-04-16"}))
