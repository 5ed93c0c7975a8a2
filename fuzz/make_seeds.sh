#!/usr/bin/env bash
# Writes the seed corpora of the fuzz targets into $1/<target>/ (default
# build-fuzz/seeds) from samples/, tests/fixtures/, the small hand-made seeds
# in fuzz/seeds/ and, when present, small files of ../shared/corpus. Seeds are
# generated, never committed (except fuzz/seeds/).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build-fuzz/seeds}
shared=../shared/corpus
rm -rf "$out"
for t in charset html feed sitemap robots url nlp jsonl export; do mkdir -p "$out/$t"; done

# Copies files under 64 KiB (big seeds slow every execution) into a corpus.
put() {
  local dir=$1; shift
  local f
  for f in "$@"; do
    [ -f "$f" ] || continue
    [ "$(stat -c %s "$f")" -le 65536 ] || continue
    cp "$f" "$out/$dir/$(basename "$(dirname "$f")")-$(basename "$f")"
  done
}

put charset tests/fixtures/html/* tests/fixtures/feeds/* samples/* fuzz/seeds/charset/*
put html tests/fixtures/html/* tests/fixtures/feeds/home.html
put feed tests/fixtures/feeds/*.xml tests/fixtures/feeds/*.rdf
put sitemap tests/fixtures/feeds/sitemap*.xml
put robots fuzz/seeds/robots/*
put url fuzz/seeds/url/*
put nlp samples/*
put jsonl fuzz/seeds/jsonl/*
put export fuzz/seeds/export/*
if [ -d "$shared/ko" ]; then
  put html $(ls "$shared"/ko/html/*.html 2>/dev/null | head -n 12)
  put charset $(ls "$shared"/ko/html/*.html 2>/dev/null | head -n 6)
  put feed "$shared"/ko/feeds/*.xml
  put nlp $(ls "$shared"/ko/text/* 2>/dev/null | head -n 8)
fi

# JSON Lines built from the sample articles (title = first line).
python3 - "$out/jsonl/samples.jsonl" samples/*.txt <<'PY'
import json, sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for i, path in enumerate(sys.argv[2:]):
        lines = open(path, encoding="utf-8").read().strip().split("\n", 1)
        out.write(json.dumps({"id": i, "title": lines[0], "text": lines[-1], "lang": "ko"},
                             ensure_ascii=False) + "\n")
PY
# URLs from the feed fixtures, two per seed (the URL fuzzer reads "a<sep>b").
grep -ohE 'https?://[^"<> ]+' tests/fixtures/feeds/* | sort -u | head -n 20 |
  awk 'NR % 2 == 1 { a = $0; next } { printf "%s\n%s", a, $0 > ("'"$out"'/url/fixture-" NR ".txt") }'
# Sentences for the NLP fuzzer: each paragraph of the sample on its own.
awk -v dir="$out/nlp" 'NF { n++; print > (dir "/para-" n ".txt") }' samples/*.txt
echo "seeds: $(find "$out" -type f | wc -l) files in $out"
