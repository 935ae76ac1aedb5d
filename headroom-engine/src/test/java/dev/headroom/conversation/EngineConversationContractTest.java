package dev.headroom.conversation;

/** The conversation contract against the engine's policy directly, with neutral messages. */
class EngineConversationContractTest extends ConversationContract {

    @Override
    protected Driver driver(Settings settings, ScriptedModel model) {
        ConversationPolicy policy = ConversationPolicy.builder(settings.headroom())
                .retrieveToolOffer(settings.offer())
                .maxRetrieveRounds(settings.maxRetrieveRounds())
                .replayCapacity(settings.replayCapacity())
                .scope(settings.scope())
                .build();
        return new Driver() {
            @Override
            public Message.Assistant send(java.util.List<Message> history, java.util.List<ToolDefinition> tools) {
                return policy.call(Conversation.of(history, tools),
                        plan -> model.respond(Conversation.of(plan.messages(), plan.tools()))).message();
            }

            @Override
            public ConversationStats stats() {
                return policy.stats();
            }

            @Override
            public void close() {}
        };
    }
}
