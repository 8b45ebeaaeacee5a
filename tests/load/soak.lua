-- The soak's mix: every route of the API, lists with random filters, items, CSV, search, meta, downloads.
math.randomseed(tonumber(os.getenv("SEED") or "99"))
local terms = { "migration", "migrants", "health", "michoacan", "refugee", "labour", "\"migration law\"", "remitt", "ley", "vaccination" }
local function pick(list) return list[math.random(#list)] end
local function esc(s) return (s:gsub("[^%w%-_.~]", function(c) return string.format("%%%02X", string.byte(c)) end)) end
local routes = {
  function() return "/v1/jurisdictions?level=" .. pick({ "national", "subnational" }) end,
  function() return "/v1/jurisdictions/" .. pick({ "MEX", "MX-CHH", "MX-MIC", "mx-cmx" }) end,
  function() return "/v1/jurisdictions/" .. pick({ "MEX", "MX-GRO" }) .. "/ratifications" end,
  function() return "/v1/profiles?year=" .. pick({ "2020", "2021", "2022" }) end,
  function() return "/v1/profiles/" .. pick({ "MEX-2022", "MX-OAX-2020", "MX-TAM-2021" }) end,
  function() return "/v1/dimensions" end,
  function() return "/v1/dimensions/" .. math.random(6) end,
  function() return "/v1/indicators?dimension=" .. math.random(6) end,
  function() return "/v1/indicators/" .. pick({ "d1-health", "d2-framework", "d3-other-states", "d4-remittances", "d5-crisis-preparedness", "d6-trafficking" }) end,
  function() return "/v1/conventions" end,
  function() return "/v1/conventions/" .. pick({ "crc-1989", "ilo-c097", "icrmw-1990" }) end,
  function() return "/v1/policies?dimension=" .. math.random(6) .. "&pageSize=" .. math.random(1, 20) end,
  function() return "/v1/policies?q=" .. esc(pick(terms)) .. "&pageSize=" .. math.random(1, 10) end,
  function() return "/v1/policies/MEX-2022-" .. pick({ "1.2-01", "2.1-04", "3.2-01", "6.2-03" }) end,
  function() return "/v1/policies?instrument=" .. pick({ "mex-migration-law", "mex-constitution", "mex-customs-law" }) .. "&facet=" .. pick({ "dimension", "assessment,indicator", "instrument" }) end,
  function() return "/v1/instruments?kind=" .. pick({ "law", "programme", "plan" }) .. "&facet=kind" end,
  function() return "/v1/instruments/" .. pick({ "mex-migration-law", "mex-internal-displacement-bill", "MEX-Constitution" }) end,
  function() return "/v1/profiles/" .. pick({ "MEX-2022", "MX-OAX-2020" }) .. "/summary" end,
  function() return "/v1/covid-responses?topic=" .. pick({ "vaccination", "border-closure", "fiscal-measures" }) end,
  function() return "/v1/covid-responses/MEX-2022-covid-0" .. math.random(7) end,
  function() return "/v1/sources?q=" .. esc(pick(terms)) end,
  function() return "/v1/footnotes?section=" .. pick({ "body", "covid" }) .. "&pageSize=" .. math.random(1, 60) end,
  function() return "/v1/search?q=" .. esc(pick(terms)) .. "&pageSize=" .. math.random(1, 20) end,
  function() return "/v1/search?q=" .. esc(pick(terms)) .. "&facet=type,dimension" end,
  function() return "/v1/policies?format=csv&dimension=" .. math.random(6) end,
  function() return "/v1/meta" end,
  function() return pick({ "/v1/downloads/mgi.sqlite", "/v1/downloads/datapackage.zip" }) end,
  function() return "/health/ready" end,
}
request = function() return wrk.format("GET", pick(routes)()) end
