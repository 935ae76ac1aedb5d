#!/usr/bin/env bash
# Load test of the proxy against a local fake upstream (Node.js), with wrk (Debian package `wrk`):
# added latency with nothing to compress at 200 connections, with a 100 KB tool result, and streaming
# time to first byte. Nothing leaves the machine. Usage: headroom-proxy/bench/load.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-20}"
OUT=headroom-proxy/target/bench
mkdir -p "$OUT"
UP_PORT=9100
PROXY_PORT=9101

python3 - "$OUT" <<'PY'
import json, sys
out = sys.argv[1]
small = {"model": "gpt-test", "messages": [{"role": "system", "content": "You are terse."}, {"role": "user", "content": "Weather in Paris?"},
    {"role": "assistant", "tool_calls": [{"id": "call_0", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\":\"Paris\"}"}}]},
    {"role": "tool", "tool_call_id": "call_0", "content": "18C, sunny"}],
    "tools": [{"type": "function", "function": {"name": "get_weather", "description": "Get weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}]}
rows, i = [], 0
while len(json.dumps(rows)) < 100_000:
    rows.append({"id": "ORD-%d" % (1000 + i), "batch": "FRESH", "customer": "customer-%d" % (i % 37), "amount": round(10 + (i * 7919 % 9000) / 100, 2),
                 "status": "FAILED" if i == 421 else "SHIPPED", "warehouse": "WH-%d" % (i % 5),
                 "ts": "2024-05-01T%02d:%02d:%02dZ" % (i // 3600 % 24, i // 60 % 60, i % 60)})
    i += 1
big = dict(small)
big["messages"] = [{"role": "user", "content": "Why did order ORD-1421 fail?"}, small["messages"][2],
                   {"role": "tool", "tool_call_id": "call_0", "content": json.dumps(rows, separators=(",", ":"))}]
text = json.dumps(big, separators=(",", ":"))
open(out + "/small.json", "w").write(json.dumps(small, separators=(",", ":")))
open(out + "/big-template.json", "w").write(text)
open(out + "/big.json", "w").write(text.replace("FRESH", "same"))
stream = dict(small); stream["stream"] = True
open(out + "/stream.json", "w").write(json.dumps(stream, separators=(",", ":")))
PY

node headroom-proxy/bench/fake-upstream.mjs "$UP_PORT" 2>/dev/null &
UP_PID=$!
HEADROOM_STORE=memory ./headroom proxy --port "$PROXY_PORT" --openai-upstream "http://127.0.0.1:$UP_PORT" 2>"$OUT/proxy.log" &
PROXY_PID=$!
trap 'kill $UP_PID $PROXY_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PROXY_PORT/healthz" >/dev/null 2>&1 && break; sleep 0.2; done

run() { # name url script body connections
  BODY_FILE="$4" wrk -t2 -c"$5" -d"${DURATION}s" --latency -s "headroom-proxy/bench/$3" "$2" > "$OUT/$1.txt"
  printf '%-34s %s\n' "$1" "$(grep -E '^\s+(50|99)%' "$OUT/$1.txt" | awk '{printf "%s=%s ", $1, $2}')$(grep Requests/sec "$OUT/$1.txt")"
}
DIRECT="http://127.0.0.1:$UP_PORT/v1/chat/completions"
PROXIED="http://127.0.0.1:$PROXY_PORT/v1/chat/completions"
# warm-up: JIT and connection pools
BODY_FILE="$OUT/small.json" wrk -t2 -c50 -d10s -s headroom-proxy/bench/post.lua "$PROXIED" >/dev/null
BODY_FILE="$OUT/big.json" wrk -t2 -c20 -d5s -s headroom-proxy/bench/post.lua "$PROXIED" >/dev/null
run direct-small-200c "$DIRECT" post.lua "$OUT/small.json" 200
run proxy-small-200c "$PROXIED" post.lua "$OUT/small.json" 200
run direct-small-10c "$DIRECT" post.lua "$OUT/small.json" 10
run proxy-small-10c "$PROXIED" post.lua "$OUT/small.json" 10
[ -n "${QUICK:-}" ] || run direct-100k-50c "$DIRECT" post.lua "$OUT/big.json" 50
[ -n "${QUICK:-}" ] || run proxy-100k-resent-50c "$PROXIED" post.lua "$OUT/big.json" 50
[ -n "${QUICK:-}" ] || run proxy-100k-fresh-8c "$PROXIED" fresh.lua "$OUT/big-template.json" 8
[ -n "${QUICK:-}" ] || run direct-100k-fresh-8c "$DIRECT" fresh.lua "$OUT/big-template.json" 8

ttfb() { # url -> sorted list of time_starttransfer in ms over 300 sequential requests
  for _ in $(seq 1 300); do
    curl -s -o /dev/null -w '%{time_starttransfer}\n' -H 'Content-Type: application/json' --data-binary "@$OUT/stream.json" "$1"
  done | awk '{printf "%.3f\n", $1 * 1000}' | sort -n
}
pct() { awk -v p="$1" '{a[NR]=$1} END {i=int(NR*p/100); if (i<1) i=1; print a[i]}'; }
ttfb "$DIRECT" > "$OUT/ttfb-direct.txt"
ttfb "$PROXIED" > "$OUT/ttfb-proxy.txt"
echo "streaming TTFB direct  p50=$(pct 50 < "$OUT/ttfb-direct.txt")ms p99=$(pct 99 < "$OUT/ttfb-direct.txt")ms"
echo "streaming TTFB proxied p50=$(pct 50 < "$OUT/ttfb-proxy.txt")ms p99=$(pct 99 < "$OUT/ttfb-proxy.txt")ms"
grep -c "outcome" "$OUT/proxy.log" | xargs echo "proxy lines logged at INFO:" || true
