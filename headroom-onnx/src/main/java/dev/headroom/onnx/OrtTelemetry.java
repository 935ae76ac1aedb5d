package dev.headroom.onnx;

import ai.onnxruntime.OrtEnvironment;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps onnxruntime's usage telemetry off as far as a library can. onnxruntime 1.29 on Linux starts a
 * telemetry system with its environment: it writes a device id and an event database under
 * {@code ~/.cache/Microsoft/DeveloperTools/.onnxruntime} and uploads to
 * {@code mobile.events.data.microsoft.com}. Only the environment variable
 * {@code ORT_DISABLE_TELEMETRY=1}, set before the JVM starts, prevents that; turning events off
 * from Java ({@link OrtEnvironment#setTelemetry}) comes too late to stop the uploads (measured), but
 * is done anyway, and a missing variable is reported once.
 */
final class OrtTelemetry {

    static final String DISABLE_VARIABLE = "ORT_DISABLE_TELEMETRY";

    private static final System.Logger LOG = System.getLogger(OnnxRelevanceScorer.class.getName());
    private static final AtomicBoolean CHECKED = new AtomicBoolean();

    private OrtTelemetry() {}

    static void disable(OrtEnvironment env) {
        if (!CHECKED.compareAndSet(false, true)) {
            return;
        }
        try {
            env.setTelemetry(false);
        } catch (Exception | LinkageError e) {
            LOG.log(Level.DEBUG, "headroom-onnx: could not turn onnxruntime telemetry events off", e);
        }
        if (!"1".equals(System.getenv(DISABLE_VARIABLE))) {
            LOG.log(Level.WARNING, "headroom-onnx: onnxruntime's telemetry is on in this process: it keeps a device id"
                    + " under ~/.cache/Microsoft/DeveloperTools/.onnxruntime and contacts mobile.events.data.microsoft.com."
                    + " Set the environment variable " + DISABLE_VARIABLE + "=1 for the JVM to turn it off.");
        }
    }
}
