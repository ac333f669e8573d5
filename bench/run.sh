#!/usr/bin/env bash
# Load benchmark of the packaged jar: builds it if missing, starts it on a data directory of its own
# (bench/var, never ./var) with the demo data, signs in, warms up, then measures each key page with wrk.
#
#   bench/run.sh                         # 20 s per page
#   DURATION=10 bench/run.sh             # shorter
#   SCALE=50000 bench/run.sh             # the big synthetic dataset (--voisinage.demo.scale), first start only
#   PEER_URL=http://localhost:9966/owners bench/run.sh   # also measures a peer page and prints each ratio to it
#   PAGES='/ /echanges' bench/run.sh     # only these paths (signed in as the resident)
#   JAR=/tmp/other.jar bench/run.sh     # another build (before/after a change)
#   JAVA_FLAGS='-XX:+UseG1GC' bench/run.sh   # other JVM flags than the production ones
#   ENCODING=identity bench/run.sh       # without compression (wrk sends Accept-Encoding: gzip, as browsers do)
#   KEEP=1 bench/run.sh                  # leave the application running afterwards
#   SEARCH=1 PAGES=none bench/run.sh      # the search's p50/p95 over typical queries (sequential curl), issue 15
#   SOAK=600 bench/run.sh                # memory soak instead of the table: the key pages in turn with wrk for 600 s,
#                                        # RSS and live heap (after a full GC) sampled every SOAK_SAMPLE=30 s; prints
#                                        # start, peak, end and growth (issue 12: RSS <= 512 MB, no growth)
#
# One line per page: req/s, p50, p99, bytes per request, SQL statements per request (X-Statements, counted at the
# JDBC level when voisinage.bench.statement-header=true), and the load average before and after: the machine may
# be shared, so compare runs taken at a similar load.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20}
WARMUP=${WARMUP:-10}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
DATA_DIR=${DATA_DIR:-bench/var/postgres}
HEAP=${HEAP:-256m}
BASE="http://localhost:$PORT"
WORK=$(mktemp -d)
APP_PID=

cleanup() {
    if [[ -n "$APP_PID" && -z "${KEEP:-}" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
    if [[ $(id -u) -eq 0 ]]; then apt-get install -y -q wrk >/dev/null; else echo "wrk missing: sudo apt-get install wrk" >&2; exit 1; fi
fi

JAR=${JAR:-$(ls target/voisinage-*.jar 2>/dev/null | grep -v plain | head -1 || true)}
if [[ -z "$JAR" ]]; then
    ./mvnw -B -ntp -q -DskipTests package
    JAR=$(ls target/voisinage-*.jar | grep -v plain | head -1)
fi

mkdir -p bench/var "$(dirname "$DATA_DIR")"
ARGS=(--server.port="$PORT" --voisinage.embedded-postgres.data-directory="$DATA_DIR"
      --voisinage.base-url="$BASE" --voisinage.bench.statement-header=true
      --spring.thymeleaf.cache=true --logging.level.root=warn --logging.structured.format.console=ecs)
[[ -n "${SCALE:-}" ]] && ARGS+=(--voisinage.demo.scale="$SCALE")
# Production settings, but not the prod profile: demo data is never seeded there, and its __Host- cookies are Secure
# (a plain-http benchmark would drop them). Everything else is the shipped configuration.
echo "starting $JAR (-Xmx$HEAP, data in $DATA_DIR)" >&2
# the production JVM flags (README, Dockerfile): a small heap wants the serial collector (G1's remembered sets and
# threads cost resident memory for nothing on 2 cores), capped metaspace and code cache, and glibc limited to 2 malloc
# arenas (one per thread otherwise, each holding freed memory)
JAVA_FLAGS=${JAVA_FLAGS:-"-XX:+UseSerialGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m"}
# shellcheck disable=SC2086
MALLOC_ARENA_MAX=2 java -Xmx"$HEAP" $JAVA_FLAGS -jar "$JAR" "${ARGS[@]}" >"bench/var/app.log" 2>&1 &
APP_PID=$!
# ready, not merely listening: Tomcat answers while the demo (and the synthetic population) is still being written,
# and readiness turns UP only once every start-up runner has finished
for _ in $(seq 1 600); do
    curl -fs -o /dev/null "$BASE/actuator/health/readiness" && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped, see bench/var/app.log" >&2; exit 1; }
    sleep 1
done
curl -fs -o /dev/null "$BASE/actuator/health/readiness" || { echo "not ready after 600 s" >&2; exit 1; }

# Signs in and prints the Cookie header of the session (cookie names differ with the profile: SESSION, __Host-SESSION)
sign_in() {
    local jar="$WORK/$1.jar" page csrf
    page=$(curl -fs -c "$jar" "$BASE/login")
    csrf=$(grep -o 'name="_csrf"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//;s/"$//')
    [[ -n "$csrf" ]] || csrf=$(grep -o 'value="[^"]*"[^>]*name="_csrf"' <<<"$page" | head -1 | sed 's/^value="//;s/".*//')
    curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=voisinage-demo" \
        --data-urlencode "_csrf=$csrf" "$BASE/login"
    awk '$6 ~ /SESSION$/ {print $6 "=" $7}' "$jar" | tail -1
}
RESIDENT=$(sign_in camille@demo.voisinage.test)
ADMIN=$(sign_in admin@demo.voisinage.test)
[[ -n "$RESIDENT" && -n "$ADMIN" ]] || { echo "sign-in failed" >&2; exit 1; }
[[ $(curl -fs -H "Cookie: $RESIDENT" "$BASE/") == *'action="/logout"'* ]] || { echo "not signed in with $RESIDENT" >&2; exit 1; }

# The first link of a page matching a pattern: the demo's real ids
first_link() {
    # the link may carry a query or an anchor after the id (a conversation's page, an initiative's section)
    curl -fs -H "Cookie: $RESIDENT" "$BASE$1" | grep -oE "href=\"$2" | head -1 | sed 's/^href="//' || true
}
NEIGHBOURHOOD=$(first_link /quartiers '/quartiers/[a-z0-9-]+')
CHALLENGE=$(first_link /defis '/defis/[0-9]+')
INITIATIVE=$(first_link /initiatives '/initiatives/[0-9]+')
CONVERSATION=$(first_link /messages '/messages/[0-9]+')
CSS=$(curl -fs -H "Cookie: $RESIDENT" "$BASE/" | grep -oE 'href="/css/[^"]+"' | head -1 | sed 's/^href="//;s/"$//')

# path | who (resident, admin, anonymous)
if [[ "${PAGES:-}" == none ]]; then
    LIST=
elif [[ -n "${PAGES:-}" ]]; then
    LIST=$(for p in $PAGES; do echo "$p resident"; done)
else
    LIST="/ resident
${NEIGHBOURHOOD:-/quartiers} resident
${CHALLENGE:-/defis} resident
${INITIATIVE:-/initiatives} resident
/echanges?km=3 resident
/echanges?q=perceuse resident
/messages resident
${CONVERSATION:-/messages} resident
/agenda resident
/initiatives?q=jardin resident
/recherche?q=velo resident
/admin admin
/moderation admin
/about anonymous
${CSS:-/css/voisinage.css} anonymous"
fi

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
LOAD_START=$(loadavg)

# wrk's summary for one page: req/s p50 p99 bytes/request
measure() {
    local url=$1 cookie=$2 seconds=$3 out
    local header=(-H "Accept-Encoding: ${ENCODING:-gzip}")
    [[ -n "$cookie" ]] && header+=(-H "Cookie: $cookie")
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s --latency "${header[@]}" "$url")
    awk '
        function ms(v) { if (v ~ /us$/) return sprintf("%.1f", v/1000); if (v ~ /ms$/) return sprintf("%.1f", v+0);
                         if (v ~ /m$/) return sprintf("%.0f", v*60000); return sprintf("%.0f", v*1000) }
        function bytes(v) { if (v ~ /KB$/) return v*1024; if (v ~ /MB$/) return v*1048576; if (v ~ /GB$/) return v*1073741824; return v+0 }
        / 50%/ {p50=ms($2)} / 99%/ {p99=ms($2)} /requests in/ {n=$1; b=bytes($5)} /Requests\/sec/ {rps=$2}
        /Non-2xx/ {bad+=$NF} /Socket errors/ {gsub(",", ""); bad+=$NF}
        END {printf "%s %s %s %d %s\n", rps, p50, p99, (n>0 ? b/n : 0), (bad ? bad : 0)}' <<<"$out"
}

# Memory soak: the pages of the list in turn, SOAK_STEP seconds each, until SOAK seconds have passed; every SOAK_SAMPLE
# seconds the resident set (what the host pays) and the heap left after a full GC (what the application keeps: a leak
# shows there first), with metaspace and the code cache (classes or compiled code generated per request would grow)
if [[ -n "${SOAK:-}" ]]; then
    SOAK_STEP=${SOAK_STEP:-5}; SOAK_SAMPLE=${SOAK_SAMPLE:-30}
    sample() {
        local rss heap meta code
        rss=$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$APP_PID/status")
        jcmd "$APP_PID" GC.run >/dev/null
        heap=$(jcmd "$APP_PID" GC.heap_info | awk '/ total .* used / {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K","",v); s+=v}} END {printf "%d", s/1024}')
        meta=$(jcmd "$APP_PID" GC.heap_info | awk '/Metaspace/ {v=$3; sub("K,?","",v); printf "%d", v/1024}')
        code=$(jcmd "$APP_PID" Compiler.codecache 2>/dev/null | awk -F'used=' '/used=/ {split($2,a,"K"); s+=a[1]} END {printf "%d", s/1024}')
        echo "$1 $rss $heap $meta $code"
    }
    LOAD_FIRST=$(loadavg)
    for _ in 1 2; do  # two passes of warm-up: the first compiles templates and queries
        while read -r path who; do
            [[ -z "$path" ]] && continue
            case $who in resident) cookie=$RESIDENT ;; admin) cookie=$ADMIN ;; *) cookie= ;; esac
            measure "$BASE$path" "$cookie" 2 >/dev/null
        done <<<"$LIST"
    done
    printf '%6s %8s %12s %13s %13s %s\n' second rss_mb live_heap_mb metaspace_mb codecache_mb load
    START=$(date +%s); NEXT=0; SAMPLES="$WORK/soak"
    while :; do
        elapsed=$(( $(date +%s) - START ))
        if (( elapsed >= NEXT )); then
            s=$(sample "$elapsed"); echo "$s" >>"$SAMPLES"
            read -r t r h m c <<<"$s"; printf '%6s %8s %12s %13s %13s %s\n' "$t" "$r" "$h" "$m" "$c" "$(loadavg)"
            NEXT=$(( NEXT + SOAK_SAMPLE ))
        fi
        (( elapsed >= SOAK )) && break
        while read -r path who; do
            [[ -z "$path" ]] && continue
            case $who in resident) cookie=$RESIDENT ;; admin) cookie=$ADMIN ;; *) cookie= ;; esac
            measure "$BASE$path" "$cookie" "$SOAK_STEP" >/dev/null
            (( $(date +%s) - START >= NEXT )) && break
        done <<<"$LIST"
    done
    awk 'NR==1 {r0=$2; h0=$3; m0=$4; c0=$5} {if ($2>rp) rp=$2; if ($3>hp) hp=$3} END {
        printf "soak %d s: RSS start %d MB, peak %d MB, end %d MB, growth %+d MB; live heap start %d MB, peak %d MB, end %d MB, growth %+d MB; metaspace %d -> %d MB; code cache %d -> %d MB\n",
            $1, r0, rp, $2, $2-r0, h0, hp, $3, $3-h0, m0, $4, c0, $5}' "$SAMPLES"
    echo "load average: start $LOAD_FIRST, end $(loadavg) ($(nproc) cores)"
    exit 0
fi

printf '%-34s %9s %9s %9s %10s %6s %6s\n' page req/s p50_ms p99_ms bytes/req sql errors
while read -r path who; do
    [[ -z "$path" ]] && continue
    case $who in resident) cookie=$RESIDENT ;; admin) cookie=$ADMIN ;; *) cookie= ;; esac
    header=()
    [[ -n "$cookie" ]] && header=(-H "Cookie: $cookie")
    statements=$(curl -fs -o /dev/null -D - "${header[@]}" "$BASE$path" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-statements" {print $2}')
    measure "$BASE$path" "$cookie" "$WARMUP" >/dev/null
    read -r rps p50 p99 bpr bad < <(measure "$BASE$path" "$cookie" "$DURATION")
    printf '%-34s %9s %9s %9s %10s %6s %6s\n' "$path" "$rps" "$p50" "$p99" "$bpr" "${statements:--}" "$bad"
    [[ "$path" == / ]] && HOME_RPS=$rps
done <<<"$LIST"

if [[ -n "${PEER_URL:-}" ]]; then
    measure "$PEER_URL" "" "$WARMUP" >/dev/null
    read -r rps p50 p99 bpr bad < <(measure "$PEER_URL" "" "$DURATION")
    printf '%-34s %9s %9s %9s %10s %6s %6s\n' "peer $PEER_URL" "$rps" "$p50" "$p99" "$bpr" - "$bad"
    [[ -n "${HOME_RPS:-}" ]] && awk -v a="$HOME_RPS" -v b="$rps" 'BEGIN {printf "signed-in home / peer: %.2f\n", a/b}'
fi
# The search across everything (issue 15): each typical query REPEAT times, one request at a time (the latency a
# person waits, not the throughput), as the resident and as global staff (who see every row, hidden ones too)
if [[ -n "${SEARCH:-}" ]]; then
    QUERIES=${QUERIES:-"velo jardin perceuse réparation compost fête repair+café vélos+cargo atelier bricolage zzzz le"}
    REPEAT=${REPEAT:-20}
    echo "search: ${REPEAT} x each of: $QUERIES (uptime before: $(uptime))"
    for who in resident admin; do
        case $who in resident) cookie=$RESIDENT ;; admin) cookie=$ADMIN ;; esac
        for q in $QUERIES; do curl -fs -o /dev/null -H "Cookie: $cookie" --get --data-urlencode "q=${q//+/ }" "$BASE/recherche"; done # warm-up
        for q in $QUERIES; do
            for _ in $(seq 1 "$REPEAT"); do
                curl -fs -o /dev/null -w '%{time_total}\n' -H "Cookie: $cookie" -H 'Accept-Encoding: gzip' --get --data-urlencode "q=${q//+/ }" "$BASE/recherche"
            done
        done | sort -n | awk -v who="$who" '{t[NR]=$1*1000} END {
            printf "search as %-8s n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms\n", who, NR,
                t[int(NR*0.50+0.5)], t[int(NR*0.95+0.5)], t[int(NR*0.99+0.5)], t[NR]}'
    done
fi
echo "load average: start $LOAD_START, end $(loadavg) ($(nproc) cores); RSS $(ps -o rss= -p "$APP_PID" | awk '{printf "%d MB", $1/1024}')"
