-- wrk script for bench/run (scenario "related-questions"): "content you might like" alone, through
-- GET /api/related, each request for a question no earlier request of this server's benchmark asked about, so
-- every lookup misses the per-searcher cache (MoreLikeThis plus shared role tags on the whole index). The warm-up
-- (BENCH_PHASE=warm-up, set by bench/run) asks about questions 50,001-100,000 and the measured run about 1-50,000;
-- each of the two wrk threads walks its own 25,000 of them in a scattered order (a step coprime to 25,000), so no
-- question repeats unless a thread sends more than 25,000 requests.
-- Compare with "related-repeat", which cycles over 100 questions and so measures the cache.

local half = (os.getenv("BENCH_PHASE") == "warm-up") and 50000 or 0
local thread_no = 0

function setup(thread)
  thread:set("first", half + thread_no * 25000)
  thread_no = thread_no + 1
end

local counter = 0

function request()
  counter = counter + 1
  local key = (first or 0) + (counter * 7919) % 25000 + 1
  return wrk.format("GET", "/api/related?type=question&limit=5&key=" .. key)
end
