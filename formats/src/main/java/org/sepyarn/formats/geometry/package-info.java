/**
 * The shape of datasets and of the pieces a job cuts them into: immutable axes, hypercubes and
 * windows, SEP's split into blocks along one axis and patches with overlap along several.
 * Nothing here touches a file system.
 */
package org.sepyarn.formats.geometry;
