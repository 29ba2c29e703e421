/**
 * The ApplicationMaster on secured clusters: with the user's keytab, fresh delegation tokens for
 * every file system the job touches, obtained before the old ones expire and handed to the
 * ApplicationMaster itself, to every runner already running and to every container launched later.
 */
package org.sepyarn.am.security;
