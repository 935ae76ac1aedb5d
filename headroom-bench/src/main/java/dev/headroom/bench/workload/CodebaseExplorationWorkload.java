package dev.headroom.bench.workload;

import dev.headroom.CompressionHints;
import dev.headroom.bench.BenchInput;
import dev.headroom.bench.Needle;
import java.util.ArrayList;
import java.util.List;

/**
 * Codebase exploration: the agent reads a source file, lists the tree, searches for a method, runs
 * the tests and looks at the working diff. Needles: the queried method's signature, an anomalous
 * constant, the failing test and its assertion, and the added currency check in the diff.
 */
public final class CodebaseExplorationWorkload {

    public static final String NAME = "codebase-exploration";
    static final String QUERY = "How does LedgerService.reconcileLedger handle currency mismatches, and why does the test fail?";
    static final String SIGNATURE = "    public LedgerReport reconcileLedger(Instant cutoff) {";
    static final String CONSTANT = "    private static final long MAX_DRIFT_MICROS = 86400000000L;";
    static final String FAILED_TEST = "[ERROR] com.acme.ledger.LedgerServiceTest.should_reconcile_mixed_currencies  Time elapsed: 0.05 s  <<< FAILURE!";
    static final String ASSERTION = "org.opentest4j.AssertionFailedError: expected: <0> but was: <1250>";
    static final String ADDED = "        if (!a.currency().equals(b.currency())) {";

    private CodebaseExplorationWorkload() {}

    public static List<BenchInput> generate(long seed) {
        Rng r = new Rng(seed);
        CompressionHints hints = CompressionHints.query(QUERY);
        return List.of(sourceFile(r, hints), tree(r, hints), search(r, hints), testRun(r, hints), diff(r, hints));
    }

    private static BenchInput sourceFile(Rng r, CompressionHints hints) {
        List<String> lines = Pieces.javaClass(r, "com.acme.ledger", "LedgerService", 28, List.of());
        int at = lines.indexOf("    private final Duration window;") + 1;
        lines.add(at, CONSTANT);
        int methodAt = lines.size() / 2;
        while (!lines.get(methodAt).isEmpty()) {
            methodAt++;
        }
        lines.addAll(methodAt + 1, List.of(
                "    /** Matches ledger entries booked before the cutoff against the bank statement. */",
                SIGNATURE,
                "        List<Entry> entries = loadEntries(cutoff);",
                "        for (Entry a : entries) {",
                "            Entry b = statement.match(a);",
                "            if (b == null) {",
                "                continue;",
                "            }",
                "            report.add(a, b);",
                "        }",
                "        return report;",
                "    }",
                ""));
        return input("cat-LedgerService", "cat", String.join("\n", lines) + "\n", hints,
                List.of(new Needle("queried ID", SIGNATURE.strip()), new Needle("anomalous value", "86400000000L")));
    }

    private static BenchInput tree(Rng r, CompressionHints hints) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String area = r.pick(List.of("ledger", "billing", "checkout", "auth", "common"));
            paths.add("./src/" + (r.chance(0.3) ? "test" : "main") + "/java/com/acme/" + area + "/" + Pieces.cap(r.pick(Pieces.WORDS))
                    + Pieces.cap(r.pick(Pieces.WORDS)) + i + ".java");
        }
        paths.add(r.between(50, 250), "./src/main/java/com/acme/ledger/LedgerService.java");
        return input("find-java", "find", String.join("\n", paths) + "\n", hints,
                List.of(new Needle("queried ID", "./src/main/java/com/acme/ledger/LedgerService.java")));
    }

    private static BenchInput search(Rng r, CompressionHints hints) {
        List<String> lines = new ArrayList<>();
        String hit = "src/main/java/com/acme/ledger/LedgerService.java:214:" + SIGNATURE;
        for (int i = 0; i < 30; i++) {
            String path = "src/" + (i % 3 == 0 ? "test" : "main") + "/java/com/acme/ledger/" + Pieces.cap(r.pick(Pieces.WORDS)) + "Job" + i + ".java";
            lines.add(Pieces.grepLine(path, r.between(10, 400), "        report = ledger.reconcileLedger(" + r.pick(List.of("cutoff", "now", "eod")) + ");"));
            if (i == 12) {
                lines.add(hit);
            }
        }
        return input("grep-reconcileLedger", "grep", String.join("\n", lines) + "\n", hints.withToolName("grep"),
                List.of(new Needle("queried ID", hit)));
    }

    private static BenchInput testRun(Rng r, CompressionHints hints) {
        List<String> failure = List.of(
                "[ERROR] Tests run: 9, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.8 s <<< FAILURE! - in com.acme.ledger.LedgerServiceTest",
                FAILED_TEST,
                ASSERTION,
                "\tat org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:55)",
                "\tat com.acme.ledger.LedgerServiceTest.should_reconcile_mixed_currencies(LedgerServiceTest.java:142)");
        List<String> lines = Pieces.testRun(r, 45, failure);
        return input("mvn-test", "mvn", String.join("\n", lines) + "\n", hints,
                List.of(new Needle("error row", FAILED_TEST), new Needle("error row", ASSERTION)));
    }

    private static BenchInput diff(Rng r, CompressionHints hints) {
        List<String> lines = new ArrayList<>();
        lines.addAll(Pieces.diffFile(r, "src/main/java/com/acme/ledger/LedgerService.java", 6, ADDED));
        lines.addAll(Pieces.diffFile(r, "src/main/java/com/acme/ledger/Entry.java", 4, null));
        lines.addAll(Pieces.diffFile(r, "src/test/java/com/acme/ledger/LedgerServiceTest.java", 8, null));
        return input("git-diff", "git", String.join("\n", lines) + "\n", hints, List.of(new Needle("queried ID", "+" + ADDED)));
    }

    private static BenchInput input(String name, String tool, String text, CompressionHints hints, List<Needle> needles) {
        return new BenchInput(NAME, NAME + "/" + name, text, hints.withToolName(tool), needles, List.of());
    }
}
