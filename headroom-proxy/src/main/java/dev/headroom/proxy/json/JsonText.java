package dev.headroom.proxy.json;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;

/** Writes JSON text for values the proxy adds to a document: string literals, and compact re-writes. */
public final class JsonText {

    private JsonText() {}

    /** {@code s} as a JSON string literal, quotes included, UTF-8. */
    public static byte[] string(String s) {
        byte[] body = JsonStringEncoder.getInstance().quoteAsUTF8(s);
        byte[] out = new byte[body.length + 2];
        out[0] = '"';
        System.arraycopy(body, 0, out, 1, body.length);
        out[out.length - 1] = '"';
        return out;
    }

    /** {@code s} as a JSON string literal, quotes included. */
    public static String quoted(String s) {
        return new String(string(s), StandardCharsets.UTF_8);
    }
}
