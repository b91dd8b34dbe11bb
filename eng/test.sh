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
  dotnet test "$project" -c Release --no-build --nologo -v q \
    --logger "console;verbosity=normal" --results-directory "$results_dir/$name" >"$log" 2>&1
  code=$?
  grep -E '^\s*(Failed|Skipped) |Error Message|Assert\.|Expected|Actual|^\s+at .*Tests' "$log" | head -60
  summary=$(grep -E '(Passed|Failed)!\s+- Failed:' "$log" | tail -1)
  if [ -n "$summary" ]; then
    p=$(sed -E 's/.*Passed:\s*([0-9]+).*/\1/' <<<"$summary")
    f=$(sed -E 's/.*Failed:\s*([0-9]+),.*/\1/' <<<"$summary")
    passed=$((passed + p)); failed=$((failed + f))
    echo "   $summary ($((SECONDS - t0)) s)"
  else
    tail -30 "$log"
  fi
  if [ $code -ne 0 ] && { [ -z "$summary" ] || [ "${f:-0}" -eq 0 ]; }; then
    # The test host crashed or a fixture failed before any result: count the project as one failure.
    failed=$((failed + 1)); broken+=("$name")
    echo "   $name.Tests exited with $code without reporting a failed test (see $log)"
  fi
done

echo
echo "test run took $((SECONDS - started)) s"
[ ${#broken[@]} -eq 0 ] || echo "projects that crashed: ${broken[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
