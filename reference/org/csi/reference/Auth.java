package org.csi.reference;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** OAuth 2.0 client credentials and API keys, each bound to one tenant and role (pack README §4.3, GEN-02/03). */
final class Auth {
    static final List<String> TENANTS = List.of("T1", "T2");
    static final List<String> ROLES = List.of("APPLICANT", "INSURER", "SERVICE_PROVIDER", "FORENSIC_INSTITUTION");

    private record Token(Principal principal, Instant expiresAt) {}

    private final SecureRandom random = new SecureRandom();
    private final List<Credential> credentials;
    private final Map<String, Credential> byClientId;
    private final Map<String, Credential> byApiKey;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Duration tokenTtl;
    private final Set<Fault> faults;

    /** With {@code fixed} null, issues fresh credentials: every role in T1 and T2, and a live APPLICANT of T1. */
    Auth(Duration tokenTtl, Set<Fault> faults, List<Credential> fixed) {
        this.tokenTtl = tokenTtl;
        this.faults = faults;
        var issued = new java.util.ArrayList<Credential>();
        if (fixed != null) {
            issued.addAll(fixed);
        } else {
            for (String tenant : TENANTS) {
                for (String role : ROLES) {
                    issued.add(issue(tenant, role, true));
                }
            }
            issued.add(issue("T1", "APPLICANT", false));
        }
        credentials = List.copyOf(issued);
        byClientId = credentials.stream().collect(Collectors.toMap(Credential::clientId, Function.identity()));
        byApiKey = credentials.stream().collect(Collectors.toMap(Credential::apiKey, Function.identity()));
    }

    List<Credential> credentials() {
        return credentials;
    }

    private Credential issue(String tenant, String role, boolean test) {
        String mode = test ? "test" : "live";
        String clientId = "cli_" + mode + "_" + tenant.toLowerCase() + "_" + role.toLowerCase() + "_" + secret(4);
        return new Credential(tenant, role, test, clientId, "sec_" + secret(24), "csk_" + mode + "_" + secret(24));
    }

    private String secret(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** POST token endpoint: returns the token response, or throws an OAuth error (RFC 6749 §5.2). */
    TokenResponse token(String grantType, String clientId, String clientSecret) {
        if (grantType == null || clientId == null || clientSecret == null) {
            throw new OAuthError(400, "invalid_request");
        }
        if (!"client_credentials".equals(grantType)) {
            throw new OAuthError(400, "unsupported_grant_type");
        }
        Credential c = byClientId.get(clientId);
        boolean secretOk = c != null && (faults.contains(Fault.GEN03_WRONG_SECRET_ACCEPTED)
                || java.security.MessageDigest.isEqual(c.clientSecret().getBytes(), clientSecret.getBytes()));
        if (!secretOk) {
            throw new OAuthError(401, "invalid_client");
        }
        String token = "at_" + secret(32);
        tokens.put(token, new Token(principal(c), Instant.now().plus(tokenTtl)));
        long expiresIn = faults.contains(Fault.GEN03_TOKEN_LIFETIME_TOO_LONG) ? 86_400 : tokenTtl.toSeconds();
        return new TokenResponse(token, expiresIn);
    }

    record TokenResponse(String accessToken, long expiresIn) {}

    static final class OAuthError extends RuntimeException {
        final int status;
        final String error;

        OAuthError(int status, String error) {
            super(error, null, false, false);
            this.status = status;
            this.error = error;
        }
    }

    /** Resolves the caller from Authorization: Bearer or X-CSI-Api-Key, or throws 401. */
    Principal authenticate(String authorization, String apiKey) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Token t = tokens.get(authorization.substring(7).trim());
            if (t == null && faults.contains(Fault.GEN02_ANY_BEARER_ACCEPTED)) return principal(byApiKey.values().iterator().next());
            if (t == null) throw unauthenticated("The access token is not valid.");
            if (Instant.now().isAfter(t.expiresAt()) && !faults.contains(Fault.GEN02_EXPIRED_TOKEN_ACCEPTED)) {
                tokens.remove(authorization.substring(7).trim());
                throw unauthenticated("The access token has expired.");
            }
            return t.principal();
        }
        if (apiKey != null) {
            Credential c = faults.contains(Fault.GEN03_API_KEYS_REFUSED) ? null : byApiKey.get(apiKey.trim());
            if (c == null) throw unauthenticated("The API key is not valid.");
            return principal(c);
        }
        throw unauthenticated("Credentials are required: Authorization: Bearer <token> or X-CSI-Api-Key.");
    }

    private static Principal principal(Credential c) {
        return new Principal(c.tenant(), c.role(), c.clientId(), c.testMode());
    }

    private static ApiException unauthenticated(String detail) {
        return ApiException.of(401, detail).build();
    }
}
