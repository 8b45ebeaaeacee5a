-- Appended to a request script: counts responses by class in each thread and prints them at the end
-- as one line "COUNTS total=… ok=… client_errors=… server_errors=… socket_errors=… proxied=…" (proxied:
-- not answered from nginx's cache, i.e. a replica answered).
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) total = 0; ok = 0; client_errors = 0; server_errors = 0; misses = 0 end
function response(status, headers, body)
  total = total + 1
  if headers["X-Cache-Status"] ~= "HIT" then misses = misses + 1 end
  if status >= 500 then server_errors = server_errors + 1
  elseif status >= 400 then client_errors = client_errors + 1
  else ok = ok + 1 end
end
function done(summary, latency, requests)
  local t, o, c, s, m = 0, 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    t = t + thread:get("total"); o = o + thread:get("ok"); c = c + thread:get("client_errors"); s = s + thread:get("server_errors")
    m = m + thread:get("misses")
  end
  local e = summary.errors
  io.write(string.format("COUNTS total=%d ok=%d client_errors=%d server_errors=%d socket_errors=%d proxied=%d\n",
    t, o, c, s, e.connect + e.read + e.write + e.timeout, m))
end
