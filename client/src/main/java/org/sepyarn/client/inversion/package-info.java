/**
 * Operators of {@code problem.json} and {@code operator.json} run serially on this machine's
 * files: {@link org.sepyarn.client.inversion.SerialOperators} turns an operator description into
 * a {@link org.sepyarn.formats.solver.LinearOperator} whose programs run as processes on datasets
 * in a scratch folder, for the dot-product test of {@code sepyarn dottest}.
 */
package org.sepyarn.client.inversion;
