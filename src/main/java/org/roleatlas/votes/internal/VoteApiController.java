package org.roleatlas.votes.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
record VoteApiController(VoteService votes) {

    /** @param votes the post's count after the request; @param voted whether the caller's vote is on it now */
    record VotesJson(int votes, boolean voted) {
        static VotesJson of(VoteService.Tally tally) {
            return new VotesJson(tally.votes(), tally.voted());
        }
    }

    @PutMapping("/api/{kind:questions|answers}/{id}/votes")
    @Operation(summary = "Upvote a question or an answer (idempotent)", security = @SecurityRequirement(name = "accessToken"),
            responses = @ApiResponse(responseCode = "200", description = "Voted; the current count"))
    @VoteResponses
    VotesJson upvote(@PathVariable @Parameter(description = "questions or answers") String kind,
                     @PathVariable long id, @SignedIn Member member) {
        return VotesJson.of(votes.upvote(member, PostKind.of(kind), id));
    }

    @DeleteMapping("/api/{kind:questions|answers}/{id}/votes")
    @Operation(summary = "Take back an upvote on a question or an answer (idempotent)",
            security = @SecurityRequirement(name = "accessToken"),
            responses = @ApiResponse(responseCode = "200", description = "Not voted; the current count"))
    @VoteResponses
    VotesJson withdraw(@PathVariable @Parameter(description = "questions or answers") String kind,
                       @PathVariable long id, @SignedIn Member member) {
        return VotesJson.of(votes.withdraw(member, PostKind.of(kind), id));
    }

    /** The refusals both vote requests share. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "401", description = "No usable token")
    @ApiResponse(responseCode = "403", description = "Your own post")
    @ApiResponse(responseCode = "404", description = "No such question or answer")
    @ApiResponse(responseCode = "429", description = "Voting too fast; see Retry-After")
    @interface VoteResponses {
    }
}
