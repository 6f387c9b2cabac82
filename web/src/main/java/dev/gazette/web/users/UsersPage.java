package dev.gazette.web.users;

import dev.gazette.domain.accounts.Account;
import dev.gazette.persistence.accounts.Accounts;
import dev.gazette.web.security.CsrfTokens;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The admin's page of accounts: who may log in, as what; create one, change a role, disable, reset a password. */
@Path("/admin/users")
public class UsersPage {

    @Inject
    Accounts accounts;

    @Inject
    Users users;

    @Inject
    CsrfTokens csrfTokens;

    @Context
    HttpServletRequest request;

    @GET
    public View list(@QueryParam("done") String done) {
        return list(Map.of(), Map.of(), 200).with("done", done);
    }

    @POST
    public Object create(@FormParam("username") String username, @FormParam("role") String role,
                         @FormParam("password") String password, @FormParam(CsrfTokens.FIELD) String csrf) {
        Map<String, String> typed = Map.of("username", username == null ? "" : username, "role", role == null ? "" : role);
        if (!csrfTokens.isValid(request, csrf)) {
            return list(Map.of("form", "This form had expired. Please check it and try again."), typed, 403);
        }
        try {
            Account account = users.create(request, username, role, password);
            return done("Created the account " + account.username() + " (" + account.role().roleName() + ").");
        } catch (Users.Refused refused) {
            return list(refused.errors(), typed, 400);
        }
    }

    @GET
    @Path("{name}")
    public View one(@PathParam("name") String name) {
        return one(account(name), Map.of(), 200);
    }

    @POST
    @Path("{name}")
    public Object change(@PathParam("name") String name, @FormParam("action") String action,
                         @FormParam("role") String role, @FormParam("password") String password,
                         @FormParam(CsrfTokens.FIELD) String csrf) {
        Account account = account(name);
        if (!csrfTokens.isValid(request, csrf)) {
            return one(account, Map.of("account", "This form had expired. Please try again."), 403);
        }
        try {
            switch (action == null ? "" : action) {
                case "role" -> users.change(request, name, role, null, null);
                case "disable" -> users.change(request, name, null, true, null);
                case "enable" -> users.change(request, name, null, false, null);
                case "password" -> users.change(request, name, null, null, password == null ? "" : password);
                default -> {
                    return one(account, Map.of("account", "Choose what to change."), 400);
                }
            }
            return done("Changed the account " + name + ".");
        } catch (Users.Refused refused) {
            return one(account, refused.errors(), 400);
        } catch (Users.NoSuchUser gone) {
            throw new NotFoundException("No account called " + name);
        }
    }

    private Account account(String name) {
        return accounts.byUsername(name).orElseThrow(() -> new NotFoundException("No account called " + name));
    }

    private View list(Map<String, String> errors, Map<String, String> typed, int status) {
        return View.of("admin/users").with("accounts", accounts.all()).with("errors", errors).with("typed", typed)
                .with("minLength", dev.gazette.web.security.Passwords.minLength()).status(status);
    }

    private View one(Account account, Map<String, String> errors, int status) {
        return View.of("admin/user").with("account", account).with("errors", errors)
                .with("minLength", dev.gazette.web.security.Passwords.minLength()).status(status);
    }

    private Response done(String message) {
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/users?done="
                + URLEncoder.encode(message, StandardCharsets.UTF_8))).build();
    }
}
