package dev.gazette.it;

import java.net.http.HttpResponse;
import java.util.UUID;

/** Accounts the tests make for themselves through the admin API, each with a name of its own. */
public final class Accounts {

    public static final String PASSWORD = "a-long-test-password";

    private Accounts() {
    }

    /** A new account of that role ("editor" or "admin"); returns its user name. */
    public static String create(Http anyClient, String role) {
        String name = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        Http admin = new Http(anyClient.base()).basic("admin", Gazette.ADMIN_PASSWORD);
        HttpResponse<String> made = admin.json("POST", "/api/users",
                "{\"username\":\"" + name + "\",\"role\":\"" + role + "\",\"password\":\"" + PASSWORD + "\"}");
        if (made.statusCode() != 201) {
            throw new IllegalStateException("Could not create an account: " + made.statusCode() + " " + made.body());
        }
        return name;
    }
}
