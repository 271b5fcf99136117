#!/usr/bin/env bash
# Seeds the fuzz corpus with the repository's fixtures (every import error kind, every format).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/import
cp ../tests/fixtures/import/* ../tests/fixtures/interop/* corpus/import/
echo "corpus/import: $(ls corpus/import | wc -l) files"
