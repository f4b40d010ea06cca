-- For bench/public_site.py: `wrk -s bench/wrk_report.lua ...` prints one JSON line of figures when the run is
-- done. wrk's own --latency table stops at 50/75/90/99; the targets need the 95th percentile.
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d, '
      .. '"bad_status": %d, "socket_errors": %d}\n',
    summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout
  ))
end
