-- wrk script for bench/single-writes.sh: POST /v1/ledger/events, each event of the file once (or PUT each profile).
-- Arguments: EVENTS_FILE AUTHORIZATION. Thread i of n sends lines i, i+n, i+2n, ... in order; when its share runs out
-- it starts again, and those replays (answered 200, cheaper than a write) are counted apart so a short file shows.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  local nthreads = tonumber(os.getenv("WRK_THREADS") or "2")
  events = {}
  local n = 0
  for line in io.lines(args[1]) do
    if n % nthreads == id then table.insert(events, line) end
    n = n + 1
  end
  authorization = args[2]
  next_event = 1
  created, replayed, refused, failed = 0, 0, 0, 0
end

function request()
  local line = events[next_event]
  next_event = next_event % #events + 1
  local headers = {["Content-Type"] = "application/json", ["Authorization"] = authorization}
  -- A line that starts with a path is a profile: "path<TAB>body", PUT there; any other line is an event.
  local path, body = line:match("^(/[^\t]+)\t(.*)$")
  if path then return wrk.format("PUT", path, headers, body) end
  return wrk.format("POST", "/v1/ledger/events", headers, line)
end

function response(status, headers, body)
  if status == 201 then created = created + 1
  elseif status == 200 then replayed = replayed + 1
  elseif status < 500 then refused = refused + 1
  else failed = failed + 1 end
end

function done(summary, latency, requests)
  local c, r, x, f = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    c = c + thread:get("created"); r = r + thread:get("replayed")
    x = x + thread:get("refused"); f = f + thread:get("failed")
  end
  io.write(string.format("RESULT created=%d replayed=%d refused=%d failed=%d seconds=%.2f p50_ms=%.1f p99_ms=%.1f\n",
      c, r, x, f, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(99) / 1e3))
end
