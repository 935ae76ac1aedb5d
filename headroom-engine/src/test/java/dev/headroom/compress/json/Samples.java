package dev.headroom.compress.json;

import java.util.Locale;

/** Realistic JSON tool outputs for the JSON compressor's tests, built deterministically. */
final class Samples {

    private Samples() {}

    /** A pretty-printed API response: 60 health checks, row 37 an error, one slow outlier at row 21. */
    static String healthChecks() {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < 60; i++) {
            boolean error = i == 37;
            int latency = i == 21 ? 4870 : 40 + (i * 7) % 23;
            sb.append(String.format(Locale.ROOT,
                    "  {\n    \"id\": %d,\n    \"service\": \"checkout-%d\",\n    \"region\": \"eu-west-1\",\n    \"status\": \"%s\",\n"
                            + "    \"latency_ms\": %d,\n    \"score\": 1.0,\n    \"message\": \"%s\"\n  }%s\n",
                    1000 + i, i % 4, error ? "error" : "ok", latency,
                    error ? "upstream timeout contacting payments-db" : "request served in " + latency + " ms",
                    i < 59 ? "," : ""));
        }
        return sb.append("]\n").toString();
    }

    /** A search response: an object with totals and a nested, repetitive items array of 120 entries. */
    static String searchResponse() {
        StringBuilder sb = new StringBuilder("{\n  \"total_count\": 120,\n  \"incomplete_results\": false,\n  \"items\": [\n");
        for (int i = 0; i < 120; i++) {
            sb.append(String.format(Locale.ROOT,
                    "    {\"order_id\": %d, \"state\": \"%s\", \"amount\": %d.50, \"currency\": \"EUR\", \"note\": \"batch %d processed\"}%s\n",
                    14800 + i, i == 77 ? "refunded" : "paid", 20 + i % 9, i % 3, i < 119 ? "," : ""));
        }
        return sb.append("  ],\n  \"page\": 1\n}\n").toString();
    }

    /** Distinct people: nothing may be dropped, so only the lossless table can shrink it. */
    static String people() {
        String[] first = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "John", "Radia", "Ken", "Margaret", "Niklaus",
            "Leslie", "Tony", "Shafi", "Judea", "Whitfield", "Adele", "Butler", "Sophie"};
        String[] last = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "McCarthy", "Perlman", "Thompson",
            "Hamilton", "Wirth", "Lamport", "Hoare", "Goldwasser", "Pearl", "Diffie", "Goldberg", "Lampson", "Wilson"};
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < 20; i++) {
            sb.append(String.format(Locale.ROOT,
                    "  {\"id\": %d, \"name\": \"%s %s\", \"email\": \"%s@example.org\", \"team\": {\"name\": \"%s\", \"floor\": %d}, "
                            + "\"active\": true, \"joined\": \"20%02d-0%d-1%d\"}%s\n",
                    i + 1, first[i], last[i], first[i].toLowerCase(Locale.ROOT), i % 2 == 0 ? "compilers" : "runtime", i % 2 == 0 ? 3 : 4,
                    i + 1, 1 + i % 9, i % 10, i < 19 ? "," : ""));
        }
        return sb.append("]\n").toString();
    }

    /**
     * An orders API listing of 300 distinct orders (like the LangChain4j demo's, plus a shipping
     * address of its own per order, so the rows are distinct entities, not repetitive), pretty-printed.
     * With {@code withFailure}, only ORD-10187 has a failed payment with an error object and is ON_HOLD.
     */
    static String orders() {
        return orders(true);
    }

    static String orders(boolean withFailure) {
        String[] streets = {"Linden", "Maple", "Harbour", "Station", "Church", "Mill", "Garden", "Bridge", "Castle", "Park",
            "Forest", "River", "Meadow", "Orchard", "Hill", "Lake", "School", "Market", "Chapel", "Quarry"};
        String[] cities = {"Berlin", "Paris", "Utrecht", "Boston", "Leeds", "Sevilla", "Torino", "Uppsala", "Hamburg", "Lyon",
            "Leiden", "Denver", "York", "Bilbao", "Parma"};
        String[] countries = {"DE", "FR", "NL", "US", "GB", "ES", "IT", "SE"};
        String[] methods = {"card", "card", "paypal", "sepa_debit", "card", "apple_pay"};
        String[] fulfilment = {"SHIPPED", "DELIVERED", "PACKED", "DELIVERED", "SHIPPED"};
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < 300; i++) {
            boolean failed = withFailure && i == 186;
            int cents = 1990 + (i * 7919) % 24000;
            String method = failed ? "card" : methods[i % methods.length];
            String payment = failed
                    ? "{\"method\": \"card\", \"provider\": \"stripe\", \"status\": \"FAILED\", \"attempts\": 3, "
                            + "\"error\": {\"code\": \"gateway_timeout\", \"message\": \"No response from acquirer within 30000 ms\"}}"
                    : "{\"method\": \"" + method + "\", \"provider\": \"" + (method.equals("paypal") ? "paypal" : "stripe")
                            + "\", \"status\": \"CAPTURED\", \"attempts\": 1, \"error\": null}";
            sb.append(String.format(Locale.ROOT,
                    "  {\"id\": \"ORD-%d\", \"created_at\": \"2026-11-24T%02d:%02d:%02dZ\", \"customer\": {\"id\": \"CUS-%05d\", "
                            + "\"country\": \"%s\", \"email\": \"customer%d@example.com\"}, \"ship_to\": \"%d %s Street, %s\", \"items\": %d, "
                            + "\"total\": {\"amount\": \"%s\", \"currency\": \"EUR\"}, \"payment\": %s, \"fulfilment\": \"%s\"}%s\n",
                    10001 + i, 6 + i / 60, i % 60, (i * 37) % 60, 20000 + (i * 613) % 9000, countries[i % countries.length], 3000 + i,
                    1 + i % 97, streets[i % 20], cities[i / 20 % 15], 1 + i % 5, failed ? "149.95" : String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100), payment,
                    failed ? "ON_HOLD" : fulfilment[i % fulfilment.length], i < 299 ? "," : ""));
        }
        return sb.append("]\n").toString();
    }

    /** An array of plain strings, pretty-printed. */
    static String tags() {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < 80; i++) {
            sb.append("  \"tag-").append(i).append('"').append(i < 79 ? ",\n" : "\n");
        }
        return sb.append("]").toString();
    }
}
