package org.roleatlas.accounts.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt through the delegating encoder: hashes read {@code {bcrypt}...}, so a later, stronger algorithm can be
 * introduced without invalidating stored hashes. Needed by the command line too, hence not in the web config.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
