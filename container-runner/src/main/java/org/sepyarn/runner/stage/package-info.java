/**
 * The stages of one task attempt inside a container (fetch inputs, run the program, check the
 * outputs, commit them) and the one place that turns a failed stage into the attempt's outcome.
 */
package org.sepyarn.runner.stage;
