package dev.headroom.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what the engine logs through {@code System.Logger} (which lands in java.util.logging
 * when no other backend is installed) under the {@code dev.headroom} logger tree.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger root = Logger.getLogger("dev.headroom");
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            synchronized (records) {
                records.add(r);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private LogCapture() {
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    /** Messages logged at WARNING or above so far. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        synchronized (records) {
            for (LogRecord r : records) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    out.add(r.getMessage());
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        root.removeHandler(handler);
    }
}
