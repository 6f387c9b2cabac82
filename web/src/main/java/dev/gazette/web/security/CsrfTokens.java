package dev.gazette.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One random token per session, put in every form and checked on every form post, so that a page on another site
 * cannot make a logged-in admin's browser post to Gazette.
 */
@ApplicationScoped
public class CsrfTokens {

    public static final String FIELD = "_csrf";
    private static final String ATTRIBUTE = CsrfTokens.class.getName();
    private final SecureRandom random = new SecureRandom();

    public String tokenOf(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, token);
        }
        return (String) token;
    }

    public boolean isValid(HttpServletRequest request, String submitted) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        return expected != null && submitted != null && MessageDigest.isEqual(
                expected.toString().getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }
}
