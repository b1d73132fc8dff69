#!/usr/bin/env bash
# Berth's test environment: a private dockerd, an htpasswd registry on loopback, a second registry with token
# auth and its token issuer (scripts/token-issuer.mjs) on loopback, and the fixture images, all built from
# Debian packages (never a pull). Idempotent: whatever already runs is reused.
#
#   scripts/test-env.sh up            install what is missing, start everything, print the env file's path
#   scripts/test-env.sh fresh         as up, but from a known state: the engine's data root, both registries'
#                                     storage and the credential store are wiped first (what `npm test` runs,
#                                     so that a machine that ran the suites before behaves as a new one)
#   scripts/test-env.sh stop-engine   stop the engine the suites run against (BERTH_TEST_ENGINE: docker, the
#                                     default, or podman), for tests of "engine went away"
#   scripts/test-env.sh start-engine  start it again
#   scripts/test-env.sh down          stop everything this script started
#
# Endpoints are written to $BERTH_TEST_DIR/env (shell) and $BERTH_TEST_DIR/env.json (for the tests).
set -euo pipefail

# BERTH_TEST_INSTANCE=N (1-9) runs a second, independent environment beside the default one (its own folder,
# ports and bridge), so that two checkouts can run their suites at the same time.
INSTANCE=${BERTH_TEST_INSTANCE:-0}
if [ "$INSTANCE" = 0 ]; then ROOT=${BERTH_TEST_DIR:-/tmp/berth-test}; else ROOT=${BERTH_TEST_DIR:-/tmp/berth-test-$INSTANCE}; fi
ENGINE=$ROOT/engine
SOCK=$ENGINE/docker.sock
REG=$ROOT/registry
REG_PORT=${BERTH_TEST_REGISTRY_PORT:-$((5555 + INSTANCE * 10))}
REG_USER=berth
REG_PASS=berth-registry-pw
# The token-auth registry and its issuer: same user and password as the htpasswd one, checked by the issuer.
TOK=$ROOT/token-registry
TOK_REG_PORT=${BERTH_TEST_TOKEN_REGISTRY_PORT:-$((5556 + INSTANCE * 10))}
TOK_ISSUER_PORT=${BERTH_TEST_TOKEN_ISSUER_PORT:-$((5557 + INSTANCE * 10))}
TOK_SERVICE=berth-test-registry
TOK_ISSUER=berth-test-token-issuer
FIXTURE_IMAGE=berth-fixture/busybox:latest
# A second engine, a single-node swarm manager, for what only a swarm has (its networks, services, tasks).
SWARM=$ROOT/swarm
SWARM_SOCK=$SWARM/docker.sock
SWARM_PORT=$((2377 + INSTANCE * 10))
SWARM_DATA_PORT=$((4789 + INSTANCE * 10))
# Podman's Docker-compatible API service, rootful, with its own storage, network config and socket: every
# integration and end-to-end suite runs once against dockerd and once against it (BERTH_TEST_ENGINE=podman).
PODMAN=$ROOT/podman
PODMAN_SOCK=$PODMAN/podman.sock
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$ENGINE" "$REG" "$TOK" "$SWARM" "$PODMAN"

log() { echo "[test-env] $*" >&2; }

need_packages() {
  local missing=()
  command -v dockerd >/dev/null || missing+=(docker.io)
  command -v docker-registry >/dev/null || missing+=(docker-registry)
  [ -x /bin/busybox ] || missing+=(busybox-static)
  command -v htpasswd >/dev/null || missing+=(apache2-utils)
  command -v chromium >/dev/null || missing+=(chromium)
  command -v ip >/dev/null || missing+=(iproute2)
  command -v curl >/dev/null || missing+=(curl)
  command -v docker-credential-pass >/dev/null || missing+=(golang-docker-credential-helpers)
  command -v pass >/dev/null || missing+=(pass)
  command -v gpg >/dev/null || missing+=(gnupg)
  command -v openssl >/dev/null || missing+=(openssl)
  [ -x /usr/sbin/sshd ] || missing+=(openssh-server)
  command -v ssh-keygen >/dev/null || missing+=(openssh-client)
  # The compose tool Berth drives for compose files (v1 on Debian 12; `docker compose` v2 is used where present).
  command -v docker-compose >/dev/null || missing+=(docker-compose)
  command -v podman >/dev/null || missing+=(podman)
  # Chinese glyphs for the zh-CN screenshots and layout checks (the theme names Noto Sans CJK SC).
  [ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

ping_engine() { curl -sf --max-time 2 --unix-socket "$SOCK" http://localhost/_ping >/dev/null 2>&1; }

# Another dockerd (the system's) owns docker0; ours then gets a bridge of its own so the two never clash.
bridge_args() {
  local others
  others=$(pgrep -x dockerd | while read -r pid; do
    tr '\0' ' ' < /proc/$pid/cmdline | grep -q -- "$SOCK" || echo "$pid"; done)
  if [ -n "$others" ]; then
    local bridge=berth$INSTANCE
    if ! ip link show "$bridge" >/dev/null 2>&1; then
      ip link add "$bridge" type bridge
      ip addr add "10.213.$INSTANCE.1/24" dev "$bridge"
      ip link set "$bridge" up
    fi
    echo "--bridge=$bridge"
  fi
}

start_engine() {
  if ping_engine; then return 0; fi
  # A dockerd of ours that died leaves its pid file and socket behind.
  if [ -f "$ENGINE/docker.pid" ] && kill -0 "$(cat "$ENGINE/docker.pid")" 2>/dev/null; then
    log "dockerd is running but not answering yet"
  else
    rm -f "$ENGINE/docker.pid" "$SOCK"
    log "starting dockerd on $SOCK"
    # shellcheck disable=SC2046
    setsid dockerd --data-root "$ENGINE/data" --exec-root "$ENGINE/exec" --pidfile "$ENGINE/docker.pid" \
      --host "unix://$SOCK" $(bridge_args) >>"$ENGINE/dockerd.log" 2>&1 < /dev/null &
  fi
  for _ in $(seq 1 120); do ping_engine && return 0; sleep 0.5; done
  log "dockerd did not answer within 60 s; its log:"; tail -30 "$ENGINE/dockerd.log" >&2; exit 1
}

stop_engine() { stop_pidfile "$ENGINE/docker.pid"; }

sw() { DOCKER_HOST=unix://$SWARM_SOCK docker "$@"; }
ping_swarm() { curl -sf --max-time 2 --unix-socket "$SWARM_SOCK" http://localhost/_ping >/dev/null 2>&1; }

# The swarm engine: a dockerd of its own (own roots, socket and bridge) made a single-node swarm on loopback.
# Every swarm dockerd makes a host interface for docker_gwbridge; it is created first with a name and subnet of
# its own, and the swarm's ports and address pool are per instance, so two environments never clash.
start_swarm_engine() {
  if ! ping_swarm; then
    if ! ip link show "berthsw$INSTANCE" >/dev/null 2>&1; then
      ip link add "berthsw$INSTANCE" type bridge
      ip addr add "10.214.$INSTANCE.1/24" dev "berthsw$INSTANCE"
      ip link set "berthsw$INSTANCE" up
    fi
    rm -f "$SWARM/docker.pid" "$SWARM_SOCK"
    log "starting the swarm engine's dockerd on $SWARM_SOCK"
    setsid dockerd --data-root "$SWARM/data" --exec-root "$SWARM/exec" --pidfile "$SWARM/docker.pid" \
      --host "unix://$SWARM_SOCK" --bridge="berthsw$INSTANCE" >>"$SWARM/dockerd.log" 2>&1 < /dev/null &
    for _ in $(seq 1 120); do ping_swarm && break; sleep 0.5; done
    ping_swarm || { log "the swarm engine did not answer within 60 s; its log:"; tail -30 "$SWARM/dockerd.log" >&2; exit 1; }
  fi
  if [ "$(sw info --format '{{.Swarm.LocalNodeState}}')" != active ]; then
    sw network inspect docker_gwbridge >/dev/null 2>&1 || sw network create --subnet "10.216.$INSTANCE.0/24" \
      --opt com.docker.network.bridge.name="berthgw$INSTANCE" --opt com.docker.network.bridge.enable_icc=false \
      --opt com.docker.network.bridge.enable_ip_masquerade=true docker_gwbridge >/dev/null
    log "making it a single-node swarm on 127.0.0.1:$SWARM_PORT"
    sw swarm init --advertise-addr "127.0.0.1:$SWARM_PORT" --listen-addr "127.0.0.1:$SWARM_PORT" \
      --data-path-port "$SWARM_DATA_PORT" --default-addr-pool "10.$((220 + INSTANCE)).0.0/16" >/dev/null
  fi
  if ! sw image inspect "$FIXTURE_IMAGE" >/dev/null 2>&1; then
    DOCKER_HOST=unix://$SOCK docker save "$FIXTURE_IMAGE" | sw load -q >/dev/null
  fi
}

stop_swarm_engine() { stop_pidfile "$SWARM/docker.pid"; }

# Podman reads its configuration from these files (never the host's own), so nothing here touches a user's podman.
export CONTAINERS_CONF=$PODMAN/containers.conf CONTAINERS_STORAGE_CONF=$PODMAN/storage.conf
export CONTAINERS_REGISTRIES_CONF=$PODMAN/registries.conf
pm() { podman --root "$PODMAN/root" --runroot "$PODMAN/run" "$@"; }
ping_podman() { curl -sf --max-time 2 --unix-socket "$PODMAN_SOCK" http://localhost/_ping >/dev/null 2>&1; }

write_podman_conf() {
  # Podman lowers its own hard nproc limit to 32768 and asks for more open files than this host may allow.
  local nproc; nproc=$(ulimit -Hu)
  if [ "$nproc" = unlimited ] || [ "$nproc" -gt 32768 ]; then nproc=32768; fi
  mkdir -p "$PODMAN/root" "$PODMAN/run" "$PODMAN/networks" "$PODMAN/tmp"
  cat > "$PODMAN/containers.conf" <<CONF
[containers]
netns = "bridge"
default_ulimits = ["nofile=$(ulimit -Hn):$(ulimit -Hn)", "nproc=$nproc:$nproc"]
[network]
network_backend = "netavark"
network_config_dir = "$PODMAN/networks"
default_subnet = "10.218.$INSTANCE.0/24"
default_subnet_pools = [{"base" = "10.$((230 + INSTANCE)).0.0/16", "size" = 24}]
[engine]
cgroup_manager = "cgroupfs"
events_logger = "file"
events_logfile_path = "$PODMAN/events.log"
tmp_dir = "$PODMAN/tmp"
static_dir = "$PODMAN/root/libpod"
volume_path = "$PODMAN/root/volumes"
CONF
  cat > "$PODMAN/storage.conf" <<CONF
[storage]
driver = "overlay"
graphroot = "$PODMAN/root"
runroot = "$PODMAN/run"
CONF
  # No registry to search (a short name never resolves to a pull from outside); the test registries speak plain
  # HTTP on loopback, which dockerd allows by itself and Podman only when told.
  cat > "$PODMAN/registries.conf" <<CONF
unqualified-search-registries = []
[[registry]]
location = "127.0.0.1:$REG_PORT"
insecure = true
[[registry]]
location = "127.0.0.1:$TOK_REG_PORT"
insecure = true
CONF
}

start_podman() {
  write_podman_conf
  if ! ping_podman; then
    stop_pidfile "$PODMAN/service.pid"
    rm -f "$PODMAN_SOCK"
    log "starting Podman's API service on $PODMAN_SOCK"
    setsid podman --root "$PODMAN/root" --runroot "$PODMAN/run" system service --time=0 "unix://$PODMAN_SOCK" \
      >>"$PODMAN/service.log" 2>&1 < /dev/null &
    echo $! > "$PODMAN/service.pid"
    for _ in $(seq 1 120); do ping_podman && break; sleep 0.5; done
    ping_podman || { log "Podman's service did not answer within 60 s; its log:"; tail -30 "$PODMAN/service.log" >&2; exit 1; }
  fi
  # The same fixture image, built by Podman itself from the same Dockerfile and busybox-static.
  if ! pm image exists "$FIXTURE_IMAGE"; then
    log "building $FIXTURE_IMAGE in Podman from busybox-static"
    local ctx; ctx=$(mktemp -d)
    cp /bin/busybox "$ctx/busybox"
    cp "$HERE/../test/fixtures/busybox.Dockerfile" "$ctx/Dockerfile"
    pm build -q --format docker -t "$FIXTURE_IMAGE" "$ctx" >/dev/null
    rm -rf "$ctx"
  fi
}

stop_podman() { stop_pidfile "$PODMAN/service.pid"; }

# Podman's containers outlive its service (conmon keeps them); they are stopped and its storage reset.
wipe_podman() {
  stop_podman
  if [ -f "$PODMAN/containers.conf" ]; then
    pm rm -af -t 0 >/dev/null 2>&1 || true
    pm pod rm -af >/dev/null 2>&1 || true
    pm system reset -f >/dev/null 2>&1 || true
  fi
  awk -v a="$PODMAN/" 'index($2, a) == 1 { print $2 }' /proc/mounts | sort -r | while read -r mount; do
    umount -l "$mount" 2>/dev/null || true
  done
  rm -rf "$PODMAN"; mkdir -p "$PODMAN"
}

# The engine the suites run against, for stop-engine and start-engine.
TEST_ENGINE=${BERTH_TEST_ENGINE:-docker}

# Stops the process a pid file names and waits until it is gone (its port is free again); a dockerd stopping
# its containers may take half a minute.
stop_pidfile() {
  [ -f "$1" ] || return 0
  local pid; pid=$(cat "$1")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$1"
}

# Everything an earlier run may have left: the engine's containers, images, volumes, networks and swarm state
# (its whole data root), what was pushed to either registry, and the logins in the credential store.
wipe_state() {
  stop_engine
  stop_pidfile "$REG/registry.pid"
  stop_pidfile "$TOK/registry.pid"
  stop_swarm_engine
  # A dockerd killed hard can leave overlay and shm mounts under its roots; they must go before the files do.
  awk -v a="$ENGINE/" -v b="$SWARM/" 'index($2, a) == 1 || index($2, b) == 1 { print $2 }' /proc/mounts | sort -r | while read -r mount; do
    umount -l "$mount" 2>/dev/null || true
  done
  rm -rf "$ENGINE/data" "$ENGINE/exec" "$SWARM/data" "$SWARM/exec" "$REG/data" "$TOK/data" "$ROOT/credentials"
  wipe_podman
  log "wiped the engines' data roots, Podman's storage, the registries' storage and the credential store"
}

start_registry() {
  if curl -s --max-time 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$REG_PORT/v2/" 2>/dev/null | grep -q 401; then return 0; fi
  htpasswd -Bbn "$REG_USER" "$REG_PASS" > "$REG/htpasswd"
  cat > "$REG/config.yml" <<YML
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $REG/data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$REG_PORT
auth:
  htpasswd:
    realm: berth-test
    path: $REG/htpasswd
YML
  log "starting registry on 127.0.0.1:$REG_PORT"
  setsid docker-registry serve "$REG/config.yml" >>"$REG/registry.log" 2>&1 < /dev/null &
  echo $! > "$REG/registry.pid"
  for _ in $(seq 1 60); do
    curl -s --max-time 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$REG_PORT/v2/" | grep -q 401 && return 0
    sleep 0.5
  done
  log "registry did not start; its log:"; tail -30 "$REG/registry.log" >&2; exit 1
}

http_code() { curl -s --max-time 2 -o /dev/null -w '%{http_code}' "$1" 2>/dev/null || true; }
token_registry_up() {
  curl -s --max-time 2 -D - -o /dev/null "http://127.0.0.1:$TOK_REG_PORT/v2/" 2>/dev/null | grep -qi "^www-authenticate: Bearer realm=\"http://127.0.0.1:$TOK_ISSUER_PORT/token\""
}

# A registry with distribution's token auth: it trusts JWTs whose x5c certificate is its rootcertbundle, which
# the issuer signs with (a self-signed certificate and key made here once, kept while the processes run).
start_token_registry() {
  if [ ! -s "$TOK/cert.pem" ] || [ ! -s "$TOK/key.pem" ]; then
    log "making the token issuer's key and self-signed certificate"
    openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 -subj "/CN=$TOK_ISSUER" \
      -keyout "$TOK/key.pem" -out "$TOK/cert.pem" >/dev/null 2>&1
    chmod 600 "$TOK/key.pem"
  fi
  if [ "$(http_code "http://127.0.0.1:$TOK_ISSUER_PORT/token")" != 401 ]; then
    (umask 077; cat > "$TOK/issuer.json" <<JSON
{"port":$TOK_ISSUER_PORT,"issuer":"$TOK_ISSUER","service":"$TOK_SERVICE","user":"$REG_USER","password":"$REG_PASS","key":"$TOK/key.pem","cert":"$TOK/cert.pem"}
JSON
    )
    log "starting the token issuer on 127.0.0.1:$TOK_ISSUER_PORT"
    setsid node "$HERE/token-issuer.mjs" "$TOK/issuer.json" >>"$TOK/issuer.log" 2>&1 < /dev/null &
    echo $! > "$TOK/issuer.pid"
    for _ in $(seq 1 60); do [ "$(http_code "http://127.0.0.1:$TOK_ISSUER_PORT/token")" = 401 ] && break; sleep 0.5; done
    [ "$(http_code "http://127.0.0.1:$TOK_ISSUER_PORT/token")" = 401 ] || { log "token issuer did not start; its log:"; tail -30 "$TOK/issuer.log" >&2; exit 1; }
  fi
  if token_registry_up; then return 0; fi
  cat > "$TOK/config.yml" <<YML
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $TOK/data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$TOK_REG_PORT
auth:
  token:
    realm: http://127.0.0.1:$TOK_ISSUER_PORT/token
    service: $TOK_SERVICE
    issuer: $TOK_ISSUER
    rootcertbundle: $TOK/cert.pem
YML
  log "starting the token-auth registry on 127.0.0.1:$TOK_REG_PORT"
  setsid docker-registry serve "$TOK/config.yml" >>"$TOK/registry.log" 2>&1 < /dev/null &
  echo $! > "$TOK/registry.pid"
  for _ in $(seq 1 60); do token_registry_up && return 0; sleep 0.5; done
  log "token-auth registry did not start; its log:"; tail -30 "$TOK/registry.log" >&2; exit 1
}

build_fixtures() {
  if DOCKER_HOST=unix://$SOCK docker image inspect "$FIXTURE_IMAGE" >/dev/null 2>&1; then return 0; fi
  log "building $FIXTURE_IMAGE from busybox-static"
  local ctx; ctx=$(mktemp -d)
  cp /bin/busybox "$ctx/busybox"
  cp "$HERE/../test/fixtures/busybox.Dockerfile" "$ctx/Dockerfile"
  DOCKER_HOST=unix://$SOCK docker build -q -t "$FIXTURE_IMAGE" "$ctx" >/dev/null
  rm -rf "$ctx"
}

# A real credential store for login tests: `pass` with a throwaway GPG key, and a docker config naming it.
setup_credentials() {
  local cred=$ROOT/credentials
  [ -f "$cred/ready" ] && return 0
  rm -rf "$cred"; mkdir -p "$cred/gnupg" "$cred/pass" "$cred/docker-config"; chmod 700 "$cred/gnupg"
  GNUPGHOME=$cred/gnupg gpg --batch --quiet --passphrase '' --quick-gen-key 'berth-test <test@localhost>' default default never 2>/dev/null
  local fpr; fpr=$(GNUPGHOME=$cred/gnupg gpg --list-keys --with-colons | awk -F: '/^fpr/{print $10; exit}')
  GNUPGHOME=$cred/gnupg PASSWORD_STORE_DIR=$cred/pass pass init "$fpr" >/dev/null
  echo '{"credsStore":"pass"}' > "$cred/docker-config/config.json"
  touch "$cred/ready"
}

# An sshd on loopback with throwaway keys whose sessions see the test engine: the remote-engine (ssh://) tests.
# A second one (its own folder and port, the same keys) sees Podman's service, for the suites' Podman run.
SSH_PORT=${BERTH_TEST_SSH_PORT:-$((2222 + INSTANCE * 10))}
PODMAN_SSH_PORT=$((SSH_PORT + 1))
start_sshd() {
  local dir=$ROOT/$1 port=$2 sock=$3 keys=$ROOT/sshd
  mkdir -p "$dir" "$keys" /run/sshd
  [ -f "$keys/hostkey" ] || ssh-keygen -q -t ed25519 -N '' -f "$keys/hostkey"
  [ -f "$keys/userkey" ] || ssh-keygen -q -t ed25519 -N '' -f "$keys/userkey"
  # The host key as a client that trusted it before would have it (tests hand this file to Berth as the user's).
  echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$keys/hostkey.pub")" > "$dir/known_hosts"
  if [ -f "$dir/sshd.pid" ] && kill -0 "$(cat "$dir/sshd.pid")" 2>/dev/null; then return 0; fi
  cat > "$dir/sshd_config" <<CFG
Port $port
ListenAddress 127.0.0.1
HostKey $keys/hostkey
AuthorizedKeysFile $keys/userkey.pub
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
StrictModes no
UsePAM no
PidFile $dir/sshd.pid
SetEnv DOCKER_HOST=unix://$sock
CFG
  log "starting sshd on 127.0.0.1:$port (sessions see $sock)"
  /usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/sshd.log"
  for _ in $(seq 1 40); do [ -f "$dir/sshd.pid" ] && return 0; sleep 0.25; done
  log "sshd did not start; its log:"; tail -20 "$dir/sshd.log" >&2; exit 1
}
start_sshds() { start_sshd sshd "$SSH_PORT" "$SOCK"; start_sshd podman-sshd "$PODMAN_SSH_PORT" "$PODMAN_SOCK"; }

write_env() {
  cat > "$ROOT/env" <<ENV
export DOCKER_HOST=unix://$SOCK
export BERTH_TEST_SOCKET=$SOCK
export BERTH_TEST_REGISTRY=127.0.0.1:$REG_PORT
export BERTH_TEST_REGISTRY_USER=$REG_USER
export BERTH_TEST_REGISTRY_PASSWORD=$REG_PASS
export BERTH_TEST_IMAGE=$FIXTURE_IMAGE
export BERTH_TEST_TOKEN_REGISTRY=127.0.0.1:$TOK_REG_PORT
export BERTH_TEST_TOKEN_ISSUER=http://127.0.0.1:$TOK_ISSUER_PORT/token
ENV
  cat > "$ROOT/env.json" <<JSON
{"ssh":{"host":"127.0.0.1","port":$SSH_PORT,"user":"$(id -un)","privateKey":"$ROOT/sshd/userkey","knownHosts":"$ROOT/sshd/known_hosts","hostKey":"$ROOT/sshd/hostkey.pub"},"credentials":{"gnupgHome":"$ROOT/credentials/gnupg","passwordStoreDir":"$ROOT/credentials/pass","dockerConfigTemplate":"$ROOT/credentials/docker-config"},"root":"$ROOT","socket":"$SOCK","swarmSocket":"$SWARM_SOCK","registry":"127.0.0.1:$REG_PORT","registryUser":"$REG_USER","registryPassword":"$REG_PASS","image":"$FIXTURE_IMAGE","script":"$HERE/test-env.sh","tokenRegistry":"127.0.0.1:$TOK_REG_PORT","tokenIssuer":"http://127.0.0.1:$TOK_ISSUER_PORT/token","tokenService":"$TOK_SERVICE","podmanSocket":"$PODMAN_SOCK","podmanSsh":{"host":"127.0.0.1","port":$PODMAN_SSH_PORT,"user":"$(id -un)","privateKey":"$ROOT/sshd/userkey","knownHosts":"$ROOT/podman-sshd/known_hosts","hostKey":"$ROOT/sshd/hostkey.pub"}}
JSON
  echo "$ROOT/env.json"
}

case "${1:-up}" in
  up) need_packages; start_engine; start_registry; start_token_registry; build_fixtures; start_swarm_engine; start_podman; setup_credentials; start_sshds; write_env ;;
  fresh) need_packages; wipe_state; start_engine; start_registry; start_token_registry; build_fixtures; start_swarm_engine; start_podman; setup_credentials; start_sshds; write_env ;;
  stop-engine) if [ "$TEST_ENGINE" = podman ]; then stop_podman; else stop_engine; fi ;;
  start-engine) if [ "$TEST_ENGINE" = podman ]; then start_podman; else start_engine; fi ;;
  down)
    stop_engine
    stop_swarm_engine
    stop_podman
    for pidfile in "$REG/registry.pid" "$TOK/registry.pid" "$TOK/issuer.pid" "$ROOT/sshd/sshd.pid" "$ROOT/podman-sshd/sshd.pid"; do stop_pidfile "$pidfile"; done ;;
  *) echo "usage: $0 [up|fresh|stop-engine|start-engine|down]" >&2; exit 2 ;;
esac
