package org.roleatlas.questions.internal;

import java.util.Optional;
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
import org.roleatlas.polls.NewPollJson;
import org.roleatlas.polls.PollSummaryJson;
import org.roleatlas.polls.QuestionPolls;
import org.roleatlas.posts.AuthorJson;
import org.roleatlas.posts.CreatedJson;
import org.roleatlas.posts.Viewer;
import org.roleatlas.questions.internal.QuestionViews.RoleTag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Questions and answers as JSON. Writes need a personal access token (the security chain answers 401 without). */
@RestController
@Tag(name = "Questions")
record QuestionApiController(QuestionService questions, QuestionReads reads, QuestionPolls polls) {

    record QuestionItemJson(long id, String title, List<String> roles, int answerCount, int votes, int comments,
                            long views, Instant createdAt, AuthorJson author) {
    }

    /**
     * @param page this page's number
     * @param nextPage the next page's number, null on the last page
     * @param nextBefore sort=newest only: the {@code before} of the next page, null otherwise and on the last page
     */
    record QuestionListJson(String sort, int page, List<QuestionItemJson> questions, Integer nextPage,
                            Long nextBefore) {
    }

    /** @param comments how many comments the answer has (list them at /api/answers/{id}/comments) */
    record AnswerJson(long id, String bodyHtml, int votes, int comments, Instant createdAt, Instant editedAt,
                      AuthorJson author) {
    }

    /**
     * @param comments how many comments the question has (list them at /api/questions/{id}/comments)
     * @param poll     the question's poll (results at /api/polls/{id}), or null
     */
    record QuestionJson(long id, String title, String bodyHtml, List<String> roles, int answerCount, int votes,
                        int comments, long views, Instant createdAt, Instant editedAt, AuthorJson author,
                        List<AnswerJson> answers, PollSummaryJson poll) {
    }

    /** @param poll optional: 2 to 10 options, optional closesAt and resultsVisibility */
    record NewQuestionJson(String title, String body, List<String> roles, Boolean anonymous,
                           NewPollJson poll) {
    }

    /** A new version of a question: title and body are required; roles, when left out, stay as they are. */
    record QuestionEditJson(String title, String body, List<String> roles) {
    }

    record NewAnswerJson(String body, Boolean anonymous) {
    }

    @GetMapping("/api/questions")
    @Operation(summary = "Questions, 20 at a time: newest, most viewed, most upvoted or unanswered",
            description = "page counts from 1 (at most 10000). For sort=newest, before (the previous response's "
                    + "nextBefore) continues below that question id, stable while new questions arrive.",
            responses = {@ApiResponse(responseCode = "200", description = "A page of questions"),
                    @ApiResponse(responseCode = "400", description = "sort, page or before is refused; the detail "
                            + "names the parameter")})
    QuestionListJson list(@Parameter(description = "newest (default), views, votes or unanswered")
                          @RequestParam(required = false) String sort,
                          @Parameter(description = "a role slug") @RequestParam(required = false) String role,
                          @Parameter(description = "page number, from 1") @RequestParam(required = false) String page,
                          @Parameter(description = "sort=newest only: list questions with ids below this")
                          @RequestParam(required = false) Long before) {
        FeedQuery query = FeedQuery.of(sort, role, before, page);
        QuestionViews.Page result = reads.page(query, QuestionReads.PAGE_SIZE);
        return new QuestionListJson(query.sort().key(), result.number(), result.items().stream()
                .map(i -> new QuestionItemJson(i.id(), i.title(), slugs(i.roles()), i.answerCount(), i.votes(),
                        i.comments(), i.views(), i.createdAt(), AuthorJson.of(i.signature())))
                .toList(), result.hasNext() ? result.number() + 1 : null, result.nextBefore());
    }

    @GetMapping("/api/questions/{id}")
    @Operation(summary = "A question with its answers, oldest answer first",
            responses = {@ApiResponse(responseCode = "200", description = "The question"),
                    @ApiResponse(responseCode = "404", description = "No such question, deleted, hidden by a moderator "
                            + "or awaiting review (its author and moderators, with a token, still see it)")})
    QuestionJson question(@PathVariable long id, @SignedIn Optional<Member> member) {
        Viewer viewer = Viewer.of(member);
        QuestionViews.Question q = reads.question(id, viewer);
        List<AnswerJson> answers = q.answers().stream().map(a -> new AnswerJson(a.id(), a.html(), a.votes(), a.thread().count(), a.createdAt(),
                a.editedAt(), AuthorJson.of(a.signature()))).toList();
        return new QuestionJson(id, q.title(), q.post().html(), slugs(q.roles()), q.answerCount(), q.post().votes(),
                q.post().thread().count(), q.views(), q.post().createdAt(),
                q.post().editedAt(), AuthorJson.of(q.post().signature()), answers,
                polls.summaryOfQuestion(id, viewer).orElse(null));
    }

    @PostMapping("/api/questions")
    @Operation(summary = "Ask a question", description = "body is Markdown; roles are 1 to 5 catalogue slugs; an "
            + "optional poll has 2 to 10 options (1 to 200 characters each), an optional closesAt and resultsVisibility "
            + "always (default) or after-voting. A refused poll field is named in the detail, e.g. poll.options[3].",
            security = @SecurityRequirement(name = "accessToken"),
            responses = {@ApiResponse(responseCode = "201", description = "Created; Location names it"),
                    @ApiResponse(responseCode = "400", description = "Refused; errors names each field"),
                    @ApiResponse(responseCode = "401", description = "No usable token"),
                    @ApiResponse(responseCode = "429", description = "Posting too fast; see Retry-After")})
    ResponseEntity<CreatedJson> ask(@SignedIn Member author, @RequestBody NewQuestionJson json) {
        long id = questions.ask(author, new QuestionService.NewQuestion(json.title(), json.body(),
                json.roles(), Boolean.TRUE.equals(json.anonymous()),
                json.poll() == null ? null : json.poll().draft()));
        return ResponseEntity.created(URI.create("/api/questions/" + id)).body(new CreatedJson(id));
    }

    @PutMapping("/api/questions/{id}")
    @Operation(summary = "Edit your question: title, body and role tags",
            description = "Replaces title and body, and the role tags when roles (1 to 5 catalogue slugs) is given. "
                    + "The previous version is kept in the edit history.",
            security = @SecurityRequirement(name = "accessToken"),
            responses = {@ApiResponse(responseCode = "200", description = "Edited; the question as it is now"),
                    @ApiResponse(responseCode = "400", description = "Refused; errors names each field"),
                    @ApiResponse(responseCode = "401", description = "No usable token"),
                    @ApiResponse(responseCode = "403", description = "Not your question"),
                    @ApiResponse(responseCode = "404", description = "No such question")})
    QuestionJson edit(@PathVariable long id, @SignedIn Member editor, @RequestBody QuestionEditJson json) {
        questions.editQuestion(editor, id, new QuestionService.QuestionEdit(json.title(), json.body(), json.roles()));
        return question(id, Optional.of(editor));
    }

    @PostMapping("/api/questions/{id}/answers")
    @Operation(summary = "Answer a question", security = @SecurityRequirement(name = "accessToken"),
            responses = {@ApiResponse(responseCode = "201", description = "Created"),
                    @ApiResponse(responseCode = "400", description = "Refused; errors names the body"),
                    @ApiResponse(responseCode = "401", description = "No usable token"),
                    @ApiResponse(responseCode = "404", description = "No such question")})
    ResponseEntity<CreatedJson> answer(@PathVariable long id, @SignedIn Member author,
                                       @RequestBody NewAnswerJson json) {
        long answerId = questions.answer(author, id, json.body(), Boolean.TRUE.equals(json.anonymous()));
        return ResponseEntity.created(URI.create("/api/questions/" + id + "#answer-" + answerId))
                .body(new CreatedJson(answerId));
    }

    private static List<String> slugs(List<RoleTag> tags) {
        return tags.stream().map(RoleTag::slug).toList();
    }
}
