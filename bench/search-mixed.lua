-- wrk script for bench/run (scenario "search-mixed"): cycles over 60 searches of every kind the search page
-- serves (role names, abbreviations, questions in plain words, misspellings, phrases, prefixes, type and role
-- filters, later pages), so that no single query is measured. Prints the 95th percentile at the end, which
-- wrk --latency does not report.

local queries = {
  "q=who+does+the+CTO+report+to", "q=VPE", "q=cto", "q=cio", "q=ciso", "q=directr+of+enginering",
  "q=site+reliabilty+enginer", "q=mlops", "q=data+scientist", "q=machine+learning+platform",
  "q=%22reports+to+the+CEO%22", "q=%22technical+debt%22", "q=engineering+manager+vs+tech+lead",
  "q=staff+engineer+scope", "q=principal+engineer", "q=head+of+platform", "q=who+owns+the+model+lifecycle",
  "q=career+path+after+director", "q=budget&type=role", "q=hiring&type=question", "q=hiring&type=answer",
  "q=architecture&role=cto", "q=security&role=ciso", "q=kubernetes", "q=cloud+migration", "q=on-call+rotation",
  "q=product+manager+or+product+owner", "q=technical+program+manager", "q=chief+data+officer",
  "q=prompt+engineer", "q=devops", "q=SRE", "q=platform+team+size", "q=1:1+meetings", "q=roadmap+planning",
  "q=vendor+selection", "q=board+meeting", "q=incident+response", "q=mentoring+junior+engineers",
  "q=promotion+to+staff", "q=reporting+line&type=role", "q=startup+CTO+hands-on", "q=remote+team",
  "q=engineering+metrics", "q=deployment+pipeline", "q=feature+store", "q=data+governance",
  "q=compliance+audit", "q=cost+of+cloud", "q=enterpise+architect", "q=solutons+architect", "q=infra",
  "q=lead&page=2", "q=engineer&page=3", "q=manager&type=question&page=2", "q=strategy&role=vp-of-engineering",
  "q=innovation+vs+efficiency", "q=stakeholders", "q=decision+making+authority", "q=team+management",
}

local counter = 0
local thread_no = 0

function setup(thread)
  thread:set("offset", thread_no)
  thread_no = thread_no + 1
end

function init(args)
  counter = (offset or 0) * 31
end

function request()
  counter = counter + 1
  return wrk.format("GET", "/search?" .. queries[(counter % #queries) + 1])
end

function done(summary, latency, requests)
  io.write(string.format("p95: %.2fms\n", latency:percentile(95) / 1000))
end
