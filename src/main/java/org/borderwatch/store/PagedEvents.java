package org.borderwatch.store;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.borderwatch.domain.Event;

/** Walks every event a query matches, fetching one page at a time, so exports of any size stay in bounded memory. */
final class PagedEvents implements Iterator<Event> {
    private final EventRepository repository;
    private EventQuery next;
    private List<Event> page = List.of();
    private int index;

    PagedEvents(EventRepository repository, EventQuery first) {
        this.repository = repository;
        this.next = first;
    }

    @Override
    public boolean hasNext() {
        if (index < page.size()) {
            return true;
        }
        if (next == null) {
            return false;
        }
        page = repository.search(next).events();
        index = 0;
        next = page.size() < next.size() ? null : next.withPage(next.page() + 1, next.size());
        return !page.isEmpty();
    }

    @Override
    public Event next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.get(index++);
    }
}
