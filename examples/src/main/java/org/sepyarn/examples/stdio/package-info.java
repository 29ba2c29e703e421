/**
 * A small SEPlib standard-I/O layer on local files: command-line parameters with {@code par=}
 * includes, the input dataset's header read from stdin and its binary found through {@code in=},
 * and the output header written to stdout with an appended history section while the binary goes
 * to {@code <datapath><name>@} or follows the header. Plain {@code java.io}/{@code java.nio}; no
 * Hadoop types, so tools run with only the sepyarn jar on the class path.
 */
package org.sepyarn.examples.stdio;
