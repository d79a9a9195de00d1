package org.papergraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.papergraph.nlp.AnnotatedPaper;
import org.papergraph.nlp.AnnotatedText;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.Token;

/**
 * Extraction from parts of speech and cue words: noun phrases typed by their head, acronym
 * definitions, "we propose X" and "X: subtitle" for what a paper introduces, and use cues
 * ("via", "using", "based on") for what it employs. Stateless and thread-safe.
 */
public final class RuleBasedExtractor implements Extractor {

    public static final String ID = "papergraph-rules/8";

    private static final Set<String> PROPOSAL_STOP = Set.of("that", "which", "who", "to", "for", "in", "on", "over",
            "than", "by", ";", "where", "whose", "while", "when", "as", "upon");

    /**
     * "build catalogs from DAS recordings", "train it with PPO": past these words only a phrase with its
     * acronym defined right after it is still the proposal ("a method with Implicit Gradient Transport (N-IGT)").
     */
    private static final Set<String> SOFT_STOP = Set.of("from", "with", "using", "via", "into");

    private final NounPhraseChunker chunker = new NounPhraseChunker();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Extraction extract(AnnotatedPaper paper) {
        Map<String, Mention> acronyms = new LinkedHashMap<>();
        List<SentenceMentions> sentences = new ArrayList<>();
        collect(paper.title(), Section.TITLE, acronyms, sentences);
        collect(paper.abstractText(), Section.ABSTRACT, acronyms, sentences);

        List<Mention> proposed = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        for (SentenceMentions s : sentences) {
            for (Proposal proposal : proposals(s, acronyms, proposed)) {
                proposed.add(proposal.mention());
                relations.add(new Relation(null, RelationType.PROPOSES, proposal.mention(), proposal.rule().id,
                        proposal.rule().confidence));
            }
        }
        spelledOut(proposed, relations, acronyms);
        for (Mention p : proposed) {
            if (p.acronym() != null && Names.isAcronym(p.acronym())) {
                acronyms.putIfAbsent(Names.singularAcronym(p.acronym()), p);
            }
        }
        List<Mention> mentions = new ArrayList<>(proposed);
        for (SentenceMentions s : sentences) {
            for (Candidate c : s.candidates()) {
                if (isProposed(c.mention(), proposed) || Cues.negated(c.chunk())) {
                    continue;
                }
                Rule rule = usageRule(s, c);
                // Earlier work's methods are not this paper's; its tasks usually still are the paper's field.
                if (rule == Rule.BACKGROUND && c.mention().type() == ConceptClass.METHOD
                        && (Cues.priorWork(c.chunk()) || Cues.othersWork(s.sentence(), c.chunk().from()))) {
                    continue;
                }
                mentions.add(c.mention());
                relations.add(new Relation(null, RelationType.usesFor(c.mention().type()), c.mention(), rule.id,
                        rule.confidence));
            }
            relations.addAll(methodRelations(s, proposed));
            relations.addAll(HearstPatterns.broader(s.sentence(), s.candidates()));
        }
        return new Extraction(paper.paper(), mentions, relations, acronyms);
    }

    /**
     * A proposed name the paper spells out elsewhere ("We propose BOSS, ..." and later "BOSS (BOotStrapping
     * your own Skills)") is proposed under its long form, with the name as its acronym, so both are its names.
     */
    private static void spelledOut(List<Mention> proposed, List<Relation> relations, Map<String, Mention> acronyms) {
        for (int k = 0; k < proposed.size(); k++) {
            Mention p = proposed.get(k);
            Mention definition = p.acronym() == null && p.tokens().size() == 1 ? acronyms.get(Names.singularAcronym(p.text())) : null;
            if (definition == null || definition == p || definition.acronym() == null || proposed.contains(definition)) {
                continue;
            }
            proposed.set(k, definition);
            for (int r = 0; r < relations.size(); r++) {
                Relation relation = relations.get(r);
                if (relation.object() == p) {
                    relations.set(r, new Relation(null, relation.type(), definition, relation.rule(), relation.confidence()));
                }
            }
        }
    }

    private record SentenceMentions(Section section, Sentence sentence, List<Chunk> chunks, List<Candidate> candidates) {
    }

    private record Proposal(Mention mention, Rule rule) {
    }

    private void collect(AnnotatedText text, Section section, Map<String, Mention> acronyms, List<SentenceMentions> out) {
        for (Sentence sentence : text.sentences()) {
            List<Chunk> chunks = chunker.chunks(sentence);
            List<Candidate> candidates = new ArrayList<>();
            for (int k = 0; k < chunks.size(); k++) {
                Chunk chunk = chunks.get(k);
                if (k > 0 && isAcronymOf(chunks.get(k - 1), chunk)) {
                    continue;
                }
                String acronym = k + 1 < chunks.size() && isAcronymOf(chunk, chunks.get(k + 1))
                        ? chunks.get(k + 1).text() : null;
                Optional<ConceptClass> type = typeOf(chunk, acronyms);
                spelledInParentheses(chunk).ifPresent(longForm -> acronyms.putIfAbsent(Names.singularAcronym(chunk.head().word()),
                        longForm.mention(type.orElse(ConceptClass.METHOD), section, chunk.head().word())));
                if (type.isEmpty()) {
                    continue;
                }
                Mention mention = HeadLexicon.withoutRedundantHead(chunk).mention(type.get(), section, acronym);
                if (acronym != null) {
                    acronyms.putIfAbsent(Names.singularAcronym(acronym), mention);
                }
                candidates.add(new Candidate(chunk, mention));
            }
            out.add(new SentenceMentions(section, sentence, chunks, candidates));
        }
    }

    /**
     * "BOSS (BOotStrapping your own Skills)": a coined name with its long form in parentheses after it
     * defines the name as an acronym does, so the name alone elsewhere in the paper means the long form.
     */
    private static Optional<Chunk> spelledInParentheses(Chunk chunk) {
        String name = chunk.head().word();
        if (!Names.isCoinedName(name)) {
            return Optional.empty();
        }
        return ProposalNames.longFormInParentheses(chunk.sentence(), chunk.to(), name);
    }

    /** "reinforcement learning ( RL )": the second chunk is a parenthesised acronym right after the first. */
    private static boolean isAcronymOf(Chunk phrase, Chunk candidate) {
        Sentence s = phrase.sentence();
        if (candidate.length() != 1 || candidate.from() != phrase.to() + 1 || candidate.to() >= s.size()) {
            return false;
        }
        String open = s.token(phrase.to()).word();
        String close = s.token(candidate.to()).word();
        String acronym = candidate.head().word();
        return (open.equals("(") || open.equals("-LRB-")) && (close.equals(")") || close.equals("-RRB-"))
                && Names.isAcronym(acronym) && phrase.length() >= 2 && Names.abbreviates(acronym, phrase.text());
    }

    private static Optional<ConceptClass> typeOf(Chunk chunk, Map<String, Mention> acronyms) {
        if (chunk.length() == 1 && Names.isAcronym(chunk.head().word())) {
            Mention definition = acronyms.get(Names.singularAcronym(chunk.head().word()));
            if (definition != null) {
                return Optional.of(definition.type());
            }
        }
        if (NamelessPhrases.namesNothing(chunk)) {
            return Optional.empty();
        }
        Optional<ConceptClass> byHead = classByHead(chunk);
        if (byHead.isPresent()) {
            return byHead;
        }
        if (chunk.isNameLike() && Cues.datasetContext(chunk)) {
            return Optional.of(ConceptClass.DATASET);
        }
        if (chunk.isNameLike() && Cues.introducedByUse(chunk)) {
            return Optional.of(ConceptClass.METHOD);
        }
        return Optional.empty();
    }

    /**
     * The class a phrase's head gives it, except that a task-like phrase whose capitals spell out an acronym
     * ("DIstribution correction estimation", "LOw-rank COntrollable image editing") names the method the
     * acronym stands for (DICE, LOCO), not a task.
     */
    private static Optional<ConceptClass> classByHead(Chunk chunk) {
        Optional<ConceptClass> byHead = HeadLexicon.classOf(chunk);
        boolean spelledOut = chunk.tokens().stream().anyMatch(t -> Names.spellsAnAcronym(t.word()));
        return byHead.isPresent() && byHead.get() == ConceptClass.TASK && spelledOut ? Optional.of(ConceptClass.METHOD) : byHead;
    }

    private static Rule usageRule(SentenceMentions s, Candidate c) {
        if (s.section() == Section.TITLE) {
            return Rule.TITLE_MENTION;
        }
        if (Cues.introducedByUse(c.chunk())) {
            return Rule.USE_CUE;
        }
        return Cues.firstPerson(s.sentence()) ? Rule.OWN_WORK : Rule.BACKGROUND;
    }

    private static boolean isProposed(Mention mention, List<Mention> proposed) {
        for (Mention p : proposed) {
            if (p.sameSpan(mention) || p.text().equalsIgnoreCase(mention.text())
                    || (p.acronym() != null && p.acronym().equalsIgnoreCase(mention.text()))) {
                return true;
            }
        }
        return false;
    }

    private List<Proposal> proposals(SentenceMentions s, Map<String, Mention> acronyms, List<Mention> proposedSoFar) {
        List<Proposal> result = new ArrayList<>();
        Sentence sentence = s.sentence();
        if (s.section() == Section.TITLE) {
            titleName(s).ifPresent(m -> result.add(new Proposal(m, Rule.TITLE_NAME)));
            return result;
        }
        for (Chunk chunk : s.chunks()) {
            if ((chunk.isNameLike() || hasAcronym(s, chunk)) && novelAppositive(s, chunk)) {
                addProposal(result, s, chunk, Rule.NOVEL_APPOSITIVE);
            }
        }
        result.addAll(components(s, proposedSoFar));
        if (!Cues.firstPerson(sentence)) {
            return dedupe(result);
        }
        for (Chunk chunk : s.chunks()) {
            if (chunk.isNameLike() && madeByUs(sentence, chunk.to())) {
                addProposal(result, s, chunk, Rule.MADE_BY_US);
            }
        }
        quotedDefinition(s).ifPresent(m -> result.add(new Proposal(m, Rule.NAMING)));
        for (int v = 0; v < sentence.size(); v++) {
            Token token = sentence.token(v);
            Optional<Integer> named = Cues.namingCueEnd(sentence, v);
            int cue = v;
            if (named.isPresent()) {
                chunkStartingNear(s, named.get()).filter(c -> c.isNameLike() || hasAcronym(s, c) || isCapitalised(c)
                                || namesAThing(sentence, cue) && isWholeTerm(c))
                        .ifPresent(c -> addProposal(result, s, c, Rule.NAMING));
            } else if (Cues.isProposeVerb(token) && !Cues.isUnasserted(sentence, v)) {
                result.addAll(namedAfterVerb(s, v, acronyms));
            }
        }
        return dedupe(result);
    }

    /** "the XBench dataset we constructed": a name followed by "we" and a verb of making. */
    private static boolean madeByUs(Sentence sentence, int after) {
        return after + 1 < sentence.size() && Cues.lower(sentence.token(after)).equals("we")
                && Cues.isProposeVerb(sentence.token(after + 1));
    }

    /**
     * "we use 'Search from Tree Feedback' (STF)": a quoted phrase the writers define an acronym for,
     * in a sentence about their own work, is a term they coin.
     */
    private static Optional<Mention> quotedDefinition(SentenceMentions s) {
        Sentence sentence = s.sentence();
        for (int open = 0; open + 4 < sentence.size(); open++) {
            if (!isQuote(sentence.token(open).word())) {
                continue;
            }
            for (int close = open + 2; close < sentence.size() - 3 && close <= open + 8; close++) {
                String word = sentence.token(close).word();
                if (isQuote(word)) {
                    String acronym = sentence.token(close + 2).word();
                    if (ProposalNames.isOpening(sentence.token(close + 1).word()) && ProposalNames.isClosing(sentence.token(close + 3).word())
                            && Names.isAcronym(acronym) && Names.abbreviates(acronym, sentence.span(open + 1, close))) {
                        return Optional.of(new Chunk(sentence, open + 1, close).mention(ConceptClass.METHOD, s.section(), acronym));
                    }
                    break;
                }
                if (!Character.isLetterOrDigit(word.charAt(0))) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isQuote(String word) {
        return word.equals("'") || word.equals("`") || word.equals("``") || word.equals("''") || word.equals("\"")
                || word.equals("\u2018") || word.equals("\u2019") || word.equals("\u201c") || word.equals("\u201d");
    }

    /** Verbs that list what a thing is made of. */
    private static final Set<String> CONSISTS = Set.of("consist", "comprise", "compose", "contain", "include");

    /** Verbs by which a thing takes in a part: only a part defined with its acronym and called a part counts. */
    private static final Set<String> TAKES_PART = Set.of("leverage", "use", "employ", "adopt", "incorporate",
            "integrate", "introduce", "feature", "utilize", "have");

    /** Nouns that say a name is a part of a larger artifact. */
    private static final Set<String> PARTS = Set.of("component", "module", "block", "mechanism", "unit", "layer",
            "loss", "head", "scheme", "network", "encoder", "decoder");

    /**
     * The named parts of an artifact the paper proposes: "XNet consists of two modules: Alpha-Reader
     * and Beta-Writer", "XNet leverages a token-aware graph router (TGR) module".
     */
    private List<Proposal> components(SentenceMentions s, List<Mention> proposedSoFar) {
        List<Proposal> result = new ArrayList<>();
        Sentence sentence = s.sentence();
        List<Chunk> chunks = s.chunks();
        if (chunks.isEmpty() || chunks.get(0).from() > 1 || !isOwnArtifact(chunks.get(0), proposedSoFar)) {
            return result;
        }
        Chunk subject = chunks.get(0);
        int verb = -1;
        for (int i = subject.to(); i < sentence.size() && i <= subject.to() + 2; i++) {
            String lemma = sentence.token(i).lemma() == null ? Cues.lower(sentence.token(i)) : sentence.token(i).lemma().toLowerCase(java.util.Locale.ROOT);
            if (sentence.token(i).pos().startsWith("VB") && (CONSISTS.contains(lemma) || TAKES_PART.contains(lemma))) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return result;
        }
        String lemma = sentence.token(verb).lemma() == null ? Cues.lower(sentence.token(verb)) : sentence.token(verb).lemma().toLowerCase(java.util.Locale.ROOT);
        boolean lists = CONSISTS.contains(lemma);
        for (Chunk chunk : chunks) {
            if (chunk.from() <= verb) {
                continue;
            }
            if (stopBetween(sentence, verb + 1, chunk.from())) {
                break;
            }
            boolean definedPart = hasAcronym(s, chunk) && followedByPart(s, chunk);
            if (definedPart || lists && (chunk.isNameLike() || isCapitalised(chunk))) {
                addProposal(result, s, chunk, Rule.COMPONENT);
            }
        }
        return result;
    }

    /** The artifact the paper proposes, by one of its names, or "our framework". */
    private static boolean isOwnArtifact(Chunk chunk, List<Mention> proposedSoFar) {
        String text = ProposalNames.nameOf(chunk).text();
        for (Mention p : proposedSoFar) {
            if (p.text().equalsIgnoreCase(text) || p.acronym() != null && p.acronym().equalsIgnoreCase(text)) {
                return true;
            }
        }
        return false;
    }

    /** "... (TGR) module": the word after the acronym's closing parenthesis says it is a part. */
    private static boolean followedByPart(SentenceMentions s, Chunk chunk) {
        int after = s.chunks().stream().filter(other -> isAcronymOf(chunk, other)).mapToInt(c -> c.to() + 1).findFirst().orElse(-1);
        return after > 0 && after < s.sentence().size() && PARTS.contains(Cues.lower(s.sentence().token(after)).replaceAll("s$", ""));
    }

    /** "PLATO-2: Towards Building ..." names the artifact the paper introduces. */
    private Optional<Mention> titleName(SentenceMentions s) {
        Sentence title = s.sentence();
        int colon = -1;
        for (int i = 0; i < title.size(); i++) {
            if (title.token(i).word().equals(":")) {
                colon = i;
                break;
            }
        }
        Optional<String> acronymBeforeColon = ProposalNames.acronymInParentheses(title, colon - 3);
        if (colon >= 5 && acronymBeforeColon.isPresent()) {
            // "Paired Open-Ended Trailblazer (POET): ...": a long form with its acronym names the paper's artifact
            String acronym = acronymBeforeColon.get();
            return ProposalNames.longFormBefore(title, colon - 3, acronym).filter(longForm -> longForm.from() == 0)
                    .map(longForm -> longForm.mention(ConceptClass.METHOD, s.section(), acronym));
        }
        if (colon < 1 || colon > 4) {
            return Optional.empty();
        }
        // "Towards X:", "Understanding X:" open a statement, not a name.
        // A coined first word ("RePack: ...") is a name even when the tagger reads it as a verb.
        String firstPos = title.token(0).pos();
        boolean statement = !Names.isCoinedName(title.token(0).word())
                && (firstPos.equals("IN") || firstPos.equals("VBG") || firstPos.equals("VB") || firstPos.equals("TO"));
        boolean named = !statement && (colon == 1 || title.tokens().subList(0, colon).stream().anyMatch(t -> Names.isNameToken(t.word())));
        if (!named) {
            return Optional.empty();
        }
        Chunk name = new Chunk(title, 0, colon);
        Optional<Chunk> longForm = ProposalNames.longFormAfter(title, colon + 1, name.text());
        return Optional.of(longForm.isPresent()
                ? longForm.get().mention(ConceptClass.METHOD, s.section(), name.text())
                : name.mention(ConceptClass.METHOD, s.section(), null));
    }

    private List<Proposal> namedAfterVerb(SentenceMentions s, int verb, Map<String, Mention> acronyms) {
        List<Proposal> result = new ArrayList<>();
        Sentence sentence = s.sentence();
        boolean joined = true;
        for (Chunk chunk : s.chunks()) {
            if (chunk.from() <= verb) {
                continue;
            }
            if (stopBetween(sentence, verb + 1, chunk.from())) {
                break;
            }
            if (!joined) {
                break;
            }
            if (softStopBetween(sentence, verb + 1, chunk.from()) && !hasAcronym(s, chunk) && !isParenthesisedAcronym(chunk)) {
                continue;
            }
            if (ProposalNames.nameIsObjectOfParticiple(chunk) || modifiedByOtherAcronym(chunk, acronyms)) {
                continue;
            }
            if (chunk.isNameLike() || hasAcronym(s, chunk) || isCapitalised(chunk) && appositive(sentence, chunk)) {
                addProposal(result, s, chunk, Rule.PROPOSE_VERB);
                joined = chunk.to() < sentence.size() && Cues.lower(sentence.token(chunk.to())).equals("and");
            }
        }
        return result;
    }

    /** "Temporal Advantage Shaping (TAS), a novel credit assignment strategy": a name the paper introduces. */
    private static boolean novelAppositive(SentenceMentions s, Chunk chunk) {
        Sentence sentence = s.sentence();
        int i = chunk.to();
        int acronymEnd = s.chunks().stream().filter(other -> isAcronymOf(chunk, other)).mapToInt(c -> c.to() + 1).findFirst().orElse(-1);
        if (acronymEnd > 0) {
            i = acronymEnd;
        }
        if (i + 2 >= sentence.size() || !sentence.token(i).word().equals(",")) {
            return false;
        }
        String article = Cues.lower(sentence.token(i + 1));
        if (!article.equals("a") && !article.equals("an")) {
            return false;
        }
        for (int k = i + 2; k < Math.min(sentence.size(), i + 4); k++) {
            String word = Cues.lower(sentence.token(k));
            if (word.equals("novel") || word.equals("new")) {
                return true;
            }
        }
        return false;
    }

    /** "we introduce Musika, a music generation system": a capitalised word described right after is a name. */
    private static boolean appositive(Sentence sentence, Chunk chunk) {
        int i = chunk.to();
        return i + 1 < sentence.size() && sentence.token(i).word().equals(",")
                && (Cues.lower(sentence.token(i + 1)).equals("a") || Cues.lower(sentence.token(i + 1)).equals("an"));
    }

    private static boolean softStopBetween(Sentence sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            if (SOFT_STOP.contains(Cues.lower(sentence.token(i)))) {
                return true;
            }
        }
        return false;
    }

    /** "(DGN)": a lone acronym in parentheses. */
    private static boolean isParenthesisedAcronym(Chunk chunk) {
        return chunk.length() == 1 && ProposalNames.acronymInParentheses(chunk.sentence(), chunk.from() - 1).isPresent();
    }

    private static boolean stopBetween(Sentence sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            if (PROPOSAL_STOP.contains(Cues.lower(sentence.token(i)))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Chunk> chunkStartingNear(SentenceMentions s, int index) {
        return s.chunks().stream().filter(c -> c.from() >= index && c.from() <= index + 1).findFirst();
    }

    private static boolean hasAcronym(SentenceMentions s, Chunk chunk) {
        return s.chunks().stream().anyMatch(other -> isAcronymOf(chunk, other));
    }

    /**
     * A naming participle names the thing before it ("a method called X", "tuning, termed X", "is named X"),
     * unlike "for named entity recognition"; "we call" and "referred to as" always name.
     */
    private static boolean namesAThing(Sentence sentence, int cue) {
        if (!Cues.isNamingWord(sentence.token(cue))) {
            return true;
        }
        if (cue == 0) {
            return false;
        }
        Token before = sentence.token(cue - 1);
        String word = Cues.lower(before);
        return before.pos().startsWith("NN") || word.equals(",") || word.equals("is") || word.equals("was")
                || word.equals("are") || word.equals("were") || word.equals("be") || word.equals("been");
    }

    /**
     * "called contextual fine-tuning, to ...": a lower-case term after a naming cue is a name when it
     * is short, its head says it is a method or dataset ("... tuning"; not "... level", nor a phenomenon such as
     * "... generalization"), and the clause
     * ends right after it (a comma, a full stop, a closing quote or bracket).
     */
    private static boolean isWholeTerm(Chunk chunk) {
        Sentence sentence = chunk.sentence();
        Optional<ConceptClass> type = HeadLexicon.classOf(chunk);
        if (chunk.length() > 5 || chunk.to() >= sentence.size() || type.isEmpty() || type.get() == ConceptClass.TASK
                || type.get() == ConceptClass.METRIC) {
            return false;
        }
        String next = sentence.token(chunk.to()).word();
        return next.equals(",") || next.equals(".") || next.equals(";") || next.equals("''") || next.equals("'")
                || next.equals("\"") || ProposalNames.isClosing(next);
    }

    /**
     * "we derive alternative SFT objectives": the phrase's only coined words are acronyms the paper
     * defines elsewhere, modifying a common noun head; it describes a kind of known thing, it does not name a new one.
     */
    private static boolean modifiedByOtherAcronym(Chunk chunk, Map<String, Mention> acronyms) {
        Chunk name = ProposalNames.nameOf(chunk);
        // "Complementary RL" is a kind of RL with a name of its own; "SFT objectives" are objectives.
        if (name.length() < 2 || Names.isCoinedName(name.head().word())) {
            return false;
        }
        boolean any = false;
        for (Token token : name.tokens()) {
            if (!Names.isCoinedName(token.word())) {
                continue;
            }
            Mention definition = acronyms.get(Names.singularAcronym(token.word()));
            int begin = name.tokens().get(0).begin();
            if (definition == null || definition.sentence() == chunk.sentence().index() && definition.charStart() >= begin
                    && definition.charEnd() <= name.tokens().get(name.length() - 1).end()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean isCapitalised(Chunk chunk) {
        return chunk.tokens().stream().allMatch(t -> Character.isUpperCase(t.word().codePointAt(0)));
    }

    private void addProposal(List<Proposal> result, SentenceMentions s, Chunk chunk, Rule rule) {
        Mention mention = proposedMention(s, chunk);
        if (mention != null) {
            result.add(new Proposal(mention, rule));
        }
    }

    /**
     * The proposed artifact, or null when the phrase turns out to name something the artifact acts on.
     * Its class: from its own head, else from an appositive ("X, a ... model"), else a method. */
    private Mention proposedMention(SentenceMentions s, Chunk chunk) {
        ConceptClass type = classByHead(chunk).orElseGet(() -> appositiveClass(s, chunk).orElse(ConceptClass.METHOD));
        String acronym = s.chunks().stream().filter(other -> isAcronymOf(chunk, other)).map(Chunk::text).findFirst().orElse(null);
        Sentence sentence = chunk.sentence();
        if (acronym == null && chunk.length() == 1 && Names.isAcronym(chunk.head().word()) && chunk.from() > 0
                && ProposalNames.isOpening(sentence.token(chunk.from() - 1).word())) {
            // "Decomposing Generation Networks (DGN)": the long form the chunker did not join to its acronym.
            Optional<Chunk> longForm = ProposalNames.longFormBefore(sentence, chunk.from() - 1, chunk.text());
            if (longForm.isPresent()) {
                if (ProposalNames.participleAfterDescriptorBefore(sentence, longForm.get().from())) {
                    return null;
                }
                return longForm.get().mention(type, s.section(), chunk.text());
            }
        }
        Optional<Mention> cutShort = acronym == null ? longFormCutShort(chunk, type, s.section()) : Optional.empty();
        if (cutShort.isPresent()) {
            return cutShort.get();
        }
        Chunk name = ProposalNames.nameOf(chunk);
        if (acronym == null) {
            // "RePack (Representation Packing)": the name first, its long form in parentheses.
            Optional<Chunk> spelled = ProposalNames.longFormInParentheses(sentence, name.to(), name.text());
            if (spelled.isPresent()) {
                return spelled.get().mention(type, s.section(), name.text());
            }
        }
        Optional<Integer> coined = ProposalNames.firstCoinedName(chunk);
        if (acronym == null && coined.isPresent()) {
            // "Cascade Prompt Learning CasPL framework": the words before the name spell it out.
            String coinedName = chunk.sentence().token(coined.get()).word();
            Optional<Chunk> longForm = ProposalNames.longFormAfter(chunk.sentence(), chunk.from(), coinedName)
                    .filter(c -> c.to() == coined.get());
            if (longForm.isPresent()) {
                return longForm.get().mention(type, s.section(), coinedName);
            }
        }
        return (acronym == null ? name : ProposalNames.withCapitalisedArticle(chunk)).mention(type, s.section(), acronym);
    }

    /**
     * "Mine Your Own vieW (MYOW)": the chunker stops at the verb and pronoun inside a coined long form, but
     * the acronym after it says where the name begins.
     */
    private static Optional<Mention> longFormCutShort(Chunk chunk, ConceptClass type, Section section) {
        return ProposalNames.acronymInParentheses(chunk.sentence(), chunk.to()).flatMap(acronym ->
                ProposalNames.longFormBefore(chunk.sentence(), chunk.to(), acronym)
                        .filter(longForm -> longForm.from() < chunk.from())
                        .map(longForm -> longForm.mention(type, section, acronym)));
    }

    private static Optional<ConceptClass> appositiveClass(SentenceMentions s, Chunk chunk) {
        for (Chunk next : s.chunks()) {
            if (next.from() > chunk.to() && next.from() <= chunk.to() + 6) {
                Optional<ConceptClass> type = HeadLexicon.classOf(next);
                if (type.isPresent() || HeadLexicon.isGeneric(next)) {
                    return type.isPresent() ? type : genericClass(next);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ConceptClass> genericClass(Chunk generic) {
        String head = generic.head().lemma() == null ? generic.head().word() : generic.head().lemma();
        return switch (head.toLowerCase(java.util.Locale.ROOT)) {
            case "dataset", "benchmark", "corpus", "suite" -> Optional.of(ConceptClass.DATASET);
            case "task", "problem" -> Optional.of(ConceptClass.TASK);
            default -> Optional.of(ConceptClass.METHOD);
        };
    }

    private static List<Proposal> dedupe(List<Proposal> proposals) {
        List<Proposal> result = new ArrayList<>();
        for (Proposal p : proposals) {
            if (result.stream().noneMatch(q -> q.mention().sameSpan(p.mention()))) {
                result.add(p);
            }
        }
        return result;
    }

    /** Method-to-method and method-to-task relations within a sentence, and from the paper's own artifacts. */
    private List<Relation> methodRelations(SentenceMentions s, List<Mention> proposed) {
        List<Relation> result = new ArrayList<>();
        boolean ownWork = s.section() == Section.TITLE || Cues.firstPerson(s.sentence());
        List<Candidate> candidates = s.candidates();
        for (int k = 0; k < candidates.size(); k++) {
            Candidate b = candidates.get(k);
            if (Cues.negated(b.chunk()) || isProposed(b.mention(), proposed)) {
                continue;
            }
            boolean used = b.mention().type() == ConceptClass.METHOD && Cues.introducedByUse(b.chunk());
            if (used && k > 0 && candidates.get(k - 1).mention().type() == ConceptClass.METHOD
                    && !isProposed(candidates.get(k - 1).mention(), proposed)) {
                result.add(new Relation(candidates.get(k - 1).mention(), RelationType.USES_METHOD, b.mention(),
                        Rule.METHOD_VIA_METHOD.id, Rule.METHOD_VIA_METHOD.confidence));
            }
            if (b.mention().type() == ConceptClass.TASK && k > 0 && candidates.get(k - 1).mention().type() == ConceptClass.METHOD
                    && forBetween(s.sentence(), candidates.get(k - 1).chunk(), b.chunk())) {
                result.add(new Relation(candidates.get(k - 1).mention(), RelationType.ADDRESSES_TASK, b.mention(),
                        Rule.METHOD_FOR_TASK.id, Rule.METHOD_FOR_TASK.confidence));
            }
            if (ownWork) {
                for (Mention artifact : proposed) {
                    if (artifact.type() != ConceptClass.METHOD) {
                        continue;
                    }
                    if (used) {
                        result.add(new Relation(artifact, RelationType.USES_METHOD, b.mention(),
                                Rule.PROPOSED_USES.id, Rule.PROPOSED_USES.confidence));
                    } else if (b.mention().type() == ConceptClass.TASK) {
                        result.add(new Relation(artifact, RelationType.ADDRESSES_TASK, b.mention(),
                                Rule.PROPOSED_ADDRESSES.id, Rule.PROPOSED_ADDRESSES.confidence));
                    }
                }
            }
        }
        return result;
    }

    /** "X for (the) Y": only "for", articles and adjectives between the method and the task. */
    private static boolean forBetween(Sentence sentence, Chunk method, Chunk task) {
        boolean sawFor = false;
        for (int i = method.to(); i < task.from(); i++) {
            String word = Cues.lower(sentence.token(i));
            if (word.equals("for")) {
                sawFor = true;
            } else if (!sentence.token(i).pos().equals("DT")) {
                return false;
            }
        }
        return sawFor;
    }
}
