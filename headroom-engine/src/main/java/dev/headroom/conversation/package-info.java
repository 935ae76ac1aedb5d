/**
 * The framework-neutral conversation layer every front end maps onto: the message model
 * ({@link dev.headroom.conversation.Message}, {@link dev.headroom.conversation.Conversation}), the
 * policy ({@link dev.headroom.conversation.ConversationPolicy}) that decides per request what is
 * compressed, offered, answered, replayed and (with a context budget) replaced by retrievable stubs,
 * the memoised tool-result compression it uses, the execution of {@code headroom_retrieve} calls, and
 * {@link dev.headroom.conversation.WireFormat}, a request as the blocks a provider's cache sees.
 */
package dev.headroom.conversation;
