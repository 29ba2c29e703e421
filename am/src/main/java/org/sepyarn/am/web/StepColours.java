package org.sepyarn.am.web;

/**
 * The colour of each step of a flow on the page and its timeline, by the step's position: hues
 * apart from the outcome colours of {@link AttemptOutcome} (green, red, blue, grey), so that a
 * bar's fill (its step) and its outline (its outcome) are told apart. Past the palette the colours
 * repeat.
 */
final class StepColours {
  private static final String[] PALETTE = {"#8b5cf6", "#d97706", "#0891b2", "#db2777", "#a16207", "#4f46e5",
      "#c026d3", "#ea580c"};

  private StepColours() {
  }

  /** The colour of the step at {@code position}, from 0 (a negative position, no step, gets grey). */
  static String of(int position) {
    return position < 0 ? "#d1d5db" : PALETTE[position % PALETTE.length];
  }
}
