#!/usr/bin/env python3
"""Speaker studies on PolNeAR with the team's scorer (../shared/eval/score_quotes.py), which this
imports for its gold reader, its quote matching and its speaker test, so that labels and tables
agree with the scores it prints.

  speakers.py label --gold DIR --pred CANDIDATES.jsonl --out DATA.tsv
      Labels each candidate speaker of each predicted quote (SpeakerExport --candidates): 1 when
      the quote matches a gold quote with a named source and the candidate is that source. Quotes
      matched to a gold quote whose source is a pronoun, a nominal or missing are left out, as the
      scorer leaves them out of pair precision. Writes the TSV that TrainSpeakers reads.

  speakers.py rules --gold DIR --pred SIEVE.jsonl [--without RULE=FILE ...]
      Per rule of the sieve: quotes it decided, how many match no gold quote, how many match a
      gold quote with no named source, how many speakers are right, and pair precision. With
      --without, the pair precision and recall of the sieve lacking each rule, and what it loses.

Environment: WIRESCOPE_EVAL (default ../shared/eval beside the repository) holds the scorer.
"""
import argparse
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.environ.get("WIRESCOPE_EVAL", os.path.join(HERE, "..", "..", "..", "..", "shared", "eval"))
sys.path.insert(0, EVAL)
try:
    import score_quotes as sq  # noqa: E402
except ImportError:
    sys.exit(f"speakers.py: no score_quotes.py in {EVAL} (set WIRESCOPE_EVAL)")


def read_predictions(path):
    """(feature names or None, doc -> list of raw records in file order)."""
    names, docs = None, collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            if "features" in rec and "doc" not in rec:
                names = rec["features"]
                continue
            if "doc" not in rec or "quote" not in rec:
                sys.exit(f"speakers.py: {path}:{n}: a prediction needs 'doc' and 'quote'")
            docs[rec["doc"]].append(rec)
    return names, docs


def scorer_view(recs):
    out = []
    for r in recs:
        norm = sq.normalise(r["quote"] or "")
        out.append({"text": r["quote"], "norm": norm, "toks": sq.tokens(norm), "speaker": r.get("speaker") or ""})
    return out


def matches(gold_dir, preds):
    """Yields (doc, record, gold quote or None) for every prediction, as the scorer matches them."""
    docs, gold = sq.load_gold(gold_dir)
    for doc in docs:
        recs = preds.get(doc, [])
        pairs = sq.greedy_match(scorer_view(recs), gold.get(doc, []))
        for i, r in enumerate(recs):
            yield doc, r, gold[doc][pairs[i]] if i in pairs else None
    unknown = sorted(set(preds) - set(docs))
    if unknown:
        sys.exit(f"speakers.py: predictions for {len(unknown)} documents not in {gold_dir}, e.g. {unknown[0]}")


def gold_named(gold_dir):
    docs, gold = sq.load_gold(gold_dir)
    return sum(1 for d in docs for g in gold[d] if g["named"])


def label(args):
    names, preds = read_predictions(args.pred)
    if names is None:
        sys.exit("speakers.py: the predictions have no feature names; write them with SpeakerExport --candidates")
    rows = kept = 0
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(f"#gold_named\t{gold_named(args.gold)}\n")
        out.write("\t".join(["doc", "quote", "label", "gold"] + names) + "\n")
        n = 0
        for doc, r, g in matches(args.gold, preds):
            n += 1
            if g is not None and not g["named"]:
                continue
            kept += 1
            for c in r.get("candidates", []):
                ok = g is not None and sq.speaker_correct(g["source"], c["speaker"], g["lower_words"])
                feats = "\t".join(repr(float(v)) for v in c["features"])
                out.write(f"{doc}\t{doc}#{n}\t{int(ok)}\t{'named' if g else 'unmatched'}\t{feats}\n")
                rows += 1
    print(f"speakers.py: {kept} quotes, {rows} candidates -> {args.out}", file=sys.stderr)


def pair_scores(gold_dir, preds):
    """Pair precision over the quotes with a speaker, and recall, as (correct, denominator, P, R)."""
    correct = den = 0
    for _, r, g in matches(gold_dir, preds):
        if not r.get("speaker") or (g is not None and not g["named"]):
            continue
        den += 1
        correct += g is not None and sq.speaker_correct(g["source"], r["speaker"], g["lower_words"])
    named = gold_named(gold_dir)
    return correct, den, correct / den if den else 0.0, correct / named if named else 0.0


def rules(args):
    _, preds = read_predictions(args.pred)
    fired, none, unnamed, ok = (collections.Counter() for _ in range(4))
    for _, r, g in matches(args.gold, preds):
        rule = r.get("attribution", "?") + ("" if r.get("speaker") else " (no speaker)")
        fired[rule] += 1
        if g is None:
            none[rule] += 1
        elif not g["named"]:
            unnamed[rule] += 1
        elif sq.speaker_correct(g["source"], r.get("speaker") or "", g["lower_words"]):
            ok[rule] += 1
    full = pair_scores(args.gold, preds)
    lost = {}
    for spec in args.without or []:
        rule, path = spec.split("=", 1)
        lost[rule] = pair_scores(args.gold, read_predictions(path)[1])
    print(f"sieve: pair P {full[2]:.3f} R {full[3]:.3f} ({full[0]} right of {full[1]} attributed)\n")
    print("| rule | decided | no gold quote | unnamed source | right | pair P | sieve without it: P / R | recall it adds |")
    print("|---|---|---|---|---|---|---|---|")
    for rule, n in fired.most_common():
        den = n - unnamed[rule]
        p = f"{ok[rule] / den:.3f}" if den else "-"
        name = rule.split(" ")[0]
        wo = lost.get(name) if "(" not in rule else None
        abl = f"{wo[2]:.3f} / {wo[3]:.3f}" if wo else ""
        adds = f"{full[3] - wo[3]:+.3f}" if wo else ""
        print(f"| {rule} | {n} | {none[rule]} | {unnamed[rule]} | {ok[rule]} | {p} | {abl} | {adds} |")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    lb = sub.add_parser("label")
    lb.add_argument("--gold", required=True)
    lb.add_argument("--pred", required=True)
    lb.add_argument("--out", required=True)
    rl = sub.add_parser("rules")
    rl.add_argument("--gold", required=True)
    rl.add_argument("--pred", required=True)
    rl.add_argument("--without", action="append", metavar="RULE=FILE")
    args = ap.parse_args()
    {"label": label, "rules": rules}[args.cmd](args)


if __name__ == "__main__":
    main()
