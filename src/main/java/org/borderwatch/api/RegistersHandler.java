package org.borderwatch.api;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.borderwatch.analysis.agreements.AgreementEntry;
import org.borderwatch.analysis.agreements.AgreementRegister;
import org.borderwatch.analysis.registers.RegisterSet;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.analysis.registers.StoredEvents;
import org.borderwatch.analysis.sources.EventSources;
import org.borderwatch.analysis.sources.SourceRegister;
import org.borderwatch.export.RegisterTable;
import org.borderwatch.export.RegisterTables;
import org.borderwatch.store.Store;

/**
 * The registers' routes: {@code /api/agreements} (and one agreement's violations), {@code /api/corridors},
 * {@code /api/territory}, {@code /api/appeals}, {@code /api/sources}, each also as CSV. The registers are derived
 * from the stored events on the first request and again whenever the store changes (see {@link FilterCache}).
 */
final class RegistersHandler {
    private static final Set<String> NONE = Set.of();
    private static final Set<String> SOURCES_PARAMS = Set.of("all", "page", "size");
    private static final int SOURCES_PAGE = 100;

    /** One agreement without its violations (those are at /api/agreements/{id}/violations). */
    record AgreementJson(String id, String name, String kind, boolean canBeViolated, Object date, List<String> parties,
                         boolean partiesAssumed, String mediator, String area, Object ended, String supersededBy,
                         Object endedOn, int violations, int deathsLow, int deathsHigh, int violationsWithoutDeaths,
                         Object daysToFirstViolation, Object byMonth, Object evidence, List<String> eventIds) {
        static AgreementJson of(AgreementEntry e) {
            var a = e.agreement();
            return new AgreementJson(a.id(), a.name(), a.kind().label(), e.canBeViolated(), a.date(), a.parties(),
                    a.partiesAssumed(), a.mediator(), a.area().label(), a.ended(), e.supersededBy(), e.endedOn(),
                    e.violations().size(), e.deathsLow(), e.deathsHigh(), e.violationsWithoutDeaths(),
                    e.daysToFirstViolation(), e.byMonth(), a.evidence(), a.eventIds());
        }
    }

    record AgreementList(List<AgreementJson> agreements, int violentEvents, int betweenParties, int violations) {
    }

    record ViolationList(String agreement, String name, Object violations) {
    }

    record SourceList(long events, long oneSided, Map<String, Long> oneSidedBySide, long severalOrNeutral, long unknown,
                      int page, int size, long listed, List<EventSources> list) {
    }

    private final Store store;
    private final Registers registers;
    private final FilterCache<RegisterSet> cache;

    RegistersHandler(Store store, Registers registers) {
        this.store = store;
        this.registers = registers;
        this.cache = new FilterCache<>(1, store.events()::count);
    }

    /** Forgets the registers, after a write. */
    void invalidate() {
        cache.invalidate();
    }

    private RegisterSet current() {
        return cache.get("all", () -> registers.derive(StoredEvents.read(store, registers.config().scope())));
    }

    /** {@code ?broken_by=EVENT_ID}: only the agreement that event broke (none when it broke none). */
    void agreements(Context ctx) {
        rejectUnknown(ctx, Set.of("broken_by"));
        AgreementRegister r = current().agreements();
        String brokenBy = EventQueryParser.single(ctx.queryParamMap(), "broken_by");
        List<AgreementEntry> entries = brokenBy == null ? r.agreements() : r.brokenBy(brokenBy).stream().toList();
        json(ctx, new AgreementList(entries.stream().map(AgreementJson::of).toList(), r.violentEvents(),
                r.betweenParties(), r.violations()));
    }

    void violations(Context ctx) {
        rejectUnknown(ctx, NONE);
        String id = ctx.pathParam("id");
        AgreementEntry e = current().agreements().find(id).orElseThrow(() -> ApiException.notFound("agreement '" + id + "'"));
        json(ctx, new ViolationList(id, e.agreement().name(), e.violations()));
    }

    void corridors(Context ctx) {
        rejectUnknown(ctx, NONE);
        json(ctx, current().corridors());
    }

    void territory(Context ctx) {
        rejectUnknown(ctx, NONE);
        json(ctx, current().territory());
    }

    void appeals(Context ctx) {
        rejectUnknown(ctx, NONE);
        json(ctx, current().appeals());
    }

    /** The counts, and a page of the one-sided events ({@code all=true}: of every event). */
    void sources(Context ctx) {
        rejectUnknown(ctx, SOURCES_PARAMS);
        Map<String, List<String>> params = ctx.queryParamMap();
        boolean all = "true".equalsIgnoreCase(EventQueryParser.single(params, "all"));
        int page = EventQueryParser.integer(params, "page", 1, 1, 1_000_000);
        int size = EventQueryParser.integer(params, "size", SOURCES_PAGE, 1, 1000);
        SourceRegister r = current().sources();
        List<EventSources> listed = r.events().stream().filter(e -> all || e.oneSided()).toList();
        int from = (int) Math.min(listed.size(), (long) (page - 1) * size);
        List<EventSources> shown = listed.subList(from, Math.min(listed.size(), from + size));
        json(ctx, new SourceList(r.events().size(), r.oneSided(), r.oneSidedBySide(), r.severalOrNeutral(), r.unknown(),
                page, size, listed.size(), shown));
    }

    /** A register's CSV export: {@code name} is its file name, {@code table} lays it out. */
    void csv(Context ctx, String name, Function<RegisterSet, RegisterTable> table) throws IOException {
        rejectUnknown(ctx, NONE);
        RegisterTable t = table.apply(current());
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"borderwatch-" + name + ".csv\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        t.writeCsv(out);
        out.flush();
    }

    static RegisterTable sourcesTable(RegisterSet s) {
        return RegisterTables.sources(s.sources(), false);
    }

    private static void rejectUnknown(Context ctx, Set<String> allowed) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!name.isEmpty() && !allowed.contains(name)) {
                throw ApiException.badParameter(name, "unknown parameter '" + name + "'"
                        + (allowed.isEmpty() ? " (this register takes none)" : " (this register takes " + String.join(", ", allowed) + ")"));
            }
        }
    }

    /** JSON that says it is UTF-8. */
    private static void json(Context ctx, Object body) {
        ctx.json(body);
        ctx.contentType("application/json; charset=utf-8");
    }
}
