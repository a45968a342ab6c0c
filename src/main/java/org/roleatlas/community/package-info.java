/**
 * The peer community: questions, answers, comments, votes, views and polls. Being built; this first part holds
 * poll result computation ({@link org.roleatlas.community.PollResults}): percentages, the breakdown by voters'
 * industry, company size and role family, and the rules that keep individual votes private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community")
package org.roleatlas.community;
