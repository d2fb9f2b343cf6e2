package org.csi.harness.config;

/** One credential of the solution under test, bound to one tenant and one role. */
public record Credential(String tenant, String role, boolean live, String clientId, String clientSecret, String apiKey,
                         String keyId) {
    /** The id an audit event names as actor for calls with this credential (CSI-GEN GEN-11): client id, else key id. */
    public String actorId() {
        return hasOAuth() ? clientId : keyId;
    }

    public boolean hasOAuth() {
        return clientId != null && clientSecret != null;
    }

    public boolean hasApiKey() {
        return apiKey != null;
    }

    /** The client id audit events should name (GEN-11): the OAuth client id, or the key id issued with the API key. */
    public String actorId(boolean viaApiKey) {
        return viaApiKey && keyId != null ? keyId : clientId;
    }

    public String label() {
        return (live ? "live " : "") + tenant + "/" + role;
    }
}
