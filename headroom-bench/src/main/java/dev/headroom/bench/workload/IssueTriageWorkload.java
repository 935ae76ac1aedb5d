package dev.headroom.bench.workload;

import dev.headroom.CompressionHints;
import dev.headroom.bench.BenchInput;
import dev.headroom.bench.Needle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GitHub issue triage: a page of 80 issues, the 40 comments of the queried issue, and a search for
 * likely duplicates. Needles: the queried issue's title, an issue with an anomalous comment count,
 * the comment carrying the stack trace, and the older duplicate.
 */
public final class IssueTriageWorkload {

    public static final String NAME = "issue-triage";
    static final int QUERIED = 4821;
    static final String QUERY = "Is issue #4821 (NullPointerException in TokenRefresher) a duplicate, and what caused it?";
    static final String TITLE = "NullPointerException in TokenRefresher after upgrade to 3.2";
    static final String TRACE = "Caused by: java.lang.NullPointerException at com.acme.auth.TokenRefresher.refresh(TokenRefresher.java:88)";
    static final String DUPLICATE = "TokenRefresher NPE on cold start when the cache is empty";

    private IssueTriageWorkload() {}

    public static List<BenchInput> generate(long seed) {
        Rng r = new Rng(seed);
        CompressionHints hints = CompressionHints.query(QUERY).withToolName("github_api");
        return List.of(issues(r, hints), comments(r, hints), search(r, hints));
    }

    private static BenchInput issues(Rng r, CompressionHints hints) {
        List<Object> rows = new ArrayList<>();
        int queriedAt = r.between(10, 60);
        int hotAt = r.between(61, 75);
        for (int i = 0; i < 80; i++) {
            int number = 4900 - i;
            if (i == queriedAt) {
                rows.add(Pieces.issue(r, QUERIED, TITLE, 40));
            } else if (i == hotAt) {
                rows.add(Pieces.issue(r, number, "Checkout page freezes on Safari 17", 8734));
            } else {
                rows.add(Pieces.issue(r, number == QUERIED ? 4822 : number, Pieces.issueTitle(r), r.between(0, 12)));
            }
        }
        return input("issues-page", Json.pretty(rows), hints,
                List.of(new Needle("queried ID", TITLE), new Needle("anomalous value", "8734")));
    }

    private static BenchInput comments(Rng r, CompressionHints hints) {
        List<Object> rows = new ArrayList<>();
        int traceAt = r.between(5, 35);
        for (int i = 0; i < 40; i++) {
            String body = i == traceAt
                    ? "Still failing on 3.2.1. Stack trace: " + TRACE + " (token cache was cleared by the nightly job)"
                    : Pieces.sentence(r, r.between(6, 40));
            String user = r.pick(Pieces.USERS);
            rows.add(Json.obj(
                    "id", 2_000_000_000L + i * 101L,
                    "html_url", "https://github.com/acme/shop/issues/" + QUERIED + "#issuecomment-" + (2_000_000_000L + i * 101L),
                    "user", Json.obj("login", user, "type", user.endsWith("[bot]") ? "Bot" : "User"),
                    "created_at", Pieces.iso(Pieces.T0 + i * 3_600_000L),
                    "author_association", r.pick(List.of("MEMBER", "CONTRIBUTOR", "NONE")),
                    "body", body));
        }
        return input("issue-comments", Json.pretty(rows), hints, List.of(new Needle("error row", TRACE)));
    }

    private static BenchInput search(Rng r, CompressionHints hints) {
        List<Object> items = new ArrayList<>();
        int dupAt = r.between(5, 25);
        for (int i = 0; i < 30; i++) {
            if (i == dupAt) {
                items.add(Pieces.issue(r, 4790, DUPLICATE, 6));
            } else {
                items.add(Pieces.issue(r, 3000 + r.between(0, 1800), "TokenRefresher " + Pieces.issueTitle(r), r.between(0, 9)));
            }
        }
        Map<String, Object> page = Json.obj("total_count", 30, "incomplete_results", false, "items", items);
        return input("search-duplicates", Json.pretty(page), hints, List.of(new Needle("queried ID", DUPLICATE)));
    }

    private static BenchInput input(String name, String text, CompressionHints hints, List<Needle> needles) {
        return new BenchInput(NAME, NAME + "/" + name, text, hints, needles, List.of());
    }
}
