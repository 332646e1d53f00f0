# Shared by the launchers in this folder: paths, the build-if-stale rule and Spark's JVM flags.
# Sourced, not run; its variables are for the scripts that source it.
# shellcheck shell=bash disable=SC2034
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jobs="$(dirname "$here")"
repo="$(dirname "$jobs")"

# The Maven modules (see the README's Layout): the product, whose jar is the application jar and
# whose target/lib holds Spark and the rest; and the benchmarks, whose jar and target/lib (the
# generator and DuckDB) the bench launchers add to the product's.
product_target="$jobs/product/target"
bench_target="$jobs/bench/target"
module_jar() { { ls "$1"/target/wirescope-*.jar 2>/dev/null || true; } | { grep -v -e '-sources' -e '-tests' -e 'original-' || true; } | head -n 1; }
jar() { module_jar "$jobs/product"; }
bench_jar() { module_jar "$jobs/bench"; }

# Class paths, once the jars are built (ensure_built): a Wirescope command's, and a bench main's
# (the bench jar, its lib/ with the generator and DuckDB, then the product's lib/ with the product
# jar and Spark).
product_cp() { printf '%s' "$(jar):$product_target/lib/*"; }
bench_cp() { printf '%s' "$(bench_jar):$bench_target/lib/*:$product_target/lib/*"; }

# The shared corpora and scorers beside the repository; WIRESCOPE_CORPORA and WIRESCOPE_EVAL move
# them. Bench mains that read them get them as -Dwirescope.corpora and -Dwirescope.eval.
shared="$repo/../shared"
corpora="${WIRESCOPE_CORPORA:-$shared/corpora}"
eval_dir="${WIRESCOPE_EVAL:-$shared/eval}"
shared_props=(-Dwirescope.corpora="$corpora" -Dwirescope.eval="$eval_dir")

# Spark's shuffle partitions on a local master: 4 per core, since Spark's 200 cost the quotes
# stage half its time on 100k articles (jobs/bench/NOTES.md); WIRESCOPE_SHUFFLE_PARTITIONS sets them.
cores="$(nproc 2>/dev/null || echo 2)"
local_shuffle_partitions="${WIRESCOPE_SHUFFLE_PARTITIONS:-$((4 * cores))}"

# Builds (mvn package, tests skipped) when a jar or its dependency folder is missing, or any
# source is newer than it. MODULE is product (the default) or bench; bench builds both.
ensure_built() {
  local module="${1:-product}" j dirs=("$jobs/product/src/main" "$jobs/product/pom.xml" "$repo/pom.xml")
  if [[ "$module" == bench ]]; then
    j="$(bench_jar)"
    dirs+=("$jobs/sample/src/main" "$jobs/sample/pom.xml" "$jobs/bench/src/main" "$jobs/bench/pom.xml")
    [[ -n "$j" && -d "$bench_target/lib" ]] || j=""
  else
    j="$(jar)"
  fi
  if [[ -z "$j" || ! -d "$product_target/lib" || -n "$(find "${dirs[@]}" -newer "$j" -type f -print -quit)" ]]; then
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
# A JVM that starts Spark: the openings and the project's log4j2 settings (Spark at WARN).
spark_jvm=("${spark_opens[@]}" -Dlog4j2.configurationFile="$jobs/conf/log4j2.properties")
# A bench main that reads an output folder for a scorer or a comparison (ScorerExport,
# SameTables): 2 GB, local[2], no web UI; run it with SPARK_LOCAL_IP=127.0.0.1 unless set.
export_jvm=(-Xmx2g "${spark_jvm[@]}" -Dspark.master=local[2] -Dspark.ui.enabled=false)

# The Wirescope commands (org.wirescope.cli.Wirescope's subcommands; LaunchersIT checks the two
# agree). On a launcher's command line, the first word that is neither a Spark option nor an
# option's value must be one of them.
wirescope_commands=(ingest extract topics cooccurrence quotes pipeline report sql tables export help)

is_command() {
  local c
  for c in "${wirescope_commands[@]}"; do [[ "$1" == "$c" ]] && return 0; done
  return 1
}

# What Spark's launcher library needs in place of a Spark distribution: a SPARK_HOME holding just
# jars/ (a link to the product's target/lib), and a SPARK_CONF_DIR holding the project's log4j2
# settings (the launcher puts that folder first on the driver's classpath, where log4j2 finds
# them). Both live under jobs/product/target, so `mvn clean` removes them and the next launch
# makes them again.
spark_home_dir="$product_target/spark-home"
spark_conf_dir="$product_target/spark-conf"
make_spark_dirs() {
  mkdir -p "$spark_home_dir" "$spark_conf_dir"
  # Links are made once and never replaced, so a launch running beside this one never sees a gap.
  [[ -e "$spark_home_dir/jars" ]] || ln -sn ../lib "$spark_home_dir/jars" 2>/dev/null || true
  [[ -e "$spark_conf_dir/log4j2.properties" ]] \
    || ln -sn "$jobs/conf/log4j2.properties" "$spark_conf_dir/log4j2.properties" 2>/dev/null || true
}

# The last value of KEY in a Java properties file such as spark-defaults.conf ("key value",
# "key=value" or "key: value"); nothing when the file or the key is absent.
property() {
  local file="$1" key="$2" line value="" re
  [[ -f "$file" ]] || return 0
  re="^[[:space:]]*${key//./\\.}[[:space:]]*[=:[:space:]][[:space:]]*(.*[^[:space:]])[[:space:]]*$"
  while IFS= read -r line || [[ -n "$line" ]]; do
    [[ "$line" =~ $re ]] && value="${BASH_REMATCH[1]}"
  done < "$file"
  printf '%s' "$value"
}

# True when HOST names this machine: loopback, its host name, or one of its addresses.
is_this_host() {
  local h="${1,,}" a
  h="${h#[}"; h="${h%]}"
  case "$h" in
    127.*|localhost|localhost.*|::1) return 0 ;;
  esac
  [[ "$h" == "$(hostname 2>/dev/null | tr '[:upper:]' '[:lower:]')" ]] && return 0
  [[ "$h" == "$(hostname -f 2>/dev/null | tr '[:upper:]' '[:lower:]')" ]] && return 0
  for a in $(hostname -I 2>/dev/null); do [[ "$h" == "${a,,}" ]] && return 0; done
  return 1
}

# True when MASTER runs the executors on this machine, so the driver may listen on loopback:
# local, local[..], local-cluster[..], or a spark:// URL whose hosts (several for a standby
# master) all name this machine. Never yarn, k8s:// or another host: their executors must reach
# the driver over the network.
master_on_this_machine() {
  local master="$1" hosts h
  case "$master" in
    local|local\[*\]|local-cluster\[*\]) return 0 ;;
    spark://*) ;;
    *) return 1 ;;
  esac
  IFS=, read -r -a hosts <<< "${master#spark://}"
  for h in "${hosts[@]}"; do
    h="${h%%/*}"
    if [[ "$h" == \[* ]]; then h="${h%%]*}]"; else h="${h%:*}"; fi
    is_this_host "$h" || return 1
  done
}

# The size in bytes of what a local command will read, as raw text, or nothing when it cannot tell
# cheaply (globs, hdfs:// or s3a:// paths). pipeline and ingest read their --input (no --input: the
# bundled sample); the other stages read OUT/articles, Parquet about half the size of the text it
# came from (Reuters-21578: 27 MB of SGML, 13 MB of articles; 100k bench articles: 139 MB, 64 MB),
# so it counts twice. Counted once, extract on 100k articles ran interpreted: 94 s instead of 60 s.
input_bytes() {
  local cmd="${1:-}" out="" inputs=() arg want="" scale=1
  shift || true
  for arg in "$@"; do
    if [[ "$want" == input && "$arg" != -* ]]; then inputs+=("$arg"); continue; fi
    if [[ "$want" == output ]]; then out="$arg"; want=""; continue; fi
    want=""
    case "$arg" in
      -i|--input) want=input ;;
      --input=*) inputs+=("${arg#--input=}") ;;
      -o|--output) want=output ;;
      --output=*) out="${arg#--output=}" ;;
    esac
  done
  case "$cmd" in
    pipeline|ingest)
      if [[ ${#inputs[@]} -eq 0 ]]; then
        [[ "$cmd" == pipeline ]] || return 0
        inputs=("$repo/data/sample")
      fi ;;
    extract|topics|cooccurrence|quotes|report)
      [[ -n "$out" ]] || return 0
      inputs=("$out/articles") scale=2 ;;
    *) return 0 ;;
  esac
  local p
  for p in "${inputs[@]}"; do
    [[ "$p" == *://* || "$p" == *[\*\?\[]* || ! -e "$p" ]] && return 0
  done
  local bytes
  bytes="$(du -sbc -- "${inputs[@]}" 2>/dev/null | tail -n 1 | cut -f1)"
  [[ -n "$bytes" ]] && echo $((bytes * scale))
}

