-- wrk script for bench/load/answers.sh: pupils sending answers to their end-of-lesson check, one
-- answer per request as the pupil page does, each with a new id made "on the device". Rotates
-- through every signed-in pupil's cookie and the check's question positions; counts answers that
-- were not 200 and, of those that were, how many the server said it stored.
--
-- Arguments after wrk's `--`: a file with one pupil a line (their Cookie header, a tab, the id of
-- their class's check), the question positions joined by commas, and "ping" to send the no-op
-- request instead.

local threads = {}

function setup(thread)
   thread:set("id", #threads + 1)
   table.insert(threads, thread)
end

function init(args)
   cookies, checks = {}, {}
   for line in io.lines(args[1]) do
      local cookie, check = string.match(line, "^([^\t]+)\t(%S+)$")
      if cookie then
         cookies[#cookies + 1] = cookie
         checks[#checks + 1] = check
      end
   end
   if #cookies == 0 then error("no pupils in " .. tostring(args[1])) end
   positions = {}
   for p in string.gmatch(args[2], "%d+") do positions[#positions + 1] = p end
   ping = args[3] == "ping"
   math.randomseed(os.time() * 1000 + id)
   counter = id * 7919
   non200 = 0
   stored = 0
   codes = ""
end

local function uuid()
   return string.format("%08x-%04x-4%03x-%04x-%04x%08x",
      math.random(0, 0xffffffff), math.random(0, 0xffff), math.random(0, 0xfff),
      0x8000 + math.random(0, 0x3fff), math.random(0, 0xffff), math.random(0, 0xffffffff))
end

function request()
   counter = counter + 1
   local pupil = counter % #cookies + 1
   local headers = { ["Cookie"] = cookies[pupil], ["Content-Type"] = "application/json" }
   if ping then
      return wrk.format("POST", "/api/v1/pupil/ping", headers, "")
   end
   local body = string.format('{"checkId":"%s","answers":[{"id":"%s","index":%s,"answer":"%d","millisecondsTaken":%d}]}',
      checks[pupil], uuid(), positions[math.floor(counter / #cookies) % #positions + 1], counter % 100, 2000 + counter % 9000)
   return wrk.format("POST", "/api/v1/pupil/answers", headers, body)
end

function response(status, headers, body)
   if status == 200 then
      if string.find(body, '"stored":1', 1, true) then stored = stored + 1 end
   elseif not (ping and status == 204) then
      non200 = non200 + 1
      if #codes < 40 then codes = codes .. status .. " " end
   end
end

function done(summary, latency, requests)
   local bad, kept, seen = 0, 0, ""
   for _, thread in ipairs(threads) do
      bad = bad + thread:get("non200")
      kept = kept + thread:get("stored")
      seen = seen .. thread:get("codes")
   end
   local seconds = summary.duration / 1e6
   io.write("---- summary ----\n")
   io.write(string.format("requests:    %d in %.1f s\n", summary.requests, seconds))
   io.write(string.format("requests/s:  %.1f\n", summary.requests / seconds))
   io.write(string.format("median ms:   %.2f\n", latency:percentile(50) / 1000))
   io.write(string.format("p99 ms:      %.2f\n", latency:percentile(99) / 1000))
   io.write(string.format("max ms:      %.2f\n", latency.max / 1000))
   io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
      summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
   io.write(string.format("stored:      %d\n", kept))
   io.write(string.format("non-200:     %d %s\n", bad, seen))
end
