package org.roleatlas.moderation.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.roleatlas.posts.PostKind;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Flags and moderation as JSON, with a personal access token. {@code kind} in a path is questions, answers or
 * comments. Every moderation endpoint answers 403 to a member who is not a moderator.
 */
@RestController
@Tag(name = "Moderation")
record ModerationApiController(FlagService flags, ModerationService moderation, ModerationQueue queue) {

    /** @param reason spam, abusive, off-topic or other; @param note optional, up to 500 characters */
    record FlagJson(String reason, String note) {
    }

    /** @param created false when you had already flagged this post (your first flag stands) */
    record FlaggedJson(String kind, long id, boolean created) {
    }

    record ReasonJson(String reason) {
    }

    /** @param moderation visible, held or hidden: the post's state after the action */
    record PostStateJson(String kind, long id, String moderation) {
    }

    record MemberStateJson(String username, boolean suspended) {
    }

    @PostMapping("/api/{kind:questions|answers|comments}/{id}/flags")
    @Operation(summary = "Flag a question, answer or comment for moderators",
            description = "Once per post; not your own. reason: spam, abusive, off-topic or other.",
            security = @SecurityRequirement(name = "accessToken"), responses = {
                    @ApiResponse(responseCode = "201", description = "Flagged"),
                    @ApiResponse(responseCode = "200", description = "You had already flagged it; nothing changed"),
                    @ApiResponse(responseCode = "400", description = "Reason or note refused; errors names each field"),
                    @ApiResponse(responseCode = "401", description = "No usable token"),
                    @ApiResponse(responseCode = "403", description = "Your own post, or you are suspended"),
                    @ApiResponse(responseCode = "404", description = "No such post"),
                    @ApiResponse(responseCode = "429", description = "Flagging too fast; see Retry-After")})
    ResponseEntity<FlaggedJson> flag(@PathVariable String kind, @PathVariable long id, @SignedIn Member member,
                                     @RequestBody FlagJson json) {
        FlagService.Flagged flagged = flags.flag(member, PostKind.of(kind), id, json.reason(), json.note());
        FlaggedJson body = new FlaggedJson(flagged.post().kind().table(), id, flagged.created());
        return flagged.created() ? ResponseEntity.created(URI.create("/api/" + kind + "/" + id)).body(body)
                : ResponseEntity.ok(body);
    }

    @GetMapping("/api/moderation/queue")
    @Operation(summary = "The moderation queue: flagged posts (most flags first), held posts and recent actions",
            security = @SecurityRequirement(name = "accessToken"), responses = {
                    @ApiResponse(responseCode = "200", description = "The queue"),
                    @ApiResponse(responseCode = "401", description = "No usable token"),
                    @ApiResponse(responseCode = "403", description = "Not a moderator")})
    ModerationViews.Queue queue(@SignedIn Member member) {
        return queue.queue(member);
    }

    @PostMapping("/api/moderation/{kind:questions|answers|comments}/{id}/{decision:hide|unhide}")
    @Operation(summary = "Hide a post from everyone but its author and moderators, or show a hidden post again "
            + "(reason required)", security = @SecurityRequirement(name = "accessToken"), responses = {
                    @ApiResponse(responseCode = "200", description = "Hidden, or visible again"),
                    @ApiResponse(responseCode = "400", description = "No reason, already hidden, or not hidden")})
    @ModeratorResponses
    PostStateJson hideOrUnhide(@PathVariable String kind, @PathVariable long id,
                               @PathVariable @Parameter(description = "hide or unhide") String decision,
                               @SignedIn Member member, @RequestBody ReasonJson json) {
        return decide(kind, id, ModerationService.Decision.of(decision), member, json.reason());
    }

    @PostMapping("/api/moderation/{kind:questions|answers|comments}/{id}/approve")
    @Operation(summary = "Approve a post held for review", security = @SecurityRequirement(name = "accessToken"),
            responses = {@ApiResponse(responseCode = "200", description = "Visible"),
                    @ApiResponse(responseCode = "400", description = "Not awaiting review")})
    @ModeratorResponses
    PostStateJson approve(@PathVariable String kind, @PathVariable long id, @SignedIn Member member) {
        return decide(kind, id, ModerationService.Decision.APPROVE, member, null);
    }

    @PostMapping("/api/moderation/{kind:questions|answers|comments}/{id}/dismiss")
    @Operation(summary = "Dismiss a post's open flags and leave the post as it is",
            security = @SecurityRequirement(name = "accessToken"), responses = {
                    @ApiResponse(responseCode = "200", description = "Flags dismissed"),
                    @ApiResponse(responseCode = "400", description = "No open flags")})
    @ModeratorResponses
    PostStateJson dismiss(@PathVariable String kind, @PathVariable long id, @SignedIn Member member,
                          @RequestBody(required = false) ReasonJson json) {
        ModeratedPost post = moderation.dismiss(member, PostKind.of(kind), id,
                json == null ? null : json.reason());
        return state(post, post.moderation().key());
    }

    @PostMapping("/api/moderation/members/{username}/{action:suspend|unsuspend}")
    @Operation(summary = "Suspend a member (no sign-in, posting, voting, flagging or tokens), or lift a suspension "
            + "(reason required)", security = @SecurityRequirement(name = "accessToken"), responses = {
                    @ApiResponse(responseCode = "200", description = "Suspended, or active again"),
                    @ApiResponse(responseCode = "400", description = "No reason, already suspended, or not suspended"),
                    @ApiResponse(responseCode = "401", description = "No usable token"),
                    @ApiResponse(responseCode = "403", description = "Not a moderator, or suspending yourself"),
                    @ApiResponse(responseCode = "404", description = "No such member")})
    MemberStateJson suspend(@PathVariable String username,
                            @PathVariable @Parameter(description = "suspend or unsuspend") String action,
                            @SignedIn Member member, @RequestBody ReasonJson json) {
        boolean suspended = action.equals("suspend");
        moderation.suspend(member, username, suspended, json.reason());
        return new MemberStateJson(username, suspended);
    }

    private PostStateJson decide(String kind, long id, ModerationService.Decision decision, Member member,
                                 String reason) {
        ModeratedPost post = moderation.decide(member, decision, PostKind.of(kind), id, reason);
        return state(post, decision.to().key());
    }

    private static PostStateJson state(ModeratedPost post, String moderation) {
        return new PostStateJson(post.kind().table(), post.id(), moderation);
    }

    /** What every moderator action on a post may be refused with, besides its own 400. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "401", description = "No usable token")
    @ApiResponse(responseCode = "403", description = "Not a moderator")
    @ApiResponse(responseCode = "404", description = "No such post")
    @interface ModeratorResponses {
    }
}
