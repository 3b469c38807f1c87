#!/usr/bin/env bash
# Make a local stand-in for debian:bookworm-slim (no image registry is reachable here):
# debootstrap's minbase, the same apt sources and the same slimming as the official image (no
# documentation, manual pages or translations; apt keeps no downloaded packages), and this
# machine's CA certificates, with pip pointed at the system bundle, as a company's internal base
# image would. Prints the image name. Reuses the image while neither the CA certificates nor
# this script have changed.
set -euo pipefail

image="${BASE_IMAGE_NAME:-localhost/voiceclone-base:bookworm}"
ca_dir=/usr/local/share/ca-certificates
ca_files=()
compgen -G "$ca_dir/*.crt" >/dev/null && ca_files=("$ca_dir"/*.crt)
# (`cat` of nothing reads stdin: hash /dev/null when this machine adds no CA of its own)
ca_hash=$(cat /dev/null "${ca_files[@]}" "${BASH_SOURCE[0]}" | sha256sum | cut -c1-16)

if [[ "$(podman image inspect --format '{{ index .Labels "ca-hash" }}' "$image" 2>/dev/null)" == "$ca_hash" ]]; then
    echo "$image"
    exit 0
fi

# The mirror this machine's apt uses (deb.debian.org unless configured otherwise).
mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
mirror="${mirror:-http://deb.debian.org/debian}"

rootfs=$(mktemp -d)
trap 'rm -rf "$rootfs"' EXIT
echo "debootstrap bookworm from $mirror..." >&2
debootstrap --variant=minbase --include=ca-certificates bookworm "$rootfs" "$mirror" >&2

rm -f "$rootfs/etc/apt/sources.list"
cat >"$rootfs/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $mirror
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: ${mirror%/debian}/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
# What the official -slim images do (debuerreotype's slimify and its apt settings): dpkg leaves
# out documentation (copyright files excepted), manual pages and translations, now and in every
# later install, and apt deletes the packages it downloaded once they are installed.
cat >"$rootfs/etc/dpkg/dpkg.cfg.d/docker" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/lintian/overrides/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/man/*
EOF
find "$rootfs/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
find "$rootfs/usr/share/doc" -mindepth 1 -type d -empty -delete
rm -rf "$rootfs"/usr/share/{groff,info,linda,lintian/overrides,locale,man}/*
cat >"$rootfs/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
printf 'Acquire::Languages "none";\n' >"$rootfs/etc/apt/apt.conf.d/docker-no-languages"
printf 'Acquire::GzipIndexes "true";\n' >"$rootfs/etc/apt/apt.conf.d/docker-gzip-indexes"
printf 'Apt::AutoRemove::SuggestsImportant "false";\n' \
    >"$rootfs/etc/apt/apt.conf.d/docker-autoremove-suggests"
# This machine's own CAs, if it has any (a proxy's, an internal CA's).
if ((${#ca_files[@]})); then
    cp "${ca_files[@]}" "$rootfs/usr/local/share/ca-certificates/"
fi
chroot "$rootfs" update-ca-certificates >/dev/null
printf '[global]\ncert = /etc/ssl/certs/ca-certificates.crt\n' >"$rootfs/etc/pip.conf"
rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/cache/apt/*.bin

tar -C "$rootfs" --numeric-owner -c . | podman import \
    --change 'CMD ["bash"]' --change "LABEL ca-hash=$ca_hash" - "$image" >/dev/null
echo "$image"
