package dev.gazette.web.startup;

import dev.gazette.persistence.articles.ArticleKeys;
import dev.gazette.persistence.editions.Editions;
import dev.gazette.persistence.schema.Migrations;
import dev.gazette.web.imports.jobs.BackgroundImports;
import dev.gazette.persistence.search.SearchIndex;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;

/**
 * Readies Gazette before the first request: the schema migrated and checked against the entities, the admin account,
 * the sample articles of a new portal, a search index that holds every article (rebuilt in the background if not). A failure here fails the deployment, loudly, instead of serving errors.
 */
@WebListener
@DataSourceDefinition(
        name = "java:app/jdbc/gazette",
        className = "dev.gazette.persistence.settings.GazetteDataSource",
        properties = "description=Gazette database (see README, Configuration)",
        minPoolSize = 1,
        maxPoolSize = 20)
public class Startup implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Resource(lookup = "java:app/jdbc/gazette")
    DataSource dataSource;

    @PersistenceUnit(unitName = "gazette")
    EntityManagerFactory entityManagerFactory;

    @Inject
    AdminAccount adminAccount;

    @Inject
    SampleArticles sampleArticles;

    @Inject
    SearchIndex searchIndex;

    @Inject
    Editions editions;

    @Inject
    ArticleKeys articleKeys;

    @Inject
    BackgroundImports backgroundImports;

    @Resource
    ManagedExecutorService executor;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var migrated = Migrations.migrate(dataSource);
        LOG.info(() -> "Gazette database schema at version " + migrated.targetSchemaVersion
                + " (" + migrated.migrationsExecuted + " migration(s) applied now)");
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        editions.watchWrites();
        adminAccount.ensureExists();
        sampleArticles.importIntoEmptyPortal();
        searchIndex.rebuildIfStale();
        int interrupted = backgroundImports.interruptLeftovers();
        if (interrupted > 0) {
            LOG.warning(interrupted + " background import(s) were running when this node stopped: marked interrupted,"
                    + " to be started again from the admin's import page or the API");
        }
        executor.submit(this::fillArticleKeys);
    }

    /** Articles stored before probable duplicates were looked for get their keys, in the background. */
    private void fillArticleKeys() {
        try {
            long filled = 0;
            for (int part = articleKeys.fillSome(); part > 0; part = articleKeys.fillSome()) {
                filled += part;
            }
            if (filled > 0) {
                LOG.info("Gave " + filled + " older articles their probable-duplicate keys");
            }
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Could not give older articles their probable-duplicate keys; the next start tries again", failure);
        }
    }
}
