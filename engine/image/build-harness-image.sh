#!/usr/bin/env bash
# Builds the harness's own container image on this machine, with no registry: a jlink'd JRE imported as the base
# image, then the harness classes (features, schemas and fixtures are resources inside them) and its runtime libraries.
#   usage: build-harness-image.sh [CLASSES_DIR] [LIB_DIR] [TAG]
#   defaults: target/classes, target/lib (both made by: mvn -DskipTests package), csi/harness:local
# The image's entrypoint is csi:  docker run --network host TAG run --target http://127.0.0.1:8080 --out /reports ...
# No shell is inside, so the Allure HTML report cannot be generated there: pass --no-html (scorecard.json/.html,
# JUnit XML, EARL and the evidence are written as usual).
set -euo pipefail
classes=${1:-target/classes}
lib=${2:-target/lib}
tag=${3:-csi/harness:local}
docker=${DOCKER:-docker}
# The base tag names what is in it, so that a changed module list builds a new base.
base=csi/jre17-harness-base:net-sql-mgmt-ec-naming-desktop

[ -d "$classes/org/csi/harness" ] || { echo "no harness classes in $classes (run: mvn -DskipTests package)" >&2; exit 2; }
compgen -G "$lib/*.jar" >/dev/null || { echo "no libraries in $lib (run: mvn -DskipTests package)" >&2; exit 2; }

if ! "$docker" image inspect "$base" >/dev/null 2>&1; then
  root=$(mktemp -d)
  # java.desktop: Groovy (under REST Assured) needs java.beans; jdk.crypto.ec: TLS to solutions; java.management:
  # the harness reads its own heap; jdk.zipfs: certification packages; jdk.localedata: zh-CN formats.
  jlink --add-modules java.base,java.net.http,java.sql,jdk.httpserver,java.management,jdk.management,jdk.crypto.ec,java.naming,jdk.unsupported,java.logging,java.xml,java.desktop,java.scripting,java.instrument,java.security.jgss,jdk.zipfs,jdk.localedata,jdk.charsets,java.compiler,jdk.net \
        --strip-debug --no-man-pages --no-header-files --compress=2 --output "$root/opt/jre"
  # The JRE's own native dependencies (libc, libz, libstdc++ …), found by ldd; anchored so the JRE's libs are not copied twice.
  find "$root/opt/jre" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null \
    | awk '{for(i=1;i<=NF;i++) if ($i ~ /^\/(usr\/)?lib(64)?\//) print $i}' | sort -u \
    | while read -r lib_so; do mkdir -p "$root$(dirname "$lib_so")"; cp -L "$lib_so" "$root$lib_so"; done
  mkdir -p "$root/tmp"
  chmod 1777 "$root/tmp"
  tar -C "$root" -cf - . | "$docker" import --change 'ENV PATH=/opt/jre/bin' --change 'ENTRYPOINT ["/opt/jre/bin/java"]' - "$base" >/dev/null
  rm -rf "$root"
fi

commit=${CSI_HARNESS_COMMIT:-$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)}
context=$(mktemp -d)
trap 'rm -rf "$context"' EXIT
mkdir -p "$context/csi/lib" "$context/reports"
cp -r "$classes" "$context/csi/classes"
cp "$lib"/*.jar "$context/csi/lib/"
cat > "$context/Dockerfile" <<DOCKERFILE
FROM $base
COPY csi /opt/csi
# Run folders go under /reports (a volume, or a pod's emptyDir), owned by the unprivileged user the harness runs as;
# with no --out, csi writes \$CSI_HOME/reports/runs/<time>, so CSI_HOME=/ makes that /reports/runs/<time>.
COPY --chown=65532:65532 reports /reports
ENV CSI_HOME=/ TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_CHECKS_DISABLE=true
LABEL org.opencontainers.image.title="CSI conformance harness" org.opencontainers.image.revision="$commit"
USER 65532:65532
WORKDIR /reports
ENTRYPOINT ["/opt/jre/bin/java", "-Duser.home=/tmp", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", \
  "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dcsi.harness.commit=$commit", \
  "-cp", "/opt/csi/classes:/opt/csi/lib/*", "org.csi.harness.cli.Csi"]
CMD ["--help"]
DOCKERFILE
"$docker" build -q -t "$tag" "$context" >/dev/null
"$docker" image inspect --format '{{.Id}}' "$tag"
