package dev.gazette.web.views;

import dev.gazette.web.assets.Assets;
import dev.gazette.web.security.CsrfTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;

/** Values every page shows: who is logged in and whether an admin, the form token, where the reader is. */
@ApplicationScoped
public class RequestValues {

    @Inject
    CsrfTokens csrfTokens;

    @Inject
    Assets assets;

    public Map<String, Object> of(HttpServletRequest request) {
        Map<String, Object> values = new HashMap<>();
        values.put("user", request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName());
        values.put("isAdmin", request.isUserInRole("admin"));
        values.put("path", request.getRequestURI());
        values.put("assets", assets);
        if (request.getUserPrincipal() != null || request.getSession(false) != null) {
            values.put("csrf", csrfTokens.tokenOf(request));
        }
        return values;
    }
}
