# Shared by the launchers in this folder: paths, the build-if-stale rule and Spark's JVM flags.
# Sourced, not run.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jobs="$(dirname "$here")"
repo="$(dirname "$jobs")"

jar() { { ls "$jobs"/target/wirescope-jobs-*.jar 2>/dev/null || true; } | { grep -v -e '-sources' -e 'original-' || true; } | head -n 1; }

# Builds (mvn package, tests skipped) when the jar or its dependency folder is missing, or any
# source is newer than the jar.
ensure_built() {
  local j
  j="$(jar)"
  if [[ -z "$j" || ! -d "$jobs/target/lib" \
      || -n "$(find "$jobs/src/main" "$jobs/pom.xml" "$repo/pom.xml" -newer "$j" -type f -print -quit)" ]]; then
    echo "wirescope: building the project (mvn package, tests skipped)..." >&2
    (cd "$repo" && mvn -B -q -DskipTests package) >&2
  fi
}

spark_opens=(
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true
)
