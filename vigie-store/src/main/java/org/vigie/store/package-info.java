/**
 * The corpus store: everything Vigie knows about many articles, on one machine, with no server.
 *
 * <p>{@link org.vigie.store.Store} is the entry point: {@code Store.write} ingests analysed documents in atomic
 * batches (one writer at a time); {@code Store.open} reads (search, entity profiles, timelines, stories,
 * read-only SQL, exports) while an ingest runs. The rest of the package is its implementation:
 * <ul>
 *   <li>{@code Schema}: the DuckDB tables and views (described for users in the README's "Store schema").</li>
 *   <li>{@code Rows}: one document's JSON tree ({@link org.vigie.core.DocumentJson#toTree}) as table rows, read
 *       by layer key, with in-article links resolved.</li>
 *   <li>{@code BatchWriter}, {@code WriterLock}, {@code Database}: the commit protocol, the one-writer lock, and
 *       short-lived connections that let readers and the writer take turns.</li>
 *   <li>{@code Resolution}: cross-document entity and event resolution over the whole store.</li>
 *   <li>{@code SearchIndex}, {@code FrenchText}: the Lucene index with French analysis and highlighting.</li>
 *   <li>{@code Profiles}, {@code Timelines}, {@code Stories}, {@code Queries}, {@code Browse}, {@code Exporter}:
 *       the reading side.</li>
 * </ul>
 */
package org.vigie.store;
