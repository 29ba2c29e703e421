/**
 * Serial example programs that follow SEPlib's conventions exactly, to try sepyarn with, and
 * {@link org.sepyarn.examples.Tools}, which runs them by name. They need only the JDK and the
 * sepyarn jar: nothing here may reference Hadoop, so they also run inside YARN containers.
 */
package org.sepyarn.examples;
