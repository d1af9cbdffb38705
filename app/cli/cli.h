// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

class QTextStream;

namespace sspilens {
struct ExtraMessage;
}

/// Translation context of the command line's own messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace sspilens::cli {

enum class Format { Text, Json, Csv };

/// What every subcommand gets: parsed global options and the two streams.
struct Context {
    Format format = Format::Text;
    /// Columns to wrap long explanations at (standard output is a terminal), 0 for no wrapping.
    int width = 0;
    /// Standard input was closed at start (sspilens-cli decode <&-): reading it is an error.
    bool stdinClosed = false;
    /// decode --encoding: the encoding every input is read in (a TextDecoder name); empty: detect.
    QByteArray encoding;
    /// decode --messages FILE (in order): more taught texts for this run.
    QStringList messageFiles;
    /// decode reads the user's own taught texts; --no-user-messages turns it off.
    bool userMessages = true;
    /// decode --redact: account and computer names, domains, addresses and SIDs masked in the output.
    bool redact = false;
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
};

/// Exit codes of the command line (DESIGN.md): 0 success, 1 some lookup not found, 2 usage error,
/// 3 some file unreadable or skipped as binary data, 4 standard output could not be written.
enum ExitCode { ExitOk = 0, ExitNotFound = 1, ExitUsage = 2, ExitUnreadable = 3, ExitWriteFailed = 4 };

/// Explains each token; "-" reads more tokens from standard input, one a line.
int runLookup(const Context &ctx, const QStringList &tokens);
int runList(const Context &ctx);
/// The extra texts decode matches: the system's own (Windows), the user's taught texts (unless
/// --no-user-messages) and every --messages FILE. Skipped rows are reported on standard error as
/// FILE:LINE: reason. False, after a message, when a --messages file cannot be read.
bool loadExtraMessages(const Context &ctx, std::vector<ExtraMessage> *messages);
/// Scans FILEs (or standard input for none or "-") and prints findings plus a per-code summary.
int runDecode(const Context &ctx, const QStringList &files);

} // namespace sspilens::cli
