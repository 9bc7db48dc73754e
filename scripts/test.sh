#!/bin/sh
# The README's test command: installs what it needs, then runs every check against the embedded
# database and a real PostgreSQL server started here (and stopped on exit).
set -eu
cd "$(dirname "$0")/.."
sh scripts/bootstrap.sh
pg_dir=$(mktemp -d /tmp/chiso-pg.XXXXXX)
trap 'sh scripts/postgres.sh stop "$pg_dir" || true' EXIT INT TERM
TEST_POSTGRES_URL=$(sh scripts/postgres.sh start "$pg_dir")
export TEST_POSTGRES_URL REQUIRE_POSTGRES=1
pnpm run check
