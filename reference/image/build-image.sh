#!/usr/bin/env bash
# Builds the reference solution's container image on this machine, with no registry:
# a jlink'd JRE imported as the base image, then the reference classes and their libraries on top.
#   usage: build-image.sh CLASSES_DIR CLASSPATH [TAG]
#   CLASSES_DIR: compiled classes holding org/csi/reference; CLASSPATH: where its libraries (Jackson) are.
set -euo pipefail
classes=$1
classpath=$2
tag=${3:-csi/reference-solution:local}
# The base tag names the module list, so that a changed list builds a new base.
base=csi/jre17-base:with-http-client
docker=${DOCKER:-docker}

if ! "$docker" image inspect "$base" >/dev/null 2>&1; then
  root=$(mktemp -d)
  jlink --add-modules java.base,jdk.httpserver,java.net.http,java.logging,java.sql,java.xml,jdk.unsupported \
        --strip-debug --no-man-pages --no-header-files --compress=2 --output "$root/opt/jre"
  # The JRE's own native dependencies (libc, libz, libstdc++ …), found by ldd; anchored so the JRE's libs are not copied twice.
  find "$root/opt/jre" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null \
    | awk '{for(i=1;i<=NF;i++) if ($i ~ /^\/(usr\/)?lib(64)?\//) print $i}' | sort -u \
    | while read -r lib; do mkdir -p "$root$(dirname "$lib")"; cp -L "$lib" "$root$lib"; done
  mkdir -p "$root/tmp" "$root/app"
  chmod 1777 "$root/tmp"
  tar -C "$root" -cf - . | "$docker" import --change 'ENV PATH=/opt/jre/bin' --change 'ENTRYPOINT ["/opt/jre/bin/java"]' - "$base" >/dev/null
  rm -rf "$root"
fi

context=$(mktemp -d)
mkdir -p "$context/app/classes/org/csi" "$context/app/lib"
cp -r "$classes/org/csi/reference" "$context/app/classes/org/csi/"
IFS=: read -ra entries <<< "$classpath"
for jar in "${entries[@]}"; do
  case "$(basename "$jar")" in jackson-core-*.jar|jackson-databind-*.jar|jackson-annotations-*.jar) cp "$jar" "$context/app/lib/" ;; esac
done
cat > "$context/Dockerfile" <<DOCKERFILE
FROM $base
COPY app /app
ENTRYPOINT ["/opt/jre/bin/java", "-cp", "/app/classes:/app/lib/*", "org.csi.reference.ReferenceSolution"]
DOCKERFILE
"$docker" build -q -t "$tag" "$context" >/dev/null
rm -rf "$context"
"$docker" image inspect --format '{{.Id}}' "$tag"
