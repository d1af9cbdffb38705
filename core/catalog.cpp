// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "catalog.h"

#include "catalog/families.h"
#include "messagetext.h"

#include <QCoreApplication>

#include <algorithm>

namespace sspilens {

QString symbolSearchKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || c == u'_' || c == u'-')
            continue;
        key.append(c.toUpper());
    }
    return key;
}

QString formatHex(quint32 value)
{
    return QStringLiteral("0x") + QString::number(value, 16).rightJustified(8, QLatin1Char('0')).toUpper();
}

QString formatValue(Family family, quint32 value)
{
    switch (family) {
    case Family::Kerberos:
        return QStringLiteral("0x") + QString::number(value, 16).toUpper().rightJustified(2, QLatin1Char('0'));
    case Family::TlsAlert:
    case Family::Win32: return QString::number(value);
    case Family::Sspi:
    case Family::NtStatus:
    case Family::HResult: break;
    }
    return formatHex(value);
}

QString StatusCode::hex() const
{
    return formatHex(value);
}

QStringList StatusCode::aliasList() const
{
    QStringList list;
    for (const char *a : aliases)
        list << QString::fromLatin1(a);
    return list;
}

QStringList StatusCode::allNames() const
{
    return QStringList{symbolString()} + aliasList();
}

QString trCatalog(const char *source)
{
    if (!source || !*source)
        return {};
    return QCoreApplication::translate("Catalog", source);
}

QString familyKey(Family family)
{
    switch (family) {
    case Family::Sspi: return QStringLiteral("sspi");
    case Family::NtStatus: return QStringLiteral("ntstatus");
    case Family::Kerberos: return QStringLiteral("kerberos");
    case Family::TlsAlert: return QStringLiteral("tls-alert");
    case Family::Win32: return QStringLiteral("win32");
    case Family::HResult: return QStringLiteral("hresult");
    }
    return {};
}

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Success: return QStringLiteral("success");
    case Severity::Informational: return QStringLiteral("informational");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

QString categoryKey(Category category)
{
    switch (category) {
    case Category::SuccessContinuation: return QStringLiteral("success");
    case Category::CredentialsLogon: return QStringLiteral("credentials");
    case Category::ContextTokens: return QStringLiteral("context");
    case Category::MessagesCryptography: return QStringLiteral("messages");
    case Category::CertificatesSmartCards: return QStringLiteral("certificates");
    case Category::KerberosKdc: return QStringLiteral("kerberos");
    case Category::PackagesSystem: return QStringLiteral("system");
    }
    return {};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Success: return QCoreApplication::translate("Catalog", "Success");
    case Severity::Informational: return QCoreApplication::translate("Catalog", "Informational");
    case Severity::Error: return QCoreApplication::translate("Catalog", "Error");
    }
    return {};
}

QString categoryName(Category category)
{
    switch (category) {
    case Category::SuccessContinuation: return QCoreApplication::translate("Catalog", "Success & continuation");
    case Category::CredentialsLogon: return QCoreApplication::translate("Catalog", "Credentials & logon");
    case Category::ContextTokens: return QCoreApplication::translate("Catalog", "Security context & tokens");
    case Category::MessagesCryptography: return QCoreApplication::translate("Catalog", "Messages & cryptography");
    case Category::CertificatesSmartCards: return QCoreApplication::translate("Catalog", "Certificates & smart cards");
    case Category::KerberosKdc: return QCoreApplication::translate("Catalog", "Kerberos & KDC");
    case Category::PackagesSystem: return QCoreApplication::translate("Catalog", "Security packages & system");
    }
    return {};
}

QString packageName(Package package)
{
    switch (package) {
    case Kerberos: return QStringLiteral("Kerberos");
    case Ntlm: return QStringLiteral("NTLM");
    case Negotiate: return QStringLiteral("Negotiate");
    case Schannel: return QStringLiteral("Schannel");
    case CredSsp: return QStringLiteral("CredSSP");
    case Digest: return QStringLiteral("Digest");
    case NoPackage: break;
    }
    return {};
}

QStringList packageNames(Packages packages)
{
    QStringList names;
    for (int bit = 0; bit < PackageCount; ++bit) {
        const auto p = static_cast<Package>(1 << bit);
        if (packages & p)
            names << packageName(p);
    }
    return names;
}

std::vector<StatusCode> catalogData()
{
    std::vector<StatusCode> all;
    for (auto part :
         {sspiCodes, ntstatusCodes, kerberosKdcCodes, kerberosApCodes, tlsAlertCodes, win32Codes, hresultCodes}) {
        std::vector<StatusCode> codes = part();
        std::move(codes.begin(), codes.end(), std::back_inserter(all));
    }
    return all;
}

quint64 Catalog::identity(Family family, quint32 value)
{
    return (quint64(family) << 32) | value;
}

Catalog::Catalog() : m_codes(catalogData()), m_localized(localizedMessageData())
{
    std::stable_sort(m_codes.begin(), m_codes.end(), [](const StatusCode &a, const StatusCode &b) {
        if (a.family != b.family)
            return a.family < b.family;
        return a.value < b.value;
    });
    for (int i = 0; i < size(); ++i) {
        const StatusCode &c = m_codes[static_cast<size_t>(i)];
        m_byValue.insert(identity(c.family, c.value), i);
        for (const QString &name : c.allNames())
            m_bySymbol.insert(symbolSearchKey(name), i);
        // Success shares its text with every other success code; it would only add noise.
        if (c.windowsMessage && c.severity != Severity::Success)
            m_byMessage[normaliseMessage(QString::fromUtf8(c.windowsMessage))].append(i);
        for (const char *text : c.fingerprints)
            m_byMessage[normaliseMessage(QString::fromUtf8(text))].append(i);
    }
    for (int i = 0; i < int(m_localized.size()); ++i) {
        const LocalizedMessage &m = m_localized[size_t(i)];
        m_localizedByCode[identity(m.family, m.value)].append(i);
        const auto code = m_byValue.constFind(identity(m.family, m.value));
        if (code != m_byValue.cend())
            m_byMessage[normaliseMessage(QString::fromUtf8(m.text))].append(*code);
    }
    for (auto &list : m_byMessage) {
        std::stable_sort(list.begin(), list.end(),
                         [this](int a, int b) { return m_codes[size_t(a)].severity > m_codes[size_t(b)].severity; });
    }
}

const Catalog &Catalog::instance()
{
    static const Catalog catalog;
    return catalog;
}

const StatusCode *Catalog::byValue(quint32 value, Family family) const
{
    const auto it = m_byValue.constFind(identity(family, value));
    return it == m_byValue.cend() ? nullptr : &m_codes[static_cast<size_t>(*it)];
}

QList<const StatusCode *> Catalog::allByValue(quint32 value) const
{
    QList<const StatusCode *> result;
    for (int f = 0; f <= int(Family::HResult); ++f) {
        if (const StatusCode *c = byValue(value, Family(f)))
            result << c;
    }
    return result;
}

const StatusCode *Catalog::wrappedWin32(quint32 value) const
{
    return (value & 0xFFFF0000u) == 0x80070000u ? byValue(value & 0xFFFFu, Family::Win32) : nullptr;
}

const StatusCode *Catalog::wrappedNtStatus(quint32 value) const
{
    return (value & 0x10000000u) ? byValue(value & ~0x10000000u, Family::NtStatus) : nullptr;
}

const StatusCode *Catalog::bySymbol(QStringView symbol) const
{
    const auto it = m_bySymbol.constFind(symbolSearchKey(symbol));
    return it == m_bySymbol.cend() ? nullptr : &m_codes[static_cast<size_t>(*it)];
}

QList<const StatusCode *> Catalog::byMessage(QStringView text) const
{
    QList<const StatusCode *> result;
    const auto it = m_byMessage.constFind(normaliseMessage(text));
    if (it != m_byMessage.cend()) {
        for (int i : *it)
            result << &m_codes[static_cast<size_t>(i)];
    }
    return result;
}

QList<const LocalizedMessage *> Catalog::localizedMessages(const StatusCode &code) const
{
    QList<const LocalizedMessage *> result;
    for (int i : m_localizedByCode.value(identity(code.family, code.value)))
        result << &m_localized[size_t(i)];
    return result;
}

const StatusCode *Catalog::entryOf(const LocalizedMessage &message) const
{
    return byValue(message.value, message.family);
}

const StatusCode *Catalog::entryOf(const RelatedCode &related) const
{
    if (related.symbol) {
        const StatusCode *bySymbolEntry = bySymbol(QString::fromLatin1(related.symbol));
        if (bySymbolEntry && bySymbolEntry->family == related.family)
            return bySymbolEntry;
    }
    return related.family == Family::Sspi && !related.value ? nullptr : byValue(related.value, related.family);
}

quint32 Catalog::valueOf(const RelatedCode &related) const
{
    const StatusCode *entry = entryOf(related);
    return entry ? entry->value : related.value;
}

int Catalog::nameCount() const
{
    int n = 0;
    for (const StatusCode &c : m_codes)
        n += 1 + static_cast<int>(c.aliases.size());
    return n;
}

bool Catalog::inSspiRange(quint32 value)
{
    return (value & 0xFFFFFF00u) == 0x80090300u || (value & 0xFFFFFF00u) == 0x00090300u;
}

QString Catalog::normaliseMessage(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    char16_t last = 0; // the last character written, as in the text
    for (QChar c : text) {
        const char16_t ch = c.unicode();
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace && !messagetext::isWide(last) && !messagetext::isWide(ch))
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        out.append(QChar(messagetext::fold(ch)));
        last = ch;
    }
    while (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

} // namespace sspilens
