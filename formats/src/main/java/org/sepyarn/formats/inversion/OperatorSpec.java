package org.sepyarn.formats.inversion;

/**
 * A linear operator from a model space to a data space: a serial program
 * ({@link ProgramOperator}), or a composition of operators ({@link Chain}, {@link Stack},
 * {@link Diagonal}, {@link Scaled}).
 */
public sealed interface OperatorSpec permits ProgramOperator, Chain, Stack, Diagonal, Scaled {
  /** A short description for messages: {@code program interp}, {@code chain of 2}. */
  String describe();
}
