-- GET /v1/meta with an Accept-Encoding of its own per request (so that no cache, nginx's or the
-- replica's, answers it: each reaches a replica), and checks that the X-Dataset-Version header names
-- the data set of the body it came with. Prints "VERSIONS total=… ok=… mismatched=… other=… socket_errors=… seen=v1,v2".
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) total = 0; ok = 0; mismatched = 0; other = 0; seen = ""; n = 0 end
function request()
  n = n + 1
  return wrk.format("GET", "/v1/meta", { ["Accept-Encoding"] = "identity, x-nonce-" .. n .. "-" .. math.random(1e9) })
end
function response(status, headers, body)
  total = total + 1
  if status ~= 200 then other = other + 1; return end
  local header = headers["X-Dataset-Version"] or headers["x-dataset-version"]
  local inbody = string.match(body, '"datasetVersion":"([0-9a-f]+)"')
  if header == nil or header ~= inbody then mismatched = mismatched + 1; return end
  ok = ok + 1
  if not string.find(seen, header, 1, true) then seen = seen .. (seen == "" and "" or ",") .. header end
end
function done(summary, latency, requests)
  local t, o, m, x, s = 0, 0, 0, 0, {}
  for _, thread in ipairs(threads) do
    t = t + thread:get("total"); o = o + thread:get("ok"); m = m + thread:get("mismatched"); x = x + thread:get("other")
    for v in string.gmatch(thread:get("seen"), "[^,]+") do s[v] = true end
  end
  local list = {}
  for v in pairs(s) do table.insert(list, v) end
  table.sort(list)
  local e = summary.errors
  io.write(string.format("VERSIONS total=%d ok=%d mismatched=%d other=%d socket_errors=%d seen=%s\n",
    t, o, m, x, e.connect + e.read + e.write + e.timeout, table.concat(list, ",")))
end
