/**
 * Framework-neutral conversation policy for the integrations: memoised, cache-safe compression of
 * tool results and execution of {@code headroom_retrieve} calls.
 */
package dev.headroom.conversation;
