-- wrk script for scripts/meili-compare.sh: replays recorded requests straight
-- to Meilisearch, one per request, in turn. Each line of BODIES_FILE is the
-- path (/indexes/products/search or /multi-search), a tab and the JSON body.
--   wrk ... -s meili-replay.lua MEILI_URL -- BODIES_FILE API_KEY

local bodies = {}
local counter = 0

function setup(thread)
  thread:set("offset", counter * 7)
  counter = counter + 1
end

function init(args)
  for line in io.lines(args[1]) do
    local path, body = line:match("^([^\t]+)\t(.*)$")
    bodies[#bodies + 1] = { path = path, body = body }
  end
  key = args[2]
  n = offset or 0
end

function request()
  n = n + 1
  local headers = { ["Content-Type"] = "application/json" }
  if key and key ~= "" then
    headers["Authorization"] = "Bearer " .. key
  end
  local call = bodies[(n % #bodies) + 1]
  return wrk.format("POST", call.path, headers, call.body)
end

function done(summary, latency, requests)
  io.write(string.format(
    "requests: %d, errors (non-2xx or socket): %d\n",
    summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  ))
  for _, p in pairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("latency p%g: %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
