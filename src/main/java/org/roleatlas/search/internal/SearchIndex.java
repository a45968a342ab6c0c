package org.roleatlas.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.roleatlas.search.SearchDocument;
import org.roleatlas.system.CliException;
import org.roleatlas.system.ApplicationSettings;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * This node's Lucene index, under the data directory. One writer per process (Lucene's lock file refuses a second);
 * searches use near-real-time readers from a {@link SearcherManager}. Every commit stores the change-log position it
 * includes ({@value #POSITION}), so a restart resumes the log exactly where the index on disk stands.
 */
@Component
@EnableConfigurationProperties(SearchSettings.class)
class SearchIndex implements DisposableBean {

    static final String POSITION = "search_change";
    static final String SCHEMA = "schema";
    static final String EVERYTHING_COVERED = "everything_covered";

    private final Path path;
    private final Analyzer analyzer = SearchAnalyzer.create();
    private volatile Open open;
    private long everythingCovered = -1;

    private record Open(FSDirectory directory, IndexWriter writer, SearcherManager searchers) {
    }

    @Autowired
    SearchIndex(SearchSettings settings, ApplicationSettings application) {
        this.path = settings.indexDir(application);
    }

    SearchIndex(String path) {
        this.path = Path.of(path);
    }

    Analyzer analyzer() {
        return analyzer;
    }

    private Open open() {
        Open current = open;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (open == null) {
                try {
                    Files.createDirectories(path);
                    FSDirectory directory = FSDirectory.open(path);
                    IndexWriterConfig config = new IndexWriterConfig(analyzer)
                            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                            .setRAMBufferSizeMB(64);
                    IndexWriter writer;
                    try {
                        writer = new IndexWriter(directory, config);
                    } catch (LockObtainFailedException e) {
                        directory.close();
                        throw new CliException("The search index " + path + " is in use by another RoleAtlas process "
                                + "(a running server keeps its own index up to date; stop it to rebuild).");
                    }
                    open = new Open(directory, writer, new SearcherManager(writer, null));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot open the search index at " + path, e);
                }
            }
            return open;
        }
    }

    /**
     * Whether the index on disk was committed by a build that writes documents the way this one does (a new data
     * directory, a deleted index, or one from a build with another {@link Fields#SCHEMA}, was not).
     */
    boolean hasCommit() {
        return Fields.SCHEMA.equals(committed(SCHEMA)) && position() >= 0;
    }

    /** The change-log id the last commit includes, or -1 without one. */
    long position() {
        String position = committed(POSITION);
        return position == null ? -1 : Long.parseLong(position);
    }

    /**
     * The last "everything changed" log entry that a rebuild of this index has covered (0: none), as committed or as
     * set since by {@link #coverEverything}.
     */
    synchronized long everythingCovered() {
        if (everythingCovered < 0) {
            String committed = committed(EVERYTHING_COVERED);
            everythingCovered = committed == null ? 0 : Long.parseLong(committed);
        }
        return everythingCovered;
    }

    /** Records that the index now holds everything up to this "everything changed" entry; saved by the next commit. */
    synchronized void coverEverything(long changeId) {
        everythingCovered = Math.max(everythingCovered(), changeId);
    }

    private String committed(String key) {
        Iterable<Map.Entry<String, String>> data = open().writer().getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().equals(key)) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    void put(SearchDocument document) throws IOException {
        IndexWriter writer = open().writer();
        if (document.visible()) {
            writer.updateDocument(new Term(Fields.ID, Fields.id(document.type(), document.key())),
                    Fields.toLucene(document));
        } else {
            remove(document.type(), document.key());
        }
    }

    /** Adds without looking for an older copy: only for a rebuild into an emptied index. */
    void add(SearchDocument document) throws IOException {
        if (document.visible()) {
            open().writer().addDocument(Fields.toLucene(document));
        }
    }

    void remove(String type, String key) throws IOException {
        open().writer().deleteDocuments(new Term(Fields.ID, Fields.id(type, key)));
    }

    void removeAll() throws IOException {
        open().writer().deleteAll();
    }

    /** Makes the changes durable, together with the log position they include, and visible to searches. */
    void commit(long position) throws IOException {
        Open o = open();
        o.writer().setLiveCommitData(Map.of(POSITION, Long.toString(position), SCHEMA, Fields.SCHEMA,
                EVERYTHING_COVERED, Long.toString(everythingCovered())).entrySet());
        o.writer().commit();
        o.searchers().maybeRefresh();
    }

    /** Makes changes visible to searches without the cost of a commit. */
    void refresh() throws IOException {
        open().searchers().maybeRefresh();
    }

    int documentCount() {
        return open().writer().getDocStats().numDocs;
    }

    /** Runs a read against the current searcher. */
    <T> T read(IndexRead<T> read) {
        SearcherManager searchers = open().searchers();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A read of the index. */
    interface IndexRead<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @Override
    public synchronized void destroy() throws IOException {
        if (open != null) {
            open.searchers().close();
            open.writer().close();
            open.directory().close();
            open = null;
        }
    }

}
