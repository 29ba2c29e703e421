/**
 * The job description ({@code job.json}) as one typed, validated, immutable model shared by the
 * client and the ApplicationMaster: parsing with errors that name the field path and the fix,
 * canonical JSON output for staging, and a check of the job against its input datasets' shapes.
 * Pure Java and Jackson's tree model; nothing here touches Hadoop.
 */
package org.sepyarn.formats.job;
