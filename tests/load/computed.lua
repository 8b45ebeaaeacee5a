-- The varied computed mix of issue 16: seven route shapes in equal parts, with random filters, pages
-- and page sizes (run against a server whose response store is off, so every request is computed).
-- Seeded, so two runs draw the same sequence. Pages stay within range on the real data set.
math.randomseed(tonumber(os.getenv("SEED") or "16"))
local terms = { "migrants", "health", "education", "labour", "children", "refugee", "border", "trafficking", "women", "remittances" }
local function pick(list) return list[math.random(#list)] end

local routes = {
  function() return "/v1/policies?dimension=" .. math.random(6) .. "&pageSize=" .. math.random(1, 4) .. "&page=" .. math.random(2) end,
  function() return "/v1/policies?assessment=" .. pick({ "well-developed", "further-development" }) .. "&pageSize=" .. math.random(1, 50) end,
  function() return "/v1/search?q=" .. pick(terms) .. "&pageSize=" .. math.random(1, 20) end,
  function() return "/v1/footnotes?profile=MEX-2022&pageSize=10&page=" .. math.random(7) end,
  function() return "/v1/sources?pageSize=" .. math.random(1, 50) end,
  function() return "/v1/jurisdictions?level=subnational" end,
  function() return "/v1/covid-responses?profile=MEX-2022" end,
}

request = function()
  return wrk.format("GET", pick(routes)())
end
