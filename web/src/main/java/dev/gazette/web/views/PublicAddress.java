package dev.gazette.web.views;

import dev.gazette.persistence.settings.Settings;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The portal's address as readers reach it, for what must carry absolute links (feeds, sitemaps, canonical and
 * sharing metadata): {@code gazette.site.url} when set (behind a proxy or a TLS terminator), else the address this
 * request came to.
 */
public final class PublicAddress {

    private PublicAddress() {
    }

    /** Scheme, host, port if not the default, and context path, without a trailing slash. */
    public static String of(HttpServletRequest request) {
        return Settings.get("gazette.site.url").map(url -> url.replaceFirst("/+$", "")).orElseGet(() -> {
            String scheme = request.getScheme();
            int port = request.getServerPort();
            boolean usual = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + request.getServerName() + (usual ? "" : ":" + port) + request.getContextPath();
        });
    }
}
