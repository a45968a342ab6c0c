package org.roleatlas.editing.internal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.SignedIn;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.CatalogSnapshot;
import org.roleatlas.catalog.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/roles/{slug}} for editors with a personal access token: the role's new content with a reason, and
 * {@code If-Match} naming the version it is based on (the {@code ETag} of {@code GET /api/roles/{slug}}).
 */
@RestController
@Tag(name = "Catalogue")
record RoleEditApiController(Catalog catalog, RoleEdits edits) {

    /**
     * A role as an editor would have it; a field left out keeps its current content. Links are role names or slugs.
     *
     * @param values   dimension key to text; every dimension of the default framework needs one
     * @param variants dimension key to company-size band ({@code 1-50} ... {@code 10001+}) to text
     * @param reason why (required, up to 300 characters); shown in the role's history
     */
    record RoleInputJson(String title, String abbreviation, List<String> aliases, String family, String summary,
                         Map<String, String> values, List<String> reportsTo, List<String> nextRoles, String reason,
                         Integer level, List<String> sometimesReportsTo, List<String> dottedLineTo,
                         Map<String, Map<String, String>> variants) {

        RoleForm form(Role current, CatalogSnapshot snapshot, String version) {
            RoleForm now = RoleForm.of(RoleText.of(current), snapshot, "", version);
            return new RoleForm(or(title, now.title()), or(abbreviation, now.abbreviation()),
                    aliases == null ? now.aliases() : String.join("\n", aliases), or(family, now.family()),
                    or(summary, now.summary()), values == null ? now.values() : values,
                    reportsTo == null ? now.reportsTo() : reportsTo, nextRoles == null ? now.nextRoles() : nextRoles,
                    reason, version, level == null ? now.level() : Integer.toString(level),
                    sometimesReportsTo == null ? now.sometimesReportsTo() : sometimesReportsTo,
                    dottedLineTo == null ? now.dottedLineTo() : dottedLineTo,
                    variants == null ? now.variants() : RoleForm.flatten(variants));
        }

        private static String or(String given, String current) {
            return given == null ? current : given;
        }
    }

    /** @param revision the revision the save made, on the role's history page */
    record SavedJson(String slug, String version, long revision, String url, String history) {
    }

    @PutMapping("/api/roles/{slug}")
    @Operation(summary = "Change a role (editors)", description = "Needs If-Match with the role's ETag from GET "
            + "/api/roles/{slug}. Fields left out keep their content; reason is required.",
            security = @SecurityRequirement(name = "accessToken"), responses = {
                    @ApiResponse(responseCode = "200", description = "Saved; ETag is the new version"),
                    @ApiResponse(responseCode = "400", description = "Refused fields, each named in errors"),
                    @ApiResponse(responseCode = "403", description = "Not an editor"),
                    @ApiResponse(responseCode = "412", description = "The role changed since that version"),
                    @ApiResponse(responseCode = "428", description = "No If-Match header")})
    ResponseEntity<?> put(@PathVariable String slug, @SignedIn Member member,
                          @RequestHeader(value = "If-Match", required = false) String ifMatch,
                          @RequestBody RoleInputJson input, HttpServletRequest request) {
        Editors.require(member);
        CatalogSnapshot snapshot = catalog.snapshot();
        Role role = RoleEditController.role(snapshot, slug);
        if (ifMatch == null || ifMatch.isBlank()) {
            return problem(HttpStatus.PRECONDITION_REQUIRED, "Precondition required", "Send If-Match with the role's "
                    + "ETag from GET /api/roles/" + slug + ", so that a change made meanwhile is not overwritten.",
                    request, null);
        }
        String version = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            RoleEdits.Saved saved = edits.save(member, slug, input.form(role, snapshot, version));
            return ResponseEntity.ok().eTag("\"" + saved.version() + "\"").body(new SavedJson(slug, saved.version(),
                    saved.revisionId(), "/api/roles/" + slug, "/roles/" + slug + "/history"));
        } catch (EditConflictException e) {
            return problem(HttpStatus.PRECONDITION_FAILED, "Precondition failed", "The role changed since version "
                    + version + "; it is now version " + e.version() + ". GET it again, apply your change and retry.",
                    request, e.version());
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
                                                         HttpServletRequest request, String current) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (current != null) {
            problem.setProperty("currentVersion", current);
            response.eTag("\"" + current + "\"");
        }
        return response.body(problem);
    }
}
