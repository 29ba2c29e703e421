/**
 * The program that runs inside each task container: reads its task from the plan, then fetches,
 * runs, checks and commits (see {@link org.sepyarn.runner.stage.TaskAttempt}).
 */
package org.sepyarn.runner;
