package dev.headroom.examples.springai;

import java.util.Locale;
import java.util.StringJoiner;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;

/** Tools with realistically large, repetitive outputs. Deterministic, so runs are comparable. */
public class OpsTools {

    static final int LOG_LINES = 1500;
    static final int ORDERS = 300;

    @Tool(description = "Return the recent application log of a service")
    public String searchLogs(@ToolParam(description = "Service name, for example checkout") String service) {
        StringJoiner j = new StringJoiner("\n");
        for (int i = 0; i < LOG_LINES; i++) {
            String ts = String.format(Locale.ROOT, "2026-11-24T10:%02d:%02d.%03dZ", (i / 60) % 60, i % 60, (i * 37) % 1000);
            if (i == 1234) {
                j.add(ts + " ERROR " + service + " [worker-3] PaymentGatewayException: card declined for order 4711 (code 51, insufficient funds)");
                j.add("    at dev.shop.payment.Gateway.charge(Gateway.java:88)");
                j.add("    at dev.shop.checkout.CheckoutService.pay(CheckoutService.java:142)");
            } else if (i % 250 == 0) {
                j.add(ts + " WARN  " + service + " [worker-" + (i % 4) + "] slow response from inventory: " + (900 + i % 100) + " ms");
            } else {
                j.add(ts + " INFO  " + service + " [worker-" + (i % 4) + "] GET /api/cart/" + (1000 + i) + " 200 in " + (12 + i % 9) + " ms");
            }
        }
        return j.toString();
    }

    @Tool(description = "List today's orders with their status as JSON")
    public String listOrders() {
        StringJoiner j = new StringJoiner(",", "[", "]");
        for (int i = 0; i < ORDERS; i++) {
            int id = 4412 + i;
            String status = id == 4711 ? "payment_failed" : "paid";
            j.add(String.format(Locale.ROOT,
                    "{\"id\":%d,\"customer\":\"c-%04d\",\"status\":\"%s\",\"total\":%d.%02d,\"currency\":\"EUR\"}",
                    id, (i * 7) % 1000, status, 20 + i % 80, i % 100));
        }
        return j.toString();
    }
}
