package dev.headroom.bench.jmh;

import dev.headroom.CompressionHints;
import dev.headroom.CompressionResult;
import dev.headroom.Headroom;
import dev.headroom.bench.workload.KindSamples;
import dev.headroom.detect.ContentKind;
import dev.headroom.relevance.RelevanceScorer;
import dev.headroom.relevance.RelevanceScorers;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one {@link Headroom#compress} call per compressor kind and input size, including token
 * counting before and after and storing the original. With {@code routing=hinted} (the default) the
 * kind is passed as a hint, so each case times its own compressor; with {@code routing=detected} the
 * content detector picks the kind, as for a tool result in production. Each invocation gets a fresh
 * {@link Headroom} (built outside the measurement), so token counts are never answered from the
 * previous invocation's cache, as for a tool output seen for the first time. The instance has no
 * time budget, so slow cases show their whole cost instead of the budget.
 *
 * <p>With {@code relevance=onnx} (or any scorer id) every instance also gets that relevance scorer,
 * created once per trial and shared by the instances as in production, so the difference to
 * {@code relevance=lexical} is the scorer's cost on the same input and question (the hints always
 * carry a question). The scorer is found by id at setup: without its module on the classpath the
 * trial fails with a message naming the module.
 *
 * <p>Build and run (quick profile, one thread):
 * <pre>
 * ./mvnw -q -B -pl headroom-bench -am package -DskipTests -Pjmh
 * java -jar headroom-bench/target/headroom-jmh.jar CompressBenchmark -t 1 -f 1 -wi 3 -w 1s -i 5 -r 1s
 * java -jar headroom-bench/target/headroom-jmh.jar CompressBenchmark -t 1 -f 1 -wi 3 -i 5 -p kind=JSON_ARRAY -p size=100KB
 * java -jar headroom-bench/target/headroom-jmh.jar CompressBenchmark -t 1 -f 1 -wi 3 -i 5 -p kind=JSON_ARRAY -p size=100KB -p routing=hinted,detected
 * java -jar headroom-bench/target/headroom-jmh.jar CompressBenchmark -t 1 -f 1 -wi 3 -i 5 -p kind=LOG,TEXT -p relevance=lexical,onnx
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CompressBenchmark {

    /** The compressor kind the input is routed to (given as the kind hint, so each kind measures its own compressor). */
    @Param({"JSON_ARRAY", "JSON_OBJECT", "LOG", "TEST_OUTPUT", "SEARCH", "DIFF", "CODE", "HTML", "TEXT"})
    public String kind;

    @Param({"1KB", "100KB", "1MB"})
    public String size;

    /** {@code hinted}: the kind is given; {@code detected}: the content detector routes the input. */
    @Param({"hinted"})
    public String routing;

    /** {@code lexical}: no scorer; {@code onnx} (or another scorer id): that relevance scorer, found by id. */
    @Param({"lexical"})
    public String relevance;

    private String input;
    private CompressionHints hints;
    private RelevanceScorer scorer;
    private Headroom headroom;

    @Setup(Level.Trial)
    public void generate() {
        ContentKind k = ContentKind.valueOf(kind);
        input = KindSamples.of(k, bytes(size), 42L);
        CompressionHints query = CompressionHints.query("why did order ord-77341 fail?");
        switch (routing) {
            case "hinted" -> hints = query.withKind(k);
            case "detected" -> hints = query;
            default -> throw new IllegalArgumentException("routing must be hinted or detected, was " + routing);
        }
        scorer = RelevanceScorers.forId(relevance).orElse(null);
    }

    @Setup(Level.Invocation)
    public void freshInstance() {
        Headroom.Builder b = Headroom.builder().timeBudget(Duration.ZERO);
        if (scorer != null) {
            b.relevance(scorer);
        }
        headroom = b.build();
    }

    @Benchmark
    public CompressionResult compress() {
        return headroom.compress(input, hints);
    }

    static int bytes(String size) {
        switch (size) {
            case "1KB": return 1024;
            case "100KB": return 100 * 1024;
            case "1MB": return 1024 * 1024;
            default: throw new IllegalArgumentException("size must be 1KB, 100KB or 1MB, was " + size);
        }
    }
}
