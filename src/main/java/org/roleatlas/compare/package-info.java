/**
 * Comparisons: any 2 to 6 catalogue roles side by side across the dimensions of a framework, as a page with a
 * stable URL ({@code /compare/cto-vs-cio}), as Markdown, CSV and JSON, through the API and the command line.
 * Also the home page with the comparison builder. A comparison is a pure projection of one catalogue snapshot,
 * so a role's cell reads the same in every comparison; rendered results are cached per catalogue version.
 * Owns no tables. {@link org.roleatlas.compare.WellKnownComparisons} lists the comparisons people keep asking for.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compare")
package org.roleatlas.compare;
