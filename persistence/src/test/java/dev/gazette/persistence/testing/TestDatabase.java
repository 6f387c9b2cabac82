package dev.gazette.persistence.testing;

import dev.gazette.persistence.settings.Database;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty database for a test: an in-memory H2 by default, or a new database on the test run's own
 * {@link PostgresServer} when the system property {@code gazette.test.database} is {@code postgresql} (the
 * persistence module's second test run sets it, so every query test runs on both). When the run searches a cluster
 * ({@code hibernate.search.backend.type=elasticsearch}, the module's third run), it also points Hibernate Search at
 * the run's own {@link OpenSearchNode}.
 */
public record TestDatabase(Database database, String url, String user, DataSource dataSource) {

    public static Database chosen() {
        return "postgresql".equalsIgnoreCase(System.getProperty("gazette.test.database")) ? Database.POSTGRESQL : Database.H2;
    }

    /** Whether this run searches a real OpenSearch node instead of the embedded index. */
    public static boolean searchCluster() {
        return "elasticsearch".equals(System.getProperty("hibernate.search.backend.type"));
    }

    public static TestDatabase create() {
        if (searchCluster()) {
            System.setProperty("hibernate.search.backend.uris", OpenSearchNode.shared().uri());
        }
        if (chosen() == Database.POSTGRESQL) {
            Installed.orSkip(PostgresServer.installed(), "apt-get install postgresql");
            String url = PostgresServer.shared().newDatabase("test");
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setUser(PostgresServer.USER);
            return new TestDatabase(Database.POSTGRESQL, url, PostgresServer.USER, postgres);
        }
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        return new TestDatabase(Database.H2, url, "sa", h2);
    }

    /** The JPA properties that point the test persistence unit at this database. */
    public Map<String, Object> jpaProperties() {
        return Map.of("jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", user);
    }
}
