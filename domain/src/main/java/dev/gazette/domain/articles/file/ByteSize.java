package dev.gazette.domain.articles.file;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes a number of bytes the way a person would say it: "2 MB", "512 KB", "1.5 MB". */
public final class ByteSize {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private ByteSize() {
    }

    public static String describe(long bytes) {
        if (bytes >= MB) {
            return scaled(bytes, MB) + " MB";
        }
        if (bytes >= KB) {
            return scaled(bytes, KB) + " KB";
        }
        return bytes == 1 ? "1 byte" : bytes + " bytes";
    }

    private static String scaled(long bytes, long unit) {
        return BigDecimal.valueOf(bytes)
                .divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
