#!/usr/bin/env bash
# Crash safety: ingests a corpus (samples/ plus a few hundred generated JSON
# Lines articles) while SIGKILL stops newsgraph at random moments. After each
# kill a normal ingest runs to the end, and then:
#   - PRAGMA integrity_check is "ok", and FTS5's own integrity check passes
#     with one index row per article and per evidence sentence;
#   - every article is present exactly once (sources and content hashes equal
#     those of one clean run);
#   - `newsgraph export --format json` equals the export of the clean run.
# Each round starts from an empty database, so kills land anywhere: schema
# creation, migration, mid-article, between articles, at commit.
#   scripts/crash_test.sh [KILLS]     (default 50; $CRASH_KILLS also works)
# Environment: NEWSGRAPH_BIN (default build/newsgraph), CRASH_SEED (random seed),
# CRASH_INGEST_ARGS (extra ingest flags for every run, e.g. "--jobs 3").
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-${CRASH_KILLS:-50}}
bin=$(realpath "${NEWSGRAPH_BIN:-build/newsgraph}")
RANDOM=${CRASH_SEED:-$$}
work=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-crash.XXXXXX")
trap 'rm -rf "$work"' EXIT

# ---- corpus: synthetic articles about companies of the default dictionary
mkdir -p "$work/corpus"
cp -r samples "$work/corpus/samples"
python3 - "$work/corpus" <<'PY'
import json, random, sys
random.seed(7)
out = sys.argv[1]
orgs = [("Samsung Electronics", "삼성전자"), ("SK Hynix", "SK하이닉스"), ("OpenAI", "오픈AI"),
        ("Nvidia", "엔비디아"), ("Google", "구글"), ("Microsoft", "마이크로소프트"),
        ("Tesla", "테슬라"), ("SpaceX", "스페이스X"), ("Naver", "네이버"), ("Kakao", "카카오"),
        ("Hyundai Motor", "현대차"), ("LG Energy Solution", "LG에너지솔루션")]
people = [("Sam Altman", "샘 알트만", "OpenAI"), ("Jensen Huang", "젠슨 황", "Nvidia"),
          ("Elon Musk", "일론 머스크", "Tesla"), ("Satya Nadella", "사티아 나델라", "Microsoft")]
ko = ["{a}는 {b}를 인수했다.", "{a}는 {b}와 협력하기로 했다.", "{a}는 {b}에 투자했다.",
      "{a}는 {b}와 경쟁하고 있다.", "{a}는 {b} 인수를 검토하고 있다.", "{p}은 {o}의 최고경영자(CEO)다."]
en = ["{a} acquired {b}.", "{a} partners with {b}.", "{a} invested in {b}.",
      "{a} competes with {b}.", "{a} is in talks to acquire {b}.", "{p} is the CEO of {o}."]
kept = 0
for f in range(10):
    with open(f"{out}/batch-{f:02d}.jsonl", "w", encoding="utf-8") as fh:
        for i in range(32):
            lang = "ko" if (f + i) % 2 else "en"
            sents = []
            for _ in range(random.randint(3, 6)):
                (a, ak), (b, bk) = random.sample(orgs, 2)
                p, pk, o = random.choice(people)
                ok = dict(orgs)[o]
                t = random.choice(ko if lang == "ko" else en)
                sents.append(t.format(a=ak if lang == "ko" else a, b=bk if lang == "ko" else b,
                                      p=pk if lang == "ko" else p, o=ok if lang == "ko" else o))
            sents.append(f"Report number {f * 100 + i}." if lang == "en" else f"보도 번호 {f * 100 + i}.")
            title = sents[0].rstrip(".")
            fh.write(json.dumps({"id": f"a{f}-{i}", "title": title, "text": " ".join(sents),
                                 "lang": lang, "url": f"https://news.example/{f}/{i}",
                                 "date": f"2025-05-{1 + i % 28:02d}"}, ensure_ascii=False) + "\n")
            kept += 1
        # A line that repeats earlier content: dedup must keep it once.
        fh.write(json.dumps({"id": f"dup{f}", "title": title, "text": " ".join(sents)},
                            ensure_ascii=False) + "\n")
PY
articles_in=$(cat "$work"/corpus/*.jsonl | wc -l)

# Prints the summary line ("ingested 12 new, ...") without the path.
read -r -a extra <<<"${CRASH_INGEST_ARGS:-}"
ingest() { "$bin" ingest --db "$1" -q "${extra[@]}" "$work/corpus" 2>&1 | tail -n 1 | sed 's/ -> .*//'; }
snapshot() {  # $1 = db, $2 = output prefix
  "$bin" export --db "$1" --format json -o "$2.json" 2>/dev/null
  sqlite3 "$1" "SELECT source || ' ' || content_hash FROM articles ORDER BY source" >"$2.articles"
  sqlite3 "$1" "SELECT count(*) - count(DISTINCT source) - 0 FROM articles" >"$2.dups"
}

# ---- one clean run: the reference
ms() { date +%s%3N; }
t0=$(ms)
ingest "$work/clean.db" >"$work/clean.summary"
clean_ms=$(($(ms) - t0))
snapshot "$work/clean.db" "$work/clean"
clean_articles=$(wc -l <"$work/clean.articles")
echo "crash_test: corpus $articles_in JSON Lines + samples/, clean run${extra[*]:+ (${extra[*]})}:" \
  "$clean_articles articles in ${clean_ms} ms"

# ---- kill rounds
landed=0 attempts=0 failures=0 committed=()
max_delay=$((clean_ms * 95 / 100 + 1))
while ((landed < kills)); do
  attempts=$((attempts + 1))
  if ((attempts > kills * 4)); then
    echo "crash_test: FAIL: only $landed of $attempts kills landed during a run" >&2
    exit 1
  fi
  db="$work/round.db"
  rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
  delay=$((RANDOM * 32768 + RANDOM))
  delay=$((delay % max_delay))
  "$bin" ingest --db "$db" -q "${extra[@]}" "$work/corpus" >/dev/null 2>&1 &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  kill -KILL "$pid" 2>/dev/null || true
  status=0
  { wait "$pid"; } 2>/dev/null || status=$?
  ((status == 137)) || continue # finished before the kill: not a crash
  landed=$((landed + 1))
  # Normal ingest after the crash; "ingested N new" is what the kill left out.
  summary=$(ingest "$db")
  missing=$(sed -n 's/^ingested \([0-9]*\) new.*/\1/p' <<<"$summary")
  snapshot "$db" "$work/round"
  integrity=$(sqlite3 "$db" "PRAGMA integrity_check")
  problem=""
  [ "$integrity" = ok ] || problem="integrity_check: $integrity"
  # The full-text index matches the articles and evidence it indexes.
  search=$(sqlite3 "$db" "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1);
    SELECT (SELECT count(*) FROM articles_fts) = (SELECT count(*) FROM articles)
       AND (SELECT count(*) FROM evidence_fts) = (SELECT count(*) FROM relation_evidence)" 2>&1)
  [ "$search" = 1 ] || problem="$problem; search index: $search"
  [ "$(cat "$work/round.dups")" = 0 ] || problem="$problem; duplicate sources"
  cmp -s "$work/round.articles" "$work/clean.articles" || problem="$problem; articles differ"
  cmp -s "$work/round.json" "$work/clean.json" || problem="$problem; graph export differs"
  if [ -n "$problem" ]; then
    failures=$((failures + 1))
    echo "crash_test: kill $landed after ${delay} ms: FAIL: $problem" >&2
    diff "$work/clean.articles" "$work/round.articles" | head -n 5 >&2 || true
    diff "$work/clean.json" "$work/round.json" | head -n 10 >&2 || true
    cp "$db" "$work/../newsgraph-crash-failed-$landed.db" 2>/dev/null || true
  fi
  committed+=($((clean_articles - ${missing:-0})))
done

echo "crash_test: $landed SIGKILLs landed in $attempts attempts (delays 0-${max_delay} ms)," \
  "$failures failures; each followed by a normal ingest, integrity_check, article and graph comparison"
printf '%s\n' "${committed[@]}" | sort -n | awk -v n="$clean_articles" '
  { v[NR] = $1; if ($1 == 0) zero++; if ($1 == n) full++ }
  END { printf "crash_test: articles committed at the kill: min %d, median %d, max %d of %d" \
               " (%d kills before the first commit, %d after the last)\n",
               v[1], v[int((NR + 1) / 2)], v[NR], n, zero, full }'
((failures == 0))
