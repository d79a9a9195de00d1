package org.papergraph.bench;

/** One pass at one thread count: how many papers and tokens it went through, how fast, with how much heap. */
record PassResult(String pass, int threads, long papers, long tokens, double seconds, long peakLiveBytes) {

    double papersPerSecond() {
        return papers / seconds;
    }

    double tokensPerSecond() {
        return tokens / seconds;
    }
}
