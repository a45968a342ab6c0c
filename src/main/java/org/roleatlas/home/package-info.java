/**
 * The home page ({@code /}): the comparison builder, well-known comparisons, the newest and most viewed questions
 * (through {@code questions.QuestionFeed}, kept for a few seconds) and the catalogue's families. No tables, no public
 * API: nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package org.roleatlas.home;
