// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "events.h"
#include "logreader.h"
#include "redact.h"
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
    std::vector<ExtraMessage> extraMessages;
    if (!loadExtraMessages(ctx, &extraMessages))
        return ExitUsage;
    const LogScanner scanner(Catalog::instance(), extraMessages);
    const LogReader reader(scanner);
    Redactor redactor;
    ReportWriter writer(reportFormat(ctx.format), ctx.redact ? &redactor : nullptr);
    ReportSummary summary;
    bool incomplete = false;
    int decoded = 0;
    // --redact: nothing is written before every event is learned, or a name in a file name or a
    // message would show before the event that names it.
    struct Held {
        Finding finding;
        QString name;
    };
    std::vector<Held> held;
    QStringList heldComplaints;

    const auto complain = [&](const QString &message) {
        if (ctx.redact) {
            heldComplaints << message;
            return;
        }
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
            summary.add(f, name);
            if (ctx.redact) {
                if (f.event)
                    redactor.learn(*f.event);
                held.push_back({f, name});
                return true;
            }
            *ctx.out << writer.finding(f, name);
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
    if (ctx.redact) {
        for (const QString &message : std::as_const(heldComplaints))
            *ctx.err << QStringLiteral("sspilens-cli: ") << redactor.text(message) << QLatin1Char('\n');
        ctx.err->flush();
        for (const Held &h : held)
            *ctx.out << writer.finding(h.finding, h.name);
    }
    // A script gets a whole document whatever happened; a person gets no "nothing found" for
    // files that could not be read (the messages above say why).
    if (ctx.format != Format::Text || decoded > 0)
        *ctx.out << writer.end(summary);
    ctx.out->flush();
    return incomplete ? ExitUnreadable : ExitOk;
}

} // namespace sspilens::cli
