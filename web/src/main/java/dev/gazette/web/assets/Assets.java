package dev.gazette.web.assets;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stylesheet, scripts and icons of {@code /static/}, read once and kept in memory. Pages link each under a name
 * with a fingerprint of its content ({@code gazette.3f2a1b9c0d.css}), which browsers may keep for a year: a changed
 * file has another name.
 */
@ApplicationScoped
public class Assets {

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "svg", "image/svg+xml",
            "txt", "text/plain;charset=UTF-8");

    /** One file: its bytes, type and fingerprint. */
    public record Asset(String name, byte[] content, String type, String fingerprint) {

        String fingerprintedName() {
            int dot = name.lastIndexOf('.');
            return name.substring(0, dot) + "." + fingerprint + name.substring(dot);
        }
    }

    @Inject
    ServletContext servletContext;

    private final Map<String, Asset> byName = new HashMap<>();
    private final Map<String, Asset> byFingerprintedName = new HashMap<>();

    @PostConstruct
    void read() {
        for (String path : new java.util.TreeSet<>(resources("/static/"))) {
            String name = path.substring("/static/".length());
            String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
            if (type != null) {
                byte[] content = bytes(path);
                Asset asset = new Asset(name, content, type, HexFormat.of().formatHex(sha256().digest(content)).substring(0, 10));
                byName.put(name, asset);
                byFingerprintedName.put(asset.fingerprintedName(), asset);
            }
        }
    }

    /** The address of a static file under its fingerprinted name, for a template: {@code ${assets.url('gazette.css')}}. */
    public String url(String name) {
        Asset asset = byName.get(name);
        if (asset == null) {
            throw new IllegalArgumentException("No static file " + name);
        }
        return servletContext.getContextPath() + "/static/" + asset.fingerprintedName();
    }

    /**
     * A file by either of its names. A fingerprint this version does not know (a page of another version of the
     * application, during a rolling deploy) still finds the file of that name: see {@link #isFingerprinted}.
     */
    Optional<Asset> named(String name) {
        return Optional.ofNullable(byFingerprintedName.get(name)).or(() -> Optional.ofNullable(byName.get(name)))
                .or(() -> Optional.ofNullable(byName.get(name.replaceFirst("\\.[0-9a-f]{10}(\\.[a-z]+)$", "$1"))));
    }

    boolean isFingerprinted(String name) {
        return byFingerprintedName.containsKey(name);
    }

    private Set<String> resources(String folder) {
        Set<String> paths = servletContext.getResourcePaths(folder);
        return paths == null ? Set.of() : paths;
    }

    private byte[] bytes(String path) {
        try (InputStream in = servletContext.getResourceAsStream(path)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
