package org.roleatlas.system.backup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The backup endpoint is called by the {@code backup} command, with the secret from the data directory in the
 * request's body: no session, no cookie, so nothing a forged cross-site request could borrow and no CSRF token to
 * ask for. It exists on the management port only (on the HTTP port the path is not found).
 */
@Configuration(proxyBeanMethods = false)
class BackupSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain backupWithoutSession(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/backup")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .build();
    }
}
