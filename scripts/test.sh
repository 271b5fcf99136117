#!/usr/bin/env bash
# Command 2: install what the tests need, then run every suite — native, browser component,
# end-to-end — and end with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
log=$(mktemp -d)
passed=0
failed=0

# Adds a suite's counts; a suite that fails without a count (did not build) counts as one failure.
count() { # name exit-code passed failed
  echo "--- $1: $3 passed, $4 failed (exit $2)"
  passed=$((passed + $3))
  failed=$((failed + $4))
  if [ "$2" -ne 0 ] && [ "$4" -eq 0 ]; then failed=$((failed + 1)); fi
}
cargo_counts() { # log -> "passed failed" summed over "test result:" lines
  awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } } END { print p+0, f+0 }' "$1"
}

echo "=== formatting (cargo fmt --check, leptosfmt --check)"
fmt_failed=0
cargo fmt --check >"$log/fmt" 2>&1 || { head -n 40 "$log/fmt"; fmt_failed=1; }
leptosfmt --check --quiet src tests >"$log/leptosfmt" 2>&1 || { head -n 40 "$log/leptosfmt"; fmt_failed=1; }
[ "$fmt_failed" -eq 0 ] && count formatting 0 1 0 || count formatting 1 0 1

echo "=== native tests (cargo test --tests --no-fail-fast)"
cargo test --tests --no-fail-fast 2>&1 | tee "$log/native"
rc=${PIPESTATUS[0]}
count native "$rc" $(cargo_counts "$log/native")

echo "=== browser component tests (wasm-bindgen-test, headless Chromium)"
# Chromium by name: with geckodriver on PATH too (for the Firefox flows) the runner picks Firefox.
CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --target wasm32-unknown-unknown --test web --no-fail-fast 2>&1 | tee "$log/web"
rc=${PIPESTATUS[0]}
count component "$rc" $(cargo_counts "$log/web")

echo "=== release build (trunk build --release --offline)"
if trunk build --release --offline 2>&1 | tail -n 3; [ "${PIPESTATUS[0]}" -eq 0 ]; then
  echo "=== end-to-end tests (playwright-core + /usr/bin/chromium)"
  node --test tests/e2e/ 2>&1 | grep -v 'unexpected operator' | tee "$log/e2e"
  rc=${PIPESTATUS[0]}
  p=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log/e2e" | tail -n 1)
  f=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$log/e2e" | tail -n 1)
  count e2e "$rc" "${p:-0}" "${f:-0}"
  # Firefox and WebKit: the core flows, each browser counted on its own.
  for b in firefox webkit; do
    echo "=== core flows in $b (W3C WebDriver)"
    run=(node tests/browsers/core.mjs "$b")
    [ "$b" = webkit ] && run=(xvfb-run -a "${run[@]}")
    timeout 600 "${run[@]}" 2>&1 | tee "$log/$b"
    rc=${PIPESTATUS[0]}
    p=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log/$b" | tail -n 1)
    f=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$log/$b" | tail -n 1)
    count "$b" "$rc" "${p:-0}" "${f:-0}"
  done
else
  count build 1 0 1
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
