package dev.headroom.ccr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one elision marker format, rendered by every compressor and parsed by every adapter:
 * {@code [headroom: 1842 rows elided, original kept; retrieve handle=3f9a2c0d1e4b5a69]}.
 *
 * <p>It carries the unit, the exact count and the handle, contains no quotes or backslashes (so it
 * reads the same inside a JSON string), and says the data is intact rather than lost.
 */
public record Marker(int count, String unit, String handle) {

    private static final String PREFIX = "[headroom: ";
    private static final Pattern UNIT = Pattern.compile("[a-z][a-z ]{0,30}[a-z]|[a-z]");
    private static final Pattern PATTERN = Pattern.compile(
            "\\[headroom: (\\d+) ([a-z][a-z ]{0,30}?) elided, original kept; retrieve handle=([0-9a-f]{16})]");

    public Marker {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive, was " + count);
        }
        Objects.requireNonNull(unit, "unit");
        if (!UNIT.matcher(unit).matches()) {
            throw new IllegalArgumentException("unit must be lowercase words, was '" + unit + "'");
        }
        if (!Handles.isHandle(handle)) {
            throw new IllegalArgumentException("not a handle: " + handle);
        }
    }

    /** The marker text. */
    public String render() {
        return "[headroom: " + count + " " + unit + " elided, original kept; retrieve handle=" + handle + "]";
    }

    @Override
    public String toString() {
        return render();
    }

    /** Every marker in {@code text}, in order of appearance. */
    public static List<Marker> findAll(CharSequence text) {
        List<Marker> out = new ArrayList<>();
        if (text.toString().indexOf(PREFIX) < 0) {
            return out;
        }
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            out.add(new Marker(Integer.parseInt(m.group(1)), m.group(2), m.group(3)));
        }
        return out;
    }

    /** Whether {@code text} contains at least one marker. */
    public static boolean containsMarker(CharSequence text) {
        // a plain substring search first: most texts have no marker, and it is far cheaper than the regex
        return text != null && text.toString().indexOf(PREFIX) >= 0 && PATTERN.matcher(text).find();
    }
}
