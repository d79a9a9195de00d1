package org.papergraph.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.papergraph.rdf.PG;

/** Runs one query against a dataset and writes its results. */
public final class QueryRunner {

    /** The parser's own "at line L, column C" points at the offending token; getLine() at the one before. */
    private static final Pattern POSITION = Pattern.compile("at line (\\d+), column (\\d+)");

    private final DatasetGraph dataset;
    private final long timeoutMillis;

    public QueryRunner(DatasetGraph dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    /** Parses the query, reporting a syntax error with its line and column. */
    public static Query parse(String queryText, String sourceName) {
        try {
            return QueryFactory.create(queryText);
        } catch (QueryParseException e) {
            Matcher position = POSITION.matcher(String.valueOf(e.getMessage()));
            String where = position.find() ? sourceName + ":" + position.group(1) + ":" + position.group(2)
                    : e.getLine() > 0 ? sourceName + ":" + e.getLine() + ":" + e.getColumn() : sourceName;
            throw new QueryFailure("SPARQL syntax error at " + where + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Runs the query with the parameters bound and writes the results to out. */
    public void run(Query query, Map<String, Node> parameters, ResultFormat format, OutputStream out) {
        try {
            execute(query, parameters, format, out);
        } catch (BoundedText.RegexTooCostly e) {
            throw new QueryFailure(e.getMessage(), e);
        } catch (QueryCancelledException e) {
            throw new QueryFailure("the query ran longer than " + timeoutMillis / 1000.0
                    + " s and was stopped; make it more selective, or raise --timeout", e);
        } catch (QueryExecException | QueryDeniedException e) {
            // e.g. SERVICE, which papergraph refuses: queries read the local database only.
            throw new QueryFailure("the query cannot run here: " + e.getMessage(), e);
        }
    }

    /** Runs a SELECT query with the parameters bound and returns every row (for scorers and tests). */
    public List<Binding> select(Query query, Map<String, Node> parameters) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = bind(query, parameters).build()) {
                List<Binding> rows = new ArrayList<>();
                exec.select().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    private QueryExecBuilder bind(Query query, Map<String, Node> parameters) {
        QueryExecBuilder builder = QueryExec.dataset(dataset).query(query);
        parameters.forEach(builder::substitution);
        if (timeoutMillis > 0) {
            builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        return builder;
    }

    private void execute(Query query, Map<String, Node> parameters, ResultFormat format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = bind(query, parameters).build()) {
                if (query.isSelectType()) {
                    writeRows(exec.select(), format, out);
                } else if (query.isAskType()) {
                    writeAsk(exec.ask(), format, out);
                } else if (query.isConstructType()) {
                    writeGraph(exec.construct(), format, out);
                } else if (query.isDescribeType()) {
                    writeGraph(exec.describe(), format, out);
                } else {
                    throw new QueryFailure("only SELECT, ASK, CONSTRUCT and DESCRIBE queries can run here");
                }
            }
        });
    }

    private static void writeRows(RowSet rows, ResultFormat format, OutputStream out) {
        ResultSet results = ResultSet.adapt(rows);
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, results, PG.prefixes());
            case CSV -> ResultSetMgr.write(out, results, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, results, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, results, ResultSetLang.RS_JSON);
            case XML -> ResultSetMgr.write(out, results, ResultSetLang.RS_XML);
            case TURTLE -> throw new QueryFailure("turtle is for CONSTRUCT and DESCRIBE; use table, csv, tsv, json or xml for SELECT");
        }
    }

    private static void writeAsk(boolean answer, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> {
                PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
                print.println(answer ? "yes" : "no");
            }
            case CSV -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_CSV);
            case TSV -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_TSV);
            case JSON -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_JSON);
            case XML -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_XML);
            case TURTLE -> throw new QueryFailure("turtle is for CONSTRUCT and DESCRIBE; use table, csv, tsv, json or xml for ASK");
        }
    }

    private static void writeGraph(Graph graph, ResultFormat format, OutputStream out) {
        if (format != ResultFormat.TURTLE && format != ResultFormat.TABLE) {
            throw new QueryFailure("CONSTRUCT and DESCRIBE results are graphs; use --format turtle");
        }
        graph.getPrefixMapping().setNsPrefixes(PG.prefixes());
        RDFWriter.source(graph).format(RDFFormat.TURTLE_PRETTY).output(out);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

}
