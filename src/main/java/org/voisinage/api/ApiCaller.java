package org.voisinage.api;

import java.util.List;
import java.util.Set;

/**
 * Who calls the read API, as the token filter found: anonymous (no token), a resident's personal token or a
 * partner's application token (limited to its territories).
 */
record ApiCaller(Long tokenId, ApiTokenKind kind, Long residentId, Set<Long> territories, List<String> origins) {

    static final ApiCaller ANONYMOUS = new ApiCaller(null, null, null, Set.of(), List.of());

    /** The request attribute the filter leaves it under. */
    static final String ATTRIBUTE = ApiCaller.class.getName();

    boolean anonymous() {
        return tokenId == null;
    }

    boolean resident() {
        return kind == ApiTokenKind.PERSONAL;
    }

    /** The key of its rate limit bucket: the token, or for anonymous callers their address. */
    String rateLimitKey(String address) {
        return anonymous() ? address : "token:" + tokenId;
    }
}
