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

    /**
     * An article file of the test resources with a paragraph of its own added: its body is then no other test's,
     * and importing it into a new source is not a probable duplicate of theirs.
     */
    public static byte[] uniqueCopyOf(String name) {
        String text = new String(resource(name), java.nio.charset.StandardCharsets.UTF_8).stripTrailing();
        return (text + "\n\nTest copy " + java.util.UUID.randomUUID() + ".\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
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
