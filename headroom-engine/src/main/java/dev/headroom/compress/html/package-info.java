/** HTML: reduced to readable text with links kept; the original page stays retrievable. */
package dev.headroom.compress.html;
