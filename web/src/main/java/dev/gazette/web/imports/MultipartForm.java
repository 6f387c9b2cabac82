package dev.gazette.web.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * An upload form as it arrives: its text fields and its article files, read as one stream by Commons FileUpload.
 * Not the container's {@code getParts()}: WildFly's parser copies every byte of a part on its own, which was a sixth
 * of the server's time for an import of 500 files, and it keeps whole parts that are about to be refused. Here a
 * file over the limit is skipped as it streams by and reported on its own.
 */
record MultipartForm(Map<String, String> fields, List<Upload> uploads) {

    /** The whole request; beyond it the upload is refused as a whole (413). */
    static final long MAX_REQUEST_BYTES = 512L * 1024 * 1024;
    /** Files and fields of one upload. */
    static final int MAX_PARTS = 10_000;
    /** A text field (source name, token) is short; anything longer is not one of ours. */
    private static final int MAX_FIELD_BYTES = 4096;

    /** The upload is larger than {@link #MAX_REQUEST_BYTES} or has more than {@link #MAX_PARTS} parts. */
    static final class TooLarge extends Exception {
        TooLarge(Throwable cause) {
            super(cause);
        }
    }

    /** Not a multipart form, or a broken one. */
    static final class Malformed extends Exception {
        Malformed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Reads the request. Files come from the field {@code files}; one larger than {@code maxFileBytes} is kept as
     * {@link Upload#oversized}, unread; a file input left empty (no name, no bytes) is left out.
     */
    static MultipartForm read(HttpServletRequest request, long maxFileBytes) throws TooLarge, Malformed {
        if (!JakartaServletFileUpload.isMultipartContent(request)) {
            throw new Malformed("Not a multipart/form-data request", null);
        }
        JakartaServletFileUpload<?, ?> upload = new JakartaServletFileUpload<>();
        upload.setSizeMax(MAX_REQUEST_BYTES);
        upload.setHeaderCharset(StandardCharsets.UTF_8);
        Map<String, String> fields = new HashMap<>();
        List<Upload> uploads = new ArrayList<>();
        int parts = 0;
        try {
            FileItemInputIterator items = upload.getItemIterator(request);
            while (items.hasNext()) {
                FileItemInput item = items.next();
                // Counted here: Commons FileUpload's own file count limit applies to parseRequest, not to this stream.
                if (++parts > MAX_PARTS) {
                    throw new TooLarge(null);
                }
                try (InputStream in = item.getInputStream()) {
                    if (item.isFormField()) {
                        byte[] value = in.readNBytes(MAX_FIELD_BYTES);
                        fields.putIfAbsent(item.getFieldName(), new String(value, StandardCharsets.UTF_8));
                        continue;
                    }
                    String name = item.getName();
                    if (!"files".equals(item.getFieldName()) || name == null) {
                        continue;
                    }
                    byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
                    if (content.length > maxFileBytes) {
                        uploads.add(Upload.oversized(name));
                    } else if (!name.isEmpty() || content.length > 0) {
                        uploads.add(Upload.of(name, content));
                    }
                }
            }
        } catch (FileUploadSizeException tooLarge) {
            throw new TooLarge(tooLarge);
        } catch (IOException malformed) {
            // Commons FileUpload reports a limit crossed mid-stream as the cause of an IOException.
            for (Throwable cause = malformed; cause != null; cause = cause.getCause()) {
                if (cause instanceof FileUploadSizeException) {
                    throw new TooLarge(malformed);
                }
            }
            throw new Malformed("The upload could not be read", malformed);
        }
        return new MultipartForm(fields, uploads);
    }

    /** A text field, stripped; null when absent or blank. */
    String field(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
