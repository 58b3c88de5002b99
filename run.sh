#!/usr/bin/env bash
# Builds DTS and runs it on Payara Micro at http://localhost:${DTS_HTTP_PORT:-8080}/.
# Configuration comes from the environment: see README.md, "Configuration".
# Ctrl-C or SIGTERM stops it cleanly.
set -euo pipefail
cd "$(dirname "$0")"

export DTS_HTTP_PORT="${DTS_HTTP_PORT:-8080}"
export DTS_DATA_DIR="$(realpath -m "${DTS_DATA_DIR:-./data}")"
mkdir -p "$DTS_DATA_DIR"

# DTS_SKIP_BUILD=1 starts what the last build made (the tests use it).
if [ "${DTS_SKIP_BUILD:-0}" != "1" ]; then
  echo "Building DTS (first run downloads dependencies)..."
  mvn -B -q -DskipTests -pl dts-web -am package
fi

# A bounded heap keeps the whole process well under 1 GiB of memory. The parallel collector: on two
# cores it took partials about 15 % faster than G1 with a smaller footprint and pauses no longer
# (README, Performance). DTS_JAVA_OPTS comes after these defaults, so it adds options or overrides
# them (the last -Xmx wins); a collector it names replaces the parallel one (the JVM takes only one).
collector=-XX:+UseParallelGC
case " ${DTS_JAVA_OPTS:-} " in *" -XX:+Use"*"GC "*) collector= ;; esac
# shellcheck disable=SC2086 # DTS_JAVA_OPTS holds several words
java -Xms256m -Xmx512m -XX:MaxMetaspaceSize=256m $collector ${DTS_JAVA_OPTS:-} -jar dts-web/target/payara-micro.jar \
  --deploy dts-web/target/dts.war --contextroot / \
  --port "$DTS_HTTP_PORT" --nocluster --disablephonehome &
server=$!

stopping=0
stop() {
  stopping=1
  echo "Stopping DTS..."
  kill -TERM "$server" 2>/dev/null || true
}
trap stop INT TERM

# Tell the user where DTS listens once it answers (or why it did not start).
start_timeout="${DTS_START_TIMEOUT_SECONDS:-300}"
deadline=$((SECONDS + start_timeout))
healthy=0
while [ "$SECONDS" -lt "$deadline" ]; do
  if ! kill -0 "$server" 2>/dev/null; then
    wait "$server" || exit $?
    exit 1
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$DTS_HTTP_PORT") 2>/dev/null; then
    if curl -fsS --max-time 5 "http://127.0.0.1:$DTS_HTTP_PORT/health" >/dev/null 2>&1 || ! command -v curl >/dev/null; then
      healthy=1
      break
    fi
  fi
  sleep 1
done

# A server that never reports UP (e.g. the WAR failed to deploy) is not running DTS: say so and stop it.
if [ "$healthy" != 1 ]; then
  echo "DTS did not start: http://127.0.0.1:$DTS_HTTP_PORT/health did not answer UP within ${start_timeout} s" \
    "(see the server's messages above). Stopping the server." >&2
  kill -TERM "$server" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "$server" 2>/dev/null || break
    sleep 1
  done
  kill -KILL "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  exit 1
fi

if [ -n "${DTS_DB_URL:-}" ]; then database="DTS_DB_URL (${DTS_DB_URL%%\?*})"; else database="H2 files in $DTS_DATA_DIR"; fi
cat <<BANNER

  DTS is running at http://localhost:$DTS_HTTP_PORT/   (REST API under /api/v1, health at /health)
  Database: $database
  Owner login: username '${DTS_OWNER_USERNAME:-owner}' with the password set by DTS_OWNER_PASSWORD on the
  first start, or the generated one printed above on that first start. Stop with Ctrl-C.

BANNER

status=0
wait "$server" || status=$?
# A signal interrupts the first wait; wait again for the server's own clean exit.
if kill -0 "$server" 2>/dev/null; then
  wait "$server" || status=$?
fi
# The JVM reports a SIGTERM it handled as 143: after a requested stop that is success.
if [ "$stopping" = 1 ] && [ "$status" = 143 ]; then status=0; fi
echo "DTS stopped."
exit "$status"
