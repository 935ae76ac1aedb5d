package dev.headroom.detect;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises HTML documents and fragments: a doctype or {@code <html>}, or markup made mostly of known tags. */
final class HtmlSniffer {

    static final int SAMPLE_CHARS = 4_000;

    private static final Pattern TAG = Pattern.compile(
            "</?(html|head|body|div|span|p|a|ul|ol|li|table|tr|td|th|thead|tbody|h[1-6]|script|style|link|meta|title"
                    + "|nav|header|footer|main|section|article|form|input|button|img|br|hr|pre|code|label|select|option"
                    + "|iframe|svg|em|strong|b|i|small|aside|figure|textarea)(?=[\\s>/])[^<>]*>",
            Pattern.CASE_INSENSITIVE);

    /** A document start on one of the first lines, after a preamble such as curl's progress meter. */
    private static final Pattern DOCUMENT_START = Pattern.compile("(?i)\\A(?:[^\\n]*\\n){0,11}?\\s*(?:<!doctype html|<html[\\s>])");

    private HtmlSniffer() {}

    static boolean matches(String content) {
        String head = content.substring(0, Math.min(content.length(), SAMPLE_CHARS));
        String start = head.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")
                || (start.startsWith("<?xml") && start.contains("<html"))) {
            return true;
        }
        if (DOCUMENT_START.matcher(head).find()) {
            return true;
        }
        if (!start.startsWith("<")) {
            return false;
        }
        Matcher m = TAG.matcher(head);
        int tags = 0;
        int tagChars = 0;
        while (m.find()) {
            tags++;
            tagChars += m.end() - m.start();
        }
        return tags >= 3 && tagChars >= head.length() / 10;
    }
}
