package dev.gazette.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Migrations are listed by hand (see Migrations): a file left off the list is never applied, and nothing fails. */
class MigrationsTest {

    @Test
    void listsEveryMigrationFileInOrder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", Migrations.LOCATION))) {
            List<String> written = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b)))
                    .toList();

            assertEquals(written, Migrations.FILES);
        }
    }

    private static int version(String file) {
        return Integer.parseInt(file.substring(1, file.indexOf("__")));
    }
}
