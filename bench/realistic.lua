-- wrk script of bench/realistic.sh: every request is a random line of a URL list, and done()
-- prints one machine-readable line of results.
--
--   wrk -t1 -c16 -d30s --timeout 10s --latency -s bench/realistic.lua http://127.0.0.1:8090 -- LIST
--
-- LIST has one request a line: "path<TAB>cookie" (empty cookie: an anonymous visitor). Requests
-- ask for gzip, as browsers do. Responses are counted by status: these are all GET pages that
-- answer 200, so a 3xx (a session gone: redirect to the sign-in page) counts as an error too.
-- The longest time without any response (whole seconds) shows a stall that timeouts alone hide.

local requests = {}
local threads = {}
-- globals, not locals: done() reads them from each thread with thread:get()
s2xx, s3xx, s404, s4xx, s5xx = 0, 0, 0, 0, 0
last, gap = 0, 0

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   local file = args[1]
   for line in io.lines(file) do
      local path, cookie = line:match("^([^\t]+)\t?(.*)$")
      if path then
         local headers = { ["Accept"] = "text/html,application/xhtml+xml",
                           ["Accept-Encoding"] = "gzip" }
         if cookie ~= "" then headers["Cookie"] = cookie end
         requests[#requests + 1] = wrk.format("GET", path, headers)
      end
   end
   if #requests == 0 then error("no requests in " .. tostring(file)) end
   math.randomseed(os.time() + (tonumber(args[2]) or 0))
   last = os.time()
end

function request()
   return requests[math.random(#requests)]
end

function response(status, headers, body)
   if status < 300 then s2xx = s2xx + 1
   elseif status < 400 then s3xx = s3xx + 1
   elseif status == 404 then s404 = s404 + 1
   elseif status < 500 then s4xx = s4xx + 1
   else s5xx = s5xx + 1 end
   local now = os.time()
   if now - last > gap then gap = now - last end
   last = now
end

function done(summary, latency, _)
   local c = { s2xx = 0, s3xx = 0, s404 = 0, s4xx = 0, s5xx = 0, gap = 0 }
   local now = os.time()
   for _, thread in ipairs(threads) do
      for _, name in ipairs({ "s2xx", "s3xx", "s404", "s4xx", "s5xx" }) do
         c[name] = c[name] + (thread:get(name) or 0)
      end
      -- the time since the last response counts too: a stall can last to the end of the run
      local tail = now - (thread:get("last") or now)
      c.gap = math.max(c.gap, thread:get("gap") or 0, tail)
   end
   local e = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format(
      "RESULT requests=%d seconds=%.2f rps=%.2f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
      "s2xx=%d s3xx=%d s404=%d s4xx=%d s5xx=%d connect=%d read=%d write=%d timeout=%d max_gap_s=%d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      c.s2xx, c.s3xx, c.s404, c.s4xx, c.s5xx, e.connect, e.read, e.write, e.timeout, c.gap))
end
