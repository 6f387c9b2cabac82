package dev.gazette.domain.articles.file;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 without replacing bad bytes. A silently substituted character
 * would end up published, so invalid bytes are refused, naming the line so the
 * writer can find the culprit (typically text pasted from a Latin-1 document).
 */
final class StrictUtf8 {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private StrictUtf8() {
    }

    static String decode(byte[] content) throws MalformedArticleFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        // UTF-8 never yields more chars than bytes, so the buffer cannot overflow.
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new MalformedArticleFileException(
                    "The file contains characters that are not valid UTF-8 text;"
                            + " save it again with the UTF-8 encoding",
                    lineOf(content, in.position()));
        }
        if (result.isOverflow()) {
            throw new IllegalStateException("UTF-8 decoding overflowed its buffer");
        }
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** Counts line breaks the same way as {@link SourceLines}: CRLF, LF or CR. */
    private static int lineOf(byte[] content, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (content[i] == '\n') {
                line++;
            } else if (content[i] == '\r') {
                line++;
                if (i + 1 < position && content[i + 1] == '\n') {
                    i++;
                }
            }
        }
        return line;
    }
}
