package dev.headroom.internal;

/** Checks that a string survives a UTF-8 round trip, which stores with a byte encoding need. */
public final class Utf16 {

    private Utf16() {}

    /** Whether every surrogate in {@code s} is part of a pair (lone ones turn into '?' in UTF-8). */
    public static boolean isWellFormed(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
