package dev.gazette.domain.articles;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What makes two articles probably the same story though not exactly: a title that differs only in case,
 * punctuation and spacing ({@link #titleKey}), or the same body whatever its spacing ({@link #bodyHash}). Only a
 * body of {@link #BODY_MIN} characters or more has a hash: "Read more on our site" under every item of a feed is
 * no sign of the same story.
 */
@Embeddable
public class StoryKeys {

    public static final int BODY_MIN = 200;

    @Column(name = "title_key", length = 300)
    private String titleKey;

    @Column(name = "body_hash", length = 64)
    private String bodyHash;

    protected StoryKeys() {
    }

    StoryKeys(String title, String body) {
        this.titleKey = titleKey(title);
        this.bodyHash = bodyHash(body);
    }

    /** "Rates rise, again!" and "rates rise again" have the same key: letters and digits, lower case, single spaces. */
    public static String titleKey(String title) {
        String key = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return key.length() > 300 ? key.substring(0, 300) : key;
    }

    /** Null for a body shorter than {@link #BODY_MIN}. */
    public static String bodyHash(String body) {
        String text = body.strip().replaceAll("\\s+", " ");
        if (text.length() < BODY_MIN) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every JDK", missing);
        }
    }

    public String titleKey() {
        return titleKey;
    }

    public String bodyHash() {
        return bodyHash;
    }
}
