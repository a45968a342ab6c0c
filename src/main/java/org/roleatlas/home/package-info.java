/**
 * The home page ({@code /}): the comparison builder, well-known comparisons, the newest and most viewed questions
 * (through {@code questions.QuestionFeed}, kept for a few seconds) and the catalogue's families. No tables; public
 * API: {@link org.roleatlas.home.PopularComparisons} (the well-known comparisons, for the sitemap).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package org.roleatlas.home;
