-- Varied uncached queries: every list route with random filters, page sizes, pages and search terms.
-- Seeded, so two runs draw the same sequence. Pages stay within range for the data sets used.
math.randomseed(tonumber(os.getenv("SEED") or "42"))
local terms = { "migration", "migrants", "health", "education", "michoacan", "refugee", "labour", "children",
  "trafficking", "\"migration law\"", "remittances", "vaccination", "consular", "border", "women", "crisis",
  "ley", "programa", "statistics", "national", "registry", "asylum", "secretariat", "reintegration" }
local topics = { "border-closure", "access-to-health-care", "vaccination", "fiscal-measures", "health-statistics" }
local function pick(list) return list[math.random(#list)] end
local function esc(s) return (s:gsub("[^%w%-_.~]", function(c) return string.format("%%%02X", string.byte(c)) end)) end

local routes = {
  function() return "/v1/policies?dimension=" .. math.random(6) .. "&pageSize=" .. math.random(1, 20) end,
  function() return "/v1/policies?assessment=" .. pick({ "well-developed", "further-development" }) .. "&pageSize=" .. math.random(5, 10) .. "&page=" .. math.random(2) end,
  function() return "/v1/policies?q=" .. esc(pick(terms)) .. "&pageSize=" .. math.random(1, 10) end,
  function() return "/v1/policies?indicator=" .. pick({ "d1-health", "d1-education", "d1-work", "d2-framework", "d2-strategy", "d3-other-states", "d3-civil-society", "d4-remittances", "d4-diaspora", "d5-crisis-preparedness", "d6-border-control", "d6-trafficking" }) end,
  function() return "/v1/sources?q=" .. esc(pick(terms)) .. "&pageSize=" .. math.random(1, 25) end,
  function() return "/v1/sources?pageSize=" .. math.random(5, 30) .. "&page=" .. math.random(2) end,
  function() return "/v1/footnotes?section=" .. pick({ "body", "covid" }) .. "&pageSize=" .. math.random(1, 10) end,
  function() return "/v1/footnotes?q=" .. esc(pick(terms)) .. "&pageSize=" .. math.random(1, 20) end,
  function() return "/v1/jurisdictions?level=" .. pick({ "national", "subnational" }) .. "&pageSize=" .. math.random(1, 9) end,
  function() return "/v1/profiles?dataStatus=" .. pick({ "complete", "referenced" }) .. "&pageSize=" .. math.random(1, 8) end,
  function() return "/v1/indicators?dimension=" .. math.random(6) end,
  function() return "/v1/covid-responses?topic=" .. pick(topics) end,
  function() return "/v1/search?q=" .. esc(pick(terms)) .. "&pageSize=" .. math.random(1, 20) end,
  function() return "/v1/search?q=" .. esc(pick(terms)) .. "&type=" .. pick({ "policy", "source", "footnote" }) .. "&pageSize=" .. math.random(1, 10) end,
}

request = function()
  return wrk.format("GET", pick(routes)())
end
