package dev.headroom.bench.workload;

import dev.headroom.CompressionHints;
import dev.headroom.bench.BenchInput;
import dev.headroom.bench.Needle;
import java.util.ArrayList;
import java.util.List;

/**
 * SRE incident debugging: the agent pulls the application log, a metrics series, the spans of the
 * failing trace's time window, the cluster events and the payment gateway's log. Needles: the ERROR
 * line of the failed order (with its trace ID), the p99 latency spike, the queried trace's error span,
 * a pool-exhaustion warning and an OOMKilled event.
 */
public final class SreIncidentWorkload {

    public static final String NAME = "sre-incident";
    static final String TRACE_ID = "4bf92f3577b34da6";
    static final String QUERY = "Why did checkout fail for trace " + TRACE_ID + " around 09:40?";

    private SreIncidentWorkload() {}

    public static List<BenchInput> generate(long seed) {
        Rng r = new Rng(seed);
        CompressionHints hints = CompressionHints.query(QUERY);
        return List.of(appLog(r, hints), metrics(r, hints), traces(r, hints), events(r, hints), gatewayLog(r, hints));
    }

    private static BenchInput appLog(Rng r, CompressionHints hints) {
        List<String> lines = new ArrayList<>();
        String error = null;
        int errorAt = r.between(700, 900);
        for (int i = 0; i < 1200; i++) {
            long t = Pieces.T0 + i * 1_500L;
            if (i == errorAt) {
                error = Pieces.iso(t) + " ERROR [checkout-api] c.a.checkout.PaymentClient - Payment authorization failed for order ord-77341:"
                        + " upstream timeout after 30000 ms (trace_id=" + TRACE_ID + ")";
                lines.add(error);
                lines.add("java.net.SocketTimeoutException: Read timed out");
                lines.add("\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)");
                lines.add("\tat com.acme.checkout.PaymentClient.authorize(PaymentClient.java:131)");
                lines.add("\tat com.acme.checkout.OrderService.place(OrderService.java:77)");
            } else if (r.chance(0.02)) {
                lines.add(Pieces.warnLine(r, t, "checkout-api"));
            } else {
                lines.add(Pieces.appLogLine(r, t, "checkout-api"));
            }
        }
        return input("kubectl-logs-checkout", "kubectl", String.join("\n", lines) + "\n", hints,
                List.of(new Needle("error row", error), new Needle("queried ID", TRACE_ID)));
    }

    private static BenchInput metrics(Rng r, CompressionHints hints) {
        List<Object> rows = new ArrayList<>();
        int spikeAt = r.between(150, 200);
        for (int i = 0; i < 240; i++) {
            double p99 = i == spikeAt ? 9875.4 : Rng.round1(r.gaussian(180, 12));
            rows.add(Pieces.metric(r, Pieces.T0 + i * 15_000L, p99));
        }
        return input("metrics-p99", "prometheus_query", Json.pretty(rows), hints,
                List.of(new Needle("anomalous value", "9875.4")));
    }

    private static BenchInput traces(Rng r, CompressionHints hints) {
        List<Object> spans = new ArrayList<>();
        int tracedAt = r.between(40, 100);
        for (int i = 0; i < 150; i++) {
            if (i == tracedAt) {
                spans.add(Pieces.span(r, TRACE_ID, "checkout-api", "OK", null));
                spans.add(Pieces.span(r, TRACE_ID, "cart-service", "OK", null));
                spans.add(Pieces.span(r, TRACE_ID, "psp-gateway", "ERROR", "psp-gateway deadline exceeded"));
            } else {
                spans.add(Pieces.span(r, r.hex(16), r.pick(Pieces.SERVICES), "OK", null));
            }
        }
        return input("trace-search", "tempo_search", Json.pretty(spans), hints,
                List.of(new Needle("queried ID", TRACE_ID), new Needle("error row", "psp-gateway deadline exceeded")));
    }

    private static BenchInput events(Rng r, CompressionHints hints) {
        List<String> lines = new ArrayList<>();
        lines.add("LAST SEEN   TYPE      REASON              OBJECT                               MESSAGE");
        String oom = null;
        int oomAt = r.between(20, 50);
        for (int i = 0; i < 80; i++) {
            String pod = "pod/checkout-api-7f9c" + r.hex(5);
            if (i == oomAt) {
                oom = "12m         Warning   OOMKilling          node/gke-prod-pool-2-9c1e            Memory cap of 2Gi reached: killed process 4127 (java) in "
                        + pod;
                lines.add(oom);
            } else {
                String reason = r.pick(List.of("Scheduled", "Pulled", "Created", "Started", "SuccessfulCreate", "ScalingReplicaSet"));
                lines.add(r.between(1, 59) + "m         Normal    " + pad(reason, 20) + pad(pod, 37) + Pieces.sentence(r, r.between(3, 8)));
            }
        }
        return input("kubectl-events", "kubectl", String.join("\n", lines) + "\n", hints,
                List.of(new Needle("error row", oom)));
    }

    private static BenchInput gatewayLog(Rng r, CompressionHints hints) {
        List<String> lines = new ArrayList<>();
        String warn = null;
        int warnAt = r.between(300, 500);
        for (int i = 0; i < 600; i++) {
            long t = Pieces.T0 + i * 3_000L;
            if (i == warnAt) {
                warn = Pieces.iso(t) + " WARN  [psp-gateway] c.a.psp.ConnectionPool - connection pool exhausted (active=200, max=200, waiting=57)";
                lines.add(warn);
            } else {
                lines.add(Pieces.iso(t) + " INFO  [psp-gateway] c.a.psp.AuthorizeHandler - authorized payment pay-" + r.between(100000, 999999)
                        + " amount=" + r.between(1, 900) + "." + r.between(10, 99) + " EUR in " + r.between(40, 400) + " ms");
            }
        }
        return input("journalctl-psp-gateway", "journalctl", String.join("\n", lines) + "\n", hints,
                List.of(new Needle("anomalous value", warn)));
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    private static BenchInput input(String name, String tool, String text, CompressionHints hints, List<Needle> needles) {
        return new BenchInput(NAME, NAME + "/" + name, text, hints.withToolName(tool), needles, List.of());
    }
}
