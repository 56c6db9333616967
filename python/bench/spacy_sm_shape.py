"""spaCy's small English pipeline's speed, for the README's comparison (figures, not a test).

`en_core_web_sm` is not on PyPI, so this builds its architecture from spaCy itself (the
`efficiency` recipe of `spacy init config` for tok2vec, tagger, parser, ner; parser and NER of
hidden width 64) with the OntoNotes labels and random weights: trained weights cost the same
arithmetic per word. Runs in its own virtualenv, not the project's:

    python3 -m venv /tmp/spacy-venv && /tmp/spacy-venv/bin/pip install spacy==3.8.18
    target/venv/bin/python -c 'import sys, json; sys.path.insert(0, "python/tests"); \\
      from corpus import articles; [print(json.dumps(d)) for d in articles(300, 3900, 2024)]' > /tmp/docs.jsonl
    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 /tmp/spacy-venv/bin/python python/bench/spacy_sm_shape.py /tmp/docs.jsonl
"""

import json
import sys
import time

import spacy
from spacy.cli.init_config import init_config
from spacy.util import load_model_from_config

TAGS = ("$ '' , -LRB- -RRB- . : ADD AFX CC CD DT EX FW HYPH IN JJ JJR JJS LS MD NFP NN NNP NNPS "
        "NNS PDT POS PRP PRP$ RB RBR RBS RP SYM TO UH VB VBD VBG VBN VBP VBZ WDT WP WP$ WRB XX")
DEPS = ("ROOT acl acomp advcl advmod agent amod appos attr aux auxpass case cc ccomp compound conj "
        "csubj csubjpass dative dep det dobj expl intj mark meta neg nmod npadvmod nsubj nsubjpass "
        "nummod oprd parataxis pcomp pobj poss preconj predet prep prt punct quantmod relcl xcomp")
ENTS = ("CARDINAL DATE EVENT FAC GPE LANGUAGE LAW LOC MONEY NORP ORDINAL ORG PERCENT PERSON "
        "PRODUCT QUANTITY TIME WORK_OF_ART")


def main() -> None:
    cfg = init_config(lang="en", pipeline=["tok2vec", "tagger", "parser", "ner"],
                      optimize="efficiency", gpu=False)
    cfg["components"]["parser"]["model"]["hidden_width"] = 64
    cfg["components"]["parser"]["model"]["maxout_pieces"] = 2
    nlp = load_model_from_config(cfg, auto_fill=True)
    for pipe, labels in (("tagger", TAGS), ("parser", DEPS), ("ner", ENTS)):
        for label in labels.split():
            nlp.get_pipe(pipe).add_label(label)
    nlp.initialize()
    texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
    list(nlp.pipe(texts[:20]))  # warm up
    words = sum(len(t.split()) for t in texts)
    c0, t0 = time.process_time(), time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    print(f"spaCy {spacy.__version__}, en_core_web_sm architecture: {len(texts)} docs, {words} words: "
          f"{len(texts) / cpu:.1f} docs/CPU-s, {words / cpu:.0f} words/CPU-s "
          f"(wall {len(texts) / wall:.1f} docs/s)")


if __name__ == "__main__":
    main()
