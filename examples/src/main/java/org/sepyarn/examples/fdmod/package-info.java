/**
 * A 2-D acoustic finite-difference shot modeller (SEP's {@code Fdmod} example): the velocity
 * grid, the stability limit of the scheme, the layout of shots along the output's axis 3 and the
 * time stepping itself.
 */
package org.sepyarn.examples.fdmod;
