package dev.headroom.bench.workload.formats;

import dev.headroom.bench.workload.Rng;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tables: CSV and TSV exports with a header, a Markdown table, and the MySQL client's boxed output. */
final class TableOutputs {

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final List<String> COUNTRIES = List.of("NL", "DE", "BE", "FR", "ES", "IT", "AT", "PL", "SE", "DK");
    private static final List<String> NAMES = List.of("Jansen, Eva", "Müller, Jonas", "Peeters, Lotte", "Dubois, Camille", "García, Lucía", "Rossi, Marco",
            "Gruber, Anna", "Nowak, Piotr", "Lindqvist, Mona", "Hansen, Freja", "de Vries, Daan", "Schmidt, Lea", "Martin, Hugo", "López, Pablo");

    private TableOutputs() {}

    static List<FormatSample> all(long seed) {
        return List.of(ordersCsv(new Rng(seed + 41)), latencyTsv(new Rng(seed + 42)), licenseMarkdown(new Rng(seed + 43)), mysqlBoxed(new Rng(seed + 44)));
    }

    /** An orders export as CSV: quoted names with commas, statuses as the row's template. */
    static FormatSample ordersCsv(Rng r) {
        SampleBuilder b = new SampleBuilder();
        b.line("header", "order_id,created_at,customer_id,customer_name,country,status,items,total_eur,payment_method,carrier");
        LocalDateTime t = LocalDateTime.of(2024, 3, 1, 0, 4, 11);
        for (int i = 0; i < 640; i++) {
            t = t.plusSeconds(r.between(30, 3000));
            int roll = r.between(0, 99);
            String status = roll < 40 ? "delivered" : roll < 65 ? "shipped" : roll < 85 ? "paid" : roll < 93 ? "cancelled" : roll < 98 ? "refunded" : "payment_failed";
            String carrier = status.equals("shipped") || status.equals("delivered") ? r.pick(List.of("dhl", "postnl", "ups", "gls")) : "";
            String row = "ord-" + (480_000 + i * 3 + r.between(0, 2)) + "," + TS.format(t) + ",cus-" + r.between(10000, 99999) + ",\"" + r.pick(NAMES) + "\","
                    + r.pick(COUNTRIES) + "," + status + "," + r.between(1, 9) + "," + r.between(5, 900) + "." + String.format(Locale.ROOT, "%02d", r.between(0, 99))
                    + "," + r.pick(List.of("card", "card", "ideal", "paypal", "klarna", "bancontact")) + "," + carrier;
            b.line(status, row);
        }
        b.error("payment_failed");
        String anomaly = "ord-481339," + TS.format(t.plusSeconds(77)) + ",cus-48213,\"Nowak, Piotr\",PL,paid,1,48213.00,card,";
        b.line("paid", anomaly).anomaly("anomaly order total far above the rest", anomaly);
        return b.build("orders-csv", Family.TABLE, Route.LINE_ORIENTED);
    }

    /** Per-minute endpoint latency as TSV, one row per service and endpoint. */
    static FormatSample latencyTsv(Rng r) {
        SampleBuilder b = new SampleBuilder();
        b.line("header", "minute\tservice\tendpoint\trequests\tp50_ms\tp95_ms\tp99_ms\terrors");
        String[][] endpoints = {{"checkout-api", "POST /v1/orders"}, {"checkout-api", "GET /v1/orders/{id}"}, {"cart-service", "GET /v1/cart"},
                {"cart-service", "POST /v1/cart/items"}, {"catalog", "GET /v1/products"}, {"pricing", "POST /v1/quotes"}};
        LocalDateTime t = LocalDateTime.of(2024, 3, 14, 8, 0);
        for (int m = 0; m < 90; m++) {
            for (String[] e : endpoints) {
                int p50 = r.between(8, 40);
                int errors = r.chance(0.9) ? 0 : r.between(1, 3);
                b.line(e[0], TS.format(t.plusMinutes(m)) + "\t" + e[0] + "\t" + e[1] + "\t" + r.between(300, 2400) + "\t" + p50 + "\t" + (p50 * 3 + r.between(0, 30))
                        + "\t" + (p50 * 5 + r.between(0, 90)) + "\t" + errors);
            }
        }
        String spike = TS.format(t.plusMinutes(91)) + "\tcheckout-api\tPOST /v1/orders\t2210\t41\t3904\t29877\t412";
        b.line("checkout-api", spike).anomaly("anomaly p99 spike with errors", spike);
        return b.build("latency-tsv", Family.TABLE, Route.LINE_ORIENTED);
    }

    /** A licence report as a Markdown table. */
    static FormatSample licenseMarkdown(Rng r) {
        SampleBuilder b = new SampleBuilder();
        b.line("header", "| Package | Version | License | Repository | Direct |");
        b.line("rule", "|---|---|---|---|---|");
        List<String> licenses = List.of("MIT", "MIT", "MIT", "Apache-2.0", "Apache-2.0", "ISC", "BSD-3-Clause", "BSD-2-Clause", "MPL-2.0");
        for (int i = 0; i < 320; i++) {
            String pkg = r.pick(List.of("@babel/", "@types/", "@tanstack/", "", "", "")) + r.pick(List.of("core", "parser", "traverse", "generator", "runtime", "helpers",
                    "query", "table", "node", "react", "lodash", "chalk", "debug", "semver", "glob", "yargs", "commander", "ws", "undici", "zod", "axios")) + (r.chance(0.5) ? "-" + r.pick(List.of("utils", "compat", "plugin", "cli", "types")) : "");
            String lic = r.pick(licenses);
            b.line(lic, "| " + pkg + " | " + r.between(0, 9) + "." + r.between(0, 30) + "." + r.between(0, 12) + " | " + lic + " | https://github.com/" + r.pick(List.of("babel", "DefinitelyTyped", "TanStack", "npm", "sindresorhus", "isaacs")) + "/" + pkg.replace("@", "").replace("/", "-")
                    + " | " + (r.chance(0.15) ? "yes" : "no") + " |");
        }
        String gpl = "| pdf-fonts-embed | 2.1.0 | GPL-3.0-only | https://github.com/example-org/pdf-fonts-embed | yes |";
        b.line("GPL-3.0-only", gpl).anomaly("anomaly copyleft licence on a direct dependency", gpl);
        b.line("UNKNOWN", "| internal-telemetry | 0.3.2 | UNKNOWN | (none) | no |").error("UNKNOWN");
        return b.build("license-markdown-table", Family.TABLE, Route.LINE_ORIENTED);
    }

    /** A query result as the MySQL command-line client draws it, with the row count line. */
    static FormatSample mysqlBoxed(Rng r) {
        List<String[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        LocalDateTime t = LocalDateTime.of(2024, 1, 2, 8, 0);
        for (int i = 0; i < 160; i++) {
            t = t.plusMinutes(r.between(10, 400));
            String status = r.chance(0.85) ? "active" : r.chance(0.7) ? "suspended" : "deleted";
            String name = r.pick(List.of("eva", "jonas", "lotte", "camille", "lucia", "marco", "anna", "piotr", "mona", "freja")) + r.between(1, 999);
            rows.add(new String[] {Integer.toString(10_000 + i), name + "@" + r.pick(List.of("example.com", "mail.example.org", "shop.example.net")), TS.format(t), status,
                    r.chance(0.3) ? "NULL" : TS.format(t.plusDays(r.between(1, 60))), Integer.toString(r.between(0, 40))});
            ids.add(status);
        }
        rows.add(new String[] {"10400", "admin@example.com", TS.format(t.plusMinutes(9)), "active", TS.format(t.plusMinutes(10)), "2817"});
        ids.add("active");
        List<String[]> withHeader = new ArrayList<>();
        withHeader.add(new String[] {"id", "email", "created_at", "status", "last_login_at", "orders"});
        withHeader.addAll(rows);
        int[] w = new int[6];
        for (String[] row : withHeader) {
            for (int c = 0; c < 6; c++) {
                w[c] = Math.max(w[c], row[c].length());
            }
        }
        StringBuilder rule = new StringBuilder("+");
        for (int c = 0; c < 6; c++) {
            rule.append("-".repeat(w[c] + 2)).append('+');
        }
        SampleBuilder b = new SampleBuilder();
        b.line("rule", rule.toString());
        b.line("header", boxRow(withHeader.get(0), w));
        b.line("rule", rule.toString());
        for (int i = 0; i < rows.size(); i++) {
            String line = boxRow(rows.get(i), w);
            b.line(ids.get(i), line);
            if (i == rows.size() - 1) {
                b.anomaly("anomaly admin account with an outlier order count", line);
            }
        }
        b.line("rule", rule.toString());
        b.line("row-count", rows.size() + " rows in set (0.02 sec)");
        return b.build("mysql-boxed-table", Family.TABLE, Route.LINE_ORIENTED);
    }

    private static String boxRow(String[] cells, int[] w) {
        StringBuilder sb = new StringBuilder("|");
        for (int c = 0; c < cells.length; c++) {
            boolean numeric = cells[c].matches("\\d+");
            String pad = " ".repeat(w[c] - cells[c].length());
            sb.append(' ').append(numeric ? pad + cells[c] : cells[c] + pad).append(" |");
        }
        return sb.toString();
    }
}
