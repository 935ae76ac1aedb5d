/**
 * Headroom for Spring AI: {@link dev.headroom.spring.ai.HeadroomAdvisor} compresses tool results
 * inside the {@code ChatClient} tool loop, {@link dev.headroom.spring.ai.RetrieveToolCallback}
 * answers {@code headroom_retrieve}, and {@link dev.headroom.spring.ai.HeadroomToolCallback}
 * compresses at the source for tools that run elsewhere.
 */
package dev.headroom.spring.ai;
