package org.roleatlas.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roleatlas.search.SearchDocument;

/** An index written by a build that shaped its documents differently is rebuilt, not appended to. */
class SearchIndexSchemaTest {

    @TempDir
    Path dir;

    @Test
    void anIndexWithoutThisBuildsSchemaCountsAsNeverCommittedAndIsRebuiltInTheNewShape() throws IOException {
        writeOldIndex();
        SearchIndex index = new SearchIndex(dir.toString());
        try {
            assertThat(index.position()).as("the old commit's log position is still readable").isEqualTo(41);
            assertThat(index.hasCommit()).as("a rebuild is due").isFalse();

            // What the follower does when there is no usable commit: empty the index and add everything again.
            index.removeAll();
            index.add(new SearchDocument("answer", "7", "Who owns the model lifecycle?", List.of(),
                    "The MLOps engineer owns the deployment pipeline.", List.of("mlops-engineer"), "/questions/1#answer-7",
                    "Grace", true, Instant.parse("2026-11-23T10:00:00Z")));
            index.commit(42);

            assertThat(index.hasCommit()).isTrue();
            assertThat(index.position()).isEqualTo(42);
            TopDocs found = index.read(s -> s.search(new TermQuery(new Term(Fields.BODY, "pipelin")), 10));
            assertThat(found.scoreDocs).hasSize(1);
            assertThat(index.documentCount()).isEqualTo(1);
        } finally {
            index.destroy();
        }
    }

    @Test
    void anIndexCommittedByThisBuildIsKept() throws IOException {
        SearchIndex index = new SearchIndex(dir.toString());
        index.commit(3);
        index.destroy();
        SearchIndex reopened = new SearchIndex(dir.toString());
        try {
            assertThat(reopened.hasCommit()).isTrue();
            assertThat(reopened.position()).isEqualTo(3);
        } finally {
            reopened.destroy();
        }
    }

    /** As the first search build wrote it: body without offsets, and a commit naming only the log position. */
    private void writeOldIndex() throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField(Fields.ID, "answer:6", Field.Store.YES));
            doc.add(new TextField(Fields.BODY, "An old answer about pipelines", Field.Store.YES));
            writer.addDocument(doc);
            writer.setLiveCommitData(Map.of(SearchIndex.POSITION, "41").entrySet());
            writer.commit();
        }
    }
}
