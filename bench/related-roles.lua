-- wrk script for bench/run (scenario "related-roles"): role pages, each of which asks the search index for
-- "content you might like" (MoreLikeThis plus shared role tags). Compare with the plain "role" scenario to see
-- what the lookup adds.

local paths = {
  "/roles/cto", "/roles/cio", "/roles/ciso", "/roles/vp-of-engineering", "/roles/director-of-engineering",
  "/roles/engineering-manager", "/roles/staff-engineer", "/roles/mlops-engineer", "/roles/data-scientist",
  "/roles/site-reliability-engineer", "/roles/platform-engineer", "/roles/tech-lead", "/roles/product-manager",
  "/roles/head-of-ai", "/roles/chief-data-officer", "/roles/security-architect",
}

local counter = 0
local thread_no = 0

function setup(thread)
  thread:set("offset", thread_no)
  thread_no = thread_no + 1
end

function init(args)
  counter = (offset or 0) * 7
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
