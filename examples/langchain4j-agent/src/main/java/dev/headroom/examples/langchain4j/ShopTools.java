package dev.headroom.examples.langchain4j;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The agent's tools. Two return the kind of large output real tools return: an orders API listing
 * (300 orders, one failed payment) and a log search (hundreds of INFO lines around one ERROR). The
 * data is generated deterministically, so every run prints the same figures.
 */
public final class ShopTools {

    static final String FAILED_ORDER = "ORD-10187";
    private static final int ORDERS = 300;
    private static final int LOG_LINES = 420;
    private static final String[] COUNTRIES = {"DE", "FR", "NL", "US", "GB", "ES", "IT", "SE"};
    private static final String[] METHODS = {"card", "card", "paypal", "sepa_debit", "card", "apple_pay"};
    private static final String[] FULFILMENT = {"SHIPPED", "DELIVERED", "PACKED", "DELIVERED", "SHIPPED"};
    private static final String[] PATHS = {"/api/cart", "/api/orders", "/api/checkout", "/api/products", "/api/shipping/quote"};

    @Tool("Lists today's orders from the orders API as a JSON array")
    public String listOrders() {
        String out = orders();
        AgentExample.printTool("listOrders()", out);
        return out;
    }

    @Tool("Searches today's logs of the checkout and payment services; returns matching log lines")
    public String searchLogs(@P("words to search for, e.g. an order id") String query) {
        String out = logs();
        AgentExample.printTool("searchLogs(\"" + query + "\")", out);
        return out;
    }

    @Tool("Refunds an order in full and returns the refund record")
    public String refundOrder(@P("the order id, e.g. ORD-10001") String orderId) {
        String out = "{\"refund_id\":\"re_" + orderId.toLowerCase(Locale.ROOT).replace("-", "")
                + "\",\"order_id\":\"" + orderId + "\",\"status\":\"SUCCEEDED\",\"amount\":{\"amount\":\"149.95\",\"currency\":\"EUR\"}}";
        AgentExample.printTool("refundOrder(\"" + orderId + "\")", out);
        return out;
    }

    static String orders() {
        StringJoiner array = new StringJoiner(",\n  ", "[\n  ", "\n]");
        for (int i = 0; i < ORDERS; i++) {
            int n = 10001 + i;
            String id = "ORD-" + n;
            boolean failed = id.equals(FAILED_ORDER);
            int cents = 1990 + (i * 7919) % 24000;
            String amount = failed ? "149.95" : String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
            String method = failed ? "card" : METHODS[i % METHODS.length];
            String payment = failed
                    ? "{\"method\":\"card\",\"provider\":\"stripe\",\"status\":\"FAILED\",\"attempts\":3,"
                            + "\"error\":{\"code\":\"gateway_timeout\",\"message\":\"No response from acquirer within 30000 ms\"}}"
                    : "{\"method\":\"" + method + "\",\"provider\":\"" + (method.equals("paypal") ? "paypal" : "stripe")
                            + "\",\"status\":\"CAPTURED\",\"attempts\":1,\"error\":null}";
            array.add(String.format(Locale.ROOT,
                    "{\"id\":\"%s\",\"created_at\":\"2026-11-24T%02d:%02d:%02dZ\",\"customer\":{\"id\":\"CUS-%05d\",\"country\":\"%s\","
                            + "\"email\":\"customer%d@example.com\"},\"items\":%d,\"total\":{\"amount\":\"%s\",\"currency\":\"EUR\"},"
                            + "\"payment\":%s,\"fulfilment\":\"%s\"}",
                    id, 6 + i / 60, i % 60, (i * 37) % 60, 20000 + (i * 613) % 9000, COUNTRIES[i % COUNTRIES.length], 3000 + i,
                    1 + i % 5, amount, payment, failed ? "ON_HOLD" : FULFILMENT[i % FULFILMENT.length]));
        }
        return array.toString();
    }

    static String logs() {
        StringBuilder sb = new StringBuilder();
        int failedAt = 233;
        for (int i = 0; i < LOG_LINES; i++) {
            String ts = String.format(Locale.ROOT, "2026-11-24T09:%02d:%02d.%03dZ", i / 60 % 60, i % 60, (i * 131) % 1000);
            String order = "ORD-" + (10001 + (i * 53) % ORDERS);
            if (i == failedAt - 2) {
                sb.append(ts).append(" WARN  [payment-service] [req-7f3a9c] stripe charge for order ").append(FAILED_ORDER)
                        .append(" slow: no response after 10000 ms, retrying (attempt 2/3)\n");
            } else if (i == failedAt) {
                sb.append(ts).append(" ERROR [payment-service] [req-7f3a9c] charge failed for order ").append(FAILED_ORDER)
                        .append(": gateway timeout after 30000 ms (provider=stripe, attempt=3/3)\n");
                sb.append("dev.shop.payment.GatewayTimeoutException: acquirer did not answer within 30000 ms\n");
                sb.append("\tat dev.shop.payment.StripeGateway.charge(StripeGateway.java:212)\n");
                sb.append("\tat dev.shop.payment.PaymentService.capture(PaymentService.java:88)\n");
                sb.append("\tat dev.shop.checkout.CheckoutController.placeOrder(CheckoutController.java:57)\n");
            } else if (i == failedAt + 1) {
                sb.append(ts).append(" INFO  [checkout-service] [req-7f3a9c] order ").append(FAILED_ORDER)
                        .append(" moved to ON_HOLD after payment failure\n");
            } else {
                String path = PATHS[i % PATHS.length];
                sb.append(ts).append(" INFO  [checkout-service] [req-").append(String.format(Locale.ROOT, "%06x", (i * 2654435761L) & 0xffffffL))
                        .append("] ").append(i % 3 == 0 ? "POST " : "GET ").append(path).append(path.equals("/api/orders") ? "/" + order : "")
                        .append(" 200 ").append(8 + (i * 17) % 90).append("ms\n");
            }
        }
        return sb.toString();
    }
}
