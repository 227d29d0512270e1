"""Validate the hold-out gold files: JSON parses, files exist, evidence verbatim, statuses valid."""
import json, os, collections, gzip
ROOT = "/work/holdout"
STATUSES = {"signé", "annoncé", "en négociation", "discussions", "adhésion", "financement", "prolongé", "rompu", "mentionné"}
ok = True
ids_all = []
for s in ("a", "b"):
    g = json.load(open(f"{ROOT}/gold/holdout-{s}.json", encoding="utf-8"))
    st = collections.Counter(); n_empty = 0
    for d in g["documents"]:
        path = os.path.join(ROOT, "corpora", d["file"])
        if not os.path.exists(path):
            print("MISSING", path); ok = False; continue
        text = open(path, encoding="utf-8").read()
        src = d["source"]
        assert src["line"] % 120 != 0, src
        assert d["file"] == f"holdout-news/news_{src['id']}.txt"
        ids_all.append(src["id"])
        if not d["agreements"]:
            n_empty += 1
        for a in d["agreements"]:
            if a["status"] not in STATUSES:
                print("BAD STATUS", d["file"], a["status"]); ok = False
            if a["evidence"] not in text:
                print("EVIDENCE NOT VERBATIM", d["file"], a["evidence"][:80]); ok = False
            for k in ("kind", "status", "parties", "instrument", "signatories", "place", "date", "evidence"):
                if k not in a:
                    print("MISSING KEY", k, d["file"]); ok = False
            st[a["status"]] += 1
        for k in ("pays", "organisations", "personnes"):
            assert k in d["actors"]
    print(f"set {s.upper()}: {len(g['documents'])} docs, {sum(st.values())} agreements, {n_empty} without agreement, {dict(st)}")
# cross-check sources against the corpus (line, id, date) without parsing reserved lines
want = {}
for s in ("a", "b"):
    for d in json.load(open(f"{ROOT}/gold/holdout-{s}.json"))["documents"]:
        want[d["source"]["line"]] = d
with gzip.open("/work/shared/corpora/news/orangesum.jsonl.gz", "rt", encoding="utf-8") as fh:
    for n, raw in enumerate(fh):
        if n in want:
            r = json.loads(raw); d = want[n]
            exp = r["title"] + "\n\n" + r["heading"] + "\n\n" + r["text"] + "\n"
            if str(r["id"]) != d["source"]["id"] or r["date"] != d["source"]["date"] or open(os.path.join(ROOT, "corpora", d["file"]), encoding="utf-8").read() != exp:
                print("SOURCE MISMATCH", d["file"]); ok = False
dev = set(open("/work/shared/corpora/dev-news/README.md").read().split("OrangeSum ids:")[1].replace(".", "").replace(" ", "").strip().split(","))
bad = set(ids_all) & (dev | {"33258", "32519", "566"})
assert len(set(ids_all)) == 60 and not bad, bad
print("files on disk:", len(os.listdir(f"{ROOT}/corpora/holdout-news")))
print("OK" if ok else "ERRORS")
