package dev.gazette.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test of the real EAR on the real server, from the outside: what a browser or a script sees. */
@ExtendWith(ArquillianExtension.class)
public abstract class GazetteIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Gazette.ear();
    }

    @ArquillianResource
    protected URL url;

    protected Http http;

    @BeforeEach
    void client() {
        http = Gazette.client(url);
    }
}
