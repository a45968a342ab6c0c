package org.roleatlas.system;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

/**
 * Renders the precompiled jte templates under {@code src/main/jte} to UTF-8 bytes. Templates are compiled to
 * Java classes at build time, so rendering is plain method calls and pre-encoded static text. Every template also gets
 * {@code siteBase}, the public address ({@code roleatlas.public-url}, or empty), for the absolute addresses of
 * {@link Sharing}; templates that do not declare it ignore it.
 */
@Component
public class PageRenderer {

    public static final String SITE_BASE = "siteBase";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final String siteBase;

    /** @param publicUrl absent in test slices that render a page without the whole application */
    public PageRenderer(ObjectProvider<PublicUrl> publicUrl) {
        PublicUrl configured = publicUrl.getIfAvailable();
        this.siteBase = configured == null ? "" : configured.base();
    }

    /** @param template a path under src/main/jte without the ".jte" suffix, e.g. {@code "compare/page"} */
    public byte[] render(String template, Map<String, Object> params) {
        Map<String, Object> all = params;
        if (!params.containsKey(SITE_BASE)) {
            all = new HashMap<>(params);
            all.put(SITE_BASE, siteBase);
        }
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(template + ".jte", all, output);
        return output.toByteArray();
    }
}
