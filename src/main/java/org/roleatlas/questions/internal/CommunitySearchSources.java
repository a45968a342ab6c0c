package org.roleatlas.questions.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.roleatlas.accounts.Signature;
import org.roleatlas.posts.Authors;
import org.roleatlas.posts.PostKind;
import org.roleatlas.questions.internal.PostSearchRows.Post;
import org.roleatlas.questions.internal.PostSearchRows.QuestionLabel;
import org.roleatlas.search.SearchDocument;
import org.roleatlas.search.SearchSource;
import org.roleatlas.system.markdown.MarkdownRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Questions, answers and comments for the search index. An answer or a comment carries its question's title and role
 * tags (that is what a reader recognises in a result); a post is gone from search when it, or its thread, is deleted.
 * Anonymous posts are signed with the anonymous signature only: the name never reaches the index.
 */
@Configuration(proxyBeanMethods = false)
class CommunitySearchSources {

    static final String QUESTION = "question";
    static final String ANSWER = "answer";
    static final String COMMENT = "comment";
    private static final int CHUNK = 2000;

    /** What tells the three sources apart: the content type, the post table, and where a post is read. */
    enum Indexed {
        QUESTIONS(QUESTION, PostKind.QUESTION, post -> "/questions/" + post.id()),
        ANSWERS(ANSWER, PostKind.ANSWER, post -> "/questions/" + post.questionId() + "#answer-" + post.id()),
        COMMENTS(COMMENT, PostKind.COMMENT, post -> "/questions/" + post.questionId() + "#comment-" + post.id());

        private final String type;
        private final PostKind kind;
        private final Function<Post, String> url;

        Indexed(String type, PostKind kind, Function<Post, String> url) {
            this.type = type;
            this.kind = kind;
            this.url = url;
        }
    }

    @Bean
    SearchSource questionSearchSource(PostSearchRows rows, MarkdownRenderer markdown, Authors authors) {
        return new PostSource(rows, markdown, authors, Indexed.QUESTIONS);
    }

    @Bean
    SearchSource answerSearchSource(PostSearchRows rows, MarkdownRenderer markdown, Authors authors) {
        return new PostSource(rows, markdown, authors, Indexed.ANSWERS);
    }

    @Bean
    SearchSource commentSearchSource(PostSearchRows rows, MarkdownRenderer markdown, Authors authors) {
        return new PostSource(rows, markdown, authors, Indexed.COMMENTS);
    }

    /** One post table as a search source: loading, chunked streaming, Markdown to plain text, signatures. */
    record PostSource(PostSearchRows rows, MarkdownRenderer markdown, Authors authors, Indexed indexed)
            implements SearchSource {

        @Override
        public String type() {
            return indexed.type;
        }

        @Override
        public Map<String, SearchDocument> load(Collection<String> keys) {
            List<Long> ids = keys.stream().filter(k -> k.matches("\\d{1,18}")).map(Long::valueOf).toList();
            Map<String, SearchDocument> documents = new HashMap<>();
            documents(rows.byIds(indexed.kind, ids), d -> documents.put(d.key(), d));
            return documents;
        }

        @Override
        public void forEachVisible(Consumer<SearchDocument> sink) {
            long after = 0;
            List<Post> chunk;
            do {
                chunk = rows.chunk(indexed.kind, after, CHUNK);
                documents(chunk, d -> {
                    if (d.visible()) {
                        sink.accept(d);
                    }
                });
                after = chunk.isEmpty() ? after : chunk.get(chunk.size() - 1).id();
            } while (chunk.size() == CHUNK);
        }

        @Override
        public long countVisible() {
            return rows.count(indexed.kind);
        }

        /**
         * Signatures first, on this thread (all its authors read at once); then Markdown to plain text, the costly
         * part, on all cores: a rebuild reads thousands of posts per chunk.
         */
        private void documents(List<Post> posts, Consumer<SearchDocument> sink) {
            Set<Long> questionIds = new LinkedHashSet<>();
            posts.forEach(p -> questionIds.add(p.questionId()));
            Map<Long, QuestionLabel> threads = rows.threads(questionIds);
            Authors.Signer signer = authors.signer(posts.stream().map(Post::authorId).toList()); // one query
            List<String> bylines = posts.stream().map(p -> byline(signer.sign(p.authorId(), p.anonymous()))).toList();
            IntStream.range(0, posts.size()).parallel().mapToObj(i -> {
                Post post = posts.get(i);
                QuestionLabel thread = threads.getOrDefault(post.questionId(), new QuestionLabel("", List.of(), true));
                boolean visible = !post.deleted() && !thread.deleted();
                return new SearchDocument(type(), Long.toString(post.id()), thread.title(), List.of(),
                        visible ? markdown.toPlainText(post.markdown()) : "", thread.roles(), indexed.url.apply(post),
                        bylines.get(i), visible, post.created());
            }).toList().forEach(sink);
        }

        private static String byline(Signature signature) {
            return signature.isAnonymous() ? "Anonymous · " + signature.text()
                    : signature.displayName() + " · " + signature.text();
        }
    }
}
