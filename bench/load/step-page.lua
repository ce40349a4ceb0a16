-- wrk script for bench/load/step-page.sh: rotates through real step pages with a signed-in
-- teacher's cookie and counts every answer that is not 200. A redirect to the sign-in page is a
-- 302, which wrk itself would count as a success, so it must be counted here.
--
-- Arguments after wrk's `--`: a file with one path a line, then the Cookie header's value, and
-- optionally a pause in milliseconds before each request (a teacher looks at a page before the next).

local threads = {}

function setup(thread)
   thread:set("offset", #threads * 7)
   table.insert(threads, thread)
end

function init(args)
   wrk.headers["Cookie"] = args[2]
   requests = {}
   for path in io.lines(args[1]) do
      if #path > 0 then
         requests[#requests + 1] = wrk.format("GET", path)
      end
   end
   if #requests == 0 then
      error("no paths in " .. tostring(args[1]))
   end
   pause = tonumber(args[3]) or 0
   index = offset or 0
   non200 = 0
   codes = ""
end

function delay()
   return pause
end

function request()
   index = index % #requests + 1
   return requests[index]
end

function response(status, headers, body)
   if status ~= 200 then
      non200 = non200 + 1
      -- Keep the first few codes seen, enough to tell a 302 from a 500.
      if #codes < 40 then
         codes = codes .. status .. " "
      end
   end
end

function done(summary, latency, requests)
   local bad = 0
   local seen = ""
   for _, thread in ipairs(threads) do
      bad = bad + thread:get("non200")
      seen = seen .. thread:get("codes")
   end
   local seconds = summary.duration / 1e6
   io.write("---- step-page summary ----\n")
   io.write(string.format("requests:    %d in %.1f s\n", summary.requests, seconds))
   io.write(string.format("requests/s:  %.1f\n", summary.requests / seconds))
   io.write(string.format("median ms:   %.2f\n", latency:percentile(50) / 1000))
   io.write(string.format("p90 ms:      %.2f\n", latency:percentile(90) / 1000))
   io.write(string.format("p99 ms:      %.2f\n", latency:percentile(99) / 1000))
   io.write(string.format("max ms:      %.2f\n", latency.max / 1000))
   io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
      summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
   io.write(string.format("non-200:     %d %s\n", bad, seen))
end
