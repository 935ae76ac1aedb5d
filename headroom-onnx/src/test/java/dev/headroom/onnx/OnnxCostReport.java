package dev.headroom.onnx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Prints what the ONNX scorer costs on this machine: the cold load, resident memory, and the time of
 * one {@code score} call for 10, 100 and 256 units with a cold and a warm cache. A report, not a test:
 * {@code ./mvnw -B -q -pl headroom-onnx -am -Pcost process-test-classes} (see the README).
 */
public final class OnnxCostReport {

    private static final Duration NO_LIMIT = Duration.ofMinutes(10);

    private static final String QUERY = "why did the payment service time out when the database connection pool was exhausted?";
    private static final String[] WORDS = ("the a service request user payment database connection pool timeout error retry "
            + "cache node cluster worker queue message latency disk memory thread lock commit deploy build test release "
            + "api endpoint token session login failed succeeded started stopped closed opened config value field index "
            + "repository branch merge file line column version upgrade schema table row query response status code").split(" ");

    private OnnxCostReport() {}

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        System.out.printf("java %s, %d processors, intra-op threads %d, batch size %d, %d repetitions per figure%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), threads, batchSize, reps);

        long rssStart = rssKb();
        OnnxRelevanceScorer scorer = OnnxRelevanceScorer.builder()
                .threads(threads).batchSize(batchSize).budget(Duration.ofMinutes(5)).build();
        SplittableRandom random = new SplittableRandom(7);
        long t0 = System.nanoTime();
        if (!scorer.warmUp()) {
            throw new IllegalStateException("the model did not load");
        }
        long load = System.nanoTime() - t0;
        t0 = System.nanoTime();
        scorer.score(QUERY, lines(random, 10), NO_LIMIT);
        long firstCall = System.nanoTime() - t0;
        long rssLoaded = rssKb();
        System.out.printf("model load (cold, warmUp): %.0f ms; first call after it (11 embeddings): %.0f ms%n",
                load / 1e6, firstCall / 1e6);
        System.out.printf("VmRSS: %d MB before load, %d MB after (+%d MB); heap used after GC %d MB%n", rssStart / 1024,
                rssLoaded / 1024, (rssLoaded - rssStart) / 1024, heapUsedMb());

        while (scorer.embeddingsComputed() < 1001) { // the query and 1000 units, all cached
            scorer.score(QUERY, lines(random, 100), NO_LIMIT);
        }
        long rss1000 = rssKb();
        System.out.printf("VmRSS after %d embeddings: %d MB (+%d MB over the loaded model); heap used after GC %d MB%n",
                scorer.embeddingsComputed(), rss1000 / 1024, (rss1000 - rssLoaded) / 1024, heapUsedMb());

        for (int n : new int[] {10, 100, 256}) {
            double[] cold = new double[reps];
            double[] warm = new double[reps];
            for (int r = 0; r < reps; r++) {
                List<String> units = lines(random, n); // new lines: nothing cached
                long s = System.nanoTime();
                scorer.score(QUERY, units, NO_LIMIT);
                cold[r] = (System.nanoTime() - s) / 1e6;
                s = System.nanoTime();
                scorer.score(QUERY, units, NO_LIMIT);
                warm[r] = (System.nanoTime() - s) / 1e6;
            }
            System.out.printf("%3d units: cold cache p50 %7.1f ms  p90 %7.1f ms (%.2f ms/unit) | warm cache p50 %5.2f ms  p90 %5.2f ms%n",
                    n, pct(cold, 50), pct(cold, 90), pct(cold, 50) / n, pct(warm, 50), pct(warm, 90));
        }
    }

    private static long heapUsedMb() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }

    /** Lines of about 15 words, different on every call. */
    private static List<String> lines(SplittableRandom random, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            int words = 12 + random.nextInt(7);
            for (int w = 0; w < words; w++) {
                sb.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            sb.append(' ').append(random.nextInt(100_000));
            out.add(sb.toString());
        }
        return out;
    }

    private static double pct(double[] values, int p) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1)];
    }

    private static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
