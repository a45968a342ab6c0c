/**
 * Full-text search over everything people write and read here: roles, questions, answers, comments (and any other
 * content whose module implements {@link org.roleatlas.search.SearchSource}), "content you might like", and type-ahead.
 *
 * <p>Owns the {@code search_change} table (the change log) and the Lucene index under the data directory. Content
 * modules publish {@link org.roleatlas.search.ContentChanged} inside their write transaction; this module records it
 * in the log in that same transaction, and each node's indexer follows the log and reloads the item through its
 * {@code SearchSource}. Pages: {@code /search}, {@code /search/suggest}; API: {@code GET /api/search}; command:
 * {@code reindex}. Queries from other modules go through {@link org.roleatlas.search.Search} and
 * {@link org.roleatlas.search.Related}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.roleatlas.search;
