// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// sspilens-bench-logpanel: opens a generated log in the real log decoder panel (offscreen) and
// prints the time until every finding is listed, the time until the text is shown, the longest
// event-loop stall meanwhile (a 1 ms timer records the gaps) and the peak memory.
//
//   sspilens-bench-logpanel [SIZE_MB] [SEED]      default 50 MiB; the log comes from
//                                                 sspilens-loggen (next to this program)
//   sspilens-bench-logpanel --file LOG            an existing log instead
//   --line-limit N                                lines longer than N characters shown cut (default:
//                                                 LogPanel::DefaultDisplayLineLimit)
//
// Targets: findings within 2 s, no stall over 100 ms, peak memory under 10x the file size.
#include "logpanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

/// Peak resident set size in KiB (Linux: VmHWM), or -1 where it is not known.
qint64 peakRssKib()
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
#endif
    return -1;
}

int fail(const char *message)
{
    std::fprintf(stderr, "sspilens-bench-logpanel: %s\n", message);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // The panel is real, the screen is not.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SSPILensBench"));
    QStringList args = QCoreApplication::arguments().mid(1);
    qsizetype lineLimit = LogPanel::DefaultDisplayLineLimit;
    if (const qsizetype at = args.indexOf(QLatin1String("--line-limit")); at >= 0) {
        lineLimit = args.value(at + 1).toLongLong();
        if (lineLimit <= 0)
            return fail("--line-limit needs a number of characters");
        args.remove(at, 2);
    }

    QTemporaryDir work;
    QString path;
    if (args.value(0) == QLatin1String("--file")) {
        path = args.value(1);
        if (!QFileInfo(path).isFile())
            return fail("--file needs an existing log");
    } else {
        const QString sizeMb = args.value(0, QStringLiteral("50"));
        const QString seed = args.value(1, QStringLiteral("1"));
        const QString generator = QCoreApplication::applicationDirPath() + QStringLiteral("/sspilens-loggen");
        path = work.filePath(QStringLiteral("bench.log"));
        QProcess gen;
        gen.setStandardOutputFile(path);
        gen.start(generator, {sizeMb, seed});
        if (!gen.waitForFinished(-1) || gen.exitStatus() != QProcess::NormalExit || gen.exitCode() != 0)
            return fail("sspilens-loggen failed (build the sspilens-loggen target)");
    }
    const qint64 size = QFileInfo(path).size();

    LogPanel panel;
    panel.setDisplayLineLimit(lineLimit);
    panel.resize(1280, 800);
    panel.show();
    QCoreApplication::processEvents();
    const qint64 baselineKib = peakRssKib();

    QElapsedTimer clock;
    qint64 findingsMs = -1;
    qint64 textMs = -1;
    qint64 longestStallMs = 0;
    qint64 lastTick = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longestStallMs = std::max(longestStallMs, now - lastTick);
        lastTick = now;
    });
    QObject::connect(&panel, &LogPanel::scanFinished, [&] {
        if (findingsMs < 0)
            findingsMs = clock.elapsed();
    });
    QObject::connect(&panel, &LogPanel::textLoaded, [&] {
        if (textMs < 0)
            textMs = clock.elapsed();
        // A few more turns of the event loop: the first paint of the text belongs to the load.
        QTimer::singleShot(300, &app, &QCoreApplication::quit);
    });

    ticker.start();
    clock.start();
    lastTick = 0;
    if (!panel.openFile(path))
        return fail(qPrintable(panel.message()));
    const qint64 openCallMs = clock.elapsed();
    longestStallMs = std::max(longestStallMs, openCallMs);
    QTimer::singleShot(120000, &app, [&] {
        std::fprintf(stderr, "sspilens-bench-logpanel: no result after 120 s\n");
        QCoreApplication::exit(1);
    });
    if (app.exec() != 0)
        return 1;
    ticker.stop();

    const qint64 peakKib = peakRssKib();
    const double mib = double(size) / (1024.0 * 1024.0);
    std::printf("log:                     %s (%.1f MiB, %lld findings)\n", qPrintable(QFileInfo(path).fileName()), mib,
                static_cast<long long>(panel.findings()->size()));
    std::printf("all findings listed:     %lld ms   (target 2000 ms)\n", static_cast<long long>(findingsMs));
    std::printf("text shown:              %lld ms\n", static_cast<long long>(textMs));
    std::printf("longest event-loop stall: %lld ms   (target 100 ms)\n", static_cast<long long>(longestStallMs));
    if (peakKib > 0) {
        const double peakMib = double(peakKib) / 1024.0;
        std::printf("peak memory (VmHWM):     %.0f MiB = %.1fx the file   (before opening %.0f MiB; target 10x)\n",
                    peakMib, peakMib / mib, double(baselineKib) / 1024.0);
    } else {
        std::printf("peak memory:             not measured on this platform\n");
    }
    return 0;
}
