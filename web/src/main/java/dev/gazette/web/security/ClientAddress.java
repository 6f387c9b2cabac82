package dev.gazette.web.security;

import dev.gazette.persistence.settings.Settings;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from, for login throttling and the audit log. Behind a load balancer every request
 * comes from the balancer; list its addresses in {@code gazette.proxy.trusted} (comma-separated) and the address it
 * saw, the last one of {@code X-Forwarded-For}, is used instead. Nobody else's {@code X-Forwarded-For} is believed.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trusted().contains(remote)) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() || last.length() > 100 ? remote : last;
    }

    private static Set<String> trusted() {
        return Settings.get("gazette.proxy.trusted").map(list -> Arrays.stream(list.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
    }
}
