package dev.gazette.web.imports.formats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Text of CSV and JSON files: UTF-8 without a single replaced byte (see the article file parser's own). */
final class Utf8 {

    static final class NotUtf8 extends Exception {
        private final int line;

        NotUtf8(int line) {
            super("The file is not UTF-8 text (or not text at all); save it with the UTF-8 encoding");
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private Utf8() {
    }

    static String decode(byte[] content) throws NotUtf8 {
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                throw new NotUtf8(0);
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw new NotUtf8(0);
        }
    }
}
