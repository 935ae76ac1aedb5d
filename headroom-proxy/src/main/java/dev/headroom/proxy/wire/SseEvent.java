package dev.headroom.proxy.wire;

import java.nio.charset.StandardCharsets;

/**
 * One server-sent event as received: its exact bytes (forwarded unchanged when nothing needs to
 * change), its {@code event:} name (null when none) and its {@code data:} lines joined (null when none).
 */
public record SseEvent(byte[] raw, String event, String data) {

    /** An event written anew: {@code event: NAME} (when not null) and one {@code data:} line. */
    public static SseEvent of(String event, String data) {
        StringBuilder sb = new StringBuilder();
        if (event != null) {
            sb.append("event: ").append(event).append('\n');
        }
        sb.append("data: ").append(data).append("\n\n");
        return new SseEvent(sb.toString().getBytes(StandardCharsets.UTF_8), event, data);
    }
}
