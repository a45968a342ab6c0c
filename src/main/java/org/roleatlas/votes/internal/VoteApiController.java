package org.roleatlas.votes.internal;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.roleatlas.posts.PostKind;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Upvotes as PUT (vote) and DELETE (take back) on the post's {@code votes}: both idempotent, so a client may
 * repeat either and gets the same state and the current count. A token is needed (the security chain answers 401).
 */
@RestController
@Tag(name = "Votes")
class VoteApiController {

    /** @param votes the post's count after the request; @param voted whether the caller's vote is on it now */
    record VotesJson(int votes, boolean voted) {
        static VotesJson of(VoteService.Tally tally) {
            return new VotesJson(tally.votes(), tally.voted());
        }
    }

    private final VoteService votes;

    VoteApiController(VoteService votes) {
        this.votes = votes;
    }

    @PutMapping("/api/questions/{id}/votes")
    @Operation(summary = "Upvote a question (idempotent)", security = @SecurityRequirement(name = "accessToken"),
            responses = {@ApiResponse(responseCode = "200", description = "Voted; the current count"),
                    @ApiResponse(responseCode = "401", description = "No usable token"),
                    @ApiResponse(responseCode = "403", description = "Your own question"),
                    @ApiResponse(responseCode = "404", description = "No such question"),
                    @ApiResponse(responseCode = "429", description = "Voting too fast; see Retry-After")})
    VotesJson upvoteQuestion(@PathVariable long id, @SignedIn Member member) {
        return VotesJson.of(votes.upvote(member, PostKind.QUESTION, id));
    }

    @DeleteMapping("/api/questions/{id}/votes")
    @Operation(summary = "Take back an upvote on a question (idempotent)", security = @SecurityRequirement(name = "accessToken"),
            responses = {@ApiResponse(responseCode = "200", description = "Not voted; the current count"),
                    @ApiResponse(responseCode = "401", description = "No usable token"),
                    @ApiResponse(responseCode = "403", description = "Your own question"),
                    @ApiResponse(responseCode = "404", description = "No such question"),
                    @ApiResponse(responseCode = "429", description = "Voting too fast; see Retry-After")})
    VotesJson withdrawQuestionVote(@PathVariable long id, @SignedIn Member member) {
        return VotesJson.of(votes.withdraw(member, PostKind.QUESTION, id));
    }

    @PutMapping("/api/answers/{id}/votes")
    @Operation(summary = "Upvote an answer (idempotent)", security = @SecurityRequirement(name = "accessToken"),
            responses = {@ApiResponse(responseCode = "200", description = "Voted; the current count"),
                    @ApiResponse(responseCode = "401", description = "No usable token"),
                    @ApiResponse(responseCode = "403", description = "Your own answer"),
                    @ApiResponse(responseCode = "404", description = "No such answer"),
                    @ApiResponse(responseCode = "429", description = "Voting too fast; see Retry-After")})
    VotesJson upvoteAnswer(@PathVariable long id, @SignedIn Member member) {
        return VotesJson.of(votes.upvote(member, PostKind.ANSWER, id));
    }

    @DeleteMapping("/api/answers/{id}/votes")
    @Operation(summary = "Take back an upvote on an answer (idempotent)", security = @SecurityRequirement(name = "accessToken"),
            responses = {@ApiResponse(responseCode = "200", description = "Not voted; the current count"),
                    @ApiResponse(responseCode = "401", description = "No usable token"),
                    @ApiResponse(responseCode = "403", description = "Your own answer"),
                    @ApiResponse(responseCode = "404", description = "No such answer"),
                    @ApiResponse(responseCode = "429", description = "Voting too fast; see Retry-After")})
    VotesJson withdrawAnswerVote(@PathVariable long id, @SignedIn Member member) {
        return VotesJson.of(votes.withdraw(member, PostKind.ANSWER, id));
    }
}
