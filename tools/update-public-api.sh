#!/usr/bin/env bash
# Updates the PublicAPI.*.txt files of every library package after a deliberate public API change (or of the given
# projects). Run it from anywhere in the repository, review the diff, commit it with the change.
#   tools/update-public-api.sh                 # every library under src/
#   tools/update-public-api.sh src/X/X.csproj  # one project
#   tools/update-public-api.sh --ship          # at a release: move Unshipped into Shipped
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec dotnet run --file "$root/tools/UpdatePublicApi.cs" -- "$@"
