package org.papergraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.dboe.base.file.Location;
import org.papergraph.concepts.ConceptObservation;
import org.papergraph.concepts.ConceptStatement;
import org.papergraph.concepts.PaperLinks;
import org.papergraph.extract.ConceptClass;
import org.papergraph.extract.RelationType;
import org.papergraph.query.QueryGuards;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.PaperQuads;
import org.papergraph.rdf.StoredPaper;
import org.papergraph.rdf.PG;

/**
 * The TDB2 database. Every write is one transaction, so a crash leaves each paper either fully
 * there or not there at all.
 */
public final class PaperStore implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PaperStore.class);

    /** Databases this process has open: their journal may be mid-write, so never repair them. */
    private static final Set<Path> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static final Query OBSERVATIONS = QueryFactory.create("""
            PREFIX pg:  <https://w3id.org/papergraph/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?concept ?class ?label ?surface ?acronym ?id WHERE {
              GRAPH ?g {
                ?ev a pg:Evidence ; rdf:object ?concept ; pg:mentionClass ?class ;
                    pg:mentionLabel ?label ; pg:mentionText ?surface ; pg:inPaper ?paper .
                OPTIONAL { ?ev pg:acronym ?acronym }
              }
              BIND(STR(?paper) AS ?id)
            }""");

    private static final Query CONCEPT_COUNTS = QueryFactory.create("""
            SELECT ?class (COUNT(?c) AS ?n) WHERE { GRAPH <%s> { ?c a ?class } } GROUP BY ?class"""
            .formatted(Iris.CONCEPTS_GRAPH.getURI()));

    /**
     * Present while a bulk load writes into the database: Jena's bulk loaders write outside
     * transactions, so a database this file is found in may hold any part of the load.
     */
    static final String BULK_LOAD_MARKER = "bulk-load.incomplete";

    private final Path directory;
    private final Dataset dataset;

    private PaperStore(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
    }

    /** Opens (or creates) the database in the directory. Queries over the default graph see all graphs. */
    public static PaperStore open(Path directory) {
        if (Files.exists(directory.resolve(BULK_LOAD_MARKER))) {
            throw new StoreException("database " + directory + " is incomplete: the bulk load of its first build was"
                    + " interrupted; delete the directory and run the build again", false, null);
        }
        try {
            Files.createDirectories(directory);
            return connect(directory);
        } catch (DBOpEnvException e) {
            if (!String.valueOf(e.getMessage()).contains("lock")) {
                throw new StoreException("cannot open database " + directory + ": " + e.getMessage(), false, e);
            }
            // TDB2 holds tdb.lock for as long as the process that opened the database keeps it open.
            throw new StoreException("database " + directory + " is in use by another papergraph process (a build, or"
                    + " 'papergraph serve'); wait for it to finish or stop it, or use another --db", true, e);
        } catch (RuntimeException | java.io.IOException e) {
            throw new StoreException("cannot open database " + directory + ": " + e.getMessage()
                    + "; check that it is a papergraph database directory you can write to", false, e);
        }
    }

    /** Connects, first rolling back a write that a crash cut off mid-journal (see {@link TornJournal}). */
    private static PaperStore connect(Path directory) {
        repairAfterCrash(directory);
        PaperStore store = prepared(directory, TDB2Factory.connectDataset(Location.create(directory.toAbsolutePath().toString())));
        OPEN.add(directory.toAbsolutePath().normalize());
        return store;
    }

    /**
     * Repairs a torn journal only when nothing can be writing it: no other process holds the database
     * lock and no store of this process has the database open. Otherwise connecting reports the
     * database as in use, or uses the open connection.
     */
    private static void repairAfterCrash(Path directory) {
        Path key = directory.toAbsolutePath().normalize();
        if (OPEN.contains(key)) {
            return;
        }
        ProcessFileLock lock = DatabaseConnection.lockForLocation(Location.create(key.toString()));
        boolean heldHere = lock.isLockedHere();
        if (!heldHere && !lock.tryLock()) {
            return;
        }
        try {
            if (TornJournal.repair(directory)) {
                LOG.warn("database {}: the last write was interrupted mid-journal by a crash; it was rolled back", directory);
            }
        } finally {
            if (!heldHere) {
                ProcessFileLock.release(lock);
            }
        }
    }

    /** A database in memory, with the same transactions as on disk and nothing written to disk (tests, previews). */
    public static PaperStore inMemory() {
        return prepared(null, TDB2Factory.createDataset());
    }

    private static PaperStore prepared(Path directory, Dataset dataset) {
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        QueryGuards.apply(dataset.getContext());
        PaperStore store = new PaperStore(directory, dataset);
        store.ensurePrefixes();
        return store;
    }

    /** Exports keep the ontology's prefixes: store them once with the data. */
    private void ensurePrefixes() {
        boolean missing = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().prefixes().isEmpty());
        if (missing) {
            Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().prefixes().putAll(PG.prefixes()));
        }
    }

    /** The database directory; null for a store in memory. */
    public Path directory() {
        return directory;
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    public <T> T read(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset.asDatasetGraph()));
    }

    /** The content hash the stored graph of this paper was built from, if the paper is stored. */
    public Optional<String> storedHash(String paperId) {
        Node graph = Iris.paperGraph(paperId);
        Node paper = Iris.paper(paperId);
        return read(dsg -> {
            Iterator<Quad> found = dsg.find(graph, paper, PG.contentHash, Node.ANY);
            return found.hasNext() ? Optional.of(found.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
    }

    /** Replaces each graph with the given quads, all in one transaction. */
    public void replaceGraphs(Map<Node, List<Quad>> graphs) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            graphs.forEach((graph, quads) -> {
                dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                quads.forEach(dsg::add);
            });
        });
    }

    /** The stored metadata of a paper, if it is stored. */
    public Optional<org.papergraph.ingest.Paper> readPaper(String paperId) {
        return read(dsg -> StoredPaper.read(dsg, paperId));
    }

    /** The id of the stored paper with this external identifier ("arXiv:2101.00001", "doi:10..."), if any. */
    public Optional<String> paperWithIdentifier(String identifier) {
        return read(dsg -> StoredPaper.withIdentifier(dsg, identifier));
    }

    /**
     * Replaces the metadata statements of papers whose text (and so extraction) is unchanged, all in one
     * transaction; each quad's graph and subject say which paper.
     */
    public void replaceMetadata(Collection<List<Quad>> papers) {
        if (papers.isEmpty()) {
            return;
        }
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (List<Quad> quads : papers) {
                if (quads.isEmpty()) {
                    continue;
                }
                Quad first = quads.get(0);
                for (Node predicate : PaperQuads.METADATA) {
                    dsg.deleteAny(first.getGraph(), first.getSubject(), predicate, Node.ANY);
                }
                quads.forEach(dsg::add);
            }
        });
    }

    /** True when the database holds no quads at all (a new database). */
    public boolean isEmpty() {
        return read(DatasetGraph::isEmpty);
    }

    /**
     * Loads an RDF file into this empty on-disk database with Jena's phased bulk loader (tdb2.tdbloader's
     * default), which fills each index in turn instead of inserting into all six quad by quad. It writes
     * outside transactions: until it has finished, a marker in the directory makes {@link #open} refuse
     * the database as incomplete.
     *
     * @return the number of quads loaded
     */
    public long bulkLoad(Path file) {
        if (directory == null || !isEmpty()) {
            throw new IllegalStateException("a bulk load needs an empty database on disk");
        }
        Path marker = directory.resolve(BULK_LOAD_MARKER);
        try {
            Files.writeString(marker, "a bulk load into this database started and has not finished\n");
            DataLoader loader = LoaderFactory.phasedLoader(dataset.asDatasetGraph(), (format, args) -> {
                if (LOG.isDebugEnabled()) {
                    LOG.debug(String.format(Locale.ROOT, format, args));
                }
            });
            loader.startBulk();
            try {
                loader.load(file.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            Files.delete(marker);
            return loader.countQuads();
        } catch (IOException e) {
            throw new StoreException("cannot bulk load into database " + directory + ": " + e.getMessage(), false, e);
        }
    }

    /** Adds quads (set semantics: adding what is there changes nothing). */
    public void add(Collection<Quad> quads) {
        if (quads.isEmpty()) {
            return;
        }
        Txn.executeWrite(dataset, () -> quads.forEach(dataset.asDatasetGraph()::add));
    }

    /** Streams every concept reading in the paper graphs to the consumer, inside one read transaction. */
    public void readObservations(Consumer<ConceptObservation> consumer) {
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset.asDatasetGraph()).query(OBSERVATIONS).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    Node acronym = row.get("acronym");
                    consumer.accept(new ConceptObservation(
                            Iris.conceptKey(row.get("concept")),
                            classOf(row.get("class")),
                            row.get("label").getLiteralLexicalForm(),
                            row.get("surface").getLiteralLexicalForm(),
                            acronym == null ? null : acronym.getLiteralLexicalForm(),
                            row.get("id").getLiteralLexicalForm()));
                }
            }
        });
    }

    /**
     * Streams, paper by paper, what each paper's graph states about concepts: the paper's own links
     * (pg:usesMethod, pg:proposes, pg:addressesTask, ...) and the statements between two concepts, inside
     * one read transaction. Reads only the plain statements, not their evidence.
     */
    public void readPaperLinks(Consumer<PaperLinks> consumer) {
        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Iterator<Node> graphs = dsg.listGraphNodes();
            while (graphs.hasNext()) {
                Node graph = graphs.next();
                if (!Iris.isPaperGraph(graph)) {
                    continue;
                }
                Map<RelationType, Set<String>> objects = new EnumMap<>(RelationType.class);
                List<ConceptStatement> statements = new ArrayList<>();
                String paper = null;
                for (RelationType relation : RelationType.values()) {
                    Iterator<Quad> links = dsg.find(graph, Node.ANY, PG.predicate(relation), Node.ANY);
                    while (links.hasNext()) {
                        Quad link = links.next();
                        if (!Iris.isConcept(link.getObject())) {
                            continue;
                        }
                        String object = Iris.conceptKey(link.getObject());
                        if (Iris.isPaper(link.getSubject())) {
                            paper = link.getSubject().getURI();
                            objects.computeIfAbsent(relation, r -> new HashSet<>()).add(object);
                        } else if (Iris.isConcept(link.getSubject())) {
                            statements.add(new ConceptStatement(Iris.conceptKey(link.getSubject()), relation, object));
                        }
                    }
                }
                if (paper != null) {
                    consumer.accept(new PaperLinks(paper, objects, statements));
                }
            }
        });
    }

    /** Every statement of this relation between two concepts, in any paper's graph. */
    public void readConceptStatements(RelationType relation, Consumer<ConceptStatement> consumer) {
        Txn.executeRead(dataset, () -> {
            Iterator<Quad> quads = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, PG.predicate(relation), Node.ANY);
            while (quads.hasNext()) {
                Quad quad = quads.next();
                if (Iris.isPaperGraph(quad.getGraph()) && Iris.isConcept(quad.getSubject()) && Iris.isConcept(quad.getObject())) {
                    consumer.accept(new ConceptStatement(Iris.conceptKey(quad.getSubject()), relation,
                            Iris.conceptKey(quad.getObject())));
                }
            }
        });
    }

    /**
     * Replaces one graph with what the writer streams, in one transaction, without collecting the quads
     * first: the concepts graph of a large corpus holds millions.
     */
    public void replaceGraph(Node graph, Consumer<StreamRDF> writer) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            writer.accept(StreamRDFLib.dataset(dsg));
        });
    }

    public StoreStats stats() {
        return read(dsg -> {
            Map<ConceptClass, Long> concepts = new EnumMap<>(ConceptClass.class);
            try (QueryExec exec = QueryExec.dataset(dsg).query(CONCEPT_COUNTS).build()) {
                exec.select().forEachRemaining(row -> {
                    Node type = row.get("class");
                    for (ConceptClass c : ConceptClass.values()) {
                        if (PG.classNode(c).equals(type)) {
                            concepts.put(c, Long.parseLong(row.get("n").getLiteralLexicalForm()));
                        }
                    }
                });
            }
            long papers = 0;
            long evidence = 0;
            long quads = 0;
            Iterator<Quad> all = dsg.find();
            while (all.hasNext()) {
                Quad quad = all.next();
                quads++;
                if (quad.getPredicate().equals(org.apache.jena.vocabulary.RDF.Nodes.type)) {
                    if (quad.getObject().equals(PG.Paper)) {
                        papers++;
                    } else if (quad.getObject().equals(PG.Evidence)) {
                        evidence++;
                    }
                }
            }
            return new StoreStats(papers, concepts, evidence, quads);
        });
    }

    private static ConceptClass classOf(Node node) {
        for (ConceptClass c : ConceptClass.values()) {
            if (PG.classNode(c).equals(node)) {
                return c;
            }
        }
        throw new IllegalStateException("not a concept class: " + node);
    }

    /**
     * Rewrites the database into a new generation holding only live data and deletes the old ones:
     * a rebuild leaves replaced graphs' space behind, since TDB2 only appends.
     */
    public void compact() {
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    /** Closes the database and releases it (its files and its process lock) for other processes. */
    @Override
    public void close() {
        if (directory == null) {
            dataset.close();
            return;
        }
        // Closing the dataset alone keeps TDB2's cached connection, and with it tdb.lock, until the JVM exits.
        TDBInternal.expel(dataset.asDatasetGraph());
        OPEN.remove(directory.toAbsolutePath().normalize());
    }
}
