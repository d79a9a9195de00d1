package org.papergraph.query;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/** SPARQL REGEX with the same meaning as Jena's, matched over {@link BoundedText}. */
final class BoundedRegex extends ExprFunctionN {

    private final long budget;
    /** The pattern is nearly always a constant: compile it once, not per row. */
    private volatile Compiled last;

    private record Compiled(String pattern, String flags, Pattern regex) {
    }

    BoundedRegex(ExprList args, long budget) {
        super("regex", args);
        this.budget = budget;
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        NodeValue pattern = args.get(1);
        NodeValue flags = args.size() > 2 ? args.get(2) : null;
        if (!pattern.isString() || flags != null && !flags.isString()) {
            throw new ExprEvalException("REGEX: pattern and flags must be strings");
        }
        Compiled compiled = last;
        String flagText = flags == null ? null : flags.getString();
        if (compiled == null || !compiled.pattern().equals(pattern.getString()) || !java.util.Objects.equals(compiled.flags(), flagText)) {
            compiled = new Compiled(pattern.getString(), flagText, RegexEngine.makePattern("REGEX", pattern.getString(), flagText));
            last = compiled;
        }
        return NodeValue.booleanReturn(compiled.regex().matcher(BoundedText.of(text.getLiteralLexicalForm(), budget)).find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedRegex(newArgs, budget);
    }

    /** Replaces Jena's REGEX in an expression tree. */
    static Expr replacing(E_Regex regex, ExprList args, long budget) {
        return new BoundedRegex(args, budget);
    }
}
