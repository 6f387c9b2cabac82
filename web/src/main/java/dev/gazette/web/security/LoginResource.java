package dev.gazette.web.security;

import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The way in for editors and admins. */
@Path("/login")
public class LoginResource {

    @Inject
    SecurityContext securityContext;

    @Inject
    CsrfTokens csrfTokens;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    public View form(@QueryParam("next") String next) {
        csrfTokens.tokenOf(request); // the form needs a session to carry its token
        return View.of("login").with("next", safeNext(next));
    }

    @POST
    public Object login(@FormParam("username") String username, @FormParam("password") String password,
                        @FormParam("next") String next, @FormParam(CsrfTokens.FIELD) String csrf) {
        if (!csrfTokens.isValid(request, csrf)) {
            return View.of("login").with("next", safeNext(next)).status(403)
                    .with("error", "Your login form had expired. Please try again.");
        }
        AuthenticationStatus status = username == null || password == null ? AuthenticationStatus.SEND_FAILURE
                : securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, password)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            View again = View.of("login").with("next", safeNext(next)).with("username", username);
            if (request.getAttribute(GazetteAuthentication.BLOCKED_UNTIL) instanceof Instant until) {
                long seconds = Math.max(1, Duration.between(Instant.now(), until).toSeconds());
                response.setHeader("Retry-After", String.valueOf(seconds));
                return again.status(429).with("error", "Too many failed logins. Try again in " + Waiting.of(seconds)
                        + " (at " + DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").format(until.atZone(ZoneOffset.UTC)) + ").");
            }
            return again.status(401).with("error", "The user name or password is not right, or the account is disabled.");
        }
        request.changeSessionId(); // no session fixation
        SecureSessionCookie.renewOver(request, response);
        return Response.seeOther(URI.create(request.getContextPath() + safeNext(next))).build();
    }

    /** Only a path of this site: a login link must not send the admin elsewhere afterwards. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login")) {
            return "/admin";
        }
        return next;
    }
}
