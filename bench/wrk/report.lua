-- Prints one machine-readable line at the end of a wrk run: throughput, latency
-- percentiles in milliseconds (wrk's own --latency table has no 95th) and errors.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests": %d, "rps": %.1f, "p50": %.2f, "p95": %.2f, "p99": %.2f, ' ..
    '"non_2xx": %d, "socket_errors": %d, "bytes": %d}\n',
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout, summary.bytes))
end
