-- wrk script for bench/reads.sh: GET a random line of a file of requests, as one credential.
-- Arguments: REQUESTS_FILE [AUTHORIZATION]. Each line is a path and query, optionally followed by a tab and the
-- DATA-SCOPE header of a v2.1 request. Answers other than 200 are counted apart (and printed once each kind), so a
-- benchmark that measures refusals shows it.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
  requests = {}
  for line in io.lines(args[1]) do
    local path, scope = line:match("^([^\t]+)\t?(.*)$")
    local headers = {}
    if args[2] and args[2] ~= "" then headers["Authorization"] = args[2] end
    if scope and scope ~= "" then headers["DATA-SCOPE"] = scope end
    table.insert(requests, wrk.format("GET", path, headers))
  end
  ok, refused, failed = 0, 0, 0
  shown = false
end

function request()
  return requests[math.random(#requests)]
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1
  else
    if status < 500 then refused = refused + 1 else failed = failed + 1 end
    if not shown then
      shown = true
      io.stderr:write(string.format("first answer other than 200: %d %s\n", status, body:sub(1, 300)))
    end
  end
end

function done(summary, latency, requests)
  local o, r, f = 0, 0, 0
  for _, thread in ipairs(threads) do
    o = o + thread:get("ok"); r = r + thread:get("refused"); f = f + thread:get("failed")
  end
  io.write(string.format("RESULT ok=%d refused=%d failed=%d seconds=%.2f p50_ms=%.1f p99_ms=%.1f bytes=%d\n",
      o, r, f, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(99) / 1e3, summary.bytes))
end
