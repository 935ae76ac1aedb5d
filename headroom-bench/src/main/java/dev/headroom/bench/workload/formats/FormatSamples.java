package dev.headroom.bench.workload.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * Every format sample, in a fixed order: logs of many systems, command output, tables, diffs and
 * file views, each written from the formats as their tools print them (not from the engine's rules).
 * The same seed gives the same bytes.
 */
public final class FormatSamples {

    private FormatSamples() {}

    /** All samples for {@code seed}. */
    public static List<FormatSample> all(long seed) {
        List<FormatSample> out = new ArrayList<>();
        for (LogFormat f : logFormats()) {
            out.add(LogGenerator.generate(f, seed));
        }
        out.addAll(ListingOutputs.all(seed));
        out.addAll(ProcessOutputs.all(seed));
        out.addAll(DevToolOutputs.all(seed));
        out.addAll(TableOutputs.all(seed));
        out.addAll(DiffOutputs.all(seed));
        out.addAll(FileViews.all(seed));
        return List.copyOf(out);
    }

    /** The log formats as data. */
    static List<LogFormat> logFormats() {
        List<LogFormat> out = new ArrayList<>();
        out.addAll(SystemLogs.all());
        out.addAll(AppLogs.all());
        out.addAll(ServerLogs.all());
        out.addAll(ClusterLogs.all());
        return out;
    }
}
