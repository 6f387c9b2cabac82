package dev.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The system page tells an operator what the portal runs on, as the database itself reports it. */
class SystemIT extends GazetteIT {

    /**
     * One H2 on every server: the engine is the one bundled in the EAR, not the server's own (Payara carries H2
     * 2.2.224 and would otherwise load it first), so both servers write and read the same file format and SQL.
     */
    @Test
    void theDatabaseIsTheBundledH2OnEveryServer() {
        http.login("admin", Gazette.ADMIN_PASSWORD);
        HttpResponse<String> page = http.get("/admin/system");

        assertEquals(200, page.statusCode());
        String bundled = System.getProperty("h2.version");
        assertTrue(page.body().contains("H2 " + bundled), "expected H2 " + bundled + " in\n" + page.body());
        assertTrue(page.body().contains("embedded Lucene index"), page.body());
    }

    @Test
    void isForAdminsOnly() {
        HttpResponse<String> page = http.get("/admin/system");

        assertEquals(302, page.statusCode() == 303 ? 302 : page.statusCode());
    }
}
