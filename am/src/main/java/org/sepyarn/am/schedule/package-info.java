/**
 * The ApplicationMaster's scheduling logic as a pure, single-threaded state machine: tasks with
 * explicit states, container exits classified in one place, retries within an attempt budget and
 * recovery of a previous AM attempt's work. It knows nothing of YARN: a driver turns YARN
 * callbacks into the events of {@link org.sepyarn.am.schedule.TaskScheduler} and carries out the
 * decisions it receives through {@link org.sepyarn.am.schedule.SchedulerActions}. Each task may
 * prefer hosts and racks ({@link org.sepyarn.am.schedule.TaskPreference}): its container requests
 * ({@link org.sepyarn.am.schedule.ContainerAsk}) carry them, containers go to tasks local to them
 * first, and every attempt records its {@link org.sepyarn.am.schedule.Locality}.
 */
package org.sepyarn.am.schedule;
