package dev.gazette.web.users;

import dev.gazette.domain.accounts.Account;
import dev.gazette.persistence.accounts.Accounts;
import dev.gazette.web.api.ApiAnswer;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;

/** Accounts through the API, for admins: the same checks and audit as the users page. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersApi {

    @Inject
    Accounts accounts;

    @Inject
    Users users;

    @Context
    HttpServletRequest request;

    @Context
    SecurityContext security;

    @GET
    public Response all() {
        if (!security.isUserInRole("admin")) {
            return ApiAnswer.problem(403, "Only admins see the accounts.");
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        accounts.all().forEach(account -> list.add(json(account)));
        return Response.ok(Json.createObjectBuilder().add("users", list).build()).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create(String body) {
        if (!security.isUserInRole("admin")) {
            return ApiAnswer.problem(403, "Only admins create accounts.");
        }
        JsonObject json = ApiAnswer.object(body);
        try {
            Account account = users.create(request, ApiAnswer.string(json, "username"), ApiAnswer.string(json, "role"),
                    ApiAnswer.string(json, "password"));
            return Response.created(URI.create(request.getContextPath() + "/api/users/" + account.username()))
                    .entity(json(account)).build();
        } catch (Users.Refused refused) {
            return ApiAnswer.problem(refused.errors().containsKey("username")
                    && refused.errors().get("username").contains("already") ? 409 : 400, refused.getMessage(), refused.errors());
        }
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.WILDCARD)
    public Response change(@PathParam("name") String name, String body) {
        if (!security.isUserInRole("admin")) {
            return ApiAnswer.problem(403, "Only admins change accounts.");
        }
        JsonObject json = ApiAnswer.object(body);
        try {
            Account account = users.change(request, name, ApiAnswer.string(json, "role"), ApiAnswer.bool(json, "disabled"),
                    ApiAnswer.string(json, "password"));
            return Response.ok(json(account)).build();
        } catch (Users.Refused refused) {
            return ApiAnswer.problem(refused.errors().containsKey("account") ? 409 : 400, refused.getMessage(), refused.errors());
        } catch (Users.NoSuchUser missing) {
            return ApiAnswer.problem(404, "No account called " + name + ".");
        }
    }

    private static JsonObject json(Account account) {
        return Json.createObjectBuilder().add("username", account.username()).add("role", account.role().roleName())
                .add("disabled", account.isDisabled()).add("createdAt", account.createdAt().toString()).build();
    }
}
