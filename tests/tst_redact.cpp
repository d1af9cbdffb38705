// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// core's Redactor: names masked consistently, by what a field holds and by their shape in free
// text; codes, event IDs and times never touched; reports masked in every format.
#include "events.h"
#include "logreader.h"
#include "redact.h"
#include "report.h"
#include "scanner.h"

#include <QFile>
#include <QTest>

using namespace sspilens;
using Kind = Redactor::Kind;

class TestRedact : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void consistent();
    void freeText_data();
    void freeText();
    void lookAlikesStay_data();
    void lookAlikesStay();
    void learnedFromEvents();
    void reports_data();
    void reports();
};

void TestRedact::values_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("masked");
    QTest::newRow("user") << int(Kind::User) << QStringLiteral("alice") << QStringLiteral("USER-1");
    QTest::newRow("domain\\user") << int(Kind::User) << QStringLiteral("CONTOSO\\alice")
                                  << QStringLiteral("DOMAIN-1\\USER-1");
    QTest::newRow("upn") << int(Kind::User) << QStringLiteral("alice@contoso.com") << QStringLiteral("USER-1@DOMAIN-1");
    QTest::newRow("machine account") << int(Kind::User) << QStringLiteral("WS01$") << QStringLiteral("HOST-1$");
    QTest::newRow("spn") << int(Kind::User) << QStringLiteral("MSSQLSvc/sql07.corp.example.net:1433")
                         << QStringLiteral("MSSQLSvc/HOST-1.DOMAIN-1:1433");
    QTest::newRow("fqdn") << int(Kind::Host) << QStringLiteral("dc01.contoso.local")
                          << QStringLiteral("HOST-1.DOMAIN-1");
    QTest::newRow("unc") << int(Kind::Host) << QStringLiteral("\\\\FS02") << QStringLiteral("\\\\HOST-1");
    QTest::newRow("ipv4") << int(Kind::Ip) << QStringLiteral("10.0.0.7") << QStringLiteral("IP-1");
    QTest::newRow("v4 mapped") << int(Kind::Ip) << QStringLiteral("::ffff:10.0.0.7") << QStringLiteral("::ffff:IP-1");
    QTest::newRow("ipv6") << int(Kind::Ip) << QStringLiteral("fe80::1c2d:3e4f%12") << QStringLiteral("IP-1");
    QTest::newRow("domain sid") << int(Kind::Sid) << QStringLiteral("S-1-5-21-3623811015-3361044348-30300820-1013")
                                << QStringLiteral("SID-1");
    QTest::newRow("well-known sid") << int(Kind::Sid) << QStringLiteral("S-1-5-18") << QStringLiteral("S-1-5-18");
    QTest::newRow("dash") << int(Kind::User) << QStringLiteral("-") << QStringLiteral("-");
    QTest::newRow("SYSTEM") << int(Kind::User) << QStringLiteral("SYSTEM") << QStringLiteral("SYSTEM");
    QTest::newRow("NT AUTHORITY") << int(Kind::User) << QStringLiteral("NT AUTHORITY\\SYSTEM")
                                  << QStringLiteral("NT AUTHORITY\\SYSTEM");
    QTest::newRow("loopback") << int(Kind::Ip) << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1");
}

void TestRedact::values()
{
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(QString, masked);
    Redactor r;
    QCOMPARE(r.value(Kind(kind), value), masked);
}

void TestRedact::consistent()
{
    Redactor r;
    QCOMPARE(r.value(Kind::User, QStringLiteral("alice")), QStringLiteral("USER-1"));
    QCOMPARE(r.value(Kind::User, QStringLiteral("bob")), QStringLiteral("USER-2"));
    QCOMPARE(r.value(Kind::User, QStringLiteral("ALICE")), QStringLiteral("USER-1"));
    QCOMPARE(r.value(Kind::User, QStringLiteral("CONTOSO\\Alice")), QStringLiteral("DOMAIN-1\\USER-1"));
    QCOMPARE(r.value(Kind::Ip, QStringLiteral("10.0.0.7")), QStringLiteral("IP-1"));
    QCOMPARE(r.value(Kind::Ip, QStringLiteral("10.0.0.8")), QStringLiteral("IP-2"));
    QCOMPARE(r.text(QStringLiteral("from 10.0.0.8 and 10.0.0.7")), QStringLiteral("from IP-2 and IP-1"));
    QCOMPARE(r.field(QStringLiteral("TargetUserName"), QStringLiteral("bob")), QStringLiteral("USER-2"));
    QCOMPARE(r.field(QStringLiteral("Status"), QStringLiteral("0xc000006d")), QStringLiteral("0xc000006d"));
    QCOMPARE(r.size(), 5);
}

void TestRedact::freeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    QTest::newRow("domain\\user") << QStringLiteral("logon of CONTOSO\\alice failed")
                                  << QStringLiteral("logon of DOMAIN-1\\USER-1 failed");
    QTest::newRow("e-mail") << QStringLiteral("mail alice.smith@contoso.com now")
                            << QStringLiteral("mail USER-1@DOMAIN-1 now");
    QTest::newRow("ipv4") << QStringLiteral("client 192.168.10.5:445 reset") << QStringLiteral("client IP-1:445 reset");
    QTest::newRow("ipv6") << QStringLiteral("from 2001:db8::8a2e:370:7334 dropped")
                          << QStringLiteral("from IP-1 dropped");
    QTest::newRow("sid") << QStringLiteral("sid S-1-5-21-1004336348-1177238915-682003330-512.")
                         << QStringLiteral("sid SID-1.");
    QTest::newRow("unc") << QStringLiteral("open \\\\fileserver\\share\\x.txt")
                         << QStringLiteral("open \\\\HOST-1\\share\\x.txt");
}

void TestRedact::freeText()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    Redactor r;
    QCOMPARE(r.text(text), masked);
}

void TestRedact::lookAlikesStay_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("codes") << QStringLiteral("0xC000006D 0x80090325 -2146893019 80090308 SEC_E_LOGON_DENIED");
    QTest::newRow("time") << QStringLiteral("2016-06-29T15:24:36.686000000Z 15:24:36 6/29/2016 2:03:04 PM");
    QTest::newRow("event ids") << QStringLiteral("Event ID 4625, record 319457831, Logon Type 3");
    QTest::newRow("paths") << QStringLiteral("C:\\Windows\\System32\\lsass.exe HKLM\\SYSTEM\\CurrentControlSet\\x");
    QTest::newRow("versions") << QStringLiteral("version 10.0.17763.1 build 6.1.7601");
    QTest::newRow("well-known") << QStringLiteral("NT AUTHORITY\\SYSTEM BUILTIN\\Administrators S-1-5-18");
    QTest::newRow("c++") << QStringLiteral("std::string a::b de::ad");
    QTest::newRow("mac") << QStringLiteral("00:1a:2b:3c:4d:5e");
}

void TestRedact::lookAlikesStay()
{
    QFETCH(QString, text);
    Redactor r;
    QCOMPARE(r.text(text), text);
    QCOMPARE(r.size(), 0);
}

void TestRedact::learnedFromEvents()
{
    QFile xml(QStringLiteral(SSPILENS_SOURCE_DIR "/tests/data/events/events-export.xml"));
    QVERIFY(xml.open(QIODevice::ReadOnly));
    Redactor r;
    for (const EventRecord &e : parseEvents(QString::fromUtf8(xml.readAll())))
        r.learn(e);
    // Names known from the fields are masked in free text too, whole words only.
    const QString masked = r.text(
        QStringLiteral("m.lindqvist on WKS-0193 via FS02.corp.example.net (10.20.31.77), also sql07.corp.example.net "
                       "and svc-backup; FS02$ and FS02X"));
    for (const char *name :
         {"lindqvist", "WKS-0193", "FS02.", "10.20.31.77", "sql07", "example", "svc-backup", "FS02$"})
        QVERIFY2(!masked.contains(QLatin1String(name), Qt::CaseInsensitive), qPrintable(masked));
    QVERIFY2(masked.endsWith(QStringLiteral(" and FS02X")), qPrintable(masked)); // another name
}

void TestRedact::reports_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("text") << int(ReportFormat::Text);
    QTest::newRow("json") << int(ReportFormat::Json);
    QTest::newRow("csv") << int(ReportFormat::Csv);
    QTest::newRow("markdown") << int(ReportFormat::Markdown);
}

void TestRedact::reports()
{
    QFETCH(int, format);
    QFile xml(QStringLiteral(SSPILENS_SOURCE_DIR "/tests/data/events/eventviewer-en.txt"));
    QVERIFY(xml.open(QIODevice::ReadOnly));
    const LogScanner scanner;
    std::vector<Finding> findings;
    LogReader(scanner).read(LogSource::text(QString::fromUtf8(xml.readAll())), [&findings](const Finding &f) {
        findings.push_back(f);
        return true;
    });
    QVERIFY(findings.size() > 5);
    const QString file = QStringLiteral("/cases/m.lindqvist/FS02.corp.example.net-security.txt");
    const QString plain = formatReport(ReportFormat(format), findings, file);
    Redactor redactor;
    const QString masked = formatReport(ReportFormat(format), findings, file, &redactor);
    const QStringList names = {QStringLiteral("lindqvist"), QStringLiteral("FS02"),  QStringLiteral("example.net"),
                               QStringLiteral("DC01"),      QStringLiteral("WEB03"), QStringLiteral("WKS-0193")};
    // Our own texts (a next step's "w32tm /stripchart /computer:dc01.contoso.com") are no leak: the
    // same report without events or file name shows them as often.
    std::vector<Finding> bare = findings;
    for (Finding &f : bare)
        f.event.reset();
    const QString ours = formatReport(ReportFormat(format), bare, QStringLiteral("log.txt"));
    bool plainLeaks = false;
    for (const QString &name : names) {
        plainLeaks = plainLeaks || plain.count(name, Qt::CaseInsensitive) > ours.count(name, Qt::CaseInsensitive);
        QVERIFY2(masked.count(name, Qt::CaseInsensitive) == ours.count(name, Qt::CaseInsensitive),
                 qPrintable(name + QStringLiteral(": ") + masked));
    }
    QVERIFY(plainLeaks);
    for (const char *kept : {"0xC000006D", "4625", "2025-03-14T09:07:52", "STATUS_WRONG_PASSWORD"})
        QVERIFY2(masked.contains(QLatin1String(kept)), kept);
    if (ReportFormat(format) == ReportFormat::Markdown) {
        QVERIFY(masked.contains(QStringLiteral("## Events")));
        QVERIFY(masked.contains(QStringLiteral("| 4625 Logon failed | ")));
        QVERIFY(masked.contains(QStringLiteral("HOST-")));
    }
}

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
