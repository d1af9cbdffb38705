// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// What the event parsers share (helpers, rendered dates, message labels), EventRecord and parseEvents().
#include "events.h"

#include "events_p.h"
#include "textsearch.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>

namespace sspilens {

namespace eventtext {

bool isBlank(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\r' || u == u'\n' || u == 0x00A0 || u == 0x3000;
}

bool isColon(QChar c)
{
    return c.unicode() == u':' || c.unicode() == 0xFF1A; // full-width colon of CJK renderings
}

QStringView trimmedView(QStringView s)
{
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && isBlank(s[b]))
        ++b;
    while (e > b && isBlank(s[e - 1]))
        --e;
    return s.sliced(b, e - b);
}

/// QString::contains(QChar) for a set of a few characters, without the call into a search made
/// for long strings (it runs for every line of a log).
bool containsUnit(const QString &set, QChar c)
{
    return std::find(set.cbegin(), set.cend(), c) != set.cend();
}

/// QChar::toCaseFolded(), without a call for ASCII (the first character of every line).
QChar folded(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return QChar(u >= u'A' && u <= u'Z' ? char16_t(u | 0x20) : u);
    return c.toCaseFolded();
}

bool equalsAscii(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

Line lineAt(QStringView text, qsizetype from)
{
    Line line;
    line.begin = from;
    const qsizetype nl = textsearch::find(text.utf16(), from, text.size(), u'\n');
    if (nl < 0) {
        line.end = text.size();
        line.next = text.size();
    } else {
        line.end = nl;
        line.next = nl + 1;
        line.complete = true;
    }
    if (line.end > line.begin && text[line.end - 1] == u'\r')
        --line.end;
    return line;
}

bool isBlankLine(QStringView text, const Line &line)
{
    for (qsizetype i = line.begin; i < line.end; ++i) {
        if (!isBlank(text[i]))
            return false;
    }
    return true;
}

QStringView lineValue(QStringView text, qsizetype begin, qsizetype end)
{
    while (end > begin && isBlank(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

void addField(EventRecord &event, QString name, qsizetype begin, qsizetype end, QString value)
{
    EventField f;
    f.name = std::move(name);
    f.value = std::move(value);
    f.valueOffset = begin;
    f.valueLength = end - begin;
    event.fields.push_back(std::move(f));
}

void addRawField(EventRecord &event, QString name, QStringView text, qsizetype begin, qsizetype end)
{
    addField(event, std::move(name), begin, end, text.sliced(begin, end - begin).toString());
}

// ---------------------------------------------------------------------------------------------
// Rendered dates
// ---------------------------------------------------------------------------------------------

/// "2024/6/4 下午 02:03:04", "6/4/2024 2:03:04 PM", "2022/12/26 16:33:23" -> "2024-06-04T14:03:04".
/// Day-first and month-first dates without an AM/PM marker cannot be told apart (6/4/2024): those,
/// and anything else we do not recognise, are returned as written.
QString isoFromRendered(QStringView written)
{
    const QStringView s = trimmedView(written);
    if (s.size() >= 10 && s[4] == u'-' && s[7] == u'-' && s.contains(u'T'))
        return s.toString(); // already ISO 8601
    int numbers[7] = {};
    int digits[7] = {};
    int count = 0;
    int ampm = 0; // 1 = AM, 2 = PM
    for (qsizetype i = 0; i < s.size();) {
        const QChar c = s[i];
        if (c.isDigit() && c.unicode() < 128) {
            if (count == 7)
                return s.toString();
            int value = 0;
            int n = 0;
            while (i < s.size() && s[i].unicode() >= u'0' && s[i].unicode() <= u'9' && n < 6) {
                value = value * 10 + (s[i].unicode() - u'0');
                ++n;
                ++i;
            }
            numbers[count] = value;
            digits[count] = n;
            ++count;
            continue;
        }
        const QStringView rest = s.sliced(i);
        if (rest.startsWith(u"上午") || rest.startsWith(u"AM", Qt::CaseInsensitive)) {
            ampm = 1;
            i += 2;
            continue;
        }
        if (rest.startsWith(u"下午") || rest.startsWith(u"PM", Qt::CaseInsensitive)) {
            ampm = 2;
            i += 2;
            continue;
        }
        const char16_t u = c.unicode();
        if (u != u'/' && u != u'-' && u != u'.' && u != u':' && !isBlank(c))
            return s.toString();
        ++i;
    }
    if (count < 5 || count > 6)
        return s.toString();
    int year = 0;
    int month = 0;
    int day = 0;
    if (digits[0] == 4) {
        year = numbers[0];
        month = numbers[1];
        day = numbers[2];
    } else if (digits[2] == 4) {
        year = numbers[2];
        if (numbers[0] > 12) { // day first
            day = numbers[0];
            month = numbers[1];
        } else if (numbers[1] > 12 || ampm != 0) { // month first (en-US writes AM/PM)
            month = numbers[0];
            day = numbers[1];
        } else {
            return s.toString();
        }
    } else {
        return s.toString();
    }
    int hour = numbers[3];
    const int minute = numbers[4];
    const int second = count == 6 ? numbers[5] : 0;
    if (ampm == 1 && hour == 12)
        hour = 0;
    else if (ampm == 2 && hour < 12)
        hour += 12;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return s.toString();
    const auto two = [](int v) { return QString::number(v).rightJustified(2, QLatin1Char('0')); };
    return QStringLiteral("%1-%2-%3T%4:%5:%6")
        .arg(QString::number(year).rightJustified(4, QLatin1Char('0')), two(month), two(day), two(hour), two(minute),
             two(second));
}

quint64 parseUnsigned(QStringView s, bool *ok)
{
    const QStringView t = trimmedView(s);
    return t.toULongLong(ok, 10);
}

} // namespace eventtext

namespace {

using namespace eventtext;

// ---------------------------------------------------------------------------------------------
// Message labels -> XML names
// ---------------------------------------------------------------------------------------------

// Localized labels of the Security events' messages, mapped to the English label Windows shows.
// Only labels seen in real Windows output are listed; each group names where it was seen.
struct LocalizedLabel {
    const char16_t *label;
    const char *english;
};

const LocalizedLabel kLocalizedLabels[] = {
    // zh-TW 4624/4625/4776 as printed by Windows (AUDIT_SUCCESS/FAILURE message strings in a Java
    // test of a Taiwanese collector, GitHub file, search-index id 6893885637) and Exabeam's parsers
    // for zh-TW logs: ExabeamLabs/Content-Doc DataSources/Microsoft/Microsoft_Windows/Parsers/
    // parserContent_syslog-4625-ch.md @16600c5a, -4776-ch.md @1ac18fbf.
    {u"主旨", "Subject"},
    {u"安全性識別碼", "Security ID"},
    {u"帳戶名稱", "Account Name"},
    {u"帳戶網域", "Account Domain"},
    {u"登入識別碼", "Logon ID"},
    {u"登入類型", "Logon Type"},
    {u"登入失敗的帳戶", "Account For Which Logon Failed"},
    {u"新登入", "New Logon"},
    {u"失敗資訊", "Failure Information"},
    {u"失敗原因", "Failure Reason"},
    {u"狀態", "Status"},
    {u"子狀態", "Sub Status"},
    {u"處理程序資訊", "Process Information"},
    {u"呼叫者處理程序識別碼", "Caller Process ID"},
    {u"呼叫者處理程序名稱", "Caller Process Name"},
    {u"網路資訊", "Network Information"},
    {u"工作站名稱", "Workstation Name"},
    {u"來源網路位址", "Source Network Address"},
    {u"來源連接埠", "Source Port"},
    {u"詳細驗證資訊", "Detailed Authentication Information"},
    {u"登入處理程序", "Logon Process"},
    {u"驗證封裝", "Authentication Package"},
    {u"轉送的服務", "Transited Services"},
    {u"封裝名稱 (僅限 NTLM)", "Package Name (NTLM only)"},
    {u"金鑰長度", "Key Length"},
    {u"登入 GUID", "Logon GUID"},
    {u"登入帳戶", "Logon Account"},
    {u"來源工作站", "Source Workstation"},
    {u"錯誤碼", "Error Code"}, // 4776 "Error Code" and 4769 "Failure Code": both the XML Status
    // zh-TW 4624/4771 "主體：" / "帳戶資訊：" from a NetIQ Sentinel probe of real DCs quoted in a
    // test of a Taiwanese tool (GitHub file, search-index id 62026317783).
    {u"主體", "Subject"},
    {u"帳戶資訊", "Account Information"},
    // zh-TW 4768 and 4769: ExabeamLabs/Content-Doc .../parserContent_syslog-4768-ch.md @e935a0e4
    // and .../parserContent_syslog-4769-ch.md (search-index ids 4324319726, 3997179886).
    {u"支援領域名稱", "Supplied Realm Name"},
    {u"使用者識別碼", "User ID"},
    {u"服務資訊", "Service Information"},
    {u"服務名稱", "Service Name"},
    {u"服務識別碼", "Service ID"},
    {u"用戶端位址", "Client Address"},
    {u"用戶端連接埠", "Client Port"},
    {u"結果碼", "Result Code"},
    {u"票證選項", "Ticket Options"},
    {u"票證加密類型", "Ticket Encryption Type"},
    // zh-CN 4625 copied from Event Viewer (GitHub files, search-index ids 39904375265 and
    // 48396969817, the second a winlogbeat "message" with "主题:" of older builds) and zh-CN 4771
    // (search-index id 4579349368).
    {u"使用者", "Subject"},
    {u"主题", "Subject"},
    {u"安全 ID", "Security ID"},
    {u"帐户名", "Account Name"},
    {u"帐户名称", "Account Name"},
    {u"帐户域", "Account Domain"},
    {u"登录 ID", "Logon ID"},
    {u"登录类型", "Logon Type"},
    {u"登录失败的帐户", "Account For Which Logon Failed"},
    {u"失败信息", "Failure Information"},
    {u"失败原因", "Failure Reason"},
    {u"状态", "Status"},
    {u"子状态", "Sub Status"},
    {u"进程信息", "Process Information"},
    {u"调用方进程 ID", "Caller Process ID"},
    {u"调用方进程名", "Caller Process Name"},
    {u"网络信息", "Network Information"},
    {u"工作站名", "Workstation Name"},
    {u"源网络地址", "Source Network Address"},
    {u"源端口", "Source Port"},
    {u"详细身份验证信息", "Detailed Authentication Information"},
    {u"登录进程", "Logon Process"},
    {u"身份验证数据包", "Authentication Package"},
    {u"传递服务", "Transited Services"},
    {u"数据包名(仅限 NTLM)", "Package Name (NTLM only)"},
    {u"密钥长度", "Key Length"},
    {u"帐户信息", "Account Information"},
    {u"服务信息", "Service Information"},
    {u"服务名称", "Service Name"},
    {u"客户端地址", "Client Address"},
    {u"客户端端口", "Client Port"},
    {u"附加信息", "Additional Information"},
    {u"票证选项", "Ticket Options"},
    {u"失败代码", "Failure Code"},
    {u"预身份验证类型", "Pre-Authentication Type"},
    {u"证书信息", "Certificate Information"},
    {u"证书颁发者名称", "Certificate Issuer Name"},
    {u"证书序列号", "Certificate Serial Number"},
    {u"证书指纹", "Certificate Thumbprint"},
    // zh-CN NTLM validation fields of event 680, the Windows Server 2003 form of 4776, in a Snare
    // syslog line (GitHub files, search-index ids 28430292434, 28290824470).
    {u"登录帐户", "Logon Account"},
    {u"源工作站", "Source Workstation"},
    {u"错误代码", "Error Code"},
};

/// (event, section, label) -> XML name; event 0 and an empty section match any.
struct LabelRule {
    quint32 eventId;
    const char *section;
    const char *label;
    const char *xmlName;
};

const LabelRule kLabelRules[] = {
    // Any event.
    {0, "", "Failure Reason", "FailureReason"},
    {0, "", "Status", "Status"},
    {0, "", "Sub Status", "SubStatus"},
    {0, "", "Failure Code", "Status"},
    {0, "", "Result Code", "Status"},
    {0, "", "Error Code", "Status"},
    {0, "", "Logon Type", "LogonType"},
    {0, "", "Ticket Options", "TicketOptions"},
    {0, "", "Ticket Encryption Type", "TicketEncryptionType"},
    {0, "", "Pre-Authentication Type", "PreAuthType"},
    {0, "", "Client Address", "IpAddress"},
    {0, "", "Client Port", "IpPort"},
    {0, "", "Service Name", "ServiceName"},
    {0, "", "Service ID", "ServiceSid"},
    {0, "", "Supplied Realm Name", "TargetDomainName"},
    {0, "", "User ID", "TargetSid"},
    {0, "", "Logon Account", "TargetUserName"},
    {0, "", "Source Workstation", "Workstation"},
    {0, "", "Workstation Name", "WorkstationName"},
    {0, "", "Source Network Address", "IpAddress"},
    {0, "", "Source Port", "IpPort"},
    {0, "", "Caller Process ID", "ProcessId"},
    {0, "", "Caller Process Name", "ProcessName"},
    {0, "", "Process ID", "ProcessId"},
    {0, "", "Process Name", "ProcessName"},
    {0, "", "Logon Process", "LogonProcessName"},
    {0, "", "Authentication Package", "AuthenticationPackageName"},
    {0, "", "Transited Services", "TransmittedServices"},
    {0, "", "Package Name (NTLM only)", "LmPackageName"},
    {0, "", "Key Length", "KeyLength"},
    {0, "", "Certificate Issuer Name", "CertIssuerName"},
    {0, "", "Certificate Serial Number", "CertSerialNumber"},
    {0, "", "Certificate Thumbprint", "CertThumbprint"},
    {0, "", "Caller Computer Name", "TargetDomainName"},
    {0, "", "Target Server Name", "TargetServerName"},
    {0, "", "Logon GUID", "LogonGuid"},
    {0, "Subject", "Security ID", "SubjectUserSid"},
    {0, "Subject", "Account Name", "SubjectUserName"},
    {0, "Subject", "Account Domain", "SubjectDomainName"},
    {0, "Subject", "Logon ID", "SubjectLogonId"},
    {0, "Account For Which Logon Failed", "Security ID", "TargetUserSid"},
    {0, "Account For Which Logon Failed", "Account Name", "TargetUserName"},
    {0, "Account For Which Logon Failed", "Account Domain", "TargetDomainName"},
    {0, "New Logon", "Security ID", "TargetUserSid"},
    {0, "New Logon", "Account Name", "TargetUserName"},
    {0, "New Logon", "Account Domain", "TargetDomainName"},
    {0, "New Logon", "Logon ID", "TargetLogonId"},
    {0, "Account Whose Credentials Were Used", "Account Name", "TargetUserName"},
    {0, "Account Whose Credentials Were Used", "Account Domain", "TargetDomainName"},
    {0, "Account Whose Credentials Were Used", "Logon GUID", "TargetLogonGuid"},
    {0, "Account That Was Locked Out", "Security ID", "TargetSid"},
    {0, "Account That Was Locked Out", "Account Name", "TargetUserName"},
    {0, "Account Information", "Security ID", "TargetSid"},
    {0, "Account Information", "Account Name", "TargetUserName"},
    {0, "Account Information", "Account Domain", "TargetDomainName"},
    {0, "Target Server", "Additional Information", "TargetInfo"},
    // Event-specific names.
    {4776, "", "Authentication Package", "PackageName"},
};

struct LabelTables {
    QHash<QString, QString> english; ///< localized label -> English label (both case-folded)
    QHash<QString, QString> rules;   ///< "event|section|label" (case-folded) -> XML name
};

QString ruleKey(quint32 eventId, QStringView section, QStringView label)
{
    return QString::number(eventId) + u'|' + section.toString() + u'|' + label.toString();
}

const LabelTables &labelTables()
{
    static const LabelTables tables = [] {
        LabelTables t;
        for (const auto &l : kLocalizedLabels)
            t.english.insert(QString::fromUtf16(l.label).toCaseFolded(), QString::fromLatin1(l.english).toCaseFolded());
        for (const auto &r : kLabelRules) {
            t.rules.insert(ruleKey(r.eventId, QString::fromLatin1(r.section).toCaseFolded(),
                                   QString::fromLatin1(r.label).toCaseFolded()),
                           QString::fromLatin1(r.xmlName));
        }
        return t;
    }();
    return tables;
}

/// The English label (case-folded) for a label as written in any supported language.
QString canonicalLabel(QStringView label)
{
    const QString folded = label.toString().toCaseFolded();
    const auto &english = labelTables().english;
    const auto it = english.constFind(folded);
    return it == english.cend() ? folded : *it;
}

QString xmlNameFor(quint32 eventId, const QString &section, const QString &label)
{
    const auto &rules = labelTables().rules;
    for (const QString &key : {ruleKey(eventId, section, label), ruleKey(eventId, {}, label),
                               ruleKey(0, section, label), ruleKey(0, {}, label)}) {
        const auto it = rules.constFind(key);
        if (it != rules.cend())
            return *it;
    }
    return {};
}

/// Reads the "Label:<tab>value" lines of a rendered message in [begin, end). A "Label:" line
/// without a value starts a section ("Subject:", "Account For Which Logon Failed:"), which
/// decides what "Account Name:" means.
void parseMessageFields(QStringView text, qsizetype begin, qsizetype end, EventRecord &event)
{
    QString section;
    for (qsizetype pos = begin; pos < end;) {
        Line line = lineAt(text, pos);
        if (line.end > end)
            line.end = end;
        pos = line.next;
        qsizetype b = line.begin;
        while (b < line.end && isBlank(text[b]))
            ++b;
        if (b == line.end)
            continue;
        const bool indented = b > line.begin;
        qsizetype colon = -1;
        for (qsizetype i = b; i < line.end && i - b <= 64; ++i) {
            if (isColon(text[i])) {
                colon = i;
                break;
            }
            if (text[i] == u'\t')
                break;
        }
        if (colon < 0)
            continue;
        const QStringView label = trimmedView(text.sliced(b, colon - b));
        if (label.isEmpty() || label.endsWith(u'.'))
            continue;
        qsizetype v = colon + 1;
        bool tab = false;
        while (v < line.end && isBlank(text[v])) {
            tab = tab || text[v] == u'\t';
            ++v;
        }
        qsizetype ve = line.end;
        while (ve > v && isBlank(text[ve - 1]))
            --ve;
        const QString canonical = canonicalLabel(label);
        if (v == ve) {
            section = canonical;
            continue;
        }
        const qsizetype gap = v - colon - 1;
        if (!(tab || gap >= 2 || (indented && gap >= 1)))
            continue;
        QString name = xmlNameFor(event.eventId, section, canonical);
        if (name.isEmpty())
            name = label.toString();
        addRawField(event, std::move(name), text, v, ve);
    }
}

} // namespace

namespace eventtext {

/// Adds the whole message as the field "Message" and reads its labelled lines.
void addMessage(QStringView text, qsizetype begin, qsizetype end, EventRecord &event)
{
    while (end > begin && isBlank(text[end - 1]))
        --end;
    while (begin < end && (text[begin] == u' ' || text[begin] == u'\t'))
        ++begin;
    if (begin >= end)
        return;
    addRawField(event, QStringLiteral("Message"), text, begin, end);
    parseMessageFields(text, begin, end, event);
}

} // namespace eventtext

using namespace eventtext;

// ---------------------------------------------------------------------------------------------
// EventRecord
// ---------------------------------------------------------------------------------------------

const EventField *EventRecord::findField(QStringView name) const
{
    for (const EventField &f : fields) {
        if (equalsAscii(f.name, name))
            return &f;
    }
    return nullptr;
}

QString EventRecord::field(QStringView name) const
{
    const EventField *f = findField(name);
    return f ? f->value : QString();
}

QString EventRecord::account() const
{
    const auto clean = [this](QStringView name) {
        QString v = field(name).trimmed();
        return v == u"-" ? QString() : v;
    };
    for (const auto &[userField, domainField] :
         {std::pair{u"TargetUserName", u"TargetDomainName"}, std::pair{u"SubjectUserName", u"SubjectDomainName"}}) {
        QString user = clean(userField);
        if (user.isEmpty())
            continue;
        const QString domain = clean(domainField);
        if (domain.isEmpty() || user.contains(u'\\') || user.contains(u'@'))
            return user;
        return domain + u'\\' + user;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// All parsers
// ---------------------------------------------------------------------------------------------

std::vector<EventRecord> parseEventViewerText(QStringView text, qsizetype *consumed)
{
    return eventtext::parseEventViewerText(text, 0, consumed);
}

std::vector<EventRecord> parsePowerShellList(QStringView text, qsizetype *consumed)
{
    return eventtext::parsePowerShellList(text, 0, consumed);
}

std::vector<EventRecord> parseEvents(QStringView text, qsizetype *consumed, bool startsMidLine)
{
    qsizetype cx = text.size();
    qsizetype ct = text.size();
    qsizetype cp = text.size();
    // The rest of a line whose start an earlier piece had: not a line for the line parsers.
    const qsizetype firstLine = startsMidLine ? lineAt(text, 0).next : 0;
    std::vector<EventRecord> textEvents = eventtext::parseEventViewerText(text, firstLine, consumed ? &ct : nullptr);
    std::vector<EventRecord> xmlEvents = parseEventXml(text, consumed ? &cx : nullptr);
    std::vector<EventRecord> psEvents = eventtext::parsePowerShellList(text, firstLine, consumed ? &cp : nullptr);
    const qsizetype pending = std::min({cx, ct, cp});
    std::vector<EventRecord> all;
    all.reserve(textEvents.size() + xmlEvents.size() + psEvents.size());
    // An XML event inside a text block (its "Event Xml:" part) is already merged into the block.
    size_t t = 0;
    for (EventRecord &x : xmlEvents) {
        while (t < textEvents.size() && textEvents[t].offset + textEvents[t].length <= x.offset)
            ++t;
        const bool inside = t < textEvents.size() && textEvents[t].offset <= x.offset
                            && x.offset < textEvents[t].offset + textEvents[t].length;
        if (!inside)
            all.push_back(std::move(x));
    }
    for (EventRecord &e : textEvents)
        all.push_back(std::move(e));
    for (EventRecord &e : psEvents)
        all.push_back(std::move(e));
    std::stable_sort(all.begin(), all.end(),
                     [](const EventRecord &a, const EventRecord &b) { return a.offset < b.offset; });
    if (consumed) {
        all.erase(
            std::remove_if(all.begin(), all.end(), [pending](const EventRecord &e) { return e.offset >= pending; }),
            all.end());
        *consumed = pending;
    }
    return all;
}

bool looksLikeEvtx(QByteArrayView head)
{
    return head.size() >= 8 && head.first(8) == QByteArrayView("ElfFile\0", 8);
}

QString eventSourceName(EventSource source)
{
    switch (source) {
    case EventSource::EventXml: return QCoreApplication::translate("Events", "Event XML");
    case EventSource::EventViewerText: return QCoreApplication::translate("Events", "Event Viewer text");
    case EventSource::PowerShellList: return QCoreApplication::translate("Events", "PowerShell list");
    case EventSource::Evtx: return QCoreApplication::translate("Events", "Windows event log file (.evtx)");
    }
    return {};
}

} // namespace sspilens
