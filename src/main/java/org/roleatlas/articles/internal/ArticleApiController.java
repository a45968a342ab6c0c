package org.roleatlas.articles.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Articles as JSON. Writes are for editors with a personal access token (401 without one, 403 for others). */
@RestController
@Tag(name = "Articles")
record ArticleApiController(ArticleService articles, ArticleReads reads, ArticleBodies bodies, Editors editors) {

    record ArticleItemJson(String slug, String title, String summary, List<String> roles, String byline,
                           boolean published, Instant publishedAt) {
    }

    /** @param nextPage pass as {@code page} for older articles; null on the last page */
    record ArticleListJson(List<ArticleItemJson> articles, Integer nextPage) {
    }

    record TocJson(int level, String id, String text) {
    }

    /** @param bodyHtml the rendered body, live comparisons included as the catalogue reads now */
    record ArticleJson(String slug, String title, String summary, List<String> roles, String byline, boolean published,
                       Instant publishedAt, Instant updatedAt, int revision, String bodyMarkdown, String bodyHtml,
                       List<TocJson> toc, String commentsUrl) {
    }

    /** @param publish on create: publish at once (default: a draft); on update: publish a draft (true) */
    record ArticleInputJson(String title, String summary, String body, List<String> roles, Boolean publish) {

        ArticleService.Draft draft() {
            return new ArticleService.Draft(title, summary, body, roles);
        }
    }

    @GetMapping("/api/articles")
    @Operation(summary = "Published articles, newest first, 20 at a time")
    ArticleListJson list(@Parameter(description = "only articles tagged with this role slug")
                         @RequestParam(required = false) String role,
                         @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page) {
        List<ArticleRow> rows = reads.published(role, page);
        Function<Long, String> bylines = editors.bylines(rows.stream().map(ArticleRow::authorId).toList());
        return new ArticleListJson(rows.stream().limit(ArticleReads.PAGE_SIZE).map(a -> item(a, bylines)).toList(),
                rows.size() > ArticleReads.PAGE_SIZE ? page + 1 : null);
    }

    @GetMapping("/api/articles/{slug}")
    @Operation(summary = "One article with its Markdown, rendered body and contents",
            description = "A draft is found only with an editor's (or its author's) token.",
            responses = {@ApiResponse(responseCode = "200", description = "The article"),
                    @ApiResponse(responseCode = "404", description = "No such article, deleted, or a draft")})
    ArticleJson article(@PathVariable String slug, @SignedIn Optional<Member> viewer) {
        return json(reads.visible(slug, viewer));
    }

    @PostMapping("/api/articles")
    @Operation(summary = "Write an article (editors)", description = "roles: 1 to 5 catalogue slugs; body is Markdown "
            + "and may hold ```compare blocks. A draft unless publish is true.",
            security = @SecurityRequirement(name = "accessToken"), responses = {
                    @ApiResponse(responseCode = "201", description = "Created; Location names it"),
                    @ApiResponse(responseCode = "400", description = "Refused; errors names each field"),
                    @ApiResponse(responseCode = "401", description = "No usable token"),
                    @ApiResponse(responseCode = "403", description = "Not an editor")})
    ResponseEntity<ArticleJson> create(@SignedIn Member member, @RequestBody ArticleInputJson input) {
        Member editor = Editors.editor(member);
        String slug = articles.create(editor, input.draft(), Boolean.TRUE.equals(input.publish()));
        return ResponseEntity.created(URI.create("/api/articles/" + slug))
                .body(json(reads.visible(slug, Optional.of(editor))));
    }

    @PutMapping("/api/articles/{slug}")
    @Operation(summary = "Save a new revision of an article (editors)", description = "Every field is replaced.",
            security = @SecurityRequirement(name = "accessToken"), responses = {
                    @ApiResponse(responseCode = "200", description = "Saved"),
                    @ApiResponse(responseCode = "400", description = "Refused; errors names each field"),
                    @ApiResponse(responseCode = "401", description = "No usable token"),
                    @ApiResponse(responseCode = "403", description = "Not an editor"),
                    @ApiResponse(responseCode = "404", description = "No such article")})
    ArticleJson update(@PathVariable String slug, @SignedIn Member member, @RequestBody ArticleInputJson input) {
        Member editor = Editors.editor(member);
        articles.edit(editor, slug, input.draft());
        if (Boolean.TRUE.equals(input.publish())) {
            articles.publish(editor, slug);
        }
        return json(reads.visible(slug, Optional.of(editor)));
    }

    private static ArticleItemJson item(ArticleRow a, Function<Long, String> bylines) {
        return new ArticleItemJson(a.slug(), a.title(), a.summary(), a.roles(), bylines.apply(a.authorId()),
                a.published(), a.publishedAt());
    }

    private ArticleJson json(ArticleRow a) {
        ArticleBodies.Rendered body = bodies.render(a.bodyMarkdown());
        return new ArticleJson(a.slug(), a.title(), a.summary(), a.roles(), editors.byline(a.authorId()),
                a.published(), a.publishedAt(), a.updatedAt(), a.revision(), a.bodyMarkdown(), body.html(),
                body.toc().stream().map(h -> new TocJson(h.level(), h.id(), h.text())).toList(),
                a.published() ? "/api/comments/on/" + ArticleComments.KIND + "/" + a.id() : null);
    }
}
