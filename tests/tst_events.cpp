// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// Event parsers: event XML (export, wevtutil, namespaces, cut, garbage), Event Viewer text in
// English, zh-TW and zh-CN, PowerShell Format-List; offsets, streaming in pieces, linear time.
#include "events.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace sspilens;

namespace {

enum class Parser { Xml, ViewerText, PowerShell, All };

QString readFixture(const QString &name)
{
    QFile f(QStringLiteral(SSPILENS_SOURCE_DIR "/tests/data/events/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString readCorpus(const QString &name)
{
    QFile f(QStringLiteral(SSPILENS_SOURCE_DIR "/tests/corpus/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    if (name.contains(u"utf16le")) {
        QString text(bytes.size() / 2, Qt::Uninitialized);
        memcpy(text.data(), bytes.constData(), static_cast<size_t>(text.size()) * 2);
        return text;
    }
    return QString::fromUtf8(bytes);
}

std::vector<EventRecord> parse(Parser parser, QStringView text, qsizetype *consumed = nullptr)
{
    switch (parser) {
    case Parser::Xml: return parseEventXml(text, consumed);
    case Parser::ViewerText: return parseEventViewerText(text, consumed);
    case Parser::PowerShell: return parsePowerShellList(text, consumed);
    case Parser::All: return parseEvents(text, consumed);
    }
    return {};
}

/// The value a check names: "id", "record", "time", "level", "provider", "channel", "computer",
/// "account", "source", "fields" (count) or "field:Name".
QString actual(const EventRecord &e, const QString &key)
{
    if (key == u"id")
        return QString::number(e.eventId);
    if (key == u"record")
        return QString::number(e.record);
    if (key == u"time")
        return e.time;
    if (key == u"level")
        return e.level;
    if (key == u"provider")
        return e.provider;
    if (key == u"channel")
        return e.channel;
    if (key == u"computer")
        return e.computer;
    if (key == u"account")
        return e.account();
    if (key == u"source")
        return QString::number(static_cast<int>(e.source));
    if (key.startsWith(u"field:")) {
        const EventField *f = e.findField(QStringView(key).sliced(6));
        return f ? f->value : QStringLiteral("<missing>");
    }
    return QStringLiteral("<unknown key %1>").arg(key);
}

/// Checks of the form "index|key=value".
void verify(const std::vector<EventRecord> &events, const QStringList &checks)
{
    for (const QString &check : checks) {
        const qsizetype bar = check.indexOf(u'|');
        const qsizetype eq = check.indexOf(u'=', bar);
        QVERIFY2(bar > 0 && eq > bar, qPrintable(check));
        const int index = check.left(bar).toInt();
        QVERIFY2(index < static_cast<int>(events.size()), qPrintable(check));
        const QString key = check.mid(bar + 1, eq - bar - 1);
        const QString expected = check.mid(eq + 1);
        const QString got = actual(events[static_cast<size_t>(index)], key);
        QVERIFY2(got == expected, qPrintable(QStringLiteral("%1: got \"%2\"").arg(check, got)));
    }
}

/// Every field's offsets point at its value, every event's span lies in the text.
void verifyOffsets(QStringView text, const std::vector<EventRecord> &events, bool exactValues = true)
{
    for (const EventRecord &e : events) {
        QVERIFY(e.offset >= 0 && e.length > 0 && e.offset + e.length <= text.size());
        for (const EventField &f : e.fields) {
            QVERIFY2(f.valueOffset >= 0 && f.valueLength >= 0 && f.valueOffset + f.valueLength <= text.size(),
                     qPrintable(f.name));
            if (exactValues) {
                QCOMPARE(text.mid(f.valueOffset, f.valueLength).toString(), f.value);
            }
        }
    }
}

QString eventSummary(const EventRecord &e, qint64 shift = 0)
{
    QString s = QStringLiteral("%1 %2 %3+%4 %5|%6|%7|%8|%9")
                    .arg(e.eventId)
                    .arg(e.record)
                    .arg(e.offset + shift)
                    .arg(e.length)
                    .arg(e.time, e.provider, e.channel, e.computer, e.level);
    for (const EventField &f : e.fields)
        s += QStringLiteral(" [%1=%2@%3+%4]").arg(f.name, f.value).arg(f.valueOffset + shift).arg(f.valueLength);
    return s;
}

} // namespace

class TestEvents : public QObject
{
    Q_OBJECT

private slots:
    void parsers_data();
    void parsers();
    void offsets_data();
    void offsets();
    void streaming_data();
    void streaming();
    void unfinishedLine_data();
    void unfinishedLine();
    void startsMidLine();
    void dates_data();
    void dates();
    void xmlDetails_data();
    void xmlDetails();
    void garbage_data();
    void garbage();
    void linearTime_data();
    void linearTime();
    void mixedText();
    void evtxSignature();
};

void TestEvents::parsers_data()
{
    QTest::addColumn<int>("parser");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("checks");

    QTest::newRow("Event Viewer text, en") << int(Parser::ViewerText) << readFixture("eventviewer-en.txt") << 7
                                           << QStringList{
                                                  "0|id=4625",
                                                  "0|channel=Security",
                                                  "0|provider=Microsoft-Windows-Security-Auditing",
                                                  "0|computer=FS02.corp.example.net",
                                                  "0|time=2025-03-14T09:07:52",
                                                  "0|level=Information",
                                                  "0|source=1",
                                                  "0|field:Status=0xC000006D",
                                                  "0|field:SubStatus=0xC000006A",
                                                  "0|field:FailureReason=Unknown user name or bad password.",
                                                  "0|field:SubjectUserName=FS02$",
                                                  "0|field:SubjectLogonId=0x3E7",
                                                  "0|field:TargetUserName=m.lindqvist",
                                                  "0|field:TargetUserSid=NULL SID",
                                                  "0|field:LogonType=3",
                                                  "0|field:WorkstationName=WKS-0193",
                                                  "0|field:IpAddress=10.20.31.77",
                                                  "0|field:ProcessName=C:\\Windows\\System32\\svchost.exe",
                                                  "0|field:LogonProcessName=NtLmSsp",
                                                  "0|field:AuthenticationPackageName=NTLM",
                                                  "0|field:LmPackageName=-",
                                                  "0|field:Keywords=Audit Failure",
                                                  "0|field:TaskCategory=Logon",
                                                  "0|account=CORP\\m.lindqvist",
                                                  "1|id=4771",
                                                  "1|field:Status=0x18",
                                                  "1|field:PreAuthType=2",
                                                  "1|field:TargetSid=CORP\\m.lindqvist",
                                                  "1|field:ServiceName=krbtgt/CORP",
                                                  "1|field:IpAddress=::ffff:10.20.31.77",
                                                  "1|field:TicketOptions=0x40810010",
                                                  "1|account=m.lindqvist",
                                                  "2|id=4768",
                                                  "2|field:Status=0x12",
                                                  "2|field:TargetDomainName=CORP",
                                                  "2|field:TargetSid=NULL SID",
                                                  "2|field:TicketEncryptionType=0xFFFFFFFF",
                                                  "2|account=CORP\\svc-backup",
                                                  "3|id=4769",
                                                  "3|field:Status=0x7",
                                                  "3|field:ServiceName=MSSQLSvc/sql07.corp.example.net:1433",
                                                  "3|field:LogonGuid={00000000-0000-0000-0000-000000000000}",
                                                  "3|account=m.lindqvist@CORP.EXAMPLE.NET",
                                                  "4|id=4776",
                                                  "4|field:Status=0xC0000234",
                                                  "4|field:PackageName=MICROSOFT_AUTHENTICATION_PACKAGE_V1_0",
                                                  "4|field:TargetUserName=m.lindqvist",
                                                  "4|field:Workstation=WKS-0193",
                                                  "5|id=36887",
                                                  "5|channel=System",
                                                  "5|provider=Schannel",
                                                  "5|level=Error",
                                                  "5|field:User=SYSTEM",
                                                  "5|field:Message=A fatal alert was received from the remote "
                                                  "endpoint. The TLS protocol defined fatal alert code is 46.",
                                                  "6|id=36888",
                                                  "6|time=2025-03-14T09:12:31",
                                              };
    QTest::newRow("Event Viewer text, zh-TW") << int(Parser::ViewerText) << readFixture("eventviewer-zh-TW.txt") << 4
                                              << QStringList{
                                                     "0|id=4625",
                                                     "0|channel=Security",
                                                     "0|time=2025-03-14T09:07:52",
                                                     "0|level=資訊",
                                                     "0|computer=FS02.corp.example.net",
                                                     "0|field:Status=0xC000006D",
                                                     "0|field:SubStatus=0xC0000064",
                                                     "0|field:FailureReason=不明的使用者名稱或錯誤密碼。",
                                                     "0|field:SubjectUserName=FS02$",
                                                     "0|field:TargetUserName=陳志明",
                                                     "0|field:LogonType=3",
                                                     "0|field:IpAddress=10.20.31.77",
                                                     "0|field:IpPort=51544",
                                                     "0|field:ProcessId=0x2a4",
                                                     "0|field:LmPackageName=-",
                                                     "0|field:Keywords=稽核失敗",
                                                     "0|field:User=不適用",
                                                     "0|account=CORP\\陳志明",
                                                     "1|id=4776",
                                                     "1|time=2025-03-14T13:15:09",
                                                     "1|field:Status=0xC000006A",
                                                     "1|field:PackageName=MICROSOFT_AUTHENTICATION_PACKAGE_V1_0",
                                                     "1|field:TargetUserName=administrator",
                                                     "1|field:Workstation=WKS-0193",
                                                     "2|id=4768",
                                                     "2|field:Status=0x6",
                                                     "2|field:TargetUserName=svc-backup",
                                                     "2|field:TargetDomainName=CORP",
                                                     "2|field:TargetSid=NULL SID",
                                                     "2|field:ServiceName=krbtgt/CORP",
                                                     "2|field:IpAddress=::ffff:10.20.40.12",
                                                     "2|field:TicketOptions=0x40810010",
                                                     "2|field:TicketEncryptionType=0xFFFFFFFF",
                                                     "3|id=4769",
                                                     "3|field:Status=0xE",
                                                     "3|field:ServiceName=HTTP/intranet.corp.example.net",
                                                     "3|field:IpPort=51580",
                                                     "3|account=m.lindqvist@CORP.EXAMPLE.NET",
                                                 };
    QTest::newRow("Event Viewer text, zh-CN") << int(Parser::ViewerText) << readFixture("eventviewer-zh-CN.txt") << 2
                                              << QStringList{
                                                     "0|id=4625",
                                                     "0|time=2025-03-14T09:07:52",
                                                     "0|level=信息",
                                                     "0|field:Status=0xC000006D",
                                                     "0|field:SubStatus=0xC000006A",
                                                     "0|field:FailureReason=未知用户名或密码错误。",
                                                     "0|field:SubjectUserName=FS02$",
                                                     "0|field:TargetUserName=王伟",
                                                     "0|field:LogonType=10",
                                                     "0|field:ProcessName=C:\\Windows\\System32\\winlogon.exe",
                                                     "0|field:AuthenticationPackageName=Negotiate",
                                                     "0|field:LmPackageName=-",
                                                     "0|account=CORP\\王伟",
                                                     "1|id=4771",
                                                     "1|field:Status=0x17",
                                                     "1|field:PreAuthType=2",
                                                     "1|field:TargetUserName=wangwei",
                                                     "1|field:TargetSid=CORP\\wangwei",
                                                     "1|field:IpAddress=::ffff:10.20.31.78",
                                                     "1|field:TicketOptions=0x40810010",
                                                 };
    QTest::newRow("PowerShell Format-List") << int(Parser::PowerShell) << readFixture("powershell-format-list.txt") << 4
                                            << QStringList{
                                                   "0|id=4625",
                                                   "0|source=2",
                                                   "0|time=2025-03-14T14:41:07",
                                                   "0|provider=Microsoft-Windows-Security-Auditing",
                                                   "0|field:Status=0xC000015B",
                                                   "0|field:SubStatus=0x0",
                                                   "0|field:TargetUserName=j.okafor",
                                                   "0|field:SubjectUserName=FS02$",
                                                   "0|field:IpAddress=10.20.31.90",
                                                   "0|account=CORP\\j.okafor",
                                                   "1|id=4776",
                                                   "1|field:Status=0xC0000064",
                                                   "1|field:TargetUserName=j.okafor",
                                                   "2|id=4771",
                                                   "2|field:Status=0x25",
                                                   "2|field:TargetUserName=j.okafor",
                                                   "3|id=36888",
                                                   "3|record=402211",
                                                   "3|provider=Schannel",
                                                   "3|channel=System",
                                                   "3|computer=WEB03.corp.example.net",
                                                   "3|level=Error",
                                                   "3|time=2025-03-14T14:45:12",
                                                   "3|field:Keywords=-9223372036854775808",
                                                   "3|field:Qualifiers=49152",
                                               };
    QTest::newRow("Event XML, Save as XML") << int(Parser::Xml) << readFixture("events-export.xml") << 7
                                            << QStringList{
                                                   "0|id=4625",
                                                   "0|record=8812734",
                                                   "0|time=2025-03-14T08:07:52.4471203Z",
                                                   "0|provider=Microsoft-Windows-Security-Auditing",
                                                   "0|channel=Security",
                                                   "0|computer=FS02.corp.example.net",
                                                   "0|level=Information",
                                                   "0|source=0",
                                                   "0|field:Status=0xc000006d",
                                                   "0|field:SubStatus=0xc000006a",
                                                   "0|field:FailureReason=%%2313",
                                                   "0|field:LogonProcessName=NtLmSsp ",
                                                   "0|account=CORP\\m.lindqvist",
                                                   "1|id=4771",
                                                   "1|field:Status=0x18",
                                                   "1|field:CertIssuerName=",
                                                   "2|id=4768",
                                                   "2|level=0",
                                                   "2|field:Status=0x12",
                                                   "3|field:Status=0x7",
                                                   "4|field:Status=0xc0000234",
                                                   "4|account=m.lindqvist",
                                                   "5|id=36887",
                                                   "5|provider=Schannel",
                                                   "5|channel=System",
                                                   "5|level=2",
                                                   "5|field:AlertDesc=46",
                                                   "6|id=36888",
                                                   "6|record=402118",
                                                   "6|field:%1=40",
                                                   "6|field:%2=1205",
                                               };
    QTest::newRow("Event XML, wevtutil") << int(Parser::Xml) << readFixture("wevtutil-security.xml") << 5
                                         << QStringList{
                                                "0|id=4625",        "0|field:SubStatus=0xc000006a",
                                                "1|id=4771",        "2|id=4768",
                                                "3|id=4769",        "4|id=4776",
                                                "4|record=1121002", "4|field:Workstation=WKS-0193",
                                            };
    QTest::newRow("corpus Event Viewer text") << int(Parser::ViewerText) << readCorpus("eventviewer-text.log") << 5
                                              << QStringList{
                                                     "0|id=36870",
                                                     "0|provider=Schannel",
                                                     "0|time=2024-06-04T10:41:17",
                                                     "1|id=4",
                                                     "1|provider=Microsoft-Windows-Security-Kerberos",
                                                     "2|id=4625",
                                                     "2|field:Status=0xC000006D",
                                                     "2|field:SubStatus=0xC000006A",
                                                     "2|field:LogonGuid={00000000-0000-0000-0000-000000000000}",
                                                     "3|id=40960",
                                                 };
    QTest::newRow("Event Viewer Save as Text (tab-delimited)")
        << int(Parser::ViewerText) << readCorpus("eventviewer-export-utf16le-nobom.txt") << 4
        << QStringList{
               "0|id=36871",
               "0|level=Error",
               "0|provider=Schannel",
               "0|time=2024-06-07T10:20:31",
               "0|field:TaskCategory=None",
               "0|field:Message=A fatal error occurred while creating a TLS client credential. The internal error "
               "state is 10013.",
               "1|id=40960",
               "3|id=36882",
           };
    QTest::newRow("tab-delimited, quoted multi-line description")
        << int(Parser::ViewerText)
        << QStringLiteral(
               "Keywords\tDate and Time\tSource\tEvent ID\tTask Category\r\n"
               "Audit Failure\t3/14/2025 9:07:52 AM\tMicrosoft-Windows-Security-Auditing\t4625\tLogon\t"
               "\"An account failed to log on.\r\n\r\nFailure Information:\r\n\tFailure Reason:\t\t"
               "Unknown user name or bad password.\r\n\tStatus:\t\t\t0xC000006D\r\n\tSub Status:\t\t"
               "0xC000006A\"\r\n"
               "Audit Failure\t3/14/2025 9:10:15 AM\tMicrosoft-Windows-Security-Auditing\t4776\t"
               "Credential Validation\tThe computer attempted to validate the credentials for an account.\r\n")
        << 2
        << QStringList{"0|id=4625",
                       "0|level=",
                       "0|field:Keywords=Audit Failure",
                       "0|field:SubStatus=0xC000006A",
                       "0|time=2025-03-14T09:07:52",
                       "1|id=4776",
                       "1|field:TaskCategory=Credential Validation"};
    QTest::newRow("a lone Log Name line is not a block")
        << int(Parser::ViewerText)
        << QStringLiteral("2025-03-14 09:00:01 INFO Log Name: Security\nLog Name: Security\nrotated 3 files\n"
                          "Event ID: 4625\nDescription:\n")
        << 0 << QStringList{};
    QTest::newRow("corpus event XML") << int(Parser::Xml) << readCorpus("eventviewer.xml") << 4
                                      << QStringList{
                                             "0|id=36874",
                                             "0|record=1184467",
                                             "0|field:Protocol=TLS 1.2",
                                             "1|field:errorCode=2148074254",
                                             "2|field:Status=0x80090342",
                                             "3|id=11",
                                             "3|field:Result.value=800B0109",
                                             "3|field:Certificate.subjectName=web01.contoso.local",
                                             "3|field:SerialNumber=6180090325000000000a",
                                         };
}

void TestEvents::parsers()
{
    QFETCH(int, parser);
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(QStringList, checks);
    QVERIFY(!text.isEmpty());
    const auto events = parse(static_cast<Parser>(parser), text);
    QCOMPARE(static_cast<int>(events.size()), count);
    verify(events, checks);
    // The combined parser finds the same events in a text of one kind.
    QCOMPARE(static_cast<int>(parseEvents(text).size()), count);
}

void TestEvents::offsets_data()
{
    QTest::addColumn<QString>("text");
    for (const char *name : {"eventviewer-en.txt", "eventviewer-zh-TW.txt", "eventviewer-zh-CN.txt",
                             "powershell-format-list.txt", "events-export.xml", "wevtutil-security.xml"})
        QTest::newRow(name) << readFixture(QString::fromLatin1(name));
    for (const char *name : {"eventviewer-text.log", "eventviewer.xml"})
        QTest::newRow(name) << readCorpus(QString::fromLatin1(name));
}

void TestEvents::offsets()
{
    QFETCH(QString, text);
    const auto events = parseEvents(text);
    QVERIFY(!events.empty());
    verifyOffsets(text, events);
    // The Status fields point exactly at the codes.
    for (const EventRecord &e : events) {
        if (const EventField *f = e.findField(u"Status")) {
            QVERIFY2(f->value.startsWith(u"0x", Qt::CaseInsensitive), qPrintable(f->value));
            QCOMPARE(text.mid(f->valueOffset, f->valueLength), f->value);
        }
    }
}

void TestEvents::streaming_data()
{
    QTest::addColumn<int>("parser");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("piece");
    const struct {
        Parser parser;
        const char *name;
    } fixtures[] = {{Parser::ViewerText, "eventviewer-en.txt"},
                    {Parser::ViewerText, "eventviewer-zh-TW.txt"},
                    {Parser::PowerShell, "powershell-format-list.txt"},
                    {Parser::Xml, "events-export.xml"},
                    {Parser::Xml, "wevtutil-security.xml"},
                    {Parser::All, "eventviewer-zh-CN.txt"}};
    for (const auto &f : fixtures) {
        for (int piece : {1, 7, 100, 4096}) {
            QTest::addRow("%s in pieces of %d", f.name, piece)
                << int(f.parser) << readFixture(QString::fromLatin1(f.name)) << piece;
        }
    }
    for (int piece : {3, 500})
        QTest::addRow("tab-delimited table in pieces of %d", piece)
            << int(Parser::ViewerText) << readCorpus(QStringLiteral("eventviewer-export-utf16le-nobom.txt")) << piece;
}

void TestEvents::streaming()
{
    QFETCH(int, parser);
    QFETCH(QString, text);
    QFETCH(int, piece);
    const auto p = static_cast<Parser>(parser);
    QStringList expected;
    for (const EventRecord &e : parse(p, text))
        expected << eventSummary(e);

    QStringList got;
    QString buffer;
    qint64 base = 0;
    qsizetype maxBuffer = 0;
    for (qsizetype at = 0; at < text.size(); at += piece) {
        buffer += QStringView(text).mid(at, piece);
        qsizetype consumed = -1;
        for (const EventRecord &e : parse(p, buffer, &consumed))
            got << eventSummary(e, base);
        QVERIFY(consumed >= 0 && consumed <= buffer.size());
        buffer.remove(0, consumed);
        base += consumed;
        maxBuffer = std::max(maxBuffer, buffer.size());
    }
    for (const EventRecord &e : parse(p, buffer))
        got << eventSummary(e, base);
    QCOMPARE(got, expected);
    // Only one pending event is ever held back.
    QVERIFY2(maxBuffer < 3000 + piece, qPrintable(QString::number(maxBuffer)));
}

void TestEvents::unfinishedLine_data()
{
    // A piece of a stream ending in a line without its line feed: held back (consumed stops at
    // the line) while the line may still open or continue an event; a line of thousands of
    // characters that has not is read past, so that a log written as one long line does not
    // wait for its end.
    QTest::addColumn<int>("parser");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("consumed");
    const QString longPlain = QStringLiteral("2024-06-01 0x80090325 ").repeated(300);
    const QString done = QStringLiteral("a finished line\n");
    const int d = int(done.size());
    const auto row = [](const char *name, Parser parser, const QString &text, int consumed) {
        QTest::newRow(name) << int(parser) << text << consumed;
    };
    row("viewer: short line", Parser::ViewerText, done + QStringLiteral("2024-06-01 0x80090325"), d);
    row("viewer: long plain line", Parser::ViewerText, done + longPlain, d + int(longPlain.size()));
    row("viewer: long header line", Parser::ViewerText, done + QStringLiteral("Log Name: ") + longPlain, d);
    row("viewer: long header line, zh-TW", Parser::ViewerText, done + QStringLiteral("記錄檔名稱: ") + longPlain, d);
    row("viewer: long line with a tab", Parser::ViewerText, done + QStringLiteral("Level\t") + longPlain, d);
    row("viewer: long line in a block", Parser::ViewerText,
        QStringLiteral("Log Name: Security\nEvent ID: 4625\nDescription:\n") + longPlain, 0);
    row("powershell: short line", Parser::PowerShell, done + QStringLiteral("Id  "), d);
    row("powershell: long plain line", Parser::PowerShell, done + longPlain, d + int(longPlain.size()));
    row("powershell: long property line", Parser::PowerShell, done + QStringLiteral("Message : ") + longPlain, d);
    // A name and its padding end within 256 characters: a colon after 5,000 letters makes no
    // property, now or when the line goes on.
    row("powershell: colon past the name limit", Parser::PowerShell,
        done + QString(5000, u'A') + QStringLiteral(" : x"), d + 5000 + 4);
    row("powershell: long line in a record", Parser::PowerShell,
        QStringLiteral("Id           : 4625\nMessage      : ") + longPlain, 0);
    row("all: long plain line", Parser::All, done + longPlain, d + int(longPlain.size()));
    row("all: long line with an unfinished event", Parser::All,
        done + longPlain + QStringLiteral("<Event><System><EventID>4625</EventID>"), d + int(longPlain.size()));
}

void TestEvents::unfinishedLine()
{
    QFETCH(int, parser);
    QFETCH(QString, text);
    QFETCH(int, consumed);
    qsizetype got = -1;
    parse(static_cast<Parser>(parser), text, &got);
    QCOMPARE(got, qsizetype(consumed));
}

void TestEvents::startsMidLine()
{
    // The rest of a line whose start an earlier piece had: what follows its line feed is read,
    // the rest of the line is not a header ("Log Name:" here is in the middle of a line).
    const QString block = QStringLiteral("Log Name:      Security\n"
                                         "Source:        Microsoft-Windows-Security-Auditing\n"
                                         "Event ID:      4625\n"
                                         "Description:\n"
                                         "An account failed to log on.\n"
                                         "\n\n");
    QCOMPARE(parseEvents(block).size(), size_t(1));
    QCOMPARE(parseEvents(block, nullptr, true).size(), size_t(0));
    QCOMPARE(parseEvents(QStringLiteral("rest of a line\n") + block, nullptr, true).size(), size_t(1));
    // XML needs no line start: an event right where the piece starts is read.
    const QString xml = QStringLiteral("<Event><System><EventID>4771</EventID></System></Event>");
    const auto events = parseEvents(xml, nullptr, true);
    QCOMPARE(events.size(), size_t(1));
    QCOMPARE(events.front().eventId, 4771u);
}

void TestEvents::dates_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("time");
    QTest::newRow("en-US AM") << "6/4/2024 10:41:17 AM"
                              << "2024-06-04T10:41:17";
    QTest::newRow("en-US PM") << "6/4/2024 10:41:17 PM"
                              << "2024-06-04T22:41:17";
    QTest::newRow("en-US midnight") << "12/31/2024 12:05:00 AM"
                                    << "2024-12-31T00:05:00";
    QTest::newRow("en-US noon") << "1/2/2025 12:00:01 PM"
                                << "2025-01-02T12:00:01";
    QTest::newRow("zh-TW afternoon") << "2020/10/10 下午 06:32:37"
                                     << "2020-10-10T18:32:37";
    QTest::newRow("zh-TW morning") << "2025/3/14 上午 09:07:52"
                                   << "2025-03-14T09:07:52";
    QTest::newRow("zh-CN 24h") << "2022/12/26 16:33:23"
                               << "2022-12-26T16:33:23";
    QTest::newRow("day first (day > 12)") << "14.03.2025 09:07:52"
                                          << "2025-03-14T09:07:52";
    QTest::newRow("ambiguous kept") << "6/4/2024 10:41:17"
                                    << "6/4/2024 10:41:17";
    QTest::newRow("ISO kept") << "2024-06-04T08:41:17.5571234Z"
                              << "2024-06-04T08:41:17.5571234Z";
    QTest::newRow("nonsense kept") << "yesterday at noon"
                                   << "yesterday at noon";
    QTest::newRow("bad month kept") << "13/13/2024 10:00:00 AM"
                                    << "13/13/2024 10:00:00 AM";
}

void TestEvents::dates()
{
    QFETCH(QString, written);
    QFETCH(QString, time);
    const QString block = QStringLiteral("Log Name:      System\nSource:        Schannel\nDate:          %1\n"
                                         "Event ID:      36887\nDescription:\nA fatal alert was received.\n")
                              .arg(written);
    const auto events = parseEventViewerText(block);
    QCOMPARE(events.size(), size_t(1));
    QCOMPARE(events.front().time, time);
    const QString ps =
        QStringLiteral("TimeCreated  : %1\nProviderName : Schannel\nId           : 36887\n").arg(written);
    const auto records = parsePowerShellList(ps);
    QCOMPARE(records.size(), size_t(1));
    QCOMPARE(records.front().time, time);
}

void TestEvents::xmlDetails_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("checks");
    QTest::addColumn<bool>("exactOffsets");

    QTest::newRow("one event, namespace prefix")
        << "<e:Event xmlns:e='http://schemas.microsoft.com/win/2004/08/events/event'><e:System>"
           "<e:Provider Name='Microsoft-Windows-Security-Auditing'/><e:EventID>4625</e:EventID>"
           "<e:TimeCreated SystemTime='2025-01-02T03:04:05.000Z'/></e:System><e:EventData>"
           "<e:Data Name='SubStatus'>0xC0000072</e:Data></e:EventData></e:Event>"
        << 1 << QStringList{"0|id=4625", "0|time=2025-01-02T03:04:05.000Z", "0|field:SubStatus=0xC0000072"} << true;
    QTest::newRow("character references decoded")
        << "<Event><System><EventID>4771</EventID></System><EventData><Data Name=\"Msg\">a &amp; b &#x41;&#66;&lt;"
           "</Data><Data Name=\"Raw\"><![CDATA[x<y]]></Data></EventData></Event>"
        << 1 << QStringList{"0|field:Msg=a & b AB<", "0|field:Raw=x<y"} << false;
    QTest::newRow("unnamed data and binary")
        << "<Event><System><Provider Name=\"Kerberos\"/><EventID Qualifiers=\"49152\">4</EventID></System>"
           "<EventData><Data>KRB_AP_ERR_MODIFIED</Data><Data>web02$</Data><Binary>00FF</Binary></EventData></Event>"
        << 1 << QStringList{"0|id=4", "0|field:%1=KRB_AP_ERR_MODIFIED", "0|field:%2=web02$", "0|field:Binary=<missing>"}
        << true;
    QTest::newRow("UserData leaves")
        << "<Event><System><EventID>1102</EventID><Channel>Security</Channel></System><UserData>"
           "<LogFileCleared xmlns=\"http://manifests.microsoft.com/win/2004/08/windows/eventlog\">"
           "<SubjectUserSid>S-1-5-21-1-2-3-500</SubjectUserSid><SubjectUserName>admin</SubjectUserName>"
           "<SubjectDomainName>CORP</SubjectDomainName></LogFileCleared></UserData></Event>"
        << 1 << QStringList{"0|id=1102", "0|field:SubjectUserName=admin", "0|account=CORP\\admin"} << true;
    QTest::newRow("RenderingInfo level and message")
        << "<Event><System><EventID>36888</EventID><Level>2</Level></System><EventData><Data Name=\"AlertDesc\">40"
           "</Data></EventData><RenderingInfo Culture=\"zh-TW\"><Message>產生嚴重警示 40。</Message><Level>錯誤</Level>"
           "</RenderingInfo></Event>"
        << 1 << QStringList{"0|level=錯誤", "0|field:Message=產生嚴重警示 40。", "0|field:AlertDesc=40"} << true;
    QTest::newRow("concatenated without root, CRLF")
        << "<Event><System><EventID>4776</EventID><EventRecordID>7</EventRecordID></System></Event>\r\n"
           "<Event><System><EventID>4776</EventID><EventRecordID>8</EventRecordID></System></Event>\r\n"
        << 2 << QStringList{"0|record=7", "1|record=8"} << true;
    QTest::newRow("cut inside the second event")
        << "<Events><Event><System><EventID>4625</EventID></System><EventData><Data Name=\"Status\">0xC000006D</Data>"
           "</EventData></Event><Event><System><EventID>4771</EventID></System><EventData><Data Name=\"Status\">0x18"
           "</Data><Data Name=\"IpAdd"
        << 2 << QStringList{"0|id=4625", "1|id=4771", "1|field:Status=0x18"} << true;
    QTest::newRow("next event starts before this one ends")
        << "<Event><System><EventID>4625</EventID></System><EventData><Data Name=\"Status\">0xC000006D</Data>"
           "<Event><System><EventID>4776</EventID></System></Event>"
        << 2 << QStringList{"0|id=4625", "0|field:Status=0xC000006D", "1|id=4776"} << true;
    QTest::newRow("unclosed child, end tag still closes")
        << "<Event><System><EventID>4625<Correlation></System><EventData><Data Name=\"Status\">0x1</Data></Event>"
           "<Event><System><EventID>4624</EventID></System></Event>"
        << 2 << QStringList{"0|field:Status=0x1", "1|id=4624"} << true;
    QTest::newRow("not events") << "<EventData><Data>1</Data></EventData><Events/><EventID>5</EventID>" << 0
                                << QStringList{} << true;
    QTest::newRow("stray angle brackets")
        << "if a < b && c > d <Event <<<Event><System><EventID>4740</EventID></System></Event> x<y" << 1
        << QStringList{"0|id=4740"} << true;
}

void TestEvents::xmlDetails()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(QStringList, checks);
    QFETCH(bool, exactOffsets);
    const auto events = parseEventXml(text);
    QCOMPARE(static_cast<int>(events.size()), count);
    verify(events, checks);
    verifyOffsets(text, events, exactOffsets);
}

void TestEvents::garbage_data()
{
    QTest::addColumn<QString>("text");
    QRandomGenerator rng(20250314);
    const QString alphabet =
        QStringLiteral("<>/=\"' \t\r\nEventDataSystemID:0x1Log Name:Description:Id : 4625\u00e9\u4e2d");
    for (int round = 0; round < 8; ++round) {
        QString s;
        const int n = 2000 + round * 3000;
        for (int i = 0; i < n; ++i)
            s += alphabet.at(static_cast<qsizetype>(rng.bounded(static_cast<quint32>(alphabet.size()))));
        QTest::addRow("random %d", round) << s;
    }
    QString binary;
    for (int i = 0; i < 5000; ++i)
        binary += QChar(static_cast<char16_t>(rng.bounded(0x10000u)));
    QTest::newRow("random UTF-16 units") << binary;
    // Each fixture cut at many places.
    const QString xml = readFixture(QStringLiteral("events-export.xml"));
    for (qsizetype cut : {1, 50, 700, 1500, 3333})
        QTest::addRow("XML cut at %lld", static_cast<long long>(cut)) << xml.left(cut);
    const QString text = readFixture(QStringLiteral("eventviewer-zh-TW.txt"));
    for (qsizetype cut : {5, 300, 900, 2000})
        QTest::addRow("text cut at %lld", static_cast<long long>(cut)) << text.left(cut);
}

void TestEvents::garbage()
{
    QFETCH(QString, text);
    for (Parser p : {Parser::Xml, Parser::ViewerText, Parser::PowerShell, Parser::All}) {
        const auto events = parse(p, text);
        verifyOffsets(text, events, p != Parser::Xml);
        qsizetype consumed = -1;
        parse(p, text, &consumed);
        QVERIFY(consumed >= 0 && consumed <= text.size());
    }
}

void TestEvents::linearTime_data()
{
    QTest::addColumn<QString>("unit");
    QTest::newRow("open angle brackets") << "<";
    QTest::newRow("unterminated start tags") << "<Event a=\"";
    QTest::newRow("event starts") << "<Event>";
    QTest::newRow("nested unclosed data") << "<Event><EventData><Data Name=\"x\">1";
    QTest::newRow("comment starts") << "<!--";
    QTest::newRow("header lines") << "Log Name: S\nDescription:\n\tStatus:\t";
    QTest::newRow("property lines") << "Id : 1\nMessage : x\n ";
    QTest::newRow("tab table rows") << "Level\tDate and Time\tSource\tEvent ID\tTask Category\n";
}

void TestEvents::linearTime()
{
    QFETCH(QString, unit);
    // The same work per character at two sizes: a quadratic parser would take 16 times longer.
    const auto timeFor = [&unit](int repeat) {
        const QString text = unit.repeated(repeat);
        QElapsedTimer t;
        t.start();
        const auto events = parseEvents(text);
        Q_UNUSED(events);
        return t.nsecsElapsed();
    };
    const int small = 1 << 15;
    timeFor(small); // warm up
    const qint64 a = timeFor(small);
    const qint64 b = timeFor(small * 4);
    QVERIFY2(b < 10 * std::max<qint64>(a, 1000000), qPrintable(QStringLiteral("%1 ns vs %2 ns").arg(a).arg(b)));
}

void TestEvents::mixedText()
{
    // Event Viewer's "Copy details as text" ends with the event's XML: one record, with both.
    const QString text = QStringLiteral(
        "junk before\r\n"
        "Log Name:      Security\r\n"
        "Source:        Microsoft-Windows-Security-Auditing\r\n"
        "Date:          3/14/2025 9:10:15 AM\r\n"
        "Event ID:      4776\r\n"
        "Computer:      DC01.corp.example.net\r\n"
        "Description:\r\n"
        "The computer attempted to validate the credentials for an account.\r\n"
        "\r\n"
        "Authentication Package:\tMICROSOFT_AUTHENTICATION_PACKAGE_V1_0\r\n"
        "Logon Account:\tm.lindqvist\r\n"
        "Source Workstation:\tWKS-0193\r\n"
        "Error Code:\t0xC000006A\r\n"
        "Event Xml:\r\n"
        "<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\">\r\n"
        "  <System>\r\n"
        "    <Provider Name=\"Microsoft-Windows-Security-Auditing\" />\r\n"
        "    <EventID>4776</EventID>\r\n"
        "    <TimeCreated SystemTime=\"2025-03-14T08:10:15.662021700Z\" />\r\n"
        "    <EventRecordID>1121002</EventRecordID>\r\n"
        "    <Channel>Security</Channel>\r\n"
        "  </System>\r\n"
        "  <EventData>\r\n"
        "    <Data Name=\"Status\">0xc000006a</Data>\r\n"
        "  </EventData>\r\n"
        "</Event>\r\n"
        "\r\n"
        "TimeCreated  : 3/14/2025 2:41:07 PM\r\n"
        "ProviderName : Microsoft-Windows-Security-Auditing\r\n"
        "Id           : 4776\r\n"
        "Message      : The computer attempted to validate the credentials for an account.\r\n"
        "               \r\n"
        "               Error Code:\t0xC0000064\r\n"
        "\r\n"
        "<Event><System><EventID>36887</EventID></System><EventData><Data Name=\"AlertDesc\">48</Data></EventData>"
        "</Event>\r\n");
    const auto events = parseEvents(text);
    QCOMPARE(events.size(), size_t(3));
    verify(events, {"0|id=4776", "0|source=1", "0|record=1121002", "0|time=2025-03-14T08:10:15.662021700Z",
                    "0|field:Status=0xC000006A", "0|channel=Security", "1|source=2", "1|field:Status=0xC0000064",
                    "2|source=0", "2|field:AlertDesc=48"});
    // The block keeps both Status values: the rendered one first, the XML one after it.
    int statuses = 0;
    for (const EventField &f : events[0].fields)
        statuses += f.name == u"Status" ? 1 : 0;
    QCOMPARE(statuses, 2);
    verifyOffsets(text, events);
    QVERIFY(events[0].offset + events[0].length <= events[1].offset);
}

void TestEvents::evtxSignature()
{
    QVERIFY(looksLikeEvtx(QByteArrayView("ElfFile\0\0\0\0\0", 12)));
    QVERIFY(!looksLikeEvtx(QByteArrayView("ElfFile", 7)));
    QVERIFY(!looksLikeEvtx(QByteArrayView("ElfFilx\0", 8)));
    QVERIFY(!looksLikeEvtx(QByteArrayView("<Event>\0", 8)));
    QVERIFY(!looksLikeEvtx(QByteArrayView()));
    QVERIFY(!eventSourceName(EventSource::Evtx).isEmpty());
}

QTEST_GUILESS_MAIN(TestEvents)
#include "tst_events.moc"
