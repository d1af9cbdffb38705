// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "lookup.h"

#include "catalog.h"

#include <QCoreApplication>

// Translation context "Lookup" for the notes on wrapped values.
class Lookup
{
    Q_DECLARE_TR_FUNCTIONS(Lookup)
};

namespace sspilens {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool allOf(QStringView s, bool (*pred)(QChar))
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!pred(c))
            return false;
    }
    return true;
}

bool isDecimalDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

std::optional<quint32> parseHexDigits(QStringView digits)
{
    // Strip leading zeros so that "00000000FFFFFFFF" style padding is accepted.
    while (digits.size() > 8 && digits.front() == u'0')
        digits = digits.mid(1);
    if (digits.isEmpty() || digits.size() > 16 || !allOf(digits, isHexDigit))
        return std::nullopt;
    bool ok = false;
    const qulonglong v = digits.toULongLong(&ok, 16);
    if (!ok)
        return std::nullopt;
    if (v <= 0xFFFFFFFFull)
        return static_cast<quint32>(v);
    // Sign-extended 64-bit form of a negative 32-bit value: 0xFFFFFFFF8009xxxx.
    if ((v >> 32) == 0xFFFFFFFFull && (v & 0x80000000ull))
        return static_cast<quint32>(v & 0xFFFFFFFFull);
    return std::nullopt;
}

QString lowerFolded(QStringView s)
{
    return s.toString().toCaseFolded();
}

constexpr Family kFamilies[] = {Family::Sspi,     Family::NtStatus, Family::Kerberos,
                                Family::TlsAlert, Family::Win32,    Family::HResult};

/// SSPI, NTSTATUS and HRESULT values use all 32 bits; Kerberos, TLS alert and Win32 numbers are small.
bool isWideFamily(Family family)
{
    return family == Family::Sspi || family == Family::NtStatus || family == Family::HResult;
}

bool isFamilyNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
}

constexpr quint32 kNtBit = 0x10000000u;

/// "HRESULT_FROM_WIN32(ERROR_LOGON_FAILURE)" / "HRESULT_FROM_NT(STATUS_WRONG_PASSWORD)": the inner
/// symbol or number, looked up in its family.
const StatusCode *wrappedSymbol(QStringView text, const Catalog &catalog, LookupResult::Via *via)
{
    const QString key = symbolSearchKey(text);
    Family family = Family::Win32;
    QString inner;
    if (key.startsWith(QLatin1String("HRESULTFROMWIN32("))) {
        *via = LookupResult::Via::HResultFromWin32;
        inner = text.mid(text.indexOf(QLatin1Char('(')) + 1).toString();
    } else if (key.startsWith(QLatin1String("HRESULTFROMNT("))) {
        *via = LookupResult::Via::HResultFromNt;
        family = Family::NtStatus;
        inner = text.mid(text.indexOf(QLatin1Char('(')) + 1).toString();
    } else {
        return nullptr;
    }
    inner = inner.trimmed();
    if (!inner.endsWith(QLatin1Char(')')))
        return nullptr;
    inner.chop(1);
    if (const auto v = parseStatusValue(inner))
        return catalog.byValue(*v, family);
    const StatusCode *c = catalog.bySymbol(inner);
    return c && c->family == family ? c : nullptr;
}

/// "kerberos:KRB5KDC_ERR_PREAUTH_FAILED", "tls-alert:handshake_failure": a name (symbol or alias,
/// any case and spacing) of one family, or nullptr.
const StatusCode *symbolInFamily(QStringView name, Family family, const Catalog &catalog)
{
    if (const StatusCode *c = catalog.bySymbol(name); c && c->family == family)
        return c;
    const QString key = symbolSearchKey(name);
    if (key.isEmpty())
        return nullptr;
    for (const StatusCode &c : catalog.codes()) {
        if (c.family != family)
            continue;
        for (const QString &n : c.allNames()) {
            if (symbolSearchKey(n) == key)
                return &c;
        }
    }
    return nullptr;
}

/// The anatomy says something about 32-bit values and the families that use all 32 bits.
bool anatomyApplies(quint32 value, std::optional<Family> family)
{
    return value >= 0x10000u || !family || isWideFamily(*family);
}

} // namespace

std::optional<Family> familyFromKey(QStringView key)
{
    QString k = key.trimmed().toString().toLower();
    k.remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    for (Family f : kFamilies) {
        if (QString(familyKey(f)).remove(QLatin1Char('-')) == k)
            return f;
    }
    return std::nullopt;
}

QStringList familyKeys()
{
    QStringList keys;
    for (Family f : kFamilies)
        keys << familyKey(f);
    return keys;
}

std::optional<QualifiedToken> splitQualifiedToken(QStringView token)
{
    const QStringView t = token.trimmed();
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const QStringView name = t.left(colon).trimmed();
    if (name.isEmpty() || !name.front().isLetter() || !allOf(name, isFamilyNameChar))
        return std::nullopt;
    const auto value = parseStatusValue(t.mid(colon + 1));
    if (!value)
        return std::nullopt;
    return QualifiedToken{name.toString(), *value};
}

QString LookupResult::note() const
{
    if (codes.isEmpty())
        return {};
    const StatusCode &c = *codes.first();
    const QString typed = value ? formatHex(*value) : input.trimmed();
    switch (via) {
    case Via::Direct: break;
    case Via::HResultFromWin32:
        //: %1 is the value typed (0x8007052E), %2 the Win32 symbol, %3 its number (1326)
        return Lookup::tr("%1 is HRESULT_FROM_WIN32(%2): Win32 error %3 written as an HRESULT.")
            .arg(typed, c.symbolString(), formatValue(c));
    case Via::HResultFromNt:
        //: %1 is the value typed (0xD000006A), %2 the NTSTATUS symbol, %3 its value (0xC000006A)
        return Lookup::tr("%1 is HRESULT_FROM_NT(%2): the NTSTATUS %3 with the N bit set, written as an "
                          "HRESULT.")
            .arg(typed, c.symbolString(), formatValue(c));
    }
    return {};
}

std::optional<quint32> parseStatusValue(QStringView token)
{
    QStringView t = token.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (t.startsWith(u'#'))
        t = t.mid(1);
    // C suffixes people paste from headers (0x80090325L, 0x80090325UL); neither letter is a hex digit.
    while (t.size() > 1 && (t.back() == u'L' || t.back() == u'l' || t.back() == u'U' || t.back() == u'u'))
        t.chop(1);
    if (t.startsWith(u"0x", Qt::CaseInsensitive))
        return parseHexDigits(t.mid(2));
    if (t.startsWith(u'-') || t.startsWith(u'+')) {
        const QStringView digits = t.mid(1);
        if (!allOf(digits, isDecimalDigit) || digits.size() > 11)
            return std::nullopt;
        bool ok = false;
        const qlonglong v = t.toLongLong(&ok, 10);
        if (!ok || v < -2147483648LL || v > 4294967295LL)
            return std::nullopt;
        return static_cast<quint32>(static_cast<qint64>(v) & 0xFFFFFFFFLL);
    }
    // Eight hex digits without prefix are how LDAP, netsh and event logs print codes; a
    // ten-digit decimal can never be mistaken for that.
    if (t.size() == 8 && allOf(t, isHexDigit))
        return parseHexDigits(t);
    if (t.size() == 16 && allOf(t, isHexDigit))
        return parseHexDigits(t);
    if (allOf(t, isDecimalDigit) && t.size() <= 10) {
        bool ok = false;
        const qulonglong v = t.toULongLong(&ok, 10);
        if (!ok || v > 0xFFFFFFFFull)
            return std::nullopt;
        return static_cast<quint32>(v);
    }
    return std::nullopt;
}

SearchQuery::SearchQuery(const QString &text) : m_text(text.trimmed())
{
    if (m_text.isEmpty())
        return;
    QString query = m_text;
    // "kerberos:0x18", "win32:13", "tls-alert:": the codes of one family.
    if (const qsizetype colon = query.indexOf(QLatin1Char(':')); colon > 0) {
        if (const auto family = familyFromKey(QStringView(query).left(colon))) {
            m_family = family;
            query = query.mid(colon + 1).trimmed();
            if (query.isEmpty()) {
                m_familyOnly = true;
                return;
            }
        }
    }
    m_symbolKey = symbolSearchKey(query);
    m_value = parseStatusValue(query);

    QStringView hex = query;
    const bool prefixed = hex.startsWith(u"0x", Qt::CaseInsensitive);
    if (prefixed)
        hex = hex.mid(2);
    if (allOf(hex, isHexDigit)) {
        m_hexDigits = hex.toString().toUpper();
        m_shortHex = m_hexDigits.size() < 5;
        m_smallHex = prefixed || !allOf(hex, isDecimalDigit);
    }

    QStringView dec = query;
    if (dec.startsWith(u'-'))
        dec = dec.mid(1);
    if (allOf(dec, isDecimalDigit)) {
        m_decimal = query;
        m_shortDecimal = !query.startsWith(QLatin1Char('-')) && query.size() <= 5;
    }

    // A query with digits is a number: matching it against prose would find values that an
    // explanation merely mentions.
    bool hasDigit = false;
    for (QChar c : query)
        hasDigit = hasDigit || c.isDigit();
    if (!hasDigit) {
        const QStringList words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &w : words)
            m_words << w.toCaseFolded();
    }
}

bool SearchQuery::matches(const StatusCode &code) const
{
    if (m_text.isEmpty())
        return true;
    if (m_family && code.family != *m_family)
        return false;
    if (m_familyOnly)
        return true;
    if (m_value && *m_value == code.value)
        return true;
    // 0x8007052E is Win32 1326 and 0xD000006A is STATUS_WRONG_PASSWORD, as lookup answers them.
    if (m_value && code.family == Family::Win32 && (*m_value & 0xFFFF0000u) == 0x80070000u
        && (*m_value & 0xFFFFu) == code.value)
        return true;
    if (m_value && code.family == Family::NtStatus && (*m_value & kNtBit) && (*m_value & ~kNtBit) == code.value)
        return true;
    if (!m_hexDigits.isEmpty()) {
        const QString padded = QString::number(code.value, 16).rightJustified(8, QLatin1Char('0')).toUpper();
        if (!m_shortHex) {
            if (padded.contains(m_hexDigits))
                return true;
        } else if (isWideFamily(code.family)) {
            // "0x8009" is the start of an SSPI value; "0x18" is no part of 0x80090318.
            if (padded.startsWith(m_hexDigits))
                return true;
        } else if (m_smallHex && QString::number(code.value, 16).toUpper().startsWith(m_hexDigits)) {
            return true;
        }
    }
    if (!m_decimal.isEmpty()) {
        const QString s = QString::number(code.signedValue());
        const QString u = QString::number(code.unsignedValue());
        if (m_shortDecimal ? (s.startsWith(m_decimal) || u.startsWith(m_decimal))
                           : (s.contains(m_decimal) || u.contains(m_decimal)))
            return true;
    }
    if (!m_symbolKey.isEmpty()) {
        for (const QString &name : code.allNames()) {
            if (symbolSearchKey(name).contains(m_symbolKey))
                return true;
        }
    }
    if (m_words.isEmpty())
        return false;
    // Words of the texts in English and in the current language.
    QString haystack;
    for (const char *text : {code.meaning, code.explanation, code.windowsMessage}) {
        if (!text)
            continue;
        haystack += lowerFolded(QString::fromUtf8(text));
        haystack += QLatin1Char('\n');
        if (text != code.windowsMessage) {
            haystack += lowerFolded(trCatalog(text));
            haystack += QLatin1Char('\n');
        }
    }
    for (const QString &name : code.allNames())
        haystack += name.toCaseFolded() + QLatin1Char('\n');
    // Windows' own texts in other languages (issue 14): 「目標主體名稱不正確」 finds SEC_E_WRONG_PRINCIPAL.
    for (const LocalizedMessage *localized : Catalog::instance().localizedMessages(code))
        haystack += lowerFolded(QString::fromUtf8(localized->text)) + QLatin1Char('\n');
    for (const QString &w : m_words) {
        if (!haystack.contains(w))
            return false;
    }
    return true;
}

LookupResult lookupToken(QStringView token)
{
    return lookupToken(token, Catalog::instance());
}

LookupResult lookupToken(QStringView token, const Catalog &catalog)
{
    LookupResult r;
    r.input = token.toString();
    const QString t = token.trimmed().toString();
    if (t.isEmpty())
        return r;

    if (const auto qualified = splitQualifiedToken(t)) {
        r.familyName = qualified->familyName;
        r.value = qualified->value;
        r.match = LookupResult::Match::Value;
        r.family = familyFromKey(qualified->familyName);
        if (!r.family) {
            r.status = LookupResult::Status::UnknownFamily;
            return r;
        }
        const quint32 v = qualified->value;
        r.anatomy = analyseValue(v);
        const Family f = *r.family;
        const StatusCode *c = catalog.byValue(v, f);
        if (!c && (f == Family::Win32 || f == Family::HResult)) {
            c = catalog.wrappedWin32(v);
            r.via = c ? LookupResult::Via::HResultFromWin32 : LookupResult::Via::Direct;
        }
        if (!c && (f == Family::NtStatus || f == Family::HResult)) {
            c = catalog.wrappedNtStatus(v);
            r.via = c ? LookupResult::Via::HResultFromNt : LookupResult::Via::Direct;
        }
        if (c) {
            r.status = LookupResult::Status::Found;
            r.codes << c;
        } else {
            r.status = LookupResult::Status::NotInFamily;
            r.anatomyApplies = anatomyApplies(v, f);
        }
        return r;
    }

    // A name in a family: the code of that name there, not a word search.
    if (const qsizetype colon = t.indexOf(QLatin1Char(':')); colon > 0) {
        const auto family = familyFromKey(QStringView(t).left(colon));
        const StatusCode *c =
            family ? symbolInFamily(QStringView(t).mid(colon + 1).trimmed(), *family, catalog) : nullptr;
        if (c) {
            r.familyName = t.left(colon).trimmed();
            r.family = family;
            r.match = LookupResult::Match::Symbol;
            r.status = LookupResult::Status::Found;
            r.codes << c;
            return r;
        }
    }

    if (const auto v = parseStatusValue(t)) {
        r.value = v;
        r.anatomy = analyseValue(*v);
        r.match = LookupResult::Match::Value;
        // A small number means something only in its family: list them all, prefer none.
        r.codes = catalog.allByValue(*v);
        if (r.codes.isEmpty() && *v >= 0x10000u) {
            if (const StatusCode *c = catalog.wrappedWin32(*v)) {
                r.codes << c;
                r.via = LookupResult::Via::HResultFromWin32;
            } else if (const StatusCode *n = catalog.wrappedNtStatus(*v)) {
                r.codes << n;
                r.via = LookupResult::Via::HResultFromNt;
            }
        }
        if (r.codes.size() > 1) {
            r.status = LookupResult::Status::SeveralMeanings;
        } else if (!r.codes.isEmpty()) {
            r.status = LookupResult::Status::Found;
        } else {
            r.status = Catalog::inSspiRange(*v) ? LookupResult::Status::UnassignedSspi : LookupResult::Status::NotSspi;
            r.anatomyApplies = true;
        }
        return r;
    }

    if (t.startsWith(QLatin1Char('='))) {
        r.match = LookupResult::Match::ExactSymbol;
        const QString name = t.mid(1).trimmed();
        for (const StatusCode &c : catalog.codes()) {
            for (const QString &n : c.allNames()) {
                if (n.compare(name, Qt::CaseInsensitive) == 0) {
                    r.codes << &c;
                    break;
                }
            }
        }
        r.status = r.codes.isEmpty() ? LookupResult::Status::NotFound : LookupResult::Status::Found;
        return r;
    }

    // Any case and spacing: "sec_e_untrusted_root", "SEC _ E _ UNTRUSTED _ ROOT", "handshake_failure".
    if (const StatusCode *c = catalog.bySymbol(t)) {
        r.match = LookupResult::Match::Symbol;
        r.status = LookupResult::Status::Found;
        r.codes << c;
        return r;
    }
    if (const StatusCode *c = wrappedSymbol(t, catalog, &r.via)) {
        r.match = LookupResult::Match::Symbol;
        r.status = LookupResult::Status::Found;
        r.codes << c;
        return r;
    }
    r.via = LookupResult::Via::Direct;

    const QList<const StatusCode *> byMessage = catalog.byMessage(t);
    if (!byMessage.isEmpty()) {
        r.match = LookupResult::Match::Message;
        r.status = LookupResult::Status::Found;
        r.codes = byMessage;
        return r;
    }

    const SearchQuery query(t);
    for (const StatusCode &c : catalog.codes()) {
        if (query.matches(c))
            r.codes << &c;
    }
    r.match = LookupResult::Match::Text;
    r.status = r.codes.isEmpty() ? LookupResult::Status::NotFound : LookupResult::Status::Found;
    return r;
}

} // namespace sspilens
