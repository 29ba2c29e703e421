/**
 * Running the user's program: an exact argv with no shell, redirected standard streams, and a
 * kill that takes the program's whole process tree.
 */
package org.sepyarn.runner.process;
