package dev.headroom.bench.replay;

import dev.headroom.conversation.RetrieveToolOffer;

/**
 * What one run of one trace cost, measured on the requests the model received.
 *
 * @param requests          model calls
 * @param extensions        requests (after the first) that sent exactly the previous request, tools included, then more
 * @param toolsChanges      requests (after the first) whose tools differ from the previous request's
 * @param rawTokens         input tokens of all requests, as Chat Completions carries them (o200k_base)
 * @param openAiCost        input cost under OpenAI automatic prefix caching, in full-price-token equivalents
 * @param anthropicCost     input cost under Anthropic cache_control on the last message, same unit
 * @param retrieveRounds    requests made to answer {@code headroom_retrieve} calls
 * @param retrieveRoundTokens input tokens of those requests (included in {@code rawTokens})
 * @param replays           earlier exchanges replayed (Headroom's count; 0 without Headroom)
 * @param historiesRebuilt  requests that continued an exchange's history without its returned message
 * @param contextBudget     the context budget Headroom ran with (0: none)
 * @param providerClearing  whether the provider cleared older tool results (the provider-style baseline)
 * @param cuts              requests on which the context budget cut the history
 */
public record RunResult(
        String trace, String source, String frontEnd, RetrieveToolOffer offer, boolean rebuildsHistory, int steps,
        int requests, int extensions, int toolsChanges, long rawTokens, double openAiCost, double anthropicCost,
        int retrieveRounds, long retrieveRoundTokens, long replays, long replaysMissing, long historiesRebuilt, int contextBudget,
        boolean providerClearing, long cuts) {

    /** Share of requests after the first that extend the one before, tools included; 1 for a single request. */
    public double appendOnlyRate() {
        return requests <= 1 ? 1.0 : (double) extensions / (requests - 1);
    }

    /** Whether this run had Headroom on. */
    public boolean headroom() {
        return offer != null;
    }
}
