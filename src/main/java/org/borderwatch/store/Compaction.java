package org.borderwatch.store;

/** What compacting a store did: its size on disk before and after, in bytes. */
public record Compaction(long bytesBefore, long bytesAfter) {
}
