package org.stint.posting;

public enum WorkMode {
    REMOTE,
    HYBRID,
    ONSITE
}
