/**
 * How samples are stored: SEPlib and Madagascar element formats ({@code data_format},
 * {@code esize}) and their conversion to and from {@code double} for merge arithmetic.
 */
package org.sepyarn.formats.element;
