/** Content detection: which kind of tool output this is, from a bounded, deterministic sample. */
package dev.headroom.detect;
