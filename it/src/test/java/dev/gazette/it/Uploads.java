package dev.gazette.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files the import tests upload, made in code: article files, and archives benign or hostile. */
public final class Uploads {

    private Uploads() {
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static String article(String title, String timestamp) {
        return title + "\n\n" + timestamp + "\n\nAbstract: About " + title + ".\n\nFirst paragraph.\n\nSecond paragraph.\n";
    }

    /** A ZIP archive written by {@code entries}, which adds them through {@link Writer#add}. */
    public static byte[] zip(Consumer<Writer> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entries.accept(new Writer(zip));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Adds entries to an archive being written. */
    public static final class Writer {
        private final ZipOutputStream zip;

        Writer(ZipOutputStream zip) {
            this.zip = zip;
        }

        public Writer add(String name, byte[] content) {
            return add(name, content, 1);
        }

        /** The content {@code times} over, streamed: megabytes of zeros cost no memory here. */
        public Writer add(String name, byte[] content, int times) {
            try {
                zip.putNextEntry(new ZipEntry(name));
                for (int i = 0; i < times; i++) {
                    zip.write(content);
                }
                zip.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }
    }

    /** Archives within archives, {@code depth} levels of {@code width} copies, around a megabyte of zeros: 42.zip's shape. */
    public static byte[] nestedBomb(int depth, int width) {
        byte[] level = zip(z -> z.add("zeros.bin", new byte[1024 * 1024], 4));
        for (int d = 0; d < depth; d++) {
            byte[] inner = level;
            int levelNumber = d;
            level = zip(z -> {
                for (int i = 0; i < width; i++) {
                    z.add("level" + levelNumber + "-" + i + ".zip", inner);
                }
            });
        }
        return level;
    }
}
