package dev.headroom.spring.ai;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.ccr.Marker;
import dev.headroom.ccr.RetrieveTool;
import dev.headroom.conversation.ToolResultCompressor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Compresses one Spring AI tool result text. Spring AI's default result converter turns a
 * {@code String} return value into a JSON string literal ({@code "line 1\nline 2"}); such a
 * literal is unwrapped before compression and the compressed text is encoded back into a literal,
 * so the wire shape stays what the tool produced. Fails open: any error returns the input.
 */
final class ToolResultText {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Log LOG = LogFactory.getLog(ToolResultText.class);

    private ToolResultText() {}

    /** The text to send for {@code data}: the same instance when nothing was compressed. */
    static String compress(ToolResultCompressor compressor, String toolName, String data, CompressionHints hints) {
        if (data == null || data.isEmpty() || RetrieveTool.NAME.equals(toolName) || Marker.containsMarker(data)) {
            return data;
        }
        try {
            String literal = unwrapStringLiteral(data);
            String text = literal != null ? literal : data;
            CompressionResult result = compressor.compress(toolName, text, hints);
            if (!result.compressed()) {
                return data;
            }
            return literal != null ? JSON.writeValueAsString(result.text()) : result.text();
        } catch (Exception | StackOverflowError e) {
            LOG.warn("headroom: compressing the result of tool '" + toolName + "' failed; sending it unchanged: " + e);
            return data;
        }
    }

    /** The decoded content when {@code data} is exactly one JSON string literal, otherwise null. */
    static String unwrapStringLiteral(String data) {
        String s = data.strip();
        if (s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(s);
            return node != null && node.isTextual() ? node.textValue() : null;
        } catch (Exception e) {
            return null;
        }
    }
}
