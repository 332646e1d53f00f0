#!/usr/bin/env bash
# Runs the Wirescope notebooks headless against one pipeline output folder.
#
#   notebooks/run.sh OUTPUT_DIR [VENV_DIR]
#
# OUTPUT_DIR  the pipeline's --output folder (e.g. out/sample after
#             `jobs/bin/wirescope pipeline --output out/sample`).
# VENV_DIR    the Python venv to use; made with `python3 -m venv` and filled from
#             notebooks/requirements.txt when missing or when requirements.txt changed.
#             Default: $WIRESCOPE_VENV, else ~/.cache/wirescope/venv.
#
# Executed copies go to OUTPUT_DIR/notebooks/<name>.ipynb (the notebooks in this folder are never
# overwritten), with each run's log beside them; the charts go to OUTPUT_DIR/figures (or
# $WIRESCOPE_FIGURES). Exits non-zero, naming the notebook, when any notebook fails.
#
# Environment: WIRESCOPE_PYTHON (interpreter for the venv, default python3),
# WIRESCOPE_CELL_TIMEOUT (seconds per cell, default 600), WIRESCOPE_FIGURES,
# WIRESCOPE_NOTEBOOKS_OUT (where the executed copies go), WIRESCOPE_PERSON (notebook 02).
set -euo pipefail

usage() { sed -n '2,20s/^# \{0,1\}//p' "$0"; }

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  usage
  exit 0
fi
if [[ $# -lt 1 || $# -gt 2 ]]; then
  usage >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ ! -d "$1" ]]; then
  echo "run.sh: output folder not found: $1" >&2
  exit 2
fi
output="$(cd "$1" && pwd)"
venv="${2:-${WIRESCOPE_VENV:-$HOME/.cache/wirescope/venv}}"
python="${WIRESCOPE_PYTHON:-python3}"
timeout="${WIRESCOPE_CELL_TIMEOUT:-600}"
executed="${WIRESCOPE_NOTEBOOKS_OUT:-$output/notebooks}"
kernel="wirescope-notebooks"

if [[ ! -e "$output/_manifest.json" && ! -d "$output/articles" ]]; then
  echo "run.sh: warning: $output has neither _manifest.json nor articles/; is it a pipeline output?" >&2
fi

# --- the venv -------------------------------------------------------------------------------
if [[ ! -x "$venv/bin/python" ]]; then
  echo "run.sh: creating venv $venv"
  mkdir -p "$(dirname "$venv")"
  "$python" -m venv "$venv"
fi
py="$venv/bin/python"

# The requirements are installed again only when requirements.txt (or the interpreter) changed.
stamp="$venv/.wirescope-requirements"
want="$(cat "$here/requirements.txt"; "$py" -c 'import sys; print(sys.version)')"
if [[ ! -f "$stamp" ]] || [[ "$(cat "$stamp")" != "$want" ]] \
   || ! "$py" -c 'import pandas, pyarrow, duckdb, matplotlib, networkx, nbconvert, nbclient, ipykernel' 2>/dev/null; then
  # Name the index from pip's own configuration: left to itself pip keeps retrying the default
  # index first, which on an offline machine costs minutes. No index configured: plain install.
  index_args=()
  urls=()
  while IFS= read -r line; do
    key="${line%%=*}"
    value="${line#*=}"
    value="${value#\'}"; value="${value%\'}"
    case "$key" in
      *.index-url|*.extra-index-url)
        for url in $value; do
          if [[ "$url" == file://* && ! -d "${url#file://}" ]]; then continue; fi
          urls+=("$url")
        done ;;
    esac
  done < <("$py" -m pip config list 2>/dev/null || true)
  if [[ ${#urls[@]} -gt 0 ]]; then
    index_args=(--index-url "${urls[0]}")
    for url in "${urls[@]:1}"; do index_args+=(--extra-index-url "$url"); done
    echo "run.sh: installing requirements from ${urls[*]}"
  else
    echo "run.sh: installing requirements (no index in pip config; pip's default)"
  fi
  started=$(date +%s)
  PIP_DISABLE_PIP_VERSION_CHECK=1 "$py" -m pip install --quiet ${index_args[@]+"${index_args[@]}"} \
    -r "$here/requirements.txt" 2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
  # A kernel of our own in the venv, so no other "python3" kernelspec on the machine is picked up.
  "$py" -m ipykernel install --prefix "$venv" --name "$kernel" \
    --display-name "Python (wirescope notebooks)" >/dev/null
  printf '%s' "$want" >"$stamp"
  echo "run.sh: installed in $(( $(date +%s) - started )) s"
fi

# --- the notebooks --------------------------------------------------------------------------
export WIRESCOPE_OUTPUT="$output"
if [[ -n "${WIRESCOPE_FIGURES:-}" ]]; then
  mkdir -p "$WIRESCOPE_FIGURES"
  WIRESCOPE_FIGURES="$(cd "$WIRESCOPE_FIGURES" && pwd)"
  export WIRESCOPE_FIGURES
fi
figures="${WIRESCOPE_FIGURES:-$output/figures}"
export MPLBACKEND=Agg
export PYDEVD_DISABLE_FILE_VALIDATION=1   # silences ipykernel's debugger warning about frozen modules
export JUPYTER_PLATFORM_DIRS=1            # silences jupyter_core's deprecation warning

mkdir -p "$executed" "$figures"
if [[ "$(cd "$executed" && pwd)" == "$here" ]]; then
  echo "run.sh: refusing to write executed notebooks over the committed ones in $here" >&2
  exit 2
fi
marker="$(mktemp)"
trap 'rm -f "$marker"' EXIT

failed=()
run_started=$(date +%s)
for notebook in "$here"/[0-9][0-9]_*.ipynb; do
  name="$(basename "$notebook" .ipynb)"
  log="$executed/$name.log"
  rm -f "$executed/$name.ipynb"   # a failed run must not leave an older copy looking current
  started=$(date +%s)
  if "$venv/bin/jupyter" nbconvert --to notebook --execute "$notebook" \
      --output-dir "$executed" --output "$name" \
      --ExecutePreprocessor.timeout="$timeout" \
      --ExecutePreprocessor.kernel_name="$kernel" >"$log" 2>&1; then
    echo "run.sh: $name ok in $(( $(date +%s) - started )) s -> $executed/$name.ipynb"
  else
    echo "run.sh: $name FAILED after $(( $(date +%s) - started )) s; the end of $log:" >&2
    tail -n 40 "$log" | sed -e $'s/\x1b\\[[0-9;]*m//g' -e 's/^/    /' >&2
    failed+=("$name")
  fi
done

echo "run.sh: PNGs written to $figures:"
find "$figures" -maxdepth 1 -name '*.png' -newer "$marker" -printf '  %f\n' | sort

echo "run.sh: notebooks took $(( $(date +%s) - run_started )) s"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "run.sh: failed notebook(s): ${failed[*]}" >&2
  exit 1
fi
