package org.roleatlas.comments.internal;

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
class CommentApiController {

    record CommentJson(long id, String bodyHtml, Instant createdAt, Instant editedAt, AuthorJson author) {
    }

    /** @param nextAfter pass as {@code after} for the next page; null on the last page */
    record CommentListJson(List<CommentJson> comments, int count, Long nextAfter) {
    }

    record NewCommentJson(String body, Boolean anonymous) {
    }

    private final CommentService comments;
    private final CommentReads reads;
    private final Authors authors;

    CommentApiController(CommentService comments, CommentReads reads, Authors authors) {
        this.comments = comments;
        this.reads = reads;
        this.authors = authors;
    }

    @GetMapping("/api/questions/{id}/comments")
    @Operation(summary = "A question's comments, oldest first, 20 at a time",
            responses = {@ApiResponse(responseCode = "200", description = "The comments"),
                    @ApiResponse(responseCode = "404", description = "No such question, or deleted")})
    CommentListJson onQuestion(@PathVariable long id, @Parameter(description = "list comments with ids above this")
                               @RequestParam(defaultValue = "0") long after) {
        return list(PostKind.QUESTION, id, after);
    }

    @GetMapping("/api/answers/{id}/comments")
    @Operation(summary = "An answer's comments, oldest first, 20 at a time",
            responses = {@ApiResponse(responseCode = "200", description = "The comments"),
                    @ApiResponse(responseCode = "404", description = "No such answer, or deleted")})
    CommentListJson onAnswer(@PathVariable long id, @Parameter(description = "list comments with ids above this")
                             @RequestParam(defaultValue = "0") long after) {
        return list(PostKind.ANSWER, id, after);
    }

    @PostMapping("/api/questions/{id}/comments")
    @Operation(summary = "Comment on a question", description = "body is Markdown, 1 to 2,000 characters.",
            security = @SecurityRequirement(name = "accessToken"), responses = {
                    @ApiResponse(responseCode = "201", description = "Created; Location names it"),
                    @ApiResponse(responseCode = "400", description = "Refused; errors names the body"),
                    @ApiResponse(responseCode = "401", description = "No usable token"),
                    @ApiResponse(responseCode = "404", description = "No such question"),
                    @ApiResponse(responseCode = "429", description = "Posting too fast; see Retry-After")})
    ResponseEntity<CreatedJson> commentOnQuestion(@PathVariable long id, @SignedIn Member author,
                                                  @RequestBody NewCommentJson json) {
        return create("question", id, "/api/questions/" + id + "/comments", author, json);
    }

    @PostMapping("/api/answers/{id}/comments")
    @Operation(summary = "Comment on an answer", description = "body is Markdown, 1 to 2,000 characters.",
            security = @SecurityRequirement(name = "accessToken"), responses = {
                    @ApiResponse(responseCode = "201", description = "Created; Location names it"),
                    @ApiResponse(responseCode = "400", description = "Refused; errors names the body"),
                    @ApiResponse(responseCode = "401", description = "No usable token"),
                    @ApiResponse(responseCode = "404", description = "No such answer"),
                    @ApiResponse(responseCode = "429", description = "Posting too fast; see Retry-After")})
    ResponseEntity<CreatedJson> commentOnAnswer(@PathVariable long id, @SignedIn Member author,
                                                @RequestBody NewCommentJson json) {
        return create("answer", id, "/api/answers/" + id + "/comments", author, json);
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
            security = @SecurityRequirement(name = "accessToken"), responses = {
                    @ApiResponse(responseCode = "201", description = "Created; Location names it"),
                    @ApiResponse(responseCode = "400", description = "Refused; errors names the body"),
                    @ApiResponse(responseCode = "401", description = "No usable token"),
                    @ApiResponse(responseCode = "404", description = "No such content, or not public"),
                    @ApiResponse(responseCode = "429", description = "Posting too fast; see Retry-After")})
    ResponseEntity<CreatedJson> commentOnTarget(@PathVariable String kind, @PathVariable long id,
                                                @SignedIn Member author,
                                                @RequestBody NewCommentJson json) {
        comments.target(kind);
        return create(kind, id, "/api/comments/on/" + kind + "/" + id, author, json);
    }

    private CommentListJson list(PostKind kind, long postId, long after) {
        return list(reads.page(kind, postId, after, Viewer.PUBLIC, authors.signer()).thread());
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
}
