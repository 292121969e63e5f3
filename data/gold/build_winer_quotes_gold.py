#!/usr/bin/env python3
"""Builds data/gold/winer-quotes.gold.jsonl from the hand annotation (a TSV: doc, speaker or -, D|I, text; a
literal \\n in text is a line break) and checks that every text is a substring of its article (FORMAT.md: after
replacing ’ by ' on both sides). Run from the repository root: python3 data/gold/build_winer_quotes_gold.py TSV
[DOCS OUT]; the second set: python3 data/gold/build_winer_quotes_gold.py data/gold/winer-quotes-2.annotation.tsv
data/gold/winer-quotes-2 data/gold/winer-quotes-2.gold.jsonl; the third set:
python3 data/gold/build_winer_quotes_gold.py data/gold/winer-quotes-3.annotation.tsv data/gold/winer-quotes-3
data/gold/winer-quotes-3.gold.jsonl"""
import json, sys

DOCS = 'data/gold/winer-quotes'
OUT = 'data/gold/winer-quotes.gold.jsonl'

def main(tsv, DOCS=DOCS, OUT=OUT):
    by_doc = {}
    bad = 0
    for n, line in enumerate(open(tsv, encoding='utf-8'), 1):
        if not line.strip():
            continue
        doc, speaker, kind, text = line.rstrip('\n').split('\t')
        text = text.replace('\\n', '\n')
        art = open(f'{DOCS}/{doc}.txt', encoding='utf-8').read().replace('’', "'")
        if text.replace('’', "'") not in art:
            print(f'line {n}: not in {doc}: {text[:80]}', file=sys.stderr)
            bad += 1
        by_doc.setdefault(doc, []).append(
            {'speaker': None if speaker == '-' else speaker, 'text': text, 'direct': kind == 'D'})
    with open(OUT, 'w', encoding='utf-8') as out:
        for doc in sorted(by_doc):
            date = doc[:10].replace('_', '-')
            out.write(json.dumps({'doc': doc, 'date': date, 'quotes': by_doc[doc]}, ensure_ascii=False) + '\n')
    return 1 if bad else 0

if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:4]))
