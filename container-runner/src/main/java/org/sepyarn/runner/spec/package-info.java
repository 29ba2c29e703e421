/**
 * The contract between the ApplicationMaster and the runners: what one task is
 * ({@link org.sepyarn.runner.spec.TaskSpec}) and where a job's files sit in its work folder
 * ({@link org.sepyarn.runner.spec.WorkLayout}).
 */
package org.sepyarn.runner.spec;
