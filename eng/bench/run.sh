#!/usr/bin/env bash
# Runs a benchmark scenario against a suite it starts itself (on free ports, in a temp directory), e.g.
#   eng/bench/run.sh intake --concurrency 32 --seconds 60
#   eng/bench/run.sh reporting --events 1000000 --requests 200
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
eng/prereqs.sh
dotnet build eng/bench/Bench/Bench.csproj -c Release -v q -nologo -clp:ErrorsOnly
exec dotnet eng/bench/Bench/bin/Release/net10.0/Bench.dll "$@"
