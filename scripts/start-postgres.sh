#!/usr/bin/env bash
# Starts the Debian PostgreSQL cluster (creating one if needed) and a `tidings` role and test database,
# so the PostgreSQL contract suite can run. Idempotent; needs root (as in CI and the dev machines).
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | grep -q .; then pg_createcluster "$version" main >/dev/null; fi
cluster=$(pg_lsclusters -h | head -1 | awk '{print $1" "$2}')
if ! pg_lsclusters -h | head -1 | grep -q online; then pg_ctlcluster $cluster start; fi
for _ in $(seq 1 30); do su postgres -c "pg_isready -q -h 127.0.0.1" && break; sleep 1; done
su postgres -c "psql -q -tAc \"SELECT 1 FROM pg_roles WHERE rolname='tidings'\"" | grep -q 1 \
  || su postgres -c "psql -q -c \"CREATE ROLE tidings LOGIN SUPERUSER PASSWORD 'tidings'\""
su postgres -c "psql -q -tAc \"SELECT 1 FROM pg_database WHERE datname='tidings_test'\"" | grep -q 1 \
  || su postgres -c "psql -q -c \"CREATE DATABASE tidings_test OWNER tidings\""
echo "PostgreSQL ready: postgres://tidings:tidings@127.0.0.1:5432/tidings_test"
