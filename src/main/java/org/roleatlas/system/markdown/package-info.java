/**
 * Member-written Markdown rendered to sanitised HTML and to plain text: {@link org.roleatlas.system.markdown.MarkdownRenderer}.
 */
package org.roleatlas.system.markdown;
