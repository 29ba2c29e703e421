/**
 * Reading a job file and checking it against the datasets it names, before anything is staged:
 * where paths resolve, that inputs exist and are valid, that the cuts fit their shapes, and that
 * outputs may be written.
 */
package org.sepyarn.client.job;
