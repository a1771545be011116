package org.borderwatch.cli;

import java.util.List;
import org.borderwatch.analysis.registers.RegisterConfig;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.api.MapLayers;
import org.borderwatch.store.DocumentRepository;
import org.borderwatch.store.DocumentSummary;
import org.borderwatch.store.ForwardingDocumentRepository;
import org.borderwatch.store.ForwardingStore;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.borderwatch.web.WebServer;

/**
 * `serve` as the command runs it, on a store whose document listing takes three seconds and says when it
 * starts: a request that is surely in flight when the test sends the process SIGTERM.
 * Arguments: the store.
 */
public final class SlowListingServer {
    private SlowListingServer() {
    }

    public static void main(String[] args) throws Exception {
        Store store = JdbcStore.open(args[0]);
        ServerRunner.serveUntilInterrupted(new SlowStore(store), MapLayers.NONE, new Registers(RegisterConfig.none()),
                WebServer.Settings.defaults().withToken("t").withRateLimit(0), 0);
    }

    /** The store, with a document listing that takes three seconds and says when it starts. */
    private record SlowStore(Store delegate) implements ForwardingStore {
        @Override
        public DocumentRepository documents() {
            return new SlowListing(delegate.documents());
        }
    }

    private record SlowListing(DocumentRepository delegate) implements ForwardingDocumentRepository {
        @Override
        public List<DocumentSummary> list() {
            System.out.println("slow request started");
            System.out.flush();
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return delegate.list();
        }
    }
}
