package dev.headroom.conversation;

/**
 * How a front end calls its model for one round: send {@code request} in the front end's own form
 * and return the response in neutral form (with the front end's own object as its origin). Errors
 * propagate to the caller of {@link ConversationPolicy#call}.
 */
@FunctionalInterface
public interface ModelCall {

    Message.Assistant call(RequestPlan request);
}
