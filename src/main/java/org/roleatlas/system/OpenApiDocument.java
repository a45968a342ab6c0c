package org.roleatlas.system;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title, version and server. The server is the configured public address
 * ({@code roleatlas.public-url}) or, without one, the relative {@code /}: it is never taken from the request's
 * {@code Host} header, which a client chooses.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    @Bean
    OpenAPI roleAtlasOpenApi(PublicUrl publicUrl, ObjectProvider<BuildProperties> build) {
        return new OpenAPI()
                .info(new Info().title("RoleAtlas").version(version(build.getIfAvailable()))
                        .description("Define, compare and discuss technology roles: the role catalogue, comparisons, "
                                + "the community, articles and search. Errors are RFC 9457 problem details.")
                        .license(new License().name("Apache License 2.0")
                                .url("https://www.apache.org/licenses/LICENSE-2.0")))
                .servers(List.of(new Server().url(publicUrl.base().isEmpty() ? "/" : publicUrl.base())));
    }

    /** The build's version (META-INF/build-info.properties, written by the build), else the jar manifest's. */
    static String version(BuildProperties build) {
        if (build != null && build.getVersion() != null) {
            return build.getVersion();
        }
        String version = OpenApiDocument.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
