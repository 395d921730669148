package org.stint.system.database;

/** Present in the context only when the application runs on its embedded PostgreSQL. */
public record EmbeddedDatabaseMarker() {}
