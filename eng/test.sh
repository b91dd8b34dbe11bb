#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test project against real PostgreSQL, RabbitMQ and Redis
# (each test project starts its own on free ports in a temp directory). Exit code 0 only if every test passed.
# Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

eng/prereqs.sh || { echo "prerequisites could not be installed"; echo "0 passed, 1 failed"; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
echo "== build (Release)"
if ! dotnet build ServiceExcellence.sln -c Release -v q -nologo -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

results_dir=TestResults
rm -rf "$results_dir" && mkdir -p "$results_dir"
passed=0; failed=0; broken=()

# Pure and in-process projects first (fast feedback), the whole-suite end-to-end tests last.
projects=(Contracts AppHost ServiceDefaults Gateway Goals Feedback Audits Reporting EndToEnd)
for name in "${projects[@]}"; do
  project="tests/$name.Tests/$name.Tests.csproj"
  [ -f "$project" ] || continue
  echo "== $name.Tests"
  log="$results_dir/$name.log"
  t0=$SECONDS
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "console;verbosity=minimal" --logger "trx;LogFileName=$name.trx" \
    --results-directory "$results_dir/$name" >"$log" 2>&1
  code=$?
  trx="$results_dir/$name/$name.trx"
  counters=$(grep -o '<Counters [^>]*>' "$trx" 2>/dev/null | head -1)
  p=$(sed -nE 's/.* passed="([0-9]+)".*/\1/p' <<<"$counters"); p=${p:-0}
  f=$(sed -nE 's/.* failed="([0-9]+)".*/\1/p' <<<"$counters"); f=${f:-0}
  passed=$((passed + p)); failed=$((failed + f))
  echo "   $p passed, $f failed ($((SECONDS - t0)) s)"
  if [ "$f" -gt 0 ]; then
    # Each failed test with its message and the first lines of its stack, from the console log.
    grep -E '^\s+Failed |Error Message|^\s{3,}[A-Z].*(Exception|Failure|Not within)|^\s+at .*\.Tests\.' "$log" | head -60
  fi
  if [ $code -ne 0 ] && [ "$f" -eq 0 ]; then
    # The test host crashed or a fixture failed before any result: count the project as one failure.
    failed=$((failed + 1)); broken+=("$name")
    echo "   $name.Tests exited with $code without reporting a failed test; the end of its log ($log):"
    tail -40 "$log"
  fi
done

echo
echo "test run took $((SECONDS - started)) s"
[ ${#broken[@]} -eq 0 ] || echo "projects that crashed: ${broken[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
