/**
 * The ApplicationMaster's scheduling logic as a pure, single-threaded state machine: tasks with
 * explicit states, container exits classified in one place, retries within an attempt budget and
 * recovery of a previous AM attempt's work. It knows nothing of YARN: a driver turns YARN
 * callbacks into the events of {@link org.sepyarn.am.schedule.TaskScheduler} and carries out the
 * decisions it receives through {@link org.sepyarn.am.schedule.SchedulerActions}.
 */
package org.sepyarn.am.schedule;
