package org.roleatlas.accounts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.roleatlas.accounts.Member;
import org.roleatlas.accounts.Members;
import org.roleatlas.accounts.Signature;
import org.roleatlas.accounts.internal.names.ConfusableNames;
import org.roleatlas.catalog.Catalog;
import org.roleatlas.catalog.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates members, edits profiles and answers {@link Members} for the other modules. */
@Service
record MemberService(MemberRepository members, PasswordEncoder encoder, Catalog catalog,
                     TransactionTemplate transaction, java.time.Clock clock) implements Members {

    @Override
    public Optional<String> verifiedEmail(long memberId) {
        return members.verifiedEmail(memberId);
    }

    @Override
    public Optional<Member> find(long id) {
        return members.findById(id).map(MemberRepository.Credentials::member);
    }

    @Override
    public Map<Long, Member> findAll(Collection<Long> ids) {
        return members.findAllById(ids);
    }

    @Override
    public Optional<Member> findByUsername(String username) {
        return members.findByUsername(username).map(MemberRepository.Credentials::member);
    }

    @Override
    public Signature signature(Member member) {
        String title = member.jobTitle();
        if (title == null && member.roleSlug() != null) {
            title = catalog.snapshot().role(member.roleSlug()).map(Role::title).orElse(null);
        }
        return new Signature(title, member.industry() == null ? null : member.industry().label(),
                member.companySize() == null ? null : member.companySize().label(),
                member.displayName() != null ? member.displayName() : member.username(), member.username());
    }

    @Override
    public Signature anonymousSignature(Member member) {
        String family = member.roleSlug() == null ? null : catalog.snapshot().role(member.roleSlug())
                .map(role -> catalog.snapshot().familyLabel(role.familyKey())).orElse(null);
        return Signature.ofAnonymous(family, member.industry() == null ? null : member.industry().label(),
                member.companySize() == null ? null : member.companySize().anonymousBand());
    }

    /**
     * Creates all the members or none (a unique-username race loses with an exception and rolls back).
     *
     * @return false if one of the usernames is already taken (nothing was created)
     */
    boolean create(List<NewMember> newMembers) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            for (NewMember m : newMembers) {
                if (members.exists(m.username())) {
                    status.setRollbackOnly();
                    return false;
                }
                members.insert(m, encoder.encode(m.password()));
            }
            return true;
        }));
    }

    /**
     * Creates one member and, in the same transaction, whatever else {@code then} does with the new id (a rollback
     * undoes both). A taken address loses with {@link org.springframework.dao.DuplicateKeyException}.
     *
     * @return the new member's id; empty if the username is taken (nothing was written)
     */
    java.util.OptionalLong signUp(NewMember member, java.util.function.LongConsumer then) {
        return transaction.execute(status -> {
            if (members.exists(member.username())) {
                return java.util.OptionalLong.empty();
            }
            long id = members.insert(member, encoder.encode(member.password()));
            then.accept(id);
            return java.util.OptionalLong.of(id);
        });
    }

    /** The principal of a session signed in as this member. */
    Optional<MemberUser> principal(long id) {
        return members.findById(id).map(c -> MemberUserDetailsService.user(c.member(), c.passwordHash()));
    }

    @Override
    public boolean setSuspended(long memberId, boolean suspended) {
        return members.setStatus(memberId, !suspended);
    }

    /** The reason the sign-up and profile forms show beside the display name. */
    static final String IMITATION = "too like the name of another member; choose one that cannot be mistaken for theirs";

    /**
     * Refuses a display name that a reader could take for another member's username or display name (see
     * {@link ConfusableNames}).
     *
     * @param memberId the member choosing the name (their own names do not count), or null at sign-up
     */
    void checkDisplayName(String displayName, Long memberId, FieldErrors errors) {
        if (displayName == null || displayName.isBlank()) {
            return;
        }
        if (ConfusableNames.imitates(displayName, members.namesOtherThan(memberId))) {
            errors.reject("displayName", "Display name", IMITATION);
        }
    }

    boolean exists(String username) {
        return members.exists(MemberRules.normalizeUsername(username));
    }

    void updateProfile(long memberId, Profile profile) {
        members.updateProfile(memberId, profile, clock.instant());
    }

    @Override
    public java.time.Instant traitsSettledAt(Member member) {
        return members.traitsSettledAt(member.id());
    }
}
