/**
 * Sample communities: the {@code demo} command, which generates members, questions, answers, comments and upvotes
 * from a seed (a small living sample, or a large data set for benchmarks) and loads them through the owning
 * modules' bulk-load APIs ({@link org.roleatlas.accounts.MemberBulkLoad},
 * {@link org.roleatlas.questions.CommunityBulkLoad}). Owns no tables; owns the sample writing
 * ({@code demo/topics.yaml}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.roleatlas.demo;
