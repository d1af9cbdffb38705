// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// EventCatalog: the known authentication events, their code fields and families, lookups by
// provider and ID, and the Schannel events against the reference table.
#include "eventcatalog.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace sspilens;

namespace {

QString families(const std::vector<Family> &list)
{
    QStringList keys;
    for (Family f : list)
        keys << familyKey(f);
    return keys.join(u',');
}

} // namespace

class TestEventCatalog : public QObject
{
    Q_OBJECT

private slots:
    void wellFormed();
    void codeFields_data();
    void codeFields();
    void lookup_data();
    void lookup();
    void schannelTable();
    void parsedEvents();
};

void TestEventCatalog::wellFormed()
{
    QSet<QString> seen;
    for (const KnownEvent &e : EventCatalog::events()) {
        QVERIFY(e.id != 0);
        QVERIFY(!e.providers.empty());
        QVERIFY(e.name && *e.name);
        QVERIFY(e.howToRead && qstrlen(e.howToRead) > 40);
        QVERIFY2(!QByteArray(e.name).endsWith('.'), e.name);
        QVERIFY2(QByteArray(e.howToRead).endsWith('.'), e.howToRead);
        const QString key = QString::fromLatin1(e.providers.front()) + u'/' + QString::number(e.id);
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
        for (const EventCodeField &f : e.codeFields) {
            QVERIFY(f.field && *f.field);
            QVERIFY(!f.families.empty());
            for (const char *n : e.notCodes)
                QVERIFY2(qstrcmp(n, f.field) != 0, f.field);
        }
        QVERIFY(!trEvents(e.name).isEmpty());
    }
    QCOMPARE(seen.size(), 8 + 4 + 31);
}

void TestEventCatalog::codeFields_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<quint32>("id");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("families"); // empty: no code

    const QString sec = QStringLiteral("Microsoft-Windows-Security-Auditing");
    QTest::newRow("4625 Status") << sec << 4625u << "Status"
                                 << "ntstatus";
    QTest::newRow("4625 SubStatus") << sec << 4625u << "SubStatus"
                                    << "ntstatus";
    QTest::newRow("4625 LogonType") << sec << 4625u << "LogonType"
                                    << "";
    QTest::newRow("4771 Status") << sec << 4771u << "Status"
                                 << "kerberos";
    QTest::newRow("4771 PreAuthType") << sec << 4771u << "PreAuthType"
                                      << "";
    QTest::newRow("4768 Status") << sec << 4768u << "Status"
                                 << "kerberos";
    QTest::newRow("4768 TicketEncryptionType") << sec << 4768u << "TicketEncryptionType"
                                               << "";
    QTest::newRow("4769 Status") << sec << 4769u << "Status"
                                 << "kerberos";
    QTest::newRow("4776 Status") << sec << 4776u << "Status"
                                 << "ntstatus";
    QTest::newRow("4624 has none") << sec << 4624u << "Status"
                                   << "";
    QTest::newRow("36887 AlertDesc") << "Schannel" << 36887u << "AlertDesc"
                                     << "tls-alert";
    QTest::newRow("36887 classic %1") << "Schannel" << 36887u << "%1"
                                      << "tls-alert";
    QTest::newRow("36888 AlertDesc") << "Schannel" << 36888u << "AlertDesc"
                                     << "tls-alert";
    QTest::newRow("36888 ErrorState") << "Schannel" << 36888u << "ErrorState"
                                      << "";
    QTest::newRow("36870 ErrorCode") << "Schannel" << 36870u << "ErrorCode"
                                     << "sspi,hresult";
    QTest::newRow("36870 ErrorStatus") << "Schannel" << 36870u << "ErrorStatus"
                                       << "";
}

void TestEventCatalog::codeFields()
{
    QFETCH(QString, provider);
    QFETCH(quint32, id);
    QFETCH(QString, field);
    QFETCH(QString, families);
    EventRecord e;
    e.provider = provider;
    e.eventId = id;
    QVERIFY(EventCatalog::find(e));
    QCOMPARE(::families(EventCatalog::familiesOf(e, field)), families);
    // Every numeric field the catalog knows is either a code or not one, never both.
    if (families.isEmpty() && field != u"Status")
        QVERIFY2(EventCatalog::isNotCode(e, field), qPrintable(field));
    if (!families.isEmpty())
        QVERIFY(!EventCatalog::isNotCode(e, field));
}

void TestEventCatalog::lookup_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<quint32>("id");
    QTest::addColumn<bool>("found");
    QTest::newRow("security") << "Microsoft-Windows-Security-Auditing" << 4625u << true;
    QTest::newRow("any case") << "microsoft-windows-security-auditing" << 4771u << true;
    QTest::newRow("no provider, distinctive ID") << "" << 4776u << true;
    QTest::newRow("no provider, Schannel ID") << "" << 36887u << true;
    QTest::newRow("no provider, small ID") << "" << 4u << false;
    QTest::newRow("Kerberos source name") << "Kerberos" << 4u << true;
    QTest::newRow("Kerberos provider name") << "Microsoft-Windows-Security-Kerberos" << 4u << true;
    QTest::newRow("KDC source") << "KDC" << 27u << true;
    QTest::newRow("other provider, same ID") << "Microsoft-Windows-Kernel-Power" << 4u << false;
    QTest::newRow("unknown ID") << "Schannel" << 36900u << false;
    QTest::newRow("Schannel ID of another provider") << "Microsoft-Windows-Security-Auditing" << 36887u << false;
}

void TestEventCatalog::lookup()
{
    QFETCH(QString, provider);
    QFETCH(quint32, id);
    QFETCH(bool, found);
    const KnownEvent *e = EventCatalog::find(provider, id);
    QCOMPARE(e != nullptr, found);
    if (e)
        QCOMPARE(e->id, id);
}

void TestEventCatalog::schannelTable()
{
    QFile f(QStringLiteral(SSPILENS_REFERENCE_DIR "/event-families/schannel-events.tsv"));
    QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
    QSet<quint32> table;
    bool header = true;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (header || line.isEmpty()) {
            header = false;
            continue;
        }
        table.insert(line.split('\t').front().toUInt());
    }
    QCOMPARE(table.size(), 31);
    QSet<quint32> catalog;
    for (const KnownEvent &e : EventCatalog::events()) {
        if (qstrcmp(e.providers.front(), "Schannel") == 0)
            catalog.insert(e.id);
    }
    QCOMPARE(catalog, table);
}

void TestEventCatalog::parsedEvents()
{
    QFile f(QStringLiteral(SSPILENS_SOURCE_DIR "/tests/data/events/eventviewer-zh-TW.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    const auto events = parseEvents(text);
    QCOMPARE(events.size(), size_t(4));
    QStringList found;
    for (const EventRecord &e : events) {
        QVERIFY(EventCatalog::find(e));
        for (const EventField &field : e.fields) {
            const auto fams = EventCatalog::familiesOf(e, field.name);
            if (!fams.empty())
                found << QStringLiteral("%1 %2=%3 %4").arg(e.eventId).arg(field.name, field.value, families(fams));
        }
    }
    QCOMPARE(found,
             (QStringList{"4625 Status=0xC000006D ntstatus", "4625 SubStatus=0xC0000064 ntstatus",
                          "4776 Status=0xC000006A ntstatus", "4768 Status=0x6 kerberos", "4769 Status=0xE kerberos"}));
}

QTEST_GUILESS_MAIN(TestEventCatalog)
#include "tst_eventcatalog.moc"
