#!/usr/bin/env bash
# Rebuilds public/lexicon/*.txt from Debian packages (apertium-nno-nob, lttoolbox, dict-freedict-eng-nor) and
# wink-lexicon (npm devDependency). Needs a Debian machine with apt; takes a few minutes and about 1 GB of memory.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="${LEXICON_WORK:-$(mktemp -d)}"
out="$repo/public/lexicon"
mkdir -p "$work" "$out"
cd "$work"

apt-get update -qq
apt-get download apertium-nno-nob lttoolbox lttoolbox-dev liblttoolbox3 dict-freedict-eng-nor
for deb in *.deb; do dpkg -x "$deb" x; done
version() { dpkg-deb -f "$(ls "$work"/"$1"_*.deb)" Version; }

# lt-print dumps the compiled analyser as AT&T text (about a minute, 0.5 GB); enumerate.mjs walks every path.
LD_LIBRARY_PATH="$work/x/usr/lib/x86_64-linux-gnu" x/usr/bin/lt-print \
  x/usr/share/apertium/apertium-nno-nob/nob-nno.automorf.bin > nob.att
node "$repo/scripts/lexicon/enumerate.mjs" nob.att nob.tsv
node "$repo/scripts/lexicon/compileNob.mjs" nob.tsv "$out/nob.v1.txt" "apertium-nno-nob $(version apertium-nno-nob)"
node "$repo/scripts/lexicon/compileEngNor.mjs" x/usr/share/dictd/freedict-eng-nor.index \
  x/usr/share/dictd/freedict-eng-nor.dict.dz "$out/eng-nor.v1.txt" \
  "dict-freedict-eng-nor $(version dict-freedict-eng-nor) (WikDict 2022.11.18)"
node "$repo/scripts/lexicon/compileEng.mjs" "$out/eng-nor.v1.txt" "$out/eng.v2.txt"
node "$repo/scripts/lexicon/compileCognates.mjs" "$out/nob.v1.txt" "$out/eng-nor.v1.txt" "$out/nob-eng.v2.txt"
for f in "$out"/*.txt; do echo "$(basename "$f"): $(wc -c < "$f") bytes, $(gzip -9c "$f" | wc -c) gzip"; done
