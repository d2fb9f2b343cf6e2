package org.csi.harness.oracle;

/** The GB 32100-2015 check of a unified social credit code, written from the text of CSI-UW. */
public final class UsccCheck {
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UsccCheck() {}

    /** The check character for the first 17 characters: alphabet[(31 − S mod 31) mod 31]. */
    public static char checkCharacter(String first17) {
        int s = 0;
        for (int i = 0; i < 17; i++) s += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        return ALPHABET.charAt((31 - s % 31) % 31);
    }

    /** The error code the pack expects for this code, or null when it is valid. */
    public static String expectedError(String code) {
        if (code.length() != 18 || code.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) return "INVALID_FORMAT";
        return checkCharacter(code) == code.charAt(17) ? null : "USCC_CHECKSUM_INVALID";
    }
}
