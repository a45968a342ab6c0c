package org.roleatlas.articles.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.roleatlas.accounts.Member;
import org.roleatlas.comments.CommentSections;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** Puts together what an article's page and history show: rendered body, contents, byline, comments. */
@Component
record ArticleDisplay(ArticleReads reads, ArticleBodies bodies, Editors editors, CommentSections comments) {

    /** @param csrf the session's token when someone is signed in (comment forms), else null */
    ArticleViews.Article article(ArticleRow row, Optional<Member> viewer, CsrfToken csrf) {
        ArticleBodies.Rendered body = bodies.render(row.bodyMarkdown());
        // drafts take no comments: the section appears once the article is public
        String commentHtml = row.published() ? comments.html(ArticleComments.KIND, row.id(), viewer, csrf) : null;
        return new ArticleViews.Article(reads.item(row), body.html(), body.toc().stream()
                .map(h -> new ArticleViews.TocEntry(h.level(), h.id(), h.text())).toList(), row.revision(),
                row.updatedAt(), viewer.filter(Editors::isEditor).isPresent(), commentHtml);
    }

    ArticleViews.History history(ArticleRow row) {
        List<ArticleRepository.Revision> revisions = reads.revisions(row);
        Function<Long, String> bylines = editors.bylines(revisions.stream()
                .map(ArticleRepository.Revision::editorId).toList());
        return new ArticleViews.History(reads.item(row), revisions.stream()
                .map(r -> new ArticleViews.Revision(r.number(), r.title(), r.summary(), r.bodyMarkdown(), r.roles(),
                        bylines.apply(r.editorId()), r.createdAt())).toList());
    }
}
