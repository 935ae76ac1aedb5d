package dev.headroom.proxy.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a server-sent-event body into events as bytes arrive, keeping each event's exact bytes
 * (the format of the WHATWG HTML standard's event stream: lines end in LF, CRLF or CR; a blank line
 * ends an event; {@code :} starts a comment). Not thread-safe: one per stream.
 */
public final class SseParser {

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private String event;
    private StringBuilder data;
    private boolean lastWasCr;

    /** Feeds bytes; returns the events they completed. */
    public List<SseEvent> feed(byte[] bytes, int off, int len) {
        List<SseEvent> out = new ArrayList<>(1);
        for (int i = off; i < off + len; i++) {
            byte b = bytes[i];
            pending.write(b);
            if (b == '\n' && lastWasCr) {
                lastWasCr = false;
                continue; // the LF of a CRLF: the line already ended at the CR
            }
            lastWasCr = b == '\r';
            if (b == '\n' || b == '\r') {
                endLine(out);
            } else {
                line.write(b);
            }
        }
        return out;
    }

    /** The event in progress when the stream ended without a blank line, or null. */
    public SseEvent finish() {
        if (line.size() > 0) {
            List<SseEvent> ignored = new ArrayList<>();
            endLine(ignored);
        }
        if (pending.size() == 0) {
            return null;
        }
        SseEvent e = new SseEvent(pending.toByteArray(), event, data == null ? null : data.toString());
        reset();
        return e;
    }

    private void endLine(List<SseEvent> out) {
        String l = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (l.isEmpty()) {
            if (event != null || data != null) {
                out.add(new SseEvent(pending.toByteArray(), event, data == null ? null : data.toString()));
                reset();
            } else if (isBlankOnly()) {
                pending.reset(); // stray blank lines between events
            }
            return;
        }
        if (l.startsWith(":")) {
            return; // a comment stays in the raw bytes of the next event
        }
        int colon = l.indexOf(':');
        String field = colon < 0 ? l : l.substring(0, colon);
        String value = colon < 0 ? "" : l.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        if (field.equals("event")) {
            event = value;
        } else if (field.equals("data")) {
            data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
        }
    }

    private boolean isBlankOnly() {
        for (byte b : pending.toByteArray()) {
            if (b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private void reset() {
        pending.reset();
        event = null;
        data = null;
    }
}
