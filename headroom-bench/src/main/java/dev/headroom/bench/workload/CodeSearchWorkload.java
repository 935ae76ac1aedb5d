package dev.headroom.bench.workload;

import dev.headroom.CompressionHints;
import dev.headroom.bench.BenchInput;
import dev.headroom.bench.Needle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Code search: {@code rg -n retry} over a service returns 100 results in 14 files, then a narrower
 * search for the queried class. Needles: the line configuring {@code PaymentRetryPolicy} (the ID the
 * question asks for), an error-logging line, and an anomalous timeout value.
 */
public final class CodeSearchWorkload {

    public static final String NAME = "code-search";
    static final String QUERY = "Where is PaymentRetryPolicy configured, and why does checkout retry 7 times?";

    private static final String CONFIG = "src/main/java/com/acme/billing/BillingConfig.java";
    private static final String CLIENT = "src/main/java/com/acme/billing/PaymentClient.java";
    private static final String YAML = "src/main/resources/application.yml";

    private CodeSearchWorkload() {}

    /** One search result before formatting. */
    private record Hit(String path, int line, String content) {
        String render() {
            return Pieces.grepLine(path, line, content);
        }
    }

    public static List<BenchInput> generate(long seed) {
        Rng r = new Rng(seed);
        CompressionHints hints = CompressionHints.query(QUERY).withToolName("rg");
        Hit queried = new Hit(CONFIG, 88, "        return PaymentRetryPolicy.exponential(Duration.ofMillis(250), 7);");
        Hit error = new Hit(CLIENT, 131, "            log.error(\"retry budget exhausted for order {}\", orderId);");
        Hit anomaly = new Hit(YAML, 57, "    retry-timeout-ms: 9000000");
        List<Hit> wide = hits(r, 97, "retry");
        wide.add(queried);
        wide.add(error);
        wide.add(anomaly);
        wide.sort(Comparator.comparing(Hit::path).thenComparingInt(Hit::line));
        BenchInput first = new BenchInput(NAME, NAME + "/rg-retry", render(wide), hints,
                List.of(new Needle("queried ID", queried.render()), new Needle("error row", error.render()),
                        new Needle("anomalous value", anomaly.render())),
                List.of());
        List<Hit> narrow = hits(r, 24, "paymentRetryPolicy");
        narrow.add(queried);
        narrow.sort(Comparator.comparing(Hit::path).thenComparingInt(Hit::line));
        BenchInput second = new BenchInput(NAME, NAME + "/rg-PaymentRetryPolicy", render(narrow), hints,
                List.of(new Needle("queried ID", queried.render())), List.of());
        return List.of(first, second);
    }

    private static List<Hit> hits(Rng r, int count, String term) {
        List<String> files = new ArrayList<>();
        for (int f = 0; f < 14; f++) {
            String area = r.pick(List.of("billing", "checkout", "orders", "common/http", "psp", "ledger"));
            files.add("src/" + (r.chance(0.25) ? "test" : "main") + "/java/com/acme/" + area + "/" + Pieces.cap(r.pick(Pieces.WORDS))
                    + Pieces.cap(term.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + term.substring(1)) + f + ".java");
        }
        List<Hit> out = new ArrayList<>();
        int[] next = new int[files.size()];
        for (int i = 0; i < count; i++) {
            int f = r.between(0, files.size() - 1);
            next[f] += r.between(1, 40);
            out.add(new Hit(files.get(f), next[f], Pieces.javaLineWith(r, term)));
        }
        return out;
    }

    private static String render(List<Hit> hits) {
        StringBuilder sb = new StringBuilder();
        for (Hit h : hits) {
            sb.append(h.render()).append('\n');
        }
        return sb.toString();
    }
}
