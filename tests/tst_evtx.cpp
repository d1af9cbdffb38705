// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// EvtxReader on real .evtx files (tests/data/evtx, MIT, from omerbenamram/evtx): records, fields
// and offsets, damaged, cut, empty and foreign files, cancel, progress, and the file untouched.
#include "evtxreader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sspilens;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(SSPILENS_SOURCE_DIR "/tests/data/evtx/") + QString::fromLatin1(name);
}

struct Collected {
    EvtxReadResult result;
    std::vector<EvtxRecord> records;
};

Collected readAll(const QString &path, bool keep = true)
{
    Collected c;
    EvtxReader reader(path);
    c.result = reader.read([&c, keep](EvtxRecord &r) {
        if (keep)
            c.records.push_back(std::move(r));
        return true;
    });
    return c;
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestEvtx : public QObject
{
    Q_OBJECT

private slots:
    void withoutLibevtx();
    void shortSelected();
    void securityWithSizeT();
    void badChunk();
    void fileUntouched_data();
    void fileUntouched();
    void problems_data();
    void problems();
    void cancelAndStop();
    void progress();
};

void TestEvtx::withoutLibevtx()
{
    if (evtxSupported())
        QSKIP("this build reads .evtx through libevtx");
    const auto c = readAll(fixture("Security_short_selected.evtx"));
    QVERIFY(c.records.empty());
    QVERIFY(!c.result.opened);
    QVERIFY(c.result.has(EvtxProblem::NoLibevtx));
    QCOMPARE(c.result.warnings.size(), 1);
    QVERIFY2(c.result.warnings.front().contains(u"wevtutil qe"), qPrintable(c.result.warnings.front()));
    QVERIFY(c.result.warnings.front().contains(u"Get-WinEvent -Path"));
    QVERIFY(evtxExportHint().contains(u"wevtutil qe Security /f:xml > security.xml"));
}

void TestEvtx::shortSelected()
{
    if (!evtxSupported())
        QSKIP("built without libevtx (pkg-config libevtx not found): .evtx files are not read");
    const auto c = readAll(fixture("Security_short_selected.evtx"));
    QVERIFY(c.result.opened);
    QVERIFY2(c.result.problems.empty(), qPrintable(c.result.warnings.join(u'\n')));
    // 7 live records; libevtx also finds 8 leftovers it cannot read, which are not damage.
    QCOMPARE(c.result.records, qint64(7));
    QCOMPARE(c.result.failed, qint64(0));
    QCOMPARE(c.records.size(), size_t(7));
    int logonFailures = 0;
    for (const EvtxRecord &r : c.records) {
        QCOMPARE(r.event.source, EventSource::Evtx);
        QVERIFY(!r.recovered);
        QVERIFY(r.event.eventId != 0);
        QCOMPARE(r.event.channel, QStringLiteral("Security"));
        for (const EventField &f : r.event.fields)
            QCOMPARE(r.xml.mid(f.valueOffset, f.valueLength), f.value);
        if (r.event.eventId != 4625)
            continue;
        ++logonFailures;
        QCOMPARE(r.event.field(u"Status"), QStringLiteral("0xc000006d"));
        QCOMPARE(r.event.field(u"SubStatus"), QStringLiteral("0xc000006a"));
        QCOMPARE(r.event.computer, QStringLiteral("temporal"));
        QCOMPARE(r.event.time, QStringLiteral("2016-06-29T15:24:36.686000000Z"));
        QCOMPARE(r.event.record, quint64(319457832));
        QCOMPARE(r.event.provider, QStringLiteral("Microsoft-Windows-Security-Auditing"));
        QCOMPARE(r.event.account(), QStringLiteral("TEMPORAL\\Administrator"));
        const EventField *sub = r.event.findField(u"SubStatus");
        QVERIFY(sub);
        QCOMPARE(r.xml.mid(sub->valueOffset, sub->valueLength), QStringLiteral("0xc000006a"));
        QVERIFY(r.xml.mid(r.event.offset, r.event.length).startsWith(u"<Event"));
    }
    QCOMPARE(logonFailures, 1);
}

void TestEvtx::securityWithSizeT()
{
    if (!evtxSupported())
        QSKIP("built without libevtx (pkg-config libevtx not found): .evtx files are not read");
    QMap<quint32, int> perId;
    QMap<QString, int> statuses;
    QMap<QString, int> subStatuses;
    qint64 index = 0;
    EvtxReader reader(fixture("Security_with_size_t.evtx"));
    const EvtxReadResult result = reader.read([&](EvtxRecord &r) {
        if (r.index != index++)
            return false;
        ++perId[r.event.eventId];
        if (r.event.eventId == 4625 || r.event.eventId == 4776)
            ++statuses[QStringLiteral("%1 %2").arg(r.event.eventId).arg(r.event.field(u"Status").toLower())];
        if (r.event.eventId == 4625)
            ++subStatuses[r.event.field(u"SubStatus").toLower()];
        return true;
    });
    QVERIFY2(result.problems.empty(), qPrintable(result.warnings.join(u'\n')));
    QCOMPARE(result.records, qint64(636));
    QCOMPARE(index, qint64(636));
    QCOMPARE(perId.value(4625), 15);
    QCOMPARE(perId.value(4776), 21);
    // Counted with evtxexport -f xml (libevtx-utils 20181227).
    QCOMPARE(statuses,
             (QMap<QString, int>{
                 {"4625 0xc000006d", 9}, {"4625 0xc000006e", 4}, {"4625 0xc0000224", 2}, {"4776 0x00000000", 21}}));
    QCOMPARE(subStatuses,
             (QMap<QString, int>{{"0x00000000", 4}, {"0xc0000064", 4}, {"0xc000006a", 3}, {"0xc0000072", 4}}));
}

void TestEvtx::badChunk()
{
    if (!evtxSupported())
        QSKIP("built without libevtx (pkg-config libevtx not found): .evtx files are not read");
    const auto c = readAll(fixture("sample_with_a_bad_chunk_magic.evtx"));
    QVERIFY(c.result.opened);
    QVERIFY(c.result.has(EvtxProblem::Damaged));
    QVERIFY(!c.result.has(EvtxProblem::Truncated));
    QCOMPARE(c.result.warnings.size(), 1);
    QVERIFY2(c.result.warnings.front().contains(u"sample_with_a_bad_chunk_magic.evtx is damaged"),
             qPrintable(c.result.warnings.front()));
    // Every good record is kept: the 267 that evtxexport prints, plus what libevtx recovers.
    const qint64 live = c.result.records - c.result.recovered;
    QCOMPARE(live, qint64(267));
    QVERIFY(c.result.recovered > 0);
    int recoveredSeen = 0;
    for (const EvtxRecord &r : c.records) {
        recoveredSeen += r.recovered ? 1 : 0;
        for (const EventField &f : r.event.fields)
            QCOMPARE(r.xml.mid(f.valueOffset, f.valueLength), f.value);
    }
    QCOMPARE(recoveredSeen, static_cast<int>(c.result.recovered));
}

void TestEvtx::fileUntouched_data()
{
    QTest::addColumn<QString>("path");
    for (const char *name :
         {"Security_short_selected.evtx", "Security_with_size_t.evtx", "sample_with_a_bad_chunk_magic.evtx"})
        QTest::newRow(name) << fixture(name);
}

void TestEvtx::fileUntouched()
{
    QFETCH(QString, path);
    const QByteArray before = sha256(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    const qint64 size = QFileInfo(path).size();
    QVERIFY(!before.isEmpty());
    readAll(path, false);
    QCOMPARE(sha256(path), before);
    QFileInfo after(path);
    after.refresh();
    QCOMPARE(after.lastModified(), modified);
    QCOMPARE(after.size(), size);
}

void TestEvtx::problems_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("problem");
    QTest::addColumn<bool>("opened");
    QTest::addColumn<QString>("wording");

    QFile f(fixture("Security_with_size_t.evtx"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray full = f.readAll();
    QTest::newRow("cut in the middle of a chunk")
        << "cut.evtx" << full.left(300000) << int(EvtxProblem::Truncated) << true << "cut.evtx is cut off";
    QTest::newRow("cut inside the header")
        << "header.evtx" << full.left(2000) << int(EvtxProblem::Truncated) << false << "header.evtx is cut off";
    QTest::newRow("a text file named .evtx")
        << "notes.evtx" << QByteArray("Log Name: Security\r\nEvent ID: 4625\r\n") << int(EvtxProblem::NotEvtx) << false
        << "notes.evtx is not a Windows event log (.evtx)";
    QTest::newRow("an XML export named .evtx") << "export.evtx" << QByteArray("<Events><Event/></Events>")
                                               << int(EvtxProblem::NotEvtx) << false << "\"ElfFile\" signature";
    QTest::newRow("empty") << "empty.evtx" << QByteArray() << int(EvtxProblem::Empty) << false << "empty.evtx is empty";
    QTest::newRow("signature only") << "sig.evtx" << QByteArray("ElfFile\0", 8) << int(EvtxProblem::Truncated) << false
                                    << "sig.evtx is cut off";
}

void TestEvtx::problems()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, problem);
    QFETCH(bool, opened);
    QFETCH(QString, wording);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, qPrintable(name), bytes);
    QVERIFY(!path.isEmpty());
    const auto c = readAll(path);
    QVERIFY2(c.result.has(static_cast<EvtxProblem>(problem)), qPrintable(c.result.warnings.join(u'\n')));
    QCOMPARE(c.result.warnings.size(), static_cast<qsizetype>(c.result.problems.size()));
    QVERIFY2(c.result.warnings.join(u'\n').contains(wording), qPrintable(c.result.warnings.join(u'\n')));
    if (!evtxSupported()) {
        QVERIFY(c.records.empty());
        return;
    }
    QCOMPARE(c.result.opened, opened);
    if (opened) {
        QVERIFY(c.result.records > 0); // the part that is there is read
        QVERIFY(c.result.records < 636);
    } else {
        QVERIFY(c.records.empty());
    }
}

void TestEvtx::cancelAndStop()
{
    if (!evtxSupported())
        QSKIP("built without libevtx (pkg-config libevtx not found): .evtx files are not read");
    std::atomic<bool> cancel{false};
    EvtxReader reader(fixture("Security_with_size_t.evtx"));
    reader.setCancelFlag(&cancel);
    qint64 seen = 0;
    auto result = reader.read([&](EvtxRecord &) {
        if (++seen == 10)
            cancel = true;
        return true;
    });
    QVERIFY(result.cancelled);
    QCOMPARE(result.records, qint64(10));
    QCOMPARE(seen, qint64(10));

    EvtxReader stopping(fixture("Security_with_size_t.evtx"));
    seen = 0;
    result = stopping.read([&](EvtxRecord &) { return ++seen < 5; });
    QVERIFY(result.stopped);
    QVERIFY(!result.cancelled);
    QCOMPARE(seen, qint64(5));
}

void TestEvtx::progress()
{
    if (!evtxSupported())
        QSKIP("built without libevtx (pkg-config libevtx not found): .evtx files are not read");
    EvtxReader reader(fixture("Security_with_size_t.evtx"));
    std::vector<EvtxProgress> steps;
    reader.setProgressHandler([&steps](const EvtxProgress &p) { steps.push_back(p); });
    const auto result = reader.read({});
    QCOMPARE(result.records, qint64(636));
    QCOMPARE(steps.size(), size_t(637));
    qint64 lastBytes = 0;
    for (size_t i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].recordsDone, static_cast<qint64>(i));
        QCOMPARE(steps[i].recordsTotal, qint64(636));
        QCOMPARE(steps[i].bytesTotal, qint64(1118208));
        QVERIFY(steps[i].bytesDone >= lastBytes && steps[i].bytesDone <= steps[i].bytesTotal);
        lastBytes = steps[i].bytesDone;
    }
    QCOMPARE(lastBytes, qint64(1118208));
}

QTEST_GUILESS_MAIN(TestEvtx)
#include "tst_evtx.moc"
