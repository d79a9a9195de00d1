package org.papergraph.extract;

/** Which part of the paper a mention was found in; character offsets are relative to that part. */
public enum Section {
    TITLE, ABSTRACT
}
