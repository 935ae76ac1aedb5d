package dev.headroom.compress.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.headroom.compress.Deadline;
import dev.headroom.compress.TimeBudgetExceededException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a whole JSON document into {@link Node}s with one streaming pass. Number text is kept as
 * written; nesting deeper than {@link #MAX_DEPTH} is refused (the caller then minifies by streaming),
 * so recursion here and in rendering stays bounded.
 */
final class JsonReader {

    static final int MAX_DEPTH = 500;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(Integer.MAX_VALUE)
                    .build())
            .build();

    /** Values read between two deadline checks. */
    private static final int CHECK_EVERY = 4096;

    private final Map<String, String> keys = new HashMap<>();
    private final Deadline deadline;
    private int values;

    private JsonReader(Deadline deadline) {
        this.deadline = deadline;
    }

    /** The document's root value; throws on malformed, truncated or too-deep input. */
    static Node parse(String input) throws IOException {
        return parse(input, Deadline.none());
    }

    /**
     * The document's root value, checking {@code deadline} as it reads; throws on malformed,
     * truncated or too-deep input.
     *
     * @throws TimeBudgetExceededException past the deadline
     */
    static Node parse(String input, Deadline deadline) throws IOException {
        try (JsonParser p = FACTORY.createParser(input)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new IOException("empty input");
            }
            Node root = new JsonReader(deadline).read(p, t);
            if (p.nextToken() != null) {
                throw new IOException("trailing content after the JSON value");
            }
            return root;
        }
    }

    private Node read(JsonParser p, JsonToken t) throws IOException {
        if (++values % CHECK_EVERY == 0) {
            deadline.check();
        }
        switch (t) {
            case START_OBJECT: {
                List<String> ks = new ArrayList<>();
                List<Node> vs = new ArrayList<>();
                while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
                    String name = p.currentName();
                    ks.add(keys.computeIfAbsent(name, k -> k));
                    vs.add(read(p, p.nextToken()));
                }
                return new Node.Obj(ks, vs);
            }
            case START_ARRAY: {
                int start = (int) p.currentTokenLocation().getCharOffset();
                List<Node> items = new ArrayList<>();
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(read(p, t));
                }
                int end = (int) p.currentTokenLocation().getCharOffset() + 1;
                return new Node.Arr(items, start, end);
            }
            case VALUE_STRING:
                return new Node.Scalar(JsonText.quote(p.getText()), true, false);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node.Scalar(p.getText(), false, true);
            case VALUE_TRUE:
                return new Node.Scalar("true", false, false);
            case VALUE_FALSE:
                return new Node.Scalar("false", false, false);
            case VALUE_NULL:
                return new Node.Scalar("null", false, false);
            default:
                throw new IOException("unexpected token " + t);
        }
    }

    /**
     * Minifies a document too deep for a tree, token by token with no recursion; number text is
     * kept as written. Throws on malformed input.
     */
    static String minify(String input) throws IOException {
        return minify(input, Deadline.none());
    }

    /** {@link #minify(String)}, checking {@code deadline} as it goes. */
    static String minify(String input, Deadline deadline) throws IOException {
        JsonFactory deep = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(Integer.MAX_VALUE)
                        .maxStringLength(Integer.MAX_VALUE)
                        .build())
                .build();
        StringBuilder out = new StringBuilder(input.length() / 2);
        try (JsonParser p = deep.createParser(input)) {
            // a comma goes before any member or element that follows a finished value
            boolean afterValue = false;
            int depth = 0;
            JsonToken t;
            int tokens = 0;
            while ((t = p.nextToken()) != null) {
                if (++tokens % CHECK_EVERY == 0) {
                    deadline.check();
                }
                if (depth == 0 && out.length() > 0) {
                    throw new IOException("trailing content after the JSON value");
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    out.append(t == JsonToken.END_OBJECT ? '}' : ']');
                    depth--;
                    afterValue = true;
                    continue;
                }
                if (afterValue) {
                    out.append(',');
                }
                switch (t) {
                    case START_OBJECT -> { out.append('{'); depth++; afterValue = false; }
                    case START_ARRAY -> { out.append('['); depth++; afterValue = false; }
                    case FIELD_NAME -> { JsonText.appendString(out, p.currentName()); out.append(':'); afterValue = false; }
                    case VALUE_STRING -> { JsonText.appendString(out, p.getText()); afterValue = true; }
                    default -> { out.append(p.getText()); afterValue = true; }
                }
            }
        }
        return out.toString();
    }
}
