package org.orgrules.serve;

import java.util.List;

/**
 * How a server listens and what it lets in.
 *
 * @param bind          the address to listen on (127.0.0.1 unless told otherwise)
 * @param port          the port (0: a free one, see {@link OrgServer#port()})
 * @param token         the bearer token every request but {@code /healthz} and the page's own files needs, or null
 * @param allowWrites   whether {@code POST}/{@code DELETE /v1/people/{id}} may change people
 * @param corsOrigins   origins allowed to call from a browser page of theirs (none: CORS off)
 * @param ratePerSecond requests a second from one client address (0: no limit)
 * @param maxQueryChars longest query string read
 * @param maxBodyBytes  largest request body read
 */
public record ServeConfig(String bind, int port, String token, boolean allowWrites, List<String> corsOrigins,
        int ratePerSecond, int maxQueryChars, long maxBodyBytes) {
    public ServeConfig {
        corsOrigins = List.copyOf(corsOrigins);
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, not " + port);
        if (ratePerSecond < 0) throw new IllegalArgumentException("the rate limit must be 0 (none) or more, not " + ratePerSecond);
        if (maxQueryChars <= 0 || maxBodyBytes <= 0) throw new IllegalArgumentException("the size limits must be positive");
    }

    /** Loopback, port 8080, no token, no writes, no CORS, 100 requests a second a client, 4 KiB queries, 64 KiB bodies. */
    public static ServeConfig defaults() {
        return new ServeConfig("127.0.0.1", 8080, null, false, List.of(), 100, 4096, 64 * 1024);
    }

    public ServeConfig withPort(int p) {
        return new ServeConfig(bind, p, token, allowWrites, corsOrigins, ratePerSecond, maxQueryChars, maxBodyBytes);
    }

    public ServeConfig withBind(String b) {
        return new ServeConfig(b, port, token, allowWrites, corsOrigins, ratePerSecond, maxQueryChars, maxBodyBytes);
    }

    public ServeConfig withToken(String t) {
        return new ServeConfig(bind, port, t, allowWrites, corsOrigins, ratePerSecond, maxQueryChars, maxBodyBytes);
    }

    public ServeConfig withWrites(boolean w) {
        return new ServeConfig(bind, port, token, w, corsOrigins, ratePerSecond, maxQueryChars, maxBodyBytes);
    }

    public ServeConfig withCors(List<String> origins) {
        return new ServeConfig(bind, port, token, allowWrites, origins, ratePerSecond, maxQueryChars, maxBodyBytes);
    }

    public ServeConfig withRate(int perSecond) {
        return new ServeConfig(bind, port, token, allowWrites, corsOrigins, perSecond, maxQueryChars, maxBodyBytes);
    }
}
