package org.papergraph.query;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.util.Context;

/**
 * What every query over papergraph's data runs under, set once on the dataset's context so the command
 * line, the explorer and the SPARQL endpoint all inherit it: no SERVICE calls (nothing a query says
 * reaches the network), and regular expressions that cannot backtrack past the query timeout.
 * FROM and FROM NAMED only pick graphs out of the dataset; they never load a file or a URL.
 */
public final class QueryGuards {

    private QueryGuards() {
    }

    public static void apply(Context context) {
        context.set(ARQ.httpServiceAllowed, false);
        RewriteFactory standard = Optimize.getFactory();
        RewriteFactory guarded = ctx -> {
            var optimizer = standard.create(ctx);
            return op -> boundRegexes(optimizer.rewrite(op));
        };
        context.set(ARQConstants.sysOptimizerFactory, guarded);
    }

    /**
     * Caps every query's results at maxRows (as if it said LIMIT maxRows, unless it asks for fewer), on
     * top of the guards already in the context. For the public endpoint, where one query must not
     * stream a whole database to a client.
     */
    public static void capResults(Context context, long maxRows) {
        RewriteFactory inner = context.get(ARQConstants.sysOptimizerFactory, Optimize.getFactory());
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) ctx -> {
            var optimizer = inner.create(ctx);
            return op -> {
                Op rewritten = optimizer.rewrite(op);
                if (rewritten instanceof OpSlice slice && slice.getStart() <= 0 && slice.getLength() >= 0
                        && slice.getLength() <= maxRows) {
                    return rewritten;
                }
                return new OpSlice(rewritten, Query.NOLIMIT, maxRows);
            };
        });
    }

    static Op boundRegexes(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN function, ExprList args) {
                if (function instanceof E_Regex regex) {
                    return BoundedRegex.replacing(regex, args, BoundedText.DEFAULT_BUDGET);
                }
                return super.transform(function, args);
            }
        }, op);
    }
}
