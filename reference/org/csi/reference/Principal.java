package org.csi.reference;

/** Who is calling: one credential is bound to one tenant and one role (pack README §4.3). */
record Principal(String tenantId, String role, String clientId, boolean testMode) {}
