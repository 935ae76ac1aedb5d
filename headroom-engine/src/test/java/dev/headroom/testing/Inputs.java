package dev.headroom.testing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded generators of realistic tool outputs (JSON API responses, service logs, search hits,
 * unified diffs, source code, binary junk) and mutations of them, for concurrency, fuzz and stress
 * tests. The same seed always yields the same inputs.
 */
public final class Inputs {

    private static final String[] LEVELS = {"INFO", "INFO", "INFO", "DEBUG", "INFO", "WARN", "INFO", "ERROR"};
    private static final String[] SERVICES = {"OrderService", "PaymentGateway", "InventoryClient", "AuthFilter", "CartController"};
    private static final String[] STATUSES = {"active", "active", "active", "suspended", "pending", "error"};
    private static final String[] WORDS = {"order", "payment", "retry", "timeout", "customer", "invoice", "shipment",
            "cache", "token", "session", "request", "response", "queue", "batch", "latency", "checkout"};

    private Inputs() {}

    /** One realistic input of a kind chosen by {@code r}. */
    public static String any(Random r) {
        switch (r.nextInt(6)) {
            case 0:
                return json(r);
            case 1:
                return log(r);
            case 2:
                return search(r);
            case 3:
                return diff(r);
            case 4:
                return code(r);
            default:
                return r.nextBoolean() ? log(r) : json(r);
        }
    }

    /** An input that a line-eliding compressor will shrink: a log or a pretty-printed JSON array. */
    public static String compressible(Random r) {
        return r.nextBoolean() ? log(r) : json(r);
    }

    /** A small input that a line-eliding compressor will shrink (a few KB), for high-rate workloads. */
    public static String small(Random r) {
        return r.nextBoolean() ? log(r, 15 + r.nextInt(30)) : json(r, 3 + r.nextInt(8));
    }

    /**
     * One realistic input of moderate size (a few KB to about 20 KB) of a kind chosen by {@code r}, for
     * workloads that push many inputs through the real compressors: JSON arrays, JSON API responses
     * (an object around an array), logs, search hits, unified diffs and Java source. Every call yields
     * new content (random ids, numbers and timestamps), so two calls practically never repeat.
     */
    public static String mixed(Random r) {
        switch (r.nextInt(7)) {
            case 0:
                return json(r, 5 + r.nextInt(60));
            case 1:
                return "{\n  \"data\": " + json(r, 5 + r.nextInt(40)).replace("\n", "\n  ") + ",\n  \"page\": "
                        + r.nextInt(50) + ",\n  \"has_more\": " + r.nextBoolean() + "\n}";
            case 2:
            case 3:
                return log(r, 15 + r.nextInt(80));
            case 4:
                return search(r);
            case 5:
                return diff(r);
            default:
                return code(r);
        }
    }

    /** A pretty-printed JSON array of API records. */
    public static String json(Random r) {
        return json(r, 20 + r.nextInt(120));
    }

    /** A pretty-printed JSON array of {@code n} API records. */
    public static String json(Random r, int n) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < n; i++) {
            int id = 1000 + r.nextInt(90000);
            sb.append("  {\n")
                    .append("    \"id\": ").append(id).append(",\n")
                    .append("    \"name\": \"").append(word(r)).append('-').append(id).append("\",\n")
                    .append("    \"status\": \"").append(STATUSES[r.nextInt(STATUSES.length)]).append("\",\n")
                    .append("    \"latency_ms\": ").append(r.nextInt(900)).append(",\n")
                    .append("    \"score\": ").append(String.format(Locale.ROOT, "%.3f", r.nextDouble())).append(",\n")
                    .append("    \"tags\": [\"").append(word(r)).append("\", \"").append(word(r)).append("\"],\n")
                    .append("    \"owner\": {\"email\": \"user").append(r.nextInt(500)).append("@example.com\"}\n")
                    .append(i == n - 1 ? "  }\n" : "  },\n");
        }
        return sb.append("]").toString();
    }

    /** An application log with occasional warnings, errors and stack traces. */
    public static String log(Random r) {
        return log(r, 40 + r.nextInt(200));
    }

    /** An application log of {@code n} entries. */
    public static String log(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        long t = 1_700_000_000_000L + r.nextInt(1_000_000);
        for (int i = 0; i < n; i++) {
            t += r.nextInt(400);
            String level = LEVELS[r.nextInt(LEVELS.length)];
            String service = SERVICES[r.nextInt(SERVICES.length)];
            sb.append(String.format(Locale.ROOT, "2026-11-24T%02d:%02d:%02d.%03dZ %-5s [worker-%d] c.e.%s - ",
                    (t / 3_600_000) % 24, (t / 60_000) % 60, (t / 1000) % 60, t % 1000, level, r.nextInt(8), service));
            if (level.equals("ERROR")) {
                sb.append("failed to process ").append(word(r)).append(' ').append(r.nextInt(100000)).append('\n');
                sb.append("java.lang.IllegalStateException: ").append(word(r)).append(" rejected\n");
                sb.append("\tat com.example.").append(service).append(".handle(").append(service).append(".java:")
                        .append(10 + r.nextInt(300)).append(")\n");
                sb.append("\tat java.base/java.lang.Thread.run(Thread.java:1583)");
            } else {
                sb.append("processed ").append(word(r)).append(' ').append(r.nextInt(100000)).append(" in ")
                        .append(r.nextInt(250)).append(" ms");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** grep-style search hits: {@code path:line:content}. */
    public static String search(Random r) {
        int n = 30 + r.nextInt(150);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("src/main/java/com/example/").append(SERVICES[r.nextInt(SERVICES.length)]).append(".java:")
                    .append(1 + r.nextInt(800)).append(":    ").append(word(r)).append("Repository.find(")
                    .append(word(r)).append("Id);\n");
        }
        return sb.toString();
    }

    /** A unified diff over several files. */
    public static String diff(Random r) {
        StringBuilder sb = new StringBuilder();
        int files = 1 + r.nextInt(5);
        for (int f = 0; f < files; f++) {
            String path = "src/" + word(r) + "/" + SERVICES[r.nextInt(SERVICES.length)] + ".java";
            sb.append("diff --git a/").append(path).append(" b/").append(path).append('\n')
                    .append("index 3f9a2c0..b41e7d2 100644\n")
                    .append("--- a/").append(path).append('\n')
                    .append("+++ b/").append(path).append('\n');
            int hunks = 1 + r.nextInt(4);
            int line = 1;
            for (int h = 0; h < hunks; h++) {
                line += 5 + r.nextInt(40);
                int ctx = 3 + r.nextInt(6);
                int removed = r.nextInt(6);
                int added = r.nextInt(8);
                sb.append("@@ -").append(line).append(',').append(ctx + removed).append(" +").append(line).append(',')
                        .append(ctx + added).append(" @@ class ").append(word(r)).append('\n');
                for (int i = 0; i < ctx; i++) {
                    sb.append("     int ").append(word(r)).append(i).append(" = ").append(r.nextInt(99)).append(";\n");
                }
                for (int i = 0; i < removed; i++) {
                    sb.append("-    return ").append(word(r)).append("(").append(i).append(");\n");
                }
                for (int i = 0; i < added; i++) {
                    sb.append("+    return ").append(word(r)).append("Async(").append(i).append(").join();\n");
                }
            }
        }
        return sb.toString();
    }

    /** A Java source file with several methods. */
    public static String code(Random r) {
        StringBuilder sb = new StringBuilder("package com.example;\n\nimport java.util.List;\n\n/** Handles ")
                .append(word(r)).append("s. */\npublic final class ").append(SERVICES[r.nextInt(SERVICES.length)]).append(" {\n");
        int methods = 3 + r.nextInt(12);
        for (int m = 0; m < methods; m++) {
            sb.append("\n    public int ").append(word(r)).append(m).append("(List<String> items) {\n")
                    .append("        int total = 0;\n")
                    .append("        for (String item : items) {\n");
            int body = 2 + r.nextInt(10);
            for (int i = 0; i < body; i++) {
                sb.append("            total += item.indexOf(\"").append(word(r)).append("\") * ").append(i + 1).append(";\n");
            }
            sb.append("        }\n        return total;\n    }\n");
        }
        return sb.append("}\n").toString();
    }

    /** Bytes that are not text: random bytes read as Latin-1, or random UTF-16 code units. */
    public static String binary(Random r) {
        int n = r.nextInt(6000);
        if (r.nextBoolean()) {
            byte[] bytes = new byte[n];
            r.nextBytes(bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        char[] cs = new char[n];
        for (int i = 0; i < n; i++) {
            cs[i] = (char) r.nextInt(Character.MAX_VALUE + 1);
        }
        return new String(cs);
    }

    /** {@code s} damaged in a way chosen by {@code r}. */
    public static String mutate(Random r, String s) {
        if (s.isEmpty()) {
            return s;
        }
        int a = r.nextInt(s.length());
        int b = a + r.nextInt(s.length() - a + 1);
        switch (r.nextInt(9)) {
            case 0:
                return s.substring(0, a);
            case 1:
                return s.substring(a);
            case 2:
                return s.substring(0, a) + s.substring(b);
            case 3:
                return s.substring(0, b) + s.substring(a);
            case 4:
                return s.substring(0, a) + (char) r.nextInt(Character.MAX_VALUE + 1) + s.substring(a);
            case 5:
                return s.substring(0, a) + "[headroom: " + (1 + r.nextInt(99)) + " rows elided, original kept; retrieve handle="
                        + "0123456789abcdef]" + s.substring(a);
            case 6:
                return s.replace("\n", "\r\n");
            case 7:
                return s.substring(0, a) + "\u0000\uFEFF\uD83D\uDE00\uD800" + s.substring(a);
            default:
                return s.substring(0, a) + s.substring(a, b).toUpperCase(Locale.ROOT) + s.substring(b);
        }
    }

    private static String word(Random r) {
        return WORDS[r.nextInt(WORDS.length)];
    }
}
