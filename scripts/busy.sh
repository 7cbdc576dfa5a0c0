# Sourced by the soak scripts (soak.sh, soak-engines.sh): keeps SOAK_BUSY cores (one by default)
# busy with shell loops that never sleep, until the sourcing script exits.
busy=()
for _ in $(seq "${SOAK_BUSY:-1}"); do
  ( while :; do :; done ) &
  busy+=($!)
done
trap 'kill "${busy[@]}" 2>/dev/null || true' EXIT
