/**
 * The framework-neutral conversation layer every front end maps onto: the message model
 * ({@link dev.headroom.conversation.Message}, {@link dev.headroom.conversation.Conversation}), the
 * policy ({@link dev.headroom.conversation.ConversationPolicy}) that decides per request what is
 * compressed, offered, answered and replayed, the memoised tool-result compression it uses, and the
 * execution of {@code headroom_retrieve} calls.
 */
package dev.headroom.conversation;
