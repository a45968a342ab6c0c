package org.roleatlas.accounts.internal;

import org.roleatlas.accounts.Member;

/** The profile form as submitted (industry and company size by key); public for the templates. */
public record ProfileForm(String displayName, String jobTitle, String role, String industry, String companySize) {

    static ProfileForm of(Member member) {
        return new ProfileForm(member.displayName(), member.jobTitle(), member.roleSlug(),
                member.industry() == null ? null : member.industry().key(),
                member.companySize() == null ? null : member.companySize().key());
    }
}
