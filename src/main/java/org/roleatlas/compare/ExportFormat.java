package org.roleatlas.compare;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.http.MediaType;

/** The formats a comparison can be downloaded in, by URL extension or Accept header. */
public enum ExportFormat {
    MARKDOWN("md", new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8)),
    CSV("csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)),
    JSON("json", MediaType.APPLICATION_JSON);

    private final String extension;
    private final MediaType mediaType;

    ExportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    static Optional<ExportFormat> fromExtension(String path) {
        return Arrays.stream(values()).filter(f -> path.endsWith("." + f.extension)).findFirst();
    }

    /** The first export format the Accept header asks for explicitly; browsers' "*&#47;*" does not count. */
    static Optional<ExportFormat> fromAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.empty();
        }
        for (MediaType type : MediaType.parseMediaTypes(accept)) {
            if (type.isWildcardType() || type.isWildcardSubtype() || type.includes(MediaType.TEXT_HTML)) {
                return Optional.empty();
            }
            for (ExportFormat format : values()) {
                if (format.mediaType.isCompatibleWith(type)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
