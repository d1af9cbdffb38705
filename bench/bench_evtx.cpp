// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// Reads an .evtx file through EvtxReader (libevtx record XML + parseEventXml) and prints records/s,
// MB/s and the peak resident set size. See bench/README.md for the comparison with evtxexport.
// With --read, times the whole reading pipeline (LogReader) on a text file with and without the
// event parsers.
#include "catalog.h"
#include "evtxreader.h"
#include "logreader.h"
#include "scanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace sspilens;

namespace {

/// Peak resident set size in MiB, or -1 where the platform does not tell.
double peakRssMiB()
{
#if defined(Q_OS_UNIX)
    struct rusage usage = {};
    if (getrusage(RUSAGE_SELF, &usage) == 0) {
#if defined(Q_OS_MACOS)
        return static_cast<double>(usage.ru_maxrss) / (1024.0 * 1024.0); // bytes
#else
        return static_cast<double>(usage.ru_maxrss) / 1024.0; // KiB
#endif
    }
#endif
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int repeat = 1;
    const qsizetype r = args.indexOf(QStringLiteral("--repeat"));
    if (r >= 0 && r + 1 < args.size()) {
        repeat = std::max(1, args.at(r + 1).toInt());
        args.remove(r, 2);
    }
    const bool readerMode = args.removeAll(QStringLiteral("--read")) > 0;
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: sspilens-bench-evtx FILE.evtx [--repeat N]\n"
                             "       sspilens-bench-evtx FILE.xml   (time parseEventXml alone on an XML export)\n"
                             "       sspilens-bench-evtx FILE       (time parseEvents on any other text, UTF-8)\n"
                             "       sspilens-bench-evtx --read FILE (time LogReader::read with and without events)\n");
        return 2;
    }
    if (readerMode) {
        const LogScanner scanner(Catalog::instance());
        const LogReader reader(scanner);
        for (const bool events : {false, true}) {
            qint64 best = -1;
            qint64 findings = 0;
            qint64 found = 0;
            for (int run = 0; run < repeat; ++run) {
                LogReadOptions options;
                options.events = events;
                findings = 0;
                found = 0;
                QElapsedTimer timer;
                timer.start();
                reader.read(
                    LogSource::file(args.front()),
                    [&](const Finding &finding) {
                        ++findings;
                        found += finding.event ? 1 : 0;
                        return true;
                    },
                    options);
                const qint64 ns = timer.nsecsElapsed();
                best = best < 0 ? ns : std::min(best, ns);
            }
            std::printf("LogReader::read %s events: %.3f s (best of %d), %lld findings, %lld inside events\n",
                        events ? "with   " : "without", static_cast<double>(best) / 1e9, repeat,
                        static_cast<long long>(findings), static_cast<long long>(found));
        }
        std::printf("peak RSS        %.1f MiB\n", peakRssMiB());
        return 0;
    }
    if (!args.front().endsWith(QStringLiteral(".evtx"), Qt::CaseInsensitive)) {
        // Any other file: the cost of looking for events in text (all three parsers).
        QFile file(args.front());
        if (!file.open(QIODevice::ReadOnly))
            return 2;
        const QString xml = QString::fromUtf8(file.readAll());
        const bool xmlOnly = args.front().endsWith(QStringLiteral(".xml"), Qt::CaseInsensitive);
        qint64 best = -1;
        size_t events = 0;
        for (int run = 0; run < repeat; ++run) {
            QElapsedTimer timer;
            timer.start();
            events = xmlOnly ? parseEventXml(xml).size() : parseEvents(xml).size();
            const qint64 ns = timer.nsecsElapsed();
            best = best < 0 ? ns : std::min(best, ns);
        }
        const double seconds = static_cast<double>(best) / 1e9;
        const double mib = static_cast<double>(xml.size()) / (1024.0 * 1024.0);
        std::printf("%s %zu events, %.2f MiB of text (UTF-16 %.2f MiB) in %.3f s: %.0f events/s, %.1f MiB/s\n",
                    xmlOnly ? "parseEventXml  " : "parseEvents    ", events,
                    static_cast<double>(file.size()) / (1024.0 * 1024.0), mib * 2, seconds,
                    static_cast<double>(events) / seconds,
                    static_cast<double>(file.size()) / (1024.0 * 1024.0) / seconds);
        std::printf("peak RSS        %.1f MiB\n", peakRssMiB());
        return 0;
    }
    if (!evtxSupported()) {
        std::fprintf(stderr, "built without libevtx\n");
        return 2;
    }
    const QString path = args.front();
    const double sizeMiB = static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0);

    qint64 best = -1;
    qint64 records = 0;
    qint64 fields = 0;
    qint64 xmlChars = 0;
    qint64 failed = 0;
    for (int run = 0; run < repeat; ++run) {
        records = fields = xmlChars = 0;
        EvtxReader reader(path);
        QElapsedTimer timer;
        timer.start();
        const EvtxReadResult result = reader.read([&](EvtxRecord &rec) {
            ++records;
            fields += static_cast<qint64>(rec.event.fields.size());
            xmlChars += rec.xml.size();
            return true;
        });
        const qint64 ns = timer.nsecsElapsed();
        failed = result.failed;
        if (best < 0 || ns < best)
            best = ns;
        for (const QString &w : result.warnings)
            std::fprintf(stderr, "warning: %s\n", qPrintable(w));
    }
    const double seconds = static_cast<double>(best) / 1e9;
    std::printf("file            %s (%.2f MiB)\n", qPrintable(QFileInfo(path).fileName()), sizeMiB);
    std::printf("records         %lld (%lld fields, %lld unreadable)\n", static_cast<long long>(records),
                static_cast<long long>(fields), static_cast<long long>(failed));
    std::printf("XML produced    %.2f MiB (UTF-16 in memory: %.2f MiB)\n",
                static_cast<double>(xmlChars) / (1024.0 * 1024.0),
                static_cast<double>(xmlChars) * 2 / (1024.0 * 1024.0));
    std::printf("time            %.3f s (best of %d)\n", seconds, repeat);
    std::printf("records/s       %.0f\n", seconds > 0 ? static_cast<double>(records) / seconds : 0.0);
    std::printf("MB/s            %.1f (MiB of .evtx per second)\n", seconds > 0 ? sizeMiB / seconds : 0.0);
    std::printf("peak RSS        %.1f MiB\n", peakRssMiB());
    return 0;
}
