// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "report.h"
#include "scanner.h"
#include "textdecode.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

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
    QString text;
    for (const QString &input : inputs) {
        const bool isStdin = input == QLatin1String("-");
        const QString name = isStdin ? QStringLiteral("<stdin>") : input;
        QFile file;
        if (isStdin) {
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

        TextDecoder decoder;
        ScanStream stream(scanner);
        const FindingSink sink = [&](const Finding &f) {
            *ctx.out << writer.finding(f, name);
            summary.add(f, name);
            return true;
        };
        for (;;) {
            const qint64 got = file.read(chunk.data(), chunk.size());
            if (got < 0) {
                fail(input, file.errorString());
                break;
            }
            if (got == 0)
                break;
            text.resize(0);
            decoder.decode(QByteArrayView(chunk.constData(), got), text);
            stream.feed(text, sink);
        }
        text.resize(0);
        decoder.finish(text);
        stream.feed(text, sink);
        stream.finish(sink);
    }
    *ctx.out << writer.end(summary);
    ctx.out->flush();
    return unreadable ? ExitUnreadable : ExitOk;
}

} // namespace sspilens::cli
