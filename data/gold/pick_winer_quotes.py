#!/usr/bin/env python3
"""Pick the articles of the winer-quotes gold (data/gold/winer-quotes/) from WiNER dev, blind.

Run from the repository root: python3 data/gold/pick_winer_quotes.py [--copy] [--seed N | --all] [--out DIR] [--exclude DIR]...
Candidates: WiNER dev 2016 articles with reported speech, scored by the number of quote-mark pairs
and of reporting cues (a reporting verb + que, selon, d'apres); at least 3 such cues, so that most picked
articles hold several quotes; at most 6,000 characters (annotation budget). Articles that contain a
sentence quoted in QuoteAnnotatorTest (read by eye earlier to tune the quote rules) are left out.
30 are drawn with random.Random(20261122).

The second set (data/gold/winer-quotes-2/) was drawn with the same criteria, leaving out the 30 of the first:
python3 data/gold/pick_winer_quotes.py --seed 20261123 --out data/gold/winer-quotes-2 --exclude data/gold/winer-quotes --copy

The third set (data/gold/winer-quotes-3/) takes every remaining candidate (--all: no sampling, no seed), leaving
out the 60 articles of the first two sets:
python3 data/gold/pick_winer_quotes.py --all --out data/gold/winer-quotes-3 --exclude data/gold/winer-quotes --exclude data/gold/winer-quotes-2 --copy
"""
import glob, os, random, re, shutil, sys

SEED = 20261122
N = 30
ROOT = 'data/winer-fr-dev/2016'
OUT = 'data/gold/winer-quotes'
TEST = 'vigie-fr/src/test/java/org/vigie/fr/quote/QuoteAnnotatorTest.java'

VERBS = r"(?:déclaré|dit|affirmé|ajouté|expliqué|indiqué|estimé|annoncé|précisé|souligné|assuré|" \
        r"confirmé|rappelé|reconnu|répondu|déclare|dit|affirme|ajoute|explique|indique|estime|précise|" \
        r"souligne|assure|confirme|rappelle|reconnaît|répond)"
CUES = re.compile(r"\b" + VERBS + r"\s+(?:que|qu')|\bselon\b|\bd'après\b", re.I)

def norm(s):
    return re.sub(r'\s+', ' ', s.replace('’', "'")).strip()

def test_sentences():
    src = open(TEST, encoding='utf-8').read()
    lits = re.findall(r'"((?:[^"\\]|\\.)*)"', src)
    return [norm(l) for l in lits if len(l) >= 40]

def arg(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default

def main():
    seed = int(arg('--seed', SEED))
    out = arg('--out', OUT)
    excluded = set()
    for i, a in enumerate(sys.argv):
        if a == '--exclude':
            excluded |= {os.path.basename(f)[:-4] for f in glob.glob(os.path.join(sys.argv[i + 1], '*.txt'))}
    tests = test_sentences()
    cands = []
    for path in sorted(glob.glob(ROOT + '/*/*.txt')):
        text = open(path, encoding='utf-8').read()
        if os.path.basename(path)[:-4] in excluded or len(text) > 6000:
            continue
        pairs = min(text.count('«'), text.count('»')) + text.count('“')
        score = pairs + len(CUES.findall(text))
        if score < 3:
            continue
        flat = norm(text)
        flat_nosp = re.sub(r'\s', '', flat)
        if any(t in flat or re.sub(r'\s', '', t) in flat_nosp for t in tests):
            continue
        cands.append(path)
    if '--all' in sys.argv:
        picked = sorted(cands)
    else:
        picked = sorted(random.Random(seed).sample(cands, N))
    print(f'{len(cands)} candidates, {len(picked)} picked', file=sys.stderr)
    for p in picked:
        print(os.path.basename(p)[:-4])
        if '--copy' in sys.argv:
            os.makedirs(out, exist_ok=True)
            shutil.copy(p, os.path.join(out, os.path.basename(p)))

if __name__ == '__main__':
    main()
