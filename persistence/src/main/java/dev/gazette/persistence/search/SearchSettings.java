package dev.gazette.persistence.search;

import dev.gazette.persistence.settings.Settings;
import java.util.Map;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Settings of Hibernate Search that persistence.xml cannot know: the index folder in Gazette's data directory, and
 * any {@code hibernate.search.*} system property of the server, so that an operator switches to an
 * Elasticsearch/OpenSearch cluster with properties alone (see the README).
 */
public class SearchSettings implements ServiceContributor {

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        if (!"elasticsearch".equals(System.getProperty("hibernate.search.backend.type"))) {
            registry.applySetting("hibernate.search.backend.directory.root",
                    Settings.dataDirectory().resolve("index").toString());
            // Changes that do not commit by themselves are committed after at most this long. Only the parts of a
            // large upload are such changes (IndexingBatch), and the upload commits them when it ends: the default
            // second would cut the upload's segment into one per second, for Lucene to merge again later. A crash
            // before the upload's commit leaves the index short of articles the database has, which the next start
            // sees and repairs (SearchIndex).
            registry.applySetting("hibernate.search.backend.io.commit_interval", "60000");
            // Indexing threads: one fewer than the cores, at least one. The request storing an upload and Lucene's
            // merges need a core too, and every indexing thread writes a segment of its own at each upload's commit,
            // for the merges to rewrite. On two cores, one thread imported a million articles 5-10 % faster than two
            // (BENCHMARKS.md).
            registry.applySetting("hibernate.search.backend.thread_pool.size",
                    String.valueOf(Math.max(1, Runtime.getRuntime().availableProcessors() - 1)));
        }
        // An import is answered after its articles are searchable. Outbox-polling coordination queues every change
        // for whichever node processes it, and refuses any synchronization strategy.
        if (!outboxPolling()) {
            registry.applySetting("hibernate.search.indexing.plan.synchronization.strategy", "sync");
        }
        for (Map.Entry<Object, Object> property : System.getProperties().entrySet()) {
            String name = property.getKey().toString();
            if (name.startsWith("hibernate.search.")) {
                registry.applySetting(name, property.getValue());
            }
        }
    }

    /** Several application nodes share one index through the database's outbox (see the README, "Scaling out"). */
    static boolean outboxPolling() {
        return "outbox-polling".equals(System.getProperty("hibernate.search.coordination.strategy"));
    }
}
