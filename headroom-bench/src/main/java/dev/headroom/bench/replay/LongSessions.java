package dev.headroom.bench.replay;

import dev.headroom.bench.workload.KindSamples;
import dev.headroom.bench.workload.Rng;
import dev.headroom.conversation.Message;
import dev.headroom.conversation.ToolCall;
import dev.headroom.conversation.ToolDefinition;
import dev.headroom.detect.ContentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Long coding-agent sessions (more than 50 tool steps each), seeded: what the context budget is for.
 * Each step is a short piece of reasoning and one tool call; its output is drawn from a mix of the
 * sizes agents see: mostly file views, searches and listings of a few hundred to a few thousand
 * tokens, test runs (failing until the fix), now and then a large log, JSON response or diff. Each
 * session has several user turns and one {@code headroom_retrieve} of an early output. Same seed,
 * same bytes.
 */
public final class LongSessions {

    public static final String SOURCE = "seeded-long";
    static final String SYSTEM = "You are a software engineering agent working in a checked-out repository. Use the tools to"
            + " read code, search, run the tests and inspect the running service; explain each step briefly.";
    private static final String ARGS_SCHEMA = "{\"type\":\"object\",\"properties\":{\"target\":{\"type\":\"string\","
            + "\"description\":\"A path, pattern, test selector or URL\"}},\"required\":[\"target\"]}";

    /** One kind of tool output: the tool, the content it produces, its size range in characters, and its weight in the mix. */
    private record Kind(String tool, ContentKind content, int minChars, int maxChars, int weight) {}

    private static final List<Kind> MIX = List.of(
            new Kind("open", ContentKind.CODE, 1_500, 5_000, 37),
            new Kind("search", ContentKind.SEARCH, 500, 3_000, 18),
            new Kind("ls", null, 300, 1_000, 12),
            new Kind("run_tests", ContentKind.TEST_OUTPUT, 1_500, 8_000, 15),
            new Kind("logs", ContentKind.LOG, 4_000, 16_000, 5),
            new Kind("http_get", ContentKind.JSON_ARRAY, 2_000, 10_000, 5),
            new Kind("git_diff", ContentKind.DIFF, 1_000, 4_000, 8));

    /** A session's name, its user turns and how many tool steps each takes. */
    private record Plan(String name, List<String> users, List<Integer> steps) {}

    private static final List<Plan> PLANS = List.of(
            new Plan("long/bugfix", List.of("The ledger reconciliation test fails on main. Find out why and fix it.",
                    "Run the whole suite again and check nothing else broke.", "Summarise the fix for the pull request."),
                    List.of(40, 25, 5)),
            new Plan("long/incident", List.of("Checkout latency spiked at 09:12. Investigate with the logs and metrics.",
                    "Which deploy introduced it? Look at the recent diffs.", "Propose a mitigation and check it against the tests.",
                    "Write the incident summary."), List.of(35, 25, 25, 5)),
            new Plan("long/refactor", List.of("Move the pricing rules out of OrderService into their own module.",
                    "Now update every caller and the tests.", "Run the tests and fix what fails.", "Clean up and summarise."),
                    List.of(50, 45, 35, 10)));

    private LongSessions() {}

    /** Every long session, in a fixed order. */
    public static List<Trace> all(long seed) {
        List<Trace> out = new ArrayList<>();
        for (int i = 0; i < PLANS.size(); i++) {
            out.add(session(PLANS.get(i), seed * 1_000 + i));
        }
        return out;
    }

    private static Trace session(Plan plan, long seed) {
        Rng r = new Rng(seed);
        List<ToolDefinition> tools = new ArrayList<>();
        for (Kind k : MIX) {
            tools.add(new ToolDefinition(k.tool(), "Runs " + k.tool() + " on the target and returns its output.", ARGS_SCHEMA));
        }
        List<Trace.Turn> turns = new ArrayList<>();
        int call = 0;
        boolean retrieveNext = false;
        boolean retrieved = false;
        for (int t = 0; t < plan.users().size(); t++) {
            List<Trace.Step> steps = new ArrayList<>();
            for (int s = 0; s < plan.steps().get(t); s++) {
                Kind k = pick(r, s == 0 ? null : MIX);
                boolean failing = k.tool().equals("run_tests") && t == 0;
                String output = output(k, r, seed, call, failing);
                String thought = prose(r, seed, call);
                String id = "call_" + (++call);
                Message.Assistant reply = Message.Assistant.of(thought,
                        new ToolCall(id, k.tool(), "{\"target\":\"" + target(k, r, call) + "\"}"));
                // once, right after seeing the first large output, the model retrieves the lines of it with errors
                steps.add(new Trace.Step(reply, List.of(output), retrieveNext ? "error" : null));
                retrieved |= retrieveNext;
                retrieveNext = !retrieved && output.length() >= 8_000;
            }
            steps.add(new Trace.Step(Message.Assistant.of(prose(r, seed, call + 10_000).strip() + "\n"), List.of(), null));
            turns.add(new Trace.Turn(plan.users().get(t), steps));
        }
        return new Trace(plan.name(), SOURCE, SYSTEM, tools, turns);
    }

    /** A kind drawn by weight; the first step of a turn always reads code. */
    private static Kind pick(Rng r, List<Kind> mix) {
        if (mix == null) {
            return MIX.get(0);
        }
        int total = mix.stream().mapToInt(Kind::weight).sum();
        int x = r.below(total);
        for (Kind k : mix) {
            x -= k.weight();
            if (x < 0) {
                return k;
            }
        }
        return mix.get(mix.size() - 1);
    }

    private static String output(Kind k, Rng r, long seed, int call, boolean failing) {
        int chars = r.between(k.minChars(), k.maxChars());
        long sampleSeed = seed * 10_007 + call;
        if (k.content() == null) {
            return listing(r, chars);
        }
        String text = KindSamples.of(k.content(), chars, sampleSeed);
        if (k.content() == ContentKind.CODE) {
            return numbered(text, r.between(1, 400));
        }
        if (k.content() == ContentKind.TEST_OUTPUT && !failing) {
            return text.replace("<<< FAILURE!", "").replace("Failures: 1", "Failures: 0")
                    .replace("org.opentest4j.AssertionFailedError: expected: <0> but was: <1250>\n", "")
                    .replace("BUILD FAILURE", "BUILD SUCCESS");
        }
        return text;
    }

    /** A file view as agents' editors show one: a header, then numbered lines. */
    private static String numbered(String code, int firstLine) {
        StringBuilder sb = new StringBuilder();
        String[] lines = code.split("\n", -1);
        sb.append("[File: src/main/java/com/acme/ledger/Ledger.java (").append(firstLine + lines.length + 120).append(" lines total)]\n");
        for (int i = 0; i < lines.length; i++) {
            sb.append(String.format(Locale.ROOT, "%d:%s%n", firstLine + i, lines[i]));
        }
        return sb.toString();
    }

    private static String listing(Rng r, int chars) {
        StringBuilder sb = new StringBuilder();
        List<String> dirs = List.of("src/main/java/com/acme/ledger", "src/test/java/com/acme/ledger", "src/main/resources", "docs");
        List<String> names = List.of("Ledger", "LedgerService", "Reconciler", "Entry", "Statement", "Currency", "Pricing", "Rules",
                "OrderService", "Report", "Export", "Config");
        while (sb.length() < chars) {
            String dir = r.pick(dirs);
            String name = r.pick(names) + (dir.contains("test") ? "Test" : "");
            sb.append(String.format(Locale.ROOT, "-rw-r--r--  1 dev dev %6d Mar 14 09:%02d %s/%s.java%n", r.between(300, 40_000),
                    r.between(0, 59), dir, name));
        }
        return sb.toString();
    }

    private static String prose(Rng r, long seed, int call) {
        String text = KindSamples.of(ContentKind.TEXT, r.between(120, 420), seed * 31 + call).strip();
        int cut = text.indexOf("\n\n");
        return cut > 0 ? text.substring(0, cut) : text;
    }

    private static String target(Kind k, Rng r, int call) {
        return switch (k.tool()) {
            case "open" -> "src/main/java/com/acme/ledger/Part" + r.between(1, 40) + ".java";
            case "search" -> "reconcile|currency|pricing #" + call;
            case "ls" -> "src/ -R #" + call;
            case "run_tests" -> "LedgerServiceTest #" + call;
            case "logs" -> "checkout-api since 09:00 #" + call;
            case "http_get" -> "http://localhost:8080/metrics/latency #" + call;
            default -> "HEAD~" + r.between(1, 9);
        };
    }
}
