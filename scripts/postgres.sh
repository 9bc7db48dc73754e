#!/bin/sh
# A throw-away PostgreSQL server for tests (no Docker engine here): Debian's `postgresql`, installed
# when missing, run as user postgres on 127.0.0.1 with trust auth in a temporary folder.
#   scripts/postgres.sh start <dir>   prints the admin URL
#   scripts/postgres.sh stop <dir>
set -eu
# A free port unless one is given, so a server left running elsewhere never collides.
port=${CHISO_TEST_PG_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)

install_postgres() {
  echo "chiso: installing PostgreSQL (Debian package)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
}

case "${1:-}" in
  start)
    dir=$2
    [ -n "$bin" ] && [ -x "$bin/initdb" ] || install_postgres
    mkdir -p "$dir" && chown postgres "$dir"
    su postgres -c "$bin/initdb -D $dir/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
    su postgres -c "$bin/pg_ctl -D $dir/data -l $dir/server.log -o '-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off' -w start" >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -f "$2/data/postmaster.pid" ] && su postgres -c "$bin/pg_ctl -D $2/data -m fast -w stop" >/dev/null
    rm -rf "$2"
    ;;
  *)
    echo "usage: $0 start|stop <dir>" >&2
    exit 2
    ;;
esac
