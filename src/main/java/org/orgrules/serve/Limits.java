package org.orgrules.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may ask and how much: the bearer token (when the server has one), the length of a query
 * string, the size of a request body and the rate of requests from one client address (a token
 * bucket per address: {@code perSecond} a second, bursts of as many). Thread-safe.
 */
final class Limits {
    /** Client addresses remembered at most; past that the buckets start afresh (a flood of addresses cannot fill the heap). */
    private static final int MAX_CLIENTS = 10_000;

    private final byte[] token;
    private final int maxQueryChars;
    private final long maxBodyBytes;
    private final int perSecond;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @param token the bearer token, or null for none; @param perSecond 0 for no rate limit */
    Limits(String token, int maxQueryChars, long maxBodyBytes, int perSecond) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.maxQueryChars = maxQueryChars;
        this.maxBodyBytes = maxBodyBytes;
        this.perSecond = perSecond;
    }

    long maxBodyBytes() { return maxBodyBytes; }

    boolean hasToken() { return token != null; }

    /** @throws ServeError 401 unless {@code authorization} is {@code Bearer TOKEN} (compared in constant time) */
    void authorize(String authorization) {
        if (token == null) return;
        String given = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : null;
        if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            throw new ServeError(401, "unauthorized", "this server needs Authorization: Bearer TOKEN (the token of its --token-file)");
        }
    }

    /** @throws ServeError 414 for a query string past the limit, 413 for a body past it */
    void size(String queryString, long contentLength) {
        if (queryString != null && queryString.length() > maxQueryChars) {
            throw new ServeError(414, "query_too_long", "the query string has " + queryString.length()
                    + " characters; at most " + maxQueryChars + " are read");
        }
        if (contentLength > maxBodyBytes) {
            throw new ServeError(413, "body_too_large", "the request body has " + contentLength + " bytes; at most "
                    + maxBodyBytes + " are read");
        }
    }

    /** @throws ServeError 429 when {@code client} has spent its bucket */
    void rate(String client) {
        if (perSecond <= 0) return;
        if (buckets.size() > MAX_CLIENTS) buckets.clear();
        Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(perSecond));
        if (!b.take(perSecond)) {
            throw new ServeError(429, "rate_limited", "more than " + perSecond + " requests a second from " + client
                    + "; wait a moment and ask again");
        }
    }

    private static final class Bucket {
        private double tokens;
        private long last = System.nanoTime();

        Bucket(int capacity) { tokens = capacity; }

        synchronized boolean take(int perSecond) {
            long now = System.nanoTime();
            tokens = Math.min(perSecond, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens < 1) return false;
            tokens -= 1;
            return true;
        }
    }
}
