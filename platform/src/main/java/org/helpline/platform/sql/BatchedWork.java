package org.helpline.platform.sql;

import java.util.function.IntSupplier;

/**
 * Work done a batch (one short transaction) at a time until a batch finds nothing left: backfills,
 * re-wrapping keys, hashing old values. Short transactions keep locks and memory small on big tables.
 */
public final class BatchedWork {

    private BatchedWork() {
    }

    /** @return how many items all batches together handled */
    public static int drain(IntSupplier batch) {
        int total = 0;
        int done;
        do {
            done = batch.getAsInt();
            total += done;
        } while (done > 0);
        return total;
    }
}
