package org.roleatlas.search.internal;

import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.roleatlas.search.SearchDocument;

/** The index's fields, and how a {@link SearchDocument} becomes a Lucene document. */
public final class Fields {

    /** {@code type:key}, unique: updates and deletes go by it. */
    public static final String ID = "id";
    public static final String TYPE = "type";
    public static final String KEY = "key";
    public static final String TITLE = "title";
    public static final String ALIASES = "aliases";
    public static final String BODY = "body";
    public static final String ROLE = "role";
    public static final String URL = "url";
    public static final String BYLINE = "byline";
    public static final String CREATED = "created";
    /**
     * An answer's or a comment's thread title: searched, but far below an item's own title, so a question outranks
     * its own answers for its title while "report to the CTO" still finds the answers in that thread.
     */
    public static final String THREAD = "thread";
    /** Whole words of the name and text, unstemmed: the vocabulary "did you mean" corrects from. */
    public static final String SPELL = "spell";
    /** A hash of what a reader sees of the item: identical texts collapse into one hit. */
    public static final String SAME_TEXT = "same_text";

    /** The types whose title is their thread's, not their own. */
    public static final List<String> IN_THREAD = List.of("answer", "comment");

    /**
     * Which shape of document this build writes. A commit records it; an index written with another shape is rebuilt
     * on start, because Lucene refuses to change how an existing field is indexed.
     */
    public static final String SCHEMA = "4";

    /**
     * The types "content you might like" offers (an answer or a comment out of its thread reads poorly). Only these
     * carry {@link #RELATED_TEXT} and {@link #RELATED_ROLE}, so a related-content query walks their postings alone
     * instead of everyone's answers and comments only to filter them out.
     */
    public static final List<String> RELATABLE = List.of("question", "article", "poll", "role");
    public static final String RELATED_TEXT = "related_text";
    public static final String RELATED_ROLE = "related_role";

    /** Similarity needs how often a word occurs, never where. */
    private static final FieldType RELATED = indexed(TextField.TYPE_NOT_STORED, IndexOptions.DOCS_AND_FREQS, false);

    private static FieldType indexed(FieldType base, IndexOptions options, boolean omitNorms) {
        FieldType type = new FieldType(base);
        type.setIndexOptions(options);
        type.setOmitNorms(omitNorms);
        type.freeze();
        return type;
    }

    /**
     * Highlighted fields keep each word's character offsets in the postings, so the highlighter reads where the
     * matches are instead of analysing the stored text again for every hit shown.
     */
    private static final FieldType HIGHLIGHTED = indexed(TextField.TYPE_STORED,
            IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, false);

    /**
     * Searched fields and their weight: a name match outranks a body match. Aliases weigh no more than titles: the
     * alias field holds only roles, so its words are rare there and BM25 already scores them high.
     */
    public static final List<String> TEXT = List.of(ALIASES, TITLE, BODY, THREAD);

    public static float weight(String field) {
        return switch (field) {
            case ALIASES, TITLE -> 3f;
            case THREAD -> 0.3f;
            default -> 1f;
        };
    }

    /** Which words occur, nothing more: the spelling vocabulary. */
    private static final FieldType WORDS = indexed(TextField.TYPE_NOT_STORED, IndexOptions.DOCS, true);
    /** Positions for phrases; stored, as the title an answer or a comment shows. */
    private static final FieldType THREAD_TITLE = indexed(TextField.TYPE_STORED,
            IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, false);

    private Fields() {
    }

    /**
     * What a reader sees of an item, as a number: the title (an answer's or comment's is its thread's, so only the
     * text counts) and the body, case and spacing aside.
     */
    public static long sameText(String title, String body) {
        String text = (title + "\n" + body).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
        byte[] digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return java.nio.ByteBuffer.wrap(digest).getLong();
    }

    /** The title a hit shows: its own, or for an answer or a comment its thread's. */
    public static String title(Document doc) {
        String title = doc.get(TITLE);
        return title != null ? title : doc.get(THREAD);
    }

    public static String id(String type, String key) {
        return type + ":" + key;
    }

    public static Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, id(d.type(), d.key()), Field.Store.YES));
        doc.add(new StringField(TYPE, d.type(), Field.Store.YES));
        doc.add(new SortedSetDocValuesField(TYPE, new BytesRef(d.type())));
        doc.add(new StoredField(KEY, d.key()));
        boolean inThread = IN_THREAD.contains(d.type());
        if (inThread) {
            doc.add(new Field(THREAD, d.title(), THREAD_TITLE));
        } else {
            doc.add(new Field(TITLE, d.title(), HIGHLIGHTED));
            doc.add(new Field(SPELL, d.title(), WORDS));
        }
        for (String alias : d.aliases()) {
            doc.add(new TextField(ALIASES, alias, Field.Store.YES));
            doc.add(new Field(SPELL, alias, WORDS));
        }
        doc.add(new Field(BODY, d.body(), HIGHLIGHTED));
        doc.add(new Field(SPELL, d.body(), WORDS));
        doc.add(new NumericDocValuesField(SAME_TEXT, sameText(inThread ? "" : d.title(), d.body())));
        for (String role : d.roles()) {
            doc.add(new StringField(ROLE, role, Field.Store.YES));
            doc.add(new SortedSetDocValuesField(ROLE, new BytesRef(role)));
        }
        if (RELATABLE.contains(d.type())) {
            doc.add(new Field(RELATED_TEXT, d.title(), RELATED));
            for (String alias : d.aliases()) {
                doc.add(new Field(RELATED_TEXT, alias, RELATED)); // a role is also known as "CTO"
            }
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
