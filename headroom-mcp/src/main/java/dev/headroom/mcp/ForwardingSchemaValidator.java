package dev.headroom.mcp;

import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.Map;

/**
 * The gateway's schema validator: accepts every schema and every result. The gateway offers tools
 * exactly as their servers define them and forwards what they return, so checking arguments and
 * results is left to those servers; a check here could only turn their answer into a different one.
 */
final class ForwardingSchemaValidator implements JsonSchemaValidator {

    static final ForwardingSchemaValidator INSTANCE = new ForwardingSchemaValidator();

    private ForwardingSchemaValidator() {}

    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
        return ValidationResponse.asValid(McpJson.write(structuredContent));
    }
}
