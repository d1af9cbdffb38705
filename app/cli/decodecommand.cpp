// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "logreader.h"
#include "report.h"
#include "scanner.h"
#include "textdecode.h"

#include <QLocale>
#include <QTextStream>

#include <atomic>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace sspilens::cli {

namespace {

ReportFormat reportFormat(Format format)
{
    switch (format) {
    case Format::Json: return ReportFormat::Json;
    case Format::Csv: return ReportFormat::Csv;
    case Format::Text: break;
    }
    return ReportFormat::Text;
}

/// The line on standard error for @p note of input @p name (script-stable wording), or empty
/// for what a script need not hear about (an empty input).
QString complaint(const LogNote &note, const QString &name)
{
    switch (note.warning) {
    case LogWarning::Binary: return Cli::tr("skipped %1: binary data, not a text log").arg(name);
    case LogWarning::IsDirectory: return Cli::tr("cannot read %1: %2").arg(name, Cli::tr("is a directory"));
    case LogWarning::CannotOpen:
    case LogWarning::ReadFailed: return Cli::tr("cannot read %1: %2").arg(name, note.detail);
    case LogWarning::InvalidBytes:
        return Cli::tr("warning: %1 is not valid %2 text; the invalid bytes were replaced").arg(name, note.detail);
    case LogWarning::LegacyEncoding:
        return Cli::tr("warning: %1 is not valid UTF-8 text; it was decoded as %2 (choose another with --encoding)")
            .arg(name, note.detail);
    case LogWarning::Empty: return {};
    case LogWarning::Shrunk:
    case LogWarning::EventLogFile:
    case LogWarning::EventLogProblem:
    case LogWarning::TooLarge: break;
    }
    return note.message(name);
}

} // namespace

int runDecode(const Context &ctx, const QStringList &files)
{
    const QStringList inputs = files.isEmpty() ? QStringList{QStringLiteral("-")} : files;
    const LogScanner scanner;
    const LogReader reader(scanner);
    ReportWriter writer(reportFormat(ctx.format));
    ReportSummary summary;
    bool incomplete = false;
    int decoded = 0;

    const auto complain = [&](const QString &message) {
        *ctx.err << QStringLiteral("sspilens-cli: ") << message << QLatin1Char('\n');
        ctx.err->flush();
    };

#ifdef Q_OS_UNIX
    if (inputs.contains(QStringLiteral("-")) && ::isatty(STDIN_FILENO))
        complain(Cli::tr("reading the log from the terminal; end it with Ctrl+D"));
#endif

    // The same pipeline and policies as the log decoder's, without its size cap.
    LogReadOptions options;
    options.encoding = ctx.encoding;
    options.fallbackEncoding = legacyEncodingFor(QLocale());
    std::atomic<bool> writeFailed{false};
    options.cancel = &writeFailed;

    *ctx.out << writer.begin();
    for (const QString &argument : inputs) {
        const bool isStdin = argument == QLatin1String("-");
        const QString name = isStdin ? QStringLiteral("<stdin>") : argument.isEmpty() ? QStringLiteral("''") : argument;
        if (isStdin && ctx.stdinClosed) {
            complain(Cli::tr("cannot read %1: %2").arg(name, QString::fromLocal8Bit(std::strerror(EBADF))));
            incomplete = true;
            continue;
        }
        bool printed = false;
        const FindingSink sink = [&](const Finding &f) {
            *ctx.out << writer.finding(f, name);
            summary.add(f, name);
            printed = true;
            return true;
        };
        // After each piece: what was found goes out at once ("tail -f log | sspilens-cli decode").
        options.progress = [&](qint64, qint64) {
            if (!printed)
                return;
            ctx.out->flush();
            printed = false;
            // Nowhere to write to (a full disk): stop reading; main() says why.
            if (ctx.out->status() != QTextStream::Ok)
                writeFailed = true;
        };
        const LogReadResult result =
            reader.read(isStdin ? LogSource::standardInput() : LogSource::file(argument), sink, options);
        if (writeFailed)
            return ExitWriteFailed;
        for (const LogNote &note : result.notes) {
            // Decoded in the fallback code page: that one line says it.
            if (note.warning == LogWarning::InvalidBytes && result.has(LogWarning::LegacyEncoding))
                continue;
            const QString line = complaint(note, name);
            if (!line.isEmpty())
                complain(line);
        }
        switch (result.status) {
        case LogReadResult::Status::Ok: break;
        case LogReadResult::Status::Failed:
            incomplete = true;
            if (result.bytesRead == 0)
                continue;
            break;
        case LogReadResult::Status::Refused:
        case LogReadResult::Status::Cancelled:
        case LogReadResult::Status::Stopped: incomplete = true; continue;
        }
        summary.addFile(name);
        ++decoded;
    }
    // A script gets a whole document whatever happened; a person gets no "nothing found" for
    // files that could not be read (the messages above say why).
    if (ctx.format != Format::Text || decoded > 0)
        *ctx.out << writer.end(summary);
    ctx.out->flush();
    return incomplete ? ExitUnreadable : ExitOk;
}

} // namespace sspilens::cli
