package org.csi.reference;

/** The reference's check of a unified social credit code (GB 32100-2015). */
final class Uscc {
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Uscc() {}

    /** Null when valid, else the error code: INVALID_FORMAT or USCC_CHECKSUM_INVALID. */
    static String problem(String code, boolean verifyChecksum, int firstWeight) {
        if (code == null || code.length() != 18 || code.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) return "INVALID_FORMAT";
        if (!verifyChecksum) return null;
        int sum = 0, weight = firstWeight;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return code.charAt(17) == ALPHABET.charAt((31 - sum % 31) % 31) ? null : "USCC_CHECKSUM_INVALID";
    }
}
