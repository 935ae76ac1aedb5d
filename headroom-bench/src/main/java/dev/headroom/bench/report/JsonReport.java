package dev.headroom.bench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders a {@link BenchReport} as JSON for tools. */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    public static String render(BenchReport r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("settings", r.settings());
        root.put("total", r.total());
        root.put("workloads", r.workloads());
        root.put("kinds", r.kinds());
        root.put("agentTraceKinds", r.agentTraceKinds());
        root.put("failures", r.failures());
        root.put("strictFailures", r.strictFailures().size());
        root.put("reportOnlyWorkloads", new java.util.TreeSet<>(r.reportOnlyWorkloads()));
        root.put("formats", r.formats());
        if (r.relevance() != null) {
            root.put("relevance", r.relevance().toJson());
        }
        root.put("inputs", r.inputs());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
