package dev.headroom.compress;

import dev.headroom.ccr.Marker;

/**
 * One declared omission: how many of what unit were left out, and the handle that retrieves the
 * original they came from.
 */
public record Elision(int count, String unit, String handle) {

    public Elision {
        // validates count, unit and handle in one place
        new Marker(count, unit, handle);
    }

    /** The marker that declares this elision in the compressed text. */
    public Marker marker() {
        return new Marker(count, unit, handle);
    }

    /** The marker text. */
    public String render() {
        return marker().render();
    }
}
