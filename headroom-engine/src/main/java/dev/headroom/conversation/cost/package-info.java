/**
 * Pricing a conversation the way providers bill it: {@link dev.headroom.conversation.cost.CachePricing}
 * (prices and cache rules per provider, as configuration), {@link dev.headroom.conversation.cost.PromptCache}
 * (what each request of a conversation is billed, given the ones before it, block by block) and
 * {@link dev.headroom.conversation.cost.CutCost} (what rewriting history costs once and saves on every
 * later turn, the context budget's decision). Knows nothing of messages: the conversation package cuts
 * requests into {@link dev.headroom.conversation.cost.PromptBlock}s ({@code WireFormat}).
 */
package dev.headroom.conversation.cost;
