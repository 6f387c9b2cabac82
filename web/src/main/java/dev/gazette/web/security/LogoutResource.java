package dev.gazette.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The admin's way out: a form post, so that a link on another site cannot log the admin out. */
@Path("/logout")
public class LogoutResource {

    @Inject
    CsrfTokens csrfTokens;

    @Context
    HttpServletRequest request;

    @POST
    public Response logout(@FormParam(CsrfTokens.FIELD) String csrf) throws ServletException {
        if (csrfTokens.isValid(request, csrf)) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        return Response.seeOther(URI.create(request.getContextPath() + "/")).build();
    }

}
