/**
 * Prose and unknown text: an extractive compressor that keeps the sentences carrying facts
 * (numbers, names, identifiers, errors, question terms) and elides runs of the rest behind markers.
 */
package dev.headroom.compress.text;
