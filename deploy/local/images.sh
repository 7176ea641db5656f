#!/usr/bin/env bash
# `make images`: builds, on a machine with no container registry, every image that
# deploy/Dockerfile and the compose files name, so that the shipped Dockerfile itself is
# what gets built and tested.
#
#   debian:bookworm-slim   debootstrap (minbase) from Debian's archive, trimmed as Debian's
#                          own slim image is (no docs, man pages or locales), docker import
#   rust:1.95-bookworm     that base, gcc and make from Debian, and this machine's Rust
#                          toolchain copied in (deploy/local/rust.Dockerfile)
#   sitrep:local           deploy/Dockerfile, unchanged
#   sitrep-tansu:local     the test broker (make tools) on the base: stands in for Apache Kafka
#   sitrep-prometheus:local  Debian's prometheus package on the base: stands in for prom/prometheus
#
# The two base images are kept once made (they depend on no file of the repository; the
# Rust one is tagged with the toolchain's version); the last three are built every time,
# from the working tree, which costs seconds when Docker's layer cache holds them.
# Nothing here is pulled from a registry.
set -euo pipefail
cd "$(dirname "$0")/../.."

MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SUITE=bookworm
RUST_IMAGE=rust:1.95-bookworm
BASE_IMAGE=debian:bookworm-slim

log() { printf '[images %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
have_image() { docker image inspect "$1" >/dev/null 2>&1; }

build_base() {
    if have_image "$BASE_IMAGE"; then log "$BASE_IMAGE: present"; return; fi
    command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap; }
    local root
    root=$(mktemp -d /tmp/sitrep-rootfs.XXXXXX)
    log "$BASE_IMAGE: debootstrap $SUITE from $MIRROR"
    debootstrap --variant=minbase "$SUITE" "$root" "$MIRROR" >"$root.log" 2>&1 \
        || { tail -20 "$root.log"; rm -rf "$root" "$root.log"; exit 1; }
    # What Debian's slim image leaves out, left out here too, now and for later installs.
    cat >"$root/etc/dpkg/dpkg.cfg.d/slim" <<'CFG'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/locale/*
CFG
    cat >"$root/etc/apt/apt.conf.d/docker-clean" <<'CFG'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache ""; Dir::Cache::srcpkgcache "";
CFG
    echo 'APT::Install-Recommends "false";' >"$root/etc/apt/apt.conf.d/no-recommends"
    # No service starts while a package installs in an image (as in Debian's own images).
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 0755 "$root/usr/sbin/policy-rc.d"
    find "$root/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
    rm -rf "$root"/usr/share/{man,info,groff,lintian,locale}/* \
        "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/* "$root"/var/log/* "$root"/tmp/*
    tar -C "$root" --numeric-owner -c . | docker import \
        --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        --change 'CMD ["bash"]' - "$BASE_IMAGE" >/dev/null
    rm -rf "$root" "$root.log"
    log "$BASE_IMAGE: $(docker image inspect -f '{{.Size}}' "$BASE_IMAGE" | numfmt --to=si)B"
}



# The rust:<version>-bookworm tag deploy/Dockerfile builds from, from this machine's
# toolchain and the certificate authorities it trusts beyond Debian's. A stand-in made
# from another recipe (its label) is made again.
build_rust() {
    local wanted version sysroot context recipe
    wanted=$(sed -n 's/^FROM \(rust:[^ ]*\).*/\1/p' deploy/Dockerfile | head -1)
    version=$(rustc --version | awk '{print $2}')
    [[ "$wanted" == "rust:${version%.*}-bookworm" || "$wanted" == "rust:$version-bookworm" ]] || {
        echo "deploy/Dockerfile builds from $wanted but this machine's rustc is $version" >&2
        exit 1
    }
    context=$(mktemp -d /tmp/sitrep-rust-context.XXXXXX)
    mkdir "$context/ca"
    cp deploy/local/rust.Dockerfile "$context/"
    find /usr/local/share/ca-certificates -maxdepth 1 -name '*.crt' -exec cp {} "$context/ca/" \;
    recipe=$( (echo "$version"; cat "$context"/rust.Dockerfile "$context"/ca/*.crt 2>/dev/null) | sha256sum | cut -c1-16)
    if have_image "$wanted" && [[ "$(docker image inspect -f '{{index .Config.Labels "org.sitrep.recipe"}}' "$wanted")" == "$recipe" ]]; then
        log "$wanted: present"
        rm -rf "$context"
        return
    fi
    sysroot=$(rustc --print sysroot)
    log "$wanted: $BASE_IMAGE + gcc + the toolchain at $sysroot"
    local started=$SECONDS
    tar -c -C "$context" rust.Dockerfile ca -C "$sysroot" \
        --transform 's,^\(bin\|lib\)/,toolchain/\1/,' \
        bin/cargo bin/rustc lib \
        | docker build -q --label "org.sitrep.recipe=$recipe" -f rust.Dockerfile -t "$wanted" - >/dev/null
    rm -rf "$context"
    log "$wanted: $(docker image inspect -f '{{.Size}}' "$wanted" | numfmt --to=si)B in $((SECONDS - started)) s"
}

# The images the compose files name, from the Dockerfiles in deploy/. A build's output goes
# to target/images/<name>.log, printed when the build fails.
build() {
    local tag=$1 dockerfile=$2 context=$3 logfile
    logfile=target/images/${tag%%:*}.log
    mkdir -p target/images
    log "$tag: docker build -f $dockerfile $context"
    local started=$SECONDS
    if ! docker build -f "$dockerfile" -t "$tag" "$context" >"$logfile" 2>&1; then
        tail -40 "$logfile" >&2
        echo "$tag: the build failed (whole log: $logfile)" >&2
        exit 1
    fi
    log "$tag: $(docker image inspect -f '{{.Size}}' "$tag" | numfmt --to=si)B in $((SECONDS - started)) s"
}

[[ -x .tools/bin/tansu ]] || { echo "no .tools/bin/tansu: run make tools first" >&2; exit 1; }
build_base
build_rust
build sitrep:local deploy/Dockerfile .
build sitrep-tansu:local deploy/local/tansu.Dockerfile .tools/bin
build sitrep-prometheus:local deploy/local/prometheus.Dockerfile deploy/local
