#!/usr/bin/env bash
# Starts the machine's PostgreSQL (Debian's postgresql package) on 127.0.0.1:5432 and makes sure the botcare role and
# its databases exist: `botcare` for running BotCare on PostgreSQL, `botcare_test` for the test suite. Safe to run
# again. Install the server first with: apt-get install -y postgresql
set -euo pipefail

password="${BOTCARE_POSTGRES_PASSWORD:-botcare}"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

version="$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -1)"
if [ -z "$version" ]; then
  echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2
  exit 1
fi

if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version main"; then
  as_root pg_createcluster "$version" main
fi

# Only the loopback address: nothing outside this machine can reach it. Debian's postgresql.conf reads conf.d/.
printf "listen_addresses = '127.0.0.1'\nport = 5432\n" | as_root tee "/etc/postgresql/$version/main/conf.d/botcare.conf" >/dev/null
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -qx online; then
  as_root pg_ctlcluster "$version" main start
fi

for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432

sql() { as_postgres psql -v ON_ERROR_STOP=1 -qtA -c "$1"; }
if [ "$(sql "SELECT 1 FROM pg_roles WHERE rolname = 'botcare'")" != "1" ]; then
  sql "CREATE ROLE botcare LOGIN PASSWORD '$password'"
fi
for database in botcare botcare_test; do
  if [ "$(sql "SELECT 1 FROM pg_database WHERE datname = '$database'")" != "1" ]; then
    sql "CREATE DATABASE $database OWNER botcare"
  fi
done
echo "PostgreSQL $version on 127.0.0.1:5432: databases botcare and botcare_test, role botcare."
