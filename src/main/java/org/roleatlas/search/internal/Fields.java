package org.roleatlas.search.internal;

import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.roleatlas.search.SearchDocument;

/** The index's fields, and how a {@link SearchDocument} becomes a Lucene document. */
final class Fields {

    /** {@code type:key}, unique: updates and deletes go by it. */
    static final String ID = "id";
    static final String TYPE = "type";
    static final String KEY = "key";
    static final String TITLE = "title";
    static final String ALIASES = "aliases";
    static final String BODY = "body";
    static final String ROLE = "role";
    static final String URL = "url";
    static final String BYLINE = "byline";
    static final String CREATED = "created";

    /**
     * Which shape of document this build writes. A commit records it; an index written with another shape is rebuilt
     * on start, because Lucene refuses to change how an existing field is indexed.
     */
    static final String SCHEMA = "3";

    /**
     * The types "content you might like" offers (an answer or a comment out of its thread reads poorly). Only these
     * carry {@link #RELATED_TEXT} and {@link #RELATED_ROLE}, so a related-content query walks their postings alone
     * instead of everyone's answers and comments only to filter them out.
     */
    static final List<String> RELATABLE = List.of("question", "article", "poll", "role");
    static final String RELATED_TEXT = "related_text";
    static final String RELATED_ROLE = "related_role";

    private static final FieldType RELATED = related();

    private static FieldType related() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS); // similarity needs how often, never where
        type.freeze();
        return type;
    }

    /**
     * Highlighted fields keep each word's character offsets in the postings, so the highlighter reads where the
     * matches are instead of analysing the stored text again for every hit shown.
     */
    private static final FieldType HIGHLIGHTED = highlighted();

    private static FieldType highlighted() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /**
     * Searched fields and their weight: a name match outranks a body match. Aliases weigh no more than titles: the
     * alias field holds only roles, so its words are rare there and BM25 already scores them high.
     */
    static final List<String> TEXT = List.of(ALIASES, TITLE, BODY);

    static float weight(String field) {
        return switch (field) {
            case ALIASES, TITLE -> 3f;
            default -> 1f;
        };
    }

    private Fields() {
    }

    static String id(String type, String key) {
        return type + ":" + key;
    }

    static Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, id(d.type(), d.key()), Field.Store.YES));
        doc.add(new StringField(TYPE, d.type(), Field.Store.YES));
        doc.add(new SortedSetDocValuesField(TYPE, new BytesRef(d.type())));
        doc.add(new StoredField(KEY, d.key()));
        doc.add(new Field(TITLE, d.title(), HIGHLIGHTED));
        for (String alias : d.aliases()) {
            doc.add(new TextField(ALIASES, alias, Field.Store.NO));
        }
        doc.add(new Field(BODY, d.body(), HIGHLIGHTED));
        for (String role : d.roles()) {
            doc.add(new StringField(ROLE, role, Field.Store.YES));
            doc.add(new SortedSetDocValuesField(ROLE, new BytesRef(role)));
        }
        if (RELATABLE.contains(d.type())) {
            doc.add(new Field(RELATED_TEXT, d.title(), RELATED));
            doc.add(new Field(RELATED_TEXT, d.body(), RELATED));
            for (String role : d.roles()) {
                doc.add(new StringField(RELATED_ROLE, role, Field.Store.NO));
            }
        }
        doc.add(new StoredField(URL, d.url()));
        doc.add(new StoredField(BYLINE, d.byline()));
        if (d.created() != null) {
            doc.add(new LongField(CREATED, d.created().toEpochMilli(), Field.Store.YES));
        }
        return doc;
    }
}
