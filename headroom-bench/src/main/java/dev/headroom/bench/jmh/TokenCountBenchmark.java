package dev.headroom.bench.jmh;

import dev.headroom.bench.workload.KindSamples;
import dev.headroom.detect.ContentKind;
import dev.headroom.tokens.JtokkitTokenCounter;
import dev.headroom.tokens.TokenCounter;
import dev.headroom.tokens.Tokenizer;
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
 * The floor under {@link CompressBenchmark}: one exact o200k_base count of the same inputs on a fresh
 * counter (empty whole-text cache; the o200k piece memo is shared and warm after the first call),
 * which every {@code compress} call pays at least once for its input.
 *
 * <pre>
 * java -jar headroom-bench/target/headroom-jmh.jar TokenCountBenchmark -t 1 -f 1 -wi 3 -i 5 -p size=100KB
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TokenCountBenchmark {

    @Param({"JSON_ARRAY", "JSON_OBJECT", "LOG", "TEST_OUTPUT", "SEARCH", "DIFF", "CODE", "TEXT"})
    public String kind;

    @Param({"1KB", "100KB", "1MB"})
    public String size;

    private String input;
    private TokenCounter counter;

    @Setup(Level.Trial)
    public void generate() {
        input = KindSamples.of(ContentKind.valueOf(kind), CompressBenchmark.bytes(size), 42L);
    }

    @Setup(Level.Invocation)
    public void freshCounter() {
        counter = JtokkitTokenCounter.of(Tokenizer.O200K_BASE);
    }

    @Benchmark
    public int count() {
        return counter.count(input);
    }
}
