"""Word vectors for the topic features (src/tagging/data/word-vectors.json), trained on the briefing
corpus itself by word2vec (gensim, skip-gram), reproducibly: fixed seed, one worker thread, a hash of
words that does not depend on PYTHONHASHSEED.

    npx tsx tests/topic-model/vector-corpus.ts /tmp/vector-corpus.txt
    /usr/bin/python3 tests/topic-model/train-vectors.py /tmp/vector-corpus.txt src/tagging/data/word-vectors.json

Input: one paragraph of feature words per line, a blank line between files (vector-corpus.ts leaves the
holdout's sources and days out). Output: the vocabulary (words seen >= MIN_COUNT times), each word's
inverse paragraph frequency and its unit vector quantised to int8 (max |component| -> 127; the reader
renormalises, so no scale is stored), base64 inside JSON. The file holds vectors and counts, no text.
"""

import base64
import hashlib
import json
import math
import sys

import numpy as np
from gensim.models import Word2Vec

DIM = 64
MIN_COUNT = 3
SEED = 20261129
PARAMS = dict(vector_size=DIM, window=8, min_count=MIN_COUNT, sg=1, negative=10, sample=1e-3, epochs=10)


def stable_hash(word):
    """gensim seeds each word's initial vector with hash(word + str(seed)); Python's str hash is salted."""
    return int(hashlib.md5(word.encode("utf8")).hexdigest()[:8], 16)


def main(src, out):
    with open(src, encoding="utf8") as f:
        paragraphs = [line.split() for line in f.read().split("\n") if line.strip()]
    model = Word2Vec(paragraphs, workers=1, seed=SEED, hashfxn=stable_hash, **PARAMS)
    words = list(model.wv.index_to_key)  # most frequent first
    df = {}
    for p in paragraphs:
        for w in set(p):
            df[w] = df.get(w, 0) + 1
    n = len(paragraphs)
    # Inverse paragraph frequency, ln((1 + n) / (1 + df)), in steps of 1/16 (uint8).
    idf = [min(255, round(16 * math.log((1 + n) / (1 + df[w])))) for w in words]
    vecs = np.stack([model.wv[w] for w in words]).astype(np.float64)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    q = np.round(vecs / np.abs(vecs).max(axis=1, keepdims=True) * 127).astype(np.int8)
    data = {
        "about": "Word vectors for the topic features (topic-features.ts): word2vec trained on the briefing "
        "corpus by tests/topic-model/train-vectors.py; see README.md 'Word vectors'.",
        "provenance": {
            "corpus": "../shared/corpus, holdout sources and their days left out (vector-corpus.ts)",
            "paragraphs": n,
            "tokens": sum(len(p) for p in paragraphs),
            "gensim": __import__("gensim").__version__,
            "params": {**PARAMS, "seed": SEED, "workers": 1},
            "licence": "derived vectors and counts, no text (same licence as Podium)",
        },
        "dim": DIM,
        "idfScale": 16,
        "words": " ".join(words),
        "idf": base64.b64encode(bytes(idf)).decode("ascii"),
        "vectors": base64.b64encode(q.tobytes()).decode("ascii"),
    }
    with open(out, "w", encoding="utf8") as f:
        json.dump(data, f, indent=1)
        f.write("\n")
    print(f"{len(words)} words x {DIM}, {n} paragraphs; wrote {out}")
    for probe in ["wildfire", "emission", "visa", "student", "broadcaster", "journalist", "taiwan"]:
        if probe in model.wv:
            print(probe, [w for w, _ in model.wv.most_similar(probe, topn=8)])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
