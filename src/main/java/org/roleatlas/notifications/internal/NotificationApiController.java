package org.roleatlas.notifications.internal;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.roleatlas.system.errors.InvalidFieldsException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The token's member's notifications as JSON, and marking them read. Both need a personal access token. */
@RestController
@Tag(name = "Notifications")
class NotificationApiController {

    @Schema(description = "One notification. text never names the author of an anonymous post.")
    record NotificationJson(long id,
                            @Schema(description = "answer, comment, mention, following, moderation or flag") String kind,
                            String text,
                            @Schema(description = "the page and anchor it is about, e.g. /questions/12#answer-30") String url,
                            Instant createdAt, boolean read) {
    }

    /** @param nextPage null on the last page */
    record NotificationListJson(List<NotificationJson> notifications, int page, Integer nextPage, int unread) {
    }

    @Schema(description = "Either ids (the notifications to mark read) or all: true")
    record ReadJson(List<Long> ids, Boolean all) {
    }

    record UnreadJson(int unread) {
    }

    private final Inbox inbox;

    NotificationApiController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/notifications")
    @Operation(summary = "Your notifications, newest first, 20 a page", security = @SecurityRequirement(name = "accessToken"),
            responses = {@ApiResponse(responseCode = "200", description = "The notifications and the unread count"),
                    @ApiResponse(responseCode = "400", description = "A page outside 1 to 10,000; errors names page"),
                    @ApiResponse(responseCode = "401", description = "No usable token")})
    NotificationListJson list(@Parameter(description = "1 to 10,000") @RequestParam(defaultValue = "1") int page,
                              @SignedIn Member member) {
        InboxPage shown = inbox.page(member, page);
        return new NotificationListJson(shown.items().stream().map(n -> new NotificationJson(n.id(), n.kind().key(),
                n.text(), n.link(), n.createdAt(), !n.unread())).toList(), shown.number(), shown.nextPage(),
                shown.unread());
    }

    @PostMapping("/api/notifications/read")
    @Operation(summary = "Mark notifications read", description = "{\"ids\": [12, 13]} or {\"all\": true}; ids "
            + "that are not yours are left alone.", security = @SecurityRequirement(name = "accessToken"),
            responses = {@ApiResponse(responseCode = "200", description = "The unread count after marking"),
                    @ApiResponse(responseCode = "400", description = "Neither ids nor all; errors names ids"),
                    @ApiResponse(responseCode = "401", description = "No usable token")})
    UnreadJson read(@RequestBody ReadJson json, @SignedIn Member member) {
        if (Boolean.TRUE.equals(json.all())) {
            return new UnreadJson(inbox.markAllRead(member));
        }
        if (json.ids() == null || json.ids().isEmpty() || json.ids().size() > 1000 || json.ids().contains(null)) {
            throw new InvalidFieldsException("ids", "ids: 1 to 1,000 notification ids, or \"all\": true.");
        }
        return new UnreadJson(inbox.markRead(member, json.ids()));
    }
}
