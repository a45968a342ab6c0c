package org.roleatlas.system;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Every API error is an RFC 9457 problem detail ({@link ErrorResponses}), so the OpenAPI document says so for every
 * 4xx and 5xx response in one place, instead of each endpoint's annotations repeating the media type.
 */
@Component
class ProblemResponsesInOpenApi implements OpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        response.setContent(new Content().addMediaType(PROBLEM_JSON, new MediaType()));
                    }
                });
            }
        }));
    }
}
