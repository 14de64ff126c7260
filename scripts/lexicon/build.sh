#!/usr/bin/env bash
# Rebuilds public/lexicon/*.txt from Debian packages (apertium-nno-nob, apertium-dan-nor, lttoolbox, dict-freedict-eng-nor,
# dict-freedict-dan-eng, dict-freedict-eng-dan) and
# wink-lexicon (npm devDependency). Needs a Debian machine with apt; takes a few minutes and about 1 GB of memory.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="${LEXICON_WORK:-$(mktemp -d)}"
out="$repo/public/lexicon"
mkdir -p "$work" "$out"
cd "$work"

apt-get update -qq
apt-get download apertium-nno-nob apertium-dan-nor lttoolbox lttoolbox-dev liblttoolbox3 dict-freedict-eng-nor \
  dict-freedict-dan-eng dict-freedict-eng-dan
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
# Glosses through Danish: apertium-dan-nor's bokmål -> Danish lemma pairs (its bilingual transducer, dumped the same
# way), then FreeDict Danish–English and English–Danish, for lemmas WikDict does not gloss.
LD_LIBRARY_PATH="$work/x/usr/lib/x86_64-linux-gnu" x/usr/bin/lt-print \
  x/usr/share/apertium/apertium-dan-nor/nor-dan.autobil.bin > nor-dan.att
node "$repo/scripts/lexicon/enumerate.mjs" nor-dan.att nor-dan.tsv
dictd=x/usr/share/dictd
node "$repo/scripts/lexicon/compileDanish.mjs" nor-dan.tsv "$dictd/freedict-dan-eng.index" "$dictd/freedict-dan-eng.dict.dz" \
  "$dictd/freedict-eng-dan.index" "$dictd/freedict-eng-dan.dict.dz" "$out/nob.v1.txt" "$out/eng-nor.v1.txt" \
  "$out/nob-eng-dan.v1.txt" "apertium-dan-nor $(version apertium-dan-nor), dict-freedict-dan-eng $(version dict-freedict-dan-eng), dict-freedict-eng-dan $(version dict-freedict-eng-dan)"
for f in "$out"/*.txt; do echo "$(basename "$f"): $(wc -c < "$f") bytes, $(gzip -9c "$f" | wc -c) gzip"; done
