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

    /** An array of plain strings, pretty-printed. */
    static String tags() {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < 80; i++) {
            sb.append("  \"tag-").append(i).append('"').append(i < 79 ? ",\n" : "\n");
        }
        return sb.append("]").toString();
    }
}
