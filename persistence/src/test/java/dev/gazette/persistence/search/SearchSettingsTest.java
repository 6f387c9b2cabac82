package dev.gazette.persistence.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.persistence.schema.Migrations;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator changes Hibernate Search with system properties alone, over what persistence.xml says. */
class SearchSettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty("hibernate.search.backend.directory.type");
        System.clearProperty("gazette.data.dir");
    }

    @Test
    void systemPropertiesOverrideThePersistenceUnitAndTheIndexLivesInTheDataDirectory(@TempDir Path data) {
        System.setProperty("hibernate.search.backend.directory.type", "local-filesystem"); // the unit says local-heap
        System.setProperty("gazette.data.dir", data.toString());
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        Migrations.migrate(dataSource);

        EntityManagerFactory factory = Persistence.createEntityManagerFactory("gazette-test",
                Map.of("jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa"));
        factory.close();

        assertTrue(Files.isDirectory(data.resolve("index").resolve(SearchMapping.INDEX)), "index on disk in the data directory");
    }
}
