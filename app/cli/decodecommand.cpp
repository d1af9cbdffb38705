// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "report.h"
#include "scanner.h"
#include "textdecode.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

namespace sspilens::cli {

namespace {

// Big enough to amortise the per-chunk work, small enough for bounded memory on any input.
constexpr qint64 kChunkBytes = qint64(1) << 20;

ReportFormat reportFormat(Format format)
{
    switch (format) {
    case Format::Json: return ReportFormat::Json;
    case Format::Csv: return ReportFormat::Csv;
    case Format::Text: break;
    }
    return ReportFormat::Text;
}

} // namespace

int runDecode(const Context &ctx, const QStringList &files)
{
    const QStringList inputs = files.isEmpty() ? QStringList{QStringLiteral("-")} : files;
    const LogScanner scanner;
    ReportWriter writer(reportFormat(ctx.format));
    ReportSummary summary;
    bool unreadable = false;

    const auto fail = [&](const QString &name, const QString &reason) {
        *ctx.err << QStringLiteral("sspilens-cli: ") << Cli::tr("cannot read %1: %2").arg(name, reason)
                 << QLatin1Char('\n');
        ctx.err->flush();
        unreadable = true;
    };

    *ctx.out << writer.begin();
    QByteArray chunk(kChunkBytes, Qt::Uninitialized);
    for (const QString &input : inputs) {
        const bool isStdin = input == QLatin1String("-");
        const QString name = isStdin ? QStringLiteral("<stdin>") : input;
        QFile file;
        if (isStdin) {
#ifdef Q_OS_WIN
            _setmode(_fileno(stdin), _O_BINARY); // UTF-16 and CRLF must arrive as they are
#endif
            file.open(stdin, QIODevice::ReadOnly);
        } else {
            const QFileInfo info(input);
            if (info.isDir()) {
                fail(input, Cli::tr("is a directory"));
                continue;
            }
            file.setFileName(input);
            if (!file.open(QIODevice::ReadOnly)) {
                fail(input, file.errorString());
                continue;
            }
        }
        summary.addFile(name);

        // A pipe should not wait for a full chunk: "tail -f log | sspilens-cli decode" shows
        // findings as they come (QFile reads until the buffer is full).
        const auto readSome = [&]() -> qint64 {
#ifdef Q_OS_UNIX
            if (isStdin) {
                ssize_t got = 0;
                do {
                    got = ::read(STDIN_FILENO, chunk.data(), size_t(chunk.size()));
                } while (got < 0 && errno == EINTR);
                return got;
            }
#endif
            return file.read(chunk.data(), chunk.size());
        };

        TextDecoder decoder;
        ScanStream stream(scanner);
        bool printed = false;
        const FindingSink sink = [&](const Finding &f) {
            *ctx.out << writer.finding(f, name);
            summary.add(f, name);
            printed = true;
            return true;
        };
        for (;;) {
            const qint64 got = readSome();
            if (got < 0) {
                fail(input, isStdin ? QString::fromLocal8Bit(std::strerror(errno)) : file.errorString());
                break;
            }
            if (got == 0)
                break;
            decoder.decode(QByteArrayView(chunk.constData(), got), stream.buffer());
            stream.feedAppended(sink);
            if (printed) {
                ctx.out->flush();
                printed = false;
            }
        }
        decoder.finish(stream.buffer());
        stream.finish(sink);
    }
    *ctx.out << writer.end(summary);
    ctx.out->flush();
    return unreadable ? ExitUnreadable : ExitOk;
}

} // namespace sspilens::cli
