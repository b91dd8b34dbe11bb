#!/usr/bin/env bash
# Installs what the AppHost runs, only when it is missing: PostgreSQL, RabbitMQ (with Erlang's epmd) and Redis from
# Debian's packages, non-interactively, without leaving their system services running (the AppHost runs private
# instances). Checks that the .NET 10 SDK is there. When everything is present it changes nothing and takes well
# under a second. Works from any directory.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

missing=()
compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null || missing+=(postgresql)
# /usr/lib/rabbitmq/bin/rabbitmq-server runs as the caller (the one in /usr/sbin switches to the rabbitmq user).
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
command -v epmd >/dev/null 2>&1 || [ -x /usr/lib/erlang/bin/epmd ] || missing+=(erlang-base)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v setpriv >/dev/null 2>&1 || missing+=(util-linux)

if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "prereqs: installing ${missing[*]}"

  # Packages must not start their services: a policy-rc.d that refuses (unless one is already in place).
  policy=/usr/sbin/policy-rc.d
  added_policy=false
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# Added by eng/prereqs.sh for the duration of an install.\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod 755 "$policy"
    added_policy=true
  fi
  remove_policy() { if [ "$added_policy" = true ]; then "${sudo[@]}" rm -f "$policy"; fi; }
  trap remove_policy EXIT

  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}" >/dev/null

  # Under systemd a unit may have started regardless (socket activation, a policy-rc.d it ignores): stop it.
  if [ -d /run/systemd/system ]; then
    for unit in postgresql rabbitmq-server redis-server epmd.socket epmd.service; do
      if systemctl is-active --quiet "$unit" 2>/dev/null; then
        echo "prereqs: stopping the system service $unit (the AppHost runs its own instances)"
        "${sudo[@]}" systemctl stop "$unit"
      fi
    done
  else
    # No systemd: look at the processes of the packages' service users (asking an init script for its status
    # would run rabbitmqctl, which itself leaves an epmd daemon behind).
    stop_service() {
      echo "prereqs: stopping the system service $1 (the AppHost runs its own instances)"
      "${sudo[@]}" "/etc/init.d/$1" stop >/dev/null || echo "prereqs: could not stop $1; stop it by hand" >&2
    }
    if command -v pg_lsclusters >/dev/null 2>&1 && pg_lsclusters -h 2>/dev/null | grep -q online; then
      stop_service postgresql
    fi
    if pgrep -u rabbitmq -x beam.smp >/dev/null 2>&1; then
      stop_service rabbitmq-server
    fi
    if pgrep -u rabbitmq -x epmd >/dev/null 2>&1; then
      # The system node's port mapper, on its default port (ours use other ports).
      epmd -kill >/dev/null 2>&1 || echo "prereqs: the system epmd did not stop (epmd -kill); stop it by hand" >&2
    fi
    if pgrep -u redis -x redis-server >/dev/null 2>&1; then
      stop_service redis-server
    fi
  fi
  echo "prereqs: installed ${missing[*]}"
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "prereqs: the .NET SDK is not installed: install the .NET 10 SDK (https://dotnet.microsoft.com/download)" >&2
  exit 1
fi
# The SDK folders tell the installed versions without starting the CLI (which costs a noticeable part of a second).
dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
if ! compgen -G "$dotnet_root/sdk/10.*" >/dev/null && ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
  echo "prereqs: the .NET 10 SDK is missing (found: $(dotnet --list-sdks 2>/dev/null | cut -d' ' -f1 | tr '\n' ' ')); install it (https://dotnet.microsoft.com/download)" >&2
  exit 1
fi
