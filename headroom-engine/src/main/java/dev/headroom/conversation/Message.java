package dev.headroom.conversation;

import java.util.List;
import java.util.Objects;

/**
 * One message of a conversation in the engine's framework-neutral form: a system prompt, a user
 * message, an assistant message (possibly calling tools), or tool results. Front ends map their own
 * message types to these and back; the conversation policy reads only these.
 *
 * <p>Every message carries two things besides what Headroom reads:
 * <ul>
 *   <li>{@link #extra()}: whatever else the front end sends for the message and Headroom does not
 *       interpret (a user name, images, provider attributes, a thinking block), as canonical text, or
 *       the empty string. It is part of the message's identity: two messages that differ only there
 *       are different messages.</li>
 *   <li>{@link #origin()}: the front end's own object the message was mapped from (or the raw bytes it
 *       was sent as), so a front end can send that very object again. The engine never reads it, and it
 *       is not part of equality, hashing or {@code toString}.</li>
 * </ul>
 * Instances are immutable (as far as the origin is).
 */
public sealed interface Message {

    /** The text Headroom reads for markers and for the user's question; null when there is none. */
    String text();

    /** Front-end detail Headroom does not interpret, as canonical text; part of identity. */
    String extra();

    /** The front end's own object for this message, or null; opaque to the engine. */
    Object origin();

    /** A system prompt; never changed. */
    record System(String text, String extra, Object origin) implements Message {
        public System {
            extra = extra == null ? "" : extra;
        }

        public static System of(String text) {
            return new System(text, "", null);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof System s && Objects.equals(text, s.text) && extra.equals(s.extra);
        }

        @Override
        public int hashCode() {
            return Objects.hash(text, extra);
        }

        @Override
        public String toString() {
            return "System[" + Messages.preview(text) + Messages.extraSuffix(extra) + "]";
        }
    }

    /** A user message; never changed. Its text is the question tool results are compressed for. */
    record User(String text, String extra, Object origin) implements Message {
        public User {
            extra = extra == null ? "" : extra;
        }

        public static User of(String text) {
            return new User(text, "", null);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof User u && Objects.equals(text, u.text) && extra.equals(u.extra);
        }

        @Override
        public int hashCode() {
            return Objects.hash(text, extra);
        }

        @Override
        public String toString() {
            return "User[" + Messages.preview(text) + Messages.extraSuffix(extra) + "]";
        }
    }

    /** A model response: text (may be null) and the tools it calls, in order. */
    record Assistant(String text, List<ToolCall> toolCalls, String extra, Object origin) implements Message {
        public Assistant {
            toolCalls = List.copyOf(toolCalls);
            extra = extra == null ? "" : extra;
        }

        public static Assistant of(String text, ToolCall... calls) {
            return new Assistant(text, List.of(calls), "", null);
        }

        /** Whether it calls any tool. */
        public boolean hasToolCalls() {
            return !toolCalls.isEmpty();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Assistant a && Objects.equals(text, a.text) && toolCalls.equals(a.toolCalls)
                    && extra.equals(a.extra);
        }

        @Override
        public int hashCode() {
            return Objects.hash(text, toolCalls, extra);
        }

        @Override
        public String toString() {
            return "Assistant[" + Messages.preview(text) + (toolCalls.isEmpty() ? "" : ", calls=" + toolCalls)
                    + Messages.extraSuffix(extra) + "]";
        }
    }

    /**
     * The results of tool calls, in order. One message may carry several (Spring AI's
     * {@code ToolResponseMessage}, an Anthropic user message with {@code tool_result} blocks); front
     * ends with one result per message map each to a message of one result.
     */
    record ToolResults(List<ToolResult> results, String extra, Object origin) implements Message {
        public ToolResults {
            results = List.copyOf(results);
            extra = extra == null ? "" : extra;
        }

        public static ToolResults of(ToolResult... results) {
            return new ToolResults(List.of(results), "", null);
        }

        /** The results' texts joined by newlines (what a marker could be found in); null when there are none. */
        @Override
        public String text() {
            if (results.size() == 1) {
                return results.get(0).text();
            }
            StringBuilder sb = null;
            for (ToolResult r : results) {
                sb = sb == null ? new StringBuilder() : sb.append('\n');
                sb.append(r.text());
            }
            return sb == null ? null : sb.toString();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ToolResults t && results.equals(t.results) && extra.equals(t.extra);
        }

        @Override
        public int hashCode() {
            return Objects.hash(results, extra);
        }

        @Override
        public String toString() {
            return "ToolResults[" + results + Messages.extraSuffix(extra) + "]";
        }
    }
}
