#!/usr/bin/env bash
# Runs the whole suite on this machine with the Aspire dashboard: installs what is missing, builds quietly (Release),
# then starts the AppHost. Ctrl+C or SIGTERM stops everything; the script returns once no process of the suite is left.
# Arguments go to the AppHost (docs/operations.md), for example
#   eng/run.sh --demo                         (loads the demo organisation once the gateway is healthy)
#   eng/run.sh --Environment=Production       (the services' environment; no development token route)
#   eng/run.sh --Ports:gateway=6080           (any resource's port)
#   eng/run.sh --StartServices=false          (infrastructure only)
#   eng/run.sh --dashboard-anonymous          (the dashboard without its login link; local use only)
#   ConnectionStrings__redis=host:6379,password=... eng/run.sh   (an external Redis: none is started)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

eng/prereqs.sh
dotnet build AppHost/AppHost.csproj -c Release -v q -nologo -clp:ErrorsOnly

args=()
for arg in "$@"; do
  case "$arg" in
    --demo) args+=(--Demo=true) ;;
    --dashboard-anonymous) export ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS=true ;;
    *) args+=("$arg") ;;
  esac
done

# What AppHost/Properties/launchSettings.json gives `dotnet run`: the dashboard on http://localhost:17080 and its
# telemetry endpoints, over plain http on this machine.
export DOTNET_ENVIRONMENT=${DOTNET_ENVIRONMENT:-Development}
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://localhost:17080}
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=${ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL:-http://localhost:18889}
export ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL=${ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL:-http://localhost:18890}
export ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=${ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL:-http://localhost:18891}
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=${ASPIRE_ALLOW_UNSECURED_TRANSPORT:-true}

dotnet AppHost/bin/Release/net10.0/AppHost.dll "${args[@]}" &
apphost=$!
# A background child of a script ignores the terminal's Ctrl+C, so the script passes it on.
trap 'kill -TERM "$apphost" 2>/dev/null || true' INT TERM
code=0
while kill -0 "$apphost" 2>/dev/null; do
  wait "$apphost" || code=$?
done

# The orchestrator (DCP) runs detached from the AppHost and stops every process after the AppHost has gone, which takes
# up to half a minute. Wait for it and everything it started, so that a next start finds the ports and data free.
orchestrator_tree() {
  local roots
  roots=$(pgrep -f -- "dcp start-apiserver --monitor $apphost( |$)" || true)
  [ -n "$roots" ] || return 0
  local all=$roots frontier=$roots next
  while [ -n "$frontier" ]; do
    next=$(for p in $frontier; do pgrep -P "$p" || true; done)
    all="$all $next"
    frontier=$next
  done
  echo $all
}
known=$(orchestrator_tree)
if [ -n "$known" ]; then
  echo "run.sh: waiting for the orchestrator to stop every process of the suite …"
  for _ in $(seq 1 120); do
    known=$(for p in $known $(orchestrator_tree); do if kill -0 "$p" 2>/dev/null; then echo "$p"; fi; done | sort -u)
    [ -n "$known" ] || break
    sleep 0.5
  done
  if [ -n "$known" ]; then
    echo "run.sh: still running after 60 s, killed: $(ps -o pid=,comm= -p $(echo $known | tr ' ' ',') | tr '\n' ' ')"
    kill -KILL $known 2>/dev/null || true
  fi
fi
echo "run.sh: the suite has stopped; no process of it is left."
exit "$code"
