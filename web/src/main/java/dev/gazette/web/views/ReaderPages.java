package dev.gazette.web.views;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.gazette.persistence.editions.Edition;
import dev.gazette.persistence.editions.Editions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * What readers see, served at the speed of a static file. A page (or feed, or sitemap) is made once per edition of the
 * site and then answered from memory; its validators are the edition's, so a browser or a feed reader that has it gets
 * {@code 304 Not Modified}. Any change of an article or a source on any node makes a new edition (see
 * {@link Editions}): nothing stale outlives it by more than {@link Editions#FRESH_FOR}, and nothing is kept longer
 * than {@link #KEPT_FOR}. A logged-in editor's page shows their name and form token: it is made for them each time
 * and never kept.
 */
@ApplicationScoped
public class ReaderPages {

    /** At most this much memory for kept pages; the least used go first. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final String HTML = "text/html;charset=UTF-8";
    /**
     * A page made soon after its edition began is made again after {@link #KEPT_FOR_IF_NEW}: the search index follows
     * the database with a delay (at once on the embedded index, by polling on a cluster), and a search or a list of
     * related articles made in between would miss the newest articles until the next change. Later pages are kept
     * for {@link #KEPT_FOR}.
     */
    static final Duration INDEX_DELAY = Duration.ofSeconds(5);
    static final Duration KEPT_FOR_IF_NEW = Duration.ofSeconds(30);
    static final Duration KEPT_FOR = Duration.ofMinutes(10);

    @Inject
    Editions editions;

    @Inject
    Templates templates;

    private final Cache<String, Kept> kept = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES).weigher((String key, Kept page) -> key.length() * 2 + page.body().length)
            .expireAfter(Expiry.creating((String key, Kept page) ->
                    page.made().isBefore(page.editionBegan().plus(INDEX_DELAY)) ? KEPT_FOR_IF_NEW : KEPT_FOR))
            .build();

    /** A made page, its tag (the edition and a digest of the bytes: exact, whatever changed) and its date. */
    private record Kept(byte[] body, String type, String tag, Instant changed, Instant editionBegan, Instant made) {
    }

    /** A page of the reader's site, rendered from the view unless kept. */
    public Response page(HttpServletRequest request, HttpServletResponse response, Supplier<View> view) {
        return answer(request, HTML, () -> {
            byte[] html = templates.render(view.get(), request, response).getBytes(StandardCharsets.UTF_8);
            if (response.getStatus() == 500) {
                // The template failed (logged): the reader gets the plain error page, and it is not kept.
                throw new WebApplicationException(Response.serverError().entity(html).type(HTML).build());
            }
            return html;
        });
    }

    /** Any other document of the reader's site (a feed, a sitemap) of this type. */
    public Response document(HttpServletRequest request, String type, Supplier<byte[]> body) {
        return answer(request, type, body);
    }

    private Response answer(HttpServletRequest request, String type, Supplier<byte[]> body) {
        if (request.getUserPrincipal() != null) {
            return Response.ok(body.get(), type).header("Cache-Control", "private, no-cache").build();
        }
        Edition edition = editions.current();
        String key = edition.number() + " " + PublicAddress.of(request) + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        // Made once however many readers ask for it at the same moment: the others wait for that one (a new edition
        // of a busy front page would otherwise be made by every request until the first is kept).
        Kept page = kept.get(key, unused -> {
            byte[] made = body.get();
            // The date is when the page was made: one made again in the same edition (the index may have caught up)
            // must not be taken for a copy a client got before.
            Instant now = Instant.now();
            return new Kept(made, type, "W/\"" + edition.number() + "-" + fingerprint(made) + "\"",
                    now.truncatedTo(ChronoUnit.SECONDS), edition.changedAt(), now);
        });
        if (unchanged(request, page.tag(), page.changed())) {
            return validated(Response.notModified(), page).build();
        }
        return validated(Response.ok(page.body(), page.type()), page).build();
    }

    private static String fingerprint(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response.ResponseBuilder validated(Response.ResponseBuilder answer, Kept page) {
        return answer.header("ETag", page.tag()).lastModified(Date.from(page.changed()))
                .header("Cache-Control", "public, no-cache").header("Vary", "Cookie, Authorization");
    }

    /**
     * Whether the reader's copy is this edition's: by its tag if it sends one (weak comparison, RFC 9110 13.1.2),
     * else by its date.
     */
    private static boolean unchanged(HttpServletRequest request, String tag, Instant changed) {
        String matches = request.getHeader("If-None-Match");
        if (matches != null) {
            String opaque = tag.substring(2);
            for (String candidate : matches.split(",")) {
                String one = candidate.strip();
                if (one.equals("*") || one.replaceFirst("^W/", "").equals(opaque)) {
                    return true;
                }
            }
            return false;
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since != -1 && !changed.isAfter(Instant.ofEpochMilli(since));
        } catch (IllegalArgumentException notADate) {
            return false; // a malformed date validates nothing: the page is sent
        }
    }
}
