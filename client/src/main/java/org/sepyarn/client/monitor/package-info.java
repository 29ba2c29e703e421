/**
 * Following a submitted job until it ends: the ResourceManager's report and the
 * ApplicationMaster's {@code status.json} behind one small interface ({@link org.sepyarn.client.monitor.JobSource}),
 * a line per task state change, and a progress line that redraws in place on a terminal.
 */
package org.sepyarn.client.monitor;
