/**
 * Pricing a conversation the way providers bill it: {@link dev.headroom.conversation.cost.CachePricing}
 * (prices and cache rules per provider, as configuration),
 * {@link dev.headroom.conversation.cost.WireFormat} (a neutral request as the blocks a provider's
 * cache sees) and {@link dev.headroom.conversation.cost.PromptCache} (what each request of a
 * conversation is billed, given the ones before it).
 */
package dev.headroom.conversation.cost;
