package org.roleatlas.system.errors;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Every API error is an RFC 9457 problem detail ({@link ErrorResponses}), so the OpenAPI document says so for every
 * 4xx and 5xx response in one place, instead of each endpoint's annotations repeating the media type. A 400 may
 * carry {@code errors}, each refused field mapped to its message ({@link InvalidFieldsException}).
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
                        response.setContent(new Content().addMediaType(PROBLEM_JSON,
                                new MediaType().schema(code.equals("400") ? badRequest() : problem())));
                    }
                });
            }
        }));
    }

    /** RFC 9457 members every problem has. */
    static Schema<?> problem() {
        return new ObjectSchema()
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema());
    }

    /** A 400 also names each refused field; more than {@value InvalidFieldsException#MAX_ERRORS} are summed up. */
    static Schema<?> badRequest() {
        Schema<?> errors = new ObjectSchema()
                .description("Each refused field and its message, e.g. {\"title\": \"Title: 1 to 200 characters\"}; "
                        + "at most " + InvalidFieldsException.MAX_ERRORS + ", then \"" + InvalidFieldsException.MORE
                        + "\": \"and N more problems\"")
                .additionalProperties(new StringSchema());
        return problem().addProperty("errors", errors);
    }
}
