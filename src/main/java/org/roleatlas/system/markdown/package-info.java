/**
 * Member-written Markdown rendered to sanitised HTML and to plain text:
 * {@link org.roleatlas.system.markdown.MarkdownRenderer}. See docs/decisions/0008-user-markdown.md.
 */
package org.roleatlas.system.markdown;
