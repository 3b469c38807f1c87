#!/usr/bin/env bash
# Make a local stand-in for debian:bookworm-slim (no image registry is reachable here):
# debootstrap's minbase, the same apt sources as the official image, and this machine's CA
# certificates, with pip pointed at the system bundle, as a company's internal base image would.
# Prints the image name. Reuses the image while the CA certificates have not changed.
set -euo pipefail

image="${BASE_IMAGE_NAME:-localhost/voiceclone-base:bookworm}"
ca_dir=/usr/local/share/ca-certificates
ca_files=()
compgen -G "$ca_dir/*.crt" >/dev/null && ca_files=("$ca_dir"/*.crt)
# (`cat` of nothing reads stdin: hash /dev/null when this machine adds no CA of its own)
ca_hash=$(cat /dev/null "${ca_files[@]}" | sha256sum | cut -c1-16)

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
# This machine's own CAs, if it has any (a proxy's, an internal CA's).
if ((${#ca_files[@]})); then
    cp "${ca_files[@]}" "$rootfs/usr/local/share/ca-certificates/"
fi
chroot "$rootfs" update-ca-certificates >/dev/null
printf '[global]\ncert = /etc/ssl/certs/ca-certificates.crt\n' >"$rootfs/etc/pip.conf"
rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/archives/*.deb

tar -C "$rootfs" --numeric-owner -c . | podman import \
    --change 'CMD ["bash"]' --change "LABEL ca-hash=$ca_hash" - "$image" >/dev/null
echo "$image"
