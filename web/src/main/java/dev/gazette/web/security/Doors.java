package dev.gazette.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * What every response says about itself, and the API's door for browsers. Every page forbids inline script and
 * style, framing and sniffing; admin pages are never cached. A write through the API with a session (a logged-in
 * browser, not a script with Basic credentials) needs the session's token in {@link #TOKEN_HEADER}: without it, a
 * page on another site could make an editor's browser post to the API.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class Doors extends HttpFilter {

    public static final String TOKEN_HEADER = "X-CSRF-Token";
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CsrfTokens csrfTokens;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/admin") || path.startsWith("/login") || path.startsWith("/logout")) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (path.startsWith("/api/") && !SAFE.contains(request.getMethod()) && request.getHeader("Authorization") == null
                && !csrfTokens.isValid(request, request.getHeader(TOKEN_HEADER))) {
            response.setStatus(403);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(jakarta.json.Json.createObjectBuilder().add("status", 403)
                    .add("error", "Forbidden").add("message", "A write through the API from a logged-in browser needs"
                            + " the page's token in the " + TOKEN_HEADER + " header; scripts use HTTP Basic instead.")
                    .build().toString());
            return;
        }
        chain.doFilter(request, response);
    }
}
