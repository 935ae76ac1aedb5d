package dev.headroom.tokens;

/**
 * Splits text into the same pieces as the o200k_base pre-tokenisation regex, without a regex engine.
 *
 * <p>The pattern (as jtokkit compiles it, with {@code UNICODE_CHARACTER_CLASS}) is the alternation
 * <pre>
 * [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?
 * [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?
 * \p{N}{1,3}
 *  ?[^\s\p{L}\p{N}]+[\r\n/]*
 * \s*[\r\n]+
 * \s+(?!\S)
 * \s+
 * </pre>
 * Each branch below reproduces the first match the backtracking engine would find for that branch,
 * and branches are tried in the same order. Every position starts some match, so pieces tile the text.
 */
final class O200kSplitter {

    private static final int UPPERISH = 1; // Lu Lt Lm Lo M
    private static final int LOWERISH = 2; // Ll Lm Lo M
    private static final int LETTER = 4; // L
    private static final int NUMBER = 8; // N
    private static final int SPACE = 16; // \s under UNICODE_CHARACTER_CLASS (White_Space)
    private static final int PREFIX = 32; // [^\r\n\p{L}\p{N}]
    private static final int SYMBOL = 64; // [^\s\p{L}\p{N}]

    private static final byte[] BMP = new byte[0x10000];

    static {
        for (int c = 0; c < BMP.length; c++) {
            BMP[c] = (byte) computeFlags(c);
        }
    }

    private O200kSplitter() {}

    /** The exclusive end of the piece that starts at {@code start} ({@code start < text.length()}). */
    static int pieceEnd(String text, int start) {
        int flags = flagsAt(text, start);
        int afterFirst = start + charCount(text, start);
        // the four letter branches need a letter or mark first, or after a prefix char: skip them at once otherwise
        if ((flags & (UPPERISH | LOWERISH)) == 0
                && ((flags & PREFIX) == 0 || afterFirst >= text.length() || (flagsAt(text, afterFirst) & (UPPERISH | LOWERISH)) == 0)) {
            return nonLetterPiece(text, start, flags, afterFirst);
        }
        if ((flags & PREFIX) != 0) {
            int end = lowerBranch(text, afterFirst);
            if (end >= 0) {
                return end;
            }
        }
        int end = lowerBranch(text, start);
        if (end >= 0) {
            return end;
        }
        if ((flags & PREFIX) != 0) {
            end = upperBranch(text, afterFirst);
            if (end >= 0) {
                return end;
            }
        }
        end = upperBranch(text, start);
        if (end >= 0) {
            return end;
        }
        return nonLetterPiece(text, start, flags, afterFirst);
    }

    /** The piece at {@code start} when none of the letter branches matches: numbers, symbols, white space. */
    private static int nonLetterPiece(String text, int start, int flags, int afterFirst) {
        int end;
        if ((flags & NUMBER) != 0) {
            end = afterFirst;
            for (int k = 1; k < 3 && end < text.length() && (flagsAt(text, end) & NUMBER) != 0; k++) {
                end += charCount(text, end);
            }
            return end;
        }
        if (text.charAt(start) == ' ' && afterFirst < text.length() && (flagsAt(text, afterFirst) & SYMBOL) != 0) {
            return symbolRun(text, afterFirst);
        }
        if ((flags & SYMBOL) != 0) {
            return symbolRun(text, start);
        }
        return spaceBranches(text, start);
    }

    /** {@code [U]*[L]+contraction?} from {@code from}, or -1. */
    private static int lowerBranch(String text, int from) {
        int n = text.length();
        int e = from;
        int lastLowerish = -1;
        while (e < n) {
            int f = flagsAt(text, e);
            if ((f & UPPERISH) == 0) {
                break;
            }
            int next = e + charCount(text, e);
            if ((f & LOWERISH) != 0) {
                lastLowerish = next;
            }
            e = next;
        }
        if (e < n && (flagsAt(text, e) & LOWERISH) != 0) {
            return contraction(text, lowerRun(text, e));
        }
        return lastLowerish < 0 ? -1 : contraction(text, lastLowerish);
    }

    /** {@code [U]+[L]*contraction?} from {@code from}, or -1. */
    private static int upperBranch(String text, int from) {
        int n = text.length();
        int e = from;
        while (e < n && (flagsAt(text, e) & UPPERISH) != 0) {
            e += charCount(text, e);
        }
        return e == from ? -1 : contraction(text, lowerRun(text, e));
    }

    private static int lowerRun(String text, int from) {
        int e = from;
        while (e < text.length() && (flagsAt(text, e) & LOWERISH) != 0) {
            e += charCount(text, e);
        }
        return e;
    }

    /** {@code [S]+[\r\n/]*} from {@code from}, whose first code point is known to be in S. */
    private static int symbolRun(String text, int from) {
        int n = text.length();
        int e = from;
        while (e < n && (flagsAt(text, e) & SYMBOL) != 0) {
            e += charCount(text, e);
        }
        while (e < n) {
            char c = text.charAt(e);
            if (c != '\r' && c != '\n' && c != '/') {
                break;
            }
            e++;
        }
        return e;
    }

    /** {@code \s*[\r\n]+ | \s+(?!\S) | \s+} from {@code start}, whose code point is white space. */
    private static int spaceBranches(String text, int start) {
        int n = text.length();
        int e = start;
        int lastNewline = -1;
        while (e < n && (flagsAt(text, e) & SPACE) != 0) {
            char c = text.charAt(e);
            if (c == '\r' || c == '\n') {
                lastNewline = e;
            }
            e++; // every White_Space code point is in the BMP
        }
        if (lastNewline >= 0) {
            return lastNewline + 1;
        }
        if (e == n || e - start == 1) {
            return e;
        }
        return e - 1;
    }

    /** Extends {@code end} by an ASCII-case-insensitive contraction suffix when one follows. */
    private static int contraction(String text, int end) {
        int n = text.length();
        if (end + 1 >= n || text.charAt(end) != '\'') {
            return end;
        }
        char a = text.charAt(end + 1);
        if (is(a, 's') || is(a, 't') || is(a, 'm') || is(a, 'd')) {
            return end + 2;
        }
        if (end + 2 < n) {
            char b = text.charAt(end + 2);
            if ((is(a, 'r') && is(b, 'e')) || (is(a, 'v') && is(b, 'e')) || (is(a, 'l') && is(b, 'l'))) {
                return end + 3;
            }
        }
        return end;
    }

    /** Case-insensitive match of one char against a lowercase ASCII letter, as Java's Unicode-case matching does. */
    private static boolean is(char c, char lower) {
        return c == lower || Character.toLowerCase(Character.toUpperCase(c)) == lower;
    }

    private static int charCount(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
    }

    private static int flagsAt(String text, int i) {
        char c = text.charAt(i);
        if (!Character.isHighSurrogate(c)) {
            return BMP[c];
        }
        return computeFlags(text.codePointAt(i));
    }

    static int computeFlags(int cp) {
        int type = Character.getType(cp);
        boolean letter = type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER || type == Character.TITLECASE_LETTER
                || type == Character.MODIFIER_LETTER || type == Character.OTHER_LETTER;
        boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
        boolean number = type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
        boolean space = type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (cp >= 0x9 && cp <= 0xd) || cp == 0x85;
        int flags = 0;
        if (mark || (letter && type != Character.LOWERCASE_LETTER)) {
            flags |= UPPERISH;
        }
        if (mark || (letter && type != Character.UPPERCASE_LETTER && type != Character.TITLECASE_LETTER)) {
            flags |= LOWERISH;
        }
        if (letter) {
            flags |= LETTER;
        }
        if (number) {
            flags |= NUMBER;
        }
        if (space) {
            flags |= SPACE;
        }
        if (!letter && !number && cp != '\r' && cp != '\n') {
            flags |= PREFIX;
        }
        if (!letter && !number && !space) {
            flags |= SYMBOL;
        }
        return flags;
    }
}
