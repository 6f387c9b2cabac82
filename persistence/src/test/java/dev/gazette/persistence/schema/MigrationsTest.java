package dev.gazette.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.persistence.settings.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Migrations are listed by hand (see Migrations): a file left off the list is never applied, and nothing fails. */
class MigrationsTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void listsEveryMigrationFileInOrder() throws IOException {
        TreeSet<String> written = new TreeSet<>(MigrationsTest::byVersion);
        written.addAll(scripts(RESOURCES.resolve(Migrations.LOCATION)));
        for (Database database : Database.values()) {
            written.addAll(scripts(RESOURCES.resolve(Migrations.LOCATION).resolve(database.folder())));
        }

        assertEquals(List.copyOf(written), Migrations.FILES);
    }

    /** A migration written for one database alone must be written for each: the others would skip a version. */
    @Test
    void everyMigrationIsSharedOrWrittenForEachDatabase() {
        for (String file : Migrations.FILES) {
            boolean shared = Files.exists(RESOURCES.resolve(Migrations.LOCATION).resolve(file));
            for (Database database : Database.values()) {
                boolean own = Files.exists(RESOURCES.resolve(Migrations.LOCATION).resolve(database.folder()).resolve(file));
                assertTrue(shared ^ own, file + " must be either shared or written for " + database + ", not both or neither");
                assertEquals(own ? Migrations.LOCATION + database.folder() + "/" + file : Migrations.LOCATION + file,
                        Migrations.path(database, file));
            }
        }
    }

    private static List<String> scripts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".sql")).toList();
        }
    }

    private static int byVersion(String a, String b) {
        return Integer.compare(version(a), version(b));
    }

    private static int version(String file) {
        return Integer.parseInt(file.substring(1, file.indexOf("__")));
    }
}
