/**
 * The thin layer between YARN and the scheduler: callbacks of the ResourceManager and the
 * NodeManagers become events on one event loop, and the scheduler's decisions become YARN calls.
 */
package org.sepyarn.am.yarn;
