/**
 * Internal: the field names of a fahras index and the keys of its commit data, shared by {@code org.fahras.index}
 * (which writes documents) and {@code org.fahras.search} (which queries them). At the bottom of the package graph
 * so that neither depends on the other through it. Not part of the library's API: it changes with the index
 * schema version.
 */
package org.fahras.schema;
