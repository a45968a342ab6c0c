package org.roleatlas.accounts.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.Signature;
import org.roleatlas.system.errors.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Members")
class MeApiController {

    /**
     * The token's member. {@code title}, {@code industry} and {@code companySize} are the signature fields as
     * posts show them (labels); {@code industryKey} and {@code companySizeKey} are the stable keys.
     */
    record MeJson(String username, String displayName, String jobTitle, String role, String title, String industry,
                  String industryKey, String companySize, String companySizeKey, String signature) {
    }

    private final MemberService members;

    MeApiController(MemberService members) {
        this.members = members;
    }

    @GetMapping("/api/me")
    @Operation(summary = "The member the access token belongs to: profile and signature",
            description = "Needs Authorization: Bearer ra_... (create a token on /me or with `token create`). "
                    + "Without a usable token: 401 problem details.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The member"),
                    @ApiResponse(responseCode = "401", description = "No token, or an unknown or revoked one")})
    ResponseEntity<MeJson> me(@AuthenticationPrincipal MemberUser user) {
        Member m = members.find(user.memberId()).orElseThrow(() -> new NotFoundException("This account no longer exists."));
        Signature s = members.signature(m);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new MeJson(m.username(), m.displayName(), m.jobTitle(), m.roleSlug(), s.title(), s.industry(),
                        m.industry() == null ? null : m.industry().key(), s.companySize(),
                        m.companySize() == null ? null : m.companySize().key(), s.text()));
    }
}
