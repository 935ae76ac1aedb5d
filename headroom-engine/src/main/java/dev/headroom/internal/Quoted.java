package dev.headroom.internal;

/** Bounded quoting of caller-supplied text (a handle, a query) in messages, so a message never grows with its input. */
public final class Quoted {

    private Quoted() {}

    /**
     * The first {@code max} characters of {@code s} in single quotes (control characters and
     * unpaired surrogates shown as {@code ?}, a pair never split), followed, when {@code s} was
     * longer, by {@code ... (N characters)}.
     */
    public static String prefix(String s, int max) {
        if (s == null) {
            return "''";
        }
        int n = Math.min(s.length(), max);
        if (n > 0 && n < s.length() && Character.isHighSurrogate(s.charAt(n - 1))) {
            n--;
        }
        StringBuilder sb = new StringBuilder(n + 40).append('\'');
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '?' : c);
            }
        }
        sb.append('\'');
        if (n < s.length()) {
            sb.append("... (").append(s.length()).append(" characters)");
        }
        return sb.toString();
    }
}
