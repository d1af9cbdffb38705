// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "events.h"

#include "textsearch.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>

namespace sspilens {

namespace {

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

/// One line of text: [begin, end) without the line break; next is where the following line starts.
struct Line {
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype next = 0;
    bool complete = false; ///< ended by a line break (not by the end of the text)
};

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

// ---------------------------------------------------------------------------------------------
// XML
// ---------------------------------------------------------------------------------------------

struct XmlAttribute {
    QStringView name; ///< local name
    qsizetype valueBegin = 0;
    qsizetype valueEnd = 0;
};

struct XmlTag {
    enum Kind { Start, End, Other } kind = Other;
    QStringView name; ///< local name (after any prefix)
    bool selfClosing = false;
    std::vector<XmlAttribute> attributes;
};

enum class TagRead { Ok, NotATag, CutAtEnd };

QStringView localName(QStringView qualified)
{
    const qsizetype colon = qualified.lastIndexOf(u':');
    return colon < 0 ? qualified : qualified.sliced(colon + 1);
}

bool isNameChar(QChar c)
{
    return !isBlank(c) && c != u'>' && c != u'/' && c != u'<' && c != u'=' && c != u'"' && c != u'\'';
}

/// Reads the markup at text[lt] == '<'. *after is set past its closing '>'. Never looks beyond the
/// next '<' for an ordinary tag, so a stray '<' costs only the characters up to the next one.
TagRead readTag(QStringView text, qsizetype lt, XmlTag &tag, qsizetype *after)
{
    const qsizetype n = text.size();
    tag.kind = XmlTag::Other;
    tag.selfClosing = false;
    tag.attributes.clear();
    qsizetype i = lt + 1;
    if (i >= n)
        return TagRead::CutAtEnd;
    const QStringView rest = text.sliced(i);
    if (rest.startsWith(u"!--")) {
        const qsizetype e = text.indexOf(u"-->", i + 3);
        if (e < 0)
            return TagRead::CutAtEnd;
        *after = e + 3;
        return TagRead::Ok;
    }
    if (rest.startsWith(u"![CDATA[")) {
        const qsizetype e = text.indexOf(u"]]>", i + 8);
        if (e < 0)
            return TagRead::CutAtEnd;
        *after = e + 3;
        return TagRead::Ok;
    }
    if (text[i] == u'?' || text[i] == u'!') {
        for (qsizetype j = i; j < n; ++j) {
            if (text[j] == u'>') {
                *after = j + 1;
                return TagRead::Ok;
            }
            if (text[j] == u'<')
                return TagRead::NotATag;
        }
        return TagRead::CutAtEnd;
    }
    bool end = false;
    if (text[i] == u'/') {
        end = true;
        ++i;
    }
    const qsizetype nameBegin = i;
    while (i < n && isNameChar(text[i]))
        ++i;
    if (i == nameBegin)
        return i >= n ? TagRead::CutAtEnd : TagRead::NotATag;
    tag.name = localName(text.sliced(nameBegin, i - nameBegin));
    tag.kind = end ? XmlTag::End : XmlTag::Start;
    while (true) {
        while (i < n && isBlank(text[i]))
            ++i;
        if (i >= n)
            return TagRead::CutAtEnd;
        const QChar c = text[i];
        if (c == u'>') {
            *after = i + 1;
            return TagRead::Ok;
        }
        if (c == u'/') {
            if (i + 1 >= n)
                return TagRead::CutAtEnd;
            if (text[i + 1] != u'>')
                return TagRead::NotATag;
            tag.selfClosing = true;
            *after = i + 2;
            return TagRead::Ok;
        }
        if (c == u'<' || end)
            return TagRead::NotATag;
        const qsizetype attrBegin = i;
        while (i < n && isNameChar(text[i]))
            ++i;
        if (i == attrBegin)
            return TagRead::NotATag;
        const QStringView attrName = localName(text.sliced(attrBegin, i - attrBegin));
        const bool xmlns = text.sliced(attrBegin, i - attrBegin).startsWith(u"xmlns");
        while (i < n && isBlank(text[i]))
            ++i;
        if (i >= n)
            return TagRead::CutAtEnd;
        if (text[i] != u'=')
            return TagRead::NotATag;
        ++i;
        while (i < n && isBlank(text[i]))
            ++i;
        if (i >= n)
            return TagRead::CutAtEnd;
        const QChar quote = text[i];
        if (quote != u'"' && quote != u'\'')
            return TagRead::NotATag;
        const qsizetype valueBegin = ++i;
        while (i < n && text[i] != quote && text[i] != u'<')
            ++i;
        if (i >= n)
            return TagRead::CutAtEnd;
        if (text[i] == u'<')
            return TagRead::NotATag;
        if (!xmlns)
            tag.attributes.push_back({attrName, valueBegin, i});
        ++i;
    }
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

/// Character and entity references and CDATA sections resolved.
QString decodeXml(QStringView raw)
{
    if (!raw.contains(u'&') && !raw.contains(u"<![CDATA["))
        return raw.toString();
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size();) {
        const QStringView rest = raw.sliced(i);
        if (rest.startsWith(u"<![CDATA[")) {
            const qsizetype e = rest.indexOf(u"]]>");
            if (e < 0) {
                out += rest.sliced(9);
                break;
            }
            out += rest.sliced(9, e - 9);
            i += e + 3;
            continue;
        }
        if (raw[i] != u'&') {
            out += raw[i++];
            continue;
        }
        const qsizetype semi = rest.indexOf(u';');
        if (semi < 2 || semi > 12) {
            out += raw[i++];
            continue;
        }
        const QStringView ref = rest.sliced(1, semi - 1);
        char32_t cp = 0;
        if (ref == u"lt")
            cp = u'<';
        else if (ref == u"gt")
            cp = u'>';
        else if (ref == u"amp")
            cp = u'&';
        else if (ref == u"quot")
            cp = u'"';
        else if (ref == u"apos")
            cp = u'\'';
        else if (ref.startsWith(u'#')) {
            const bool hex = ref.size() > 1 && (ref[1] == u'x' || ref[1] == u'X');
            char32_t v = 0;
            bool ok = ref.size() > (hex ? 2 : 1);
            for (qsizetype k = hex ? 2 : 1; ok && k < ref.size(); ++k) {
                const int d = hex ? hexDigit(ref[k]) : (ref[k].isDigit() ? ref[k].digitValue() : -1);
                ok = d >= 0 && v < 0x110000;
                v = v * (hex ? 16u : 10u) + static_cast<char32_t>(d);
            }
            if (ok && v > 0 && v < 0x110000)
                cp = v;
        }
        if (cp == 0) {
            out += raw[i++];
            continue;
        }
        out += QString::fromUcs4(&cp, 1);
        i += semi + 1;
    }
    return out;
}

struct OpenElement {
    QStringView name;
    qsizetype contentBegin = 0;
    bool hasChild = false;
    QString dataName; ///< EventData/UserData <Data Name="...">
};

/// Parses one <Event> whose start tag is text[lt, after). Returns true when its end tag was seen;
/// *end is where the event's text ends (after </Event>, or where it was cut off).
bool parseXmlEvent(QStringView text, qsizetype lt, qsizetype after, EventRecord &ev, qsizetype *end,
                   bool cutMeansPending, bool *pending)
{
    ev = EventRecord();
    ev.source = EventSource::EventXml;
    ev.offset = lt;
    *pending = false;
    std::vector<OpenElement> stack;
    XmlTag tag;
    int unnamedData = 0;
    bool renderedLevel = false;
    qsizetype i = after;
    const auto inSection = [&stack](QStringView section) { return !stack.empty() && stack.front().name == section; };
    while (true) {
        const qsizetype next = text.indexOf(u'<', i);
        if (next < 0) {
            *end = text.size();
            *pending = cutMeansPending;
            break;
        }
        qsizetype tagEnd = 0;
        const TagRead r = readTag(text, next, tag, &tagEnd);
        if (r == TagRead::CutAtEnd) {
            *end = text.size();
            *pending = cutMeansPending;
            break;
        }
        if (r == TagRead::NotATag) {
            i = next + 1;
            continue;
        }
        i = tagEnd;
        if (tag.kind == XmlTag::Other)
            continue;
        if (tag.kind == XmlTag::Start && tag.name == u"Event") { // the next event: this one was cut
            *end = next;
            ev.length = *end - ev.offset;
            return false;
        }
        if (tag.kind == XmlTag::End) {
            if (tag.name == u"Event") { // closes the event, whatever was left open inside it
                *end = tagEnd;
                ev.length = *end - ev.offset;
                return true;
            }
            // Unwind to the matching element (tolerates unclosed children).
            qsizetype k = static_cast<qsizetype>(stack.size()) - 1;
            while (k >= 0 && stack[static_cast<size_t>(k)].name != tag.name)
                --k;
            if (k < 0)
                continue;
            while (static_cast<qsizetype>(stack.size()) > k + 1)
                stack.pop_back();
            const OpenElement open = stack.back();
            stack.pop_back();
            if (open.hasChild)
                continue;
            const qsizetype vb = open.contentBegin;
            const qsizetype ve = next;
            const QStringView raw = text.sliced(vb, ve - vb);
            const size_t depth = stack.size(); // parents of the closed element
            if (depth == 1 && stack.front().name == u"System") {
                const QString value = decodeXml(trimmedView(raw));
                if (open.name == u"EventID") {
                    bool ok = false;
                    const quint64 id = parseUnsigned(value, &ok);
                    if (ok && id <= 0xFFFFFFFFu)
                        ev.eventId = static_cast<quint32>(id);
                } else if (open.name == u"EventRecordID") {
                    bool ok = false;
                    const quint64 rec = parseUnsigned(value, &ok);
                    if (ok)
                        ev.record = rec;
                } else if (open.name == u"Level") {
                    if (!renderedLevel)
                        ev.level = value;
                } else if (open.name == u"Channel") {
                    ev.channel = value;
                } else if (open.name == u"Computer") {
                    ev.computer = value;
                }
            } else if (depth >= 1 && (inSection(u"EventData") || inSection(u"UserData"))) {
                QString name = open.dataName;
                if (name.isEmpty()) {
                    if (open.name == u"Data")
                        name = u'%' + QString::number(++unnamedData);
                    else if (open.name == u"Binary")
                        continue;
                    else
                        name = open.name.toString();
                }
                addField(ev, std::move(name), vb, ve, decodeXml(raw));
            } else if (depth == 1 && stack.front().name == u"RenderingInfo") {
                if (open.name == u"Message") {
                    addField(ev, QStringLiteral("Message"), vb, ve, decodeXml(raw));
                } else if (open.name == u"Level") {
                    const QString value = decodeXml(trimmedView(raw));
                    if (!value.isEmpty()) {
                        ev.level = value;
                        renderedLevel = true;
                    }
                }
            }
            continue;
        }
        // A start tag.
        if (!stack.empty())
            stack.back().hasChild = true;
        const auto attribute = [&tag](QStringView name) -> const XmlAttribute * {
            for (const XmlAttribute &a : tag.attributes) {
                if (a.name == name)
                    return &a;
            }
            return nullptr;
        };
        const size_t depth = stack.size();
        if (depth == 1 && stack.front().name == u"System") {
            if (tag.name == u"Provider") {
                const XmlAttribute *a = attribute(u"Name");
                if (!a)
                    a = attribute(u"EventSourceName");
                if (a)
                    ev.provider = decodeXml(text.sliced(a->valueBegin, a->valueEnd - a->valueBegin));
            } else if (tag.name == u"TimeCreated") {
                if (const XmlAttribute *a = attribute(u"SystemTime"))
                    ev.time = decodeXml(text.sliced(a->valueBegin, a->valueEnd - a->valueBegin)).trimmed();
            }
        }
        const bool dataSection = depth >= 1 && (inSection(u"EventData") || inSection(u"UserData"));
        QString dataName;
        if (dataSection && tag.name == u"Data") {
            if (const XmlAttribute *a = attribute(u"Name"))
                dataName = decodeXml(text.sliced(a->valueBegin, a->valueEnd - a->valueBegin));
        }
        if (depth >= 1 && inSection(u"UserData")) {
            for (const XmlAttribute &a : tag.attributes) {
                if (tag.name == u"Data" && a.name == u"Name")
                    continue;
                addField(ev, tag.name.toString() + u'.' + a.name.toString(), a.valueBegin, a.valueEnd,
                         decodeXml(text.sliced(a.valueBegin, a.valueEnd - a.valueBegin)));
            }
        }
        if (tag.selfClosing) {
            if (dataSection && tag.name == u"Data") {
                if (dataName.isEmpty())
                    dataName = u'%' + QString::number(++unnamedData);
                addField(ev, std::move(dataName), tagEnd, tagEnd, QString());
            }
            continue;
        }
        OpenElement open;
        open.name = tag.name;
        open.contentBegin = tagEnd;
        open.dataName = std::move(dataName);
        stack.push_back(std::move(open));
    }
    ev.length = *end - ev.offset;
    return false;
}

bool hasContent(const EventRecord &ev)
{
    return ev.eventId != 0 || !ev.provider.isEmpty() || !ev.fields.empty() || ev.record != 0;
}

// ---------------------------------------------------------------------------------------------
// Event Viewer text
// ---------------------------------------------------------------------------------------------

enum class Header {
    None,
    LogName,
    Source,
    Date,
    EventId,
    TaskCategory,
    Level,
    Keywords,
    User,
    Computer,
    Description,
    EventXml
};

struct HeaderLabel {
    const char16_t *label;
    Header header;
};

// The headers of "Copy details as text". English as Event Viewer writes them. zh-TW as seen in a
// real export quoted on Microsoft Q&A (https://learn.microsoft.com/en-us/answers/questions/368708/
// msexchange-rbac-258-and-msexchange-rbac-80-errors) and in two GitHub files (search-index ids
// 37043885883 and 11691833586, the second with 「事件 Xml:」). zh-CN as seen in a GitHub file that
// copies a 4688 event (search-index id 41211395491).
const HeaderLabel kHeaderLabels[] = {
    {u"Log Name", Header::LogName},
    {u"Source", Header::Source},
    {u"Date", Header::Date},
    {u"Event ID", Header::EventId},
    {u"Task Category", Header::TaskCategory},
    {u"Level", Header::Level},
    {u"Keywords", Header::Keywords},
    {u"User", Header::User},
    {u"Computer", Header::Computer},
    {u"Description", Header::Description},
    {u"Event Xml", Header::EventXml},
    {u"記錄檔名稱", Header::LogName},
    {u"來源", Header::Source},
    {u"日期", Header::Date},
    {u"事件識別碼", Header::EventId},
    {u"工作類別", Header::TaskCategory},
    {u"層級", Header::Level},
    {u"關鍵字", Header::Keywords},
    {u"使用者", Header::User},
    {u"電腦", Header::Computer},
    {u"描述", Header::Description},
    {u"事件 Xml", Header::EventXml},
    {u"日志名称", Header::LogName},
    {u"来源", Header::Source},
    {u"事件 ID", Header::EventId},
    {u"任务类别", Header::TaskCategory},
    {u"级别", Header::Level},
    {u"关键字", Header::Keywords},
    {u"用户", Header::User},
    {u"计算机", Header::Computer},
};

/// The header a line starts with, and where its value starts.
Header matchHeader(QStringView text, const Line &line, qsizetype *valueBegin)
{
    qsizetype b = line.begin;
    while (b < line.end && (text[b] == u' ' || text[b] == u'\t'))
        ++b;
    if (b - line.begin > 8 || b >= line.end)
        return Header::None;
    const QStringView rest = text.sliced(b, line.end - b);
    // Most lines of a log start with a digit or a word no header starts with: one look at the
    // first character instead of 30 case-insensitive comparisons.
    static const QString firstChars = [] {
        QString chars;
        for (const HeaderLabel &h : kHeaderLabels) {
            const QChar c = QChar(h.label[0]).toCaseFolded();
            if (!chars.contains(c))
                chars += c;
        }
        return chars;
    }();
    if (!containsUnit(firstChars, folded(rest[0])))
        return Header::None;
    for (const HeaderLabel &h : kHeaderLabels) {
        const QStringView label(h.label);
        if (rest.size() <= label.size() || !rest.startsWith(label, Qt::CaseInsensitive) || !isColon(rest[label.size()]))
            continue;
        qsizetype v = b + label.size() + 1;
        while (v < line.end && isBlank(text[v]))
            ++v;
        *valueBegin = v;
        return h.header;
    }
    return Header::None;
}

QStringView lineValue(QStringView text, qsizetype begin, qsizetype end)
{
    while (end > begin && isBlank(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

/// Fills the block's gaps from the event XML that "Copy details as text" appends.
void mergeXml(EventRecord &block, const EventRecord &xml)
{
    if (block.eventId == 0)
        block.eventId = xml.eventId;
    if (block.record == 0)
        block.record = xml.record;
    if (!xml.time.isEmpty())
        block.time = xml.time; // SystemTime is exact and UTC; the rendered date is local
    if (block.channel.isEmpty())
        block.channel = xml.channel;
    if (block.provider.isEmpty())
        block.provider = xml.provider;
    if (block.computer.isEmpty())
        block.computer = xml.computer;
    if (block.level.isEmpty())
        block.level = xml.level;
    for (const EventField &f : xml.fields)
        block.fields.push_back(f);
}

/// The tab-delimited "Save as Text" table starting at the header line @p header; returns where it
/// ends (the first line that is not a row).
qsizetype parseTabTable(QStringView text, const Line &header, std::vector<EventRecord> &out, qsizetype *lastRow)
{
    const QStringView firstCell = text.sliced(header.begin, header.end - header.begin).split(u'\t').front();
    const bool keywordsColumn = equalsAscii(trimmedView(firstCell), u"Keywords");
    qsizetype pos = header.next;
    while (pos < text.size()) {
        const Line line = lineAt(text, pos);
        qsizetype cellBegin[5];
        qsizetype cellEnd[5];
        qsizetype c = line.begin;
        int cells = 0;
        for (; cells < 5; ++cells) {
            const qsizetype tab = text.sliced(c, line.end - c).indexOf(u'\t');
            if (tab < 0)
                break;
            cellBegin[cells] = c;
            cellEnd[cells] = c + tab;
            c += tab + 1;
        }
        if (cells < 5)
            break;
        bool ok = false;
        const quint64 id = parseUnsigned(text.sliced(cellBegin[3], cellEnd[3] - cellBegin[3]), &ok);
        if (!ok || id > 0xFFFFFFFFu)
            break;
        EventRecord ev;
        ev.source = EventSource::EventViewerText;
        ev.offset = line.begin;
        ev.eventId = static_cast<quint32>(id);
        *lastRow = line.begin;
        const QString first = lineValue(text, cellBegin[0], cellEnd[0]).toString();
        if (keywordsColumn)
            addRawField(ev, QStringLiteral("Keywords"), text, cellBegin[0], cellBegin[0] + first.size());
        else
            ev.level = first;
        ev.time = isoFromRendered(text.sliced(cellBegin[1], cellEnd[1] - cellBegin[1]));
        ev.provider = lineValue(text, cellBegin[2], cellEnd[2]).toString();
        addRawField(ev, QStringLiteral("TaskCategory"), text, cellBegin[4],
                    cellBegin[4] + lineValue(text, cellBegin[4], cellEnd[4]).size());
        // The description: quoted (with "" for ") when it holds line breaks or tabs.
        qsizetype msgBegin = c;
        qsizetype msgEnd = line.end;
        qsizetype rowEnd = line.next;
        if (msgBegin < line.end && text[msgBegin] == u'"') {
            qsizetype q = msgBegin + 1;
            while (true) {
                q = text.indexOf(u'"', q);
                if (q < 0) {
                    q = text.size();
                    break;
                }
                if (q + 1 < text.size() && text[q + 1] == u'"') {
                    q += 2;
                    continue;
                }
                break;
            }
            msgEnd = q;
            ++msgBegin;
            rowEnd = lineAt(text, std::min(q, text.size())).next;
        }
        addMessage(text, msgBegin, msgEnd, ev);
        qsizetype evEnd = rowEnd;
        while (evEnd > ev.offset && isBlank(text[evEnd - 1]))
            --evEnd;
        ev.length = evEnd - ev.offset;
        out.push_back(std::move(ev));
        pos = rowEnd;
    }
    return pos;
}

/// Whether @p line may open an Event Viewer block or table: a "Log Name" header in one of its
/// languages, or a row with a tab near its start (a tab-delimited header). Every line of a plain
/// log gets this test and nothing more, so it looks at a few characters only; matchHeader() and
/// isTabTableHeader() decide.
bool mayOpenBlock(QStringView text, const Line &line)
{
    static const QString firstChars = [] {
        QString chars;
        for (const HeaderLabel &h : kHeaderLabels) {
            const QChar c = QChar(h.label[0]).toCaseFolded();
            if (h.header == Header::LogName && !chars.contains(c))
                chars += c;
        }
        return chars;
    }();
    const qsizetype limit = std::min(line.end, line.begin + 24);
    for (qsizetype i = line.begin; i < limit; ++i) {
        if (text[i] == u'\t')
            return true;
    }
    qsizetype b = line.begin;
    while (b < limit && text[b] == u' ')
        ++b;
    return b < limit && b - line.begin <= 8 && containsUnit(firstChars, folded(text[b]));
}

bool isTabTableHeader(QStringView text, const Line &line)
{
    const QStringView row = text.sliced(line.begin, line.end - line.begin);
    // The first cell is a level ("Level", 「層級」): a short one. Most log lines stop here, unread.
    if (row.first(std::min<qsizetype>(row.size(), 24)).indexOf(u'\t') < 0 || row.count(u'\t') < 4)
        return false;
    const auto cells = row.split(u'\t');
    const QStringView source = trimmedView(cells[2]);
    const QStringView id = trimmedView(cells[3]);
    return (equalsAscii(source, u"Source") || source == u"來源" || source == u"来源")
           && (equalsAscii(id, u"Event ID") || id == u"事件識別碼" || id == u"事件 ID");
}

// ---------------------------------------------------------------------------------------------
// PowerShell Format-List
// ---------------------------------------------------------------------------------------------

/// "Name<spaces>: value" at column 0: the property's name and where its value starts. The colon
/// comes within kMaxPropertyLabel characters (Format-List pads the names of one record to the
/// longest), so that whether a line is a property is known from its start.
constexpr qsizetype kMaxPropertyLabel = 256;

bool matchProperty(QStringView text, const Line &line, QStringView *name, qsizetype *valueBegin)
{
    qsizetype i = line.begin;
    const qsizetype labelEnd = std::min(line.end, line.begin + kMaxPropertyLabel);
    if (i >= line.end || !text[i].isLetter() || text[i].unicode() > 127)
        return false;
    while (i < labelEnd && text[i].unicode() < 128 && text[i].isLetterOrNumber())
        ++i;
    const qsizetype nameEnd = i;
    if (i >= labelEnd || text[i] != u' ')
        return false;
    while (i < labelEnd && text[i] == u' ')
        ++i;
    if (i >= labelEnd || text[i] != u':')
        return false;
    ++i;
    if (i < line.end && text[i] != u' ')
        return false;
    if (i < line.end)
        ++i;
    *name = text.sliced(line.begin, nameEnd - line.begin);
    *valueBegin = i;
    return true;
}

struct PsProperty {
    QStringView name;
    qsizetype valueBegin = 0;
    qsizetype valueEnd = 0; ///< end of its last line (continuation lines included)
};

void finishPsRecord(QStringView text, const std::vector<PsProperty> &props, qsizetype begin, qsizetype end,
                    std::vector<EventRecord> &out)
{
    EventRecord ev;
    ev.source = EventSource::PowerShellList;
    ev.offset = begin;
    bool hasId = false;
    bool hasOther = false;
    bool levelFromDisplayName = false;
    for (const PsProperty &p : props) {
        qsizetype lineEnd = lineAt(text, p.valueBegin).end;
        lineEnd = std::min(lineEnd, p.valueEnd);
        const QStringView first = lineValue(text, p.valueBegin, lineEnd);
        if (p.name == u"Id") {
            bool ok = false;
            const quint64 id = parseUnsigned(first, &ok);
            if (ok && id <= 0xFFFFFFFFu) {
                ev.eventId = static_cast<quint32>(id);
                hasId = true;
            }
        } else if (p.name == u"TimeCreated") {
            ev.time = isoFromRendered(first);
            hasOther = true;
        } else if (p.name == u"ProviderName") {
            ev.provider = first.toString();
            hasOther = true;
        } else if (p.name == u"RecordId") {
            bool ok = false;
            const quint64 rec = parseUnsigned(first, &ok);
            if (ok)
                ev.record = rec;
        } else if (p.name == u"LogName") {
            ev.channel = first.toString();
        } else if (p.name == u"MachineName") {
            ev.computer = first.toString();
        } else if (p.name == u"LevelDisplayName") {
            ev.level = first.toString();
            levelFromDisplayName = true;
        } else if (p.name == u"Level") {
            if (!levelFromDisplayName)
                ev.level = first.toString();
        } else if (p.name == u"Message") {
            hasOther = true;
        } else if (!first.isEmpty()) {
            addRawField(ev, p.name.toString(), text, p.valueBegin, p.valueBegin + first.size());
        }
    }
    if (!hasId || !hasOther)
        return;
    for (const PsProperty &p : props) {
        if (p.name == u"Message")
            addMessage(text, p.valueBegin, p.valueEnd, ev);
    }
    while (end > begin && isBlank(text[end - 1]))
        --end;
    ev.length = end - begin;
    out.push_back(std::move(ev));
}

} // namespace

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
// Parsers
// ---------------------------------------------------------------------------------------------

std::vector<EventRecord> parseEventXml(QStringView text, qsizetype *consumed)
{
    std::vector<EventRecord> out;
    qsizetype pending = text.size();
    XmlTag tag;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype lt = textsearch::find(text.utf16(), i, text.size(), u'<');
        if (lt < 0)
            break;
        qsizetype after = 0;
        const TagRead r = readTag(text, lt, tag, &after);
        if (r == TagRead::CutAtEnd) {
            if (consumed)
                pending = lt;
            break;
        }
        if (r == TagRead::NotATag) {
            i = lt + 1;
            continue;
        }
        if (tag.kind != XmlTag::Start || tag.name != u"Event" || tag.selfClosing) {
            i = after;
            continue;
        }
        EventRecord ev;
        qsizetype end = 0;
        bool isPending = false;
        parseXmlEvent(text, lt, after, ev, &end, consumed != nullptr, &isPending);
        if (isPending) {
            pending = lt;
            break;
        }
        if (hasContent(ev))
            out.push_back(std::move(ev));
        i = std::max(end, after);
    }
    if (consumed)
        *consumed = pending;
    return out;
}

namespace {

/// An unfinished last line is held back (it may go on in the next piece) only while it may still
/// matter: a line this long that has not shown the start of a property or header never will (both
/// are decided by the first kMaxPropertyLabel characters at most), and holding it would hold every
/// finding of a log written as one long line (wevtutil's XML, a minified JSON) until its end.
constexpr qsizetype kDecidedLine = 4096;

std::vector<EventRecord> parseEventViewerText(QStringView text, qsizetype start, qsizetype *consumed)
{
    std::vector<EventRecord> out;
    EventRecord block;
    bool inBlock = false;
    bool inDescription = false;
    qsizetype descBegin = -1;
    qsizetype descEnd = -1;
    qsizetype xmlBegin = -1;
    qsizetype lastContentEnd = 0; ///< end of the block's last non-blank line
    int blankRun = 0;
    qsizetype holdFrom = -1;           ///< start of what may go on in the next piece of a stream
    qsizetype lastIncompleteLine = -1; ///< a last line without its line break

    const auto close = [&]() {
        if (!inBlock)
            return;
        if (inDescription)
            addMessage(text, descBegin, std::max(descBegin, xmlBegin >= 0 ? descEnd : lastContentEnd), block);
        if (xmlBegin >= 0 && lastContentEnd > xmlBegin) {
            auto xml = parseEventXml(text.sliced(xmlBegin, lastContentEnd - xmlBegin));
            if (!xml.empty()) {
                EventRecord x = std::move(xml.front());
                for (EventField &f : x.fields)
                    f.valueOffset += xmlBegin;
                mergeXml(block, x);
            }
        }
        block.length = std::max(block.offset, lastContentEnd) - block.offset;
        if (block.eventId != 0 || inDescription)
            out.push_back(std::move(block));
        block = EventRecord();
        inBlock = false;
        inDescription = false;
        descBegin = descEnd = xmlBegin = -1;
        blankRun = 0;
        holdFrom = -1;
    };

    for (qsizetype pos = start; pos < text.size();) {
        const Line line = lineAt(text, pos);
        if (!line.complete && consumed) {
            // A piece of a stream: the line may go on in the next piece.
            if (inBlock || line.end - line.begin < kDecidedLine || mayOpenBlock(text, line))
                lastIncompleteLine = line.begin;
            break;
        }
        pos = line.next;
        if (!inBlock && !mayOpenBlock(text, line))
            continue;
        if (isBlankLine(text, line)) {
            if (inBlock && inDescription && ++blankRun >= 2)
                close(); // two blank lines end a description: what follows is not the event's
            continue;
        }
        blankRun = 0;
        qsizetype v = 0;
        const Header h = matchHeader(text, line, &v);
        if (h == Header::LogName) {
            close();
            inBlock = true;
            holdFrom = line.begin;
            block.source = EventSource::EventViewerText;
            block.offset = line.begin;
            block.channel = lineValue(text, v, line.end).toString();
            lastContentEnd = line.end;
            continue;
        }
        if (inBlock && !inDescription && xmlBegin < 0 && h == Header::None)
            close(); // the header part is only header lines: this is not an Event Viewer block
        if (!inBlock) {
            if (isTabTableHeader(text, line)) {
                qsizetype lastRow = line.begin;
                pos = parseTabTable(text, line, out, &lastRow);
                // A piece of a stream keeps the whole table: its rows mean nothing without the header.
                holdFrom = line.begin;
            }
            continue;
        }
        lastContentEnd = line.end;
        if (xmlBegin >= 0) {
            const QStringView row = text.sliced(line.begin, line.end - line.begin);
            if (row.contains(u"</Event>") || (row.contains(u"</") && row.contains(u":Event>")))
                close(); // the block ends with its event's XML
            continue;
        }
        if (inDescription) {
            if (h == Header::EventXml) {
                descEnd = line.begin;
                xmlBegin = line.next;
            }
            continue;
        }
        const QStringView value = lineValue(text, v, line.end);
        switch (h) {
        case Header::Source: block.provider = value.toString(); break;
        case Header::Date: block.time = isoFromRendered(value); break;
        case Header::EventId: {
            bool ok = false;
            const quint64 id = parseUnsigned(value, &ok);
            if (ok && id <= 0xFFFFFFFFu)
                block.eventId = static_cast<quint32>(id);
            break;
        }
        case Header::TaskCategory:
            if (!value.isEmpty())
                addRawField(block, QStringLiteral("TaskCategory"), text, v, v + value.size());
            break;
        case Header::Level: block.level = value.toString(); break;
        case Header::Keywords:
            if (!value.isEmpty())
                addRawField(block, QStringLiteral("Keywords"), text, v, v + value.size());
            break;
        case Header::User:
            if (!value.isEmpty())
                addRawField(block, QStringLiteral("User"), text, v, v + value.size());
            break;
        case Header::Computer: block.computer = value.toString(); break;
        case Header::Description:
            inDescription = true;
            descBegin = value.isEmpty() ? line.next : v;
            break;
        case Header::EventXml: xmlBegin = line.next; break;
        case Header::LogName:
        case Header::None: break;
        }
    }
    qsizetype pending = text.size();
    if (holdFrom >= 0)
        pending = holdFrom;
    if (lastIncompleteLine >= 0)
        pending = std::min(pending, lastIncompleteLine);
    close();
    if (!consumed)
        return out;
    *consumed = pending;
    out.erase(std::remove_if(out.begin(), out.end(), [pending](const EventRecord &e) { return e.offset >= pending; }),
              out.end());
    return out;
}

std::vector<EventRecord> parsePowerShellList(QStringView text, qsizetype start, qsizetype *consumed)
{
    std::vector<EventRecord> out;
    std::vector<PsProperty> props;
    qsizetype recordBegin = -1;
    qsizetype recordEnd = 0;
    qsizetype lastIncompleteLine = -1;
    const auto finish = [&]() {
        if (recordBegin >= 0 && !props.empty())
            finishPsRecord(text, props, recordBegin, recordEnd, out);
        props.clear();
        recordBegin = -1;
    };
    for (qsizetype pos = start; pos < text.size();) {
        const Line line = lineAt(text, pos);
        QStringView name;
        qsizetype v = 0;
        const bool property = matchProperty(text, line, &name, &v);
        if (!line.complete && consumed) {
            // A piece of a stream: the line may go on in the next piece.
            if (recordBegin >= 0 || line.end - line.begin < kDecidedLine || property)
                lastIncompleteLine = line.begin;
            break;
        }
        pos = line.next;
        if (property) {
            bool repeat = false;
            for (const PsProperty &p : props)
                repeat = repeat || p.name == name;
            if (repeat)
                finish();
            if (recordBegin < 0)
                recordBegin = line.begin;
            props.push_back({name, v, line.end});
            recordEnd = line.end;
            continue;
        }
        if (recordBegin < 0)
            continue;
        if (isBlankLine(text, line))
            continue;
        if (text[line.begin] == u' ' || text[line.begin] == u'\t') { // a continuation line
            props.back().valueEnd = line.end;
            recordEnd = line.end;
            continue;
        }
        finish(); // something else at column 0
    }
    if (consumed) {
        qsizetype pending = text.size();
        if (recordBegin >= 0)
            pending = recordBegin;
        if (lastIncompleteLine >= 0)
            pending = std::min(pending, lastIncompleteLine);
        if (recordBegin >= 0 && recordBegin < pending)
            finish();
        *consumed = pending;
        return out;
    }
    finish();
    return out;
}

} // namespace

std::vector<EventRecord> parseEventViewerText(QStringView text, qsizetype *consumed)
{
    return parseEventViewerText(text, 0, consumed);
}

std::vector<EventRecord> parsePowerShellList(QStringView text, qsizetype *consumed)
{
    return parsePowerShellList(text, 0, consumed);
}

std::vector<EventRecord> parseEvents(QStringView text, qsizetype *consumed, bool startsMidLine)
{
    qsizetype cx = text.size();
    qsizetype ct = text.size();
    qsizetype cp = text.size();
    // The rest of a line whose start an earlier piece had: not a line for the line parsers.
    const qsizetype firstLine = startsMidLine ? lineAt(text, 0).next : 0;
    std::vector<EventRecord> textEvents = parseEventViewerText(text, firstLine, consumed ? &ct : nullptr);
    std::vector<EventRecord> xmlEvents = parseEventXml(text, consumed ? &cx : nullptr);
    std::vector<EventRecord> psEvents = parsePowerShellList(text, firstLine, consumed ? &cp : nullptr);
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
