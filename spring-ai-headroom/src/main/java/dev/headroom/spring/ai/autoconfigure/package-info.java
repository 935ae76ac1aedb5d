/**
 * Spring Boot auto-configuration for Headroom: {@code headroom.*} properties, the engine and its
 * store, the advisor on every auto-configured {@code ChatClient.Builder}, the retrieve tool,
 * Micrometer metrics and an Actuator endpoint.
 */
package dev.headroom.spring.ai.autoconfigure;
