package dev.gazette.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The real EAR, as the build made it, and what the tests know about the deployed portal. */
public final class Gazette {

    public static final String ADMIN_PASSWORD = "it-secret";

    private Gazette() {
    }

    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("gazette.ear", "../../ear/target/gazette.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first: " + ear.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The site root: Arquillian's URL of the web module, which the EAR puts at the context root "/". */
    public static Http client(URL deployment) {
        String url = deployment.toString();
        int path = url.indexOf('/', url.indexOf("//") + 2);
        return new Http(path < 0 ? url : url.substring(0, path));
    }

    public static byte[] resource(String name) {
        try (InputStream in = Gazette.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
