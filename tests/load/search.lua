-- Search with random terms, page sizes and type filters.
math.randomseed(tonumber(os.getenv("SEED") or "7"))
local terms = { "migration", "health", "michoacan", "refugee", "labour", "children", "trafficking",
  "\"migration law\"", "remittances", "vaccination", "border", "women", "ley", "statistics", "asylum" }
local function esc(s) return (s:gsub("[^%w%-_.~]", function(c) return string.format("%%%02X", string.byte(c)) end)) end
request = function()
  return wrk.format("GET", "/v1/search?q=" .. esc(terms[math.random(#terms)]) .. "&pageSize=" .. math.random(5, 20))
end
