/**
 * How a search's matches become a page: identical texts collapsed, exact titles first, a few unnamed roles per
 * page, facet counts, loaded and highlighted hits, and the spelling suggestion. Called by the search itself only.
 */
package org.roleatlas.search.internal.ranking;
