#!/usr/bin/env bash
# Load test, one command: starts a fresh DTS server on 127.0.0.1 (free port, new H2 data dir under
# target/load/), measures sustained POST /api/v1/partial-signatures throughput against raw
# single-thread BLS verification measured in the same run, the server's completion latency and its
# memory, prints a Markdown table with PASS/MISS per product goal, and always stops the server.
#
#   scripts/load-test.sh [key=value ...]
#
# Arguments go to io.dts.web.load.PartialSignatureLoad (signers=64 threshold=43 clients=24
# warmupSeconds=60 durationSeconds=45 verifySeconds=10 partialsPerRequest=<signers> requests=<auto>
# batch=1; batch=B sends each signer's partials for B requests in one call to /partial-signatures/batch,
# blocks=staggered (each signer's blocks of B start at its own request, signers not in step) or
# blocks=aligned (every signer's blocks cover the same B requests: one call brings all B to threshold)).
# Environment: DTS_DB_URL/DTS_DB_USER/DTS_DB_PASSWORD pass through to the server (the database must be
# empty: a fresh network); DTS_JAVA_OPTS passes through to the server JVM; DTS_OWNER_PASSWORD is
# generated when unset; DTS_LOAD_BUILD=1 forces `mvn -B -q -DskipTests install` first, =0 never builds
# (default: build when the WAR or Payara Micro is missing; warn when the sources are newer than the
# WAR); DTS_LOAD_PORT picks the port.
# Output: target/load/{server.log,load.log,result.md}.
# Exit status: the load program's (0 ok, 1 request errors or inconsistent server state, 2 set-up
# failure); a missed goal alone does not fail.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/target/load
mkdir -p "$out"

say() { printf '[load-test %(%T)T] %s\n' -1 "$*"; }

# ---- build if needed ---------------------------------------------------------------------------
war=dts-web/target/dts.war
micro=dts-web/target/payara-micro.jar
build=${DTS_LOAD_BUILD:-auto}
if [ "$build" = auto ]; then
  build=0
  if [ ! -f "$war" ] || [ ! -f "$micro" ]; then
    build=1
  elif [ -n "$(find pom.xml dts-*/pom.xml dts-persistence/src/main dts-core/src/main dts-web/src/main \
                 -newer "$war" -type f -print -quit 2>/dev/null)" ]; then
    # Not rebuilt on its own: in a shared working tree another build may be running right now.
    say "note: sources are newer than $war; this measures the last build (DTS_LOAD_BUILD=1 rebuilds first)"
  fi
fi
if [ "$build" = 1 ]; then
  say "building: mvn -B -q -DskipTests install"
  timeout 900 mvn -B -q -DskipTests install
fi
if [ ! -f "$war" ] || [ ! -f "$micro" ]; then
  echo "no $war / $micro: build first (DTS_LOAD_BUILD=1)" >&2
  exit 2
fi

# The load program is a test source. Other builds may be rewriting dts-web/target/test-classes at any
# moment, so it is compiled here with javac into target/load/classes, against the test classpath
# (from `mvn dependency:build-classpath`, fetched once and kept).
classpath_file=$out/classpath.txt
if [ ! -s "$classpath_file" ] || [ dts-web/pom.xml -nt "$classpath_file" ] || [ pom.xml -nt "$classpath_file" ]; then
  fetch_classpath() {
    mvn -o -B -q -f dts-web/pom.xml dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile="$classpath_file" >/dev/null 2>&1 \
      || timeout 600 mvn -B -q -f dts-web/pom.xml dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile="$classpath_file" >"$out/classpath.log" 2>&1
  }
  if ! fetch_classpath; then
    # dts-web's test classpath names dts-core and its parent, which a fresh machine has not installed.
    say "installing the DTS modules into the local Maven repository (mvn -DskipTests install)"
    timeout 900 mvn -B -q -DskipTests install >"$out/install.log" 2>&1 \
      || { echo "mvn install failed: see $out/install.log" >&2; exit 2; }
    fetch_classpath || { echo "could not resolve dts-web's test classpath: see $out/classpath.log" >&2; exit 2; }
  fi
fi
classpath=$root/dts-web/target/test-classes:$root/dts-web/target/classes:$(cat "$classpath_file")
rm -rf "$out/classes"
mkdir -p "$out/classes"
say "compiling the load program into $out/classes"
javac -encoding UTF-8 --release 17 -nowarn -d "$out/classes" -cp "$classpath" dts-web/src/test/java/io/dts/web/load/*.java
classpath=$out/classes:$classpath

# ---- a snapshot of what the last build made ----------------------------------------------------
# Other builds may rewrite dts-web/target/dts.war while this runs (a half-written WAR does not
# deploy), so the server runs from a copy: the same run.sh, next to a verified copy of the WAR.
app=$out/app
rm -rf "$app"
mkdir -p "$app/dts-web/target"
cp run.sh "$app/run.sh"
ln -s "$root/$micro" "$app/dts-web/target/payara-micro.jar"
zip_ok() { if command -v unzip >/dev/null; then unzip -tqq "$1"; else jar tf "$1"; fi >/dev/null 2>&1; }
for attempt in $(seq 1 30); do
  if cp "$war" "$app/dts-web/target/dts.war.part" 2>/dev/null && zip_ok "$app/dts-web/target/dts.war.part"; then
    mv "$app/dts-web/target/dts.war.part" "$app/dts-web/target/dts.war"
    break
  fi
  if [ "$attempt" = 30 ]; then echo "$war stays unreadable (being rebuilt?)" >&2; exit 2; fi
  sleep 2
done
say "server: the $(date -r "$war" +%T) build of $war, copied to $app"

# ---- a free loopback port, a fresh data dir ----------------------------------------------------
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=${DTS_LOAD_PORT:-}
if [ -z "$port" ]; then
  for _ in $(seq 1 50); do
    candidate=$((31000 + RANDOM % 8000))
    if port_free "$candidate"; then port=$candidate; break; fi
  done
fi
[ -n "$port" ] || { echo "no free port found" >&2; exit 2; }
data=$out/data
rm -f "$out/server-failed-start.log"
export DTS_OWNER_PASSWORD="${DTS_OWNER_PASSWORD:-load-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')}"

# ---- start the server; stop it whatever happens -------------------------------------------------
server=
load=
stop_server() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    say "stopping the server (SIGTERM to run.sh, pid $server)"
    local java_pid
    java_pid=$(pgrep -P "$server" -f payara-micro || true)
    kill -TERM "$server" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 "$server" 2>/dev/null || break
      sleep 1
    done
    if kill -0 "$server" 2>/dev/null; then
      say "server still running after 60 s: SIGKILL"
      if [ -n "$java_pid" ]; then kill -KILL "$java_pid" 2>/dev/null || true; fi
      kill -KILL "$server" 2>/dev/null || true
    fi
    wait "$server" 2>/dev/null || true
    say "server stopped"
  fi
  server=
}
on_exit() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "$load" ] && kill -0 "$load" 2>/dev/null; then
    kill -TERM "$load" 2>/dev/null || true
    wait "$load" 2>/dev/null || true
  fi
  stop_server
  exit "$status"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Starts run.sh on a fresh data dir and waits for /health UP; returns 1 if it does not come up.
start_server() {
  rm -rf "$data"
  mkdir -p "$data"
  say "starting DTS on 127.0.0.1:$port, data in $data, log in $out/server.log"
  DTS_SKIP_BUILD=1 DTS_HTTP_PORT=$port DTS_DATA_DIR=$data \
    DTS_BLOCK_INTERVAL_SECONDS="${DTS_BLOCK_INTERVAL_SECONDS:-5}" \
    DTS_SIGNING_REQUEST_LIFETIME_BLOCKS="${DTS_SIGNING_REQUEST_LIFETIME_BLOCKS:-100000}" \
    "$app/run.sh" >"$out/server.log" 2>&1 &
  server=$!
  local deadline=$((SECONDS + 180)) ready_deadline=
  until curl -fsS --max-time 5 "http://127.0.0.1:$port/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$server" 2>/dev/null; then
      echo "the server exited during start-up; last lines of $out/server.log:" >&2
      tail -n 40 "$out/server.log" >&2
      server=
      return 1
    fi
    # Payara says "ready" even when the deployment failed; then /health never comes.
    if [ -z "$ready_deadline" ] && grep -q 'ready in' "$out/server.log"; then ready_deadline=$((SECONDS + 30)); fi
    if [ "$SECONDS" -ge "$deadline" ] || { [ -n "$ready_deadline" ] && [ "$SECONDS" -ge "$ready_deadline" ]; }; then
      echo "the server did not report UP at /health; from $out/server.log:" >&2
      grep -E 'SEVERE|Exception:' "$out/server.log" | grep -v '^\s*at ' | cut -c1-400 | head -n 8 >&2 || true
      return 1
    fi
    sleep 1
  done
}

# One more try on a failed start (seen: an intermittent H2 "Database may be already in use" on a
# fresh data dir while the WAR deploys); the failed attempt's log is kept as server-failed-start.log.
if ! start_server; then
  cp "$out/server.log" "$out/server-failed-start.log"
  stop_server
  say "the server did not start (log kept in $out/server-failed-start.log); trying once more"
  start_server || exit 2
fi
say "server UP (run.sh pid $server, JVM pid $(pgrep -P "$server" -f payara-micro || echo '?')); loadavg $(cat /proc/loadavg)"

# ---- the load program --------------------------------------------------------------------------
timeout --signal=TERM 420 java -Xms256m -Xmx1g -XX:+UseSerialGC -cp "$classpath" \
  io.dts.web.load.PartialSignatureLoad base="http://127.0.0.1:$port/" serverPid="$server" \
  out="$out/result.md" "$@" > >(tee "$out/load.log") 2>&1 &
load=$!
status=0
wait "$load" || status=$?
load=
sleep 0.2 # let tee drain
if [ "$status" = 124 ]; then echo "the load program did not finish within 420 s" >&2; fi
say "loadavg after: $(cat /proc/loadavg)"
severe=$(grep -c 'SEVERE' "$out/server.log" || true)
if [ "$severe" != 0 ]; then say "the server logged $severe SEVERE messages: see $out/server.log"; fi
exit "$status"
