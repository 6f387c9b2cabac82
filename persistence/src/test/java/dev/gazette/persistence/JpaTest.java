package dev.gazette.persistence;

import dev.gazette.persistence.schema.Migrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * SE-mode JPA: one in-memory H2 database and EntityManagerFactory per test class, its schema made by the real
 * Flyway migrations (so Hibernate's validation checks them against the entities), one transaction per test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class JpaTest {

    private EntityManagerFactory factory;
    protected EntityManager em;

    @BeforeAll
    void createDatabase() {
        factory = newDatabase();
    }

    /**
     * A new in-memory database migrated by Flyway, and the test unit's EntityManagerFactory on it (with whatever
     * Hibernate Search system properties the caller has set).
     */
    public static EntityManagerFactory newDatabase() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        Migrations.migrate(dataSource);
        return Persistence.createEntityManagerFactory("gazette-test",
                Map.of("jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa"));
    }

    @BeforeEach
    void begin() {
        em = factory.createEntityManager();
        em.getTransaction().begin();
    }

    @AfterEach
    void rollback() {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
    }

    @AfterAll
    void close() {
        factory.close();
    }

    /** Runs work in a transaction of its own that commits, as a separate request would. */
    protected <T> T committed(Function<EntityManager, T> work) {
        EntityManager other = factory.createEntityManager();
        try {
            other.getTransaction().begin();
            T result = work.apply(other);
            other.getTransaction().commit();
            return result;
        } finally {
            other.close();
        }
    }

    protected void committedRun(Consumer<EntityManager> work) {
        committed(e -> {
            work.accept(e);
            return null;
        });
    }
}
