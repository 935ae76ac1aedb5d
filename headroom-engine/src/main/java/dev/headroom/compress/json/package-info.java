/**
 * The JSON compressor: finds arrays of objects at any depth, keeps the rows that carry signal,
 * states constant fields once, and writes uniform arrays as a lossless declared table.
 */
package dev.headroom.compress.json;
