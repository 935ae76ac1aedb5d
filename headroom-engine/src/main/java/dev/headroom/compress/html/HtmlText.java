package dev.headroom.compress.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns HTML into readable text in one linear pass: scripts, styles and other non-content blocks
 * are dropped, block elements become line breaks, headings and list items get Markdown prefixes,
 * links become {@code [text](href)}, {@code <pre>} keeps its whitespace, and common character
 * references are decoded. Counts what it drops so the compressor can declare it exactly.
 */
final class HtmlText {

    private static final Set<String> DROPPED_BLOCKS = Set.of("script", "style", "noscript", "template");
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "br", "ul", "ol", "table", "tr", "section", "article", "header", "footer", "nav", "main", "aside",
            "blockquote", "hr", "dl", "dt", "dd", "form", "figure", "figcaption", "title", "pre", "details", "summary",
            "fieldset", "address", "body", "html", "head", "thead", "tbody", "tfoot", "caption", "li", "h1", "h2", "h3",
            "h4", "h5", "h6", "option", "label");
    private static final Set<String> PARAGRAPHS = Set.of(
            "p", "ul", "ol", "table", "pre", "blockquote", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6",
            "dl", "figure", "form", "header", "footer", "nav", "main", "aside", "title");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"),
            Map.entry("hellip", "\u2026"), Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"),
            Map.entry("laquo", "\u00ab"), Map.entry("raquo", "\u00bb"), Map.entry("rsquo", "\u2019"),
            Map.entry("lsquo", "\u2018"), Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"),
            Map.entry("middot", "\u00b7"), Map.entry("times", "\u00d7"), Map.entry("rarr", "\u2192"));

    /** The readable text and what was dropped to get it. */
    record Result(String text, int tags, int droppedBlocks) {}

    private final String s;
    private final StringBuilder out = new StringBuilder();
    private final Deque<int[]> linkStarts = new ArrayDeque<>();
    private final Deque<String> linkHrefs = new ArrayDeque<>();
    private int tags;
    private int droppedBlocks;
    private int pre;

    private HtmlText(String s) {
        this.s = s;
    }

    static Result of(String html) {
        HtmlText h = new HtmlText(html);
        h.run();
        return new Result(tidy(h.out), h.tags, h.droppedBlocks);
    }

    private void run() {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '<' && s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
                tags++;
            } else if (c == '<' && i + 1 < n && isTagStart(s.charAt(i + 1))) {
                i = tag(i);
            } else if (c == '&') {
                i = entity(i);
            } else {
                text(c);
                i++;
            }
        }
    }

    private static boolean isTagStart(char c) {
        return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
    }

    /** Reads the tag at {@code i}; returns the index after it (after its block when dropped). */
    private int tag(int i) {
        int end = tagEnd(i);
        tags++;
        boolean closing = s.charAt(i + 1) == '/';
        int nameStart = closing ? i + 2 : i + 1;
        int nameEnd = nameStart;
        while (nameEnd < end && (Character.isLetterOrDigit(s.charAt(nameEnd)) || s.charAt(nameEnd) == '-')) {
            nameEnd++;
        }
        String name = s.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
        String tagText = s.substring(i, Math.min(end + 1, s.length()));
        if (!closing && DROPPED_BLOCKS.contains(name) && !tagText.endsWith("/>")) {
            int close = indexOfIgnoreCase("</" + name, end + 1);
            droppedBlocks++;
            if (close < 0) {
                return s.length();
            }
            tags++;
            int closeEnd = s.indexOf('>', close);
            return closeEnd < 0 ? s.length() : closeEnd + 1;
        }
        element(name, closing, tagText);
        return end + 1;
    }

    private void element(String name, boolean closing, String tagText) {
        if (name.equals("a")) {
            link(closing, tagText);
            return;
        }
        if (name.equals("pre")) {
            pre = Math.max(0, pre + (closing ? -1 : 1));
        }
        if (name.equals("td") || name.equals("th")) {
            if (!closing) {
                out.append(" | ");
            }
            return;
        }
        if (name.equals("img") && !closing) {
            String alt = attribute(tagText, "alt");
            if (!alt.isBlank()) {
                out.append("[image: ").append(alt.strip()).append(']');
            }
            return;
        }
        if (!BLOCKS.contains(name)) {
            return;
        }
        newline(PARAGRAPHS.contains(name) ? 2 : 1);
        if (closing) {
            return;
        }
        if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
            out.append("#".repeat(name.charAt(1) - '0')).append(' ');
        } else if (name.equals("li")) {
            out.append("- ");
        }
    }

    private void link(boolean closing, String tagText) {
        if (!closing) {
            linkStarts.push(new int[] {out.length()});
            linkHrefs.push(attribute(tagText, "href"));
            return;
        }
        if (linkStarts.isEmpty()) {
            return;
        }
        int start = linkStarts.pop()[0];
        String href = linkHrefs.pop().replace("&amp;", "&");
        if (href.isEmpty() || href.startsWith("#") || href.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
            return;
        }
        String label = out.substring(start).strip();
        out.setLength(start);
        if (label.isEmpty()) {
            out.append('<').append(href).append('>');
        } else {
            out.append('[').append(label).append("](").append(href).append(')');
        }
    }

    private void text(char c) {
        if (pre > 0) {
            out.append(c);
            return;
        }
        if (Character.isWhitespace(c)) {
            if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1)) && out.charAt(out.length() - 1) != '[') {
                out.append(' ');
            }
            return;
        }
        out.append(c);
    }

    /** Ends the current line so that the output ends with at least {@code breaks} line breaks. */
    private void newline(int breaks) {
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') {
            len--;
        }
        out.setLength(len);
        if (len == 0) {
            return;
        }
        int have = 0;
        while (have < len && out.charAt(len - 1 - have) == '\n') {
            have++;
        }
        for (int k = have; k < breaks; k++) {
            out.append('\n');
        }
    }

    private int entity(int i) {
        int semi = s.indexOf(';', i);
        if (semi < 0 || semi - i > 10) {
            text('&');
            return i + 1;
        }
        String name = s.substring(i + 1, semi);
        String value = null;
        if (name.startsWith("#x") || name.startsWith("#X")) {
            value = codePoint(name.substring(2), 16);
        } else if (name.startsWith("#")) {
            value = codePoint(name.substring(1), 10);
        } else {
            value = ENTITIES.get(name);
        }
        if (value == null) {
            text('&');
            return i + 1;
        }
        for (int k = 0; k < value.length(); k++) {
            text(value.charAt(k));
        }
        return semi + 1;
    }

    /** The character a numeric reference names; a surrogate code point (never a character) reads as U+FFFD, as HTML parsers do. */
    private static String codePoint(String digits, int radix) {
        try {
            int cp = Integer.parseInt(digits, radix);
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                return "\uFFFD";
            }
            return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The index of the {@code >} that ends the tag at {@code i}, skipping quoted attribute values. */
    private int tagEnd(int i) {
        char quote = 0;
        for (int k = i + 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return k;
            }
        }
        return s.length() - 1;
    }

    private int indexOfIgnoreCase(String needle, int from) {
        for (int k = Math.max(0, from); k + needle.length() <= s.length(); k++) {
            if (s.regionMatches(true, k, needle, 0, needle.length())) {
                return k;
            }
        }
        return -1;
    }

    static String attribute(String tag, String name) {
        String lower = tag.toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int at = lower.indexOf(name, from);
            if (at < 0) {
                return "";
            }
            from = at + name.length();
            boolean boundary = at > 0 && Character.isWhitespace(lower.charAt(at - 1));
            int k = from;
            while (k < tag.length() && tag.charAt(k) == ' ') {
                k++;
            }
            if (!boundary || k >= tag.length() || tag.charAt(k) != '=') {
                continue;
            }
            k++;
            while (k < tag.length() && tag.charAt(k) == ' ') {
                k++;
            }
            if (k >= tag.length()) {
                return "";
            }
            char q = tag.charAt(k);
            if (q == '"' || q == '\'') {
                int close = tag.indexOf(q, k + 1);
                return close < 0 ? tag.substring(k + 1) : tag.substring(k + 1, close);
            }
            int e = k;
            while (e < tag.length() && !Character.isWhitespace(tag.charAt(e)) && tag.charAt(e) != '>') {
                e++;
            }
            return tag.substring(k, e);
        }
    }

    /** Trims line ends and collapses runs of blank lines to one. */
    private static String tidy(CharSequence raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        int blank = 0;
        for (String line : raw.toString().split("\n", -1)) {
            String t = line.stripTrailing();
            if (t.isBlank()) {
                blank++;
                continue;
            }
            if (sb.length() > 0) {
                sb.append(blank > 0 ? "\n\n" : "\n");
            }
            blank = 0;
            sb.append(t);
        }
        return sb.toString();
    }
}
