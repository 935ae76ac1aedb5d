package dev.headroom.bench.workload.formats;

import dev.headroom.bench.workload.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Unified diffs: a GNU {@code diff -Nau8r} patch that removes and adds whole files (no git headers;
 * an absent side is dated at the epoch), a patch in the {@code /dev/null} form, and a big multi-file
 * git diff. Every line's template is the file it belongs to, so template coverage reads as "files with
 * a kept line".
 */
final class DiffOutputs {

    private DiffOutputs() {}

    static List<FormatSample> all(long seed) {
        return List.of(gnuRecursiveWithDeletions(new Rng(seed + 51)), devNullForm(new Rng(seed + 52)), gitMultiFile(new Rng(seed + 53)));
    }

    /** {@code diff -Nau8r old new}: a vendored library removed, new files added, a few files changed with 8 lines of context. */
    static FormatSample gnuRecursiveWithDeletions(Rng r) {
        SampleBuilder b = new SampleBuilder();
        String oldTs = "\t2020-01-01 12:00:00.000000000 +0100";
        String epoch = "\t1970-01-01 01:00:00.000000000 +0100";
        String newTs = "\t2024-03-14 09:12:00.000000000 +0100";
        for (int f = 0; f < 12; f++) {
            String path = "third_party/minijson/src/" + r.pick(List.of("parser", "lexer", "writer", "value", "arena", "utf8", "number", "error")) + "_" + f + ".go";
            List<String> body = SourceCode.go(r, "minijson", r.between(30, 160));
            deletion(b, "diff -Nau8r a/" + path + " b/" + path, "--- a/" + path + oldTs, "+++ b/" + path + epoch, path, body);
        }
        for (int f = 0; f < 5; f++) {
            String path = "src/json/" + r.pick(List.of("reader", "writer", "tokens", "errors", "limits")) + "_" + f + ".py";
            List<String> body = SourceCode.python(r, "json", r.between(20, 80));
            String id = path;
            List<String> lines = new ArrayList<>();
            lines.add("diff -Nau8r a/" + path + " b/" + path);
            lines.add("--- a/" + path + epoch);
            lines.add("+++ b/" + path + newTs);
            lines.add("@@ -0,0 +1," + body.size() + " @@");
            for (String l : body) {
                lines.add("+" + l);
            }
            b.record(id, lines);
            b.fileHeader(lines.get(1)).fileHeader(lines.get(2));
        }
        for (int f = 0; f < 6; f++) {
            String path = "src/app/" + r.pick(List.of("orders", "billing", "export", "cli", "config", "server")) + "_" + f + ".py";
            modification(b, r, List.of("diff -Nau8r a/" + path + " b/" + path), "--- a/" + path + oldTs, "+++ b/" + path + newTs, path, 8);
        }
        return b.build("diff-Nau8r-deletions", Family.DIFF, Route.DIFF);
    }

    /** Whole-file deletions and additions written with {@code /dev/null} on the absent side, plus changes; no git headers. */
    static FormatSample devNullForm(Rng r) {
        SampleBuilder b = new SampleBuilder();
        for (int f = 0; f < 10; f++) {
            String path = "legacy/reports/" + r.pick(List.of("monthly", "weekly", "vat", "payout", "stock")) + "_report_" + f + ".py";
            deletion(b, null, "--- a/" + path + "\t2021-06-30 10:41:12.000000000 +0000", "+++ /dev/null\t2024-03-14 09:12:00.000000000 +0000", path,
                    SourceCode.python(r, "reports", r.between(40, 140)));
        }
        for (int f = 0; f < 3; f++) {
            String path = "reports/v2/" + r.pick(List.of("builder", "schedule", "render")) + "_" + f + ".py";
            List<String> body = SourceCode.python(r, "reports", r.between(25, 70));
            List<String> lines = new ArrayList<>();
            lines.add("--- /dev/null\t2024-03-14 09:12:00.000000000 +0000");
            lines.add("+++ b/" + path + "\t2024-03-14 09:10:44.000000000 +0000");
            lines.add("@@ -0,0 +1," + body.size() + " @@");
            for (String l : body) {
                lines.add("+" + l);
            }
            b.record(path, lines);
            b.fileHeader(lines.get(0)).fileHeader(lines.get(1));
        }
        for (int f = 0; f < 3; f++) {
            String path = "reports/" + r.pick(List.of("urls", "settings", "tasks")) + "_" + f + ".py";
            modification(b, r, List.of(), "--- a/" + path + "\t2024-03-01 17:03:55.000000000 +0000", "+++ b/" + path + "\t2024-03-14 09:11:02.000000000 +0000", path, 3);
        }
        return b.build("diff-dev-null-deletions", Family.DIFF, Route.DIFF);
    }

    /** {@code git diff} of a refactoring across many files: modifications, a rename, a new file, a deleted file. */
    static FormatSample gitMultiFile(Rng r) {
        SampleBuilder b = new SampleBuilder();
        for (int f = 0; f < 34; f++) {
            String cls = SourceCode.cap(r.pick(List.of("order", "invoice", "payment", "refund", "ledger", "quota"))) + SourceCode.cap(r.pick(List.of("service", "controller", "mapper", "repository"))) + f;
            String path = "services/billing/src/main/java/com/example/billing/" + cls + ".java";
            List<String> head = new ArrayList<>();
            head.add("diff --git a/" + path + " b/" + path);
            head.add("index " + r.hex(7) + ".." + r.hex(7) + " 100644");
            modification(b, r, head, "--- a/" + path, "+++ b/" + path, path, 3);
        }
        String renamedFrom = "services/billing/src/main/java/com/example/billing/LegacyTax.java";
        String renamedTo = "services/billing/src/main/java/com/example/billing/tax/TaxRules.java";
        b.record(renamedTo, List.of("diff --git a/" + renamedFrom + " b/" + renamedTo, "similarity index 91%", "rename from " + renamedFrom, "rename to " + renamedTo,
                "index " + r.hex(7) + ".." + r.hex(7) + " 100644", "--- a/" + renamedFrom, "+++ b/" + renamedTo, "@@ -1,4 +1,4 @@",
                "-package com.example.billing;", "+package com.example.billing.tax;", " ", " import java.math.BigDecimal;", " import java.util.Map;"));
        b.fileHeader("--- a/" + renamedFrom).fileHeader("+++ b/" + renamedTo);
        String added = "services/billing/src/main/java/com/example/billing/tax/TaxZone.java";
        List<String> body = SourceCode.java(r, "com.example.billing.tax", "TaxZone", 60);
        List<String> lines = new ArrayList<>(List.of("diff --git a/" + added + " b/" + added, "new file mode 100644", "index 0000000.." + r.hex(7),
                "--- /dev/null", "+++ b/" + added, "@@ -0,0 +1," + body.size() + " @@"));
        for (String l : body) {
            lines.add("+" + l);
        }
        b.record(added, lines);
        b.fileHeader("--- /dev/null").fileHeader("+++ b/" + added);
        String deleted = "services/billing/src/main/java/com/example/billing/VatHack.java";
        List<String> gone = SourceCode.java(r, "com.example.billing", "VatHack", 40);
        List<String> dl = new ArrayList<>(List.of("diff --git a/" + deleted + " b/" + deleted, "deleted file mode 100644", "index " + r.hex(7) + "..0000000",
                "--- a/" + deleted, "+++ /dev/null", "@@ -1," + gone.size() + " +0,0 @@"));
        for (String l : gone) {
            dl.add("-" + l);
        }
        b.record(deleted, dl);
        b.fileHeader("--- a/" + deleted).fileHeader("+++ /dev/null");
        return b.build("git-diff-multi-file", Family.DIFF, Route.DIFF);
    }

    private static void deletion(SampleBuilder b, String commandLine, String oldHeader, String newHeader, String id, List<String> body) {
        List<String> lines = new ArrayList<>();
        if (commandLine != null) {
            lines.add(commandLine);
        }
        lines.add(oldHeader);
        lines.add(newHeader);
        lines.add("@@ -1," + body.size() + " +0,0 @@");
        for (String l : body) {
            lines.add("-" + l);
        }
        b.record(id, lines);
        b.fileHeader(oldHeader).fileHeader(newHeader);
    }

    /** A changed file: headers, then hunks of {@code context} lines around removed and added lines, with exact ranges. */
    private static void modification(SampleBuilder b, Rng r, List<String> head, String oldHeader, String newHeader, String id, int context) {
        List<String> source = id.endsWith(".java") ? SourceCode.java(r, "com.example.billing", "X", 400) : SourceCode.python(r, "app", 400);
        List<String> lines = new ArrayList<>(head);
        lines.add(oldHeader);
        lines.add(newHeader);
        int at = r.between(context, 40);
        int shift = 0;
        int hunks = r.between(1, 4);
        for (int h = 0; h < hunks && at + 2 * context + 10 < source.size(); h++) {
            int removed = r.between(0, 4);
            int addedN = r.between(1, 6);
            List<String> hunk = new ArrayList<>();
            for (int i = at - context; i < at; i++) {
                hunk.add(" " + source.get(i));
            }
            for (int i = 0; i < removed; i++) {
                hunk.add("-" + source.get(at + i));
            }
            for (int i = 0; i < addedN; i++) {
                hunk.add("+" + source.get(Math.min(source.size() - 1, at + removed + context + i)).replace("limit", "max_items").replace("count", "total"));
            }
            for (int i = at + removed; i < at + removed + context; i++) {
                hunk.add(" " + source.get(i));
            }
            int oldStart = at - context + 1;
            lines.add("@@ -" + oldStart + "," + (2 * context + removed) + " +" + (oldStart + shift) + "," + (2 * context + addedN) + " @@");
            lines.addAll(hunk);
            shift += addedN - removed;
            at += removed + context + r.between(2 * context + 5, 60);
        }
        b.record(id, lines);
        b.fileHeader(oldHeader).fileHeader(newHeader);
    }
}
