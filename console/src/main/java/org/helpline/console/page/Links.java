package org.helpline.console.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.quarkus.qute.TemplateExtension;

/** Values put into a link's path or query, where HTML escaping is not enough. */
public final class Links {

    private Links() {
    }

    /** {@code {value.inLink}}: percent-encoded for a query parameter or a path segment. */
    @TemplateExtension
    static String inLink(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
