/**
 * What helps people and crawlers find the site: {@code /robots.txt} (public pages allowed; {@code /me}, {@code /api},
 * {@code /moderation} and the forms not) and the favicon ({@code /favicon.svg}, drawn for this project, and
 * {@code /favicon.ico}, which browsers ask for by habit). No tables, no public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discovery")
package org.roleatlas.discovery;
