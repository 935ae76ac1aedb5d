/** Helpers shared by the pipeline stages; not part of the public API and free to change. */
package dev.headroom.internal;
