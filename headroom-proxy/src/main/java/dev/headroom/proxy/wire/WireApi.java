package dev.headroom.proxy.wire;

import dev.headroom.conversation.Message;
import dev.headroom.conversation.RequestPlan;
import java.io.IOException;

/**
 * One provider API's wire format mapped onto the conversation policy: requests read into neutral
 * form and the policy's plan spliced back into the client's bytes, responses read into the assistant
 * message the policy decides on, and streams assembled and, when needed, re-emitted without the calls
 * the policy answered. Implementations are stateless and thread-safe.
 */
public interface WireApi {

    /** Short name used in metrics and logs ({@code chat}, {@code responses}, {@code messages}). */
    String name();

    /**
     * Reads a request body.
     *
     * @throws IOException when the body is not a request this mapping understands (it is then forwarded as it came)
     */
    ParsedRequest parse(byte[] body, String scope) throws IOException;

    /** The body to send for {@code plan}: the client's bytes with the plan's edits, appended messages and tools spliced in. */
    default byte[] render(ParsedRequest request, RequestPlan plan) {
        return RequestRenderer.render(this, request, plan);
    }

    /** A message the policy added (a retrieve answer, or an assistant message without wire origin), as this API's JSON. */
    byte[] renderMessage(Message message);

    /** {@code headroom_retrieve} as one element of this API's tools array. */
    byte[] retrieveTool();

    /**
     * Reads a complete (not streamed) response body.
     *
     * @throws IOException when it is not a response this mapping understands (it is then forwarded as it came)
     */
    ParsedResponse parseResponse(byte[] body) throws IOException;

    /** Assembles one streamed round, and re-emits it without some calls. */
    StreamRound newStreamRound();
}
