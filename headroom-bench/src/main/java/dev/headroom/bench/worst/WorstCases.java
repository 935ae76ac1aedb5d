package dev.headroom.bench.worst;

import dev.headroom.detect.ContentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The slowest inputs we could construct for each compressor: quadratic shapes (thousands of siblings
 * under one node, thousands of tiny files, templates that never repeat), huge single lines, deep
 * nesting. Each generator fills (about) the requested number of characters; same size, same text.
 */
public final class WorstCases {

    /** One shape: the compressor it targets, a name, and a generator of about {@code n} characters. */
    public record Case(ContentKind kind, String name, IntFunction<String> generator) {
        public String input(int chars) {
            return generator.apply(chars);
        }
    }

    private WorstCases() {}

    public static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        // code: the red team's two shapes, plus siblings and depth tree-sitter recovers from
        cases.add(new Case(ContentKind.CODE, "go: func main() {{ repeated", n -> "package main\n" + repeat("func main() {{\n", n)));
        cases.add(new Case(ContentKind.CODE, "java: class then unclosed method headers", n -> javaUnclosedHeaders(n)));
        cases.add(new Case(ContentKind.CODE, "java: thousands of small methods", n -> javaManyMethods(n)));
        cases.add(new Case(ContentKind.CODE, "python: thousands of module docstrings", n -> repeat("\"\"\"doc\"\"\"\nx = 1\n", n)));
        cases.add(new Case(ContentKind.CODE, "javascript: anonymous functions at top level",
                n -> repeat("const f = function () { return [1, 2, 3].map(x => x * 2).filter(Boolean); };\n", n)));
        cases.add(new Case(ContentKind.CODE, "c: deep nesting of braces", n -> "int main() {\n" + repeat("{ ", n / 2) + "\n"));
        cases.add(new Case(ContentKind.CODE, "java: one huge line", n -> "class A { void m() { int x = " + repeat("1 + ", n / 4) + "1; } }"));
        // JSON
        cases.add(new Case(ContentKind.JSON_ARRAY, "json: 500-deep nesting past the tree limit", n -> repeat("[", n / 2) + repeat("]", n / 2)));
        cases.add(new Case(ContentKind.JSON_ARRAY, "json: tables nested in tables", WorstCases::nestedTables));
        cases.add(new Case(ContentKind.JSON_ARRAY, "json: rows of distinct keys", WorstCases::distinctKeys));
        cases.add(new Case(ContentKind.JSON_ARRAY, "json: one huge string", n -> "[{\"a\":\"" + repeat("x", n) + "\"},{\"a\":\"y\"}]"));
        cases.add(new Case(ContentKind.JSON_ARRAY, "json: tiny rows, all distinct", n -> jsonTinyRows(n)));
        // logs
        cases.add(new Case(ContentKind.LOG, "log: every line a new template", WorstCases::distinctTemplates));
        cases.add(new Case(ContentKind.LOG, "log: one huge line", n -> "2026-12-02 10:00:00 INFO " + repeat("word ", n / 5) + "\n"
                + repeat("2026-12-02 10:00:01 INFO ok\n", 10)));
        cases.add(new Case(ContentKind.LOG, "log: one endless stack trace", n -> "2026-12-02 10:00:00 ERROR boom\njava.lang.IllegalStateException: x\n"
                + repeat("\tat a.b.C.m(C.java:1)\n", n)));
        // search
        cases.add(new Case(ContentKind.SEARCH, "grep: thousands of tiny files", n -> manyFiles(n)));
        cases.add(new Case(ContentKind.SEARCH, "grep: one file, one huge match line", n -> "src/a.txt:1:" + repeat("needle ", n / 7) + "\n"
                + repeat("src/b.txt:2:x\n", 60)));
        cases.add(new Case(ContentKind.SEARCH, "grep -C: context runs", n -> grepContext(n)));
        // diff
        cases.add(new Case(ContentKind.DIFF, "diff: thousands of tiny files", WorstCases::diffManyFiles));
        cases.add(new Case(ContentKind.DIFF, "diff: one hunk, all context", WorstCases::diffOneHunk));
        cases.add(new Case(ContentKind.DIFF, "diff: one huge changed line", n -> "diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1,1 +1,1 @@\n-"
                + repeat("a", n / 2) + "\n+" + repeat("b", n / 2) + "\n"));
        // text and HTML
        cases.add(new Case(ContentKind.TEXT, "text: one endless sentence", n -> repeat("word ", n / 5)));
        cases.add(new Case(ContentKind.TEXT, "text: thousands of tiny sentences", n -> repeat("Go. ", n / 4)));
        cases.add(new Case(ContentKind.HTML, "html: deep nesting", n -> "<html><body>" + repeat("<div>", n / 10) + "x" + repeat("</div>", n / 10)));
        cases.add(new Case(ContentKind.HTML, "html: unclosed tags and entities", n -> "<html>" + repeat("<p a='1' &amp;#xD800; <b>x&lt;", n / 30)));
        cases.add(new Case(ContentKind.HTML, "html: script never closed", n -> "<html><body><p>x</p><script>" + repeat("var a=1;", n / 8)));
        // test output
        cases.add(new Case(ContentKind.TEST_OUTPUT, "pytest: thousands of passing tests",
                n -> "============================= test session starts ==============================\n"
                        + repeat("tests/test_x.py::test_case PASSED                                   [ 50%]\n", n)
                        + "============================== 9999 passed in 1.00s ===============================\n"));
        cases.add(new Case(ContentKind.TEST_OUTPUT, "surefire: one huge line", n -> "[INFO] Running a.BTest\n[INFO] " + repeat("x", n)
                + "\n[INFO] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0\n"));
        return cases;
    }

    /** {@code unit} repeated to about {@code chars} characters (at least once). */
    static String repeat(String unit, int chars) {
        return unit.repeat(Math.max(1, chars / unit.length()));
    }

    private static String javaUnclosedHeaders(int n) {
        StringBuilder sb = new StringBuilder("package a;\n\nimport java.util.List;\n\n/** A real-looking class first. */\npublic class Orders {\n");
        for (int i = 0; sb.length() < n / 4; i++) {
            sb.append("    /** Returns order ").append(i).append(". */\n    public int order").append(i)
                    .append("(List<String> items) {\n        int total = 0;\n        for (String s : items) {\n")
                    .append("            total += s.length();\n        }\n        return total;\n    }\n\n");
        }
        sb.append("}\n");
        for (int i = 0; sb.length() < n; i++) {
            sb.append("    public void broken").append(i).append("(String a, int b) {\n");
        }
        return sb.toString();
    }

    private static String javaManyMethods(int n) {
        StringBuilder sb = new StringBuilder("class Many {\n");
        for (int i = 0; sb.length() < n - 2; i++) {
            sb.append("  int m").append(i).append("() {\n    int a = ").append(i).append(";\n    a += 1;\n    a *= 2;\n    return a;\n  }\n");
        }
        return sb.append("}\n").toString();
    }

    private static String nestedTables(int n) {
        // each row holds a table of rows holding a table..., eight levels
        String leaf = "{\"id\":1,\"s\":\"ok\"}";
        String level = leaf;
        for (int d = 0; d < 8; d++) {
            level = "{\"id\":" + d + ",\"s\":\"ok\",\"kids\":[" + (level + ",").repeat(2) + level + "]}";
            if (level.length() > n / 4) {
                break;
            }
        }
        StringBuilder sb = new StringBuilder("[");
        while (sb.length() < n) {
            sb.append(level).append(',');
        }
        sb.setLength(sb.length() - 1);
        return sb.append(']').toString();
    }

    private static String distinctKeys(int n) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; sb.length() < n; i++) {
            sb.append("{\"k").append(i).append("\":").append(i).append(",\"v").append(i % 97).append("\":\"x").append(i).append("\"},");
        }
        sb.setLength(sb.length() - 1);
        return sb.append(']').toString();
    }

    private static String jsonTinyRows(int n) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; sb.length() < n; i++) {
            sb.append("{\"a\":").append(i).append(",\"b\":\"").append(Integer.toString(i * 7919, 36)).append("\"},");
        }
        sb.setLength(sb.length() - 1);
        return sb.append(']').toString();
    }

    private static String distinctTemplates(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < n; i++) {
            // same first word and token count, every other word new: each line opens a template
            sb.append("2026-12-02 10:00:00 INFO svc w").append(Integer.toString(i, 36)).append(" q").append(Integer.toString(i * 31, 36))
                    .append(" z").append(Integer.toString(i * 17, 36)).append(" y").append(Integer.toString(i * 13, 36)).append('\n');
        }
        return sb.toString();
    }

    private static String manyFiles(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < n; i++) {
            sb.append("src/f").append(i).append(".txt:1:x\n");
        }
        return sb.toString();
    }

    private static String grepContext(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < n; i++) {
            sb.append("src/a.java-").append(2 * i).append("-  context line\n");
            sb.append("src/a.java:").append(2 * i + 1).append(":  retry(").append(i).append(");\n");
        }
        return sb.toString();
    }

    private static String diffManyFiles(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < n; i++) {
            sb.append("diff --git a/f").append(i).append(" b/f").append(i).append("\n--- a/f").append(i).append("\n+++ b/f").append(i)
                    .append("\n@@ -1,1 +1,1 @@\n-a\n+b\n");
        }
        return sb.toString();
    }

    private static String diffOneHunk(int n) {
        int lines = n / 8;
        StringBuilder sb = new StringBuilder("diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1," + (lines + 1) + " +1," + (lines + 1) + " @@\n");
        for (int i = 0; i < lines / 2; i++) {
            sb.append(" ctx").append(i % 1000).append('\n');
        }
        sb.append("-old\n+new\n");
        for (int i = lines / 2; i < lines; i++) {
            sb.append(" ctx").append(i % 1000).append('\n');
        }
        return sb.toString();
    }
}
