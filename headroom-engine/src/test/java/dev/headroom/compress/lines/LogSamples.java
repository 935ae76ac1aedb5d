package dev.headroom.compress.lines;

import java.util.Locale;

/** Realistic, deterministic log texts for the tests (no corpus needed). */
final class LogSamples {

    private LogSamples() {}

    /** A service log: request lines, periodic health checks, a few warnings, one error with a stack trace. */
    static String service(int requests) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < requests; i++) {
            String ts = time(i * 7);
            b.append(ts).append(" INFO  [http-nio-8080-exec-").append(i % 8 + 1).append("] c.e.api.RequestLog - GET /api/v1/orders/")
                    .append(10_000 + i * 37).append(" 200 in ").append(3 + i % 41).append(" ms\n");
            if (i % 25 == 0) {
                b.append(ts).append(" DEBUG [scheduler-1] c.e.health.HealthCheck - db ok, pool active=").append(i % 5)
                        .append(" idle=").append(10 - i % 5).append('\n');
            }
            if (i % 60 == 17) {
                b.append(ts).append(" WARN  [http-nio-8080-exec-2] c.e.api.RateLimiter - client 10.0.3.").append(i % 200)
                        .append(" exceeded 100 requests/min\n");
            }
            if (i == requests / 2) {
                b.append(ts).append(" ERROR [http-nio-8080-exec-4] c.e.api.OrderController - order lookup failed for id 4711\n")
                        .append("java.lang.IllegalStateException: order 4711 has no customer\n")
                        .append("\tat com.example.api.OrderService.load(OrderService.java:88)\n")
                        .append("\tat com.example.api.OrderController.get(OrderController.java:41)\n")
                        .append("\t... 37 more\n");
            }
        }
        b.append(time(requests * 7 + 1)).append(" INFO  [main] c.e.Application - shutting down after ").append(requests)
                .append(" requests\n");
        return b.toString();
    }

    static String time(int seconds) {
        return String.format(Locale.ROOT, "2024-03-18 %02d:%02d:%02d.%03d", 9 + seconds / 3600, seconds / 60 % 60, seconds % 60,
                seconds * 13 % 1000);
    }
}
