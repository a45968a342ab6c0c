package org.roleatlas.system;

import java.util.Map;

import org.springframework.stereotype.Component;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

/**
 * Renders the precompiled jte templates under {@code src/main/jte} to UTF-8 bytes. Templates are compiled to
 * Java classes at build time, so rendering is plain method calls and pre-encoded static text.
 */
@Component
public class PageRenderer {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** @param template a path under src/main/jte without the ".jte" suffix, e.g. {@code "compare/page"} */
    public byte[] render(String template, Map<String, Object> params) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(template + ".jte", params, output);
        return output.toByteArray();
    }
}
