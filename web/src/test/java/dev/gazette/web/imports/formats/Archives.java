package dev.gazette.web.imports.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** ZIP archives made for the tests, hostile ones included: nothing of them is kept on disk. */
public final class Archives {

    private Archives() {
    }

    /** An archive of these entries (name to content). */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code count} entries of a few bytes each. */
    public static byte[] manyEntries(int count) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("e" + i + ".txt"));
                zip.write('x');
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One entry of {@code megabytes} of zeros: a thousandfold compression, as zip bombs have. */
    public static byte[] bomb(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] megabyte = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(megabyte);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Archives in archives, {@code depth} deep, {@code width} copies a level, as 42.zip is built. */
    public static byte[] nested(int depth, int width) {
        byte[] level = bomb(2);
        for (int d = 0; d < depth; d++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (int i = 0; i < width; i++) {
                    zip.putNextEntry(new ZipEntry("level" + d + "-" + i + ".zip"));
                    zip.write(level);
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            level = bytes.toByteArray();
        }
        return level;
    }
}
