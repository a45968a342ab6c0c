package org.roleatlas.polls.internal;

import java.util.Optional;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.roleatlas.polls.PollView;
import org.roleatlas.posts.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Polls as JSON. Reading is public; with a token the results are those its member may see (an "after voting" poll
 * shows numbers only to members who voted, until it closes). Voting needs a token.
 */
@RestController
@Tag(name = "Polls")
record PollApiController(PollService polls, PollReads views) {

    /** @param votes null while results are hidden; @param percent a whole number, all options add up to 100 */
    record OptionJson(int index, String label, Integer votes, Integer percent) {
    }

    /** @param group the stored key; withheld groups carry no numbers and no options */
    record GroupJson(String group, String label, boolean withheld, boolean fewerThanFive, Integer total,
                     List<OptionJson> options) {
    }

    record BreakdownJson(List<GroupJson> industry, List<GroupJson> companySize, List<GroupJson> roleFamily) {
    }

    /**
     * @param breakdown null while results are hidden; @param viewerOption the caller's own choice, if they voted
     * @param uncounted ballots cast but not yet in {@code total} and the percentages: an open poll of fewer than 100
     *                  ballots counts them in steps of 5 (null while results are hidden)
     */
    record PollJson(long id, long questionId, List<OptionJson> options, Integer total, BreakdownJson breakdown,
                    @Schema(allowableValues = {"always", "after-voting"}) String resultsVisibility,
                    Instant closesAt, boolean closed, boolean resultsVisible, boolean viewerHasVoted,
                    Integer viewerOption, Integer uncounted) {
    }

    /** @param option the index of the chosen option, from 0 */
    record BallotJson(Integer option) {
    }

    @GetMapping("/api/polls/{id}")
    @Operation(summary = "A poll's results as the caller may see them",
            description = "Options with votes and whole-number percentages, the total, and the breakdown by voters' "
                    + "industry, company size and role family; groups of fewer than 5 voters are withheld. For an "
                    + "after-voting poll every number is null until the caller (by token) has voted or the poll closed.",
            responses = {@ApiResponse(responseCode = "200", description = "The poll"),
                    @ApiResponse(responseCode = "401", description = "A token was sent but is not usable"),
                    @ApiResponse(responseCode = "404", description = "No such poll, or its question was deleted")})
    PollJson poll(@PathVariable long id, @SignedIn Optional<Member> viewer) {
        return json(views.poll(id, Viewer.of(viewer)));
    }

    @PostMapping("/api/polls/{id}/votes")
    @Operation(summary = "Vote in a poll, once", description = "The results as the caller now sees them come back.",
            security = @SecurityRequirement(name = "accessToken"),
            responses = {@ApiResponse(responseCode = "201", description = "Voted; Location names the poll"),
                    @ApiResponse(responseCode = "400", description = "option is missing or not one of the poll's"),
                    @ApiResponse(responseCode = "401", description = "No usable token"),
                    @ApiResponse(responseCode = "403", description = "The account cannot vote"),
                    @ApiResponse(responseCode = "404", description = "No such poll"),
                    @ApiResponse(responseCode = "409", description = "Already voted, or the poll has closed"),
                    @ApiResponse(responseCode = "429", description = "Voting too fast; see Retry-After")})
    ResponseEntity<PollJson> vote(@PathVariable long id, @SignedIn Member voter, @RequestBody BallotJson ballot) {
        polls.vote(voter, id, ballot.option());
        return ResponseEntity.created(URI.create("/api/polls/" + id)).body(json(views.poll(id, Viewer.of(voter))));
    }

    private static PollJson json(PollView view) {
        BreakdownJson breakdown = view.visible() ? new BreakdownJson(groups(view, "industry"),
                groups(view, "companySize"), groups(view, "roleFamily")) : null;
        Integer viewerOption = view.options().stream().filter(PollView.Choice::chosen).map(PollView.Choice::index)
                .findFirst().orElse(null);
        return new PollJson(view.id(), view.questionId(), options(view.options()), view.total(), breakdown,
                view.visibility(), view.closesAt(), view.closed(), view.visible(), view.voted(), viewerOption,
                view.uncounted());
    }

    private static List<GroupJson> groups(PollView view, String trait) {
        return view.breakdown().stream().filter(t -> t.trait().equals(trait)).findFirst().orElseThrow().rows().stream()
                .map(r -> new GroupJson(r.group(), r.label(), r.withheld(), r.fewerThanFive(), r.total(),
                        options(r.options())))
                .toList();
    }

    private static List<OptionJson> options(List<PollView.Choice> choices) {
        return choices.stream().map(c -> new OptionJson(c.index(), c.label(), c.votes(), c.percent())).toList();
    }
}
