package dev.gazette.persistence;

import dev.gazette.persistence.schema.Migrations;
import dev.gazette.persistence.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * SE-mode JPA: one new database (in-memory H2, or PostgreSQL in the module's second run) and EntityManagerFactory per test class, its schema made by the real
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
     * A new database migrated by Flyway (in-memory H2, or PostgreSQL: see {@link TestDatabase}), and the test unit's
     * EntityManagerFactory on it (with whatever Hibernate Search system properties the caller has set).
     */
    public static EntityManagerFactory newDatabase() {
        TestDatabase database = TestDatabase.create();
        Migrations.migrate(database.dataSource());
        return Persistence.createEntityManagerFactory("gazette-test", database.jpaProperties());
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
        if (factory != null) { // null when the database could not be had and the class was skipped
            factory.close();
        }
    }

    protected EntityManagerFactory factory() {
        return factory;
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
            if (other.getTransaction().isActive()) { // the work failed: its locks must not outlive it
                other.getTransaction().rollback();
            }
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
