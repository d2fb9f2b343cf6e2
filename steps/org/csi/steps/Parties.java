package org.csi.steps;

import io.cucumber.java.ParameterType;

/**
 * The parties a feature names: {@code {tenant}} (T1, T2) and {@code {role}} (the API roles of pack README §2). Every
 * step that names a party acts as that party, so rewriting a feature line to test a role rule tests it. Regular
 * expression steps use {@link #TENANT} and {@link #ROLE} for the same groups.
 */
public final class Parties {
    public static final String TENANT = "T\\d+";
    public static final String ROLE = "APPLICANT|INSURER|SERVICE_PROVIDER|FORENSIC_INSTITUTION";

    @ParameterType(TENANT)
    public String tenant(String tenant) {
        return tenant;
    }

    @ParameterType(ROLE)
    public String role(String role) {
        return role;
    }
}
