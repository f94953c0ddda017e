#!/usr/bin/env bash
# npm run docker:verify [-- --clean] [-- --no-cache]
#
# Builds the Podium image from the unmodified Dockerfile and runs it, on a machine without a Docker engine or a
# reachable image registry: podman as root, with a locally made stand-in for node:20-bookworm(-slim).
# Checks what a user relies on: the seed answers at once, a briefing ingested over HTTP survives a restart and
# a new container on the same volume (an upgrade), and `stop` ends the service cleanly and quickly.
#   --clean     also remove the Podium image and the stand-in base images afterwards (kept by default for speed)
#   --no-cache  build the Podium image without podman's layer cache (to measure a cold build)
#   --head      build what is committed (git archive HEAD) instead of the working tree
# Environment: PODIUM_VERIFY_PORT (default 38417, on 127.0.0.1), PODIUM_DOCKER_WORK (default /tmp/podium-docker).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE="$ROOT/tests/docker"
WORK=${PODIUM_DOCKER_WORK:-/tmp/podium-docker}
PORT=${PODIUM_VERIFY_PORT:-38417}
BASE="http://127.0.0.1:$PORT"
SLIM=docker.io/library/node:20-bookworm-slim
FULL=docker.io/library/node:20-bookworm
IMAGE=localhost/podium:verify
RUN_ID="podium-verify-$$"
VOLUME="$RUN_ID-data"
KEY=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')

CLEAN=false
HEAD=false
NO_CACHE=()
for arg in "$@"; do
  case "$arg" in
    --clean) CLEAN=true ;;
    --no-cache) NO_CACHE=(--no-cache) ;;
    --head) HEAD=true ;;
    *) echo "unknown option: $arg (use --clean, --no-cache, --head)" >&2; exit 2 ;;
  esac
done

failures=0
pass() { printf '  \xe2\x9c\x93 %s\n' "$1"; }
fail() { printf '  \xe2\x9c\x97 %s\n' "$1"; failures=$((failures + 1)); }
skip() { printf '  - skipped: %s\n' "$1"; }
step() { printf '\n== %s\n' "$1"; }
now_ms() { date +%s%3N; }
die() { fail "$1"; finish; }

# --- tools and podman configuration ------------------------------------------------------------------------
if [ "$(id -u)" != 0 ]; then
  echo "docker:verify runs podman as root (rootless podman does not work in this sandbox); run it as root." >&2
  exit 1
fi
missing=()
for tool in podman buildah debootstrap runc curl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} ..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman buildah debootstrap runc curl \
    >"$WORK.apt.log" 2>&1 || { echo "apt-get install failed, see $WORK.apt.log" >&2; exit 1; }
fi
mkdir -p "$WORK"
# crun and podman's default ulimits fail in this sandbox; without systemd, events go to a file.
cat >"$WORK/containers.conf" <<'EOF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=4096:4096"]

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
EOF
export CONTAINERS_CONF="$WORK/containers.conf"
driver=$(podman info --format '{{.Store.GraphDriverName}}' 2>/dev/null)
# vfs works too but copies every layer: ~14 s per container start instead of ~0.5 s.
[ "$driver" = overlay ] || echo "warning: podman storage driver is '$driver', not overlay: expect slow runs"

# Everything this run creates goes on exit, whatever happened.
cleanup() {
  podman rm -f --time 0 "$RUN_ID" "$RUN_ID-2" >/dev/null 2>&1
  podman volume rm -f "$VOLUME" >/dev/null 2>&1
  if $CLEAN; then
    podman rmi -f "$IMAGE" >/dev/null 2>&1
    podman image prune -f >/dev/null 2>&1 # the build's intermediate layers
    [ -f "$WORK/stand-ins" ] && xargs -r podman rmi -f <"$WORK/stand-ins" >/dev/null 2>&1 && rm -f "$WORK/stand-ins"
    echo "removed the Podium image, the stand-in base images this script built, and dangling layers (--clean)"
  fi
}
finish() {
  cleanup
  echo
  if [ "$failures" -eq 0 ]; then echo "docker:verify: all checks passed"; exit 0; fi
  echo "docker:verify: $failures check(s) failed"
  exit 1
}
trap 'echo "interrupted"; cleanup; exit 130' INT TERM

# --- stand-in base images (no registry is reachable here) --------------------------------------------------
# The Debian mirror apt is configured with: deb822 .sources stanzas or one-line .list entries, suite bookworm.
debian_mirror() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk 'BEGIN { RS = ""; FS = "\n" }
      { uri = ""; ok = 0
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^URIs:/) { split($i, u, /[ \t]+/); uri = u[2] }
          if ($i ~ /^Suites:/ && $i ~ /[ \t]bookworm([ \t]|$)/) ok = 1
        }
        if (ok && uri != "") { print uri; exit } }' "$f"
  done
  cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
    awk '$1 == "deb" { sub(/\[[^]]*\] */, ""); if ($3 == "bookworm") print $2 }'
  echo http://deb.debian.org/debian
}

# node:20-bookworm-slim: Debian bookworm (minbase, without docs like debian:bookworm-slim) plus this machine's
# Node 20, npm and Node headers, the official image's `node` user and entrypoint.
build_slim() {
  local mirror rootfs="$WORK/rootfs" t0
  mirror=$(debian_mirror | head -n 1)
  echo "building stand-in $SLIM: debootstrap bookworm from $mirror"
  t0=$(now_ms)
  rm -rf "$rootfs"
  debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$WORK/debootstrap.log" 2>&1 ||
    { tail -n 20 "$WORK/debootstrap.log"; return 1; }
  # What debian:bookworm-slim leaves out (docs, man pages, translations) and the package caches.
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* \
    "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/usr/share/locale/* "$rootfs"/usr/share/lintian
  mkdir -p "$rootfs/usr/lib/node_modules" "$rootfs/usr/include" "$rootfs/etc/ssl/certs"
  cp -a /usr/bin/node "$rootfs/usr/bin/node"
  cp -a /usr/lib/node_modules/npm "$rootfs/usr/lib/node_modules/npm"
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/bin/npx"
  cp -a /usr/include/node "$rootfs/usr/include/node"
  # Like the official image: OpenSSL headers for this architecture only.
  find "$rootfs/usr/include/node/openssl/archs" -mindepth 1 -maxdepth 1 ! -name "linux-$(uname -m)" -exec rm -rf {} + 2>/dev/null
  # The npm registry is reached through an intercepting CA here: the bundle carries it.
  cp -L /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/ca-certificates.crt"
  chroot "$rootfs" groupadd --gid 1000 node
  chroot "$rootfs" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
  cp "$HERE/docker-entrypoint.sh" "$rootfs/usr/local/bin/docker-entrypoint.sh"
  chmod 755 "$rootfs/usr/local/bin/docker-entrypoint.sh"
  tar -C "$rootfs" -c . | podman import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change "ENV NODE_VERSION=$(node -p 'process.versions.node')" \
    --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
    --change 'ENV npm_config_nodedir=/usr' \
    --change 'ENTRYPOINT ["docker-entrypoint.sh"]' \
    --change 'CMD ["node"]' \
    - "$SLIM" >"$WORK/import.log" 2>&1 || { cat "$WORK/import.log"; return 1; }
  rm -rf "$rootfs"
  podman image inspect --format '{{.Id}}' "$SLIM" >>"$WORK/stand-ins" # for --clean
  echo "stand-in $SLIM built in $(( ($(now_ms) - t0) / 1000 )) s"
}

# node:20-bookworm: the slim stand-in plus the compilers the full image has (buildpack-deps), for node-gyp.
build_full() {
  local t0 ctx="$WORK/empty-context"
  echo "building stand-in $FULL: $SLIM + python3 make g++"
  t0=$(now_ms)
  mkdir -p "$ctx"
  podman build --isolation chroot --pull=never --network host -t "$FULL" -f - "$ctx" >"$WORK/full.log" 2>&1 <<EOF || { tail -n 20 "$WORK/full.log"; return 1; }
FROM $SLIM
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
EOF
  podman image inspect --format '{{.Id}}' "$FULL" >>"$WORK/stand-ins"
  echo "stand-in $FULL built in $(( ($(now_ms) - t0) / 1000 )) s"
}

step "base images"
if podman image exists "$SLIM"; then echo "$SLIM present"; else build_slim || die "stand-in $SLIM could not be built"; fi
if podman image exists "$FULL"; then echo "$FULL present"; else build_full || die "stand-in $FULL could not be built"; fi

# --- the Podium image --------------------------------------------------------------------------------------
CONTEXT="$ROOT"
if $HEAD; then
  CONTEXT="$WORK/context"
  rm -rf "$CONTEXT" && mkdir -p "$CONTEXT" && git -C "$ROOT" archive HEAD | tar -x -C "$CONTEXT" || die "git archive HEAD failed"
fi
step "build (podman build --isolation chroot --format docker, the unmodified Dockerfile, context: $CONTEXT$($HEAD && echo " = $(git -C "$ROOT" rev-parse --short HEAD)"))"
t0=$(now_ms)
# --format docker keeps HEALTHCHECK (the OCI format has no such field); --pull=never: nothing to pull from.
if podman build --isolation chroot --format docker --pull=never "${NO_CACHE[@]}" \
  -t "$IMAGE" -f "$CONTEXT/Dockerfile" "$CONTEXT" >"$WORK/build.log" 2>&1; then
  build_s=$(( ($(now_ms) - t0) / 1000 ))
  size=$(podman image inspect --format '{{.Size}}' "$IMAGE")
  base_size=$(podman image inspect --format '{{.Size}}' "$SLIM")
  echo "build time: ${build_s} s$([ ${#NO_CACHE[@]} -gt 0 ] && echo ' (no cache)') — log: $WORK/build.log"
  echo "image size: $((size / 1000000)) MB ($IMAGE; of which the base $SLIM $((base_size / 1000000)) MB, Podium $(((size - base_size) / 1000000)) MB)"
  pass "image built"
else
  tail -n 30 "$WORK/build.log"
  die "podman build failed (log: $WORK/build.log)"
fi

# --- checks ------------------------------------------------------------------------------------------------
BODY="$WORK/body.json"
# http METHOD PATH [curl args...]: prints the status; the body goes to $BODY.
http() {
  local method=$1 path=$2
  shift 2
  curl -sS -m 10 -o "$BODY" -w '%{http_code}' -X "$method" "$@" "$BASE$path" 2>/dev/null || echo 000
}
# json EXPR: evaluates a JavaScript expression over the last body, bound to `d`.
json() {
  node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
    const v = new Function("d", `return (${process.argv[1]});`)(d);
    process.stdout.write(typeof v === "string" ? v : JSON.stringify(v) ?? "undefined");' "$1" "$BODY" 2>/dev/null
}
# wait_ready NAME: waits for /health to answer 200 (30 s at most); prints the milliseconds it took.
wait_ready() {
  local t0 i
  t0=$(now_ms)
  for i in $(seq 1 300); do
    [ "$(http GET /health)" = 200 ] && { echo $(( $(now_ms) - t0 )); return 0; }
    [ "$(podman inspect --format '{{.State.Running}}' "$1" 2>/dev/null)" = true ] || break
    sleep 0.1
  done
  return 1
}
logs_on_failure() { podman logs --tail 30 "$1" 2>&1 | sed 's/^/    | /'; }
# Without systemd, podman cannot drive the healthcheck timer (the check runs by hand below) and says so on
# every run, start and stop, even with --health-interval disable: that chatter goes to $PODMAN_LOG.
PODMAN_LOG="$WORK/podman.log"
: >"$PODMAN_LOG"
run_container() {
  podman run -d --name "$1" --network host --health-interval disable \
    -e HOST=127.0.0.1 -e PORT="$PORT" -e PODIUM_API_KEY="$KEY" \
    -v "$VOLUME:/data" "$IMAGE" >/dev/null 2>>"$PODMAN_LOG" || { tail -n 5 "$PODMAN_LOG"; return 1; }
}
# stop_check NAME: `podman stop` must end the service with exit code 0, well under a second.
stop_check() {
  local t0 ms code
  t0=$(now_ms)
  podman stop --time 10 "$1" >/dev/null 2>>"$PODMAN_LOG"
  ms=$(( $(now_ms) - t0 ))
  code=$(podman inspect --format '{{.State.ExitCode}}' "$1")
  if [ "$code" = 0 ]; then pass "stopped with exit code 0"; else fail "stopped with exit code $code (expected 0)"; logs_on_failure "$1"; fi
  if [ "$ms" -lt 1000 ]; then pass "podman stop took $ms ms (< 1000)"; else fail "podman stop took $ms ms (expected < 1000: is SIGTERM handled?)"; fi
}
health_counts() { [ "$(http GET /health)" = 200 ] && json '"briefings " + d.database.briefings + ", statements " + d.database.statements'; }

step "image contents"
contents=$(podman run --rm --network none --no-healthcheck --entrypoint ls "$IMAGE" -A /app | tr '\n' ' ')
if [ "$contents" = "dist migrations node_modules package.json seeds " ]; then pass "/app holds only dist migrations node_modules package.json seeds"
else fail "/app holds: $contents"; fi
dev=$(podman run --rm --network none --no-healthcheck --entrypoint sh "$IMAGE" -c 'ls -d node_modules/typescript node_modules/vitest node_modules/tsx 2>/dev/null')
if [ -z "$dev" ]; then pass "no dev dependencies (typescript, vitest, tsx absent)"; else fail "dev dependencies in the image: $dev"; fi
config=$(podman image inspect --format '{{.Config.User}} {{json .Config.Cmd}} {{json .Config.Volumes}}' "$IMAGE")
# The heap flags are npm start's (tests/server-node-flags.test.ts keeps the Dockerfile's CMD equal to it).
if [ "$config" = 'node ["node","--max-old-space-size=128","--max-semi-space-size=4","dist/server.js"] {"/data":{}}' ]; then
  pass "user node, CMD node --max-old-space-size=128 --max-semi-space-size=4 dist/server.js, VOLUME /data"
else fail "image config: $config"; fi
env=$(podman image inspect --format '{{range .Config.Env}}{{println .}}{{end}}' "$IMAGE" |
  grep -E '^(NODE_ENV|HOST|PORT|DATABASE_PATH)=' | sort | paste -sd ' ')
if [ "$env" = "DATABASE_PATH=/data/podium.db HOST=0.0.0.0 NODE_ENV=production PORT=3000" ]; then pass "env $env"
else fail "env: $env"; fi
healthcheck=$(podman image inspect --format '{{if .Config.Healthcheck}}{{index .Config.Healthcheck.Test 0}}{{end}}' "$IMAGE")
if [ "$healthcheck" = CMD ]; then pass "HEALTHCHECK declared"; else fail "no HEALTHCHECK in the image config"; fi

step "first run: fresh volume, seed loaded at start"
podman volume create "$VOLUME" >/dev/null
run_container "$RUN_ID"
if ms=$(wait_ready "$RUN_ID"); then pass "/health 200 after $ms ms ($(health_counts))"
else fail "/health did not answer 200 within 30 s"; logs_on_failure "$RUN_ID"; die "the service did not start"; fi
uid=$(podman exec "$RUN_ID" id -u)
if [ "$uid" != 0 ]; then pass "runs as uid $uid (not root)"; else fail "runs as root"; fi
pid1=$(podman exec "$RUN_ID" cat /proc/1/cmdline | tr '\0' ' ')
if [ "$pid1" = "node --max-old-space-size=128 --max-semi-space-size=4 dist/server.js " ]; then
  pass "PID 1 is node (with the heap flags) dist/server.js (receives SIGTERM itself)"
else fail "PID 1 is: $pid1"; fi
if podman exec "$RUN_ID" test -s /data/podium.db; then pass "database created in the volume (/data/podium.db)"; else fail "no /data/podium.db"; fi
status=$(http GET '/statements?country=AF')
n=$(json 'd.data.length')
if [ "$status" = 200 ] && [ "${n:-0}" -gt 0 ] 2>/dev/null; then pass "/statements?country=AF: 200, $n statements"
else fail "/statements?country=AF: $status, ${n:-no} statements"; fi
status=$(http GET /docs/)
if [ "$status" = 200 ] && grep -qi swagger "$BODY"; then pass "/docs/: 200, Swagger UI"; else fail "/docs/: $status"; fi
status=$(http GET /openapi.json)
if [ "$status" = 200 ] && [ "$(json 'd.openapi.slice(0, 3)')" = "3.1" ]; then pass "/openapi.json: 200, OpenAPI 3.1"; else fail "/openapi.json: $status"; fi
hc=$(podman healthcheck run "$RUN_ID" 2>&1)
if [ $? -eq 0 ]; then pass "HEALTHCHECK passes${hc:+ ($hc)}"; else fail "HEALTHCHECK: $hc"; fi

step "ingest a briefing over HTTP"
briefing_id=""
expected_statements=""
http GET /openapi.json >/dev/null
if [ "$(json 'Boolean(d.paths["/briefings"] && d.paths["/briefings"].post)')" != true ]; then
  skip "POST /briefings not available (the route is not in this build's /openapi.json)"
else
  status=$(http POST /briefings -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$HERE/briefing.txt")
  if [ "$status" = 401 ]; then pass "POST /briefings without the key: 401"; else fail "POST /briefings without the key: $status (expected 401)"; fi
  status=$(http POST /briefings -H "Authorization: Bearer $KEY" -H 'Content-Type: text/plain; charset=utf-8' \
    --data-binary @"$HERE/briefing.txt")
  briefing_id=$(json 'd.id ?? ""')
  expected_statements=$(json 'd.statements.length')
  if [ "$status" = 201 ] && [ -n "$briefing_id" ] && [ "${expected_statements:-0}" -gt 0 ] 2>/dev/null; then
    pass "POST /briefings with the key: 201, briefing $briefing_id with $expected_statements statements"
  else fail "POST /briefings with the key: $status $(head -c 300 "$BODY")"; briefing_id=""; fi
  status=$(http POST /briefings -H "Authorization: Bearer $KEY" -H 'Content-Type: text/plain; charset=utf-8' \
    --data-binary @"$HERE/briefing.txt")
  if [ "$status" = 200 ] && [ "$(json 'd.id')" = "$briefing_id" ]; then pass "the same text again: 200, the same briefing (nothing stored twice)"
  else fail "the same text again: $status $(head -c 300 "$BODY")"; fi
fi
# brief_check LABEL: the ingested briefing is served, with as many statements as when it was ingested.
brief_check() {
  local status n
  [ -n "$briefing_id" ] || { skip "$1: no briefing was ingested"; return; }
  status=$(http GET "/briefings/$briefing_id")
  n=$(json 'd.statements.length')
  if [ "$status" = 200 ] && [ "$n" = "$expected_statements" ]; then pass "$1: /briefings/$briefing_id 200, $n statements"
  else fail "$1: /briefings/$briefing_id $status, ${n:-no} statements (expected ${expected_statements})"; fi
}
brief_check "ingested"
counts=$(health_counts)
echo "  database: $counts"

step "stop"
stop_check "$RUN_ID"

step "restart the same container"
podman start "$RUN_ID" >/dev/null 2>>"$PODMAN_LOG"
if ms=$(wait_ready "$RUN_ID"); then pass "/health 200 after $ms ms"; else fail "did not come back"; logs_on_failure "$RUN_ID"; fi
brief_check "after restart"
again=$(health_counts)
if [ "$again" = "$counts" ]; then pass "same counts, seed not stored twice ($again)"; else fail "counts $again (before: $counts)"; fi
stop_check "$RUN_ID"

step "upgrade: a new container on the same volume"
podman rm "$RUN_ID" >/dev/null 2>>"$PODMAN_LOG"
run_container "$RUN_ID-2"
if ms=$(wait_ready "$RUN_ID-2"); then pass "/health 200 after $ms ms"; else fail "did not start"; logs_on_failure "$RUN_ID-2"; fi
brief_check "in the new container"
again=$(health_counts)
if [ "$again" = "$counts" ]; then pass "same counts ($again)"; else fail "counts $again (before: $counts)"; fi
stop_check "$RUN_ID-2"

finish
