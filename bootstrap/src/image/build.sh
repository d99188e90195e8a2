#!/usr/bin/env bash
# Builds LedgerLens's OCI image as a tarball, with no image registry: the base is a minimal Debian
# (bookworm) root filesystem made by debootstrap from Debian's packages, the Java runtime is cut by
# jlink from the JDK that built the jar, and buildah assembles the layers FROM scratch without
# running anything inside them.
#
#   bootstrap/src/image/build.sh [JAR] [VERSION] [OUT]
#
# JAR defaults to bootstrap/target/ledgerlens.jar, VERSION to the project's, OUT to
# bootstrap/target/image/ledgerlens-VERSION.oci.tar. The base root filesystem is built once and kept
# in $LEDGERLENS_IMAGE_CACHE (default ~/.cache/ledgerlens-image). Needs root (debootstrap, buildah):
#   apt-get install -y debootstrap buildah
# Then: podman load -i OUT (or skopeo copy oci-archive:OUT docker-daemon:ledgerlens:VERSION).
set -euo pipefail

module=$(cd "$(dirname "$0")/../.." && pwd)
jar=${1:-$module/target/ledgerlens.jar}
version=${2:-$(sed -n 's:.*<revision>\(.*\)</revision>.*:\1:p' "$module/../pom.xml" | head -n 1)}
out=${3:-$module/target/image/ledgerlens-$version.oci.tar}
cache=${LEDGERLENS_IMAGE_CACHE:-$HOME/.cache/ledgerlens-image}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
# The user the service runs as: PostgreSQL refuses to run as root, and so should a ledger.
uid=10001

for tool in debootstrap buildah jlink jdeps zip; do
  command -v "$tool" >/dev/null || { echo "build.sh: $tool is missing (apt-get install -y debootstrap buildah zip; a JDK 17)" >&2; exit 2; }
done
[ "$(id -u)" = 0 ] || { echo "build.sh: debootstrap and buildah's vfs storage need root" >&2; exit 2; }
[ -s "$jar" ] || { echo "build.sh: no jar at $jar (mvn -q package -DskipTests first)" >&2; exit 2; }

work=$(mktemp -d)
container=
cleanup() {
  [ -n "$container" ] && buildah --storage-driver vfs rm "$container" >/dev/null 2>&1 || true
  buildah --storage-driver vfs rmi "localhost/ledgerlens-build-$$:runtime" "localhost/ledgerlens-build-$$:base" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

base=$cache/bookworm-minbase-$uid.tar
if [ ! -s "$base" ]; then
  echo "== base: Debian bookworm, minbase, from $mirror (once; kept in $cache)"
  mkdir -p "$cache"
  debootstrap --variant=minbase bookworm "$work/rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -n 20 "$work/debootstrap.log" >&2; exit 1; }
  # What a running service never reads: package indexes and archives, docs, manuals, translations.
  rm -rf "$work"/rootfs/var/lib/apt/lists/* "$work"/rootfs/var/cache/apt/* "$work"/rootfs/var/log/* \
    "$work"/rootfs/usr/share/doc/* "$work"/rootfs/usr/share/man/* "$work"/rootfs/usr/share/info/* \
    "$work"/rootfs/usr/share/locale/*
  echo "ledgerlens:x:$uid:$uid:LedgerLens:/var/lib/ledgerlens:/usr/sbin/nologin" >>"$work/rootfs/etc/passwd"
  echo "ledgerlens:x:$uid:" >>"$work/rootfs/etc/group"
  echo "ledgerlens:!:19000::::::" >>"$work/rootfs/etc/shadow"
  install -d -m 0750 -o "$uid" -g "$uid" "$work/rootfs/var/lib/ledgerlens"
  chmod 1777 "$work/rootfs/tmp"
  tar -C "$work/rootfs" --numeric-owner -cf "$base.partial" . && mv "$base.partial" "$base"
  rm -rf "$work/rootfs"
fi

echo "== Java runtime: jlink of the modules the jar uses"
modules=$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps "$jar" 2>/dev/null | tail -n 1)
# Beyond what jdeps sees: TLS to PostgreSQL with EC certificates, and JMX's process figures for /metrics.
modules="$modules,jdk.crypto.ec,java.management,jdk.zipfs"
jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=2 --output "$work/java"

echo "== the jar, with only this platform's PostgreSQL"
# The runnable jar carries PostgreSQL for macOS, Windows and Alpine too (100 MB of its 146); the image
# is Debian on x86_64, so the embedded database only ever unpacks postgres-linux-x86_64.
cp "$jar" "$work/ledgerlens.jar"
zip -q -d "$work/ledgerlens.jar" 'postgres-darwin-*' 'postgres-windows-*' '*alpine_linux.txz' >/dev/null
unzip -l "$work/ledgerlens.jar" postgres-linux-x86_64.txz >/dev/null \
  || { echo "build.sh: the jar holds no postgres-linux-x86_64.txz" >&2; exit 1; }

echo "== image: three layers (base, runtime, jar), so that a new version ships only the jar's"
export BUILDAH_ISOLATION=chroot
bah() { buildah --storage-driver vfs "$@"; }
tag=localhost/ledgerlens-build-$$
container=$(bah from scratch)
bah add "$container" "$base" / >/dev/null
bah config --created-by "debootstrap --variant=minbase bookworm; user ledgerlens ($uid)" "$container"
bah commit --quiet --rm "$container" "$tag:base" >/dev/null
container=$(bah from "$tag:base")
bah copy "$container" "$work/java" /opt/java >/dev/null
bah config --created-by "jlink --add-modules $modules" "$container"
bah commit --quiet --rm "$container" "$tag:runtime" >/dev/null
container=$(bah from "$tag:runtime")
bah copy --chown 0:0 "$container" "$work/ledgerlens.jar" /opt/ledgerlens/ledgerlens.jar >/dev/null
bah config \
  --created-by "ledgerlens.jar $version" \
  --user "$uid:$uid" \
  --workingdir /var/lib/ledgerlens \
  --env JAVA_HOME=/opt/java --env PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  --env LANG=C.UTF-8 --env HOME=/var/lib/ledgerlens \
  --env LEDGERLENS_DATA_DIR=/var/lib/ledgerlens/data \
  --env JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError" \
  --entrypoint '["/opt/java/bin/java", "-jar", "/opt/ledgerlens/ledgerlens.jar"]' \
  --cmd '[]' \
  --port 7070/tcp \
  --volume /var/lib/ledgerlens \
  --label org.opencontainers.image.title=LedgerLens \
  --label org.opencontainers.image.version="$version" \
  --label org.opencontainers.image.description="A self-hostable loyalty points ledger" \
  "$container"
mkdir -p "$(dirname "$out")"
rm -f "$out"
# Layers gzipped, as a registry would keep them.
bah commit --quiet --format oci --disable-compression=false --rm "$container" "oci-archive:$out:ledgerlens:$version" >/dev/null
container=
bah rmi "$tag:runtime" "$tag:base" >/dev/null
echo "== $out ($(du -h "$out" | cut -f1))"
