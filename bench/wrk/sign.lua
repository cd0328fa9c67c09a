-- Signature burst: every request is a different signed-in citizen POSTing the sign form.
-- Arguments: <signers file> <threads> <path> <origin>. Each line of the file is
-- "cookie TAB form body TAB client address"; thread i takes lines i, i+n, i+2n...
-- Each signer posts once; when a thread has used its signers it only asks /healthz, and
-- the runner reports the pool as exhausted (the rate would then be underestimated).
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  local file, n = args[1], tonumber(args[2])
  sign_path, origin = args[3], args[4]
  signers, next_signer = {}, 0
  local i = 0
  for line in io.lines(file) do
    if i % n == id then
      table.insert(signers, line)
    end
    i = i + 1
  end
  accepted, refused, failed, exhausted = 0, 0, 0, 0
end

function request()
  next_signer = next_signer + 1
  local line = signers[next_signer]
  if line == nil then
    exhausted = 1
    return wrk.format("GET", "/healthz", {["X-Forwarded-Proto"] = "https"})
  end
  local cookie, body, address = line:match("([^\t]*)\t([^\t]*)\t([^\t]*)")
  return wrk.format("POST", sign_path, {
    ["Cookie"] = cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-Forwarded-For"] = address,
    ["X-Forwarded-Proto"] = "https",
    ["Origin"] = origin,
    ["Referer"] = origin .. sign_path,
  }, body)
end

function response(status, headers, body)
  local kind = headers["Content-Type"] or ""
  if kind:find("json", 1, true) then
    return                       -- /healthz, asked once the signers ran out
  end
  if status == 302 then
    accepted = accepted + 1      -- redirected to the petition: signature recorded
  elseif status == 200 or status == 429 then
    refused = refused + 1        -- form shown again with an error, or rate-limited
  else
    failed = failed + 1
  end
end

done = function(summary, latency, requests)
  local a, r, f, x = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    a = a + thread:get("accepted")
    r = r + thread:get("refused")
    f = f + thread:get("failed")
    x = x + thread:get("exhausted")
  end
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"accepted": %d, "refused": %d, "failed": %d, "exhausted_threads": %d, ' ..
    '"seconds": %.3f, "p50": %.2f, "p95": %.2f, "p99": %.2f, "socket_errors": %d}\n',
    a, r, f, x, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, e.connect + e.read + e.write + e.timeout))
end
