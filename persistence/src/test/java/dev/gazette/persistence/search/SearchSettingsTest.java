package dev.gazette.persistence.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.persistence.JpaTest;
import java.nio.file.Files;
import java.nio.file.Path;
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
        JpaTest.newDatabase().close();

        assertTrue(Files.isDirectory(data.resolve("index").resolve(SearchMapping.INDEX)), "index on disk in the data directory");
    }
}
