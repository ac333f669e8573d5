package org.voisinage.neighbourhood;

/**
 * A neighbourhood's perimeter ready to draw as inline SVG: {@code <svg viewBox=...><path d=.../></svg>}.
 * Holes are drawn too (use {@code fill-rule="evenodd"}); north is up.
 */
public record PerimeterPreview(String viewBox, String path) {}
