package dev.headroom.langchain4j;

import dev.headroom.ccr.RetrieveTool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.util.List;

/** The {@code headroom_retrieve} tool as a LangChain4j specification: one instance, so every request carries the same bytes. */
final class RetrieveToolSpec {

    static final ToolSpecification SPEC = ToolSpecification.builder()
            .name(RetrieveTool.NAME)
            .description(RetrieveTool.DESCRIPTION)
            .parameters(JsonObjectSchema.builder()
                    .addStringProperty(RetrieveTool.HANDLE_PARAM, RetrieveTool.HANDLE_DESCRIPTION)
                    .addStringProperty(RetrieveTool.QUERY_PARAM, RetrieveTool.QUERY_DESCRIPTION)
                    .required(RetrieveTool.HANDLE_PARAM)
                    .additionalProperties(false)
                    .build())
            .build();

    private RetrieveToolSpec() {}

    static boolean isRetrieve(ToolExecutionRequest call) {
        return RetrieveTool.NAME.equals(call.name());
    }

    static boolean isRetrieve(String toolName) {
        return RetrieveTool.NAME.equals(toolName);
    }

    static boolean declares(List<ToolSpecification> tools) {
        for (ToolSpecification t : tools) {
            if (RetrieveTool.NAME.equals(t.name())) {
                return true;
            }
        }
        return false;
    }
}
