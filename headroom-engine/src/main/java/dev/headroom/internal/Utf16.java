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

    /**
     * An upper bound on the UTF-8 length of {@code s} that never reads past {@code limit}: the exact
     * byte count when it is below {@code limit}, otherwise some value at least {@code limit}. A
     * byte-level BPE never emits more tokens than bytes, so this bounds any token count cheaply.
     */
    public static int utf8LengthUpTo(String s, int limit) {
        int bytes = 0;
        for (int i = 0, n = s.length(); i < n && bytes < limit; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** How many unpaired surrogates {@code s} holds. */
    public static int countUnpaired(CharSequence s) {
        int n = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                n++;
            }
        }
        return n;
    }

    /** {@code s} with every unpaired surrogate replaced by U+FFFD, as a UTF-8 encoder would write it. */
    public static String replaceUnpaired(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }
}
