/**
 * Conjugate-gradient least-squares solvers as a pure, restartable state machine over an abstract
 * vector space. {@link org.sepyarn.formats.solver.CgSolver#advance} performs one step (an operator
 * application, the step lengths, the direction update or the model and residual update) and
 * returns the next {@link org.sepyarn.formats.solver.SolverState}, a small record that names the
 * vectors holding each role, so that an ApplicationMaster can journal it after every step and
 * resume from the last completed one. {@link org.sepyarn.formats.solver.LeastSquares} sets up the
 * plain, regularized and preconditioned problems; {@link org.sepyarn.formats.solver.FloatVector}
 * and {@link org.sepyarn.formats.solver.DenseOperator} are in-memory implementations, and
 * {@link org.sepyarn.formats.solver.DotTest} the dot-product test of an operator.
 */
package org.sepyarn.formats.solver;
