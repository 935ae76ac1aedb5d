package dev.headroom.proxy.wire;

import dev.headroom.conversation.Edit;
import dev.headroom.conversation.Message;
import dev.headroom.conversation.RequestPlan;
import dev.headroom.proxy.json.JsonText;
import dev.headroom.proxy.json.JsonValue;
import dev.headroom.proxy.json.Splice;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Splices a {@link RequestPlan} into the client's bytes, the same way for every API: replaced tool
 * results get their new text as a string, a replayed message gets the messages the model saw in its
 * place, appended messages go before the list's closing bracket, and the retrieve tool goes after
 * the client's tools. Nothing else is touched.
 */
final class RequestRenderer {

    private RequestRenderer() {}

    static byte[] render(WireApi api, ParsedRequest request, RequestPlan plan) {
        if (plan.unchanged()) {
            return request.body();
        }
        byte[] body = request.body();
        Splice splice = new Splice(body);
        List<Message> mine = request.conversation().messages();
        for (Edit edit : plan.edits()) {
            ParsedRequest.Slot slot = request.slots().get(edit.index());
            if (edit instanceof Edit.ToolResultText t) {
                JsonValue.Str target = slot.resultTexts().get(t.result());
                if (target == null) {
                    throw new IllegalStateException("tool result " + t.result() + " of message " + t.index() + " is not replaceable");
                }
                splice.replace(target.start(), target.end(), JsonText.string(t.text()));
            } else if (edit instanceof Edit.Replay r) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                List<Message> sent = r.messages();
                for (int k = 0; k < sent.size(); k++) {
                    if (k > 0) {
                        out.write(',');
                    }
                    boolean last = k == sent.size() - 1;
                    if (last && sent.get(k).equals(mine.get(r.index()))) {
                        out.write(body, slot.start(), slot.end() - slot.start()); // the client's own bytes for its own message
                    } else {
                        out.writeBytes(bytesOf(api, sent.get(k)));
                    }
                }
                splice.replace(slot.start(), slot.end(), out.toByteArray());
            }
        }
        if (!plan.appended().isEmpty()) {
            if (request.appendAt() < 0) {
                throw new IllegalStateException("messages cannot be appended to this request");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean comma = request.appendComma();
            for (Message m : plan.appended()) {
                if (comma) {
                    out.write(',');
                }
                comma = true;
                out.writeBytes(bytesOf(api, m));
            }
            splice.insert(request.appendAt(), out.toByteArray());
        }
        tools(api, request, plan, splice);
        return splice.apply();
    }

    private static void tools(WireApi api, ParsedRequest request, RequestPlan plan, Splice splice) {
        boolean offered = plan.retrieveOffered();
        JsonValue.Arr tools = request.tools();
        byte[] body = request.body();
        if (!request.ownRetrieve().isEmpty()) {
            // rebuild the array without the client's own definition(s); the retrieve tool goes last
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write('[');
            boolean first = true;
            for (JsonValue t : tools.elements()) {
                if (request.ownRetrieve().contains(t)) {
                    continue;
                }
                if (!first) {
                    out.write(',');
                }
                first = false;
                out.write(body, t.start(), t.end() - t.start());
            }
            if (offered) {
                if (!first) {
                    out.write(',');
                }
                out.writeBytes(api.retrieveTool());
            }
            out.write(']');
            splice.replace(tools.start(), tools.end(), out.toByteArray());
        } else if (offered && tools != null) {
            byte[] def = api.retrieveTool();
            int close = tools.end() - 1;
            splice.insert(close, tools.elements().isEmpty() ? def : concat(new byte[] {','}, def));
        } else if (offered) {
            byte[] field = ",\"tools\":[".getBytes(StandardCharsets.UTF_8);
            splice.insert(request.insertToolsAt(), concat(concat(field, api.retrieveTool()), new byte[] {']'}));
        }
    }

    private static byte[] bytesOf(WireApi api, Message m) {
        return m.origin() instanceof byte[] b ? b : api.renderMessage(m);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
