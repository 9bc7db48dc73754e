#!/bin/sh
# The README's test command: installs what it needs, then runs every check against the embedded
# database and a real PostgreSQL server started here (and stopped on exit).
set -eu
cd "$(dirname "$0")/.."
sh scripts/bootstrap.sh
# Browser tests drive Debian's Chromium (Playwright never downloads a browser here).
if [ ! -x /usr/bin/chromium ]; then
  echo "chiso: installing Chromium (Debian package)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends chromium >&2
fi
pg_dir=$(mktemp -d /tmp/chiso-pg.XXXXXX)
trap 'sh scripts/postgres.sh stop "$pg_dir" || true' EXIT INT TERM
TEST_POSTGRES_URL=$(sh scripts/postgres.sh start "$pg_dir")
export TEST_POSTGRES_URL REQUIRE_POSTGRES=1
pnpm run check
