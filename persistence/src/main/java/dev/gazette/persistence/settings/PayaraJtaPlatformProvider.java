package dev.gazette.persistence.settings;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.hibernate.engine.transaction.jta.platform.internal.SunOneJtaPlatform;
import org.hibernate.engine.transaction.jta.platform.spi.JtaPlatform;
import org.hibernate.engine.transaction.jta.platform.spi.JtaPlatformProvider;

/**
 * Lets the bundled Hibernate join Payara's transactions with no server setting. On any other server it answers
 * nothing and Hibernate detects the platform itself (WildFly's included).
 */
public class PayaraJtaPlatformProvider implements JtaPlatformProvider {

    @Override
    public JtaPlatform getProvidedJtaPlatform() {
        try {
            new InitialContext().lookup("java:appserver/TransactionManager");
            return new SunOneJtaPlatform();
        } catch (NamingException | RuntimeException notPayara) {
            return null;
        }
    }
}
