package org.helpline.console.personaldata;

import java.util.List;

/** A page of a ledger (the erasures, a case's access log): its lines, which page it is, whether more follow. */
public record LedgerPage<T>(List<T> lines, int page, boolean more) {

    /** Lines a page shows. */
    public static final int SIZE = 50;

    /** From one line more than a page: its presence says that another page follows. */
    static <T> LedgerPage<T> of(List<T> oneMore, int page) {
        return new LedgerPage<>(oneMore.subList(0, Math.min(SIZE, oneMore.size())), page, oneMore.size() > SIZE);
    }

    public int previousPage() {
        return page - 1;
    }

    public int nextPage() {
        return page + 1;
    }
}
