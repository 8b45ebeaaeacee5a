-- One MCP tool call, repeated: tools/call get_finding as an MCP client sends it over Streamable HTTP
-- (a JSON-RPC POST to /mcp; the server is stateless, so no session or initialize is needed).
-- Measured against GET /v1/policies/{id} for the same finding (docs/mcp.md, "Cost"):
--   wrk -t1 -c64 -d30s -s tests/load/mcp-get-finding.lua http://127.0.0.1:PORT/mcp
-- (with tests/load/report.lua appended for the RESULT line, as run.sh does). A status other than
-- 200 counts as an error in wrk's summary.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json, text/event-stream"
wrk.headers["MCP-Protocol-Version"] = "2025-11-25"
wrk.body = '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_finding","arguments":{"id":"MEX-2022-4.2-04"}}}'
