package org.borderwatch.cli;

import java.util.List;
import java.util.Optional;
import org.borderwatch.api.MapLayers;
import org.borderwatch.domain.Document;
import org.borderwatch.store.BackupContents;
import org.borderwatch.store.Compaction;
import org.borderwatch.store.DocumentRepository;
import org.borderwatch.store.DocumentSummary;
import org.borderwatch.store.EventRepository;
import org.borderwatch.store.GazetteerRepository;
import org.borderwatch.store.SaveOutcome;
import org.borderwatch.store.Store;
import org.borderwatch.store.TokenRepository;
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
        ServerRunner.serveUntilInterrupted(new SlowStore(store), MapLayers.NONE,
                WebServer.Settings.defaults().withToken("t").withRateLimit(0), 0);
    }

    private record SlowStore(Store store) implements Store {
        @Override
        public DocumentRepository documents() {
            DocumentRepository documents = store.documents();
            return new DocumentRepository() {
                @Override
                public List<DocumentSummary> list() {
                    System.out.println("slow request started");
                    System.out.flush();
                    try {
                        Thread.sleep(3000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return documents.list();
                }

                @Override
                public SaveOutcome save(Document document) {
                    return documents.save(document);
                }

                @Override
                public Optional<Document> findById(String id) {
                    return documents.findById(id);
                }

                @Override
                public Optional<Document> find(String idOrFileName) {
                    return documents.find(idOrFileName);
                }

                @Override
                public List<Document> findNotExtracted(String extractorVersion) {
                    return documents.findNotExtracted(extractorVersion);
                }

                @Override
                public int count() {
                    return documents.count();
                }
            };
        }

        @Override
        public EventRepository events() {
            return store.events();
        }

        @Override
        public GazetteerRepository gazetteer() {
            return store.gazetteer();
        }

        @Override
        public TokenRepository tokens() {
            return store.tokens();
        }

        @Override
        public void sync() {
            store.sync();
        }

        @Override
        public Compaction compact() {
            return store.compact();
        }

        @Override
        public BackupContents backup(java.io.OutputStream out) {
            return store.backup(out);
        }

        @Override
        public BackupContents restore(java.io.InputStream in) {
            return store.restore(in);
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
