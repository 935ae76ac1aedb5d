-- wrk script: like post.lua, but every request's tool result is new (a counter replaces FRESH in the body),
-- so the proxy compresses on every request instead of resending a memoised result.
local f = assert(io.open(os.getenv("BODY_FILE"), "rb"))
local template = f:read("*a")
f:close()
local n = 0
request = function()
  n = n + 1
  local body = template:gsub("FRESH", tostring(n) .. "-" .. tostring(math.random(1, 1000000000)))
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Authorization"] = "Bearer sk-load-test"}, body)
end
