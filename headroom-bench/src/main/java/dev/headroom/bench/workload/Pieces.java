package dev.headroom.bench.workload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Seeded building blocks shared by the workloads and the per-kind samples: log lines, rows, code, diffs, prose. */
final class Pieces {

    static final long T0 = 1_710_407_520_000L; // 2024-03-14T09:12:00Z

    static final List<String> SERVICES = List.of("checkout-api", "cart-service", "inventory", "psp-gateway", "pricing");
    static final List<String> USERS = List.of("mona", "octocat", "hubot", "dependabot[bot]", "kvasir", "lena-dev",
            "rtorres", "sam-k", "ines", "p-ivanov", "gh-actions", "yuki");
    static final List<String> LABELS = List.of("bug", "enhancement", "question", "needs-triage", "area/auth",
            "area/payments", "good first issue", "documentation", "wontfix", "duplicate");
    static final List<String> WORDS = List.of("the", "request", "token", "cache", "refresh", "after", "upgrade",
            "when", "service", "returns", "stale", "value", "retry", "order", "customer", "payment", "slow", "page",
            "timeout", "config", "build", "flaky", "test", "docs", "missing", "field", "response", "header", "queue",
            "worker", "startup", "memory", "index", "query", "ledger", "report", "export", "import", "locale", "date");

    private static final List<String> INFO_TEMPLATES = List.of(
            "c.a.checkout.OrderService - Order ord-%d accepted for customer cus-%d in %d ms",
            "c.a.checkout.CartClient - Fetched cart crt-%d with %d items in %d ms",
            "c.a.checkout.PricingClient - Priced %d lines for order ord-%d in %d ms",
            "o.s.web.servlet.DispatcherServlet - Completed 200 OK for POST /api/orders in %d ms (req %d of %d)",
            "c.a.checkout.InventoryClient - Reserved %d units of sku-%d for order ord-%d",
            "c.a.checkout.Outbox - Published OrderPlaced event %d for order ord-%d (lag %d ms)",
            "com.zaxxer.hikari.pool.HikariPool - checkout-db - Pool stats (total=%d, active=%d, idle=%d)");
    private static final List<String> DEBUG_TEMPLATES = List.of(
            "c.a.checkout.Tracing - span %d closed after %d us (children %d)",
            "c.a.checkout.FeatureFlags - flag new-pricing evaluated to true for cus-%d (rule %d, bucket %d)");

    private Pieces() {}

    static String iso(long epochMs) {
        return Instant.ofEpochMilli(epochMs).toString();
    }

    /** An ordinary INFO or DEBUG line of the checkout application log. */
    static String appLogLine(Rng r, long epochMs, String service) {
        boolean debug = r.chance(0.2);
        String t = r.pick(debug ? DEBUG_TEMPLATES : INFO_TEMPLATES);
        String msg = String.format(java.util.Locale.ROOT, t, r.between(10000, 99999), r.between(1, 999), r.between(2, 180));
        return iso(epochMs) + (debug ? " DEBUG " : " INFO  ") + "[" + service + "] " + msg;
    }

    /** A WARN line of the checkout application log. */
    static String warnLine(Rng r, long epochMs, String service) {
        return iso(epochMs) + " WARN  [" + service + "] c.a.checkout.PaymentClient - Retrying payment call to psp-gateway (attempt "
                + r.between(2, 3) + "/3) after " + r.between(200, 900) + " ms";
    }

    /** One {@code path:line:content} search result line. */
    static String grepLine(String path, int line, String content) {
        return path + ":" + line + ":" + content;
    }

    /** A plausible line of Java source that mentions {@code term}. */
    static String javaLineWith(Rng r, String term) {
        String v = r.pick(List.of("attempts", "policy", "delay", "budget", "client", "config"));
        switch (r.between(0, 7)) {
            case 0: return "    private final " + cap(term) + "Policy " + v + ";";
            case 1: return "        if (" + v + ".should" + cap(term) + "(attempt)) {";
            case 2: return "        log.debug(\"" + term + " attempt {} of {}\", attempt, " + v + ".max());";
            case 3: return "    public Duration " + term + "Delay(int attempt) {";
            case 4: return "        return " + v + ".with" + cap(term) + "(" + r.between(1, 9) + ");";
            case 5: return "     * Applies the " + term + " policy to outgoing calls.";
            case 6: return "import com.acme.common." + term + "." + cap(term) + "Template;";
            default: return "        " + v + " = " + cap(term) + "Budget.of(" + r.between(1, 50) + ", Duration.ofSeconds(" + r.between(1, 30) + "));";
        }
    }

    static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Words of filler prose, {@code n} long, ending in a full stop. */
    static String sentence(Rng r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = r.pick(WORDS);
            sb.append(i == 0 ? cap(w) : " " + w);
        }
        return sb.append('.').toString();
    }

    /** A GitHub-like issue object. */
    static Map<String, Object> issue(Rng r, int number, String title, int comments) {
        List<Object> labels = new ArrayList<>();
        int nl = r.between(0, 3);
        for (int i = 0; i < nl; i++) {
            String name = r.pick(LABELS);
            labels.add(Json.obj("name", name, "color", r.hex(6), "default", false));
        }
        String user = r.pick(USERS);
        long created = T0 - r.between(1, 400) * 86_400_000L + r.between(0, 86_399) * 1000L;
        return Json.obj(
                "url", "https://api.github.com/repos/acme/shop/issues/" + number,
                "id", 1_000_000_000L + number * 37L,
                "number", number,
                "title", title,
                "user", Json.obj("login", user, "id", 10_000 + USERS.indexOf(user), "type", user.endsWith("[bot]") ? "Bot" : "User"),
                "labels", labels,
                "state", r.chance(0.8) ? "open" : "closed",
                "locked", false,
                "comments", comments,
                "created_at", iso(created),
                "updated_at", iso(created + r.between(1, 90) * 3_600_000L),
                "author_association", r.pick(List.of("MEMBER", "CONTRIBUTOR", "NONE")),
                "body", sentence(r, r.between(8, 30)));
    }

    /** A title for an ordinary issue. */
    static String issueTitle(Rng r) {
        return sentence(r, r.between(4, 9)).replace(".", "");
    }

    /** A metrics sample of the checkout service. */
    static Map<String, Object> metric(Rng r, long epochMs, double p99) {
        return Json.obj(
                "ts", iso(epochMs),
                "service", "checkout-api",
                "p50_ms", Rng.round1(r.gaussian(42, 4)),
                "p99_ms", p99,
                "error_rate", Math.round(Math.abs(r.gaussian(0.002, 0.001)) * 10_000) / 10_000.0,
                "cpu", Math.round(r.gaussian(0.45, 0.05) * 100) / 100.0,
                "rps", r.between(180, 240));
    }

    /** A trace span. */
    static Map<String, Object> span(Rng r, String traceId, String service, String status, String error) {
        Map<String, Object> attrs = Json.obj("http.method", "POST", "http.status_code", status.equals("OK") ? 200 : 504,
                "net.peer.name", service + ".prod.svc");
        if (error != null) {
            attrs.put("error.message", error);
        }
        return Json.obj(
                "trace_id", traceId,
                "span_id", r.hex(16),
                "service", service,
                "operation", r.pick(List.of("POST /api/orders", "authorize", "reserve", "price", "GET /cart")),
                "start", iso(T0 + r.between(0, 3_600_000)),
                "duration_ms", status.equals("OK") ? r.between(3, 220) : 30_000,
                "status", status,
                "attributes", attrs);
    }

    /** Lines of a Java class with {@code methods} methods; the extra lines, if any, are placed inside the first method. */
    static List<String> javaClass(Rng r, String pkg, String name, int methods, List<String> extraFirstMethod) {
        List<String> out = new ArrayList<>();
        out.add("package " + pkg + ";");
        out.add("");
        out.add("import java.time.Duration;");
        out.add("import java.time.Instant;");
        out.add("import java.util.List;");
        out.add("import java.util.Map;");
        out.add("");
        out.add("/** " + sentence(r, 10) + " */");
        out.add("public final class " + name + " {");
        out.add("");
        out.add("    private final Map<String, Long> balances;");
        out.add("    private final Duration window;");
        out.add("");
        for (int m = 0; m < methods; m++) {
            String method = r.pick(List.of("compute", "load", "merge", "apply", "render", "check")) + cap(r.pick(WORDS)) + m;
            out.add("    /** " + sentence(r, r.between(6, 14)) + " */");
            out.add("    public long " + method + "(String key, int limit) {");
            if (m == 0) {
                out.addAll(extraFirstMethod);
            }
            int body = r.between(6, 18);
            out.add("        long total = 0;");
            out.add("        for (int i = 0; i < limit; i++) {");
            for (int b = 0; b < body; b++) {
                out.add("            total += balances.getOrDefault(key + \"-" + r.pick(WORDS) + "\", " + r.between(0, 99) + "L) * " + r.between(1, 9) + ";");
            }
            out.add("        }");
            out.add("        return total;");
            out.add("    }");
            out.add("");
        }
        out.add("}");
        return out;
    }

    /** A unified diff of one file with {@code hunks} hunks of changed lines; header counts are exact. */
    static List<String> diffFile(Rng r, String path, int hunks, String plantedAddedLine) {
        List<String> out = new ArrayList<>();
        out.add("diff --git a/" + path + " b/" + path);
        out.add("index " + r.hex(7) + ".." + r.hex(7) + " 100644");
        out.add("--- a/" + path);
        out.add("+++ b/" + path);
        int oldLine = r.between(5, 30);
        int shift = 0;
        for (int h = 0; h < hunks; h++) {
            List<String> body = new ArrayList<>();
            int ctx = 3;
            int removed = r.between(0, 4);
            int added = r.between(1, 6);
            for (int i = 0; i < ctx; i++) {
                body.add(" " + javaLineWith(r, r.pick(WORDS)));
            }
            for (int i = 0; i < removed; i++) {
                body.add("-" + javaLineWith(r, r.pick(WORDS)));
            }
            for (int i = 0; i < added; i++) {
                body.add("+" + (h == 0 && i == 0 && plantedAddedLine != null ? plantedAddedLine : javaLineWith(r, r.pick(WORDS))));
            }
            for (int i = 0; i < ctx; i++) {
                body.add(" " + javaLineWith(r, r.pick(WORDS)));
            }
            int oldCount = 2 * ctx + removed;
            int newCount = 2 * ctx + added;
            out.add("@@ -" + oldLine + "," + oldCount + " +" + (oldLine + shift) + "," + newCount + " @@");
            out.addAll(body);
            shift += added - removed;
            oldLine += oldCount + r.between(5, 40);
        }
        return out;
    }

    /** Maven Surefire console output for {@code classes} passing test classes, with application chatter. */
    static List<String> testRun(Rng r, int classes, List<String> failure) {
        List<String> out = new ArrayList<>();
        out.add("[INFO] -------------------------------------------------------");
        out.add("[INFO]  T E S T S");
        out.add("[INFO] -------------------------------------------------------");
        int failAt = failure.isEmpty() ? -1 : classes / 2;
        for (int c = 0; c < classes; c++) {
            String cls = "com.acme.ledger." + cap(r.pick(WORDS)) + cap(r.pick(WORDS)) + c + "Test";
            out.add("[INFO] Running " + cls);
            int chatter = r.between(2, 10);
            for (int i = 0; i < chatter; i++) {
                out.add(iso(T0 + c * 1000L + i) + " DEBUG [main] c.a.ledger.Ledger - loaded " + r.between(1, 500) + " entries for account acc-" + r.between(1000, 9999));
            }
            if (c == failAt) {
                out.addAll(failure);
            } else {
                out.add("[INFO] Tests run: " + r.between(3, 30) + ", Failures: 0, Errors: 0, Skipped: " + r.between(0, 1)
                        + ", Time elapsed: 0." + r.between(10, 99) + " s - in " + cls);
            }
        }
        out.add("[INFO] ");
        out.add("[INFO] Results:");
        out.add("[INFO] ");
        out.add("[INFO] BUILD " + (failure.isEmpty() ? "SUCCESS" : "FAILURE"));
        return out;
    }
}
