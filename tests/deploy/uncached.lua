-- Appended to a request script: gives every request an Accept-Encoding of its own, so that neither
-- nginx's cache nor a replica's response store answers it: every request reaches a replica.
local inner = request
local n = 0
request = function()
  n = n + 1
  wrk.headers["Accept-Encoding"] = "identity, x-nonce-" .. n
  return inner()
end
