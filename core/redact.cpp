// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "redact.h"

#include "events.h"

#include <algorithm>

namespace sspilens {

namespace {

const char *const kPrefixes[] = {"USER", "HOST", "DOMAIN", "IP", "SID", "EMAIL"};

/// Names that say nothing about a site: never masked.
bool isWellKnown(QStringView name)
{
    static const char *const names[] = {
        "-",
        "n/a",
        "null sid",
        "system",
        "local service",
        "network service",
        "anonymous logon",
        "nt authority",
        "authority",
        "builtin",
        "nt service",
        "service",
        "window manager",
        "manager",
        "font driver host",
        "host",
        "iis apppool",
        "apppool",
        "localhost",
        "workgroup",
        "krbtgt",
        "nt virtual machine",
        "machine",
        "everyone",
        "local",
        "127.0.0.1",
        "::1",
        "0.0.0.0",
        "::",
    };
    const QString lower = name.trimmed().toString().toLower();
    if (lower.isEmpty())
        return true;
    return std::any_of(std::begin(names), std::end(names),
                       [&lower](const char *n) { return lower == QLatin1String(n); });
}

bool isAlnum(QChar c)
{
    return c.isLetterOrNumber();
}

/// Characters of a name (NetBIOS, DNS label, account).
bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.';
}

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

/// Length of an IPv4 address at @p at, or 0.
qsizetype ipv4At(QStringView t, qsizetype at)
{
    qsizetype i = at;
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (i >= t.size() || t[i] != u'.')
                return 0;
            ++i;
        }
        int value = 0;
        int digits = 0;
        while (i < t.size() && isDigit(t[i]) && digits < 4) {
            value = value * 10 + (t[i].unicode() - u'0');
            ++digits;
            ++i;
        }
        if (digits == 0 || digits > 3 || value > 255)
            return 0;
    }
    if (i < t.size() && (isAlnum(t[i]) || (t[i] == u'.' && i + 1 < t.size() && isDigit(t[i + 1]))))
        return 0;
    return i - at;
}

/// Length of an IPv6 address at @p at (with an embedded IPv4 and a %zone), or 0.
qsizetype ipv6At(QStringView t, qsizetype at)
{
    qsizetype end = at;
    while (end < t.size() && (isHex(t[end]) || t[end] == u':'))
        ++end;
    if (end < t.size() && (t[end].isLetter() || t[end] == u'_'))
        return 0;
    const QStringView run = t.sliced(at, end - at);
    const qsizetype doubleColon = run.indexOf(u"::");
    if (doubleColon >= 0 && run.indexOf(u"::", doubleColon + 1) >= 0)
        return 0;
    const auto colons = run.count(u':');
    if (doubleColon < 0 && colons != 7) {
        // Six groups and an IPv4 address.
        if (colons != 6)
            return 0;
    }
    // At least one decimal digit: "a::b" and "de::ad" are C++ and Perl, not addresses.
    if (run.size() < 3 || colons < 2 || std::none_of(run.begin(), run.end(), isDigit))
        return 0;
    // Every group 1-4 hex digits.
    int digits = 0;
    for (QChar c : run) {
        if (c == u':') {
            digits = 0;
        } else if (++digits > 4) {
            return 0;
        }
    }
    qsizetype length = run.size();
    if (end < t.size() && t[end] == u'.') {
        // The last group was the first part of an embedded IPv4 address.
        qsizetype start = end;
        while (start > at && t[start - 1] != u':')
            --start;
        const qsizetype v4 = ipv4At(t, start);
        if (v4 == 0)
            return 0;
        length = start + v4 - at;
    } else if (doubleColon < 0 && colons != 7) {
        return 0;
    }
    if (at + length < t.size() && t[at + length] == u'%') {
        qsizetype z = at + length + 1;
        while (z < t.size() && isAlnum(t[z]))
            ++z;
        length = z - at;
    }
    return length;
}

/// Length of a domain SID (S-1-5-21-a-b-c[-rid], or Azure AD's S-1-12-1-...) at @p at, or 0.
qsizetype sidAt(QStringView t, qsizetype at)
{
    static const QLatin1String heads[] = {QLatin1String("S-1-5-21-"), QLatin1String("S-1-12-1-")};
    for (const QLatin1String &head : heads) {
        if (!t.sliced(at).startsWith(head, Qt::CaseInsensitive))
            continue;
        qsizetype i = at + head.size();
        int parts = 0;
        while (i < t.size() && isDigit(t[i])) {
            while (i < t.size() && isDigit(t[i]))
                ++i;
            ++parts;
            if (i + 1 < t.size() && t[i] == u'-' && isDigit(t[i + 1]))
                ++i;
            else
                break;
        }
        if (parts >= 3 && (i >= t.size() || !isAlnum(t[i])))
            return i - at;
    }
    return 0;
}

/// End of the run of name characters from @p at (a trailing "." or "-" left out).
qsizetype nameEnd(QStringView t, qsizetype at, bool dollar = false)
{
    qsizetype i = at;
    while (i < t.size() && (isNameChar(t[i]) || (dollar && t[i] == u'$')))
        ++i;
    while (i > at && (t[i - 1] == u'.' || t[i - 1] == u'-'))
        --i;
    return i;
}

} // namespace

bool Redactor::kindOfField(QStringView field, Kind *kind)
{
    static const struct {
        const char *name;
        Kind kind;
    } fields[] = {
        {"TargetUserName", Kind::User},
        {"SubjectUserName", Kind::User},
        {"TargetOutboundUserName", Kind::User},
        {"AccountName", Kind::User},
        {"UserName", Kind::User},
        {"User", Kind::User},
        {"SamAccountName", Kind::User},
        {"ServiceName", Kind::User},
        {"MemberName", Kind::User},
        {"TargetDomainName", Kind::Domain},
        {"SubjectDomainName", Kind::Domain},
        {"TargetOutboundDomainName", Kind::Domain},
        {"AccountDomain", Kind::Domain},
        {"DomainName", Kind::Domain},
        {"Domain", Kind::Domain},
        {"WorkstationName", Kind::Host},
        {"Workstation", Kind::Host},
        {"Computer", Kind::Host},
        {"CallerComputerName", Kind::Host},
        {"TargetServerName", Kind::Host},
        {"ClientName", Kind::Host},
        {"MachineName", Kind::Host},
        {"HostName", Kind::Host},
        {"ServerName", Kind::Host},
        {"IpAddress", Kind::Ip},
        {"ClientAddress", Kind::Ip},
        {"SourceAddress", Kind::Ip},
        {"DestAddress", Kind::Ip},
        {"SourceNetworkAddress", Kind::Ip},
        {"TargetUserSid", Kind::Sid},
        {"SubjectUserSid", Kind::Sid},
        {"TargetSid", Kind::Sid},
        {"UserSid", Kind::Sid},
        {"Sid", Kind::Sid},
    };
    for (const auto &f : fields) {
        if (field.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0) {
            *kind = f.kind;
            return true;
        }
    }
    return false;
}

void Redactor::learn(const EventRecord &event)
{
    if (!event.computer.isEmpty())
        value(Kind::Host, event.computer);
    for (const EventField &f : event.fields) {
        Kind kind = Kind::User;
        if (kindOfField(f.name, &kind))
            value(kind, f.value);
    }
}

QString Redactor::field(QStringView field, QStringView text)
{
    Kind kind = Kind::User;
    return kindOfField(field, &kind) ? value(kind, text) : this->text(text);
}

QString Redactor::mask(Kind kind, QStringView name)
{
    const QString key = name.toString().toLower();
    const auto it = m_masks.constFind(key);
    if (it != m_masks.cend())
        return *it;
    const auto k = static_cast<size_t>(kind);
    QString masked = QStringLiteral("%1-%2").arg(QLatin1String(kPrefixes[k]), QString::number(++m_counters[k]));
    remember(key, masked);
    return masked;
}

void Redactor::remember(const QString &name, const QString &masked)
{
    const QString key = name.toLower();
    if (m_masks.contains(key))
        return;
    m_masks.insert(key, masked);
    if (key.size() < 2)
        return; // a one-letter name is masked where it is a field, not in free text
    std::vector<QString> &names = m_byPrefix[key.first(2)];
    names.push_back(key);
    std::stable_sort(names.begin(), names.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::value(Kind kind, QStringView raw)
{
    const QStringView v = raw.trimmed();
    if (isWellKnown(v))
        return raw.toString();
    switch (kind) {
    case Kind::User: {
        const qsizetype slash = v.indexOf(u'\\');
        if (slash > 0 && slash + 1 < v.size()) {
            if (isWellKnown(v.first(slash)))
                return raw.toString();
            return value(Kind::Domain, v.first(slash)) + u'\\' + value(Kind::User, v.sliced(slash + 1));
        }
        const qsizetype at = v.lastIndexOf(u'@');
        if (at > 0 && at + 1 < v.size())
            return value(Kind::User, v.first(at)) + u'@' + value(Kind::Domain, v.sliced(at + 1));
        if (v.size() > 1 && v.endsWith(u'$'))
            return value(Kind::Host, v.chopped(1)) + u'$';
        // A service principal name: the service class stays, the host (and its port) is a host.
        const qsizetype spn = v.indexOf(u'/');
        if (spn > 0 && spn + 1 < v.size()) {
            QStringView host = v.sliced(spn + 1);
            QStringView rest;
            const qsizetype colon = host.indexOf(u':');
            const qsizetype tail = host.indexOf(u'/');
            const qsizetype cut = colon >= 0 && (tail < 0 || colon < tail) ? colon : tail;
            if (cut > 0) {
                rest = host.sliced(cut);
                host = host.first(cut);
            }
            return v.first(spn + 1).toString() + value(Kind::Host, host) + rest.toString();
        }
        if (v.startsWith(QLatin1String("S-1-"), Qt::CaseInsensitive))
            return value(Kind::Sid, v);
        return mask(Kind::User, v);
    }
    case Kind::Host: {
        QStringView host = v;
        QString lead;
        while (host.startsWith(u'\\')) {
            lead += u'\\';
            host = host.sliced(1);
        }
        if (host.isEmpty() || isWellKnown(host))
            return raw.toString();
        if (ipv4At(host, 0) == host.size() || ipv6At(host, 0) == host.size())
            return lead + value(Kind::Ip, host);
        const qsizetype dot = host.indexOf(u'.');
        if (dot > 0 && dot + 1 < host.size()) {
            const QString masked = mask(Kind::Host, host.first(dot)) + u'.' + value(Kind::Domain, host.sliced(dot + 1));
            remember(host.toString(), masked);
            return lead + masked;
        }
        return lead + mask(Kind::Host, host);
    }
    case Kind::Domain:
        if (v.contains(u'.'))
            m_domains.insert(v.toString().toLower(), true);
        return mask(Kind::Domain, v);
    case Kind::Ip:
        if (v.startsWith(QLatin1String("::ffff:"), Qt::CaseInsensitive) && ipv4At(v, 7) == v.size() - 7)
            return v.first(7).toString() + value(Kind::Ip, v.sliced(7));
        return mask(Kind::Ip, v);
    case Kind::Sid:
        if (sidAt(v, 0) != v.size())
            return raw.toString(); // a well-known SID (S-1-5-18) names no one
        return mask(Kind::Sid, v);
    case Kind::Email: return mask(Kind::Email, v);
    }
    return raw.toString();
}

qsizetype Redactor::knownAt(QStringView t, qsizetype at, QString *masked) const
{
    if (at + 2 > t.size())
        return 0;
    const auto it = m_byPrefix.constFind(t.sliced(at, 2).toString().toLower());
    if (it == m_byPrefix.cend())
        return 0;
    for (const QString &name : *it) {
        const qsizetype end = at + name.size();
        if (end > t.size() || (end < t.size() && isAlnum(t[end])))
            continue;
        if (t.sliced(at, name.size()).compare(name, Qt::CaseInsensitive) == 0) {
            *masked = m_masks.value(name);
            return name.size();
        }
    }
    return 0;
}

qsizetype Redactor::patternAt(QStringView t, qsizetype at, QString *masked)
{
    const QChar before = at > 0 ? t[at - 1] : QChar();
    if (const qsizetype n = sidAt(t, at)) {
        *masked = mask(Kind::Sid, t.sliced(at, n));
        return n;
    }
    if (before != u':') {
        if (const qsizetype n = ipv4At(t, at)) {
            *masked = value(Kind::Ip, t.sliced(at, n));
            return n;
        }
        if (const qsizetype n = ipv6At(t, at)) {
            *masked = value(Kind::Ip, t.sliced(at, n));
            return n;
        }
    }
    if (!isNameChar(t[at]))
        return 0;
    const qsizetype end = nameEnd(t, at);
    if (end == at)
        return 0;
    const QStringView name = t.sliced(at, end - at);
    // \\server
    if (at >= 2 && before == u'\\' && t[at - 2] == u'\\' && (at < 3 || t[at - 3] != u'\\')) {
        *masked = value(Kind::Host, name);
        return end - at;
    }
    // user@domain
    if (end + 1 < t.size() && t[end] == u'@' && isNameChar(t[end + 1])) {
        const qsizetype domainEnd = nameEnd(t, end + 1);
        const QStringView domain = t.sliced(end + 1, domainEnd - end - 1);
        if (domain.contains(u'.') || m_masks.contains(domain.toString().toLower())) {
            *masked = value(Kind::User, t.sliced(at, domainEnd - at));
            return domainEnd - at;
        }
    }
    // DOMAIN\user, not a path (C:\Windows\System32, HKLM\SOFTWARE\...)
    if (end + 1 < t.size() && t[end] == u'\\' && before != u'\\' && before != u':' && before != u'/' && before != u'%'
        && name.size() > 1 && !isWellKnown(name) && isNameChar(t[end + 1])) {
        const qsizetype userEnd = nameEnd(t, end + 1, true);
        if (userEnd >= t.size() || (t[userEnd] != u'\\' && t[userEnd] != u'/')) {
            *masked = value(Kind::User, t.sliced(at, userEnd - at));
            return userEnd - at;
        }
    }
    // host.known-domain
    for (qsizetype dot = name.indexOf(u'.'); dot > 0; dot = name.indexOf(u'.', dot + 1)) {
        if (m_domains.contains(name.sliced(dot + 1).toString().toLower())) {
            *masked = value(Kind::Host, name);
            return end - at;
        }
    }
    return 0;
}

QString Redactor::text(QStringView t)
{
    QString out;
    out.reserve(t.size());
    qsizetype i = 0;
    while (i < t.size()) {
        const bool boundary = i == 0 || !isAlnum(t[i - 1]);
        if (boundary) {
            QString masked;
            // Shapes first: "CONTOSO\\alice" is a domain and a user even when only the domain is known.
            qsizetype n = patternAt(t, i, &masked);
            if (n == 0)
                n = knownAt(t, i, &masked);
            if (n > 0) {
                out += masked;
                i += n;
                continue;
            }
        }
        // Up to the next boundary: the rest of this word, then one other character.
        const qsizetype from = i;
        while (i < t.size() && isAlnum(t[i]))
            ++i;
        if (i == from)
            ++i;
        out += t.sliced(from, i - from);
    }
    return out;
}

} // namespace sspilens
