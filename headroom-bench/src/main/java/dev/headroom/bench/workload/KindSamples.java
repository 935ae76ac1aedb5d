package dev.headroom.bench.workload;

import dev.headroom.detect.ContentKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeded inputs of one content kind at about a given size, for the JMH benchmarks: whole units
 * (rows, lines, methods, hunks, page sections) are added until the text reaches the size.
 */
public final class KindSamples {

    private KindSamples() {}

    /** An input of {@code kind} of at least {@code bytes} characters (a little more, to end on a whole unit). */
    public static String of(ContentKind kind, int bytes, long seed) {
        Rng r = new Rng(seed);
        switch (kind) {
            case JSON_ARRAY:
                return jsonArray(r, bytes);
            case JSON_OBJECT:
                return jsonObject(r, bytes);
            case LOG:
                return lines(bytes, i -> i % 97 == 50
                        ? Pieces.iso(Pieces.T0 + i * 500L) + " ERROR [checkout-api] c.a.checkout.PaymentClient - authorization failed for ord-" + i
                        : i % 31 == 7 ? Pieces.warnLine(r, Pieces.T0 + i * 500L, "checkout-api")
                        : Pieces.appLogLine(r, Pieces.T0 + i * 500L, "checkout-api"));
            case TEST_OUTPUT:
                return testOutput(r, bytes);
            case SEARCH:
                return lines(bytes, i -> Pieces.grepLine("src/main/java/com/acme/billing/" + Pieces.cap(Pieces.WORDS.get(i / 7 % Pieces.WORDS.size())) + "Retry.java",
                        i % 7 * 13 + 1, Pieces.javaLineWith(r, "retry")));
            case DIFF:
                return diff(r, bytes);
            case CODE:
                return code(seed, bytes);
            case HTML:
                return HtmlPages.page(r, bytes);
            case TEXT:
            default:
                return text(r, bytes);
        }
    }

    private interface LineSource {
        String line(int index);
    }

    private static String lines(int bytes, LineSource source) {
        StringBuilder sb = new StringBuilder(bytes + 256);
        for (int i = 0; sb.length() < bytes; i++) {
            sb.append(source.line(i)).append('\n');
        }
        return sb.toString();
    }

    private static String jsonArray(Rng r, int bytes) {
        List<Object> rows = new ArrayList<>();
        String out = "[]";
        while (out.length() < bytes) {
            int more = Math.max(1, (bytes - out.length()) / 150);
            for (int k = 0; k < more; k++) {
                int i = rows.size();
                double p99 = i % 211 == 100 ? 9875.4 : Rng.round1(r.gaussian(180, 12));
                rows.add(Pieces.metric(r, Pieces.T0 + i * 15_000L, p99));
            }
            out = Json.pretty(rows);
        }
        return out;
    }

    private static String jsonObject(Rng r, int bytes) {
        List<Object> issues = new ArrayList<>();
        String out = "";
        while (out.length() < bytes) {
            int more = Math.max(1, (bytes - out.length()) / 1000);
            for (int k = 0; k < more; k++) {
                issues.add(Pieces.issue(r, 5000 - issues.size(), Pieces.issueTitle(r), r.between(0, 12)));
            }
            out = Json.pretty(Json.obj("total_count", issues.size(), "incomplete_results", false,
                    "repository", Json.obj("full_name", "acme/shop", "private", false, "default_branch", "main"), "items", issues));
        }
        return out;
    }

    private static String testOutput(Rng r, int bytes) {
        StringBuilder sb = new StringBuilder();
        int classes = Math.max(1, bytes / 600);
        List<String> failure = List.of(
                "[ERROR] Tests run: 9, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.8 s <<< FAILURE! - in com.acme.ledger.LedgerServiceTest",
                "org.opentest4j.AssertionFailedError: expected: <0> but was: <1250>");
        for (String l : Pieces.testRun(r, classes, failure)) {
            sb.append(l).append('\n');
        }
        return sb.toString();
    }

    private static String diff(Rng r, int bytes) {
        StringBuilder sb = new StringBuilder();
        for (int f = 0; sb.length() < bytes; f++) {
            for (String l : Pieces.diffFile(r, "src/main/java/com/acme/ledger/Part" + f + ".java", r.between(2, 8), null)) {
                sb.append(l).append('\n');
            }
        }
        return sb.toString();
    }

    private static String code(long seed, int bytes) {
        int methods = Math.max(1, bytes / 1100);
        while (true) {
            String out = String.join("\n", Pieces.javaClass(new Rng(seed), "com.acme.ledger", "Ledger", methods, List.of())) + "\n";
            if (out.length() >= bytes) {
                return out;
            }
            methods += Math.max(1, (bytes - out.length()) / 1100);
        }
    }

    private static String text(Rng r, int bytes) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < bytes) {
            int sentences = r.between(3, 7);
            for (int s = 0; s < sentences; s++) {
                sb.append(s == 0 ? "" : " ").append(Pieces.sentence(r, r.between(8, 22)));
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }
}
