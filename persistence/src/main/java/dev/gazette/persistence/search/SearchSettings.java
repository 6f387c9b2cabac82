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
        }
        // An import is answered after its articles are searchable. Outbox-polling coordination queues every change
        // for whichever node processes it, and refuses any synchronization strategy.
        if (!"outbox-polling".equals(System.getProperty("hibernate.search.coordination.strategy"))) {
            registry.applySetting("hibernate.search.indexing.plan.synchronization.strategy", "sync");
        }
        for (Map.Entry<Object, Object> property : System.getProperties().entrySet()) {
            String name = property.getKey().toString();
            if (name.startsWith("hibernate.search.")) {
                registry.applySetting(name, property.getValue());
            }
        }
    }
}
