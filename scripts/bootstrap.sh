#!/bin/sh
# Installs what the workspace needs on a fresh machine that has only Node and npm: pnpm, the
# workspace's packages, and the generated Prisma client (offline).
set -eu
cd "$(dirname "$0")/.."
want=12.21.0
if [ "$(pnpm --version 2>/dev/null || true)" != "$want" ]; then
  echo "chiso: installing pnpm $want" >&2
  npm install --global --no-fund --no-audit "pnpm@$want" >&2
fi
if [ -n "${CI:-}" ]; then
  pnpm install --frozen-lockfile >&2
else
  pnpm install >&2
fi
pnpm --filter @chiso/db run generate >/dev/null
