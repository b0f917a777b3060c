#!/usr/bin/env bash
# Runs the production release (dist/current, from `npm run build`) as two instances of server.mjs
# behind nginx, in the foreground; Ctrl-C (or SIGTERM) stops all three.
#
#   deploy/run.sh            (or: npm run deploy:local)
#
# Environment: PORT (nginx, default 3240), APP_PORT_1 / APP_PORT_2 (the instances, default 3241
# and 3242, on 127.0.0.1 only), DEPLOY_STATE (nginx's config, cache and logs, and the instances'
# logs; default deploy/.state, emptied at every start so no page of an older release is served
# from cache), SITE_URL (the public address, passed to the instances).
#
# Health: nginx skips an instance whose requests fail (passive checks, deploy/nginx.conf.template);
# this script asks each instance's /api/health every 5 s and restarts one that has exited or
# failed six checks in a row (a minute:
# an instance busy rendering may answer slowly, and a restart would only lose its cache).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
port=${PORT:-3240}
app_ports=("${APP_PORT_1:-3241}" "${APP_PORT_2:-3242}")
state=${DEPLOY_STATE:-$root/deploy/.state}
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

if [[ ! -e $root/dist/current/server.js ]]; then
  echo "deploy/run.sh: no release in dist/current: run \`npm run build\` first" >&2
  exit 1
fi
if [[ ! -x $nginx_bin ]]; then
  echo "deploy/run.sh: nginx is not installed (Debian: apt-get install -y nginx)" >&2
  exit 1
fi

rm -rf "$state"
mkdir -p "$state/tmp" "$state/cache"
# nginx started as root runs its workers as www-data, which must own the cache and buffers.
user_line=''
if [[ $(id -u) == 0 ]]; then
  user_line='user www-data www-data;'
  chown -R www-data:www-data "$state/tmp" "$state/cache"
fi
{
  echo "$user_line"
  sed -e "s|@STATE@|$state|g" -e "s|@PORT@|$port|g" \
    -e "s|@APP_PORT_1@|${app_ports[0]}|g" -e "s|@APP_PORT_2@|${app_ports[1]}|g" \
    "$root/deploy/nginx.conf.template"
} > "$state/nginx.conf"

declare -a app_pids=()
nginx_pid=''

stop_all() {
  trap - EXIT INT TERM
  [[ -n $nginx_pid ]] && kill "$nginx_pid" 2>/dev/null || true
  for pid in "${app_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all EXIT
trap 'exit 0' INT TERM

healthy() {
  curl -fs --max-time 10 -o /dev/null "http://127.0.0.1:$1/api/health"
}

start_app() {
  local i=$1
  # node directly (not npm), so the pid is the server's own and stopping it frees the port.
  PORT=${app_ports[$i]} HOST=127.0.0.1 NEXT_TELEMETRY_DISABLED=1 \
    node "$root/server.mjs" >> "$state/app-$((i + 1)).log" 2>&1 &
  app_pids[$i]=$!
}

wait_healthy() {
  local i=$1
  for _ in $(seq 1 240); do
    healthy "${app_ports[$i]}" && return 0
    if ! kill -0 "${app_pids[$i]}" 2>/dev/null; then
      echo "deploy/run.sh: instance $((i + 1)) exited; see $state/app-$((i + 1)).log" >&2
      return 1
    fi
    sleep 0.25
  done
  echo "deploy/run.sh: instance $((i + 1)) not healthy after 60 s" >&2
  return 1
}

for i in 0 1; do start_app "$i"; done
for i in 0 1; do wait_healthy "$i"; done

"$nginx_bin" -t -q -p "$state" -c "$state/nginx.conf"
"$nginx_bin" -p "$state" -c "$state/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 1 40); do healthy "$port" && break; sleep 0.25; done
healthy "$port" || { echo "deploy/run.sh: nginx does not answer on $port" >&2; exit 1; }
echo "Accords Atlas on http://127.0.0.1:$port (nginx, pid $nginx_pid) →" \
  "instances on ${app_ports[*]} (pids ${app_pids[*]}); logs in $state"

failures=(0 0)
while true; do
  # In the background and waited for, so Ctrl-C stops everything at once, not after the sleep.
  sleep 5 &
  wait $!
  if ! kill -0 "$nginx_pid" 2>/dev/null; then
    echo "deploy/run.sh: nginx exited; see $state/error.log" >&2
    exit 1
  fi
  for i in 0 1; do
    if kill -0 "${app_pids[$i]}" 2>/dev/null && healthy "${app_ports[$i]}"; then
      failures[$i]=0
      continue
    fi
    failures[$i]=$((failures[$i] + 1))
    if ! kill -0 "${app_pids[$i]}" 2>/dev/null || ((failures[$i] >= 6)); then
      echo "deploy/run.sh: restarting instance $((i + 1)) (port ${app_ports[$i]})" >&2
      kill "${app_pids[$i]}" 2>/dev/null || true
      start_app "$i"
      failures[$i]=0
    fi
  done
done
