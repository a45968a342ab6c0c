package org.roleatlas.accounts.internal;

import org.springframework.context.ApplicationContext;

/** Personal access tokens for tests that drive the API over HTTP, made the way {@code token create} makes them. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String create(ApplicationContext context, long memberId) {
        return context.getBean(AccessTokens.class).create(memberId, "test");
    }
}
