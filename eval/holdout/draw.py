"""Reproducible draw of 60 OrangeSum articles for the Accords hold-out sets.

Run from anywhere: python3 /work/holdout/draw.py
"""
import gzip, json, random, re, unicodedata, os

SRC = "/work/shared/corpora/news/orangesum.jsonl.gz"
OUT = "/work/holdout/corpora/holdout-news"
SEED = 20261123
N_LIKELY, N_RANDOM, MIN_LEN = 40, 20, 400
EXCLUDED_IDS = {"33258", "32519", "566"}
DEV_README = "/work/shared/corpora/dev-news/README.md"
# the 30 dev-news ids listed in the dev README
EXCLUDED_IDS |= set(re.findall(r"\d+", open(DEV_README).read().split("OrangeSum ids:")[1]))
KEYWORDS = ["accord", "traite", "protocole", "memorandum", "partenariat", "cooperation",
            "convention", "contrat", "signe", "signent", "signature", "alliance",
            "financement", "pret", "pourparlers", "negociations", "adhesion", "rejoint"]
# Keywords are matched as whole words (with an optional inflection -s/-e/-es) in the
# accent- and case-folded title+heading+text: "signe" covers signé/signée/signés, "pret"
# covers prêt/prêts, "accord" covers accords, but "prétexte" or "d'accorder" do not match.
KW_RE = re.compile(r"\b(" + "|".join(KEYWORDS) + r")(s|e|es)?\b")

def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))

def main():
    assert len(EXCLUDED_IDS) == 33, EXCLUDED_IDS
    eligible = []  # (line, record)
    with gzip.open(SRC, "rt", encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 120 == 0:      # reserved hidden test lines: never parsed
                continue
            if not raw.strip():
                continue
            r = json.loads(raw)
            if str(r["id"]) in EXCLUDED_IDS:
                continue
            eligible.append((n, r))
    likely = [(n, r) for n, r in eligible
              if KW_RE.search(fold(r["title"] + " " + r["heading"] + " " + r["text"]))]
    rng = random.Random(SEED)
    chosen, seen_texts = [], set()

    def take(pool, k, kind):
        order = list(range(len(pool)))
        rng.shuffle(order)
        got = 0
        for i in order:
            if got == k:
                break
            n, r = pool[i]
            if len(r["text"]) < MIN_LEN:          # too short: draw again
                continue
            if r["text"] in seen_texts or any(c[0] == n for c in chosen):
                continue                          # duplicate text already drawn
            seen_texts.add(r["text"])
            chosen.append((n, r, kind))
            got += 1
        assert got == k

    take(likely, N_LIKELY, "likely")
    taken = {c[0] for c in chosen}
    remaining = [(n, r) for n, r in eligible if n not in taken]
    take(remaining, N_RANDOM, "random")

    lk = [c for c in chosen if c[2] == "likely"]
    rd = [c for c in chosen if c[2] == "random"]
    sets = {"A": lk[:20] + rd[:10], "B": lk[20:] + rd[10:]}
    os.makedirs(OUT, exist_ok=True)
    manifest = []
    for name, items in sets.items():
        for n, r, kind in items:
            with open(os.path.join(OUT, f"news_{r['id']}.txt"), "w", encoding="utf-8") as f:
                f.write(r["title"] + "\n\n" + r["heading"] + "\n\n" + r["text"] + "\n")
            manifest.append({"set": name, "kind": kind, "id": str(r["id"]), "line": n,
                             "date": r["date"], "title": r["title"]})
    with open("/work/holdout/draw-manifest.json", "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    print(len(eligible), "eligible;", len(likely), "likely")
    for m in manifest:
        print(m["set"], m["kind"], m["id"], m["line"], m["date"], m["title"][:80])

if __name__ == "__main__":
    main()
