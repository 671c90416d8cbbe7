#!/usr/bin/env bash
# Builds the Teams app package (manifest.json + icons, zipped) to upload in Teams or the Teams admin center.
#   deploymentTemplates/teams/package.sh <MicrosoftAppId> [output.zip]
# The app id is the bot's Microsoft App ID (the same MicrosoftAppId BotCare runs with); it becomes both the
# Teams app id and the bot id. Edit the developer and name fields in manifest.json for your company first.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app_id="${1:-${MicrosoftAppId:-}}"
output="${2:-botcare-teams.zip}"

if [[ ! "$app_id" =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]]; then
  echo "usage: $0 <MicrosoftAppId (a GUID)> [output.zip]" >&2
  echo "The app id is shown on the Azure Bot's Configuration page." >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed "s/<<YOUR-MICROSOFT-APP-ID>>/$app_id/g" "$here/manifest.json" > "$work/manifest.json"
cp "$here/color.png" "$here/outline.png" "$work/"

case "$output" in
  /*) target="$output" ;;
  *) target="$PWD/$output" ;;
esac
rm -f "$target"
if command -v zip > /dev/null; then
  (cd "$work" && zip -q -X "$target" manifest.json color.png outline.png)
else
  (cd "$work" && python3 -m zipfile -c "$target" manifest.json color.png outline.png)
fi
echo "Teams app package: $target"
