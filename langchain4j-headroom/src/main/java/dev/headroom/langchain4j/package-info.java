/**
 * LangChain4j integration: {@link dev.headroom.langchain4j.HeadroomChatModel} and
 * {@link dev.headroom.langchain4j.HeadroomStreamingChatModel} wrap any model, compress tool results
 * on the way in, and answer {@code headroom_retrieve} calls themselves.
 */
package dev.headroom.langchain4j;
