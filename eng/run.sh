#!/usr/bin/env bash
# Runs the whole suite on this machine: installs what is missing, builds quietly (Release), then replaces this shell
# with the AppHost so that Ctrl+C and SIGTERM reach it directly. Arguments go to the AppHost, for example
#   eng/run.sh --Ports:gateway=6080
#   eng/run.sh --StartServices=false          (infrastructure only)
#   eng/run.sh --demo                         (then loads the demo organisation through the gateway; README "Walkthrough")
#   ConnectionStrings__redis=host:6379 eng/run.sh  (an external Redis: none is started)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

eng/prereqs.sh
dotnet build AppHost/AppHost.csproj -c Release -v q -nologo
exec dotnet AppHost/bin/Release/net10.0/AppHost.dll "$@"
