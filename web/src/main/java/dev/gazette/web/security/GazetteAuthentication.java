package dev.gazette.web.security;

import dev.gazette.domain.accounts.Account;
import dev.gazette.persistence.accounts.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import dev.gazette.web.errors.Problems;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Jakarta Security allows one mechanism per application, and Gazette needs two ways in: a login form for people
 * (the session remembers them) and HTTP Basic for scripts calling the API. This mechanism does both. A session
 * holds only who logged in ({@link SessionLogin}); the account is read again on every request, so that disabling
 * it, changing its role or its password takes effect at once. The API never answers with a Basic challenge: a
 * browser would ask for a password and then send it with every request, from any page, without a token.
 */
@ApplicationScoped
public class GazetteAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login";
    /** Request attribute: until when logins are refused, for the login page to say. */
    public static final String BLOCKED_UNTIL = GazetteAuthentication.class.getName() + ".blockedUntil";
    private static final String BASIC = "Basic ";

    @Inject
    Logins logins;

    @Inject
    Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basic(authorization.substring(BASIC.length()).strip(), request, context);
        }
        Credential fromLoginForm = context.getAuthParameters().getCredential();
        if (fromLoginForm instanceof UsernamePasswordCredential credential) {
            return loginForm(credential, request, context);
        }
        Optional<Account> fromSession = SessionLogin.of(request).flatMap(login -> login.account(accounts));
        if (fromSession.isPresent()) {
            return loggedIn(fromSession.get(), context);
        }
        SessionLogin.forget(request);
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ApiAnswers.unauthorized(context);
        }
        String next = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    private AuthenticationStatus loginForm(UsernamePasswordCredential credential, HttpServletRequest request,
                                           HttpMessageContext context) {
        Login login = logins.attempt(credential.getCaller(), credential.getPasswordAsString(), ClientAddress.of(request));
        if (login instanceof Login.Valid valid) {
            HttpSession session = request.getSession(true);
            SessionLogin.remember(session, valid.account());
            return loggedIn(valid.account(), context);
        }
        if (login instanceof Login.Blocked blocked) {
            request.setAttribute(BLOCKED_UNTIL, blocked.until());
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return ApiAnswers.unauthorized(context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return ApiAnswers.unauthorized(context);
        }
        Login login = logins.attempt(decoded.substring(0, colon), decoded.substring(colon + 1), ClientAddress.of(request));
        if (login instanceof Login.Valid valid) {
            return loggedIn(valid.account(), context);
        }
        if (login instanceof Login.Blocked blocked) {
            return ApiAnswers.tooManyFailures(context, blocked.until());
        }
        return ApiAnswers.unauthorized(context);
    }

    private static AuthenticationStatus loggedIn(Account account, HttpMessageContext context) {
        return context.notifyContainerAboutLogin(account.username(), Set.of(account.role().roleName()));
    }

    /** Answers of the API to a request it cannot let in, as JSON like its other errors. */
    static final class ApiAnswers {

        private ApiAnswers() {
        }

        static AuthenticationStatus unauthorized(HttpMessageContext context) {
            // Not "Basic": that scheme makes a browser prompt for a password (see the class comment).
            context.getResponse().setHeader("WWW-Authenticate", "Gazette realm=\"Gazette API\"");
            return send(context, 401, "Send the user name and password of a Gazette account with"
                    + " HTTP Basic authentication (Authorization: Basic ...), or log in to the admin pages.");
        }

        static AuthenticationStatus tooManyFailures(HttpMessageContext context, java.time.Instant until) {
            long seconds = Math.max(1, java.time.Duration.between(java.time.Instant.now(), until).toSeconds());
            context.getResponse().setHeader("Retry-After", String.valueOf(seconds));
            return send(context, 429, "Too many failed logins for this account or from this"
                    + " address. Try again in " + Waiting.of(seconds) + " (at " + until + ").");
        }

        /** The container answers a refusal with its error page (ErrorServlet), which shows this message. */
        private static AuthenticationStatus send(HttpMessageContext context, int status, String message) {
            context.getRequest().setAttribute(Problems.MESSAGE, message);
            try {
                context.getResponse().sendError(status);
            } catch (IOException clientGone) {
                // nothing to tell a client that left
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }
}
