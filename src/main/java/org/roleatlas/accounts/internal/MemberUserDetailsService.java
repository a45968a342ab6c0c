package org.roleatlas.accounts.internal;

import java.util.List;

import org.roleatlas.accounts.Member;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks members up for form sign-in; a suspended member is a disabled user, so sign-in fails for them. */
@Service
record MemberUserDetailsService(MemberRepository members) implements UserDetailsService {

    @Override
    public UserDetails loadUserByUsername(String username) {
        MemberRepository.Credentials found = members.findByUsername(MemberRules.normalizeUsername(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown member"));
        return user(found.member(), found.passwordHash());
    }

    static MemberUser user(Member member, String passwordHash) {
        return new MemberUser(member.id(), member.username(), passwordHash, member.active(), authorities(member));
    }

    static List<GrantedAuthority> authorities(Member member) {
        return member.authorities().stream()
                .<GrantedAuthority>map(a -> new SimpleGrantedAuthority("ROLE_" + a.name())).toList();
    }
}
