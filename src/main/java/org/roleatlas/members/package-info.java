/**
 * Member pages: the public page of each member ({@code /members/{username}}: their signature, since when they are a
 * member, how many questions and answers they wrote and those posts, never the anonymous ones, and only what the
 * reader may see) and the signed-in member's own list of posts ({@code /me/posts}, anonymous, held and hidden ones
 * included and marked). No tables: posts come from {@code questions.AuthoredPosts}, members and signatures from
 * {@code accounts.Members}. Member pages are listed in the sitemap.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Members")
package org.roleatlas.members;
