package dev.headroom.bench.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toonformat.jtoon.JToon;
import java.util.Optional;

/** Lossless JSON re-encodings to compare against: minified JSON and TOON (jtoon). */
public final class JsonBaselines {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonBaselines() {}

    /** {@code json} without insignificant whitespace, or empty when it does not parse. */
    public static Optional<String> minified(String json) {
        try {
            JsonNode n = MAPPER.readTree(json);
            return n == null ? Optional.empty() : Optional.of(MAPPER.writeValueAsString(n));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** {@code json} encoded as TOON by jtoon, or empty when jtoon rejects it. */
    public static Optional<String> toon(String json) {
        try {
            return Optional.of(JToon.encodeJson(json));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
