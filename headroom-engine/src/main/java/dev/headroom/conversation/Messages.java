package dev.headroom.conversation;

/** Small helpers shared by the message records. */
final class Messages {

    private static final int PREVIEW = 60;

    private Messages() {}

    static String preview(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() <= PREVIEW ? '"' + text + '"' : '"' + text.substring(0, PREVIEW) + "…\" (" + text.length() + " chars)";
    }

    static String extraSuffix(String extra) {
        return extra.isEmpty() ? "" : ", extra=" + preview(extra);
    }
}
