/**
 * Members and how they prove who they are: the {@code member}, {@code member_authority} and {@code access_token}
 * tables; sign-up, sign-in and sign-out (Spring Security, sessions, CSRF); the profile page {@code /me} with its
 * personal access tokens; bearer-token authentication of {@code /api/**} and {@code GET /api/me}; the
 * {@code member} and {@code token} commands. Other modules see members through {@link org.roleatlas.accounts.Members}
 * and sign posts with a {@link org.roleatlas.accounts.Signature}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.roleatlas.accounts;
