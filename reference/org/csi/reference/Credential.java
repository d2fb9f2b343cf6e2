package org.csi.reference;

/**
 * One issued credential. {@code clientId} doubles as the key id of the API key, so audit events name the
 * same client whichever method was used.
 */
public record Credential(String tenant, String role, boolean testMode, String clientId, String clientSecret, String apiKey) {}
