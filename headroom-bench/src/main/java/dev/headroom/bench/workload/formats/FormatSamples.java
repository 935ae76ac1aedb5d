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

    /**
     * The same samples with every log at about {@value #FULL_LOG_LINES} lines, the length of the real
     * logs issue 10's bars were set on: a log compressor's savings grow with length (one kept line per
     * template is a fixed cost), so the 85% bar is judged at this size. Slower; not used by the
     * benchmark.
     */
    public static List<FormatSample> fullSize(long seed) {
        List<FormatSample> out = new ArrayList<>();
        for (LogFormat f : logFormats()) {
            double linesPerRecord = (double) LogGenerator.generate(f, seed).lines().size() / f.records();
            int records = Math.max(f.records(), (int) Math.round(FULL_LOG_LINES / linesPerRecord));
            out.add(LogGenerator.generate(f, seed, records));
        }
        for (FormatSample s : all(seed)) {
            if (s.family() != Family.LOG) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /** About this many lines per log in {@link #fullSize}. */
    public static final int FULL_LOG_LINES = 2000;

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
