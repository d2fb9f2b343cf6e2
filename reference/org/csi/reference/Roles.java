package org.csi.reference;

import java.util.Arrays;

/** Function-level authorisation (GEN-05): each call names the roles that may make it. */
final class Roles {
    private Roles() {}

    static void require(Principal caller, String... roles) {
        if (Arrays.stream(roles).noneMatch(caller.role()::equals)) {
            throw ApiException.of(403, "This call needs the role " + String.join(" or ", roles) + ".").build();
        }
    }
}
