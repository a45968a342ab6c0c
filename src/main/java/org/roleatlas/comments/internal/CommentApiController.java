package org.roleatlas.comments.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.roleatlas.comments.CommentThread;
import org.roleatlas.posts.AuthorJson;
import org.roleatlas.posts.Authors;
import org.roleatlas.posts.CreatedJson;
import org.roleatlas.posts.PostKind;
import org.roleatlas.posts.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Comments on questions and answers as JSON. Writes need a personal access token (401 without, from the chain). */
@RestController
@Tag(name = "Comments")
record CommentApiController(CommentService comments, CommentReads reads, Authors authors) {

    record CommentJson(long id, String bodyHtml, Instant createdAt, Instant editedAt, AuthorJson author) {
    }

    /** @param nextAfter pass as {@code after} for the next page; null on the last page */
    record CommentListJson(List<CommentJson> comments, int count, Long nextAfter) {
    }

    record NewCommentJson(String body, Boolean anonymous) {
    }

    @GetMapping("/api/{kind:questions|answers}/{id}/comments")
    @Operation(summary = "A question's or an answer's comments, oldest first, 20 at a time",
            responses = {@ApiResponse(responseCode = "200", description = "The comments"),
                    @ApiResponse(responseCode = "404", description = "No such question or answer, or deleted")})
    CommentListJson onPost(@PathVariable @Parameter(description = "questions or answers") String kind,
                           @PathVariable long id, @Parameter(description = "list comments with ids above this")
                           @RequestParam(defaultValue = "0") long after) {
        return list(reads.page(PostKind.of(kind), id, after, Viewer.PUBLIC, authors.signer()).thread());
    }

    @PostMapping("/api/{kind:questions|answers}/{id}/comments")
    @Operation(summary = "Comment on a question or an answer", description = "body is Markdown, 1 to 2,000 characters.",
            security = @SecurityRequirement(name = "accessToken"),
            responses = @ApiResponse(responseCode = "404", description = "No such question or answer"))
    @CommentResponses
    ResponseEntity<CreatedJson> commentOnPost(@PathVariable @Parameter(description = "questions or answers") String kind,
                                              @PathVariable long id, @SignedIn Member author,
                                              @RequestBody NewCommentJson json) {
        return create(PostKind.of(kind).table(), id, "/api/" + kind + "/" + id + "/comments", author, json);
    }

    @GetMapping("/api/comments/on/{kind}/{id}")
    @Operation(summary = "Comments on other content, such as an article (kind 'article'), oldest first, 20 at a time",
            responses = {@ApiResponse(responseCode = "200", description = "The comments"),
                    @ApiResponse(responseCode = "404", description = "No such content, or not public")})
    CommentListJson onTarget(@PathVariable String kind, @PathVariable long id,
                             @Parameter(description = "list comments with ids above this")
                             @RequestParam(defaultValue = "0") long after) {
        return list(reads.targetPage(kind, id, after, CommentReads.PAGE_SIZE, Viewer.PUBLIC, authors.signer()).thread());
    }

    @PostMapping("/api/comments/on/{kind}/{id}")
    @Operation(summary = "Comment on other content, such as an article (kind 'article')",
            description = "body is Markdown, 1 to 2,000 characters.",
            security = @SecurityRequirement(name = "accessToken"),
            responses = @ApiResponse(responseCode = "404", description = "No such content, or not public"))
    @CommentResponses
    ResponseEntity<CreatedJson> commentOnTarget(@PathVariable String kind, @PathVariable long id,
                                                @SignedIn Member author,
                                                @RequestBody NewCommentJson json) {
        comments.target(kind);
        return create(kind, id, "/api/comments/on/" + kind + "/" + id, author, json);
    }

    private CommentListJson list(CommentThread thread) {
        List<CommentJson> json = thread.comments().stream().map(c -> new CommentJson(c.id(), c.html(), c.createdAt(),
                c.editedAt(), AuthorJson.of(c.signature()))).toList();
        Long next = thread.more() == 0 ? null : json.get(json.size() - 1).id();
        return new CommentListJson(json, thread.count(), next);
    }

    private ResponseEntity<CreatedJson> create(String on, long postId, String list, Member author,
                                               NewCommentJson json) {
        long id = comments.add(author, on, postId, json.body(), Boolean.TRUE.equals(json.anonymous())).commentId();
        // No single-comment resource: Location is the post's comment list, from just before the new one.
        return ResponseEntity.created(URI.create(list + "?after=" + (id - 1))).body(new CreatedJson(id));
    }

    /** What adding a comment answers besides its 404. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    @ApiResponse(responseCode = "400", description = "Refused; errors names the body")
    @ApiResponse(responseCode = "401", description = "No usable token")
    @ApiResponse(responseCode = "429", description = "Posting too fast; see Retry-After")
    @interface CommentResponses {
    }
}
