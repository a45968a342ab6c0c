package org.roleatlas.accounts.internal;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/** Declares the bearer scheme of personal access tokens in the OpenAPI document. */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = OpenApiConfig.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "ra_<base64url>", description = "A personal access token from /me or `token create`.")
class OpenApiConfig {

    static final String BEARER = "accessToken";
}
