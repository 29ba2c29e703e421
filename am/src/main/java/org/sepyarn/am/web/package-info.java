/**
 * The ApplicationMaster's tracking page, served behind the ResourceManager's web proxy: an HTML
 * summary of the job with its task table and a timeline of every attempt drawn as SVG, and the
 * same data as JSON for scripts. Pure renderers turn an immutable {@link org.sepyarn.am.web.JobView}
 * into text; {@link org.sepyarn.am.web.TrackingServer} serves them with Hadoop's web server.
 */
package org.sepyarn.am.web;
