package dev.gazette.persistence.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.DatabaseMetaData;
import java.util.Map;
import org.hibernate.Session;

/**
 * What this installation runs on, as an operator checks it: the database engine and its version as the database
 * itself reports them (the driver bundled in the EAR, whatever the server carries), and the search backend. Shown on
 * the admin's system page.
 */
@ApplicationScoped
public class Installation {

    @PersistenceContext(unitName = "gazette")
    EntityManager em;

    /** The facts, with any password in the database URL left out. */
    public record Facts(String database, String databaseVersion, String driverVersion, String databaseUrl,
                        String search, String coordination) {
    }

    @Transactional
    public Facts facts() {
        Map<String, Object> properties = em.getEntityManagerFactory().getProperties();
        String backend = String.valueOf(properties.getOrDefault("hibernate.search.backend.type", "lucene"));
        String search = "elasticsearch".equals(backend)
                ? "Elasticsearch/OpenSearch cluster at " + properties.getOrDefault("hibernate.search.backend.uris",
                        properties.getOrDefault("hibernate.search.backend.hosts", "localhost:9200"))
                : "embedded Lucene index in " + properties.getOrDefault("hibernate.search.backend.directory.root", "?");
        String coordination = String.valueOf(properties.getOrDefault("hibernate.search.coordination.strategy", "none"));
        return em.unwrap(Session.class).doReturningWork(connection -> {
            DatabaseMetaData meta = connection.getMetaData();
            return new Facts(meta.getDatabaseProductName(), meta.getDatabaseProductVersion(), meta.getDriverVersion(),
                    meta.getURL().replaceAll("(?i)(password=)[^&;]*", "$1…"), search, coordination);
        });
    }
}
