/**
 * The plan of a flow's steps: which step reads which intermediate from which, how each
 * reading task gets its data from the writing step's pieces (piece {@code i} from task {@code i}
 * when both cut it the same way, windows from every piece otherwise, or the sum of every piece of
 * a summed intermediate), and so which steps may start a task as soon as one piece is committed
 * and which must wait for a whole producer. {@link org.sepyarn.formats.flow.FlowPlan} plans from
 * the job alone; {@link org.sepyarn.formats.flow.PieceRouting} computes the windows once the
 * intermediate's shape is known, and {@link org.sepyarn.formats.flow.GatheredIntermediate} reads
 * any window of the whole from the pieces.
 */
package org.sepyarn.formats.flow;
