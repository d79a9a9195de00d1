/**
 * The command line: one small picocli class per command, shared options as a mixin, and exit codes
 * mapped from exceptions in one place ({@link org.papergraph.cli.ExitCodes}).
 */
package org.papergraph.cli;
