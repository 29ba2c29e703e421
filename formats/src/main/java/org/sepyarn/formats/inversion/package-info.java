/**
 * The description of an out-of-core inversion, {@code problem.json}: the data and initial model
 * (datasets), the operator (a serial program following SEP's {@code adj=}, {@code add=},
 * {@code model=}, {@code data=} conventions, or a chain, stack or scaling of operators), the
 * solver and its iterations. {@link org.sepyarn.formats.inversion.InversionProblem#parse} reads
 * and checks it; {@link org.sepyarn.formats.inversion.SpaceCheck} checks the operators' model
 * and data spaces against the datasets' shapes.
 */
package org.sepyarn.formats.inversion;
