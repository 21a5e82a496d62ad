#!/bin/sh
# Validates submitted data files with Tiendo in GitHub Actions: one annotation per problem on
# the file and line (`--format github`), and a table of them in the job summary
# (`--format markdown`). Exits with tiendo's own code: 0 valid, 1 the data broke a rule of
# severity error, 2 tiendo could not run (bad usage, unreadable file, invalid pack).
#
# Usage: sh scripts/validate.sh PACK FILE...
#   PACK          a built-in pack id (ninh-thuan, vn-national) or a path to a pack file
#   TIENDO_LANG   the language of the messages, vi (default) or en
set -u
if [ "$#" -lt 2 ]; then
  echo "usage: sh scripts/validate.sh PACK FILE..." >&2
  exit 2
fi
pack=$1
shift
lang=${TIENDO_LANG:-vi}
summary=${GITHUB_STEP_SUMMARY:-tiendo-summary.md}

status=0
npx tiendo validate "$@" --pack "$pack" --lang "$lang" --format github || status=$?
# The summary is for people; the exit code of the first run is the one that counts.
npx tiendo validate "$@" --pack "$pack" --lang "$lang" --format markdown --output "$summary" || true
exit "$status"
