package dev.gazette.web.security;

import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The session cookie is marked Secure when the login came over HTTPS. web.xml cannot say "Secure over HTTPS only"
 * (the same EAR also serves plain HTTP on a developer's machine), so the logged-in session's cookie is sent again
 * with the flag, replacing the one the container set. Over HTTP nothing changes.
 */
final class SecureSessionCookie {

    private SecureSessionCookie() {
    }

    static void renewOver(HttpServletRequest request, HttpServletResponse response) {
        if (!request.isSecure() || request.getSession(false) == null) {
            return;
        }
        SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
        Cookie cookie = new Cookie(config.getName() == null ? "JSESSIONID" : config.getName(), request.getSession().getId());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
